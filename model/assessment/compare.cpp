// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing two stored assessments. The rule is in docs/assessment.md ("Comparing two assessments").
#include "model/assessment/compare.h"

#include "model/assessment/words.h"
#include "model/i18n/language.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <array>
#include <cmath>

namespace bulwark::assessment {

namespace {

constexpr std::array<words::Word, 3> trendWords{{
    {"improved", QT_TRANSLATE_NOOP("Assessment", "Improved")},
    {"worsened", QT_TRANSLATE_NOOP("Assessment", "Worsened")},
    {"unchanged", QT_TRANSLATE_NOOP("Assessment", "Unchanged")},
}};

/// The effective results of one assessment: requirement id -> result.
QMap<QString, RequirementResult> effectiveResults(const QString &assessment, const QHash<QString, Record> &results)
{
    QMap<QString, RequirementResult> out;
    for (const Record &record : results) {
        const auto &r = TableType<RequirementResultValue>::value(record);
        if (r.assessment == assessment)
            out.insert(r.requirement, r.effective());
    }
    return out;
}

Score scoreFor(const Catalogue &catalogue, const QMap<QString, RequirementResult> &results)
{
    std::vector<RequirementResult> list;
    list.reserve(catalogue.requirements.size());
    for (const Requirement &requirement : catalogue.requirements)
        list.push_back(results.value(requirement.id, RequirementResult::NotAssessed));
    return scoreRequirements(catalogue, list);
}

Trend trendOf(RequirementResult before, RequirementResult after)
{
    const std::optional<double> a = pointsOf(before);
    const std::optional<double> b = pointsOf(after);
    if (!a || !b || *a == *b)
        return Trend::Unchanged;
    return *b > *a ? Trend::Improved : Trend::Worsened;
}

/// Scores as shown (one decimal): a difference below that is none.
bool sameScore(double a, double b)
{
    return std::round(a * 10.0) == std::round(b * 10.0);
}

QString percent(double score)
{
    return score < 0 ? QCoreApplication::translate("Assessment", "no score")
                     : QStringLiteral("%1 %").arg(i18n::locale().toString(score, 'f', 1));
}

} // namespace

QString token(Trend trend)
{
    return words::token(trendWords, int(trend));
}

QString displayName(Trend trend)
{
    return words::name(trendWords, int(trend));
}

QDate assessedOn(const Assessment &assessment)
{
    if (assessment.periodEnd.isValid())
        return assessment.periodEnd;
    if (assessment.approvedAt.isValid())
        return assessment.approvedAt;
    return assessment.submittedAt;
}

bool wasFoundBy(const FindingValue &finding, const Assessment &assessment)
{
    const QDate date = assessedOn(assessment);
    if (!date.isValid() || !finding.firstSeen.isValid() || finding.firstSeen > date)
        return false;
    return finding.check.isEmpty() || (finding.lastSeen.isValid() && finding.lastSeen >= date);
}

bool findingOrder(const FindingValue &a, const FindingValue &b)
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    return a.key < b.key;
}

AssessmentComparison compareAssessments(const Assessment &before,
                                        const Assessment &after,
                                        const Catalogue &catalogue,
                                        const QHash<QString, Record> &results,
                                        const QHash<QString, Record> &findings)
{
    AssessmentComparison c;
    c.before = before;
    c.after = after;
    c.beforeDate = assessedOn(before);
    c.afterDate = assessedOn(after);
    c.catalogueDiffers = before.catalogue != after.catalogue || before.catalogueVersion != after.catalogueVersion;

    const QMap<QString, RequirementResult> a = effectiveResults(before.key, results);
    const QMap<QString, RequirementResult> b = effectiveResults(after.key, results);
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.constEnd())
            c.onlyBefore << it.key();
        else if (*other != *it)
            c.changed.push_back({it.key(), *it, *other, trendOf(*it, *other)});
    }
    for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
        if (!a.contains(it.key()))
            c.onlyAfter << it.key();
    }
    c.scoreBefore = scoreFor(catalogue, a);
    c.scoreAfter = scoreFor(catalogue, b);

    if (c.beforeDate.isValid() && c.afterDate.isValid()) {
        for (const Record &record : findings) {
            const auto &f = TableType<FindingValue>::value(record);
            if (f.firstSeen.isValid() && f.firstSeen > c.beforeDate && f.firstSeen <= c.afterDate)
                c.newFindings.push_back(f);
            else if (!f.check.isEmpty() && f.firstSeen.isValid() && f.firstSeen <= c.beforeDate && f.lastSeen.isValid()
                     && f.lastSeen >= c.beforeDate && f.lastSeen < c.afterDate)
                c.goneFindings.push_back(f);
        }
        std::sort(c.newFindings.begin(), c.newFindings.end(), findingOrder);
        std::sort(c.goneFindings.begin(), c.goneFindings.end(), findingOrder);
    }

    // The verdict: the overall score decides; when it did not move, the requirements that moved; then the findings.
    const double x = c.scoreBefore.overall;
    const double y = c.scoreAfter.overall;
    if (x >= 0 && y >= 0 && !sameScore(x, y)) {
        c.verdict = y > x ? Trend::Improved : Trend::Worsened;
        c.verdictReason
            = QCoreApplication::translate("Assessment", "overall score %1 -> %2").arg(percent(x), percent(y));
        return c;
    }
    int better = 0;
    int worse = 0;
    for (const RequirementChange &change : c.changed) {
        better += change.trend == Trend::Improved;
        worse += change.trend == Trend::Worsened;
    }
    if (better != worse) {
        c.verdict = better > worse ? Trend::Improved : Trend::Worsened;
        c.verdictReason
            = QCoreApplication::translate("Assessment", "same overall score; %1 requirement(s) better, %2 worse")
                  .arg(better)
                  .arg(worse);
        return c;
    }
    const auto newCount = qsizetype(c.newFindings.size());
    const auto goneCount = qsizetype(c.goneFindings.size());
    if (newCount != goneCount) {
        c.verdict = goneCount > newCount ? Trend::Improved : Trend::Worsened;
        c.verdictReason = QCoreApplication::translate("Assessment",
                                                      "same score and requirements; %1 new finding(s), %2 no "
                                                      "longer seen")
                              .arg(newCount)
                              .arg(goneCount);
        return c;
    }
    c.verdict = Trend::Unchanged;
    c.verdictReason
        = QCoreApplication::translate("Assessment", "same overall score; requirements and findings balance out");
    return c;
}

} // namespace bulwark::assessment
