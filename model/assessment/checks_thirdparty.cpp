// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER (issue 13 foundation): these bodies are replaced by the real checks before this file is merged.
#include "model/assessment/checks.h"

namespace bulwark::assessment::checks {

CheckOutcome providerLei(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome providerSubstitutability(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome providerExitPlan(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome exitPlanTestedAndReviewed(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

} // namespace bulwark::assessment::checks
