// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER (issue 13 foundation): these bodies are replaced by the real checks before this file is merged.
#include "model/assessment/checks.h"

namespace bulwark::assessment::checks {

CheckOutcome criticalSystemsTested(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome continuityPlansTested(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome tlptWithinInterval(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome riskAcceptancesReviewed(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome legacySystemsAssessed(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome periodicReviewsDone(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

} // namespace bulwark::assessment::checks
