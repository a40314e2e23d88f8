// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The register tables Bulwark ships, in one list: EntityRegistry starts with them, so every reader, writer and the
// audit verification know them wherever a register is opened. A new table: its migration, its TableType, a line here.
#include "model/assessment/evidence.h"
#include "model/assessment/inputs.h"
#include "model/assessment/workflow.h"
#include "model/register/entitytype.h"
#include "model/register/registerrule.h"
#include "model/roi/records.h"

namespace bulwark {

QList<const EntityType *> shippedTables()
{
    return {
        &assessment::resilienceTestType(),
        &assessment::exitPlanType(),
        &assessment::legacySystemType(),
        &assessment::riskAcceptanceType(),
        &assessment::settingType(),
        &assessment::assessmentType(),
        &assessment::requirementResultType(),
        &assessment::findingType(),
        &assessment::remediationActionType(),
        &assessment::evidenceType(),
        &roi::entityType(),
        &roi::branchType(),
        &roi::arrangementType(),
        &roi::serviceTermsType(),
        &roi::functionTermsType(),
        &roi::providerTermsType(),
        &roi::definitionType(),
    };
}

const std::vector<RegisterRule> &shippedRules()
{
    static const std::vector<RegisterRule> rules{&assessment::signOffRule};
    return rules;
}

} // namespace bulwark
