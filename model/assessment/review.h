// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/inputs.h"
#include "model/assessment/run.h"
#include "model/assessment/workflow.h"
#include "model/register/changeset.h"
#include "model/result.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace bulwark::assessment {

/// The changes the review of an assessment makes: manual findings, risk acceptances, remediation actions and the
/// assessor's judgements. Each returns the change set to apply through RegisterService::apply (which checks it against
/// the register again: a frozen assessment's results are refused there, by signOffRule); the rules are in
/// docs/assessment.md ("Findings, actions and judgements"). `findings` / `results` are the register's records of
/// findingType() / requirementResultType().

/// Adds a finding entered by hand: no check, open, first and last seen `today`. Refused (Invalid, naming the field):
/// no key or message, a key already used by another finding.
[[nodiscard]] Result<ChangeSet>
addManualFinding(FindingValue finding, const QHash<QString, Record> &findings, const QDate &today);

/// Changes a finding's owner and/or status. Refused: the status risk_accepted (acceptFinding records why, who
/// approved it and until when).
[[nodiscard]] Result<ChangeSet>
updateFinding(FindingValue finding, const std::optional<QString> &owner, std::optional<FindingStatus> status);

/// Records remediation action `action` (new or changed). Every finding it links that is open moves to in_remediation
/// (one in remediation, closed or risk accepted keeps its status). Refused: a linked key that is no finding (field
/// "findings").
[[nodiscard]] Result<ChangeSet> recordAction(const RemediationAction &action, const QHash<QString, Record> &findings);

/// Accepts the risk of `finding`: a risk acceptance with the finding's check and subjects (so a later run marks the
/// same finding accepted until `acceptance.review`), and the finding set to risk_accepted. `acceptance` brings key,
/// reason, approver, accepted (the day) and review. Refused: no reason or approver, a review date not after the day
/// of acceptance, a closed finding.
[[nodiscard]] Result<ChangeSet> acceptFinding(const FindingValue &finding, RiskAcceptance acceptance);

/// Sets (or, with no `judgement`, clears) the assessor's judgement on requirement `requirement` of assessment
/// `assessment`; `notes`, when given, replace the notes. Refused (NotFound): the assessment has no result for that
/// requirement.
[[nodiscard]] Result<ChangeSet> judgeRequirement(const QHash<QString, Record> &results,
                                                 const QString &assessment,
                                                 const QString &requirement,
                                                 std::optional<RequirementResult> judgement,
                                                 const std::optional<QString> &notes);

} // namespace bulwark::assessment
