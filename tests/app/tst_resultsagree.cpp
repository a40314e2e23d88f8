// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboardpage.h"
#include "gui/impactpage.h"
#include "gui/mainwindow.h"
#include "gui/models/resulttablemodel.h"
#include "model/analysis/verdict.h"
#include "model/exchange/demoregister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace bulwark;
using namespace bulwark::gui;
using analysis::Verdict;

/// Issue 11: the same saved scenarios of the demo register (among them one saved with only a tag and one that fails
/// the data warehouse) through 'bulwark scenario run --json' (the program itself), the Impact page and the Dashboard
/// give the same verdicts, function by function. The command line's JSON carries the numbers and the within/breach/
/// unknown answers; 'bulwark recovery --json' for the same failure adds data loss.
class tst_ResultsAgree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commandLineAnswersAreConsistent();
    void impactPageAgrees();
    void dashboardAgrees();

private:
    /// What the command line says about one function in one scenario.
    struct Expected {
        QString state;   ///< up, degraded, down
        Verdict verdict; ///< downtime and data loss together, from the numbers of the JSON
        bool critical = false;
    };
    QJsonObject runProgram(const QStringList &arguments, int *exitCode = nullptr);
    /// The level of a time against a tolerance (null: unknown), by the rule docs/semantics.md gives.
    static Verdict level(const QJsonValue &actual, const QJsonValue &tolerance);

    QTemporaryDir m_dir;
    QString m_demo;
    QStringList m_scenarios;                                   ///< by name
    std::map<QString, std::map<QString, Expected>> m_expected; ///< scenario -> function -> what the CLI says
    QHash<QString, bool> m_critical;                           ///< function key -> critical or important
};

QJsonObject tst_ResultsAgree::runProgram(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(QStringLiteral(BULWARK_EXECUTABLE), QStringList{arguments} << QStringLiteral("--db") << m_demo);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    if (exitCode)
        *exitCode = process.exitCode();
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

Verdict tst_ResultsAgree::level(const QJsonValue &actual, const QJsonValue &tolerance)
{
    if (actual.isNull() || tolerance.isNull())
        return Verdict::Unknown;
    const int a = actual.toInt(), t = tolerance.toInt();
    if (a > t)
        return Verdict::Breach;
    return t > 0 && 2 * a > t ? Verdict::LittleMargin : Verdict::Within;
}

void tst_ResultsAgree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(m_demo));
    const QList<QStringList> saves{
        {QStringLiteral("crypto-only"), QStringLiteral("--tag"), QStringLiteral("crypto")}, // only a tag
        {QStringLiteral("dwh-loss"), QStringLiteral("--fail"), QStringLiteral("DS-DWH")},   // a data-loss breach
        {QStringLiteral("germany"), QStringLiteral("--country"), QStringLiteral("DE")},     // unknown verdicts
    };
    for (const QStringList &save : saves) {
        int code = -1;
        runProgram(QStringList{QStringLiteral("scenario"), QStringLiteral("save")} + save, &code);
        QCOMPARE(code, 0);
    }

    QProcess list;
    list.start(QStringLiteral(BULWARK_EXECUTABLE),
               {QStringLiteral("list"),
                QStringLiteral("--kind"),
                QStringLiteral("function"),
                QStringLiteral("--json"),
                QStringLiteral("--db"),
                m_demo});
    QVERIFY(list.waitForFinished(60000));
    for (const QJsonValue &f : QJsonDocument::fromJson(list.readAllStandardOutput()).array())
        m_critical.insert(f[u"key"].toString(), f[u"criticality"].toString() == u"critical");
    QVERIFY(m_critical.size() > 5);

    const QJsonArray scenarios
        = runProgram({QStringLiteral("scenario"), QStringLiteral("list"), QStringLiteral("--json")})
              .value(u"scenarios")
              .toArray();
    QCOMPARE(scenarios.size(), 8); // the demo's five and the three above
    for (const QJsonValue &value : scenarios) {
        const QJsonObject scenario = value.toObject();
        const QString name = scenario[u"name"].toString();
        m_scenarios << name;
        int runCode = -1;
        const QJsonObject run
            = runProgram({QStringLiteral("scenario"), QStringLiteral("run"), name, QStringLiteral("--json")}, &runCode);
        QVERIFY2(runCode == 0 || runCode == 1, qPrintable(name));
        // The same failure, asked of 'recovery' for data loss.
        QStringList failure{QStringLiteral("recovery"), QStringLiteral("--json")};
        QStringList keys;
        for (const QJsonValue &key : scenario[u"fail"].toArray())
            keys << key.toString();
        if (!keys.isEmpty())
            failure << QStringLiteral("--fail") << keys.join(u',');
        for (const char *option : {"region", "country", "tag"}) {
            const QString v = scenario[QLatin1String(option)].toString();
            if (!v.isEmpty())
                failure << QStringLiteral("--%1").arg(QLatin1String(option)) << v;
        }
        const QJsonObject recovery = runProgram(failure);
        QHash<QString, QJsonObject> lossOf;
        for (const QJsonValue &f : recovery[u"functions"].toArray())
            lossOf.insert(f[u"key"].toString(), f.toObject());
        QCOMPARE(lossOf.size(), run[u"functions"].toArray().size());
        bool downtimeBreach = false;
        for (const QJsonValue &item : run[u"functions"].toArray()) {
            const QJsonObject f = item.toObject();
            const QString key = f[u"key"].toString();
            QVERIFY2(lossOf.contains(key), qPrintable(key));
            const QJsonObject loss = lossOf.value(key);
            // Both commands answer the downtime question alike.
            QCOMPARE(loss[u"within_tolerance"], f[u"within_tolerance"]);
            QCOMPARE(loss[u"recovery_min"], f[u"recovery_min"]);
            const Verdict downtime = level(f[u"recovery_min"], f[u"tolerance_min"]);
            const Verdict dataLoss = level(loss[u"data_loss_min"], loss[u"data_loss_tolerance_min"]);
            // The JSON's three-valued answers agree with the levels.
            QCOMPARE(f[u"within_tolerance"].isNull(), downtime == Verdict::Unknown);
            if (!f[u"within_tolerance"].isNull())
                QCOMPARE(f[u"within_tolerance"].toBool(), downtime != Verdict::Breach);
            QCOMPARE(loss[u"data_loss_within_tolerance"].isNull(), dataLoss == Verdict::Unknown);
            const bool critical = m_critical.value(key);
            downtimeBreach = downtimeBreach || (critical && downtime == Verdict::Breach);
            m_expected[name][key] = Expected{f[u"state"].toString(), std::min(downtime, dataLoss), critical};
        }
        QCOMPARE(runCode, downtimeBreach ? 1 : 0); // scenario run's exit code judges downtime, as impact does
    }
    QVERIFY(m_expected.at(QStringLiteral("crypto-only")).size() > 3);
    QCOMPARE(m_expected.at(QStringLiteral("dwh-loss")).at(QStringLiteral("F-TREAS")).verdict, Verdict::Breach);
    bool unknown = false;
    for (const auto &[key, e] : m_expected.at(QStringLiteral("germany")))
        unknown = unknown || (e.critical && e.verdict == Verdict::Unknown);
    QVERIFY(unknown);
}

void tst_ResultsAgree::commandLineAnswersAreConsistent()
{
    // Every level but "not affected" occurs in these scenarios, so the comparisons below can fail.
    QSet<Verdict> seen;
    for (const auto &[name, functions] : m_expected) {
        for (const auto &[key, e] : functions)
            seen.insert(e.verdict);
    }
    QCOMPARE(seen.size(), 4);
}

void tst_ResultsAgree::impactPageAgrees()
{
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::registerOpened);
    window.openRegister(m_demo);
    QVERIFY(opened.wait(15000));
    ImpactPage *page = window.impactPage();
    for (const QString &name : std::as_const(m_scenarios)) {
        QSignalSpy finished(page, &ImpactPage::finished);
        page->runScenario(name);
        QVERIFY2(finished.size() == 1 || finished.wait(15000), qPrintable(name));
        QCOMPARE(finished.first().first().toBool(), true);
        const auto &expected = m_expected.at(name);
        ResultTableModel *functions = page->functionModel();
        QCOMPARE(std::size_t(functions->rowCount()), expected.size());
        analysis::VerdictCounts counts;
        for (int row = 0; row < functions->rowCount(); ++row) {
            const QString key = functions->row(row).key;
            QVERIFY2(expected.count(key), qPrintable(name + u' ' + key));
            const Expected &e = expected.at(key);
            QCOMPARE(functions->index(row, 3).data().toString().toLower(), e.state);
            QCOMPARE(functions->index(row, 6).data().toString(), analysis::Verdicts::text(e.verdict));
            QCOMPARE(functions->index(row, 6).data(ResultTableModel::SortRole).toInt(), int(e.verdict));
            if (e.critical)
                counts.add(e.verdict);
        }
        const QString summary = page->summaryLabel()->text();
        QVERIFY2(
            summary.contains(QStringLiteral("%1 beyond tolerance, %2 unknown").arg(counts.breach).arg(counts.unknown)),
            qPrintable(name + QStringLiteral(": ") + summary));
    }
}

void tst_ResultsAgree::dashboardAgrees()
{
    MainWindow window;
    window.show();
    DashboardPage *page = window.dashboardPage();
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    window.openRegister(m_demo);
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(refreshed.last().first().toBool(), true);

    // Per scenario: critical functions beyond tolerance and unknown.
    ResultTableModel *scenarios = page->scenarioModel();
    QCOMPARE(scenarios->rowCount(), int(m_scenarios.size()));
    for (int row = 0; row < scenarios->rowCount(); ++row) {
        const QString name = scenarios->row(row).key;
        analysis::VerdictCounts counts;
        for (const auto &[key, e] : m_expected.at(name)) {
            if (e.critical)
                counts.add(e.verdict);
        }
        QCOMPARE(scenarios->index(row, 1).data(ResultTableModel::SortRole).toInt(), counts.breach);
        QCOMPARE(scenarios->index(row, 2).data(ResultTableModel::SortRole).toInt(), counts.unknown);
    }

    // Per critical function: its worst verdict across the scenarios, and the first scenario (by name) giving it.
    ResultTableModel *functions = page->functionModel();
    int checked = 0;
    analysis::VerdictCounts worstCounts;
    for (int row = 0; row < functions->rowCount(); ++row) {
        const QString key = functions->row(row).key;
        Verdict worst = Verdict::NotAffected;
        QString worstScenario;
        for (const QString &name : std::as_const(m_scenarios)) { // sorted by name, as the Dashboard runs them
            const auto &expected = m_expected.at(name);
            const auto it = expected.find(key);
            if (it != expected.end() && it->second.verdict < worst) {
                worst = it->second.verdict;
                worstScenario = name;
            }
        }
        worstCounts.add(worst);
        QCOMPARE(functions->index(row, 4).data().toString(), analysis::Verdicts::text(worst));
        if (worst != Verdict::NotAffected)
            QCOMPARE(functions->index(row, 3).data().toString(), worstScenario);
        ++checked;
    }
    QCOMPARE(checked, int(std::count_if(m_critical.begin(), m_critical.end(), [](bool c) { return c; })));
    const QString headline = page->headline()->text();
    QVERIFY2(headline.contains(
                 QStringLiteral(
                     "%1 critical or important function%3 would be beyond tolerance in at least one, and %2 unknown")
                     .arg(worstCounts.breach)
                     .arg(worstCounts.unknown)
                     .arg(worstCounts.breach == 1 ? QString() : QStringLiteral("s"))),
             qPrintable(headline));
}

QTEST_MAIN(tst_ResultsAgree)
#include "tst_resultsagree.moc"
