// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/assessment/summary.h"

#include "model/assessment/compare.h"

#include <algorithm>

namespace bulwark::assessment {

AssessmentSummary summarise(const Catalogue &catalogue,
                            const QString &assessment,
                            const QHash<QString, Record> &results,
                            const QHash<QString, Record> &findings)
{
    AssessmentSummary summary;
    for (const Record &r : results) {
        const auto &value = TableType<RequirementResultValue>::value(r);
        if (value.assessment == assessment)
            summary.results.insert(value.requirement, value);
    }
    std::vector<RequirementResult> effective;
    for (const Requirement &requirement : catalogue.requirements) {
        auto it = summary.results.find(requirement.id);
        if (it == summary.results.end()) {
            RequirementResultValue missing;
            missing.key = requirementResultKey(assessment, requirement.id);
            missing.assessment = assessment;
            missing.requirement = requirement.id;
            it = summary.results.insert(requirement.id, missing);
        }
        effective.push_back(it->effective());
        ++summary.counts[std::size_t(effective.back())];
    }
    summary.score = scoreRequirements(catalogue, effective);
    for (const Record &r : findings)
        summary.openFindings += isOpen(TableType<FindingValue>::value(r).status) ? 1 : 0;
    return summary;
}

AssessmentSummary summarise(const AssessmentRun &run)
{
    AssessmentSummary summary;
    for (const RequirementOutcome &outcome : run.requirements) {
        RequirementResultValue value;
        value.requirement = outcome.requirement->id;
        value.result = outcome.result;
        summary.results.insert(value.requirement, value);
        ++summary.counts[std::size_t(outcome.result)];
    }
    summary.score = run.score;
    for (const CheckRun &check : run.checks) {
        for (const Finding &finding : check.outcome.findings)
            summary.openFindings += finding.acceptedBy.isEmpty() ? 1 : 0;
    }
    return summary;
}

std::optional<Assessment> latestAssessment(const QHash<QString, Record> &assessments, bool approvedOnly)
{
    std::optional<Assessment> latest;
    QDate latestDate;
    for (const Record &r : assessments) {
        const auto &a = TableType<Assessment>::value(r);
        if (approvedOnly && a.status != AssessmentStatus::Approved)
            continue;
        const QDate date = assessedOn(a);
        if (!latest || date > latestDate || (date == latestDate && a.key > latest->key)) {
            latest = a;
            latestDate = date;
        }
    }
    return latest;
}

std::vector<FindingGroup> openFindingsByCheck(const QHash<QString, Record> &findings)
{
    QHash<QString, FindingGroup> groups;
    for (const Record &r : findings) {
        const FindingValue &f = TableType<FindingValue>::value(r);
        if (!isOpen(f.status))
            continue;
        FindingGroup &g = groups[f.check];
        g.check = f.check;
        g.severity = g.count == 0 ? f.severity : std::max(g.severity, f.severity);
        ++g.count;
    }
    std::vector<FindingGroup> list(groups.cbegin(), groups.cend());
    std::sort(list.begin(), list.end(), [](const FindingGroup &a, const FindingGroup &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.count != b.count)
            return a.count > b.count;
        return a.check < b.check;
    });
    return list;
}

} // namespace bulwark::assessment
