// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/catalogue.h"
#include "model/assessment/check.h"

#include <QMap>

#include <optional>

namespace bulwark::assessment {

/// A requirement's result. Tokens: "compliant", "partially_compliant", "non_compliant", "not_applicable",
/// "not_assessed".
enum class RequirementResult { Compliant, PartiallyCompliant, NonCompliant, NotApplicable, NotAssessed };
QString token(RequirementResult result);
QString displayName(RequirementResult result);
std::optional<RequirementResult> requirementResultFromToken(QStringView token);

struct CheckRun {
    const CheckInfo *check = nullptr;
    CheckOutcome outcome;
};

struct RequirementOutcome {
    const Requirement *requirement = nullptr;
    RequirementResult result = RequirementResult::NotAssessed; ///< from its checks (the rule in docs/assessment.md)
};

/// Scores in percent (0-100), or -1 where nothing counts (every requirement not applicable). The rule is in
/// docs/assessment.md ("Results and scoring").
struct Score {
    double overall = -1;
    QMap<QString, double> byChapter;     ///< chapter id -> score
    QMap<QString, double> byArticle;     ///< article -> score
    QMap<QString, double> byRequirement; ///< requirement id -> its points in percent (100, 50, 0; -1 not applicable)
};

/// One run of every check a catalogue binds, over one context.
struct AssessmentRun {
    std::vector<CheckRun> checks;                 ///< in checkList() order, only the checks the catalogue binds
    std::vector<RequirementOutcome> requirements; ///< in catalogue order
    Score score;
    bool failed() const; ///< any check failed (the CLI's exit status 1)
};

/// Runs the checks `catalogue` binds over `context`, marks the findings covered by a risk acceptance whose review
/// date has not passed (Finding::acceptedBy; such a finding does not fail its check), derives each requirement's
/// result and scores them. Canceled through the context's feedback (Error::Code::Canceled).
[[nodiscard]] Result<AssessmentRun> runAssessment(const Catalogue &catalogue, const CheckContext &context);
/// The run as the register stores it (recordRun): the same checks with their findings' messages in English, whatever
/// language the program speaks, so that stored findings mean the same to every reader and a run in another language
/// does not rewrite them. nullopt when the current language is English already: the run shown is the one to store.
[[nodiscard]] std::optional<Result<AssessmentRun>> runAssessmentForRecord(const Catalogue &catalogue,
                                                                          const CheckContext &context);
/// The same with the checks of `checks` in place of checkList() (tests with checks whose outcome they choose);
/// CheckRun::check points into `checks`, which must outlive the result. A check id the catalogue binds that `checks`
/// does not hold is an error (Error::Code::Invalid).
[[nodiscard]] Result<AssessmentRun>
runAssessment(const Catalogue &catalogue, const CheckContext &context, const std::vector<CheckInfo> &checks);

/// A requirement's result from the outcomes of the checks bound to it (the rule in docs/assessment.md, "Results and
/// scoring"); no checks: not assessed.
RequirementResult resultOf(const std::vector<const CheckOutcome *> &outcomes);
/// A result's points in percent (compliant 100, partially compliant 50, non-compliant and not assessed 0), or
/// nothing for not applicable (it does not count).
std::optional<double> pointsOf(RequirementResult result);

/// The score of a list of results (the scoring rule), for a requirement result set by an assessor as well.
double scoreOf(const std::vector<RequirementResult> &results);

/// The scores of one result per requirement of `catalogue` (`results[i]` is the result of
/// `catalogue.requirements[i]`; a missing one counts as not assessed): per requirement, article, chapter (every
/// declared chapter) and overall, by the scoring rule. What runAssessment scores its run with, and what a stored
/// assessment (its effective results, compareAssessments) is scored with.
Score scoreRequirements(const Catalogue &catalogue, const std::vector<RequirementResult> &results);

} // namespace bulwark::assessment
