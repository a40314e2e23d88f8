// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/check.h"
#include "model/assessment/run.h"
#include "model/register/changeset.h"
#include "model/register/entitytype.h"
#include "model/register/registerrule.h"
#include "model/store/auditlog.h"
#include "model/store/registerstore.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace bulwark::assessment {

/// Where an assessment is in its sign-off: prepared (draft), submitted by its preparer, approved by someone else
/// (then frozen). Tokens: "draft", "submitted", "approved".
enum class AssessmentStatus { Draft, Submitted, Approved };
QString token(AssessmentStatus status);
QString displayName(AssessmentStatus status);
std::optional<AssessmentStatus> assessmentStatusFromToken(QStringView token);

/// A finding's state. Tokens: "open", "in_remediation", "closed", "risk_accepted".
enum class FindingStatus { Open, InRemediation, Closed, RiskAccepted };
QString token(FindingStatus status);
QString displayName(FindingStatus status);
std::optional<FindingStatus> findingStatusFromToken(QStringView token);

/// A remediation action's state. Tokens: "open", "in_progress", "done".
enum class ActionStatus { Open, InProgress, Done };
QString token(ActionStatus status);
QString displayName(ActionStatus status);
std::optional<ActionStatus> actionStatusFromToken(QStringView token);

/// One assessment: its scope, the catalogue it follows, who prepared, submitted and approved it, and, once approved,
/// the fingerprints that freeze it: the audit-trail head of the register it assessed and the SHA-256 of its results.
struct Assessment {
    QString key;
    QString title;
    QString catalogue;        ///< the catalogue's id
    QString catalogueVersion; ///< the catalogue's version when it was run
    QStringList scope;        ///< function keys; empty: every function
    QDate periodStart;
    QDate periodEnd;
    QString preparer; ///< operating-system account
    AssessmentStatus status = AssessmentStatus::Draft;
    QString submittedBy;
    QDate submittedAt;
    QString approvedBy;
    QDate approvedAt;
    std::optional<int> registerSeq; ///< the audit-trail head (entry number) the approval saw
    QString registerHash;           ///< ... and its hash
    QString resultsHash;            ///< SHA-256 of the results as approved (resultsFingerprint)
    bool operator==(const Assessment &other) const = default;
};

/// A requirement's result within one assessment: from its checks, or the assessor's judgement, with notes.
struct RequirementResultValue {
    QString key; ///< requirementResultKey(assessment, requirement)
    QString assessment;
    QString requirement;
    RequirementResult result = RequirementResult::NotAssessed; ///< from the checks when last run
    std::optional<RequirementResult> judgement;                ///< the assessor's, which wins when set
    QString notes;
    RequirementResult effective() const { return judgement.value_or(result); }
    bool operator==(const RequirementResultValue &other) const = default;
};
QString requirementResultKey(const QString &assessment, const QString &requirement);

/// A finding kept in the register: generated from a failed check (key from check id and subjects, so a re-run finds
/// the same finding again and it keeps its history) or entered by hand (check empty).
struct FindingValue {
    QString key; ///< findingKey(check, subjects) for a generated one
    QString check;
    QStringList subjects;
    Severity severity = Severity::Medium;
    QString message;
    FindingStatus status = FindingStatus::Open;
    QString owner;
    QDate firstSeen;
    QDate lastSeen;
    bool operator==(const FindingValue &other) const = default;
};
/// "FND-" and the first 16 hex digits of SHA-256 over the check id and the subjects: stable across runs.
QString findingKey(const QString &check, const QStringList &subjects);

struct RemediationAction {
    QString key;
    QString title;
    QString owner;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    QStringList findings; ///< finding keys
    bool isOverdue(const QDate &today) const { return status != ActionStatus::Done && due.isValid() && due < today; }
    bool operator==(const RemediationAction &other) const = default;
};

const TableType<Assessment> &assessmentType();
const TableType<RequirementResultValue> &requirementResultType();
const TableType<FindingValue> &findingType();
const TableType<RemediationAction> &remediationActionType();

/// Whether an approved assessment's sign-off still holds, read from the register's own audit trail:
/// - **unverified**: the approval cannot be confirmed from this register's trail: the entry its register fingerprint
///   names is not there or has another hash; the entry right after it is not this assessment going from submitted to
///   approved in the approver's name; the submission before it is not in the submitter's name; or the stored results
///   no longer hash to the approved results fingerprint. An assessment brought in from another register by an import
///   is unverified here (its trail stayed behind), and so is one whose approval was written outside Bulwark.
/// - **lapsed**: the register entries written after the audit-trail head the approval recorded that change the map
///   (elements, dependencies, redundancy groups), newest first, each with its fields before and after (AuditLog).
///   Scenarios and the assessment tables do not lapse it.
/// - valid otherwise. Not approved: neither, no changes.
struct SignOffLapse {
    bool lapsed = false;
    QString unverified;                     ///< why the approval cannot be confirmed here; empty when it can
    std::vector<store::AuditEntry> changes; ///< the material changes since the approval, newest first
    bool isValid() const { return !lapsed && unverified.isEmpty(); }
    /// The one word for it: "unverified" (which wins), "lapsed" or "valid".
    QString token() const
    {
        return !unverified.isEmpty() ? QStringLiteral("unverified")
            : lapsed                 ? QStringLiteral("lapsed")
                                     : QStringLiteral("valid");
    }
};
/// `results` are the register's requirement_result records (RegisterService::records).
[[nodiscard]] Result<SignOffLapse>
signOffLapse(const store::Database &db, const Assessment &assessment, const QHash<QString, Record> &results);

/// The change that records `run` as the results of assessment `assessment` (a draft or a new one; the caller fills
/// its key, title, catalogue and scope): the assessment itself, one requirement result per requirement (the assessor's
/// judgement and notes already recorded are kept), and the findings of every failed check in the register-wide finding
/// table: a new one is open (or risk_accepted when an acceptance covers it) and first seen `today`; one found again is
/// last seen `today` and keeps its status, owner and history, except that a closed one found again is open again.
/// `records` are the register's values of the registered tables (RegisterService::records or RegisterData::records).
/// A requirement result or finding that would be written unchanged is left out of the change, so that a repeated run
/// on an unchanged register hands the write path only the assessment itself.
ChangeSet recordRun(const AssessmentRun &run,
                    const Assessment &assessment,
                    const QHash<QString, Record> &existingResults,
                    const QHash<QString, Record> &existingFindings,
                    const QDate &today);

/// The SHA-256 (hex) of an assessment's results as stored: each requirement's key, result and judgement, in key
/// order. Recorded by an approval; a later reader recomputes it to see that the frozen results are the approved ones.
QString resultsFingerprint(const QString &assessment, const QHash<QString, Record> &results);

/// The change that submits draft `assessment` in `actor`'s name on `today`, or why it cannot be submitted (not a
/// draft). The register rule decides again when it is written.
[[nodiscard]] Result<ChangeSet> submission(Assessment assessment, const Actor &actor, const QDate &today);

/// The change that approves submitted `assessment` in `actor`'s name on `today`, freezing it with the fingerprints:
/// the register's audit-trail head `head` and the SHA-256 of its requirement results among `results` (the register's
/// requirement_result records). Refused when it is not submitted; the four-eyes rule (a different account than the
/// submitter) is the register rule's, so every write path obeys it.
[[nodiscard]] Result<ChangeSet> approval(Assessment assessment,
                                         const Actor &actor,
                                         const QDate &today,
                                         const store::AuditHead &head,
                                         const QHash<QString, Record> &results);

/// The register rule of the sign-off (EntityRegistry rules): an approved assessment and its requirement results are
/// frozen (no write path changes or removes them); an assessment is submitted by the account that writes it, and
/// approved only after it was submitted, by a different account than the one that submitted it (four eyes), with
/// its fingerprints.
[[nodiscard]] Result<void>
signOffRule(const std::vector<RecordChange> &changes, const RecordLookup &lookup, const Actor &actor);

} // namespace bulwark::assessment
