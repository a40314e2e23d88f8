// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one explicit list of automated checks (like clazy's list of checks): id, title, reference, severity, function.
// An id never changes once shipped: findings, catalogues and risk acceptances name checks by it.
#include "model/assessment/checks.h"

namespace bulwark::assessment {

// clang-format off
const std::vector<CheckInfo> &checkList()
{
    using namespace checks;
    static const std::vector<CheckInfo> list{
        {"cif-mapped", QT_TRANSLATE_NOOP("Checks", "Critical functions are mapped down to providers and locations"),
         "DORA Art 8(1), 8(4), 8(5)", Severity::High, &criticalFunctionsMapped},
        {"dangling-references", QT_TRANSLATE_NOOP("Checks", "Nothing in the register names an element that does not exist"),
         "DORA Art 8(1), 8(6)", Severity::Medium, &danglingReferences},
        {"cif-tolerance-set", QT_TRANSLATE_NOOP("Checks", "Critical functions have an impact tolerance"),
         "DORA Art 6(8)(b); RTS 2024/1774 Art 3", Severity::High, &toleranceSet},
        {"cif-rto-rpo-set", QT_TRANSLATE_NOOP("Checks", "Critical functions have a recovery time and point objective"),
         "DORA Art 12(6); RTS 2024/1774 Art 24(1)", Severity::High, &recoveryObjectivesSet},
        {"cif-no-spof", QT_TRANSLATE_NOOP("Checks", "No single point of failure under a critical function"),
         "DORA Art 10(1), 11(5)", Severity::High, &noSinglePointOfFailure},
        {"redundancy-common-cause",
         QT_TRANSLATE_NOOP("Checks", "Redundancy under a critical function does not hang on one shared element"),
         "DORA Art 12(4), 10(1), 8(4)", Severity::High, &redundancyWithoutCommonCause},
        {"cif-double-failure",
         QT_TRANSLATE_NOOP("Checks", "No pair of failures takes a critical function down"),
         "DORA Art 11(5); RTS 2024/1774 Art 26(2)", Severity::Low, &noDoubleFailure},
        {"cif-recovery-within-tolerance",
         QT_TRANSLATE_NOOP("Checks", "Every single failure under a critical function is recovered within its tolerance"),
         "DORA Art 11(5), 12(6)", Severity::High, &recoveryWithinTolerance},
        {"cif-data-loss-within-tolerance",
         QT_TRANSLATE_NOOP("Checks", "The data a critical function needs can be restored within its data-loss tolerance"),
         "DORA Art 12(1), 12(6)", Severity::High, &dataLossWithinTolerance},
        {"dependency-rto-consistent",
         QT_TRANSLATE_NOOP("Checks", "What a critical function needs recovers no slower than the function's own RTO"),
         "DORA Art 12(6); RTS 2024/1774 Art 4(2)(b)", Severity::Medium, &dependencyRecoveryConsistent},
        {"rto-budget",
         QT_TRANSLATE_NOOP("Checks", "What alone takes a critical function down recovers within the function's tolerance"),
         "DORA Art 12(6), 11(5)", Severity::Medium, &recoveryWithinBudget},
        {"cif-not-one-location", QT_TRANSLATE_NOOP("Checks", "Critical functions are not confined to one location"),
         "DORA Art 12(4)", Severity::Medium, &notConfinedToOneLocation},
        {"cif-not-one-region", QT_TRANSLATE_NOOP("Checks", "Critical functions are not confined to one region"),
         "DORA Art 12(4); Art 29(2)", Severity::Medium, &notConfinedToOneRegion},
        {"cif-not-one-provider", QT_TRANSLATE_NOOP("Checks", "Critical functions are not confined to one provider"),
         "DORA Art 28(4), 29(1)", Severity::Medium, &notConfinedToOneProvider},
        {"no-cycles", QT_TRANSLATE_NOOP("Checks", "The map has no dependency cycles"),
         "DORA Art 8(1), 8(4)", Severity::Low, &noCycles},
        {"provider-concentration", QT_TRANSLATE_NOOP("Checks", "No provider carries too many critical functions"),
         "DORA Art 28(4)(c), 29(1)", Severity::High, &providerConcentration},
        {"country-concentration", QT_TRANSLATE_NOOP("Checks", "No country carries too many critical functions"),
         "DORA Art 29(2)", Severity::Medium, &countryConcentration},
        {"supporting-elements-owned", QT_TRANSLATE_NOOP("Checks", "What critical functions need has an owner"),
         "DORA Art 8(1); RTS 2024/1774 Art 4(2)(b)", Severity::Low, &supportingElementsOwned},
        {"provider-lei", QT_TRANSLATE_NOOP("Checks", "Providers of critical functions have a valid LEI"),
         "DORA Art 28(3); ITS 2024/2956 B_05.01", Severity::Medium, &providerLei},
        {"provider-substitutability",
         QT_TRANSLATE_NOOP("Checks", "Providers of critical functions have a substitutability rating"),
         "DORA Art 28(4), 29(1); ITS 2024/2956 B_07.01", Severity::Medium, &providerSubstitutability},
        {"provider-exit-plan", QT_TRANSLATE_NOOP("Checks", "Providers of critical functions have an exit plan"),
         "DORA Art 28(8)", Severity::High, &providerExitPlan},
        {"exit-plan-tested", QT_TRANSLATE_NOOP("Checks", "Exit plans are tested and reviewed in time"),
         "DORA Art 28(8)", Severity::Medium, &exitPlanTestedAndReviewed},
        {"roi-ready-to-file", QT_TRANSLATE_NOOP("Checks", "The register of information is ready to file"),
         "DORA Art 28(3); ITS 2024/2956", Severity::High, &roiReadyToFile},
        {"subcontractor-concentration",
         QT_TRANSLATE_NOOP("Checks", "No sub-contractor sits under several direct providers"),
         "DORA Art 29(1), 29(2), 28(4)(c); ITS 2024/2956 B_05.02", Severity::Medium, &subcontractorConcentration},
        {"cif-systems-tested", QT_TRANSLATE_NOOP("Checks", "Systems that support critical functions were tested in time"),
         "DORA Art 24(6), 25(1)", Severity::High, &criticalSystemsTested},
        {"bcp-tested", QT_TRANSLATE_NOOP("Checks", "Continuity plans of critical functions were tested in time"),
         "DORA Art 11(6); RTS 2024/1774 Art 25", Severity::High, &continuityPlansTested},
        {"tlpt-due", QT_TRANSLATE_NOOP("Checks", "Threat-led penetration testing is within its interval"),
         "DORA Art 26(1)", Severity::High, &tlptWithinInterval},
        {"risk-acceptance-review", QT_TRANSLATE_NOOP("Checks", "Accepted risks are reviewed by their review date"),
         "RTS 2024/1774 Art 3", Severity::Medium, &riskAcceptancesReviewed},
        {"legacy-risk-assessment", QT_TRANSLATE_NOOP("Checks", "Legacy systems have a yearly risk assessment"),
         "DORA Art 8(7); RTS 2024/1774 Art 4(2)(c)", Severity::Medium, &legacySystemsAssessed},
        {"periodic-reviews", QT_TRANSLATE_NOOP("Checks", "Periodic reviews are not overdue"),
         "DORA Art 6(5), 8(1), 13(5)", Severity::Medium, &periodicReviewsDone},
    };
    return list;
}
// clang-format on

const CheckInfo *findCheck(QStringView id)
{
    for (const CheckInfo &check : checkList()) {
        if (id == QLatin1StringView(check.id))
            return &check;
    }
    return nullptr;
}

} // namespace bulwark::assessment
