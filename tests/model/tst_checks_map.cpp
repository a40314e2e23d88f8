// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"
#include "model/analysis/components.h"
#include "model/analysis/impact.h"
#include "model/analysis/spofanalysis.h"
#include "model/analysis/verdict.h"
#include "model/assessment/check.h"
#include "model/exchange/demoregister.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace bulwark;
using namespace bulwark::assessment;
using namespace bulwark::test;
using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 11, 30);

using Subjects = QList<QStringList>;

/// Sets fields of the element with `key`.
void set(RegisterData &data, const QString &key, const std::function<void(Element &)> &change)
{
    for (Element &e : data.elements) {
        if (e.key == key) {
            change(e);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no element %1").arg(key)));
}

/// Runs check `id` on `data` (sorted and snapshotted as a run does).
CheckOutcome run(const char *id, RegisterData data, const Thresholds &thresholds = {}, const QStringList &scope = {})
{
    data.sort();
    const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
    const CheckContext context(data, snapshot, today, thresholds, nullptr, scope);
    const CheckInfo *check = findCheck(QString::fromLatin1(id));
    Q_ASSERT(check);
    return check->run(context);
}

Subjects subjectsOf(const CheckOutcome &outcome)
{
    Subjects list;
    for (const Finding &f : outcome.findings)
        list << f.subjects;
    return list;
}

/// The check's severity and id on every finding, and findings sorted by subjects.
bool wellFormed(const char *id, const CheckOutcome &outcome)
{
    const CheckInfo *check = findCheck(QString::fromLatin1(id));
    for (std::size_t i = 0; i < outcome.findings.size(); ++i) {
        const Finding &f = outcome.findings[i];
        if (f.check != QLatin1StringView(id) || f.severity != check->severity || f.message.isEmpty())
            return false;
        if (i > 0 && f.subjects < outcome.findings[i - 1].subjects)
            return false;
    }
    return (outcome.status == CheckStatus::Fail) == !outcome.findings.empty();
}

/// A mapped register that passes every map check but the SPOF one:
///   F (critical; mtd 240, mtdl 15, rto 60, rpo 5) needs APP (rto 30) needs DB (data store, rto 30, rpo 5);
///   APP and DB need H1 and H2 in redundancy groups (1 of 2, failover 10); H1 needs LOC1 (eu-central) and P1,
///   H2 needs LOC2 (eu-west) and P2 (countries DE and FR). Everything that is not a location or provider has an owner.
RegisterData mapped()
{
    RegisterData data = registerFrom(
        QStringLiteral("F:function:240 APP:application:30 DB:data_store:30 H1:infrastructure:30 H2:infrastructure:30 "
                       "LOC1:location LOC2:location P1:provider P2:provider"),
        QStringLiteral("F>APP APP>DB APP>H1@h APP>H2@h DB>H1@h DB>H2@h H1>LOC1 H1>P1 H2>LOC2 H2>P2"),
        QStringLiteral("APP@h=1/10 DB@h=1/10"));
    set(data, QStringLiteral("F"), [](Element &e) {
        e.name = QStringLiteral("Payments");
        e.mtdlMin = 15;
        e.rtoMin = 60;
        e.rpoMin = 5;
    });
    set(data, QStringLiteral("DB"), [](Element &e) { e.rpoMin = 5; });
    set(data, QStringLiteral("LOC1"), [](Element &e) { e.region = QStringLiteral("eu-central"); });
    set(data, QStringLiteral("LOC2"), [](Element &e) { e.region = QStringLiteral("eu-west"); });
    set(data, QStringLiteral("P1"), [](Element &e) { e.country = QStringLiteral("DE"); });
    set(data, QStringLiteral("P2"), [](Element &e) { e.country = QStringLiteral("FR"); });
    for (Element &e : data.elements) {
        if (e.kind != ElementKind::Location && e.kind != ElementKind::Provider)
            e.owner = QStringLiteral("ops");
    }
    return data;
}

void removeDependency(RegisterData &data, const QString &from, const QString &to)
{
    std::erase_if(data.dependencies, [&](const Dependency &d) { return d.from == from && d.to == to; });
}

RegisterData withoutCriticalFunction(RegisterData data)
{
    for (Element &e : data.elements)
        e.criticality = Criticality::Standard;
    return data;
}

const char *const mapChecks[] = {"cif-mapped",
                                 "dangling-references",
                                 "cif-tolerance-set",
                                 "cif-rto-rpo-set",
                                 "cif-no-spof",
                                 "cif-recovery-within-tolerance",
                                 "cif-data-loss-within-tolerance",
                                 "dependency-rto-consistent",
                                 "cif-not-one-location",
                                 "cif-not-one-region",
                                 "cif-not-one-provider",
                                 "no-cycles",
                                 "provider-concentration",
                                 "country-concentration",
                                 "supporting-elements-owned",
                                 "redundancy-common-cause",
                                 "cif-double-failure",
                                 "rto-budget"};

} // namespace

/// The checks on the map (model/assessment/checks_map.cpp, docs/assessment.md "Checks on the map"): a pass and a
/// fail case each on small registers, recovery against one impact analysis per element, SPOFs against SpofAnalysis,
/// and a run on the demo register that prints what the checks find there.
class tst_ChecksMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mappedRegisterPasses_data();
    void mappedRegisterPasses();
    void notApplicableWithoutCriticalFunction_data();
    void notApplicableWithoutCriticalFunction();
    void cifMapped();
    void scopeLimitsTheFunctions();
    void danglingReferences();
    void toleranceSet();
    void recoveryObjectivesSet();
    void noSpof();
    void noSpofAgreesWithSpofAnalysis();
    void recoveryWithinTolerance();
    void recoveryAgainstBruteForce();
    void dataLossWithinTolerance();
    void dependencyRtoConsistent();
    void notOneLocation();
    void notOneRegion();
    void notOneProvider();
    void noCycles();
    void providerConcentration();
    void countryConcentration();
    void supportingElementsOwned();
    void redundancyCommonCause();
    void doubleFailure();
    void rtoBudget();
    void demoRegister();
};

void tst_ChecksMap::mappedRegisterPasses_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : mapChecks) {
        // A single critical function: every provider it needs carries all of them; concentration has its own cases.
        const QLatin1StringView v(id);
        // Its two hosts make pairs of failures: cif-double-failure has its own cases.
        if (v != QLatin1StringView("cif-no-spof") && v != QLatin1StringView("provider-concentration")
            && v != QLatin1StringView("country-concentration") && v != QLatin1StringView("cif-double-failure"))
            QTest::newRow(id) << QString::fromLatin1(id);
    }
}

void tst_ChecksMap::mappedRegisterPasses()
{
    QFETCH(QString, id);
    const CheckOutcome outcome = run(id.toLatin1().constData(), mapped());
    QCOMPARE(subjectsOf(outcome), Subjects());
    QCOMPARE(outcome.status, CheckStatus::Pass);
}

void tst_ChecksMap::notApplicableWithoutCriticalFunction_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("applicable");
    for (const char *id : mapChecks) {
        const QLatin1StringView v(id);
        QTest::newRow(id) << QString::fromLatin1(id)
                          << (v == QLatin1StringView("dangling-references") || v == QLatin1StringView("no-cycles"));
    }
}

void tst_ChecksMap::notApplicableWithoutCriticalFunction()
{
    QFETCH(QString, id);
    QFETCH(bool, applicable);
    const CheckOutcome outcome = run(id.toLatin1().constData(), withoutCriticalFunction(mapped()));
    QCOMPARE(outcome.status, applicable ? CheckStatus::Pass : CheckStatus::NotApplicable);
    QVERIFY(outcome.findings.empty());
}

void tst_ChecksMap::cifMapped()
{
    RegisterData data = mapped();
    removeDependency(data, QStringLiteral("H1"), QStringLiteral("P1"));
    QCOMPARE(run("cif-mapped", data).status, CheckStatus::Pass); // P2 is still reached
    removeDependency(data, QStringLiteral("H2"), QStringLiteral("P2"));
    // G reaches nothing at all.
    data.elements.push_back(element(QStringLiteral("G"), ElementKind::Function, QStringLiteral("Lending")));
    data.elements.back().criticality = Criticality::Critical;
    const CheckOutcome outcome = run("cif-mapped", data);
    QVERIFY(wellFormed("cif-mapped", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"F"_s}, {u"G"_s}}));
    QVERIFY(outcome.findings[0].message.contains(u"'F' (Payments) reaches no provider"));
    QVERIFY(outcome.findings[1].message.contains(u"neither a provider nor a location"));
    removeDependency(data, QStringLiteral("H1"), QStringLiteral("LOC1"));
    removeDependency(data, QStringLiteral("H2"), QStringLiteral("LOC2"));
    data.dependencies.push_back(dependency(QStringLiteral("H1"), QStringLiteral("P1")));
    QVERIFY(run("cif-mapped", data).findings[0].message.contains(u"reaches no location"));
}

void tst_ChecksMap::scopeLimitsTheFunctions()
{
    RegisterData data = mapped();
    data.elements.push_back(element(QStringLiteral("G"), ElementKind::Function));
    data.elements.back().criticality = Criticality::Critical;
    QCOMPARE(subjectsOf(run("cif-mapped", data, {}, {u"F"_s})), Subjects());
    QCOMPARE(subjectsOf(run("cif-mapped", data, {}, {u"G"_s})), (Subjects{{u"G"_s}}));
    QCOMPARE(run("cif-mapped", data, {}, {u"APP"_s}).status, CheckStatus::NotApplicable);
}

void tst_ChecksMap::danglingReferences()
{
    RegisterData data = mapped();
    ResilienceTest test;
    test.key = QStringLiteral("T-1");
    test.type = TestType::ScenarioBasedTest;
    test.date = QDate(2026, 6, 1);
    test.scope = QStringList{u"APP"_s, u"GONE"_s, u"F"_s, u"OLD"_s};
    data.records.push_back(resilienceTestType().record(test));
    ResilienceTest fine = test;
    fine.key = QStringLiteral("T-2");
    fine.scope = QStringList{u"F"_s};
    data.records.push_back(resilienceTestType().record(fine));
    Scenario lost;
    lost.name = QStringLiteral("S");
    lost.fail = QStringList{u"GONE"_s};
    data.scenarios.push_back(lost);
    Scenario partly;
    partly.name = QStringLiteral("T");
    partly.fail = QStringList{u"H1"_s, u"OLD"_s};
    data.scenarios.push_back(partly);
    ExitPlan plan;
    plan.provider = QStringLiteral("PX");
    data.records.push_back(exitPlanType().record(plan));
    LegacySystem legacy;
    legacy.element = QStringLiteral("MAINFRAME");
    data.records.push_back(legacySystemType().record(legacy));
    // Records and scenarios that name existing elements only pass.
    {
        RegisterData good = mapped();
        good.records.push_back(resilienceTestType().record(fine));
        Scenario ok;
        ok.name = QStringLiteral("S");
        ok.fail = QStringList{u"H1"_s};
        good.scenarios.push_back(ok);
        QCOMPARE(run("dangling-references", good).status, CheckStatus::Pass);
    }
    const CheckOutcome outcome = run("dangling-references", withoutCriticalFunction(data));
    QVERIFY(wellFormed("dangling-references", outcome));
    QCOMPARE(subjectsOf(outcome),
             (Subjects{{u"GONE"_s, u"resilience_test:T-1"_s},
                       {u"GONE"_s, u"scenario:S"_s},
                       {u"MAINFRAME"_s, u"legacy_system:MAINFRAME"_s},
                       {u"OLD"_s, u"resilience_test:T-1"_s},
                       {u"OLD"_s, u"scenario:T"_s},
                       {u"PX"_s, u"exit_plan:PX"_s}}));
    // The test's fix removes every missing key from its scope, the same fix on both of its findings.
    const Finding &gone = outcome.findings[0];
    QVERIFY(gone.message.contains(u"'T-1'") && gone.message.contains(u"'GONE'"));
    QVERIFY(gone.fix);
    QCOMPARE(gone.fix->records.size(), std::size_t(1));
    QVERIFY(gone.fix->records[0].mode == ChangeSet::Mode::Update);
    QCOMPARE(resilienceTestType().value(gone.fix->records[0].value).scope, (QStringList{u"APP"_s, u"F"_s}));
    QCOMPARE(gone.fixText, u"Remove 'GONE', 'OLD' from the scope of resilience test 'T-1'"_s);
    QVERIFY(outcome.findings[3].fix);
    // A scenario keeps what still exists; one that would fail nothing gets no fix; nor do exit plans, legacy systems.
    QVERIFY(!outcome.findings[1].fix);
    QVERIFY(outcome.findings[4].fix);
    QCOMPARE(outcome.findings[4].fix->scenarios.at(0).value.fail, QStringList{u"H1"_s});
    QVERIFY(!outcome.findings[2].fix && !outcome.findings[5].fix);

    // The fix applies to a real register and resolves the findings of its record.
    QTemporaryDir dir;
    auto service = openService(dir.filePath(u"r.bulwark"_s));
    QVERIFY(service);
    ChangeSet setup;
    for (const Element &e : mapped().elements)
        setup.add(e);
    setup.add(element(QStringLiteral("GONE")));
    for (const RedundancyGroup &g : mapped().groups)
        setup.add(g);
    for (const Dependency &d : mapped().dependencies)
        setup.add(d);
    setup.add(resilienceTestType().record(test));
    QVERIFY(service->apply(setup, Actor::current()));
    ChangeSet remove;
    remove.removeElements << QStringLiteral("GONE");
    QVERIFY(service->apply(remove, Actor::current()));
    RegisterData stored = service->snapshot();
    const CheckOutcome before = run("dangling-references", stored);
    QCOMPARE(subjectsOf(before),
             (Subjects{{u"GONE"_s, u"resilience_test:T-1"_s}, {u"OLD"_s, u"resilience_test:T-1"_s}}));
    const auto applied = service->apply(*before.findings[0].fix, Actor::current());
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().toString()));
    QCOMPARE(run("dangling-references", service->snapshot()).status, CheckStatus::Pass);
}

void tst_ChecksMap::toleranceSet()
{
    RegisterData data = mapped();
    set(data, QStringLiteral("F"), [](Element &e) { e.mtdlMin.reset(); });
    data.elements.push_back(element(QStringLiteral("G"), ElementKind::Function));
    data.elements.back().criticality = Criticality::Critical;
    data.elements.push_back(element(QStringLiteral("H"), ElementKind::Function)); // standard: not checked
    const CheckOutcome outcome = run("cif-tolerance-set", data);
    QVERIFY(wellFormed("cif-tolerance-set", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"F"_s}, {u"G"_s}}));
    QVERIFY(outcome.findings[0].message.contains(u"mtdl_min") && !outcome.findings[0].message.contains(u"mtd_min"));
    QVERIFY(outcome.findings[1].message.contains(u"mtdl_min") && outcome.findings[1].message.contains(u"mtd_min"));
}

void tst_ChecksMap::recoveryObjectivesSet()
{
    RegisterData data = mapped();
    set(data, QStringLiteral("F"), [](Element &e) { e.rpoMin.reset(); });
    data.elements.push_back(element(QStringLiteral("G"), ElementKind::Function));
    data.elements.back().criticality = Criticality::Critical;
    data.elements.back().rpoMin = 10;
    const CheckOutcome outcome = run("cif-rto-rpo-set", data);
    QVERIFY(wellFormed("cif-rto-rpo-set", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"F"_s}, {u"G"_s}}));
    QVERIFY(outcome.findings[0].message.contains(u"rpo_min") && !outcome.findings[0].message.contains(u"rto_min"));
    QVERIFY(outcome.findings[1].message.contains(u"rto_min") && !outcome.findings[1].message.contains(u"rpo_min"));
}

void tst_ChecksMap::noSpof()
{
    const CheckOutcome outcome = run("cif-no-spof", mapped());
    QVERIFY(wellFormed("cif-no-spof", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"F"_s, u"APP"_s}, {u"F"_s, u"DB"_s}}));
    QVERIFY(outcome.findings[0].message.contains(u"'APP'") && outcome.findings[0].message.contains(u"'F' (Payments)"));
    // Passes once APP and DB have a standby in a group.
    const RegisterData redundant = registerFrom(u"F:function:240 A1 A2 D1 D2"_s,
                                                u"F>A1@a F>A2@a A1>D1@d A1>D2@d A2>D1@d A2>D2@d"_s,
                                                u"F@a=1/5 A1@d=1/5 A2@d=1/5"_s);
    const CheckOutcome pass = run("cif-no-spof", redundant);
    QCOMPARE(pass.status, CheckStatus::Pass);
}

void tst_ChecksMap::noSpofAgreesWithSpofAnalysis()
{
    for (quint32 seed = 1; seed <= 20; ++seed) {
        RegisterData data = randomRegister(seed, 70, 2);
        data.sort();
        const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
        const CheckContext context(data, snapshot, today);
        Subjects expected;
        const analysis::SpofAnalysis spofs(*snapshot);
        for (const int f : context.criticalFunctions()) {
            for (const int x : spofs.spofsOf(f))
                expected << QStringList{snapshot->key(f), snapshot->key(x)};
        }
        const CheckOutcome outcome = findCheck(u"cif-no-spof")->run(context);
        QVERIFY(wellFormed("cif-no-spof", outcome));
        QCOMPARE(subjectsOf(outcome), expected);
    }
}

void tst_ChecksMap::recoveryWithinTolerance()
{
    // F (mtd 60) needs A (RTO 120) hard, A needs B (RTO 30) and U (no RTO); F needs APP, whose two data centres are
    // a group with a 90 min failover.
    RegisterData data = registerFrom(u"F:function:60 A:application:120 B:application:30 U APP DC1:facility:30 "
                                     "DC2:facility:30"_s,
                                     u"F>A A>B A>U F>APP APP>DC1@dc APP>DC2@dc"_s,
                                     u"APP@dc=1/90"_s);
    CheckOutcome outcome = run("cif-recovery-within-tolerance", data);
    QVERIFY(wellFormed("cif-recovery-within-tolerance", outcome));
    // A: 120 > 60. DC1/DC2: F is degraded but interrupted by the 90 min failover. B: 30 (A waits for B only). U has
    // no RTO: unknown, not a breach.
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"F"_s, u"A"_s}, {u"F"_s, u"DC1"_s}, {u"F"_s, u"DC2"_s}}));
    QVERIFY(outcome.findings[0].message.contains(u"'A'") && outcome.findings[0].message.contains(u"2 h"));
    QVERIFY(outcome.findings[1].message.contains(u"90 min"));
    // The function's own failure counts: its RTO against its tolerance.
    set(data, u"F"_s, [](Element &e) { e.rtoMin = 90; });
    outcome = run("cif-recovery-within-tolerance", data);
    QCOMPARE(subjectsOf(outcome).front(), (QStringList{u"F"_s, u"A"_s}));
    QVERIFY(subjectsOf(outcome).contains(QStringList{u"F"_s, u"F"_s}));
    // Within tolerance everywhere: pass. Without a tolerance: nothing to judge (unknown), pass.
    data = registerFrom(u"F:function:60 A:application:60 B:application:30 APP DC1:facility:30 DC2:facility:30"_s,
                        u"F>A A>B F>APP APP>DC1@dc APP>DC2@dc"_s,
                        u"APP@dc=1/15"_s);
    QCOMPARE(run("cif-recovery-within-tolerance", data).status, CheckStatus::Pass);
    data = registerFrom(u"F:function A:application:600"_s, u"F>A"_s);
    QCOMPARE(run("cif-recovery-within-tolerance", data).status, CheckStatus::Pass);
}

void tst_ChecksMap::recoveryAgainstBruteForce()
{
    // The definition: one impact analysis per element of the register, and the downtime verdict of every critical
    // function it affects.
    int breaches = 0;
    for (quint32 seed = 1; seed <= 40; ++seed) {
        RegisterData data = randomRegister(seed, 60 + int(seed % 3) * 20, 2);
        // Small tolerances on some functions, so that failovers breach too.
        for (Element &e : data.elements) {
            if (e.isFunction() && e.mtdMin && seed % 2 == 0)
                e.mtdMin = *e.mtdMin / 6;
            if (e.isFunction() && seed % 5 == 0)
                e.rtoMin = int(seed * 7);
        }
        data.sort();
        const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
        const CheckContext context(data, snapshot, today);
        Subjects expected;
        for (int x = 0; x < snapshot->size(); ++x) {
            const int failed[] = {x};
            const analysis::ImpactResult impact = analysis::analyseImpact(*snapshot, failed);
            for (const analysis::FunctionImpact &f : impact.functions) {
                if (snapshot->isCritical(f.element) && analysis::judge(f).downtime == analysis::Verdict::Breach)
                    expected << QStringList{snapshot->key(f.element), snapshot->key(x)};
            }
        }
        std::sort(expected.begin(), expected.end());
        const CheckOutcome outcome = findCheck(u"cif-recovery-within-tolerance")->run(context);
        QVERIFY(wellFormed("cif-recovery-within-tolerance", outcome));
        QCOMPARE(subjectsOf(outcome), expected);
        breaches += int(expected.size());
    }
    QVERIFY2(breaches > 100, qPrintable(QString::number(breaches))); // the comparison is not vacuous
}

void tst_ChecksMap::dataLossWithinTolerance()
{
    RegisterData data = mapped(); // F: mtdl 15; DB: rpo 5
    QCOMPARE(run("cif-data-loss-within-tolerance", data).status, CheckStatus::Pass);
    set(data, u"DB"_s, [](Element &e) { e.rpoMin = 60; });
    data.elements.push_back(element(u"DB2"_s, ElementKind::DataStore)); // no RPO: not a finding here
    data.elements.push_back(element(u"DB3"_s, ElementKind::DataStore));
    data.elements.back().rpoMin = 15;            // equal: within
    data.elements.push_back(element(u"APP2"_s)); // not a data store
    data.elements.back().rpoMin = 600;
    for (const QString &to : {u"DB2"_s, u"DB3"_s, u"APP2"_s})
        data.dependencies.push_back(dependency(u"APP"_s, to, Strength::Soft));
    CheckOutcome outcome = run("cif-data-loss-within-tolerance", data);
    QVERIFY(wellFormed("cif-data-loss-within-tolerance", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"F"_s, u"DB"_s}}));
    QVERIFY(outcome.findings[0].message.contains(u"1 h") && outcome.findings[0].message.contains(u"15 min"));
    set(data, u"F"_s, [](Element &e) { e.mtdlMin.reset(); }); // no tolerance: cif-tolerance-set's business
    QCOMPARE(run("cif-data-loss-within-tolerance", data).status, CheckStatus::Pass);
}

void tst_ChecksMap::dependencyRtoConsistent()
{
    RegisterData data = mapped(); // F: rto 60; everything below 30
    set(data, u"DB"_s, [](Element &e) { e.rtoMin = 240; });
    set(data, u"H2"_s, [](Element &e) { e.rtoMin = 61; });
    set(data, u"H1"_s, [](Element &e) { e.rtoMin = 60; }); // equal: consistent
    set(data, u"APP"_s, [](Element &e) { e.rtoMin.reset(); });
    const CheckOutcome outcome = run("dependency-rto-consistent", data);
    QVERIFY(wellFormed("dependency-rto-consistent", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"F"_s, u"DB"_s}, {u"F"_s, u"H2"_s}}));
    QVERIFY(outcome.findings[0].message.contains(u"4 h"));
    set(data, u"F"_s, [](Element &e) { e.rtoMin.reset(); });
    QCOMPARE(run("dependency-rto-consistent", data).status, CheckStatus::Pass);
}

void tst_ChecksMap::notOneLocation()
{
    RegisterData data = mapped();
    removeDependency(data, u"H2"_s, u"LOC2"_s);
    CheckOutcome outcome = run("cif-not-one-location", data);
    QVERIFY(wellFormed("cif-not-one-location", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"F"_s, u"LOC1"_s}}));
    QVERIFY(outcome.findings[0].message.contains(u"'LOC1'"));
    removeDependency(data, u"H1"_s, u"LOC1"_s); // none: cif-mapped's business
    QCOMPARE(run("cif-not-one-location", data).status, CheckStatus::Pass);
}

void tst_ChecksMap::notOneRegion()
{
    RegisterData data = mapped();
    set(data, u"LOC2"_s, [](Element &e) { e.region = u"eu-central"_s; });
    CheckOutcome outcome = run("cif-not-one-region", data);
    QVERIFY(wellFormed("cif-not-one-region", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"F"_s}}));
    QVERIFY(outcome.findings[0].message.contains(u"'eu-central'"));
    set(data, u"LOC2"_s, [](Element &e) { e.region.clear(); }); // one region recorded: still confined
    QCOMPARE(subjectsOf(run("cif-not-one-region", data)), (Subjects{{u"F"_s}}));
    set(data, u"LOC1"_s, [](Element &e) { e.region.clear(); }); // none recorded: nothing to judge
    QCOMPARE(run("cif-not-one-region", data).status, CheckStatus::Pass);
}

void tst_ChecksMap::notOneProvider()
{
    RegisterData data = mapped();
    removeDependency(data, u"H1"_s, u"P1"_s);
    const CheckOutcome outcome = run("cif-not-one-provider", data);
    QVERIFY(wellFormed("cif-not-one-provider", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"F"_s, u"P2"_s}}));
    removeDependency(data, u"H2"_s, u"P2"_s);
    QCOMPARE(run("cif-not-one-provider", data).status, CheckStatus::Pass);
}

void tst_ChecksMap::noCycles()
{
    RegisterData data = mapped();
    data.dependencies.push_back(dependency(u"P1"_s, u"H1"_s, Strength::Soft)); // H1 <-> P1
    data.elements.push_back(element(u"X"_s));
    data.dependencies.push_back(dependency(u"X"_s, u"X"_s));
    data.dependencies.push_back(dependency(u"DB"_s, u"APP"_s)); // APP <-> DB
    const CheckOutcome outcome = run("no-cycles", withoutCriticalFunction(data));
    QVERIFY(wellFormed("no-cycles", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"APP"_s, u"DB"_s}, {u"H1"_s, u"P1"_s}, {u"X"_s}}));
    // The same as findCycles (bulwark cycles).
    data.sort();
    const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
    Subjects cycles;
    for (const auto &cycle : analysis::findCycles(*snapshot)) {
        QStringList keys;
        for (const int v : cycle)
            keys << snapshot->key(v);
        cycles << keys;
    }
    QCOMPARE(subjectsOf(outcome), cycles);
    QVERIFY(outcome.findings[2].message.contains(u"itself"));
}

namespace {

/// Four critical functions F1..F4 on providers: PA serves three (75 %: warning, exactly the alarm share is the
/// lower level), PB all four (alarm), PC two (50 %: normal), PD one.
RegisterData providerShares()
{
    RegisterData data = registerFrom(u"F1:function F2:function F3:function F4:function PA:provider PB:provider "
                                     "PC:provider PD:provider"_s,
                                     u"F1>PA F2>PA F3>PA F1>PB F2>PB F3>PB F4>PB F1>PC F2>PC F4>PD"_s);
    set(data, u"PA"_s, [](Element &e) { e.country = u"DE"_s; });
    set(data, u"PB"_s, [](Element &e) { e.country = u"IE"_s; });
    set(data, u"PC"_s, [](Element &e) { e.country = u"FR"_s; });
    set(data, u"PD"_s, [](Element &e) { e.country = u"FR"_s; });
    return data;
}

} // namespace

void tst_ChecksMap::providerConcentration()
{
    CheckOutcome outcome = run("provider-concentration", providerShares());
    QVERIFY(wellFormed("provider-concentration", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"PA"_s}, {u"PB"_s}}));
    QVERIFY(outcome.findings[0].message.contains(u"3 of 4") && outcome.findings[0].message.contains(u"warning"));
    QVERIFY(outcome.findings[1].message.contains(u"4 of 4") && outcome.findings[1].message.contains(u"alarm"));
    // The Dashboard's thresholds, configurable: above 80 % only PB.
    Thresholds strict;
    strict.verdict.concentrationWarningShare = 0.8;
    strict.verdict.concentrationAlarmShare = 0.9;
    QCOMPARE(subjectsOf(run("provider-concentration", providerShares(), strict)), (Subjects{{u"PB"_s}}));
    // With only F4 in scope, PA is not about the assessed functions (its share is still of all critical functions).
    QCOMPARE(subjectsOf(run("provider-concentration", providerShares(), {}, {u"F4"_s})), (Subjects{{u"PB"_s}}));
}

void tst_ChecksMap::countryConcentration()
{
    // DE (PA) three of four: warning; IE (PB) four of four: alarm; FR (PC, PD) three of four: warning.
    const CheckOutcome outcome = run("country-concentration", providerShares());
    QVERIFY(wellFormed("country-concentration", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"DE"_s}, {u"FR"_s}, {u"IE"_s}}));
    QVERIFY(outcome.findings[2].message.contains(u"alarm") && outcome.findings[0].message.contains(u"warning"));
    RegisterData spread = providerShares();
    set(spread, u"PB"_s, [](Element &e) { e.country.clear(); });
    set(spread, u"PA"_s, [](Element &e) { e.country.clear(); });
    set(spread, u"PD"_s, [](Element &e) { e.country = u"ES"_s; });
    QCOMPARE(run("country-concentration", spread).status, CheckStatus::Pass);
}

void tst_ChecksMap::supportingElementsOwned()
{
    RegisterData data = mapped();
    set(data, u"DB"_s, [](Element &e) { e.owner.clear(); });
    set(data, u"H2"_s, [](Element &e) { e.owner = u"  "_s; });
    data.elements.push_back(element(u"LONELY"_s)); // no owner, but no critical function needs it
    const CheckOutcome outcome = run("supporting-elements-owned", data);
    QVERIFY(wellFormed("supporting-elements-owned", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"DB"_s}, {u"H2"_s}}));
    QVERIFY(outcome.findings[0].message.contains(u"'DB'"));
}

void tst_ChecksMap::redundancyCommonCause()
{
    // Both hosts in location LOC1: LOC1 alone breaks the groups of APP and DB (and is nearer than nothing else).
    RegisterData data = mapped();
    removeDependency(data, u"H2"_s, u"LOC2"_s);
    data.dependencies.push_back(dependency(u"H2"_s, u"LOC1"_s));
    // X is needed by no critical function: its group on LOC1 is not named.
    const RegisterData unrelated = registerFrom(u"X Y1 Y2"_s, u"X>Y1@g X>Y2@g Y1>LOC1 Y2>LOC1"_s, u"X@g=1/5"_s);
    data.elements.insert(data.elements.end(), unrelated.elements.begin(), unrelated.elements.end());
    data.dependencies.insert(data.dependencies.end(), unrelated.dependencies.begin(), unrelated.dependencies.end());
    data.groups.insert(data.groups.end(), unrelated.groups.begin(), unrelated.groups.end());
    const CheckOutcome outcome = run("redundancy-common-cause", data);
    QVERIFY(wellFormed("redundancy-common-cause", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"APP"_s, u"h"_s}, {u"DB"_s, u"h"_s}}));
    const QString &message = outcome.findings[0].message;
    QVERIFY2(
        message.contains(u"Redundancy group 'h' of 'APP' needs 1 of its 2 members, but 1 element outside it takes"),
        qPrintable(message));
    QVERIFY2(message.contains(u"Location 'LOC1'") && message.contains(u"region eu-central"), qPrintable(message));
    // Only when a critical function in scope needs the group.
    QCOMPARE(run("redundancy-common-cause", data, {}, {u"APP"_s}).status, CheckStatus::NotApplicable);
}

void tst_ChecksMap::doubleFailure()
{
    // F's hosts H1 and H2 each need a location and a provider: any of {H1, LOC1, P1} with any of {H2, LOC2, P2}.
    const CheckOutcome outcome = run("cif-double-failure", mapped());
    QVERIFY(wellFormed("cif-double-failure", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"F"_s}}));
    QCOMPARE(outcome.findings[0].message,
             u"9 pairs of elements take critical function 'F' (Payments) down when both fail, though neither does "
             "alone: 'H1' with 'H2'; 'H1' with 'LOC2'; 'H1' with 'P2'; 6 more."_s);
    // Nothing that needs two failures: SPOFs only.
    QCOMPARE(run("cif-double-failure", registerFrom(u"F:function:240 APP"_s, u"F>APP"_s)).status, CheckStatus::Pass);
}

void tst_ChecksMap::rtoBudget()
{
    // APP (a SPOF of F, mtd 240) takes 300 min to recover; H1 takes as long but is not needed alone.
    RegisterData data = mapped();
    set(data, u"APP"_s, [](Element &e) { e.rtoMin = 300; });
    set(data, u"H1"_s, [](Element &e) { e.rtoMin = 300; });
    const CheckOutcome outcome = run("rto-budget", data);
    QVERIFY(wellFormed("rto-budget", outcome));
    QCOMPARE(subjectsOf(outcome), (Subjects{{u"APP"_s}}));
    const QString &message = outcome.findings[0].message;
    QVERIFY2(message.startsWith(u"'APP' has a recovery time objective of ") && message.contains(u"'F' (Payments)"),
             qPrintable(message));
    QVERIFY2(message.contains(Vocabulary::minutesText(60, false)), qPrintable(message)); // the shortfall
    // Within budget once the RTO is 240.
    set(data, u"APP"_s, [](Element &e) { e.rtoMin = 240; });
    QCOMPARE(run("rto-budget", data).status, CheckStatus::Pass);
}

void tst_ChecksMap::demoRegister()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.bulwark"_s);
    QVERIFY(DemoRegister::create(path));
    auto service = openService(path);
    QVERIFY(service);
    RegisterData data = service->snapshot();
    data.sort();
    const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
    const CheckContext context(data, snapshot, today);
    for (const char *id : mapChecks) {
        const CheckOutcome outcome = findCheck(QString::fromLatin1(id))->run(context);
        QVERIFY(wellFormed(id, outcome));
        qInfo("%s: %s, %zu finding(s)", id, qPrintable(token(outcome.status)), outcome.findings.size());
        for (const Finding &f : outcome.findings)
            qInfo("  [%s] %s", qPrintable(f.subjects.join(u", ")), qPrintable(f.message));
    }
}

QTEST_GUILESS_MAIN(tst_ChecksMap)
#include "tst_checks_map.moc"
