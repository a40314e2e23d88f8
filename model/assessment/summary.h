// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/catalogue.h"
#include "model/assessment/run.h"
#include "model/assessment/workflow.h"

#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace bulwark::assessment {

/// Whether a finding still asks for work: open or in remediation (neither closed nor covered by an accepted risk).
inline bool isOpen(FindingStatus status)
{
    return status == FindingStatus::Open || status == FindingStatus::InRemediation;
}

/// What a stored assessment amounts to, for the window's Assessment page and Dashboard: each requirement's
/// effective result (the assessor's judgement where set, else the checks'; a requirement without a stored result is
/// not assessed), scored by the scoring rule (scoreRequirements) per requirement, article, chapter and overall, and the
/// open findings of the register (findings are register-wide, kept across assessments).
struct AssessmentSummary {
    QHash<QString, RequirementResultValue> results; ///< by requirement id, one for every requirement of the catalogue
    Score score;
    std::array<int, 5> counts{}; ///< requirements per effective RequirementResult
    int openFindings = 0;        ///< findings open or in remediation (isOpen)
};

/// Summarises assessment `assessment` from the register's requirement results and findings (RegisterService::records
/// or RegisterData::records of requirementResultType() and findingType()).
AssessmentSummary summarise(const Catalogue &catalogue,
                            const QString &assessment,
                            const QHash<QString, Record> &results,
                            const QHash<QString, Record> &findings);

/// The same for an unsaved run: the checks' results and the run's scores; open findings are those of failed checks
/// not covered by an accepted risk.
AssessmentSummary summarise(const AssessmentRun &run);

/// The latest of the stored assessments (values of assessmentType()): the one whose date (assessedOn) is latest, the
/// greater key breaking ties; none when there is none.
/// With `approvedOnly`, the latest approved one (the sign-off that stands, or has lapsed).
std::optional<Assessment> latestAssessment(const QHash<QString, Record> &assessments, bool approvedOnly = false);

/// The open findings (isOpen) of one check, for "what matters most": how many, and the most severe of them.
struct FindingGroup {
    QString check; ///< the check's id; empty for findings entered by hand
    Severity severity = Severity::Low;
    int count = 0;
    bool operator==(const FindingGroup &other) const = default;
};

/// The register's open findings grouped by check, most pressing first: the most severe first, then the most
/// findings, then by check id. The order in which a report or a summary names what matters most.
std::vector<FindingGroup> openFindingsByCheck(const QHash<QString, Record> &findings);

} // namespace bulwark::assessment
