// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One assessment run: the checks a catalogue binds, risk acceptances, requirement results and scores. The rules are
// in docs/assessment.md ("Results and scoring").
#include "model/assessment/run.h"

#include "model/assessment/words.h"
#include "model/i18n/language.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace bulwark::assessment {

namespace {
constexpr words::Word resultWords[]{
    {"compliant", QT_TRANSLATE_NOOP("Assessment", "Compliant")},
    {"partially_compliant", QT_TRANSLATE_NOOP("Assessment", "Partially compliant")},
    {"non_compliant", QT_TRANSLATE_NOOP("Assessment", "Non-compliant")},
    {"not_applicable", QT_TRANSLATE_NOOP("Assessment", "Not applicable")},
    {"not_assessed", QT_TRANSLATE_NOOP("Assessment", "Not assessed")},
};

Error canceled()
{
    return makeError(Error::Code::Canceled,
                     QCoreApplication::translate("Assessment", "The assessment run was canceled."));
}

/// Marks the findings that a risk acceptance covers (same check, same subjects in the same order, review date not
/// passed); a failed check whose findings are all covered passes, with its findings kept.
void markAccepted(CheckOutcome &outcome,
                  QLatin1StringView check,
                  const std::vector<const RiskAcceptance *> &acceptances,
                  QDate today)
{
    if (outcome.findings.empty())
        return;
    bool allAccepted = true;
    for (Finding &finding : outcome.findings) {
        finding.acceptedBy.clear();
        for (const RiskAcceptance *a : acceptances) {
            // The acceptances come sorted by key: the first that covers a finding is named.
            if (a->check == check && a->subjects == finding.subjects && a->isCurrent(today)) {
                finding.acceptedBy = a->key;
                break;
            }
        }
        allAccepted = allAccepted && !finding.acceptedBy.isEmpty();
    }
    if (allAccepted && outcome.status == CheckStatus::Fail)
        outcome.status = CheckStatus::Pass;
}

/// The mean of the points that count, or -1.
double meanOf(double sum, int count)
{
    return count > 0 ? sum / count : -1.0;
}

struct Tally {
    double sum = 0;
    int count = 0;
    void add(std::optional<double> points)
    {
        if (points) {
            sum += *points;
            ++count;
        }
    }
    double mean() const { return meanOf(sum, count); }
};
} // namespace

QString token(RequirementResult result)
{
    return words::token(resultWords, int(result));
}

QString displayName(RequirementResult result)
{
    return words::name(resultWords, int(result));
}

std::optional<RequirementResult> requirementResultFromToken(QStringView token)
{
    return words::find<RequirementResult>(resultWords, token);
}

bool AssessmentRun::failed() const
{
    return std::any_of(
        checks.begin(), checks.end(), [](const CheckRun &run) { return run.outcome.status == CheckStatus::Fail; });
}

RequirementResult resultOf(const std::vector<const CheckOutcome *> &outcomes)
{
    if (outcomes.empty())
        return RequirementResult::NotAssessed;
    bool allNotApplicable = true;
    bool anyFailed = false;
    bool anySevere = false;
    for (const CheckOutcome *outcome : outcomes) {
        allNotApplicable = allNotApplicable && outcome->status == CheckStatus::NotApplicable;
        if (outcome->status != CheckStatus::Fail)
            continue;
        anyFailed = true;
        // Accepted findings are not failures: only the open ones decide how badly the check failed.
        for (const Finding &finding : outcome->findings) {
            if (finding.acceptedBy.isEmpty() && finding.severity >= Severity::High)
                anySevere = true;
        }
    }
    if (allNotApplicable)
        return RequirementResult::NotApplicable;
    if (anySevere)
        return RequirementResult::NonCompliant;
    if (anyFailed)
        return RequirementResult::PartiallyCompliant;
    return RequirementResult::Compliant;
}

std::optional<double> pointsOf(RequirementResult result)
{
    switch (result) {
        case RequirementResult::Compliant: return 100.0;
        case RequirementResult::PartiallyCompliant: return 50.0;
        case RequirementResult::NonCompliant: return 0.0;
        case RequirementResult::NotAssessed: return 0.0; // an assessment must assess: a gap counts against
        case RequirementResult::NotApplicable: return std::nullopt;
    }
    return std::nullopt;
}

double scoreOf(const std::vector<RequirementResult> &results)
{
    Tally tally;
    for (const RequirementResult result : results)
        tally.add(pointsOf(result));
    return tally.mean();
}

Score scoreRequirements(const Catalogue &catalogue, const std::vector<RequirementResult> &results)
{
    Score score;
    Tally overall;
    QHash<QString, Tally> byChapter;
    QHash<QString, Tally> byArticle;
    for (const QString &chapter : catalogue.chapters)
        byChapter.insert(chapter, {}); // a declared chapter with nothing that counts scores -1
    for (std::size_t i = 0; i < catalogue.requirements.size(); ++i) {
        const Requirement &requirement = catalogue.requirements[i];
        const RequirementResult result = i < results.size() ? results[i] : RequirementResult::NotAssessed;
        const std::optional<double> points = pointsOf(result);
        score.byRequirement.insert(requirement.id, points.value_or(-1.0));
        overall.add(points);
        byChapter[requirement.chapter].add(points);
        byArticle[requirement.article].add(points);
    }
    score.overall = overall.mean();
    for (auto it = byChapter.cbegin(); it != byChapter.cend(); ++it)
        score.byChapter.insert(it.key(), it->mean());
    for (auto it = byArticle.cbegin(); it != byArticle.cend(); ++it)
        score.byArticle.insert(it.key(), it->mean());
    return score;
}

Result<AssessmentRun> runAssessment(const Catalogue &catalogue, const CheckContext &context)
{
    return runAssessment(catalogue, context, checkList());
}

std::optional<Result<AssessmentRun>> runAssessmentForRecord(const Catalogue &catalogue, const CheckContext &context)
{
    if (i18n::currentLanguage() == u"en")
        return std::nullopt;
    const i18n::ScopedLanguage english(QStringLiteral("en"));
    return runAssessment(catalogue, context, checkList());
}

Result<AssessmentRun>
runAssessment(const Catalogue &catalogue, const CheckContext &context, const std::vector<CheckInfo> &checks)
{
    QHash<QString, const CheckInfo *> known;
    for (const CheckInfo &check : checks)
        known.insert(QString::fromLatin1(check.id), &check);
    QSet<QString> bound;
    for (const Requirement &requirement : catalogue.requirements) {
        for (const QString &id : requirement.checks) {
            if (!known.contains(id))
                return makeError(Error::Code::Invalid,
                                 QCoreApplication::translate("Assessment",
                                                             "Requirement '%1' names the check '%2', which is unknown.")
                                     .arg(requirement.id, id));
            bound.insert(id);
        }
    }
    std::vector<const CheckInfo *> toRun;
    for (const CheckInfo &check : checks) {
        if (bound.contains(QLatin1StringView(check.id)))
            toRun.push_back(&check);
    }

    const std::vector<const RiskAcceptance *> acceptances = context.records(riskAcceptanceType());
    Feedback *feedback = context.feedback();
    AssessmentRun run;
    run.checks.reserve(toRun.size());
    QHash<QString, std::size_t> runIndex;
    for (std::size_t i = 0; i < toRun.size(); ++i) {
        if (feedback && feedback->isCanceled())
            return canceled();
        const CheckInfo *check = toRun[i];
        CheckOutcome outcome = check->run(context);
        // A check that saw the cancel returned early with a partial outcome: it must not be reported.
        if (feedback && feedback->isCanceled())
            return canceled();
        markAccepted(outcome, QLatin1StringView(check->id), acceptances, context.today());
        runIndex.insert(QString::fromLatin1(check->id), run.checks.size());
        run.checks.push_back({check, std::move(outcome)});
        if (feedback)
            feedback->setProgress(100.0 * double(i + 1) / double(toRun.size()));
    }

    run.requirements.reserve(catalogue.requirements.size());
    std::vector<RequirementResult> results;
    results.reserve(catalogue.requirements.size());
    for (const Requirement &requirement : catalogue.requirements) {
        std::vector<const CheckOutcome *> outcomes;
        outcomes.reserve(std::size_t(requirement.checks.size()));
        for (const QString &id : requirement.checks)
            outcomes.push_back(&run.checks[runIndex.value(id)].outcome);
        const RequirementResult result = resultOf(outcomes);
        run.requirements.push_back({&requirement, result});
        results.push_back(result);
    }
    run.score = scoreRequirements(catalogue, results);
    if (feedback && toRun.empty())
        feedback->setProgress(100.0);
    return run;
}

} // namespace bulwark::assessment
