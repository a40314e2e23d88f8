// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The resilience audit report (issue 14) on the demo register: what it says comes from the model (results, scores,
// overdue, expired, lapsed), the same register and date give the same bytes, and `bulwark report audit` writes it.
#include "../clirun.h"
#include "../sqlitefile.h"
#include "../testutil.h"
#include "model/analysis/failureset.h"
#include "model/analysis/impact.h"
#include "model/analysis/rtobudget.h"
#include "model/analysis/spofanalysis.h"
#include "model/analysis/verdict.h"
#include "model/assessment/compare.h"
#include "model/assessment/summary.h"
#include "model/exchange/demoregister.h"
#include "model/i18n/language.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"
#include "model/store/snapshotreader.h"
#include "reports/auditreport.h"
#include "reports/csvrenderer.h"
#include "reports/htmlrenderer.h"
#include "reports/pdfrenderer.h"

#include <QDir>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::reports;

class tst_AuditReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lapsedAssessment();
    void latestIsTheDraft();
    void sameBytesTwice();
    void refusals();
    void commandLine();
    void pdfGoldenContent();
    void sameBytesFromSeparateProcesses();
    void germanReportFromAnEnglishProgram();

private:
    Document build(const QString &assessment);
    /// The open findings of an assessment, as assessment::summarise counts them.
    int openFindings(const QString &assessment);
    /// The register fingerprint frozen by the approval of A-H1.
    QString approvedRegisterHash();
    /// Each critical function's worst verdict across the saved scenarios, worked out here from the engine (impact,
    /// judge) without the report's table builders.
    QMap<QString, analysis::Verdict> worstByFunction();
    QString text(const Document &document);
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<RegisterService> m_service;
    const QDate m_today{2026, 11, 30};
};

void tst_AuditReport::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(m_demo, m_today));
    auto service = RegisterService::open(m_demo, store::Database::OpenMode::OpenExisting);
    QVERIFY(service);
    m_service = std::move(*service);
}

Document tst_AuditReport::build(const QString &assessment)
{
    AuditReportOptions options;
    options.assessment = assessment;
    options.date = m_today;
    options.entity = QStringLiteral("Demo Bank AG");
    options.classification = QStringLiteral("Confidential");
    auto input = AuditReport::collect(*m_service, options);
    if (!input)
        return {};
    return AuditReport::build(*input, options);
}

int tst_AuditReport::openFindings(const QString &key)
{
    const auto assessments = m_service->records(assessment::assessmentType());
    const assessment::Assessment a = TableType<assessment::Assessment>::value(*assessments.constFind(key));
    QHash<QString, Record> found;
    const auto findings = m_service->records(assessment::findingType());
    for (auto it = findings.constBegin(); it != findings.constEnd(); ++it) {
        if (assessment::wasFoundBy(TableType<assessment::FindingValue>::value(*it), a))
            found.insert(it.key(), *it);
    }
    return assessment::summarise(assessment::CatalogueLoader::dora(),
                                 a.key,
                                 m_service->records(assessment::requirementResultType()),
                                 found)
        .openFindings;
}

QMap<QString, analysis::Verdict> tst_AuditReport::worstByFunction()
{
    QMap<QString, analysis::Verdict> worst;
    auto snapshot = store::loadSnapshot(m_service->database());
    if (!snapshot)
        return worst;
    const analysis::GraphSnapshot &s = **snapshot;
    std::vector<analysis::ImpactResult> impacts;
    for (const Scenario &scenario : m_service->scenarios()) {
        const auto failed = analysis::FailureSets::resolve(s, analysis::FailureSpec::of(scenario));
        if (failed)
            impacts.push_back(analysis::analyseImpact(s, *failed));
    }
    for (int f = 0; f < s.size(); ++f) {
        if (!s.isFunction(f) || !s.isCritical(f))
            continue;
        analysis::Verdict verdict = analysis::Verdict::NotAffected;
        for (const analysis::ImpactResult &impact : impacts) {
            for (const analysis::FunctionImpact &fi : impact.functions) {
                if (fi.element == f)
                    verdict = analysis::worse(verdict, analysis::judge(fi).overall);
            }
        }
        worst.insert(s.key(f), verdict);
    }
    return worst;
}

QString tst_AuditReport::approvedRegisterHash()
{
    const auto assessments = m_service->records(assessment::assessmentType());
    return TableType<assessment::Assessment>::value(*assessments.constFind(QStringLiteral("A-H1"))).registerHash;
}

QString tst_AuditReport::text(const Document &document)
{
    return QString::fromUtf8(HtmlRenderer::render(document).value());
}

void tst_AuditReport::lapsedAssessment()
{
    const Document d = build(QStringLiteral("A-H1"));
    QCOMPARE(d.title, QStringLiteral("Resilience audit report"));
    QStringList titles;
    QStringList maps;
    for (const Section &s : d.sections) {
        if (s.level == 1)
            titles << s.title;
        else if (s.id.startsWith(u"map-"))
            maps << s.id;
    }
    // One map per critical function, in key order.
    QCOMPARE(maps,
             (QStringList{QStringLiteral("map-F-AML"),
                          QStringLiteral("map-F-CARD"),
                          QStringLiteral("map-F-CORE"),
                          QStringLiteral("map-F-INSTANT"),
                          QStringLiteral("map-F-ONLINE"),
                          QStringLiteral("map-F-PAY"),
                          QStringLiteral("map-F-TREAS")}));
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Executive summary"),
                          QStringLiteral("Scores by chapter"),
                          QStringLiteral("Requirements"),
                          QStringLiteral("Critical functions"),
                          QStringLiteral("Dependency maps of the critical functions"),
                          QStringLiteral("Single points of failure, cycles and concentration"),
                          QStringLiteral("Double failures, false redundancy and the RTO budget"),
                          QStringLiteral("Findings"),
                          QStringLiteral("Remediation actions"),
                          QStringLiteral("Accepted risks"),
                          QStringLiteral("Evidence"),
                          QStringLiteral("Sign-off"),
                          QStringLiteral("Appendix: method")}));
    const QString html = text(d);
    // The sign-off as the model reads it from the trail: approved by t.brandt, lapsed by seven changes.
    QVERIFY(html.contains(QStringLiteral("t.brandt on ")));
    QVERIFY2(html.contains(QStringLiteral("lapsed: the map changed 7 times after the approval")), "lapsed");
    QVERIFY(html.contains(QStringLiteral("<table id=\"table-changes-since-approval\">")));
    // The score and counts of the model's summary, of this assessment's findings.
    using namespace assessment;
    const auto assessments = m_service->records(assessmentType());
    const Assessment a = TableType<Assessment>::value(assessments.value(QStringLiteral("A-H1")));
    QHash<QString, Record> found;
    for (const Record &r : m_service->records(findingType())) {
        if (wasFoundBy(TableType<FindingValue>::value(r), a))
            found.insert(r.key(), r);
    }
    const AssessmentSummary summary
        = summarise(CatalogueLoader::dora(), a.key, m_service->records(requirementResultType()), found);
    QVERIFY(html.contains(QStringLiteral("scores %1\u00a0% overall").arg(summary.score.overall, 0, 'f', 1)));
    QVERIFY(html.contains(QStringLiteral("found %1 findings that are open").arg(summary.openFindings)));
    // A-H1 ran before the recovery objectives were set: it found their absence; what matters most starts with SPOFs.
    QVERIFY(html.contains(QStringLiteral("(cif-rto-rpo-set): 7 open")));
    const auto groups = openFindingsByCheck(found);
    QVERIFY(html.indexOf(QStringLiteral("(%1):").arg(groups[0].check))
            < html.indexOf(QStringLiteral("(%1):").arg(groups[1].check)));
    // The demo's planted states, each in words.
    QVERIFY(html.contains(QStringLiteral("<td class=\"bad\">In progress, OVERDUE</td>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"bad\">EXPIRED</td>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"bad\">PAST REVIEW</td>")));
    QVERIFY(html.contains(QStringLiteral("bcp-test-report-treasury.md")));
    // Every finding of the assessment is listed (the demo is small), the most severe first.
    const Table *findings = nullptr;
    for (const Table *t : d.tables()) {
        if (t->id == u"findings")
            findings = t;
    }
    QVERIFY(findings);
    QCOMPARE(int(findings->rows.size()), summary.openFindings);
    QCOMPARE(findings->rows.front().front().text, QStringLiteral("High"));
    // The fingerprint of the register on the cover and in the appendix.
    QCOMPARE(html.count(QString::fromLatin1(m_service->auditHead().hash)), 2);
}

void tst_AuditReport::latestIsTheDraft()
{
    const Document d = build({});
    QCOMPARE(d.subtitle, QStringLiteral("Assessment A-H2: DORA self-assessment, current half-year"));
    const QString html = text(d);
    QVERIFY(html.contains(QStringLiteral("not signed off (draft)")));
    QVERIFY(!html.contains(QStringLiteral("(cif-rto-rpo-set): 7 open"))); // set since: no longer found
}

void tst_AuditReport::sameBytesTwice()
{
    QCOMPARE(*HtmlRenderer::render(build(QStringLiteral("A-H1"))),
             *HtmlRenderer::render(build(QStringLiteral("A-H1"))));
    auto first = CsvRenderer::render(build(QStringLiteral("A-H1")));
    auto second = CsvRenderer::render(build(QStringLiteral("A-H1")));
    QVERIFY(first && second);
    QCOMPARE(first->size(), second->size());
    for (qsizetype i = 0; i < first->size(); ++i)
        QCOMPARE(first->at(i).bytes, second->at(i).bytes);
}

void tst_AuditReport::refusals()
{
    AuditReportOptions options;
    options.assessment = QStringLiteral("A-NOPE");
    auto input = AuditReport::collect(*m_service, options);
    QVERIFY(!input);
    QCOMPARE(input.error().code, Error::Code::NotFound);
    QVERIFY(input.error().message.contains(QStringLiteral("A-NOPE")));
    auto empty = test::openService(m_dir.filePath(QStringLiteral("empty.bulwark")));
    QVERIFY(empty);
    input = AuditReport::collect(*empty, {});
    QVERIFY(!input);
    QVERIFY2(input.error().message.contains(QStringLiteral("no assessment")), qPrintable(input.error().message));
}

void tst_AuditReport::commandLine()
{
    const QString html = m_dir.filePath(QStringLiteral("audit.html"));
    QString err;
    QCOMPARE(test::runCli({QStringLiteral("report"),
                           QStringLiteral("audit"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--assessment"),
                           QStringLiteral("A-H1"),
                           QStringLiteral("--date"),
                           QStringLiteral("2026-11-30"),
                           QStringLiteral("--entity"),
                           QStringLiteral("Demo Bank AG"),
                           QStringLiteral("--classification"),
                           QStringLiteral("Confidential"),
                           QStringLiteral("--format"),
                           QStringLiteral("html"),
                           QStringLiteral("-o"),
                           html},
                          nullptr,
                          &err),
             0);
    QCOMPARE(test::fileBytes(html), *HtmlRenderer::render(build(QStringLiteral("A-H1"))));
    const QString folder = m_dir.filePath(QStringLiteral("tables"));
    QCOMPARE(test::runCli({QStringLiteral("report"),
                           QStringLiteral("audit"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--format"),
                           QStringLiteral("csv"),
                           QStringLiteral("-o"),
                           folder}),
             0);
    QVERIFY(QDir(folder).entryList(QDir::Files).contains(QStringLiteral("findings.csv")));
    // The critical functions with their tolerance status, in the CSV file and the HTML, as the engine says.
    const QMap<QString, analysis::Verdict> worst = worstByFunction();
    QCOMPARE(worst.size(), 7);
    const QStringList csvLines
        = QString::fromUtf8(test::fileBytes(QDir(folder).filePath(QStringLiteral("critical-functions.csv"))))
              .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(csvLines.size(), worst.size() + 1);
    const QString htmlText = QString::fromUtf8(test::fileBytes(html));
    for (auto it = worst.cbegin(); it != worst.cend(); ++it) {
        const QString verdict = analysis::Verdicts::text(*it);
        const QString field = verdict.contains(u',') ? u'"' + verdict + u'"' : verdict; // RFC 4180 quoting
        QVERIFY2(std::any_of(csvLines.cbegin(),
                             csvLines.cend(),
                             [&](const QString &line) {
                                 return line.startsWith(it.key() + u',') && line.contains(u',' + field + u',');
                             }),
                 qPrintable(it.key()));
        QVERIFY2(htmlText.contains(QRegularExpression(
                     QStringLiteral("<td>%1</td>.*?<td class=\"\\w+\">%2</td>")
                         .arg(QRegularExpression::escape(it.key()), QRegularExpression::escape(verdict)))),
                 qPrintable(it.key()));
    }
    QCOMPARE(test::runCli({QStringLiteral("report"),
                           QStringLiteral("audit"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--format"),
                           QStringLiteral("docx"),
                           QStringLiteral("-o"),
                           html},
                          nullptr,
                          &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("--format")), qPrintable(err));
    QCOMPARE(test::runCli({QStringLiteral("report"),
                           QStringLiteral("audit"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--date"),
                           QStringLiteral("30.11.2026"),
                           QStringLiteral("-o"),
                           html},
                          nullptr,
                          &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("--date")), qPrintable(err));
}

void tst_AuditReport::pdfGoldenContent()
{
    // `bulwark report audit` writes a PDF by default; its text layer says what the model decided.
    const QString pdf = m_dir.filePath(QStringLiteral("audit.pdf"));
    const QStringList args{QStringLiteral("report"),
                           QStringLiteral("audit"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--assessment"),
                           QStringLiteral("A-H1"),
                           QStringLiteral("--date"),
                           QStringLiteral("2026-11-30"),
                           QStringLiteral("--entity"),
                           QStringLiteral("Demo Bank AG"),
                           QStringLiteral("--classification"),
                           QStringLiteral("Confidential"),
                           QStringLiteral("-o"),
                           pdf};
    QCOMPARE(test::runCli(args), 0);
    const QByteArray first = test::fileBytes(pdf);
    QVERIFY(first.startsWith("%PDF-"));
    QCOMPARE(test::runCli(args), 0);
    QCOMPARE(test::fileBytes(pdf), first); // the same register, options and date: the same bytes
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString layout = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &title : {QStringLiteral("Executive summary"),
                                 QStringLiteral("Scores by chapter"),
                                 QStringLiteral("Requirements"),
                                 QStringLiteral("Critical functions"),
                                 QStringLiteral("Dependency maps of the critical functions"),
                                 QStringLiteral("concentration"),
                                 QStringLiteral("Findings"),
                                 QStringLiteral("Remediation actions"),
                                 QStringLiteral("Accepted risks"),
                                 QStringLiteral("Evidence"),
                                 QStringLiteral("Sign-off"),
                                 QStringLiteral("Appendix: method")})
        QVERIFY2(layout.contains(title), qPrintable(title));
    // The chart of scores by chapter (issue 14: drawn as vectors, its words in the text layer).
    QVERIFY(layout.contains(QStringLiteral("Score per chapter, 0-100 %")));
    QVERIFY(layout.contains(QStringLiteral("IV Digital operational resilience testing")));
    QVERIFY(layout.contains(QStringLiteral("lapsed: the map changed 7 times after the approval")));
    // The finding counts, as the model summarises them.
    QVERIFY(layout.contains(QRegularExpression(
        QStringLiteral("found\\s+%1\\s+findings\\s+that\\s+are\\s+open").arg(openFindings(QStringLiteral("A-H1"))))));
    QVERIFY(layout.contains(QStringLiteral("OVERDUE")));
    QVERIFY(layout.contains(QStringLiteral("EXPIRED")));
    QVERIFY(layout.contains(QStringLiteral("CONFIDENTIAL")) || layout.contains(QStringLiteral("Confidential")));
    // What a narrow cell wraps: the words and the audit-trail head's hash, without the line breaks.
    QString flat = layout;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    QProcess raw; // in the order the words were drawn: a wrapped cell's words follow each other
    raw.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(raw.waitForFinished(30000));
    const QString rawText = QString::fromUtf8(raw.readAllStandardOutput());
    QVERIFY(rawText.contains(QRegularExpression(QStringLiteral("PAST\\s+REVIEW"))));
    QVERIFY(flat.contains(QString::fromLatin1(m_service->auditHead().hash)));
    QVERIFY(flat.contains(approvedRegisterHash())); // the fingerprint the approval froze

    // Every critical function with its tolerance status: its worst verdict across the saved scenarios, worked out
    // here from the engine (impact, judge) without the report's table builders.
    const QString &drawn = rawText;
    auto flexible = [](const QString &words) {
        return QRegularExpression::escape(words).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    };
    auto snapshot = store::loadSnapshot(m_service->database());
    QVERIFY(snapshot);
    const analysis::GraphSnapshot &s = **snapshot;
    const QMap<QString, analysis::Verdict> worst = worstByFunction();
    int critical = 0;
    for (auto it = worst.cbegin(); it != worst.cend(); ++it) {
        ++critical;
        const int f = s.indexOf(it.key());
        const QRegularExpression row(QStringLiteral("%1\\s+%2\\s+\\d+\\s+\\S+\\s+%3")
                                         .arg(QRegularExpression::escape(s.key(f)),
                                              flexible(s.name(f)),
                                              flexible(analysis::Verdicts::text(*it))));
        QVERIFY2(drawn.contains(row), qPrintable(s.key(f) + u' ' + analysis::Verdicts::text(*it)));
    }
    QCOMPARE(critical, 7);

    // Issue 16: double failures, false redundancy and the RTO budget, each row worked out from the engine.
    QVERIFY(layout.contains(QStringLiteral("Double failures, false redundancy and the RTO budget")));
    const analysis::SpofAnalysis spofs(s);
    analysis::SpofAnalysis::Workspace workspace(s);
    int withPairs = 0;
    for (auto it = worst.cbegin(); it != worst.cend(); ++it) {
        const int f = s.indexOf(it.key());
        const analysis::FailurePairs pairs = spofs.pairsOf(f, 1, workspace);
        if (pairs.count == 0)
            continue;
        ++withPairs;
        const QRegularExpression row(QStringLiteral("%1\\s+%2\\s+%3\\s+%4\\s+\\+\\s+%5")
                                         .arg(QRegularExpression::escape(s.key(f)),
                                              flexible(s.name(f)),
                                              QString::number(pairs.count),
                                              QRegularExpression::escape(s.key(pairs.pairs[0].first)),
                                              QRegularExpression::escape(s.key(pairs.pairs[0].second))));
        QVERIFY2(drawn.contains(row), qPrintable(row.pattern()));
    }
    QVERIFY(drawn.contains(
        QStringLiteral("%1 of the 7 critical or important functions can be stopped by two failures").arg(withPairs)));
    int falseGroups = 0;
    for (const analysis::RedundancyGroupReport &g : analysis::redundancyReport(s, spofs)) {
        if (!g.isFalseRedundancy())
            continue;
        ++falseGroups;
        int nearest = 0;
        while (!g.commonCauses[std::size_t(nearest)].nearest)
            ++nearest;
        const QRegularExpression row(
            QStringLiteral("%1\\s+%2\\s+%3 / %4\\s+%5 ")
                .arg(QRegularExpression::escape(s.key(g.owner)),
                     QRegularExpression::escape(s.groupName(g.group)),
                     QString::number(g.minUp),
                     QString::number(g.members.size()),
                     QRegularExpression::escape(s.key(g.commonCauses[std::size_t(nearest)].element))));
        QVERIFY2(drawn.contains(row), qPrintable(row.pattern()));
    }
    QVERIFY(falseGroups > 0);
    int shortfalls = 0;
    for (const analysis::RtoBudget &b : analysis::rtoBudget(s, spofs)) {
        if (!b.isShort())
            continue;
        ++shortfalls;
        const QRegularExpression row(QStringLiteral("%1\\s+%2\\s+%3\\s+%4\\s+%5")
                                         .arg(QRegularExpression::escape(s.key(b.element)),
                                              flexible(Vocabulary::minutesText(b.rtoMin, false)),
                                              flexible(Vocabulary::minutesText(b.budgetMin, false)),
                                              QRegularExpression::escape(s.key(b.function)),
                                              flexible(Vocabulary::minutesText(*b.shortfallMin, false))));
        QVERIFY2(drawn.contains(row), qPrintable(row.pattern()));
    }
    QVERIFY(drawn.contains(QStringLiteral("%1 elements alone stop a critical or important function").arg(shortfalls)));
    QCOMPARE(shortfalls, 13);
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(fonts.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    for (const QString &line : lines.mid(2))
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // embedded
}

void tst_AuditReport::sameBytesFromSeparateProcesses()
{
    // Each run of the real program is a new process with its own hash seed (Qt orders the PDF's fonts by a QHash):
    // the same register, options and date must still give the same bytes, for every kind and format.
    struct Case {
        QString kind, format;
    };
    for (const Case &c : {Case{QStringLiteral("audit"), QStringLiteral("pdf")},
                          Case{QStringLiteral("scenario"), QStringLiteral("pdf")},
                          Case{QStringLiteral("audit"), QStringLiteral("html")},
                          Case{QStringLiteral("register"), QStringLiteral("html")}}) {
        QByteArray first;
        for (int run = 0; run < 3; ++run) {
            const QString out = m_dir.filePath(QStringLiteral("process-%1-%2.%3").arg(c.kind).arg(run).arg(c.format));
            QProcess bulwark;
            bulwark.start(QStringLiteral(BULWARK_EXECUTABLE),
                          {QStringLiteral("report"),
                           c.kind,
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--date"),
                           QStringLiteral("2026-11-30"),
                           QStringLiteral("--format"),
                           c.format,
                           QStringLiteral("-o"),
                           out});
            QVERIFY(bulwark.waitForFinished(60000));
            QVERIFY2(bulwark.exitCode() == 0, bulwark.readAllStandardError().constData());
            const QByteArray bytes = test::fileBytes(out);
            QVERIFY(!bytes.isEmpty());
            if (run == 0)
                first = bytes;
            else
                QVERIFY2(bytes == first, qPrintable(c.kind + u' ' + c.format));
        }
    }
}

void tst_AuditReport::germanReportFromAnEnglishProgram()
{
    // The program speaks English (BULWARK_LANGUAGE=en in the tests); the report is asked for in German (issue 15).
    QCOMPARE(i18n::language(), QStringLiteral("en"));
    const QString pdf = m_dir.filePath(QStringLiteral("audit-de.pdf"));
    QCOMPARE(test::runCli({QStringLiteral("report"),
                           QStringLiteral("audit"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--assessment"),
                           QStringLiteral("A-H1"),
                           QStringLiteral("--date"),
                           QStringLiteral("2026-11-30"),
                           QStringLiteral("--language"),
                           QStringLiteral("de"),
                           QStringLiteral("-o"),
                           pdf}),
             0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    // Its headings, the back end's own words and the model's verdicts are the German catalogue's...
    auto german = [](const char *context, const char *source) {
        const i18n::ScopedLanguage de(QStringLiteral("de"));
        return QCoreApplication::translate(context, source);
    };
    for (const auto &[context, source] : {std::pair{"AuditReport", "Critical functions"},
                                          std::pair{"AuditReport", "Executive summary"},
                                          std::pair{"AuditReport", "Findings"},
                                          std::pair{"Verdicts", "Beyond tolerance"}}) {
        const QString translated = german(context, source);
        QVERIFY2(translated != QLatin1String(source), source);
        QVERIFY2(words.contains(translated), qPrintable(translated));
    }
    // ...and none of the English ones is left.
    for (const char *english : {"Executive summary", "Scores by chapter", "Remediation actions", "Appendix: method"})
        QVERIFY2(!words.contains(QLatin1String(english)), english);
    // The program itself still speaks English afterwards.
    QCOMPARE(Vocabulary::minutesText(0), QStringLiteral("no outage"));
}

QTEST_MAIN(tst_AuditReport)
#include "tst_auditreport.moc"
