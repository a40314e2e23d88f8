// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/demoregister.h"

#include "model/analysis/graphsnapshot.h"
#include "model/assessment/catalogue.h"
#include "model/assessment/check.h"
#include "model/assessment/evidence.h"
#include "model/assessment/inputs.h"
#include "model/assessment/review.h"
#include "model/assessment/run.h"
#include "model/assessment/workflow.h"
#include "model/exchange/jsonformat.h"
#include "model/register/registerservice.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace bulwark {
namespace {

using namespace assessment;

/// The demo's map, read from its change set: what each element needs, and its kind.
class DemoMap
{
public:
    explicit DemoMap(const ChangeSet &changes)
    {
        for (const auto &item : changes.elements) {
            m_kinds.insert(item.value.key, item.value.kind);
            if (item.value.isFunction() && item.value.isCritical())
                m_critical << item.value.key;
        }
        m_critical.sort();
        for (const auto &item : changes.dependencies)
            m_needs[item.value.from] << item.value.to;
    }

    /// The critical functions, sorted by key.
    const QStringList &criticalFunctions() const { return m_critical; }

    /// Everything `key` needs, directly or through others, of the given kinds, sorted by key.
    QStringList closure(const QString &key, const QList<ElementKind> &kinds) const
    {
        QSet<QString> seen;
        QStringList stack{key};
        while (!stack.isEmpty()) {
            const QString next = stack.takeLast();
            for (const QString &to : m_needs.value(next)) {
                if (!seen.contains(to)) {
                    seen.insert(to);
                    stack << to;
                }
            }
        }
        QStringList list;
        for (const QString &k : std::as_const(seen)) {
            if (kinds.contains(m_kinds.value(k)))
                list << k;
        }
        list.sort();
        return list;
    }

    /// The systems under the critical functions (everything but functions, providers and locations), sorted.
    QStringList systemsOf(const QString &function) const
    {
        return closure(function,
                       {ElementKind::Application,
                        ElementKind::DataStore,
                        ElementKind::Infrastructure,
                        ElementKind::Network,
                        ElementKind::Facility,
                        ElementKind::IctService});
    }

    /// The providers the critical functions rest on, sorted.
    QStringList providersOfCriticalFunctions() const
    {
        QSet<QString> providers;
        for (const QString &function : m_critical) {
            const QStringList list = closure(function, {ElementKind::Provider});
            providers.unite(QSet<QString>(list.begin(), list.end()));
        }
        QStringList list(providers.begin(), providers.end());
        list.sort();
        return list;
    }

private:
    QHash<QString, ElementKind> m_kinds;
    QHash<QString, QStringList> m_needs;
    QStringList m_critical;
};

/// What the demo hides for an assessment to find (docs/cli.md lists it).
const QString overdueContinuityTest = QStringLiteral("F-TREAS");
const QString providerWithoutExitPlan = QStringLiteral("PRV-MRD");

/// The demo's assessment inputs, dated back from `today`.
void addAssessmentInputs(ChangeSet &changes, QDate today)
{
    const DemoMap map(changes);
    auto ago = [today](int months, int days = 0) { return today.addMonths(-months).addDays(-days); };
    auto add = [&changes](const Record &record) { changes.add(record, ChangeSet::Mode::Insert); };

    // A scenario-based test of each critical function's systems and a test of its continuity plan, spread over the
    // last year; the treasury's continuity plan was last tested 15 months ago.
    int month = 1;
    for (const QString &function : map.criticalFunctions()) {
        const QString suffix = function.mid(2); // "F-CORE" -> "CORE"
        add(resilienceTestType().record({QStringLiteral("RT-SCN-%1").arg(suffix),
                                         TestType::ScenarioBasedTest,
                                         ago(month, 3),
                                         map.systemsOf(function),
                                         TestResult::Passed,
                                         Tester::Internal,
                                         {}}));
        const bool overdue = function == overdueContinuityTest;
        add(resilienceTestType().record(
            {QStringLiteral("RT-BCP-%1").arg(suffix),
             TestType::BusinessContinuityTest,
             overdue ? ago(15) : ago(month + 2, 10),
             {function},
             overdue ? TestResult::PassedWithFindings : TestResult::Passed,
             Tester::Internal,
             overdue
                 ? QStringLiteral("Fail-over of the market data feed needed manual steps; the retest was postponed.")
                 : QString()}));
        month = month % 9 + 1;
    }
    add(resilienceTestType().record(
        {QStringLiteral("RT-PEN-EBANK"),
         TestType::PenetrationTest,
         ago(4, 12),
         {QStringLiteral("APP-EBANK"), QStringLiteral("APP-MOBILE"), QStringLiteral("APP-API")},
         TestResult::PassedWithFindings,
         Tester::External,
         QStringLiteral("Two medium findings in session handling, fixed since.")}));
    add(resilienceTestType().record(
        {QStringLiteral("RT-TLPT-1"),
         TestType::Tlpt,
         ago(20),
         {QStringLiteral("APP-CORE"),
          QStringLiteral("APP-EBANK"),
          QStringLiteral("APP-INSTANT"),
          QStringLiteral("APP-PAYHUB")},
         TestResult::PassedWithFindings,
         Tester::External,
         QStringLiteral("Red team reached the payment hub's operator console; remediated.")}));

    // Exit plans for every provider of a critical function but one; those tested and reviewed within a year.
    int n = 0;
    for (const QString &provider : map.providersOfCriticalFunctions()) {
        if (provider == providerWithoutExitPlan)
            continue;
        add(exitPlanType().record({provider,
                                   QStringLiteral("Exit plan %1").arg(provider),
                                   ago(2 + n % 8, 5),
                                   ago(1 + n % 6, 20),
                                   QStringLiteral("Re-tender to a comparable provider")}));
        ++n;
    }

    add(legacySystemType().record({QStringLiteral("APP-TELLER"),
                                   ago(10),
                                   ago(6),
                                   QStringLiteral("Vendor support ended; replacement by the staff portal planned.")}));
    add(riskAcceptanceType().record(
        {QStringLiteral("RA-CARD-HSM"),
         QStringLiteral("cif-no-spof"),
         {QStringLiteral("F-CARD"), QStringLiteral("INF-HSM-CARD")},
         QStringLiteral("A second card HSM in Berlin is budgeted; until then the HSM vendor keeps a spare on site."),
         QStringLiteral("Chief Risk Officer"),
         ago(14),
         ago(2)}));

    add(settingType().record({QStringLiteral("function_classification_reviewed"), ago(4).toString(Qt::ISODate)}));
    add(settingType().record({QStringLiteral("ict_risk_framework_reviewed"), ago(3).toString(Qt::ISODate)}));
    add(settingType().record({QStringLiteral("management_body_ict_report"), ago(2).toString(Qt::ISODate)}));
    add(settingType().record({QStringLiteral("tlpt_designated"), QStringLiteral("yes")}));
}

/// The people of the demo's sign-off history. They are fictitious, and so are their accounts: the audit trail names
/// them as the demo wrote it (docs/assessment.md, "The demo's history").
Actor persona(const char *user, const char *name)
{
    return Actor{QString::fromLatin1(user), QString(), QString::fromUtf8(name)};
}

/// Records a run of the DORA catalogue on the register as it is now, as assessment `a` (its dates counted from
/// `day`), in the preparer's name.
Result<void> recordDemoRun(RegisterService &service, const Assessment &a, const Actor &preparer, const QDate &day)
{
    const RegisterData data = service.snapshot();
    const CheckContext context(data, analysis::GraphSnapshot::fromRegister(data), day, {}, nullptr, {});
    auto run = runAssessment(CatalogueLoader::dora(), context);
    if (!run)
        return run.error();
    const ChangeSet change
        = recordRun(*run, a, service.records(requirementResultType()), service.records(findingType()), day);
    if (auto written = service.apply(change, preparer); !written)
        return written.error();
    return {};
}

/// The demo's history after its map was drawn, in the order it happened: the previous half-year's assessment, run a
/// month before `today` (every input of the demo is older than that), submitted by the ICT risk officer and approved
/// by the chief risk officer (four eyes) within the following week; then the recovery objectives of the critical
/// functions were set, a change of the map, so that sign-off has lapsed; and the current half-year's assessment, run
/// `today`, is a draft, with two remediation actions under way (one overdue). The audit trail records all of it on the
/// day the demo is made.
Result<void> addHistory(RegisterService &service, const QDate &today)
{
    const Actor officer = persona("m.keller", "Miriam Keller (demo persona: ICT risk officer)");
    const Actor cro = persona("t.brandt", "Thomas Brandt (demo persona: chief risk officer)");
    const Actor continuity = persona("j.okafor", "Jide Okafor (demo persona: head of IT continuity)");
    const Catalogue &dora = CatalogueLoader::dora();

    Assessment first;
    first.key = QStringLiteral("A-H1");
    first.title = DemoRegister::tr("DORA self-assessment, previous half-year");
    first.catalogue = dora.id;
    first.catalogueVersion = dora.version;
    const QDate run = today.addMonths(-1);
    first.periodStart = run.addMonths(-6).addDays(1);
    first.periodEnd = run;
    first.preparer = officer.user;
    if (auto recorded = recordDemoRun(service, first, officer, run); !recorded)
        return recorded.error();
    auto stored = [&service](const QString &key) {
        return TableType<Assessment>::value(service.records(assessmentType()).value(key));
    };
    auto submitted = submission(stored(first.key), officer, run.addDays(3));
    if (!submitted)
        return submitted.error();
    if (auto written = service.apply(*submitted, officer); !written)
        return written.error();
    auto approved = approval(
        stored(first.key), cro, run.addDays(7), service.auditHead(), service.records(requirementResultType()));
    if (!approved)
        return approved.error();
    if (auto written = service.apply(*approved, cro); !written)
        return written.error();

    // After the approval: recovery objectives on every critical function (RTO equal to its tolerable downtime, RPO to
    // its tolerable data loss). A material change of the map: the first sign-off lapses.
    ChangeSet objectives;
    const QStringList keys = service.sortedKeys();
    for (const QString &key : keys) {
        const Element *e = service.element(key);
        if (!e->isFunction() || !e->isCritical() || !e->mtdMin || !e->mtdlMin)
            continue;
        Element changed = *e;
        changed.rtoMin = *e->mtdMin;
        changed.rpoMin = *e->mtdlMin;
        objectives.add(changed, ChangeSet::Mode::Update);
    }
    if (auto written = service.apply(objectives, continuity); !written)
        return written.error();

    Assessment second;
    second.key = QStringLiteral("A-H2");
    second.title = DemoRegister::tr("DORA self-assessment, current half-year");
    second.catalogue = dora.id;
    second.catalogueVersion = dora.version;
    second.periodStart = run.addDays(1);
    second.periodEnd = today;
    second.preparer = officer.user;
    if (auto recorded = recordDemoRun(service, second, officer, today); !recorded)
        return recorded.error();

    // Remediation under way: a second card HSM (its due date passed, so the action is overdue) and an exit plan for
    // the messaging provider, each linked to the finding it answers (which moves to in_remediation).
    struct Planned {
        const char *key, *title, *owner;
        QDate due;
        ActionStatus status;
        const char *check;
        QStringList subjects;
    };
    const std::vector<Planned> planned{
        {"ACT-HSM-BER",
         QT_TRANSLATE_NOOP("DemoRegister", "Install the second card HSM in Berlin"),
         "Card Services",
         today.addDays(-10),
         ActionStatus::InProgress,
         "cif-no-spof",
         {QStringLiteral("F-CARD"), QStringLiteral("INF-HSM-CARD")}},
        {"ACT-EXIT-MRD",
         QT_TRANSLATE_NOOP("DemoRegister", "Write and test an exit plan for Meridian Interbank Messaging"),
         "Vendor Management",
         today.addMonths(2),
         ActionStatus::Open,
         "provider-exit-plan",
         {providerWithoutExitPlan}},
    };
    for (const Planned &p : planned) {
        RemediationAction action;
        action.key = QString::fromLatin1(p.key);
        action.title = DemoRegister::tr(p.title);
        action.owner = QString::fromLatin1(p.owner);
        action.due = p.due;
        action.status = p.status;
        action.findings = {findingKey(QString::fromLatin1(p.check), p.subjects)};
        auto change = recordAction(action, service.records(findingType()));
        if (!change)
            return change.error();
        if (auto written = service.apply(*change, officer); !written)
            return written.error();
    }
    return {};
}

/// The demo's evidence files (small generated texts stored inside the register), dated back from `today`: the
/// treasury's continuity test report expired with the test it reports (the one expired piece), an exit plan, the TLPT
/// summary and the ICT risk policy.
void addEvidence(ChangeSet &changes, QDate today)
{
    const DemoMap map(changes);
    auto ago = [today](int months, int days = 0) { return today.addMonths(-months).addDays(-days); };
    QString exitProvider;
    for (const QString &provider : map.providersOfCriticalFunctions()) {
        if (provider != providerWithoutExitPlan) {
            exitProvider = provider;
            break;
        }
    }
    struct Item {
        const char *key, *title, *file;
        QByteArray text;
        QDate effective, expires;
        QStringList requirements, elements;
    };
    const QDate bcpTested = ago(15);
    const QDate tlpt = ago(20);
    const QDate policy = ago(3);
    const std::vector<Item> items{
        {"EV-BCP-TREAS",
         "Treasury continuity test report",
         "bcp-test-report-treasury.md",
         QStringLiteral("# Continuity test: treasury\n\nDate: %1\n\nFail-over of the market data feed to the second "
                        "site needed manual steps. Result: passed with findings; retest planned.\n")
             .arg(bcpTested.toString(Qt::ISODate))
             .toUtf8(),
         bcpTested,
         bcpTested.addMonths(12),
         {QStringLiteral("dora-11-6")},
         {overdueContinuityTest}},
        {"EV-EXIT-PLAN",
         "Exit plan",
         "exit-plan.md",
         QStringLiteral("# Exit plan %1\n\nTrigger, alternative provider, data return and a tested timeline of 90 "
                        "days.\n")
             .arg(exitProvider)
             .toUtf8(),
         ago(1, 20),
         ago(1, 20).addMonths(12),
         {QStringLiteral("dora-28-8")},
         {exitProvider}},
        {"EV-TLPT-SUMMARY",
         "TLPT summary report",
         "tlpt-summary.txt",
         QStringLiteral("Threat-led penetration test, %1\nScope: core banking, online banking, instant payments, "
                        "payment hub.\nThe red team reached the payment hub's operator console; remediated.\n")
             .arg(tlpt.toString(Qt::ISODate))
             .toUtf8(),
         tlpt,
         tlpt.addMonths(36),
         {QStringLiteral("dora-26-1")},
         {QStringLiteral("APP-CORE"), QStringLiteral("APP-PAYHUB")}},
        {"EV-ICT-POLICY",
         "ICT risk management policy",
         "ict-risk-policy.md",
         QStringLiteral("# ICT risk management policy\n\nApproved by the management body on %1. Reviewed yearly.\n")
             .arg(policy.toString(Qt::ISODate))
             .toUtf8(),
         policy,
         policy.addMonths(12),
         {QStringLiteral("dora-6-1")},
         {}},
    };
    for (const Item &item : items) {
        EvidenceFile file;
        file.key = QString::fromLatin1(item.key);
        file.title = QString::fromLatin1(item.title);
        file.fileName = QString::fromLatin1(item.file);
        file.bytes = item.text;
        file.effective = item.effective;
        file.expires = item.expires;
        file.requirements = item.requirements;
        file.elements = item.elements;
        file.addedBy = QStringLiteral("m.keller"); // the demo persona of the ICT risk officer (addHistory)
        auto evidence = evidenceRecord(file);
        Q_ASSERT(evidence); // the demo's own texts
        if (!evidence)
            continue;
        changes.addContent(file.bytes);
        changes.add(evidenceType().record(std::move(*evidence)), ChangeSet::Mode::Insert);
    }
}

} // namespace

QByteArray DemoRegister::json()
{
    QFile file(QStringLiteral(":/bulwark/demo/demo-bank.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<ChangeSet> DemoRegister::changes(QDate today)
{
    auto changes = exchange::JsonFormat::parse(json(), QStringLiteral("demo-bank.json"));
    if (!changes)
        return changes.error();
    addAssessmentInputs(*changes, today);
    addEvidence(*changes, today);
    return changes;
}

Result<ChangeSummary> DemoRegister::create(const QString &path, QDate today)
{
    auto demo = changes(today);
    if (!demo)
        return demo.error();
    // A new file only: written under a temporary name and put in place whole.
    return RegisterService::create(path, [&](RegisterService &service) -> Result<ChangeSummary> {
        auto summary = service.apply(*demo);
        if (!summary)
            return summary;
        if (auto history = addHistory(service, today); !history)
            return history.error();
        return summary;
    });
}

} // namespace bulwark
