// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo register's assessment inputs (issue 13): what the demo hides for an assessment to find, what it passes,
// and that the same day gives the same demo.
#include "model/analysis/graphsnapshot.h"
#include "model/analysis/spofanalysis.h"
#include "model/assessment/catalogue.h"
#include "model/assessment/evidence.h"
#include "model/assessment/inputs.h"
#include "model/assessment/workflow.h"
#include "model/exchange/demoregister.h"
#include "model/exchange/jsonformat.h"
#include "testutil.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace bulwark;
using namespace bulwark::assessment;
using namespace bulwark::test;

namespace {
const QDate today(2026, 11, 30);

/// Whether `date` lies within the 12 months before `today` (as the checks count: not older than 12 months).
bool withinYear(const QDate &date)
{
    return date.isValid() && date >= today.addMonths(-12) && date <= today;
}

template<typename T>
std::vector<T> valuesOf(const RegisterData &data, const TableType<T> &type)
{
    std::vector<T> list;
    for (const Record &r : data.records) {
        if (r.type == &type)
            list.push_back(TableType<T>::value(r));
    }
    return list;
}

/// Everything `key` needs, directly or through others.
QSet<QString> closure(const RegisterData &data, const QString &key)
{
    QHash<QString, QStringList> needs;
    for (const Dependency &d : data.dependencies)
        needs[d.from] << d.to;
    QSet<QString> seen;
    QStringList stack{key};
    while (!stack.isEmpty()) {
        for (const QString &to : needs.value(stack.takeLast())) {
            if (!seen.contains(to)) {
                seen.insert(to);
                stack << to;
            }
        }
    }
    return seen;
}
} // namespace

class tst_DemoRegister : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameDaySameDemo();
    void historyHasALapsedSignOff();
    void resilienceTests();
    void exitPlans();
    void legacySystemSettingsAndAcceptance();
    void evidence();

private:
    QTemporaryDir m_dir;
    RegisterData m_demo;
    RegisterData m_demoWithContents;
    QHash<QString, Element> m_elements;
    QStringList m_critical;
};

void tst_DemoRegister::initTestCase()
{
    // Through the one write path, as `bulwark demo` and the window create it.
    const QString path = m_dir.filePath(QStringLiteral("demo.bulwark"));
    auto created = DemoRegister::create(path, today);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    auto service = openService(path);
    QVERIFY(service);
    m_demo = service->snapshot();
    m_demoWithContents = *service->snapshotWithContents();
    for (const Element &e : m_demo.elements) {
        m_elements.insert(e.key, e);
        if (e.isFunction() && e.isCritical())
            m_critical << e.key;
    }
    QCOMPARE(m_critical.size(), 7);
}

/// `data` without the audit-trail hashes its approvals recorded: they hash the time of each entry, so two demos made
/// on one day differ there and nowhere else.
RegisterData withoutTrailHashes(RegisterData data)
{
    for (Record &r : data.records) {
        if (r.type != &assessmentType())
            continue;
        Assessment a = TableType<Assessment>::value(r);
        a.registerHash.clear();
        r = assessmentType().record(a);
    }
    return data;
}

void tst_DemoRegister::sameDaySameDemo()
{
    // The same day gives the same demo, its history included.
    const QString again = m_dir.filePath(QStringLiteral("again.bulwark"));
    QVERIFY(DemoRegister::create(again, today));
    auto service = openService(again);
    QCOMPARE(withoutTrailHashes(service->snapshot()), withoutTrailHashes(m_demo));
    // With the stored evidence files: an export carries their bytes, so that it imports on its own.
    const QByteArray exported = exchange::JsonFormat::write(m_demoWithContents);
    // The export carries the inputs, the assessments and the evidence and reads back to the same register.
    auto reread = exchange::JsonFormat::parse(exported, QStringLiteral("demo.json"));
    QVERIFY(reread);
    auto third = openService(m_dir.filePath(QStringLiteral("reread.bulwark")));
    QVERIFY(third->apply(*reread));
    QCOMPARE(third->snapshot(), m_demo);
    QCOMPARE(exchange::JsonFormat::write(*third->snapshotWithContents()), exported); // byte-identical, files included
    // ... but the approval stayed behind with the demo's audit trail: it cannot be verified in the copy.
    const auto copied = TableType<Assessment>::value(third->records(assessmentType()).value(QStringLiteral("A-H1")));
    auto signOff = signOffLapse(third->database(), copied, third->records(requirementResultType()));
    QVERIFY(signOff);
    QVERIFY2(signOff->unverified.contains(QStringLiteral("not in this register's audit trail")),
             qPrintable(signOff->unverified));
    QCOMPARE(signOff->token(), QStringLiteral("unverified"));
    // Another day moves the dates with it.
    auto later = DemoRegister::changes(today.addYears(1));
    QVERIFY(later);
    RegisterData moved;
    for (const auto &item : later->records)
        moved.records.push_back(item.value);
    QVERIFY(
        exchange::JsonFormat::write(moved).contains(today.addYears(1).addMonths(-20).toString(Qt::ISODate).toUtf8()));
}

void tst_DemoRegister::historyHasALapsedSignOff()
{
    auto service = openService(m_dir.filePath(QStringLiteral("demo.bulwark")));
    QVERIFY(service);
    const auto assessments = service->records(assessmentType());
    QCOMPARE(assessments.size(), 2);
    const auto first = TableType<Assessment>::value(assessments.value(QStringLiteral("A-H1")));
    QCOMPARE(first.status, AssessmentStatus::Approved);
    QCOMPARE(first.submittedBy, QStringLiteral("m.keller"));
    QCOMPARE(first.approvedBy, QStringLiteral("t.brandt"));
    auto signOff = signOffLapse(service->database(), first, service->records(requirementResultType()));
    QVERIFY(signOff);
    // Verified from the demo's own trail, and lapsed by the recovery objectives set after it: one change per critical
    // function, in the name of the head of IT continuity.
    QCOMPARE(signOff->unverified, QString());
    QVERIFY(signOff->lapsed);
    QCOMPARE(signOff->token(), QStringLiteral("lapsed"));
    QStringList changed;
    for (const store::AuditEntry &e : signOff->changes) {
        QCOMPARE(e.actor, QStringLiteral("j.okafor"));
        changed << e.entityKey;
    }
    changed.sort();
    QCOMPARE(changed, m_critical);
    for (const QString &key : std::as_const(m_critical)) {
        const Element &e = m_elements.value(key);
        QCOMPARE(e.rtoMin, e.mtdMin);
        QCOMPARE(e.rpoMin, e.mtdlMin);
    }
    const auto second = TableType<Assessment>::value(assessments.value(QStringLiteral("A-H2")));
    QCOMPARE(second.status, AssessmentStatus::Draft);
    // Each has a result for every requirement of the catalogue.
    int results[2] = {};
    for (const Record &r : service->records(requirementResultType()))
        ++results[TableType<RequirementResultValue>::value(r).assessment == QStringLiteral("A-H1") ? 0 : 1];
    // Two remediation actions under way, one overdue, each on the finding it answers (now in remediation).
    const auto actions = service->records(remediationActionType());
    QCOMPARE(actions.size(), 2);
    const auto hsm = TableType<RemediationAction>::value(actions.value(QStringLiteral("ACT-HSM-BER")));
    QVERIFY(hsm.isOverdue(today));
    QVERIFY(!TableType<RemediationAction>::value(actions.value(QStringLiteral("ACT-EXIT-MRD"))).isOverdue(today));
    const QString hsmFinding
        = findingKey(QStringLiteral("cif-no-spof"), {QStringLiteral("F-CARD"), QStringLiteral("INF-HSM-CARD")});
    QCOMPARE(hsm.findings, QStringList{hsmFinding});
    QCOMPARE(TableType<FindingValue>::value(service->records(findingType()).value(hsmFinding)).status,
             FindingStatus::InRemediation);
    const int requirements = int(CatalogueLoader::dora().requirements.size());
    QCOMPARE(results[0], requirements);
    QCOMPARE(results[1], requirements);
}

void tst_DemoRegister::resilienceTests()
{
    const auto tests = valuesOf(m_demo, resilienceTestType());
    // Every system under a critical function was tested within the year.
    for (const QString &function : std::as_const(m_critical)) {
        for (const QString &key : closure(m_demo, function)) {
            const ElementKind kind = m_elements.value(key).kind;
            if (kind == ElementKind::Function || kind == ElementKind::Provider || kind == ElementKind::Location)
                continue;
            const bool tested = std::any_of(tests.begin(), tests.end(), [&](const ResilienceTest &t) {
                return t.type != TestType::BusinessContinuityTest && t.scope.contains(key) && withinYear(t.date);
            });
            QVERIFY2(tested, qPrintable(key + QStringLiteral(" under ") + function));
        }
    }
    // A continuity test for each critical function within the year, except the treasury's (15 months old).
    for (const QString &function : std::as_const(m_critical)) {
        QDate last;
        for (const ResilienceTest &t : tests) {
            if (t.type == TestType::BusinessContinuityTest && t.scope.contains(function))
                last = std::max(last, t.date);
        }
        if (function == u"F-TREAS") {
            QCOMPARE(last, today.addMonths(-15));
        } else {
            QVERIFY2(withinYear(last), qPrintable(function));
        }
    }
    // One TLPT, 20 months old, of a designated entity.
    const auto tlpt = std::count_if(tests.begin(), tests.end(), [](const ResilienceTest &t) {
        return t.type == TestType::Tlpt && t.date == today.addMonths(-20);
    });
    QCOMPARE(tlpt, 1);
}

void tst_DemoRegister::exitPlans()
{
    QSet<QString> providers;
    for (const QString &function : std::as_const(m_critical)) {
        for (const QString &key : closure(m_demo, function)) {
            if (m_elements.value(key).kind == ElementKind::Provider)
                providers.insert(key);
        }
    }
    QHash<QString, ExitPlan> plans;
    for (const ExitPlan &plan : valuesOf(m_demo, exitPlanType()))
        plans.insert(plan.provider, plan);
    QStringList without;
    for (const QString &provider : std::as_const(providers)) {
        if (!plans.contains(provider)) {
            without << provider;
            continue;
        }
        QVERIFY2(withinYear(plans[provider].tested) && withinYear(plans[provider].reviewed), qPrintable(provider));
        QCOMPARE(m_elements.value(provider).exitPlan, std::optional<bool>(true));
    }
    QCOMPARE(without, QStringList{QStringLiteral("PRV-MRD")});
    QVERIFY(m_elements.value(QStringLiteral("PRV-MRD")).exitPlan != std::optional<bool>(true));
}

void tst_DemoRegister::legacySystemSettingsAndAcceptance()
{
    const auto legacy = valuesOf(m_demo, legacySystemType());
    QCOMPARE(legacy.size(), std::size_t(1));
    QVERIFY(legacy.front().endOfSupport < today);
    QCOMPARE(legacy.front().riskAssessed, today.addMonths(-6));

    QHash<QString, QString> settings;
    for (const Setting &s : valuesOf(m_demo, settingType()))
        settings.insert(s.key, s.value);
    QCOMPARE(settings.value(QStringLiteral("tlpt_designated")), QStringLiteral("yes"));
    for (const char *key :
         {"ict_risk_framework_reviewed", "function_classification_reviewed", "management_body_ict_report"})
        QVERIFY2(withinYear(QDate::fromString(settings.value(QLatin1StringView(key)), Qt::ISODate)), key);

    // The accepted risk is a real single point of failure of a critical function, past its review date.
    const auto acceptances = valuesOf(m_demo, riskAcceptanceType());
    QCOMPARE(acceptances.size(), std::size_t(1));
    const RiskAcceptance &accepted = acceptances.front();
    QCOMPARE(accepted.check, QStringLiteral("cif-no-spof"));
    QCOMPARE(accepted.subjects.size(), 2);
    QVERIFY(m_critical.contains(accepted.subjects[0]));
    QCOMPARE(accepted.accepted, today.addMonths(-14));
    QVERIFY(accepted.review < today);
    RegisterData sorted = m_demo;
    sorted.sort();
    const auto snapshot = analysis::GraphSnapshot::fromRegister(sorted);
    const analysis::SpofAnalysis spofs(*snapshot);
    QStringList keys;
    for (int v : spofs.spofsOf(snapshot->indexOf(accepted.subjects[0])))
        keys << snapshot->key(v);
    QVERIFY2(keys.contains(accepted.subjects[1]), qPrintable(keys.join(u", ")));
}

void tst_DemoRegister::evidence()
{
    // Issue 13: evidence files with dates, exactly one expired (the treasury's continuity test report, with the
    // overdue test it reports), each stored with its bytes and linked to catalogue requirements.
    const auto evidence = valuesOf(m_demo, assessment::evidenceType());
    QCOMPARE(evidence.size(), std::size_t(4));
    QStringList expired;
    for (const assessment::Evidence &e : evidence) {
        QVERIFY(e.hasFile());
        QVERIFY(e.effective.isValid() && e.expires.isValid());
        QVERIFY(!e.requirements.isEmpty());
        QVERIFY(m_demoWithContents.contents.count(e.sha256) == 1);
        QCOMPARE(assessment::sha256Hex(m_demoWithContents.contents.at(e.sha256)), e.sha256);
        for (const QString &key : e.elements)
            QVERIFY2(m_elements.contains(key), qPrintable(key));
        if (e.isExpired(today))
            expired << e.key;
    }
    QCOMPARE(expired, QStringList{QStringLiteral("EV-BCP-TREAS")});
}

QTEST_GUILESS_MAIN(tst_DemoRegister)
#include "tst_demoregister.moc"
