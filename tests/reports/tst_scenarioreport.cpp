// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario report and the register extract (issue 14) on the demo register: the impact tables say what
// `bulwark scenario run` says, the PDF's text layer names every scenario and its functions' verdicts, the same
// register and date give the same bytes, the extract's CSV has one row per element with RFC 4180 quoting, and
// `bulwark report scenario|register` writes them or refuses with a clear message.
#include "../clirun.h"
#include "../sqlitefile.h"
#include "../testutil.h"
#include "model/analysis/failureset.h"
#include "model/analysis/verdict.h"
#include "model/exchange/demoregister.h"
#include "model/feedback.h"
#include "model/register/registerservice.h"
#include "model/store/snapshotreader.h"
#include "reports/csvrenderer.h"
#include "reports/htmlrenderer.h"
#include "reports/impacttables.h"
#include "reports/reportrequest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::reports;

namespace {

/// The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

QString flat(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

class tst_ScenarioReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void impactTablesMatchTheCommandLine();
    void reportSaysWhatTheModelSays();
    void staleScenarioIsReportedNotDropped();
    void sameBytesTwice();
    void pdfGoldenContent();
    void registerExtractHasEveryRow();
    void commandLine();
    void refusals();
    void progressAndCancel();

private:
    Document build(const QStringList &scenarios = {});
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<RegisterService> m_service;
    const QDate m_today{2026, 11, 30};
};

void tst_ScenarioReport::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(m_demo, m_today));
    auto service = RegisterService::open(m_demo, store::Database::OpenMode::OpenExisting);
    QVERIFY(service);
    m_service = std::move(*service);
    QCOMPARE(m_service->scenarios().size(), 5);
}

Document tst_ScenarioReport::build(const QStringList &scenarios)
{
    ReportRequest request;
    request.kind = ReportKind::Scenario;
    request.scenarios = scenarios;
    request.date = m_today;
    request.entity = QStringLiteral("Demo Bank AG");
    request.classification = QStringLiteral("Confidential");
    auto document = Reports::build(*m_service, request);
    if (!document) {
        qWarning() << document.error().message;
        return {};
    }
    return *document;
}

// For every saved scenario: the builders' rows are the failure `bulwark scenario run NAME` reports, with the same
// functions, states and verdict words.
void tst_ScenarioReport::impactTablesMatchTheCommandLine()
{
    auto snapshot = store::loadSnapshot(m_service->database());
    QVERIFY(snapshot);
    const analysis::GraphSnapshot &s = **snapshot;
    QHash<QString, analysis::Verdict> verdictOfText;
    for (int v = 0; v <= int(analysis::Verdict::NotAffected); ++v)
        verdictOfText.insert(analysis::Verdicts::text(analysis::Verdict(v)), analysis::Verdict(v));
    for (const Scenario &scenario : m_service->scenarios()) {
        auto failed = analysis::FailureSets::resolve(s, analysis::FailureSpec::of(scenario));
        QVERIFY(failed);
        const analysis::ImpactResult impact = analysis::analyseImpact(s, *failed);
        const Table functions = ImpactTables::functions(s, impact);
        const Table blast = ImpactTables::blast(s, impact);

        QString json;
        QCOMPARE(test::runCli({QStringLiteral("scenario"),
                               QStringLiteral("run"),
                               QStringLiteral("--db"),
                               m_demo,
                               scenario.name,
                               QStringLiteral("--json")},
                              &json),
                 impact.breachesTolerance(s) ? 1 : 0);
        const QJsonObject answer = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(qsizetype(blast.rows.size()),
                 answer[QStringLiteral("down")].toArray().size() + answer[QStringLiteral("degraded")].toArray().size());
        const QJsonArray cliFunctions = answer[QStringLiteral("functions")].toArray();
        QCOMPARE(qsizetype(functions.rows.size()), cliFunctions.size());
        QCOMPARE(functions.keys.size(), cliFunctions.size());

        QString text;
        test::runCli({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), m_demo, scenario.name},
                     &text);
        const QStringList lines = text.split(u'\n');
        for (std::size_t r = 0; r < functions.rows.size(); ++r) {
            const QString key = functions.keys[qsizetype(r)];
            QCOMPARE(functions.rows[r][0].text, key);
            QCOMPARE(cliFunctions[qsizetype(r)].toObject()[QStringLiteral("key")].toString(), key);
            QCOMPARE(functions.rows[r][3].text.toLower(),
                     cliFunctions[qsizetype(r)].toObject()[QStringLiteral("state")].toString());
            const QString verdict = functions.rows[r][ImpactTables::functionVerdictColumn].text;
            QVERIFY2(verdictOfText.contains(verdict), qPrintable(verdict));
            const auto line = std::find_if(
                lines.begin(), lines.end(), [&](const QString &l) { return l.trimmed().startsWith(key + u' '); });
            QVERIFY2(line != lines.end(), qPrintable(key));
            // The command line's VERDICT column judges the downtime; the table the downtime and the data loss
            // together (the worse of the two), in the same vocabulary.
            const analysis::FunctionVerdict model = analysis::judge(impact.functions[r]);
            QVERIFY2(
                line->contains(QStringLiteral("  ") + analysis::Verdicts::word(model.downtime) + QStringLiteral("  ")),
                qPrintable(QStringLiteral("%1: %2").arg(scenario.name, *line)));
            QCOMPARE(verdictOfText.value(verdict), analysis::worse(model.downtime, model.dataLoss));
        }
        // Tones go with the words: red beyond tolerance.
        for (const auto &row : functions.rows) {
            if (row[ImpactTables::functionVerdictColumn].text == analysis::Verdicts::text(analysis::Verdict::Breach))
                QCOMPARE(row[ImpactTables::functionVerdictColumn].tone, Tone::Bad);
        }
    }
    // The loss of the Frankfurt data centre, as the Impact page's test knows it.
    auto failed = analysis::FailureSets::resolve(s, analysis::FailureSpec{{QStringLiteral("FAC-DC-FRA")}, {}, {}, {}});
    QVERIFY(failed);
    const analysis::ImpactResult impact = analysis::analyseImpact(s, *failed);
    const Table functions = ImpactTables::functions(s, impact);
    QCOMPARE(functions.rows.size(), std::size_t(12));
    const auto card = functions.keys.indexOf(QStringLiteral("F-CARD"));
    QCOMPARE(functions.rows[std::size_t(card)][6].text, QStringLiteral("Beyond tolerance"));
    QCOMPARE(*functions.rows[std::size_t(card)][4].sort, 480.0);
    const Table byKind = ImpactTables::blastByKind(s, impact);
    QCOMPARE(byKind.rows.back()[2].text, QStringLiteral("44"));
    QCOMPARE(byKind.rows.back()[3].text, QStringLiteral("46"));
}

void tst_ScenarioReport::reportSaysWhatTheModelSays()
{
    const Document d = build();
    QCOMPARE(d.title, QStringLiteral("Scenario report"));
    QStringList level1;
    for (const Section &s : d.sections) {
        if (s.level == 1)
            level1 << s.title;
    }
    QStringList names = m_service->scenarios().keys();
    names.sort();
    QStringList expected{QStringLiteral("Summary")};
    for (const QString &name : names)
        expected << QStringLiteral("Scenario %1").arg(name);
    expected << QStringLiteral("Appendix: method");
    QCOMPARE(level1, expected);

    const Table *summary = nullptr;
    for (const Table *t : d.tables()) {
        if (t->id == u"scenario-summary")
            summary = t;
    }
    QVERIFY(summary);
    QCOMPARE(summary->rows.size(), std::size_t(names.size()));
    // loss-of-dc-frankfurt: 44 down, 46 degraded, 7 critical functions affected, 4 beyond tolerance, 0 unknown.
    const auto &dc = summary->rows[1];
    QCOMPARE(dc[0].text, QStringLiteral("loss-of-dc-frankfurt"));
    QCOMPARE(dc[2].text, QStringLiteral("44"));
    QCOMPARE(dc[3].text, QStringLiteral("46"));
    QCOMPARE(dc[4].text, QStringLiteral("7"));
    QCOMPARE(dc[5].text, QStringLiteral("4"));
    QCOMPARE(dc[5].tone, Tone::Bad);
    QCOMPARE(dc[7].text, QStringLiteral("Beyond tolerance"));
    // The offshore service desk takes no critical function beyond tolerance.
    QCOMPARE(summary->rows[3][0].text, QStringLiteral("offshore-service-desk"));
    QCOMPARE(summary->rows[3][5].text, QStringLiteral("0"));

    const QString html = QString::fromUtf8(*HtmlRenderer::render(d));
    QVERIFY(html.contains(QStringLiteral("4 beyond tolerance (F-CARD, F-INSTANT, F-ONLINE, F-PAY)")));
    // What to fix first in this blast radius: the card HSM in Frankfurt stops card issuing alone.
    QVERIFY(html.contains(QStringLiteral("INF-HSM-CARD")));
    // Every scenario with a map (a figure) of at most 18 boxes, saying what it left out.
    int figures = 0;
    for (const Section &s : d.sections) {
        for (const Block &b : s.blocks) {
            if (const auto *f = std::get_if<Figure>(&b)) {
                ++figures;
                QVERIFY(f->painter);
                QVERIFY(f->caption.contains(QStringLiteral("18 boxes")) || f->caption.contains(u"every one of"));
                QVERIFY(f->painter->size().width() > 0);
            }
        }
    }
    QCOMPARE(figures, int(names.size()));

    // One scenario, asked for by name.
    const Document one = build({QStringLiteral("telkora-outage")});
    QCOMPARE(one.subtitle, QStringLiteral("Scenario telkora-outage"));
    QCOMPARE(one.sections[1].title, QStringLiteral("Scenario telkora-outage"));
}

void tst_ScenarioReport::staleScenarioIsReportedNotDropped()
{
    const QString path = m_dir.filePath(QStringLiteral("stale.bulwark"));
    QVERIFY(QFile::copy(m_demo, path));
    QCOMPARE(test::runCli({QStringLiteral("scenario"),
                           QStringLiteral("save"),
                           QStringLiteral("--db"),
                           path,
                           QStringLiteral("ghost"),
                           QStringLiteral("--tag"),
                           QStringLiteral("no-such-tag")}),
             0);
    auto service = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
    QVERIFY(service);
    ReportRequest request;
    request.kind = ReportKind::Scenario;
    request.scenarios = {QStringLiteral("ghost"), QStringLiteral("telkora-outage")};
    request.date = m_today;
    auto d = Reports::build(**service, request);
    QVERIFY(d);
    QCOMPARE(d->sections[1].title, QStringLiteral("Scenario ghost"));
    const QString html = QString::fromUtf8(*HtmlRenderer::render(*d));
    QVERIFY(html.contains(QStringLiteral("This saved scenario no longer matches the register")));
    QVERIFY(html.contains(QStringLiteral("No longer matches the register")));
    QVERIFY(html.contains(QStringLiteral("Scenario telkora-outage")));
}

void tst_ScenarioReport::sameBytesTwice()
{
    QCOMPARE(*HtmlRenderer::render(build()), *HtmlRenderer::render(build()));
    auto first = CsvRenderer::render(build());
    auto second = CsvRenderer::render(build());
    QVERIFY(first && second);
    QCOMPARE(first->size(), second->size());
    for (qsizetype i = 0; i < first->size(); ++i)
        QCOMPARE(first->at(i).bytes, second->at(i).bytes);
}

void tst_ScenarioReport::pdfGoldenContent()
{
    const QString pdf = m_dir.filePath(QStringLiteral("scenarios.pdf"));
    const QStringList args{QStringLiteral("report"),
                           QStringLiteral("scenario"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--date"),
                           QStringLiteral("2026-11-30"),
                           QStringLiteral("--entity"),
                           QStringLiteral("Demo Bank AG"),
                           QStringLiteral("-o"),
                           pdf};
    QCOMPARE(test::runCli(args), 0);
    const QByteArray first = test::fileBytes(pdf);
    QVERIFY(first.startsWith("%PDF-"));
    QCOMPARE(test::runCli(args), 0);
    QCOMPARE(test::fileBytes(pdf), first); // the same register, options and date: the same bytes

    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QProcess raw; // in the order the words were drawn: a wrapped cell's words follow each other
    raw.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(raw.waitForFinished(30000));
    const QString all = flat(QString::fromUtf8(raw.readAllStandardOutput()));
    const Document d = build();
    QStringList names = m_service->scenarios().keys();
    names.sort();
    for (const QString &name : names) {
        QVERIFY2(text.contains(QStringLiteral("Scenario ") + name), qPrintable(name));
        // Each function's verdict in that scenario's chapter (a cell may wrap: compared without white space).
        const qsizetype start = all.lastIndexOf(flat(QStringLiteral("Scenario ") + name));
        const Table *functions = nullptr;
        for (const Table *t : d.tables()) {
            if (t->id == QStringLiteral("scenario-%1-functions").arg(name))
                functions = t;
        }
        QVERIFY(functions);
        const QString chapter = all.mid(start);
        for (const auto &row : functions->rows) {
            QVERIFY2(chapter.contains(flat(row[0].text)), qPrintable(row[0].text));
            QVERIFY2(chapter.contains(flat(row[ImpactTables::functionVerdictColumn].text)),
                     qPrintable(row[ImpactTables::functionVerdictColumn].text));
        }
    }
    QVERIFY(all.contains(flat(QStringLiteral("Scenarios at a glance"))));
}

void tst_ScenarioReport::registerExtractHasEveryRow()
{
    const QString path = m_dir.filePath(QStringLiteral("quoted.bulwark"));
    QVERIFY(QFile::copy(m_demo, path));
    {
        auto service = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
        QVERIFY(service);
        ChangeSet c;
        c.add(test::element(QStringLiteral("APP-QUOTED"),
                            ElementKind::Application,
                            QStringLiteral("The \"quoted\" app, with a comma")));
        QVERIFY((*service)->apply(c));
    }
    auto service = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
    QVERIFY(service);
    ReportRequest request;
    request.kind = ReportKind::Register;
    request.date = m_today;
    auto d = Reports::build(**service, request);
    QVERIFY(d);
    auto files = CsvRenderer::render(*d);
    QVERIFY(files);
    QHash<QString, QByteArray> byName;
    for (const auto &file : *files)
        byName.insert(file.name, file.bytes);
    QCOMPARE(byName.size(), 5);
    const QByteArray elements = byName.value(QStringLiteral("elements.csv"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(elements));
    QCOMPARE(records.size(), (*service)->elementCount() + 1); // a header, then one row per element
    QCOMPARE(records.first().first(), QStringLiteral("Key"));
    for (const QStringList &r : records)
        QCOMPARE(r.size(), records.first().size());
    QStringList keys;
    for (qsizetype i = 1; i < records.size(); ++i)
        keys << records[i].first();
    QCOMPARE(keys, (*service)->sortedKeys());
    // RFC 4180: a field with a quote or a comma is quoted, its quotes doubled.
    QVERIFY(elements.contains("APP-QUOTED,\"The \"\"quoted\"\" app, with a comma\",Application,"));
    const QList<QStringList> dependencies
        = parseCsv(QString::fromUtf8(byName.value(QStringLiteral("dependencies.csv"))));
    QCOMPARE(dependencies.size(), (*service)->dependencyCount() + 1);
    // Providers with their concentration: the offshore provider carries most critical functions (an alarm).
    const QList<QStringList> providers = parseCsv(QString::fromUtf8(byName.value(QStringLiteral("providers.csv"))));
    bool alarm = false;
    for (const QStringList &r : providers)
        alarm = alarm || r.last().startsWith(QStringLiteral("Alarm"));
    QVERIFY(alarm);
    QVERIFY(byName.contains(QStringLiteral("locations.csv")));
    QVERIFY(byName.contains(QStringLiteral("countries.csv")));
    // HTML: every element too.
    const QString html = QString::fromUtf8(*HtmlRenderer::render(*d));
    for (const QString &key : (*service)->sortedKeys())
        QVERIFY2(html.contains(QStringLiteral("<td>%1</td>").arg(key)), qPrintable(key));
}

void tst_ScenarioReport::commandLine()
{
    const QString html = m_dir.filePath(QStringLiteral("two.html"));
    QString err;
    QCOMPARE(test::runCli({QStringLiteral("report"),
                           QStringLiteral("scenario"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--scenario"),
                           QStringLiteral("telkora-outage"),
                           QStringLiteral("--scenario"),
                           QStringLiteral("loss-of-dc-frankfurt"),
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
    const QString page = QString::fromUtf8(test::fileBytes(html));
    // In the order asked for.
    QVERIFY(page.indexOf(QStringLiteral("Scenario telkora-outage")) > 0);
    QVERIFY(page.indexOf(QStringLiteral("Scenario telkora-outage"))
            < page.indexOf(QStringLiteral("Scenario loss-of-dc-frankfurt")));
    QVERIFY(!page.contains(QStringLiteral("Scenario northwind-exit")));
    QVERIFY(page.contains(QStringLiteral("<svg")));

    const QString folder = m_dir.filePath(QStringLiteral("extract"));
    QCOMPARE(test::runCli({QStringLiteral("report"),
                           QStringLiteral("register"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--format"),
                           QStringLiteral("csv"),
                           QStringLiteral("-o"),
                           folder}),
             0);
    QCOMPARE(QDir(folder).entryList(QDir::Files),
             (QStringList{QStringLiteral("countries.csv"),
                          QStringLiteral("dependencies.csv"),
                          QStringLiteral("elements.csv"),
                          QStringLiteral("locations.csv"),
                          QStringLiteral("providers.csv")}));
    const QString extract = m_dir.filePath(QStringLiteral("extract.html"));
    QCOMPARE(test::runCli({QStringLiteral("report"),
                           QStringLiteral("register"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("-o"),
                           extract}),
             0); // HTML by default
    QVERIFY(test::fileBytes(extract).contains("<table id=\"table-elements\">"));
}

void tst_ScenarioReport::refusals()
{
    const QString out = m_dir.filePath(QStringLiteral("refused.pdf"));
    QString err;
    QCOMPARE(test::runCli({QStringLiteral("report"),
                           QStringLiteral("scenario"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--scenario"),
                           QStringLiteral("loss-of-dc-frankfurt"),
                           QStringLiteral("--scenario"),
                           QStringLiteral("loss-of-dc-munich"),
                           QStringLiteral("-o"),
                           out},
                          nullptr,
                          &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("'loss-of-dc-munich'")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("loss-of-dc-frankfurt")), qPrintable(err)); // the saved ones are named
    QVERIFY(!QFile::exists(out));

    const QString empty = m_dir.filePath(QStringLiteral("empty.bulwark"));
    QVERIFY(test::openService(empty));
    QCOMPARE(test::runCli({QStringLiteral("report"),
                           QStringLiteral("scenario"),
                           QStringLiteral("--db"),
                           empty,
                           QStringLiteral("-o"),
                           out},
                          nullptr,
                          &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("no saved scenario")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("bulwark scenario save")), qPrintable(err));

    QCOMPARE(test::runCli({QStringLiteral("report"),
                           QStringLiteral("register"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--format"),
                           QStringLiteral("pdf"),
                           QStringLiteral("-o"),
                           out},
                          nullptr,
                          &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("html or csv")), qPrintable(err));
    QVERIFY(!QFile::exists(out));
}

void tst_ScenarioReport::progressAndCancel()
{
    for (const ReportKind kind : {ReportKind::Scenario, ReportKind::Register}) {
        ReportRequest request;
        request.kind = kind;
        request.date = m_today;
        std::vector<double> seen;
        Feedback feedback([&](double percent) { seen.push_back(percent); });
        QVERIFY(Reports::build(*m_service, request, &feedback));
        QVERIFY(seen.size() > 2);
        QVERIFY(std::is_sorted(seen.begin(), seen.end())); // it only goes forward...
        QCOMPARE(seen.back(), 100.0);                      // ...to the end
        Feedback canceled;
        canceled.cancel();
        const auto none = Reports::build(*m_service, request, &canceled);
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::Canceled);
    }
}

QTEST_MAIN(tst_ScenarioReport)
#include "tst_scenarioreport.moc"
