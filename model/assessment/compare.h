// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/catalogue.h"
#include "model/assessment/run.h"
#include "model/assessment/workflow.h"
#include "model/register/entitytype.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace bulwark::assessment {

/// Whether a comparison, a requirement's change or a score moved for the better, for the worse, or not at all.
/// Tokens: "improved", "worsened", "unchanged".
enum class Trend { Improved, Worsened, Unchanged };
QString token(Trend trend);
QString displayName(Trend trend);

/// A requirement whose effective result (the assessor's judgement, else the result from the checks) differs between
/// the two assessments. `trend` compares the results' points (compliant > partially compliant > non-compliant = not
/// assessed); a change to or from not applicable, or between non-compliant and not assessed, is Unchanged.
struct RequirementChange {
    QString requirement; ///< requirement id
    RequirementResult before = RequirementResult::NotAssessed;
    RequirementResult after = RequirementResult::NotAssessed;
    Trend trend = Trend::Unchanged;
};

/// The difference between two stored assessments of one register, earlier (`before`) and later (`after`). Built by
/// compareAssessments; the CLI (`bulwark assess diff`) and the GUI present it as it is. The rule is in
/// docs/assessment.md ("Comparing two assessments").
struct AssessmentComparison {
    Assessment before;
    Assessment after;
    QDate beforeDate; ///< assessedOn(before)
    QDate afterDate;  ///< assessedOn(after)
    /// Both assessments have results for these requirements and their effective results differ (requirement id order).
    std::vector<RequirementChange> changed;
    QStringList onlyBefore; ///< requirement ids with a result only in the earlier assessment (sorted)
    QStringList onlyAfter;  ///< ... only in the later one (sorted)
    /// Scores of each assessment's effective results against the catalogue (scoreRequirements): overall, per chapter,
    /// per article, per requirement; -1 where nothing counts.
    Score scoreBefore;
    Score scoreAfter;
    /// Findings of the register first seen after the earlier assessment's date, up to the later one's (generated and
    /// manual), sorted by severity (most severe first), then key.
    std::vector<FindingValue> newFindings;
    /// Generated findings seen at or after the earlier assessment's date but last seen before the later one's: the
    /// later run no longer found them (same order). Manual findings are never "no longer seen".
    std::vector<FindingValue> goneFindings;
    /// Improved, worsened or unchanged: the overall score first, then the requirement changes, then the findings
    /// (docs/assessment.md).
    Trend verdict = Trend::Unchanged;
    QString verdictReason;         ///< one line that says why, e.g. "overall score 52.0 % -> 61.5 %"
    bool catalogueDiffers = false; ///< the two were run against different catalogues or catalogue versions
};

/// The date an assessment stands for: its period end (which `assess run --save` sets to the day its checks counted
/// from), else the day it was approved or submitted; invalid when none is known.
QDate assessedOn(const Assessment &assessment);

/// Whether `finding` belongs to `assessment` (findings are register-wide, so this places them by date, as the
/// comparison does): a generated finding that its run found (first seen on or before the assessment's date and last
/// seen on or after it), or a manual finding entered by then. An assessment without a date has none.
bool wasFoundBy(const FindingValue &finding, const Assessment &assessment);

/// Compares the stored assessments `before` and `after` (normally the earlier first) from the register's requirement
/// results and findings (`results`, `findings`: RegisterService::records of requirementResultType() and
/// findingType()), scoring both against `catalogue`. Pure: reads only what it is given.
AssessmentComparison compareAssessments(const Assessment &before,
                                        const Assessment &after,
                                        const Catalogue &catalogue,
                                        const QHash<QString, Record> &results,
                                        const QHash<QString, Record> &findings);

/// Orders findings as every list of them is shown: most severe first, then by key.
bool findingOrder(const FindingValue &a, const FindingValue &b);

} // namespace bulwark::assessment
