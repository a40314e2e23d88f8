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
#include "model/roi/records.h"

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

/// The demo group's register of information (docs/roi.md, "The demo"), dated back from `today`: Demo Bank AG with a
/// subsidiary (Demo Invest GmbH), the group's IT subsidiary as intra-group ICT provider and a branch in Vienna;
/// nineteen arrangements, among them an overarching Northwind framework with two subsequent contracts, an
/// intra-group arrangement that relies on the external Bluepeak contract and a Postwerk contract that expired four
/// months ago; Helix's chain reaches rank 3 (Helix, Northwind, Rhein-Main Colocation) through the map.
void addRegisterOfInformation(ChangeSet &changes, QDate today)
{
    using namespace roi;
    auto add = [&changes](const Record &record) { changes.add(record, ChangeSet::Mode::Insert); };
    const QString bank = QStringLiteral("529900DEMOBANKAG0131");
    const QString invest = QStringLiteral("529900DEMOINVEST0250");
    const QString it = QStringLiteral("529900DEMOITSERV0397");
    const QString eur = QStringLiteral("EUR");
    const QString de = QStringLiteral("DE");
    const QDate updated = today.addMonths(-1);
    const QDate integrated = QDate(today.year() - 1, 1, 17);

    add(entityType().record({bank,
                             QStringLiteral("Demo Bank AG"),
                             de,
                             QStringLiteral("credit_institution"),
                             QStringLiteral("ultimate_parent"),
                             {},
                             updated,
                             integrated,
                             {},
                             eur,
                             QStringLiteral("12400000000"),
                             true,
                             QStringLiteral("BaFin")}));
    add(entityType().record({invest,
                             QStringLiteral("Demo Invest GmbH"),
                             de,
                             QStringLiteral("investment_firm"),
                             QStringLiteral("subsidiary"),
                             bank,
                             updated,
                             integrated,
                             {},
                             eur,
                             QStringLiteral("850000000"),
                             false,
                             {}}));
    add(entityType().record({it,
                             QStringLiteral("Demo IT Services GmbH"),
                             de,
                             QStringLiteral("intra_group_ict_provider"),
                             QStringLiteral("subsidiary"),
                             bank,
                             updated,
                             integrated,
                             {},
                             {},
                             {},
                             false,
                             {}}));
    add(branchType().record({QStringLiteral("DEMOBANK-WIEN"),
                             bank,
                             QStringLiteral("Demo Bank AG, Zweigniederlassung Wien"),
                             QStringLiteral("AT")}));

    // Arrangements: reference, type, overarching, provider, annual cost, years since the start, governing law,
    // notice periods (days) for the bank and for the provider, who signed it, what it relies on, branches.
    struct Contract {
        const char *reference, *type, *overarching, *provider, *cost;
        int years;
        const char *law;
        int noticeEntity, noticeProvider;
        QStringList signing, reliesOn, branches;
    };
    const QList<Contract> contracts{
        {"C-AZR-2020", "standalone", "", "PRV-AZR", "310000", 6, "DE", 90, 180, {}, {}, {}},
        {"C-BLP-2022", "standalone", "", "PRV-BLP", "420000", 4, "DE", 90, 90, {it}, {}, {}},
        {"C-DIT-2023",
         "standalone",
         "",
         "PRV-DIT",
         "1200000",
         3,
         "DE",
         180,
         180,
         {},
         {QStringLiteral("C-BLP-2022")},
         {}},
        {"C-HLX-2019", "standalone", "", "PRV-HLX", "2400000", 7, "LU", 180, 365, {}, {}, {}},
        {"C-KES-2015", "standalone", "", "PRV-KES", "1850000", 11, "DE", 365, 730, {}, {}, {}},
        {"C-MRD-2018", "standalone", "", "PRV-MRD", "380000", 8, "BE", 180, 365, {}, {}, {}},
        {"C-NWC-2021", "overarching", "", "PRV-NWC", "0", 5, "IE", 180, 365, {}, {}, {}},
        {"C-NWC-2021-FRA", "subsequent", "C-NWC-2021", "PRV-NWC", "1650000", 5, "IE", 90, 365, {}, {}, {}},
        {"C-NWC-2022-DUB", "subsequent", "C-NWC-2021", "PRV-NWC", "540000", 4, "IE", 90, 365, {}, {}, {}},
        {"C-ORB-2021", "standalone", "", "PRV-ORB", "275000", 5, "FR", 90, 180, {bank, invest}, {}, {}},
        {"C-PST-2016", "standalone", "", "PRV-PST", "60000", 10, "DE", 90, 90, {}, {}, {}},
        {"C-PST-2025", "standalone", "", "PRV-PST", "72000", 0, "DE", 90, 90, {}, {}, {}},
        {"C-QID-2022", "standalone", "", "PRV-QID", "190000", 4, "FI", 90, 180, {}, {}, {}},
        {"C-RMC-2017", "standalone", "", "PRV-RMC", "880000", 9, "DE", 365, 365, {}, {}, {}},
        {"C-SNT-2021", "standalone", "", "PRV-SNT", "240000", 5, "IE", 90, 180, {}, {}, {}},
        {"C-SPC-2019", "standalone", "", "PRV-SPC", "610000", 7, "DE", 365, 365, {}, {}, {}},
        {"C-TAB-2020", "standalone", "", "PRV-TAB", "150000", 6, "BE", 90, 180, {}, {}, {}},
        {"C-TLK-2018",
         "standalone",
         "",
         "PRV-TLK",
         "520000",
         8,
         "DE",
         90,
         180,
         {},
         {},
         {QStringLiteral("DEMOBANK-WIEN")}},
        {"C-VLT-2021", "standalone", "", "PRV-VLT", "130000", 5, "AT", 90, 180, {}, {}, {}},
    };
    // The Postwerk contract of 2016 expired four months ago and was replaced the day after.
    const QDate expired = today.addMonths(-4);
    for (const Contract &c : contracts) {
        Arrangement a;
        a.reference = QString::fromLatin1(c.reference);
        a.type = QString::fromLatin1(c.type);
        a.overarching = QString::fromLatin1(c.overarching);
        a.provider = QString::fromLatin1(c.provider);
        a.currency = eur;
        a.annualCost = QString::fromLatin1(c.cost);
        a.start = QDate(today.year() - c.years, 1 + c.years % 12, 1);
        if (a.reference == u"C-PST-2016") {
            a.end = expired;
            a.termination = QStringLiteral("expired");
        } else if (a.reference == u"C-PST-2025") {
            a.start = expired.addDays(1);
        }
        a.noticeEntity = c.noticeEntity;
        a.noticeProvider = c.noticeProvider;
        a.governingLaw = QString::fromLatin1(c.law);
        a.signing = c.signing;
        a.reliesOn = c.reliesOn;
        a.branches = c.branches;
        add(arrangementType().record(std::move(a)));
    }

    // ICT services: arrangements, type, provided in, data stored (and where), processed in, sensitiveness,
    // reliance, substitutability (empty: the provider's), why hard to replace, months since the last audit,
    // reintegration, impact of discontinuing, alternatives identified and who.
    struct Service {
        const char *element;
        QStringList arrangements;
        const char *type, *providedIn;
        bool stores;
        const char *storedIn, *processedIn, *sensitiveness, *reliance, *substitutability, *reason;
        int audited;
        const char *reintegration, *impact, *alternatives, *names;
    };
    auto refs = [](const char *a, const char *b = nullptr) {
        QStringList list{QString::fromLatin1(a)};
        if (b)
            list << QString::fromLatin1(b);
        return list;
    };
    const QList<Service> services{
        {"SVC-AZR-DWH",
         refs("C-AZR-2020"),
         "S18",
         "NL",
         true,
         "NL",
         "NL",
         "medium",
         "material",
         "",
         "",
         14,
         "difficult",
         "medium",
         "yes",
         "Northwind Cloud SE"},
        {"SVC-AZR-WORK",
         refs("C-AZR-2020"),
         "S19",
         "NL",
         true,
         "NL",
         "NL",
         "medium",
         "material",
         "",
         "",
         14,
         "difficult",
         "medium",
         "yes",
         "Northwind Cloud SE"},
        {"SVC-BLP-DESK",
         refs("C-BLP-2022"),
         "S03",
         "IN",
         false,
         "",
         "IN",
         "low",
         "low",
         "",
         "",
         20,
         "easy",
         "low",
         "yes",
         "Demo IT Services GmbH (in-house)"},
        {"SVC-DIT-OPS",
         refs("C-DIT-2023"),
         "S14",
         "DE",
         true,
         "DE",
         "DE",
         "medium",
         "material",
         "",
         "",
         8,
         "not_applicable",
         "medium",
         "yes",
         "Bluepeak Managed Services Pvt Ltd"},
        {"SVC-HLX-PROC",
         refs("C-HLX-2019"),
         "S07",
         "LU",
         true,
         "LU",
         "LU",
         "high",
         "full",
         "",
         "migration_difficulties",
         10,
         "highly_complex",
         "high",
         "yes",
         "two card processors in the EU (market survey)"},
        {"SVC-HLX-TOKEN",
         refs("C-HLX-2019"),
         "S19",
         "LU",
         true,
         "LU",
         "LU",
         "high",
         "full",
         "",
         "migration_difficulties",
         10,
         "highly_complex",
         "high",
         "yes",
         "two card processors in the EU (market survey)"},
        {"SVC-KES-SUP",
         refs("C-KES-2015"),
         "S14",
         "DE",
         true,
         "DE",
         "DE",
         "high",
         "full",
         "",
         "both",
         16,
         "highly_complex",
         "high",
         "no",
         ""},
        {"SVC-MRD-NET",
         refs("C-MRD-2018"),
         "S11",
         "BE",
         true,
         "BE",
         "BE",
         "high",
         "full",
         "",
         "no_alternatives",
         30,
         "highly_complex",
         "high",
         "no",
         ""},
        {"SVC-NWC-IAAS-DUB",
         refs("C-NWC-2022-DUB"),
         "S17",
         "IE",
         true,
         "IE",
         "IE",
         "high",
         "full",
         "",
         "migration_difficulties",
         9,
         "highly_complex",
         "high",
         "yes",
         "Azurite Cloud Services B.V."},
        {"SVC-NWC-IAAS-FRA",
         refs("C-NWC-2021-FRA"),
         "S17",
         "DE",
         true,
         "DE",
         "DE",
         "high",
         "full",
         "",
         "migration_difficulties",
         9,
         "highly_complex",
         "high",
         "yes",
         "Azurite Cloud Services B.V."},
        {"SVC-NWC-KMS",
         refs("C-NWC-2021-FRA"),
         "S18",
         "DE",
         true,
         "DE",
         "DE",
         "high",
         "full",
         "",
         "migration_difficulties",
         9,
         "highly_complex",
         "high",
         "yes",
         "Azurite Cloud Services B.V."},
        {"SVC-NWC-OBJ",
         refs("C-NWC-2021-FRA"),
         "S17",
         "DE",
         true,
         "DE",
         "DE",
         "high",
         "full",
         "",
         "migration_difficulties",
         9,
         "highly_complex",
         "high",
         "yes",
         "Azurite Cloud Services B.V."},
        {"SVC-ORB-FEED",
         refs("C-ORB-2021"),
         "S05",
         "FR",
         false,
         "",
         "FR",
         "low",
         "material",
         "",
         "",
         22,
         "easy",
         "medium",
         "yes",
         "two market data vendors"},
        {"SVC-PST-MSG",
         refs("C-PST-2016", "C-PST-2025"),
         "S10",
         "DE",
         false,
         "",
         "DE",
         "low",
         "low",
         "",
         "",
         18,
         "easy",
         "low",
         "yes",
         "three messaging providers in Germany"},
        {"SVC-QID-SCA",
         refs("C-QID-2022"),
         "S19",
         "FI",
         true,
         "FI",
         "FI",
         "high",
         "material",
         "",
         "",
         12,
         "difficult",
         "high",
         "yes",
         "two authentication providers"},
        {"SVC-RMC-COLO",
         refs("C-RMC-2017"),
         "S07",
         "DE",
         false,
         "",
         "DE",
         "low",
         "full",
         "",
         "",
         11,
         "difficult",
         "high",
         "yes",
         "Spree Colocation GmbH"},
        {"SVC-SNT-SCREEN",
         refs("C-SNT-2021"),
         "S19",
         "IE",
         true,
         "IE",
         "IE",
         "high",
         "material",
         "",
         "",
         13,
         "difficult",
         "medium",
         "yes",
         "two screening providers"},
        {"SVC-SPC-COLO",
         refs("C-SPC-2019"),
         "S07",
         "DE",
         false,
         "",
         "DE",
         "low",
         "full",
         "",
         "",
         11,
         "difficult",
         "high",
         "yes",
         "Rhein-Main Colocation GmbH"},
        {"SVC-TAB-REG",
         refs("C-TAB-2020"),
         "S19",
         "BE",
         true,
         "BE",
         "BE",
         "medium",
         "material",
         "",
         "",
         24,
         "difficult",
         "medium",
         "yes",
         "two reporting software vendors"},
        {"SVC-TLK-CLOUDLINK",
         refs("C-TLK-2018"),
         "S10",
         "DE",
         false,
         "",
         "DE",
         "low",
         "full",
         "",
         "migration_difficulties",
         15,
         "not_applicable",
         "high",
         "yes",
         "a second carrier (tender planned)"},
        {"SVC-TLK-DCI",
         refs("C-TLK-2018"),
         "S10",
         "DE",
         false,
         "",
         "DE",
         "low",
         "full",
         "",
         "migration_difficulties",
         15,
         "not_applicable",
         "high",
         "yes",
         "a second carrier (tender planned)"},
        {"SVC-TLK-INET-BER",
         refs("C-TLK-2018"),
         "S10",
         "DE",
         false,
         "",
         "DE",
         "low",
         "full",
         "",
         "migration_difficulties",
         15,
         "not_applicable",
         "high",
         "yes",
         "a second carrier (tender planned)"},
        {"SVC-TLK-INET-FRA",
         refs("C-TLK-2018"),
         "S10",
         "DE",
         false,
         "",
         "DE",
         "low",
         "full",
         "",
         "migration_difficulties",
         15,
         "not_applicable",
         "high",
         "yes",
         "a second carrier (tender planned)"},
        {"SVC-TLK-SDWAN",
         refs("C-TLK-2018"),
         "S11",
         "DE",
         false,
         "",
         "DE",
         "low",
         "material",
         "",
         "migration_difficulties",
         15,
         "not_applicable",
         "medium",
         "yes",
         "a second carrier (tender planned)"},
        {"SVC-VLT-VAULT",
         refs("C-VLT-2021"),
         "S09",
         "AT",
         true,
         "AT",
         "AT",
         "high",
         "material",
         "",
         "",
         19,
         "difficult",
         "high",
         "yes",
         "Northwind Cloud SE (object lock)"},
    };
    for (const Service &c : services) {
        ServiceTerms t;
        t.element = QString::fromLatin1(c.element);
        t.arrangements = c.arrangements;
        t.type = QString::fromLatin1(c.type);
        t.providedIn = QString::fromLatin1(c.providedIn);
        t.storesData = c.stores;
        t.storedIn = QString::fromLatin1(c.storedIn);
        t.processedIn = QString::fromLatin1(c.processedIn);
        t.sensitiveness = QString::fromLatin1(c.sensitiveness);
        t.reliance = QString::fromLatin1(c.reliance);
        t.substitutability = QString::fromLatin1(c.substitutability);
        t.substitutionReason = QString::fromLatin1(c.reason);
        t.lastAudit = today.addMonths(-c.audited);
        t.reintegration = QString::fromLatin1(c.reintegration);
        t.impact = QString::fromLatin1(c.impact);
        t.alternatives = QString::fromLatin1(c.alternatives);
        t.alternativeNames = QString::fromLatin1(c.names);
        add(serviceTermsType().record(std::move(t)));
    }

    // Functions: licensed activity (EBA codes), the entity that performs them, why they are critical, impact.
    struct Function {
        const char *element, *activity, *reasons, *impact;
        bool invest;
    };
    const QList<Function> functions{
        {"F-AML",
         "eba_TA:x162",
         "Screening failures would breach sanctions law and stop account opening.",
         "high",
         false},
        {"F-CARD",
         "eba_TA:x224",
         "Card payments of 410,000 customers; an outage is visible within minutes.",
         "high",
         false},
        {"F-CORE",
         "eba_TA:x162",
         "The ledger of all deposits; every other banking function posts to it.",
         "high",
         false},
        {"F-CUST", "eba_TA:x162", "", "medium", false},
        {"F-HR", "eba_TA:x162", "", "low", false},
        {"F-INSTANT", "eba_TA:x222", "Instant payments must be available around the clock (SCT Inst).", "high", false},
        {"F-LEND", "eba_TA:x163", "", "medium", false},
        {"F-ONLINE",
         "eba_TA:x220",
         "The main channel of retail customers to their accounts and payments.",
         "high",
         false},
        {"F-PAY",
         "eba_TA:x28",
         "SEPA payments of retail and SME customers; settlement deadlines apply.",
         "high",
         false},
        {"F-REGREP", "eba_TA:x162", "", "medium", false},
        {"F-SEC", "eba_TA:x133", "", "medium", true},
        {"F-TREAS",
         "eba_TA:x168",
         "Liquidity management keeps the bank within its regulatory liquidity ratios.",
         "high",
         false},
    };
    for (const Function &f : functions) {
        FunctionTerms t;
        t.element = QString::fromLatin1(f.element);
        t.activity = QString::fromLatin1(f.activity);
        t.entity = f.invest ? invest : QString();
        t.reasons = QString::fromLatin1(f.reasons);
        t.assessed = today.addMonths(-4);
        t.impact = QString::fromLatin1(f.impact);
        add(functionTermsType().record(std::move(t)));
    }

    // The group's IT subsidiary is an entity in scope: an intra-group provider identified by its LEI.
    ProviderTerms dit;
    dit.element = QStringLiteral("PRV-DIT");
    dit.entity = it;
    add(providerTermsType().record(std::move(dit)));

    // The bank's own meaning of the scales it uses (B_99.01).
    const QList<std::pair<const char *, const char *>> definitions{
        {"c0010", "One contract that stands alone, with its own terms."},
        {"c0020", "A framework contract whose terms apply to the contracts made under it."},
        {"c0030", "A contract made under a framework contract."},
        {"c0040", "Public or internal data whose disclosure does no harm."},
        {"c0050", "Confidential data of the bank, no customer data."},
        {"c0060", "Customer, payment or authentication data."},
        {"c0070", "The function can be paused for a week without harm to customers."},
        {"c0080", "Customers notice within a day; no breach of law."},
        {"c0090", "Customers notice within hours, or the bank breaches the law or its licence."},
        {"c0100", "No other provider offers it, or leaving would take more than two years."},
        {"c0110", "Leaving takes one to two years and a major project."},
        {"c0120", "Leaving takes three to twelve months."},
        {"c0130", "Leaving takes less than three months."},
        {"c0140", "The bank can run it itself within three months."},
        {"c0150", "The bank can run it itself within a year."},
        {"c0160", "The bank could run it itself only with a multi-year programme."},
        {"c0170", "Losing the service is an inconvenience."},
        {"c0180", "Losing the service degrades a function."},
        {"c0190", "Losing the service stops a critical or important function."},
    };
    for (const auto &[column, text] : definitions)
        add(definitionType().record({QString::fromLatin1(column), QString::fromLatin1(text)}));
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
    addRegisterOfInformation(*changes, today);
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
