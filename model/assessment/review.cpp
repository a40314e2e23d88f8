// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/assessment/review.h"

#include <QCoreApplication>

namespace bulwark::assessment {

namespace {
Error invalid(const QString &message, const QString &field)
{
    return makeError(Error::Code::Invalid, message, field);
}
} // namespace

Result<ChangeSet> addManualFinding(FindingValue finding, const QHash<QString, Record> &findings, const QDate &today)
{
    if (finding.key.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Assessment", "a finding needs a key"), QStringLiteral("key"));
    if (finding.message.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Assessment", "a finding needs a message"),
                       QStringLiteral("message"));
    if (findings.contains(finding.key))
        return makeError(Error::Code::Conflict,
                         QCoreApplication::translate("Assessment", "there is already a finding '%1'").arg(finding.key),
                         QStringLiteral("key"));
    finding.check.clear();
    finding.status = FindingStatus::Open;
    finding.firstSeen = today;
    finding.lastSeen = today;
    ChangeSet change;
    change.add(findingType().record(std::move(finding)), ChangeSet::Mode::Insert);
    return change;
}

Result<ChangeSet>
updateFinding(FindingValue finding, const std::optional<QString> &owner, std::optional<FindingStatus> status)
{
    if (status == FindingStatus::RiskAccepted)
        return invalid(QCoreApplication::translate("Assessment",
                                                   "a finding's risk is accepted with a reason, an approver and a "
                                                   "review date (finding accept), not by setting its status"),
                       QStringLiteral("status"));
    if (owner)
        finding.owner = *owner;
    if (status)
        finding.status = *status;
    ChangeSet change;
    change.add(findingType().record(std::move(finding)), ChangeSet::Mode::Update);
    return change;
}

Result<ChangeSet> recordAction(const RemediationAction &action, const QHash<QString, Record> &findings)
{
    ChangeSet change;
    change.add(remediationActionType().record(action), ChangeSet::Mode::Upsert);
    for (const QString &key : action.findings) {
        const auto it = findings.constFind(key);
        if (it == findings.constEnd())
            return invalid(QCoreApplication::translate("Assessment", "there is no finding '%1'").arg(key),
                           QStringLiteral("findings"));
        FindingValue f = TableType<FindingValue>::value(*it);
        if (f.status != FindingStatus::Open)
            continue;
        f.status = FindingStatus::InRemediation;
        change.add(findingType().record(std::move(f)), ChangeSet::Mode::Update);
    }
    return change;
}

Result<ChangeSet> acceptFinding(const FindingValue &finding, RiskAcceptance acceptance)
{
    if (acceptance.reason.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Assessment", "a risk acceptance needs a reason"),
                       QStringLiteral("reason"));
    if (acceptance.approver.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Assessment", "a risk acceptance needs the person who approved it"),
                       QStringLiteral("approver"));
    if (!acceptance.review.isValid() || (acceptance.accepted.isValid() && acceptance.review <= acceptance.accepted))
        return invalid(QCoreApplication::translate("Assessment", "the review date must be after the day of acceptance"),
                       QStringLiteral("review"));
    if (finding.status == FindingStatus::Closed)
        return makeError(
            Error::Code::Conflict,
            QCoreApplication::translate("Assessment", "finding '%1' is closed: there is no risk left to accept")
                .arg(finding.key),
            QStringLiteral("status"));
    acceptance.check = finding.check;
    acceptance.subjects = finding.subjects;
    ChangeSet change;
    change.add(riskAcceptanceType().record(std::move(acceptance)), ChangeSet::Mode::Upsert);
    FindingValue f = finding;
    f.status = FindingStatus::RiskAccepted;
    change.add(findingType().record(std::move(f)), ChangeSet::Mode::Update);
    return change;
}

Result<ChangeSet> judgeRequirement(const QHash<QString, Record> &results,
                                   const QString &assessment,
                                   const QString &requirement,
                                   std::optional<RequirementResult> judgement,
                                   const std::optional<QString> &notes)
{
    const QString key = requirementResultKey(assessment, requirement);
    const auto it = results.constFind(key);
    if (it == results.constEnd())
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("Assessment", "assessment '%1' has no result for requirement '%2'")
                             .arg(assessment, requirement),
                         QStringLiteral("requirement"));
    RequirementResultValue value = TableType<RequirementResultValue>::value(*it);
    value.judgement = judgement;
    if (notes)
        value.notes = *notes;
    ChangeSet change;
    change.add(requirementResultType().record(std::move(value)), ChangeSet::Mode::Update);
    return change;
}

} // namespace bulwark::assessment
