// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The functions behind the check list (checklist.cpp), one per check, grouped by the file that implements them.
// Each is pure: the same context gives the same outcome. The rules are in docs/assessment.md.
#pragma once

#include "model/assessment/check.h"

namespace bulwark::assessment::checks {

// checks_map.cpp: the map, recovery and concentration.
CheckOutcome criticalFunctionsMapped(const CheckContext &context);
CheckOutcome danglingReferences(const CheckContext &context);
CheckOutcome toleranceSet(const CheckContext &context);
CheckOutcome recoveryObjectivesSet(const CheckContext &context);
CheckOutcome noSinglePointOfFailure(const CheckContext &context);
CheckOutcome recoveryWithinTolerance(const CheckContext &context);
CheckOutcome dataLossWithinTolerance(const CheckContext &context);
CheckOutcome dependencyRecoveryConsistent(const CheckContext &context);
CheckOutcome notConfinedToOneLocation(const CheckContext &context);
CheckOutcome notConfinedToOneRegion(const CheckContext &context);
CheckOutcome notConfinedToOneProvider(const CheckContext &context);
CheckOutcome noCycles(const CheckContext &context);
CheckOutcome providerConcentration(const CheckContext &context);
CheckOutcome countryConcentration(const CheckContext &context);
CheckOutcome supportingElementsOwned(const CheckContext &context);
CheckOutcome redundancyWithoutCommonCause(const CheckContext &context);
CheckOutcome noDoubleFailure(const CheckContext &context);
CheckOutcome recoveryWithinBudget(const CheckContext &context);

// checks_thirdparty.cpp: providers of critical functions.
CheckOutcome providerLei(const CheckContext &context);
CheckOutcome providerSubstitutability(const CheckContext &context);
CheckOutcome providerExitPlan(const CheckContext &context);
CheckOutcome exitPlanTestedAndReviewed(const CheckContext &context);

// checks_roi.cpp: the register of information and its supply chains.
CheckOutcome roiReadyToFile(const CheckContext &context);
CheckOutcome subcontractorConcentration(const CheckContext &context);

// checks_testing.cpp: resilience testing and periodic reviews.
CheckOutcome criticalSystemsTested(const CheckContext &context);
CheckOutcome continuityPlansTested(const CheckContext &context);
CheckOutcome tlptWithinInterval(const CheckContext &context);
CheckOutcome riskAcceptancesReviewed(const CheckContext &context);
CheckOutcome legacySystemsAssessed(const CheckContext &context);
CheckOutcome periodicReviewsDone(const CheckContext &context);

} // namespace bulwark::assessment::checks
