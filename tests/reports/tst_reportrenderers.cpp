// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML and CSV back ends of the report document (issue 14): what a document holds reaches the file, escaped,
// in order, with tones as words and colours, the same bytes twice, and refusals that name the table.
#include "../sqlitefile.h"
#include "reports/csvrenderer.h"
#include "reports/htmlrenderer.h"

#include <QDir>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::reports;

namespace {

class BoxFigure : public FigurePainter
{
public:
    QSizeF size() const override { return {200, 100}; }
    void paint(QPainter &painter, const QRectF &target) const override
    {
        painter.drawRect(target.adjusted(1, 1, -1, -1));
        painter.drawText(target, Qt::AlignCenter, QStringLiteral("Figure text"));
    }
};

Document sample()
{
    Document d;
    d.title = QStringLiteral("Resilience audit report");
    d.subtitle = QStringLiteral("Assessment A-1");
    d.entity = QStringLiteral("Demo Bank AG");
    d.classification = QStringLiteral("Confidential");
    d.date = QDate(2026, 11, 30);
    d.cover.rows = {{QStringLiteral("Status"), Text(QStringLiteral("Approved, sign-off lapsed"), Tone::Bad)}};
    Section summary{QStringLiteral("summary"), QStringLiteral("Executive summary"), 1, {}};
    summary.blocks.push_back(Paragraph{QStringLiteral("Score 25.8 % <script>alert(1)</script> & more.")});
    summary.blocks.push_back(Bullets{{Text(QStringLiteral("128 single points of failure"), Tone::Bad)}});
    Section functions{QStringLiteral("functions"), QStringLiteral("Critical functions"), 1, {}};
    Table table;
    table.id = QStringLiteral("functions");
    table.caption = QStringLiteral("Tolerance against recovery");
    table.headers = {QStringLiteral("Function"), QStringLiteral("Tolerance"), QStringLiteral("Verdict")};
    table.numeric = {false, true, false};
    table.rows
        = {{QStringLiteral("F-PAY"), QStringLiteral("4 h"), Text(QStringLiteral("Beyond tolerance"), Tone::Bad)},
           {QStringLiteral("F-AML, screening"), QStringLiteral("8 h"), Text(QStringLiteral("Within"), Tone::Good)},
           {QStringLiteral("Say \"hi\""), QStringLiteral("1 h"), QStringLiteral("Unknown")}};
    table.note = QStringLiteral("Every critical function.");
    functions.blocks.push_back(table);
    Section map{QStringLiteral("map"), QStringLiteral("Dependency map of F-PAY"), 2, {}};
    map.blocks.push_back(Figure{
        QStringLiteral("What F-PAY needs"), QStringLiteral("F-PAY needs APP-PAYHUB"), std::make_shared<BoxFigure>()});
    d.sections = {summary, functions, map};
    return d;
}

} // namespace

class tst_ReportRenderers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void htmlHoldsTheDocument();
    void htmlIsTheSameTwice();
    void htmlWithoutFigures();
    void htmlCancels();
    void htmlLinksDetailsAndAnchors();
    void csvOneFilePerTable();
    void csvRefusesUnnamedOrDuplicateTables();
    void csvWritesAFolder();
};

void tst_ReportRenderers::htmlHoldsTheDocument()
{
    auto html = HtmlRenderer::render(sample());
    QVERIFY(html);
    const QString text = QString::fromUtf8(*html);
    QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    for (const char *expected : {"<title>Resilience audit report</title>",
                                 "<p class=\"classification\">Confidential</p>",
                                 "<dd>2026-11-30</dd>",
                                 "<dd class=\"bad\">Approved, sign-off lapsed</dd>",
                                 "<a href=\"#summary\">Executive summary</a>",
                                 "<a href=\"#map\">Dependency map of F-PAY</a>",
                                 "<section id=\"functions\">",
                                 "<h2>Critical functions</h2>",
                                 "<h3>Dependency map of F-PAY</h3>",
                                 "Score 25.8 % &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.",
                                 "<li class=\"bad\">128 single points of failure</li>",
                                 "<th class=\"num\">Tolerance</th>",
                                 "<td class=\"bad\">Beyond tolerance</td>",
                                 "<td class=\"good\">Within</td>",
                                 "<td class=\"num\">4 h</td>",
                                 "Say &quot;hi&quot;",
                                 "<p class=\"note\">Every critical function.</p>",
                                 "aria-label=\"F-PAY needs APP-PAYHUB\"",
                                 "Figure text",
                                 "<figcaption>What F-PAY needs</figcaption>"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // Self-contained: no script, nothing fetched, no XML declaration inside the page.
    QVERIFY(!text.contains(QStringLiteral("<script")));
    QVERIFY(!text.contains(QStringLiteral("src=")));
    QVERIFY(!text.contains(QStringLiteral("<link")));
    QVERIFY(!text.contains(QStringLiteral("<?xml")));
    // The level-2 section is listed inside its chapter's entry, and the sections come in order.
    QVERIFY(text.indexOf(QStringLiteral("#functions")) < text.indexOf(QStringLiteral("<ol>\n<li><a href=\"#map\"")));
    QVERIFY(text.indexOf(QStringLiteral("id=\"summary\"")) < text.indexOf(QStringLiteral("id=\"functions\"")));
    QVERIFY(text.indexOf(QStringLiteral("id=\"functions\"")) < text.indexOf(QStringLiteral("id=\"map\"")));
}

void tst_ReportRenderers::htmlIsTheSameTwice()
{
    const auto first = HtmlRenderer::render(sample());
    const auto second = HtmlRenderer::render(sample());
    QVERIFY(first && second);
    QCOMPARE(*first, *second);
    Document other = sample();
    other.date = QDate(2026, 12, 1);
    QVERIFY(*HtmlRenderer::render(other) != *first);
}

void tst_ReportRenderers::htmlWithoutFigures()
{
    HtmlSettings settings;
    settings.figures = false;
    settings.language = QStringLiteral("de");
    auto html = HtmlRenderer::render(sample(), settings);
    QVERIFY(html);
    const QString text = QString::fromUtf8(*html);
    QVERIFY(!text.contains(QStringLiteral("<svg")));
    QVERIFY(text.contains(QStringLiteral("<p>F-PAY needs APP-PAYHUB</p>")));
    QVERIFY(text.contains(QStringLiteral("<html lang=\"de\">")));
}

void tst_ReportRenderers::htmlCancels()
{
    Feedback feedback;
    feedback.cancel();
    auto html = HtmlRenderer::render(sample(), {}, &feedback);
    QVERIFY(!html);
    QCOMPARE(html.error().code, Error::Code::Canceled);
}

void tst_ReportRenderers::htmlLinksDetailsAndAnchors()
{
    // A cell's detail in small type, its link, a row's anchor; a page without contents, for wide tables.
    Document d = sample();
    Table &table = std::get<Table>(d.sections[1].blocks.front());
    table.rows[0][0].link = QStringLiteral("b_02_02.html#row-1");
    table.rows[0][1].detail = QStringLiteral("eba_TA:S01 & <more>");
    table.anchors = {QStringLiteral("row-1"), QString(), QStringLiteral("row-3")};
    HtmlSettings settings;
    settings.contents = false;
    settings.wide = true;
    auto html = HtmlRenderer::render(d, settings);
    QVERIFY(html);
    const QString text = QString::fromUtf8(*html);
    for (const char *expected :
         {"<tr id=\"row-1\"><td><a href=\"b_02_02.html#row-1\">F-PAY</a></td>",
          "<td class=\"num\">4 h <span class=\"detail\">eba_TA:S01 &amp; &lt;more&gt;</span></td>",
          "<tr><td>F-AML, screening</td>",
          "<tr id=\"row-3\">",
          "@page { size: A4 landscape;"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!text.contains(QStringLiteral("<nav>")));
    QVERIFY(!QString::fromUtf8(*HtmlRenderer::render(sample())).contains(QStringLiteral("landscape")));
    // Back ends without small type put the detail in parentheses; links and anchors are HTML's only.
    auto files = CsvRenderer::render(d);
    QVERIFY(files);
    QVERIFY(files->first().bytes.contains("F-PAY,4 h (eba_TA:S01 & <more>),Beyond tolerance\n"));
}

void tst_ReportRenderers::csvOneFilePerTable()
{
    auto files = CsvRenderer::render(sample());
    QVERIFY(files);
    QCOMPARE(files->size(), 1);
    QCOMPARE(files->first().name, QStringLiteral("functions.csv"));
    QCOMPARE(files->first().bytes,
             QByteArray("Function,Tolerance,Verdict\n"
                        "F-PAY,4 h,Beyond tolerance\n"
                        "\"F-AML, screening\",8 h,Within\n"
                        "\"Say \"\"hi\"\"\",1 h,Unknown\n"));
    CsvSettings settings;
    settings.toneColumn = true;
    files = CsvRenderer::render(sample(), settings);
    QVERIFY(files);
    QCOMPARE(files->first().bytes,
             QByteArray("tone,Function,Tolerance,Verdict\n"
                        "bad,F-PAY,4 h,Beyond tolerance\n"
                        "good,\"F-AML, screening\",8 h,Within\n"
                        ",\"Say \"\"hi\"\"\",1 h,Unknown\n"));
}

void tst_ReportRenderers::csvRefusesUnnamedOrDuplicateTables()
{
    Document d = sample();
    Table copy = *d.tables().front();
    d.sections.back().blocks.push_back(copy);
    auto files = CsvRenderer::render(d);
    QVERIFY(!files);
    QVERIFY2(files.error().message.contains(QStringLiteral("functions.csv")), qPrintable(files.error().message));
    copy.id.clear();
    d.sections.back().blocks.back() = copy;
    files = CsvRenderer::render(d);
    QVERIFY(!files);
    QVERIFY2(files.error().message.contains(QStringLiteral("Tolerance against recovery")),
             qPrintable(files.error().message));
}

void tst_ReportRenderers::csvWritesAFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("extract"));
    QVERIFY(CsvRenderer::write(sample(), folder));
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("functions.csv")});
    QVERIFY(test::fileBytes(QDir(folder).filePath(QStringLiteral("functions.csv"))).startsWith("Function,"));
    const QString html = dir.filePath(QStringLiteral("report.html"));
    QVERIFY(HtmlRenderer::write(sample(), html));
    QCOMPARE(test::fileBytes(html), *HtmlRenderer::render(sample()));
}

QTEST_MAIN(tst_ReportRenderers)
#include "tst_reportrenderers.moc"
