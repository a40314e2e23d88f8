// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/assessment/inputs.h"

#include "model/assessment/words.h"
#include "model/register/fieldkinds.h"

#include <QCoreApplication>

#include <array>

namespace bulwark::assessment {

namespace {

constexpr std::array<words::Word, testTypeCount> testTypeWords{{
    {"vulnerability_assessment", QT_TRANSLATE_NOOP("Assessment", "Vulnerability assessment or scan")},
    {"open_source_analysis", QT_TRANSLATE_NOOP("Assessment", "Open-source analysis")},
    {"network_security_assessment", QT_TRANSLATE_NOOP("Assessment", "Network security assessment")},
    {"gap_analysis", QT_TRANSLATE_NOOP("Assessment", "Gap analysis")},
    {"physical_security_review", QT_TRANSLATE_NOOP("Assessment", "Physical security review")},
    {"questionnaire", QT_TRANSLATE_NOOP("Assessment", "Questionnaire or scanning software")},
    {"source_code_review", QT_TRANSLATE_NOOP("Assessment", "Source code review")},
    {"scenario_based_test", QT_TRANSLATE_NOOP("Assessment", "Scenario-based test")},
    {"compatibility_test", QT_TRANSLATE_NOOP("Assessment", "Compatibility test")},
    {"performance_test", QT_TRANSLATE_NOOP("Assessment", "Performance test")},
    {"end_to_end_test", QT_TRANSLATE_NOOP("Assessment", "End-to-end test")},
    {"penetration_test", QT_TRANSLATE_NOOP("Assessment", "Penetration test")},
    {"tlpt", QT_TRANSLATE_NOOP("Assessment", "Threat-led penetration test (TLPT)")},
    {"business_continuity_test", QT_TRANSLATE_NOOP("Assessment", "Business continuity or recovery plan test")},
}};
constexpr std::array<words::Word, 3> testResultWords{{
    {"passed", QT_TRANSLATE_NOOP("Assessment", "Passed")},
    {"passed_with_findings", QT_TRANSLATE_NOOP("Assessment", "Passed with findings")},
    {"failed", QT_TRANSLATE_NOOP("Assessment", "Failed")},
}};
constexpr std::array<words::Word, 2> testerWords{{
    {"internal", QT_TRANSLATE_NOOP("Assessment", "Internal")},
    {"external", QT_TRANSLATE_NOOP("Assessment", "External")},
}};

using fieldkinds::Choices;

const Choices<TestType> testTypeChoices{
    testTypeCount,
    [](TestType t) { return token(t); },
    &testTypeFromToken,
    [](TestType t) { return displayName(t); },
};
const Choices<TestResult> testResultChoices{
    3,
    [](TestResult r) { return token(r); },
    &testResultFromToken,
    [](TestResult r) { return displayName(r); },
};
const Choices<Tester> testerChoices{
    2,
    [](Tester t) { return token(t); },
    &testerFromToken,
    [](Tester t) { return displayName(t); },
};

} // namespace

QString token(TestType type)
{
    return words::token(testTypeWords, int(type));
}
QString displayName(TestType type)
{
    return words::name(testTypeWords, int(type));
}
std::optional<TestType> testTypeFromToken(QStringView token)
{
    return words::find<TestType>(testTypeWords, token);
}
QString token(TestResult result)
{
    return words::token(testResultWords, int(result));
}
QString displayName(TestResult result)
{
    return words::name(testResultWords, int(result));
}
std::optional<TestResult> testResultFromToken(QStringView token)
{
    return words::find<TestResult>(testResultWords, token);
}
QString token(Tester tester)
{
    return words::token(testerWords, int(tester));
}
QString displayName(Tester tester)
{
    return words::name(testerWords, int(tester));
}
std::optional<Tester> testerFromToken(QStringView token)
{
    return words::find<Tester>(testerWords, token);
}

// clang-format off
const TableType<ResilienceTest> &resilienceTestType()
{
    using namespace fieldkinds;
    static const TableType<ResilienceTest> type(
        QStringLiteral("resilience_test"), QT_TRANSLATE_NOOP("EntityType", "resilience test"),
        FieldTable<ResilienceTest>({
            textField("key", &ResilienceTest::key,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Key"), .column = QT_TRANSLATE_NOOP("Fields", "Key"),
                 .required = true}),
            choiceField("type", &ResilienceTest::type, testTypeChoices,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Type"), .column = QT_TRANSLATE_NOOP("Fields", "Type"),
                 .required = true}),
            dateField("date", &ResilienceTest::date,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Date"), .column = QT_TRANSLATE_NOOP("Fields", "Date"),
                 .required = true}),
            listField("scope", &ResilienceTest::scope,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Scope"),
                 .placeholder = QT_TRANSLATE_NOOP("Fields", "element keys, separated by ;"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Scope")}),
            choiceField("result", &ResilienceTest::result, testResultChoices,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Result"), .column = QT_TRANSLATE_NOOP("Fields", "Result"),
                 .required = true}),
            optionalChoiceField("tester", &ResilienceTest::tester, testerChoices,
                {.label = QT_TRANSLATE_NOOP("Fields", "T&ester"), .column = QT_TRANSLATE_NOOP("Fields", "Tester")}),
            textField("findings", &ResilienceTest::findings,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Findings")}, FieldType::LongText),
        }),
        QStringLiteral("key"),
        {"SELECT key, type, date, scope, result, tester, findings FROM resilience_test ORDER BY key",
         "INSERT INTO resilience_test (key, type, date, scope, result, tester, findings) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
         "UPDATE resilience_test SET type = ?2, date = ?3, scope = ?4, result = ?5, tester = ?6, findings = ?7 "
         "WHERE key = ?1",
         "DELETE FROM resilience_test WHERE key = ?1"},
        {},
        [](const ResilienceTest &t) -> Result<void> {
            for (const QString &key : t.scope) {
                if (auto r = entitytype::checkKey(key, QStringLiteral("scope")); !r)
                    return r;
            }
            return {};
        });
    return type;
}

const TableType<ExitPlan> &exitPlanType()
{
    using namespace fieldkinds;
    static const TableType<ExitPlan> type(
        QStringLiteral("exit_plan"), QT_TRANSLATE_NOOP("EntityType", "exit plan"),
        FieldTable<ExitPlan>({
            textField("provider", &ExitPlan::provider,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Provider"), .column = QT_TRANSLATE_NOOP("Fields", "Provider"),
                 .required = true}),
            textField("document", &ExitPlan::document,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Document"), .column = QT_TRANSLATE_NOOP("Fields", "Document")}),
            dateField("tested", &ExitPlan::tested,
                {.label = QT_TRANSLATE_NOOP("Fields", "Last &tested"), .column = QT_TRANSLATE_NOOP("Fields", "Tested")}),
            dateField("reviewed", &ExitPlan::reviewed,
                {.label = QT_TRANSLATE_NOOP("Fields", "Last &reviewed"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Reviewed")}),
            textField("alternative", &ExitPlan::alternative,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Alternative"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Alternative")}),
        }),
        QStringLiteral("provider"),
        {"SELECT provider, document, tested, reviewed, alternative FROM exit_plan ORDER BY provider",
         "INSERT INTO exit_plan (provider, document, tested, reviewed, alternative) VALUES (?1, ?2, ?3, ?4, ?5)",
         "UPDATE exit_plan SET document = ?2, tested = ?3, reviewed = ?4, alternative = ?5 WHERE provider = ?1",
         "DELETE FROM exit_plan WHERE provider = ?1"},
        {QStringLiteral("provider")});
    return type;
}

const TableType<LegacySystem> &legacySystemType()
{
    using namespace fieldkinds;
    static const TableType<LegacySystem> type(
        QStringLiteral("legacy_system"), QT_TRANSLATE_NOOP("EntityType", "legacy system"),
        FieldTable<LegacySystem>({
            textField("element", &LegacySystem::element,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Element"), .column = QT_TRANSLATE_NOOP("Fields", "Element"),
                 .required = true}),
            dateField("end_of_support", &LegacySystem::endOfSupport,
                {.label = QT_TRANSLATE_NOOP("Fields", "End of &support"),
                 .column = QT_TRANSLATE_NOOP("Fields", "End of support")}),
            dateField("risk_assessed", &LegacySystem::riskAssessed,
                {.label = QT_TRANSLATE_NOOP("Fields", "Last &risk assessment"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Risk assessed")}),
            textField("notes", &LegacySystem::notes,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Notes")}, FieldType::LongText),
        }),
        QStringLiteral("element"),
        {"SELECT element, end_of_support, risk_assessed, notes FROM legacy_system ORDER BY element",
         "INSERT INTO legacy_system (element, end_of_support, risk_assessed, notes) VALUES (?1, ?2, ?3, ?4)",
         "UPDATE legacy_system SET end_of_support = ?2, risk_assessed = ?3, notes = ?4 WHERE element = ?1",
         "DELETE FROM legacy_system WHERE element = ?1"},
        {QStringLiteral("element")});
    return type;
}

const TableType<RiskAcceptance> &riskAcceptanceType()
{
    using namespace fieldkinds;
    static const TableType<RiskAcceptance> type(
        QStringLiteral("risk_acceptance"), QT_TRANSLATE_NOOP("EntityType", "risk acceptance"),
        FieldTable<RiskAcceptance>({
            textField("key", &RiskAcceptance::key,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Key"), .column = QT_TRANSLATE_NOOP("Fields", "Key"),
                 .required = true}),
            textField("check", &RiskAcceptance::check,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Check"), .column = QT_TRANSLATE_NOOP("Fields", "Check"),
                 .required = true}),
            listField("subjects", &RiskAcceptance::subjects,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Subjects"),
                 .placeholder = QT_TRANSLATE_NOOP("Fields", "element keys, separated by ;"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Subjects")}),
            textField("reason", &RiskAcceptance::reason,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Reason"), .required = true}, FieldType::LongText),
            textField("approver", &RiskAcceptance::approver,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Approver"), .column = QT_TRANSLATE_NOOP("Fields", "Approver"),
                 .required = true}),
            dateField("accepted", &RiskAcceptance::accepted,
                {.label = QT_TRANSLATE_NOOP("Fields", "A&ccepted"), .column = QT_TRANSLATE_NOOP("Fields", "Accepted"),
                 .required = true}),
            dateField("review", &RiskAcceptance::review,
                {.label = QT_TRANSLATE_NOOP("Fields", "Re&view by"), .column = QT_TRANSLATE_NOOP("Fields", "Review by"),
                 .required = true}),
        }),
        QStringLiteral("key"),
        {"SELECT key, check_id, subjects, reason, approver, accepted, review FROM risk_acceptance ORDER BY key",
         "INSERT INTO risk_acceptance (key, check_id, subjects, reason, approver, accepted, review) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
         "UPDATE risk_acceptance SET check_id = ?2, subjects = ?3, reason = ?4, approver = ?5, accepted = ?6, "
         "review = ?7 WHERE key = ?1",
         "DELETE FROM risk_acceptance WHERE key = ?1"},
        {},
        [](const RiskAcceptance &a) -> Result<void> {
            if (a.review < a.accepted)
                return makeError(Error::Code::Invalid,
                                 QCoreApplication::translate("Assessment", "must not be before the acceptance date"),
                                 QStringLiteral("review"));
            return {};
        });
    return type;
}

const TableType<Setting> &settingType()
{
    using namespace fieldkinds;
    static const TableType<Setting> type(
        QStringLiteral("setting"), QT_TRANSLATE_NOOP("EntityType", "setting"),
        FieldTable<Setting>({
            textField("key", &Setting::key,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Key"), .column = QT_TRANSLATE_NOOP("Fields", "Key"),
                 .required = true}),
            textField("value", &Setting::value,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Value"), .column = QT_TRANSLATE_NOOP("Fields", "Value")}),
        }),
        QStringLiteral("key"),
        {"SELECT key, value FROM setting ORDER BY key",
         "INSERT INTO setting (key, value) VALUES (?1, ?2)",
         "UPDATE setting SET value = ?2 WHERE key = ?1",
         "DELETE FROM setting WHERE key = ?1"});
    return type;
}
// clang-format on

} // namespace bulwark::assessment
