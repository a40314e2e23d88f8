// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/feedback.h"
#include "reports/pdfrenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::reports;

namespace {

/// A framed box with a label: text as text, so it is searchable in the PDF.
class BoxFigure : public FigurePainter
{
public:
    QSizeF size() const override { return {400, 200}; }
    void paint(QPainter &painter, const QRectF &target) const override
    {
        painter.setPen(QPen(Qt::darkBlue, 2));
        painter.setBrush(QColor(0xdd, 0xe6, 0xf5));
        painter.drawRect(target.adjusted(4, 4, -4, -4));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(target.height() / 10);
        painter.setFont(font);
        painter.drawText(target, Qt::AlignCenter, QStringLiteral("Payments hub"));
    }
};

Document testDocument(QDate date = QDate(2026, 11, 30))
{
    Document d;
    d.title = QStringLiteral("Resilience audit report");
    d.subtitle = QStringLiteral("Assessment A-H2: DORA self-assessment, current half-year");
    d.entity = QStringLiteral("Example Bank AG");
    d.classification = QStringLiteral("Confidential");
    d.date = date;
    d.cover.rows = {{QStringLiteral("Scope"), Text(QStringLiteral("Whole register"))},
                    {QStringLiteral("Status"), Text(QStringLiteral("Approved"), Tone::Good)},
                    {QStringLiteral("Fingerprint"), Text(QStringLiteral("sha256:0f3a9c"))}};

    Section summary;
    summary.id = QStringLiteral("executive-summary");
    summary.title = QStringLiteral("Executive summary");
    summary.blocks.emplace_back(Paragraph{QStringLiteral(
        "The overall score is 72 %. Three critical functions recover within their tolerance, one does not. This "
        "paragraph is long enough to wrap over several lines of the page, so that the wrapping is exercised in "
        "the test, and it reads in order when the text is extracted.")});
    summary.blocks.emplace_back(Bullets{
        {Text(QStringLiteral("Payments recover in 6 h against a tolerance of 4 h: beyond tolerance"), Tone::Bad),
         Text(QStringLiteral("Two single points of failure in the data centre"), Tone::Warning),
         Text(QStringLiteral("Evidence is current for 14 of 15 items"))}});

    Section scores;
    scores.id = QStringLiteral("scores");
    scores.title = QStringLiteral("Scores per chapter");
    scores.level = 2;
    KeyValues kv;
    kv.rows
        = {{QStringLiteral("ICT risk management"), Text(QStringLiteral("80 %"), Tone::Good)},
           {QStringLiteral("Incident reporting"), Text(QStringLiteral("55 %"), Tone::Warning)},
           {QStringLiteral("Third-party risk"), Text(QStringLiteral("40 %: below the threshold of 50 %"), Tone::Bad)}};
    scores.blocks.emplace_back(kv);
    scores.blocks.emplace_back(Figure{QStringLiteral("Figure 1: The payments hub and what it depends on."),
                                      QStringLiteral("A box labelled Payments hub."),
                                      std::make_shared<BoxFigure>()});

    Section elements;
    elements.id = QStringLiteral("elements");
    elements.title = QStringLiteral("Register elements");
    Table table;
    table.id = QStringLiteral("elements");
    table.caption = QStringLiteral("Table 1: Elements");
    table.headers
        = {QStringLiteral("Key"), QStringLiteral("Name"), QStringLiteral("Recovery"), QStringLiteral("Status")};
    table.numeric = {false, false, true, false};
    for (int i = 1; i <= 120; ++i) {
        const Tone tone = i % 7 == 0 ? Tone::Bad : (i % 5 == 0 ? Tone::Warning : Tone::Neutral);
        const QString status = tone == Tone::Bad
            ? QStringLiteral("Beyond tolerance")
            : (tone == Tone::Warning ? QStringLiteral("Near tolerance") : QStringLiteral("Within tolerance"));
        QString name = QStringLiteral("Element number %1").arg(i);
        if (i % 10 == 3)
            name += QStringLiteral(" with a long description that has to wrap inside its cell of the table");
        table.rows.push_back({Text(QStringLiteral("EL-%1").arg(i, 3, 10, QLatin1Char('0'))),
                              Text(name),
                              Text(QStringLiteral("%1 h").arg(i % 24)),
                              Text(status, tone)});
    }
    table.note = QStringLiteral("All 120 elements, in key order.");
    elements.blocks.emplace_back(table);

    Section appendix;
    appendix.id = QStringLiteral("appendix");
    appendix.title = QStringLiteral("Appendix: method");
    appendix.blocks.emplace_back(Paragraph{QStringLiteral("The scoring rule is described in the method guide.")});
    Section version;
    version.id = QStringLiteral("version");
    version.title = QStringLiteral("Bulwark version");
    version.level = 2;
    version.blocks.emplace_back(Paragraph{QStringLiteral("Bulwark 1.0, catalogue 2026-1.")});

    d.sections = {summary, scores, elements, appendix, version};
    return d;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class tst_PdfRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textInReadingOrder();
    void tableSplitsWithRepeatedHeaderAndNoLoneRow();
    void neverALoneRow();
    void largeTable();
    void fontsEmbedded();
    void contentsLinksAndBookmarks();
    void deterministic();
    void stampChangesOnlyTheDates();
    void paperSizes();
    void cancel();
    void previewHasThePdfsPages_data();
    void previewHasThePdfsPages();
    void previewCancel();

private:
    QString writePdf(const Document &document, const PdfSettings &settings = {});
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_text;
};

QString tst_PdfRenderer::writePdf(const Document &document, const PdfSettings &settings)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("report%1.pdf").arg(++n));
    const Result<void> written = PdfRenderer::write(path, document, settings);
    if (!written)
        qWarning() << written.error().toString();
    return path;
}

void tst_PdfRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QElapsedTimer timer;
    timer.start();
    m_pdf = writePdf(testDocument());
    qInfo("render + write of the 120-row test document: %lld ms", qint64(timer.elapsed()));
    QVERIFY(QFile::exists(m_pdf));
    m_text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), m_pdf, QStringLiteral("-")});
    QVERIFY2(!m_text.startsWith(QStringLiteral("FAILED")), qPrintable(m_text));
    if (qEnvironmentVariableIsSet("BULWARK_KEEP_PDF"))
        QFile::copy(m_pdf, qEnvironmentVariable("BULWARK_KEEP_PDF"));
}

void tst_PdfRenderer::textInReadingOrder()
{
    const QStringList pages = m_text.split(u'\f');
    // Cover, contents, summary (with its level-2 section and the figure), elements (4 pages), appendix.
    const QString info = run(QStringLiteral("pdfinfo"), {m_pdf});
    static const QRegularExpression pagesLine(QStringLiteral(R"(Pages:\s+(\d+))"));
    const int pageCount = pagesLine.match(info).captured(1).toInt();
    QCOMPARE(pageCount, 8);
    QVERIFY(pages.at(0).contains(QStringLiteral("Resilience audit report")));
    QVERIFY(pages.at(0).contains(QStringLiteral("2026-11-30")));
    QVERIFY(pages.at(0).contains(QStringLiteral("sha256:0f3a9c")));
    QVERIFY(!pages.at(0).contains(QStringLiteral("Page 1 of")));
    // Contents with page numbers: summary on 3, its level-2 section on 3, elements 4, appendix 6.
    const QString contents = pages.at(1);
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    const QString flat = QString(contents).replace(ws, QStringLiteral(" "));
    QVERIFY2(flat.contains(QStringLiteral("Executive summary 3 Scores per chapter 3 Register elements 4 "
                                          "Appendix: method %1 Bulwark version %1")
                               .arg(pageCount)),
             qPrintable(flat));
    // Each section title, in order, and every page but the cover with its header and footer.
    const QString all = QString(m_text).replace(ws, QStringLiteral(" "));
    qsizetype at = all.indexOf(QStringLiteral("Contents"));
    for (const char *title : {"Executive summary", "Scores per chapter", "Register elements", "Appendix: method"}) {
        const qsizetype next = all.indexOf(QLatin1String(title), at + 1);
        QVERIFY2(next > at, title);
        at = next;
    }
    QVERIFY(all.contains(QStringLiteral("so that the wrapping is exercised in the test, and it reads in order")));
    for (int p = 1; p < pageCount; ++p) {
        QVERIFY(pages.at(p).contains(QStringLiteral("Example Bank AG")));
        QVERIFY(pages.at(p).contains(QStringLiteral("Confidential")));
        QVERIFY2(pages.at(p).contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pageCount)),
                 qPrintable(pages.at(p)));
    }
    QVERIFY(all.contains(QStringLiteral("Payments hub"))); // the figure's text is text
    QVERIFY(all.contains(QStringLiteral("Figure 1: The payments hub")));
}

void tst_PdfRenderer::tableSplitsWithRepeatedHeaderAndNoLoneRow()
{
    const QStringList pages = m_text.split(u'\f');
    int withHeader = 0;
    static const QRegularExpression rowKey(QStringLiteral(R"(EL-\d{3})"));
    for (const QString &page : pages) {
        const qsizetype rows = page.count(rowKey);
        if (page.contains(QStringLiteral("Recovery")) && page.contains(QStringLiteral("Status")) && rows > 0)
            ++withHeader;
        if (rows > 0)
            QVERIFY2(rows >= 2, qPrintable(page));
    }
    QVERIFY2(withHeader >= 2, qPrintable(QString::number(withHeader)));
    QVERIFY(m_text.contains(QStringLiteral("EL-001")));
    QVERIFY(m_text.contains(QStringLiteral("EL-120")));
    QVERIFY(m_text.contains(QStringLiteral("Table 1: Elements (continued)")));
    QVERIFY(m_text.contains(QStringLiteral("All 120 elements, in key order.")));
    QVERIFY(m_text.indexOf(QStringLiteral("EL-001")) < m_text.indexOf(QStringLiteral("EL-120")));
    // Numeric column right-aligned: "23 h" and "3 h" end in the same column.
    const QStringList lines = m_text.split(u'\n');
    qsizetype end23 = -1, end3 = -1;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("EL-023 ")))
            end23 = line.indexOf(QStringLiteral(" h ")) + 2;
        if (line.contains(QStringLiteral("EL-027 ")))
            end3 = line.indexOf(QStringLiteral(" h ")) + 2;
    }
    QVERIFY(end23 > 0);
    QCOMPARE(end3, end23);
}

static Document tableDocument(int rows)
{
    Document d;
    d.title = QStringLiteral("Table report");
    d.entity = QStringLiteral("Example Bank AG");
    d.date = QDate(2026, 11, 30);
    Section s;
    s.title = QStringLiteral("Rows");
    Table t;
    t.caption = QStringLiteral("Rows");
    t.headers = {QStringLiteral("Key"), QStringLiteral("Value")};
    t.numeric = {false, true};
    for (int i = 1; i <= rows; ++i)
        t.rows.push_back({Text(QStringLiteral("ROW-%1").arg(i, 5, 10, QLatin1Char('0'))), Text(QString::number(i))});
    s.blocks.emplace_back(t);
    d.sections = {s};
    return d;
}

void tst_PdfRenderer::neverALoneRow()
{
    // Around the page capacity (about 45 rows on the first page), every page with rows has at least two of them.
    static const QRegularExpression rowKey(QStringLiteral(R"(ROW-\d{5})"));
    for (int rows = 40; rows <= 100; ++rows) {
        const QString path = writePdf(tableDocument(rows));
        const QStringList pages
            = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}).split(u'\f');
        qsizetype total = 0;
        for (const QString &page : pages) {
            const qsizetype count = page.count(rowKey);
            total += count;
            QVERIFY2(count == 0 || count >= 2,
                     qPrintable(QStringLiteral("%1 rows: a page with %2").arg(rows).arg(count)));
        }
        QCOMPARE(total, qsizetype(rows));
    }
}

void tst_PdfRenderer::largeTable()
{
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> pdf = PdfRenderer::render(tableDocument(5000));
    QVERIFY(pdf);
    qInfo("5,000-row table: %lld ms, %lld bytes", qint64(timer.elapsed()), qint64(pdf->size()));
}

void tst_PdfRenderer::fontsEmbedded()
{
    const QString fonts = run(QStringLiteral("pdffonts"), {m_pdf});
    QVERIFY2(!fonts.startsWith(QStringLiteral("FAILED")), qPrintable(fonts));
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        QVERIFY2(line.contains(QStringLiteral("DejaVu")), qPrintable(line));
        // Columns: name type encoding emb sub uni object ID
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY(columns.size() >= 7);
        QVERIFY2(columns.at(columns.size() - 5) == QStringLiteral("yes"), qPrintable(line));
    }
}

void tst_PdfRenderer::contentsLinksAndBookmarks()
{
    const QString xml
        = run(QStringLiteral("pdftohtml"),
              {QStringLiteral("-xml"), QStringLiteral("-stdout"), QStringLiteral("-i"), QStringLiteral("-q"), m_pdf});
    QVERIFY2(!xml.startsWith(QStringLiteral("FAILED")), qPrintable(xml));
    // Bookmarks: level-2 sections nested under their level-1 section, each with its page.
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    const QString flat = QString(xml).replace(ws, QString());
    QVERIFY2(flat.contains(QStringLiteral("<outline><itempage=\"3\">Executivesummary</item><outline><itempage=\"3\">"
                                          "Scoresperchapter</item></outline><itempage=\"4\">Registerelements</item>"
                                          "<itempage=\"8\">Appendix:method</item><outline><itempage=\"8\">"
                                          "Bulwarkversion</item></outline></outline>")),
             qPrintable(xml.right(800)));
    // The contents entries link to their pages.
    QVERIFY2(flat.contains(QStringLiteral("#4\"><b>Registerelements</b></a>")), qPrintable(xml.left(3000)));
    QVERIFY(flat.contains(QStringLiteral("#8\">Bulwarkversion</a>")));
}

void tst_PdfRenderer::deterministic()
{
    const Result<QByteArray> first = PdfRenderer::render(testDocument());
    QVERIFY(first);
    QTest::qWait(1100); // the clock moves on: Qt's own stamps would differ
    const Result<QByteArray> second = PdfRenderer::render(testDocument());
    QVERIFY(second);
    QCOMPARE(first->size(), second->size());
    QVERIFY(*first == *second);
    QVERIFY(first->contains("/CreationDate (D:20261130000000"));
    QVERIFY(first->contains("2026-11-30T00:00:00"));
}

void tst_PdfRenderer::stampChangesOnlyTheDates()
{
    QByteArray raw;
    {
        // Stamped once already: stamping again with another date changes only the dates and the /ID.
        Result<QByteArray> pdf = PdfRenderer::render(testDocument());
        QVERIFY(pdf);
        raw = *pdf;
    }
    const QByteArray a = PdfRenderer::stampPdf(raw, QDate(2026, 11, 30));
    const QByteArray b = PdfRenderer::stampPdf(raw, QDate(2027, 1, 2));
    QCOMPARE(a.size(), raw.size());
    QCOMPARE(b.size(), raw.size());
    QVERIFY(a != b);
    QVERIFY(b.contains("/CreationDate (D:20270102000000"));
    QVERIFY(b.contains("xmp:CreateDate=\"2027-01-02T00:00:00Z\""));
    // Where they differ, it is inside a date (digits) or the /ID (hex digits): no structure moved.
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            QVERIFY2(std::isxdigit(static_cast<unsigned char>(a[i])) && std::isxdigit(static_cast<unsigned char>(b[i])),
                     qPrintable(QString::number(i)));
    }
}

void tst_PdfRenderer::paperSizes()
{
    PdfSettings letter;
    letter.paper = PdfSettings::Paper::Letter;
    const QString info = run(QStringLiteral("pdfinfo"), {writePdf(testDocument(), letter)});
    QVERIFY2(info.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info));
    const QString a4 = run(QStringLiteral("pdfinfo"), {m_pdf});
    QVERIFY2(a4.contains(QStringLiteral("595.276 x 841.89 pts (A4)"))
                 || a4.contains(QStringLiteral("595 x 842 pts (A4)")),
             qPrintable(a4));
    QVERIFY2(a4.contains(QStringLiteral("PDF version:     1.4")), qPrintable(a4));
}

void tst_PdfRenderer::cancel()
{
    Feedback feedback;
    feedback.cancel();
    const Result<QByteArray> pdf = PdfRenderer::render(testDocument(), {}, &feedback);
    QVERIFY(!pdf);
    QCOMPARE(pdf.error().code, Error::Code::Canceled);
    std::vector<double> steps;
    Feedback progress([&](double p) { steps.push_back(p); });
    QVERIFY(PdfRenderer::render(testDocument(), {}, &progress));
    QVERIFY(!steps.empty());
    QCOMPARE(steps.back(), 100.0);
    QVERIFY(std::is_sorted(steps.begin(), steps.end()));
}

namespace {
/// The share of a page's pixels that carry ink (darker than light grey): text, rules, tints' words, figures.
double inkShare(const QImage &image)
{
    qsizetype ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ink += qGray(line[x]) < 160 ? 1 : 0;
    }
    return double(ink) / double(image.width() * image.height());
}
} // namespace

void tst_PdfRenderer::previewHasThePdfsPages_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<QSize>("size"); // at 36 dpi
    QTest::newRow("a4") << int(PdfSettings::Paper::A4) << QSize(298, 421);
    QTest::newRow("letter") << int(PdfSettings::Paper::Letter) << QSize(306, 396);
}

void tst_PdfRenderer::previewHasThePdfsPages()
{
    // The window's page preview paints the PDF's layout with the same code: as many pages, each with the same ink
    // in the same places as poppler's rendering of the PDF (within antialiasing).
    QFETCH(int, paper);
    QFETCH(QSize, size);
    PdfSettings settings;
    settings.paper = PdfSettings::Paper(paper);
    const QString pdf = writePdf(testDocument(), settings);
    static const QRegularExpression pagesLine(QStringLiteral(R"(Pages:\s+(\d+))"));
    const int pageCount = pagesLine.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
    QVERIFY(pageCount > 3);

    QElapsedTimer timer;
    timer.start();
    const Result<std::vector<QImage>> images = PdfRenderer::renderPages(testDocument(), settings, 36);
    qInfo("preview of %d pages at 36 dpi: %lld ms", pageCount, qint64(timer.elapsed()));
    QVERIFY(images);
    QCOMPARE(int(images->size()), pageCount);
    const auto pages = PdfRenderer::layOutPages(testDocument(), settings);
    QVERIFY(pages);
    QCOMPARE((*pages)->count(), pageCount);
    QVERIFY((*pages)->page(pageCount, 36).isNull());

    const QString prefix
        = QDir(m_dir.path()).filePath(QStringLiteral("poppler-%1").arg(QLatin1String(QTest::currentDataTag())));
    const QString done = run(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-r"), QStringLiteral("36"), QStringLiteral("-png"), pdf, prefix});
    QVERIFY2(!done.startsWith(QStringLiteral("FAILED")), qPrintable(done));
    for (int p = 0; p < pageCount; ++p) {
        const QImage &page = images->at(size_t(p));
        QCOMPARE(page.size(), size);
        const double ours = inkShare(page);
        QVERIFY2(ours > 0.002, qPrintable(QStringLiteral("page %1 is blank").arg(p + 1)));
        // pdftoppm numbers its files with as many digits as the last page needs.
        QImage poppler(QStringLiteral("%1-%2.png")
                           .arg(prefix)
                           .arg(p + 1, QString::number(pageCount).size(), 10, QLatin1Char('0')));
        QVERIFY2(!poppler.isNull(), qPrintable(QStringLiteral("no poppler image of page %1").arg(p + 1)));
        poppler = poppler.convertToFormat(QImage::Format_RGB32);
        QVERIFY(qAbs(poppler.width() - page.width()) <= 1 && qAbs(poppler.height() - page.height()) <= 1);
        const double theirs = inkShare(poppler);
        QVERIFY2(ours > theirs * 0.6 && ours < theirs * 1.6,
                 qPrintable(
                     QStringLiteral("page %1: ink %2 in the preview, %3 in the PDF").arg(p + 1).arg(ours).arg(theirs)));
        // The same places: the ink of the top and bottom halves agree too (a page break elsewhere would not).
        const int half = page.height() / 2;
        const double oursTop = inkShare(page.copy(0, 0, page.width(), half));
        const double theirsTop = inkShare(poppler.copy(0, 0, poppler.width(), half));
        QVERIFY2(qAbs(oursTop - theirsTop) < 0.5 * std::max(theirsTop, 0.004),
                 qPrintable(QStringLiteral("page %1: top half %2 vs %3").arg(p + 1).arg(oursTop).arg(theirsTop)));
    }
}

void tst_PdfRenderer::previewCancel()
{
    Feedback feedback;
    feedback.cancel();
    const auto images = PdfRenderer::renderPages(testDocument(), {}, 36, &feedback);
    QVERIFY(!images);
    QCOMPARE(images.error().code, Error::Code::Canceled);
    std::vector<double> steps;
    Feedback progress([&](double p) { steps.push_back(p); });
    QVERIFY(PdfRenderer::renderPages(testDocument(), {}, 36, &progress));
    QVERIFY(!steps.empty());
    QCOMPARE(steps.back(), 100.0);
    QVERIFY(std::is_sorted(steps.begin(), steps.end()));
}

QTEST_MAIN(tst_PdfRenderer)
#include "tst_pdfrenderer.moc"
