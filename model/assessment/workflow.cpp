// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/assessment/workflow.h"

#include "model/assessment/evidence.h"
#include "model/assessment/words.h"
#include "model/register/fieldkinds.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace bulwark::assessment {

namespace {

constexpr std::array<words::Word, 3> assessmentStatusWords{{
    {"draft", QT_TRANSLATE_NOOP("Assessment", "Draft")},
    {"submitted", QT_TRANSLATE_NOOP("Assessment", "Submitted")},
    {"approved", QT_TRANSLATE_NOOP("Assessment", "Approved")},
}};
constexpr std::array<words::Word, 4> findingStatusWords{{
    {"open", QT_TRANSLATE_NOOP("Assessment", "Open")},
    {"in_remediation", QT_TRANSLATE_NOOP("Assessment", "In remediation")},
    {"closed", QT_TRANSLATE_NOOP("Assessment", "Closed")},
    {"risk_accepted", QT_TRANSLATE_NOOP("Assessment", "Risk accepted")},
}};
constexpr std::array<words::Word, 3> actionStatusWords{{
    {"open", QT_TRANSLATE_NOOP("Assessment", "Open")},
    {"in_progress", QT_TRANSLATE_NOOP("Assessment", "In progress")},
    {"done", QT_TRANSLATE_NOOP("Assessment", "Done")},
}};

using fieldkinds::Choices;

const Choices<AssessmentStatus> assessmentStatusChoices{
    3,
    [](AssessmentStatus s) { return token(s); },
    &assessmentStatusFromToken,
    [](AssessmentStatus s) { return displayName(s); },
};
const Choices<FindingStatus> findingStatusChoices{
    4,
    [](FindingStatus s) { return token(s); },
    &findingStatusFromToken,
    [](FindingStatus s) { return displayName(s); },
};
const Choices<ActionStatus> actionStatusChoices{
    3,
    [](ActionStatus s) { return token(s); },
    &actionStatusFromToken,
    [](ActionStatus s) { return displayName(s); },
};
const Choices<Severity> severityChoices{
    4,
    [](Severity s) { return token(s); },
    &severityFromToken,
    [](Severity s) { return displayName(s); },
};
const Choices<RequirementResult> requirementResultChoices{
    5,
    [](RequirementResult r) { return token(r); },
    &requirementResultFromToken,
    [](RequirementResult r) { return displayName(r); },
};

Result<void> refuse(const QString &message, const QString &field = {})
{
    return makeError(Error::Code::Conflict, message, field);
}

} // namespace

QString token(AssessmentStatus status)
{
    return words::token(assessmentStatusWords, int(status));
}
QString displayName(AssessmentStatus status)
{
    return words::name(assessmentStatusWords, int(status));
}
std::optional<AssessmentStatus> assessmentStatusFromToken(QStringView token)
{
    return words::find<AssessmentStatus>(assessmentStatusWords, token);
}
QString token(FindingStatus status)
{
    return words::token(findingStatusWords, int(status));
}
QString displayName(FindingStatus status)
{
    return words::name(findingStatusWords, int(status));
}
std::optional<FindingStatus> findingStatusFromToken(QStringView token)
{
    return words::find<FindingStatus>(findingStatusWords, token);
}
QString token(ActionStatus status)
{
    return words::token(actionStatusWords, int(status));
}
QString displayName(ActionStatus status)
{
    return words::name(actionStatusWords, int(status));
}
std::optional<ActionStatus> actionStatusFromToken(QStringView token)
{
    return words::find<ActionStatus>(actionStatusWords, token);
}

QString requirementResultKey(const QString &assessment, const QString &requirement)
{
    return assessment + u'/' + requirement;
}

QString findingKey(const QString &check, const QStringList &subjects)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(check.toUtf8());
    for (const QString &subject : subjects) {
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(subject.toUtf8());
    }
    return QStringLiteral("FND-") + QString::fromLatin1(hash.result().toHex().left(16)).toUpper();
}

// clang-format off
const TableType<Assessment> &assessmentType()
{
    using namespace fieldkinds;
    static const TableType<Assessment> type(
        QStringLiteral("assessment"), QT_TRANSLATE_NOOP("EntityType", "assessment"),
        FieldTable<Assessment>({
            textField("key", &Assessment::key,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Key"), .column = QT_TRANSLATE_NOOP("Fields", "Key"),
                 .required = true}),
            textField("title", &Assessment::title,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Title"), .column = QT_TRANSLATE_NOOP("Fields", "Title"),
                 .required = true}),
            textField("catalogue", &Assessment::catalogue,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Catalogue"), .column = QT_TRANSLATE_NOOP("Fields", "Catalogue"),
                 .required = true}),
            textField("catalogue_version", &Assessment::catalogueVersion,
                {.label = QT_TRANSLATE_NOOP("Fields", "Catalogue &version"), .required = true}),
            listField("scope", &Assessment::scope,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Scope"),
                 .placeholder = QT_TRANSLATE_NOOP("Fields", "function keys, separated by ; (empty: all)"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Scope")}),
            dateField("period_start", &Assessment::periodStart,
                {.label = QT_TRANSLATE_NOOP("Fields", "Period &from")}),
            dateField("period_end", &Assessment::periodEnd, {.label = QT_TRANSLATE_NOOP("Fields", "Period &to")}),
            textField("preparer", &Assessment::preparer,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Preparer"), .column = QT_TRANSLATE_NOOP("Fields", "Preparer")}),
            choiceField("status", &Assessment::status, assessmentStatusChoices,
                {.label = QT_TRANSLATE_NOOP("Fields", "St&atus"), .column = QT_TRANSLATE_NOOP("Fields", "Status"),
                 .required = true}),
            textField("submitted_by", &Assessment::submittedBy,
                {.column = QT_TRANSLATE_NOOP("Fields", "Submitted by")}),
            dateField("submitted_at", &Assessment::submittedAt, {.column = QT_TRANSLATE_NOOP("Fields", "Submitted")}),
            textField("approved_by", &Assessment::approvedBy, {.column = QT_TRANSLATE_NOOP("Fields", "Approved by")}),
            dateField("approved_at", &Assessment::approvedAt, {.column = QT_TRANSLATE_NOOP("Fields", "Approved")}),
            optionalWholeNumberField("register_seq", &Assessment::registerSeq, {}),
            textField("register_hash", &Assessment::registerHash, {}),
            textField("results_hash", &Assessment::resultsHash, {}),
        }),
        QStringLiteral("key"),
        {"SELECT key, title, catalogue, catalogue_version, scope, period_start, period_end, preparer, status, "
         "submitted_by, submitted_at, approved_by, approved_at, register_seq, register_hash, results_hash "
         "FROM assessment ORDER BY key",
         "INSERT INTO assessment (key, title, catalogue, catalogue_version, scope, period_start, period_end, preparer, "
         "status, submitted_by, submitted_at, approved_by, approved_at, register_seq, register_hash, results_hash) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
         "UPDATE assessment SET title = ?2, catalogue = ?3, catalogue_version = ?4, scope = ?5, period_start = ?6, "
         "period_end = ?7, preparer = ?8, status = ?9, submitted_by = ?10, submitted_at = ?11, approved_by = ?12, "
         "approved_at = ?13, register_seq = ?14, register_hash = ?15, results_hash = ?16 WHERE key = ?1",
         "DELETE FROM assessment WHERE key = ?1"},
        {},
        [](const Assessment &a) -> Result<void> {
            for (const QString &key : a.scope) {
                if (auto r = entitytype::checkKey(key, QStringLiteral("scope")); !r)
                    return r;
            }
            if (a.periodStart.isValid() && a.periodEnd.isValid() && a.periodEnd < a.periodStart)
                return makeError(Error::Code::Invalid,
                                 QCoreApplication::translate("Assessment", "must not be before the period's start"),
                                 QStringLiteral("period_end"));
            return {};
        });
    return type;
}

const TableType<RequirementResultValue> &requirementResultType()
{
    using namespace fieldkinds;
    static const TableType<RequirementResultValue> type(
        QStringLiteral("requirement_result"), QT_TRANSLATE_NOOP("EntityType", "requirement result"),
        FieldTable<RequirementResultValue>({
            textField("key", &RequirementResultValue::key, {.required = true}),
            textField("assessment", &RequirementResultValue::assessment,
                {.column = QT_TRANSLATE_NOOP("Fields", "Assessment"), .required = true}),
            textField("requirement", &RequirementResultValue::requirement,
                {.column = QT_TRANSLATE_NOOP("Fields", "Requirement"), .required = true}),
            choiceField("result", &RequirementResultValue::result, requirementResultChoices,
                {.column = QT_TRANSLATE_NOOP("Fields", "From checks"), .required = true}),
            optionalChoiceField("judgement", &RequirementResultValue::judgement, requirementResultChoices,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Judgement"), .column = QT_TRANSLATE_NOOP("Fields", "Judgement")}),
            textField("notes", &RequirementResultValue::notes,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Notes")}, FieldType::LongText),
        }),
        QStringLiteral("key"),
        {"SELECT key, assessment, requirement, result, judgement, notes FROM requirement_result ORDER BY key",
         "INSERT INTO requirement_result (key, assessment, requirement, result, judgement, notes) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
         "UPDATE requirement_result SET assessment = ?2, requirement = ?3, result = ?4, judgement = ?5, notes = ?6 "
         "WHERE key = ?1",
         "DELETE FROM requirement_result WHERE key = ?1"},
        {},
        [](const RequirementResultValue &r) -> Result<void> {
            if (r.key != requirementResultKey(r.assessment, r.requirement))
                return makeError(Error::Code::Invalid,
                                 QCoreApplication::translate("Assessment", "must be '%1'")
                                     .arg(requirementResultKey(r.assessment, r.requirement)),
                                 QStringLiteral("key"));
            return {};
        });
    return type;
}

const TableType<FindingValue> &findingType()
{
    using namespace fieldkinds;
    static const TableType<FindingValue> type(
        QStringLiteral("finding"), QT_TRANSLATE_NOOP("EntityType", "finding"),
        FieldTable<FindingValue>({
            textField("key", &FindingValue::key,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Key"), .column = QT_TRANSLATE_NOOP("Fields", "Key"),
                 .required = true}),
            textField("check", &FindingValue::check, {.column = QT_TRANSLATE_NOOP("Fields", "Check")}),
            listField("subjects", &FindingValue::subjects, {.column = QT_TRANSLATE_NOOP("Fields", "Subjects")}),
            choiceField("severity", &FindingValue::severity, severityChoices,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Severity"), .column = QT_TRANSLATE_NOOP("Fields", "Severity"),
                 .required = true}),
            textField("message", &FindingValue::message,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Message"), .column = QT_TRANSLATE_NOOP("Fields", "Finding"),
                 .required = true}, FieldType::LongText),
            choiceField("status", &FindingValue::status, findingStatusChoices,
                {.label = QT_TRANSLATE_NOOP("Fields", "St&atus"), .column = QT_TRANSLATE_NOOP("Fields", "Status"),
                 .required = true}),
            textField("owner", &FindingValue::owner,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Owner"), .column = QT_TRANSLATE_NOOP("Fields", "Owner")}),
            dateField("first_seen", &FindingValue::firstSeen, {.column = QT_TRANSLATE_NOOP("Fields", "First seen")}),
            dateField("last_seen", &FindingValue::lastSeen, {.column = QT_TRANSLATE_NOOP("Fields", "Last seen")}),
        }),
        QStringLiteral("key"),
        {"SELECT key, check_id, subjects, severity, message, status, owner, first_seen, last_seen FROM finding "
         "ORDER BY key",
         "INSERT INTO finding (key, check_id, subjects, severity, message, status, owner, first_seen, last_seen) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
         "UPDATE finding SET check_id = ?2, subjects = ?3, severity = ?4, message = ?5, status = ?6, owner = ?7, "
         "first_seen = ?8, last_seen = ?9 WHERE key = ?1",
         "DELETE FROM finding WHERE key = ?1"});
    return type;
}

const TableType<RemediationAction> &remediationActionType()
{
    using namespace fieldkinds;
    static const TableType<RemediationAction> type(
        QStringLiteral("remediation_action"), QT_TRANSLATE_NOOP("EntityType", "remediation action"),
        FieldTable<RemediationAction>({
            textField("key", &RemediationAction::key,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Key"), .column = QT_TRANSLATE_NOOP("Fields", "Key"),
                 .required = true}),
            textField("title", &RemediationAction::title,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Title"), .column = QT_TRANSLATE_NOOP("Fields", "Action"),
                 .required = true}),
            textField("owner", &RemediationAction::owner,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Owner"), .column = QT_TRANSLATE_NOOP("Fields", "Owner")}),
            dateField("due", &RemediationAction::due,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Due"), .column = QT_TRANSLATE_NOOP("Fields", "Due")}),
            choiceField("status", &RemediationAction::status, actionStatusChoices,
                {.label = QT_TRANSLATE_NOOP("Fields", "St&atus"), .column = QT_TRANSLATE_NOOP("Fields", "Status"),
                 .required = true}),
            listField("findings", &RemediationAction::findings,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Findings"), .column = QT_TRANSLATE_NOOP("Fields", "Findings")}),
        }),
        QStringLiteral("key"),
        {"SELECT key, title, owner, due, status, findings FROM remediation_action ORDER BY key",
         "INSERT INTO remediation_action (key, title, owner, due, status, findings) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
         "UPDATE remediation_action SET title = ?2, owner = ?3, due = ?4, status = ?5, findings = ?6 WHERE key = ?1",
         "DELETE FROM remediation_action WHERE key = ?1"});
    return type;
}
// clang-format on

ChangeSet recordRun(const AssessmentRun &run,
                    const Assessment &assessment,
                    const QHash<QString, Record> &existingResults,
                    const QHash<QString, Record> &existingFindings,
                    const QDate &today)
{
    ChangeSet changes;
    changes.add(assessmentType().record(assessment), ChangeSet::Mode::Upsert);
    for (const RequirementOutcome &outcome : run.requirements) {
        RequirementResultValue value;
        value.assessment = assessment.key;
        value.requirement = outcome.requirement->id;
        value.key = requirementResultKey(assessment.key, value.requirement);
        value.result = outcome.result;
        if (const auto it = existingResults.constFind(value.key); it != existingResults.constEnd()) {
            const auto &before = TableType<RequirementResultValue>::value(*it);
            value.judgement = before.judgement;
            value.notes = before.notes;
            if (value == before)
                continue; // unchanged: not in the change at all (a repeat run on a large register stays cheap)
        }
        changes.add(requirementResultType().record(value), ChangeSet::Mode::Upsert);
    }
    for (const CheckRun &check : run.checks) {
        for (const Finding &f : check.outcome.findings) {
            FindingValue value;
            value.key = findingKey(f.check, f.subjects);
            value.check = f.check;
            value.subjects = f.subjects;
            value.severity = f.severity;
            value.message = f.message;
            value.firstSeen = today;
            value.lastSeen = today;
            value.status = f.acceptedBy.isEmpty() ? FindingStatus::Open : FindingStatus::RiskAccepted;
            if (const auto it = existingFindings.constFind(value.key); it != existingFindings.constEnd()) {
                const auto &before = TableType<FindingValue>::value(*it);
                value.firstSeen = before.firstSeen.isValid() ? before.firstSeen : today;
                value.owner = before.owner;
                value.status = before.status == FindingStatus::Closed ? FindingStatus::Open : before.status;
                if (!f.acceptedBy.isEmpty())
                    value.status = FindingStatus::RiskAccepted;
                else if (value.status == FindingStatus::RiskAccepted)
                    value.status = FindingStatus::Open; // its acceptance lapsed or went
                if (value == before)
                    continue; // found again the same day, unchanged
            }
            changes.add(findingType().record(value), ChangeSet::Mode::Upsert);
        }
    }
    return changes;
}

Result<ChangeSet> submission(Assessment assessment, const Actor &actor, const QDate &today)
{
    if (assessment.status != AssessmentStatus::Draft)
        return makeError(Error::Code::Conflict,
                         QCoreApplication::translate("Assessment", "Assessment '%1' is %2, not a draft.")
                             .arg(assessment.key, displayName(assessment.status)));
    assessment.status = AssessmentStatus::Submitted;
    assessment.submittedBy = actor.user;
    assessment.submittedAt = today;
    ChangeSet change;
    change.add(assessmentType().record(assessment), ChangeSet::Mode::Update);
    return change;
}

Result<ChangeSet> approval(Assessment assessment,
                           const Actor &actor,
                           const QDate &today,
                           const store::AuditHead &head,
                           const QHash<QString, Record> &results)
{
    if (assessment.status != AssessmentStatus::Submitted)
        return makeError(
            Error::Code::Conflict,
            QCoreApplication::translate("Assessment", "Assessment '%1' is %2; only a submitted one can be approved.")
                .arg(assessment.key, displayName(assessment.status)));
    assessment.status = AssessmentStatus::Approved;
    assessment.approvedBy = actor.user;
    assessment.approvedAt = today;
    assessment.registerSeq = int(head.seq);
    assessment.registerHash = QString::fromLatin1(head.hash);
    assessment.resultsHash = resultsFingerprint(assessment.key, results);
    ChangeSet change;
    change.add(assessmentType().record(assessment), ChangeSet::Mode::Update);
    return change;
}

QString resultsFingerprint(const QString &assessment, const QHash<QString, Record> &results)
{
    QStringList keys;
    for (auto it = results.constBegin(); it != results.constEnd(); ++it) {
        if (TableType<RequirementResultValue>::value(*it).assessment == assessment)
            keys << it.key();
    }
    keys.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &key : std::as_const(keys)) {
        const auto &r = TableType<RequirementResultValue>::value(*results.constFind(key)); // in the hash, not a copy
        hash.addData(
            (key + u'\x1f' + token(r.result) + u'\x1f' + (r.judgement ? token(*r.judgement) : QString()) + u'\n')
                .toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

namespace {

/// The "status" token of an audited value (canonical JSON), or empty when there was none.
QString statusIn(const QByteArray &json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json).object().value(QLatin1String("status")).toString();
}

/// Why `assessment`'s approval cannot be confirmed from the register's trail, or empty when it can (signOffLapse).
Result<QString>
unverifiedApproval(const store::Database &db, const Assessment &assessment, const QHash<QString, Record> &results)
{
    auto translate = [](const char *text) { return QCoreApplication::translate("Assessment", text); };
    auto entries = store::AuditLog::entries(db, assessment.key, 0);
    if (!entries)
        return entries.error();
    const qint64 head = *assessment.registerSeq;
    const store::AuditEntry *approvalEntry = nullptr;
    const store::AuditEntry *submissionEntry = nullptr;
    for (const store::AuditEntry &e : std::as_const(*entries)) { // newest first
        if (e.entity != store::AuditEntity::Registered || e.registeredEntity != assessmentType().token()
            || e.entityKey != assessment.key)
            continue;
        if (e.seq == head + 1)
            approvalEntry = &e;
        else if (e.seq <= head && !submissionEntry && statusIn(e.after) == token(AssessmentStatus::Submitted)
                 && statusIn(e.before) != token(AssessmentStatus::Submitted))
            submissionEntry = &e;
    }
    if (!approvalEntry || statusIn(approvalEntry->before) != token(AssessmentStatus::Submitted)
        || statusIn(approvalEntry->after) != token(AssessmentStatus::Approved))
        return translate("the approval is not in this register's audit trail: the assessment was brought in from "
                         "another register, or written outside Bulwark");
    if (approvalEntry->actor != assessment.approvedBy)
        return translate("the audit trail records the approval by another account than the approver named");
    if (!submissionEntry || statusIn(submissionEntry->before) != token(AssessmentStatus::Draft)
        || submissionEntry->actor != assessment.submittedBy)
        return translate("the submission is not in this register's audit trail in the submitter's name");
    // The head the approval recorded.
    QByteArray headHash = store::AuditLog::genesisHash();
    if (head > 0) {
        headHash.clear();
        auto found = store::AuditLog::entryAt(db, head);
        if (!found)
            return found.error();
        if (*found)
            headHash = (*found)->hash;
    }
    if (headHash != assessment.registerHash.toLatin1())
        return translate("the register fingerprint of the approval does not match this register's audit trail");
    if (resultsFingerprint(assessment.key, results) != assessment.resultsHash)
        return translate("the stored results differ from the results that were approved");
    return QString();
}

} // namespace

Result<SignOffLapse>
signOffLapse(const store::Database &db, const Assessment &assessment, const QHash<QString, Record> &results)
{
    SignOffLapse lapse;
    if (assessment.status != AssessmentStatus::Approved || !assessment.registerSeq)
        return lapse;
    auto unverified = unverifiedApproval(db, assessment, results);
    if (!unverified)
        return unverified.error();
    lapse.unverified = *unverified;
    const qint64 approvedAt = *assessment.registerSeq;
    // Newest first; the walk stops at the entry the approval saw.
    auto walked = store::AuditLog::forEachEntry(db, [&](const store::AuditEntry &entry) {
        if (entry.seq <= approvedAt)
            return false;
        if (entry.entity == store::AuditEntity::Element || entry.entity == store::AuditEntity::Dependency
            || entry.entity == store::AuditEntity::Group)
            lapse.changes.push_back(entry);
        return true;
    });
    if (!walked && walked.error().code != Error::Code::Canceled)
        return walked.error();
    lapse.lapsed = !lapse.changes.empty();
    return lapse;
}

Result<void> signOffRule(const std::vector<RecordChange> &changes, const RecordLookup &lookup, const Actor &actor)
{
    const TableType<Assessment> &assessments = assessmentType();
    auto frozen = [&](const QString &key) -> const Assessment * {
        const Record *r = lookup.find(assessments, key);
        if (!r)
            return nullptr;
        const Assessment &a = TableType<Assessment>::value(*r);
        return a.status == AssessmentStatus::Approved ? &a : nullptr;
    };
    auto frozenError = [](const Assessment &a) {
        return refuse(
            QCoreApplication::translate("Assessment",
                                        "assessment '%1' was approved by %2 on %3 and is frozen: it and its "
                                        "results cannot be changed or removed. Start a new assessment instead.")
                .arg(a.key, a.approvedBy, a.approvedAt.toString(Qt::ISODate)));
    };
    for (const RecordChange &change : changes) {
        if (change.type == &requirementResultType()) {
            for (const Record *r : {change.before, change.after}) {
                if (!r)
                    continue;
                if (const Assessment *a = frozen(TableType<RequirementResultValue>::value(*r).assessment))
                    return frozenError(*a);
            }
            continue;
        }
        if (change.type == &evidenceType()) { // evidence gathered for a frozen assessment is frozen with it
            for (const Record *r : {change.before, change.after}) {
                if (r) {
                    if (const Assessment *a = frozen(TableType<Evidence>::value(*r).assessment))
                        return frozenError(*a);
                }
            }
            continue;
        }
        if (change.type != &assessments)
            continue;
        if (const Assessment *a = frozen(change.key))
            return frozenError(*a);
        if (!change.after)
            continue; // removing a draft or submitted assessment is allowed
        const Assessment &after = TableType<Assessment>::value(*change.after);
        const bool ownSubmission = after.status == AssessmentStatus::Submitted && after.submittedBy == actor.user;
        if (!change.before && after.status != AssessmentStatus::Draft && !ownSubmission) {
            // Brought in already submitted or approved (an import of another register's export): kept as it was
            // signed there, and shown as not verifiable here (signOffLapse), since its trail stayed behind. Its
            // sign-off must still be whole and four-eyed.
            const bool whole = !after.submittedBy.isEmpty() && after.submittedAt.isValid()
                && (after.status != AssessmentStatus::Approved
                    || (!after.approvedBy.isEmpty() && after.approvedBy != after.submittedBy && after.registerSeq
                        && !after.registerHash.isEmpty() && !after.resultsHash.isEmpty()
                        && after.approvedAt.isValid()));
            if (!whole)
                return refuse(QCoreApplication::translate("Assessment",
                                                          "assessment '%1' arrives %2 without a whole four-eyes "
                                                          "sign-off (submitter, approver, dates and fingerprints)")
                                  .arg(after.key, displayName(after.status)),
                              QStringLiteral("status"));
            continue;
        }
        const AssessmentStatus before
            = change.before ? TableType<Assessment>::value(*change.before).status : AssessmentStatus::Draft;
        if (after.status == AssessmentStatus::Submitted && before != AssessmentStatus::Submitted) {
            if (after.submittedBy != actor.user)
                return refuse(QCoreApplication::translate("Assessment",
                                                          "an assessment is submitted by the account that submits it "
                                                          "(%1), not '%2'")
                                  .arg(actor.user, after.submittedBy),
                              QStringLiteral("submitted_by"));
        }
        if (after.status == AssessmentStatus::Approved) {
            if (before != AssessmentStatus::Submitted)
                return refuse(
                    QCoreApplication::translate("Assessment", "assessment '%1' must be submitted before it is approved")
                        .arg(after.key),
                    QStringLiteral("status"));
            if (after.approvedBy != actor.user)
                return refuse(QCoreApplication::translate("Assessment",
                                                          "an assessment is approved by the account that approves it "
                                                          "(%1), not '%2'")
                                  .arg(actor.user, after.approvedBy),
                              QStringLiteral("approved_by"));
            if (after.approvedBy == after.submittedBy)
                return refuse(QCoreApplication::translate("Assessment",
                                                          "four eyes: %1 submitted assessment '%2', so a different "
                                                          "person must approve it")
                                  .arg(after.submittedBy, after.key),
                              QStringLiteral("approved_by"));
            if (!after.registerSeq || after.registerHash.isEmpty() || after.resultsHash.isEmpty()
                || !after.approvedAt.isValid())
                return refuse(QCoreApplication::translate("Assessment",
                                                          "an approval records its date and the fingerprints of the "
                                                          "register and of the results"),
                              QStringLiteral("results_hash"));
        }
    }
    return {};
}

} // namespace bulwark::assessment
