// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER (issue 13 foundation): these bodies are replaced by the real checks before this file is merged.
#include "model/assessment/checks.h"

namespace bulwark::assessment::checks {

CheckOutcome criticalFunctionsMapped(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome danglingReferences(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome toleranceSet(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome recoveryObjectivesSet(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome noSinglePointOfFailure(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome recoveryWithinTolerance(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome dataLossWithinTolerance(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome dependencyRecoveryConsistent(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome notConfinedToOneLocation(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome notConfinedToOneRegion(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome notConfinedToOneProvider(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome noCycles(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome providerConcentration(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome countryConcentration(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome supportingElementsOwned(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

} // namespace bulwark::assessment::checks
