// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The review of the register of information for people (issue 18): the demo's register and one broken on purpose,
// written as HTML pages and CSV files: every template with its rows, every problem linked to its row, closed lists
// in words, CSV files that read back, and the review in German.
#include "model/exchange/csvformat.h"
#include "model/exchange/demoregister.h"
#include "model/i18n/language.h"
#include "model/roi/builder.h"
#include "model/roi/checks.h"
#include "reports/roireview.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::reports;
using namespace bulwark::roi;

namespace {

const QDate today(2026, 11, 30);

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<exchange::CsvRecord> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto records = exchange::CsvFormat::parse(file.readAll(), path);
    return records ? *records : QList<exchange::CsvRecord>();
}

int columnOf(TemplateId id, const char *code)
{
    return templateOf(id).column(QString::fromLatin1(code));
}

} // namespace

class tst_RoiReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filesOfTheReview_data();
    void filesOfTheReview();
    void indexListsEveryTemplate_data();
    void indexListsEveryTemplate();
    void everyProblemLinksToItsRow();
    void csvFilesReadBack_data();
    void csvFilesReadBack();
    void closedListsInWords();
    void germanReview();
    void writtenWhole();

private:
    /// Writes the review of `report` into a new folder of m_dir and returns the folder.
    QString written(const Report &report, const std::vector<Problem> &problems, const QString &language = {});

    QTemporaryDir m_dir;
    Report m_demo;
    Report m_broken;
    std::vector<Problem> m_brokenProblems;
    int m_folders = 0;
};

void tst_RoiReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.bulwark"));
    auto created = DemoRegister::create(path, today);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    auto service = test::openService(path);
    QVERIFY(service);
    m_demo = Builder::build(service->snapshot(), {QDate(2026, 12, 31), Consolidation::Consolidated, today}).report;
    QVERIFY(checkReport(m_demo).empty());

    // Broken on purpose: a service type not in its list (an error on one cell), a function twice (blocking: the
    // same key), a notice period in words, and an arrangement without its provider rows' contract (blocking: a
    // reference to a missing row).
    m_broken = m_demo;
    roi::Table &services = m_broken.table(TemplateId::B0202);
    QVERIFY(services.rows.size() >= 3);
    services.rows[1].values[columnOf(TemplateId::B0202, "c0060")] = QStringLiteral("eba_TA:S99");
    services.rows[2].values[columnOf(TemplateId::B0202, "c0100")] = QStringLiteral("thirty");
    roi::Table &functions = m_broken.table(TemplateId::B0601);
    QVERIFY(!functions.rows.empty());
    functions.rows.push_back(functions.rows.front());
    roi::Table &arrangements = m_broken.table(TemplateId::B0201);
    QVERIFY(arrangements.rows.size() >= 2);
    arrangements.rows.erase(arrangements.rows.begin() + 1);
    m_brokenProblems = checkReport(m_broken);
    QSet<Severity> severities;
    for (const Problem &p : m_brokenProblems)
        severities.insert(p.severity);
    QVERIFY2(severities.contains(Severity::Blocking) && severities.contains(Severity::Error),
             qPrintable(QString::number(m_brokenProblems.size())));
}

QString tst_RoiReview::written(const Report &report, const std::vector<Problem> &problems, const QString &language)
{
    const QString folder = m_dir.filePath(QStringLiteral("review-%1").arg(++m_folders));
    auto names = RoiReview::write(folder, report, problems, language);
    if (!names) {
        qWarning() << names.error().toString();
        return {};
    }
    return folder;
}

void tst_RoiReview::filesOfTheReview_data()
{
    QTest::addColumn<bool>("broken");
    QTest::newRow("demo") << false;
    QTest::newRow("broken") << true;
}

void tst_RoiReview::filesOfTheReview()
{
    QFETCH(bool, broken);
    const QString folder = m_dir.filePath(QStringLiteral("files-%1").arg(broken));
    auto names = RoiReview::write(
        folder, broken ? m_broken : m_demo, broken ? m_brokenProblems : std::vector<Problem>(), QString());
    QVERIFY2(names, qPrintable(names ? QString() : names.error().toString()));
    QStringList expected{QStringLiteral("index.html")};
    for (const Template &t : templates())
        expected << RoiReview::pageName(t.id);
    expected << QStringLiteral("problems.csv");
    for (const Template &t : templates())
        expected << RoiReview::csvName(t.id);
    QCOMPARE(*names, expected);
    QCOMPARE(RoiReview::pageName(TemplateId::B0202), QStringLiteral("b_02_02.html"));
    QCOMPARE(RoiReview::csvName(TemplateId::B9901), QStringLiteral("b_99_01.csv"));
    QStringList onDisk = QDir(folder).entryList(QDir::Files, QDir::Name);
    expected.sort();
    QCOMPARE(onDisk, expected);
    for (const QString &name : std::as_const(expected))
        QVERIFY2(QFileInfo(QDir(folder).filePath(name)).size() > 0, qPrintable(name));
}

void tst_RoiReview::indexListsEveryTemplate_data()
{
    filesOfTheReview_data();
}

void tst_RoiReview::indexListsEveryTemplate()
{
    QFETCH(bool, broken);
    const Report &report = broken ? m_broken : m_demo;
    const std::vector<Problem> problems = broken ? m_brokenProblems : std::vector<Problem>();
    const QString folder = written(report, problems);
    QVERIFY(!folder.isEmpty());
    const QString index = readText(QDir(folder).filePath(QStringLiteral("index.html")));
    const int start = int(index.indexOf(QStringLiteral("<table id=\"table-templates\">")));
    QVERIFY(start >= 0);
    const QString list = index.mid(start, index.indexOf(QStringLiteral("</table>"), start) - start);
    QCOMPARE(list.count(QStringLiteral("<tr>")), templateCount + 1); // the header and the 15 templates
    for (const Template &t : templates()) {
        // Template (its page), title, reported, rows, problems: the numbers computed from the report here.
        const QRegularExpression row(
            QStringLiteral("<td><a href=\"%1\">%2</a></td><td>[^<]*</td><td>[^<]*</td><td class=\"num\">([0-9,]+)</td>"
                           "<td class=\"num[^\"]*\">([0-9,]+)</td>")
                .arg(QRegularExpression::escape(RoiReview::pageName(t.id)),
                     QRegularExpression::escape(QString::fromLatin1(t.code))));
        const QRegularExpressionMatch match = row.match(list);
        QVERIFY2(match.hasMatch(), t.code);
        QCOMPARE(match.captured(1).remove(u',').toInt(), int(report.table(t.id).rows.size()));
        const auto count
            = std::count_if(problems.begin(), problems.end(), [&](const Problem &p) { return p.table == t.id; });
        QCOMPARE(match.captured(2).remove(u',').toInt(), int(count));
        // Each page holds one anchored row per row of the template.
        const QString page = readText(QDir(folder).filePath(RoiReview::pageName(t.id)));
        QCOMPARE(int(page.count(QStringLiteral("<tr id=\"row-"))), int(report.table(t.id).rows.size()));
    }
    QCOMPARE(index.contains(QStringLiteral("the register passes every check")), problems.empty());
    // The filing's parameters.
    QVERIFY(index.contains(QStringLiteral("<dd>%1</dd>").arg(report.lei)));
    QVERIFY(index.contains(QStringLiteral("<dd>2026-12-31</dd>")));
    QVERIFY(index.contains(QStringLiteral("<dd>Consolidated (CON)</dd>")));
}

void tst_RoiReview::everyProblemLinksToItsRow()
{
    const QString folder = written(m_broken, m_brokenProblems);
    QVERIFY(!folder.isEmpty());
    const QString index = readText(QDir(folder).filePath(QStringLiteral("index.html")));
    QHash<TemplateId, QString> pages;
    for (const Template &t : templates())
        pages.insert(t.id, readText(QDir(folder).filePath(RoiReview::pageName(t.id))));
    // One link to a row per problem, each to an anchor its page has.
    static const QRegularExpression rowLink(QStringLiteral("<a href=\"(b_\\d\\d_\\d\\d\\.html)#([a-z0-9-]+)\">"));
    QCOMPARE(int(index.count(rowLink)), int(m_brokenProblems.size()));
    for (const Problem &p : m_brokenProblems) {
        const QString anchor = p.row >= 0 ? RoiReview::rowAnchor(p.row) : QStringLiteral("rows");
        const QString link = QStringLiteral("<a href=\"%1#%2\">").arg(RoiReview::pageName(p.table), anchor);
        QVERIFY2(index.contains(link), qPrintable(link));
        const QString &page = pages.value(p.table);
        QVERIFY2(page.contains(QStringLiteral("<tr id=\"%1\">").arg(anchor))
                     || page.contains(QStringLiteral("<section id=\"%1\">").arg(anchor)),
                 qPrintable(link));
        QVERIFY2(index.contains(p.message.toHtmlEscaped()), qPrintable(p.message));
        QVERIFY2(page.contains(p.message.toHtmlEscaped()), qPrintable(p.message));
        // The row is marked: its number in the tone of a problem.
        if (p.row >= 0) {
            const int at = int(page.indexOf(QStringLiteral("<tr id=\"%1\">").arg(anchor)));
            QVERIFY(page.mid(at, 60).contains(QRegularExpression(QStringLiteral("<td class=\"num (bad|warning)\">"))));
        }
    }
    // Grouped by severity, blocking first.
    const int blocking = int(index.indexOf(QStringLiteral("<section id=\"problems-blocking\">")));
    const int errors = int(index.indexOf(QStringLiteral("<section id=\"problems-error\">")));
    QVERIFY(blocking > 0 && errors > blocking);
}

void tst_RoiReview::csvFilesReadBack_data()
{
    filesOfTheReview_data();
}

void tst_RoiReview::csvFilesReadBack()
{
    QFETCH(bool, broken);
    const Report &report = broken ? m_broken : m_demo;
    const std::vector<Problem> problems = broken ? m_brokenProblems : std::vector<Problem>();
    const QString folder = written(report, problems);
    QVERIFY(!folder.isEmpty());
    for (const Template &t : templates()) {
        const auto records = readCsv(QDir(folder).filePath(RoiReview::csvName(t.id)));
        QCOMPARE(records.size(), qsizetype(report.table(t.id).rows.size()) + 1);
        const QStringList &header = records.front().fields;
        QCOMPARE(header.front(), QStringLiteral("#"));
        QCOMPARE(header.at(1), QStringLiteral("c0010 ") + QString::fromUtf8(t.columns.front().label));
        qsizetype width = 1;
        for (const Column &c : t.columns)
            width += c.kind == ValueKind::Code && c.list ? 2 : 1;
        QCOMPARE(header.size(), width);
        for (qsizetype r = 1; r < records.size(); ++r) {
            QCOMPARE(records[r].fields.size(), width);
            QCOMPARE(records[r].fields.front(), QString::number(r));
        }
    }
    const auto listed = readCsv(QDir(folder).filePath(QStringLiteral("problems.csv")));
    QCOMPARE(listed.size(), qsizetype(problems.size()) + 1);
    for (std::size_t i = 0; i < problems.size(); ++i) {
        const QStringList &fields = listed[qsizetype(i) + 1].fields;
        QCOMPARE(fields.at(1), QString::fromLatin1(templateOf(problems[i].table).code));
        QCOMPARE(fields.at(4), problems[i].column);
        QCOMPARE(fields.at(7), problems[i].message);
    }
}

void tst_RoiReview::closedListsInWords()
{
    const QString folder = written(m_demo, {});
    QVERIFY(!folder.isEmpty());
    // The first row's type of ICT services (B_02.02.c0060) as it is filed, and its words.
    const Row &first = m_demo.table(TemplateId::B0202).rows.front();
    const QString code = first.value(columnOf(TemplateId::B0202, "c0060"));
    const Code *entry = Codes::byEba(CodeList::ServiceType, code);
    QVERIFY(entry);
    const QString words = Codes::label(*entry);
    const QString page = readText(QDir(folder).filePath(QStringLiteral("b_02_02.html")));
    QVERIFY2(page.contains(QStringLiteral("%1 <span class=\"detail\">%2</span>").arg(words.toHtmlEscaped(), code)),
             qPrintable(words));
    QVERIFY(page.contains(QStringLiteral("<th>c0060 Type of ICT services</th>")));
    // Every value of a closed list on every page is in words with its code beside them (licensed activities have
    // no words of Bulwark's: they stay codes).
    for (const Template &t : templates()) {
        const QString html = readText(QDir(folder).filePath(RoiReview::pageName(t.id)));
        for (const Row &row : m_demo.table(t.id).rows) {
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                const QString value = row.value(int(c));
                if (t.columns[c].kind != ValueKind::Code || !t.columns[c].list || value.isEmpty())
                    continue;
                const Code *known = Codes::byEba(*t.columns[c].list, value);
                QVERIFY2(known, qPrintable(value));
                const QString cell
                    = QStringLiteral(">%1 <span class=\"detail\">%2</span></td>").arg(Codes::label(*known), value);
                QVERIFY2(html.contains(cell), qPrintable(cell));
            }
        }
    }
    const auto records = readCsv(QDir(folder).filePath(QStringLiteral("b_02_02.csv")));
    QVERIFY(records.size() > 1);
    const qsizetype words0060 = records.front().fields.indexOf(QStringLiteral("c0060 Type of ICT services"));
    QVERIFY(words0060 > 0);
    QCOMPARE(records.front().fields.at(words0060 + 1), QStringLiteral("c0060 (EBA code)"));
    QCOMPARE(records.at(1).fields.at(words0060), words);
    QCOMPARE(records.at(1).fields.at(words0060 + 1), code);
}

void tst_RoiReview::germanReview()
{
    std::vector<Problem> problems;
    {
        const i18n::ScopedLanguage german(QStringLiteral("de"));
        problems = checkReport(m_broken);
    }
    const QString folder = written(m_broken, problems, QStringLiteral("de"));
    QVERIFY(!folder.isEmpty());
    const QString index = readText(QDir(folder).filePath(QStringLiteral("index.html")));
    const QString page = readText(QDir(folder).filePath(QStringLiteral("b_02_02.html")));
    QVERIFY(index.contains(QStringLiteral("<html lang=\"de\">")));
    QVERIFY(page.contains(QStringLiteral("<html lang=\"de\">")));
    // The back end's own words are German already.
    QVERIFY(index.contains(QStringLiteral("<h2>Inhalt</h2>")));
    QVERIFY(index.contains(QStringLiteral("<dt>Unternehmen</dt>")));
    // The review's headings are looked up in German, whatever the program speaks (English in tests).
    QString templates, problemsTitle, column;
    {
        const i18n::ScopedLanguage german(QStringLiteral("de"));
        templates = RoiReview::tr("Templates");
        problemsTitle = RoiReview::tr("Problems");
        column = QCoreApplication::translate("Roi", "Type of ICT services");
    }
    QVERIFY(index.contains(QStringLiteral("<h2>%1</h2>").arg(templates)));
    QVERIFY(index.contains(QStringLiteral("<h2>%1</h2>").arg(problemsTitle)));
    QVERIFY(page.contains(QStringLiteral("<th>c0060 %1</th>").arg(column)));
    // German words, not the English ones. The texts of context "Roi" get their German when the catalogues are
    // updated (scripts/dev/update-translations); until then this part is an expected failure, after it a check.
    if (templates == u"Templates")
        QEXPECT_FAIL("", "the review's texts (context Roi) have no German in the catalogue yet", Continue);
    QVERIFY(!index.contains(QStringLiteral("<h2>Templates</h2>")));
}

void tst_RoiReview::writtenWhole()
{
    // Written again over an earlier review: replaced whole. A folder holding something else is refused and kept.
    const QString folder = written(m_demo, {});
    QVERIFY(!folder.isEmpty());
    auto again = RoiReview::write(folder, m_broken, m_brokenProblems, {});
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(readCsv(QDir(folder).filePath(QStringLiteral("problems.csv"))).size(),
             qsizetype(m_brokenProblems.size()) + 1);
    const QString other = m_dir.filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    QFile notes(QDir(other).filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("mine");
    notes.close();
    auto refused = RoiReview::write(other, m_demo, {}, {});
    QVERIFY(!refused);
    QCOMPARE(QDir(other).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
    // Canceled: nothing written.
    Feedback feedback;
    feedback.cancel();
    const QString canceled = m_dir.filePath(QStringLiteral("canceled"));
    auto stopped = RoiReview::write(canceled, m_demo, {}, {}, &feedback);
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, Error::Code::Canceled);
    QVERIFY(!QFileInfo::exists(canceled));
}

QTEST_MAIN(tst_RoiReview)
#include "tst_roireview.moc"
