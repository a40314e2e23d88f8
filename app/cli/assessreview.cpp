// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bulwark assess findings | finding set|add|accept | actions | action add|set | judge | diff: the review of
// assessments (docs/cli.md). The rules are decided in model/assessment/review.h and compare.h; this file reads the
// options, asks the model and prints.
#include "cli/commands.h"
#include "cli/output.h"
#include "model/assessment/compare.h"
#include "model/assessment/review.h"
#include "model/i18n/language.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace bulwark::cli {

using namespace assessment;

namespace {

QString option(const Context &context, const char *name)
{
    return context.parser.value(QString::fromLatin1(name));
}

bool isSet(const Context &context, const char *name)
{
    return context.parser.isSet(QString::fromLatin1(name));
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

QJsonValue scoreJson(double score)
{
    return score < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(std::round(score * 10.0) / 10.0);
}

QString scoreText(double score)
{
    return score < 0 ? QStringLiteral("-") : QStringLiteral("%1 %").arg(i18n::locale().toString(score, 'f', 1));
}

/// finding key -> the keys of the actions that link it (sorted).
QHash<QString, QStringList> actionsByFinding(const QHash<QString, Record> &actions)
{
    QHash<QString, QStringList> out;
    for (const Record &r : actions) {
        const auto &a = TableType<RemediationAction>::value(r);
        for (const QString &finding : a.findings)
            out[finding] << a.key;
    }
    for (QStringList &keys : out)
        keys.sort();
    return out;
}

QJsonObject findingJson(const FindingValue &f, const QStringList &actions)
{
    return QJsonObject{
        {QStringLiteral("key"), f.key},
        {QStringLiteral("check"), f.check.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.check)},
        {QStringLiteral("severity"), token(f.severity)},
        {QStringLiteral("subjects"), QJsonArray::fromStringList(f.subjects)},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("status"), token(f.status)},
        {QStringLiteral("owner"), f.owner},
        {QStringLiteral("first_seen"), dateJson(f.firstSeen)},
        {QStringLiteral("last_seen"), dateJson(f.lastSeen)},
        {QStringLiteral("actions"), QJsonArray::fromStringList(actions)}};
}

QJsonObject actionJson(const RemediationAction &a, const QDate &today)
{
    return QJsonObject{{QStringLiteral("key"), a.key},
                       {QStringLiteral("title"), a.title},
                       {QStringLiteral("owner"), a.owner},
                       {QStringLiteral("due"), dateJson(a.due)},
                       {QStringLiteral("status"), token(a.status)},
                       {QStringLiteral("findings"), QJsonArray::fromStringList(a.findings)},
                       {QStringLiteral("overdue"), a.isOverdue(today)}};
}

std::optional<FindingValue> findingOf(const RegisterService &service, const QString &key)
{
    const auto records = service.records(findingType());
    const auto it = records.constFind(key);
    if (it == records.constEnd())
        return std::nullopt;
    return TableType<FindingValue>::value(*it);
}

Error noFinding(const QString &key)
{
    return makeError(Error::Code::NotFound, Context::tr("There is no finding '%1'.").arg(key));
}

int listFindings(Context &context)
{
    std::optional<FindingStatus> status;
    if (isSet(context, "status")) {
        status = findingStatusFromToken(option(context, "status"));
        if (!status)
            return context.fail(Context::tr("--status must be open, in_remediation, closed or risk_accepted, got '%1'.")
                                    .arg(option(context, "status")));
    }
    auto service = context.openForReading();
    if (!service)
        return context.fail(service.error());
    const QHash<QString, QStringList> linked = actionsByFinding((*service)->records(remediationActionType()));
    std::vector<FindingValue> list;
    const auto records = (*service)->records(findingType());
    for (const Record &r : records) {
        const auto &f = TableType<FindingValue>::value(r);
        if ((status && f.status != *status) || (isSet(context, "check") && f.check != option(context, "check")))
            continue;
        list.push_back(f);
    }
    std::sort(list.begin(), list.end(), findingOrder);
    if (context.json()) {
        QJsonArray array;
        for (const FindingValue &f : list)
            array.append(findingJson(f, linked.value(f.key)));
        context.printJson(QJsonObject{{QStringLiteral("findings"), array}});
        return Ok;
    }
    if (list.empty()) {
        context.out << Context::tr("No findings.") << "\n";
        return Ok;
    }
    QList<QStringList> rows{{Context::tr("KEY"),
                             Context::tr("SEVERITY"),
                             Context::tr("STATUS"),
                             Context::tr("OWNER"),
                             Context::tr("CHECK"),
                             Context::tr("FIRST SEEN"),
                             Context::tr("LAST SEEN"),
                             Context::tr("ACTIONS"),
                             Context::tr("SUBJECTS"),
                             Context::tr("MESSAGE")}};
    for (const FindingValue &f : list)
        rows.append({f.key,
                     displayName(f.severity),
                     displayName(f.status),
                     f.owner.isEmpty() ? QStringLiteral("-") : f.owner,
                     f.check.isEmpty() ? Context::tr("(manual)") : f.check,
                     dateText(f.firstSeen),
                     dateText(f.lastSeen),
                     linked.value(f.key).join(u','),
                     f.subjects.join(u','),
                     f.message});
    context.out << Output::table(rows);
    return Ok;
}

int changeFinding(Context &context, const QStringList &args, const QDate &today)
{
    const QString verb = args.value(1);
    auto opened = context.openRegister();
    if (!opened)
        return context.fail(opened.error());
    RegisterService &service = **opened;
    Result<ChangeSet> change = ChangeSet();
    QString done;
    if (verb == u"add" && args.size() == 2) {
        FindingValue f;
        f.key = option(context, "key");
        f.message = option(context, "message");
        const std::optional<Severity> severity = severityFromToken(option(context, "severity"));
        if (!severity)
            return context.fail(Context::tr("--severity must be low, medium, high or critical, got '%1'.")
                                    .arg(option(context, "severity")));
        f.severity = *severity;
        f.subjects = context.parser.values(QStringLiteral("subject"));
        for (const QString &subject : std::as_const(f.subjects)) {
            if (!service.element(subject))
                return context.fail(
                    makeError(Error::Code::NotFound, Context::tr("--subject: there is no element '%1'.").arg(subject)));
        }
        if (isSet(context, "owner"))
            f.owner = option(context, "owner");
        change = addManualFinding(f, service.records(findingType()), today);
        done = Context::tr("Added finding %1.\n").arg(f.key);
    } else if ((verb == u"set" || verb == u"accept") && args.size() == 3) {
        const QString key = args.value(2);
        const std::optional<FindingValue> f = findingOf(service, key);
        if (!f)
            return context.fail(noFinding(key));
        if (verb == u"set") {
            std::optional<FindingStatus> status;
            if (isSet(context, "status")) {
                status = findingStatusFromToken(option(context, "status"));
                if (!status)
                    return context.fail(Context::tr("--status must be open, in_remediation or closed, got '%1'.")
                                            .arg(option(context, "status")));
            }
            if (!status && !isSet(context, "owner"))
                return context.fail(Context::tr("finding set: give --owner and/or --status."));
            change = updateFinding(
                *f, isSet(context, "owner") ? std::optional(option(context, "owner")) : std::nullopt, status);
            done = Context::tr("Changed finding %1.\n").arg(key);
        } else {
            auto review = context.dateOption(QStringLiteral("review"));
            if (!review)
                return context.fail(review.error());
            RiskAcceptance acceptance;
            acceptance.key = isSet(context, "key") ? option(context, "key") : QStringLiteral("RA-") + key;
            acceptance.reason = option(context, "reason");
            acceptance.approver = option(context, "approver");
            acceptance.accepted = today;
            acceptance.review = *review;
            change = acceptFinding(*f, acceptance);
            done = Context::tr("Accepted the risk of finding %1 as %2 (review by %3).\n")
                       .arg(key, acceptance.key, dateText(*review));
        }
    } else {
        return context.fail(Context::tr("use: assess finding add --key K --severity S --message M [--subject KEY...] "
                                        "| finding set KEY [--owner O] [--status S] | finding accept KEY --reason R "
                                        "--approver A --review DATE"));
    }
    if (!change)
        return context.fail(change.error());
    return context.applyAndReport(service, *change, [&](const ChangeSummary &) { return done; });
}

int listActions(Context &context, const QDate &today)
{
    auto service = context.openForReading();
    if (!service)
        return context.fail(service.error());
    std::vector<RemediationAction> list;
    for (const Record &r : (*service)->records(remediationActionType())) {
        const auto &a = TableType<RemediationAction>::value(r);
        if (!isSet(context, "overdue") || a.isOverdue(today))
            list.push_back(a);
    }
    // By due date (none last), then key.
    std::sort(list.begin(), list.end(), [](const RemediationAction &a, const RemediationAction &b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.due != b.due)
            return a.due < b.due;
        return a.key < b.key;
    });
    if (context.json()) {
        QJsonArray array;
        for (const RemediationAction &a : list)
            array.append(actionJson(a, today));
        context.printJson(
            QJsonObject{{QStringLiteral("today"), today.toString(Qt::ISODate)}, {QStringLiteral("actions"), array}});
        return Ok;
    }
    if (list.empty()) {
        context.out << (isSet(context, "overdue") ? Context::tr("No overdue actions.") : Context::tr("No actions."))
                    << "\n";
        return Ok;
    }
    QList<QStringList> rows{{Context::tr("KEY"),
                             Context::tr("DUE"),
                             Context::tr("STATUS"),
                             Context::tr("OWNER"),
                             Context::tr("FINDINGS"),
                             Context::tr("TITLE")}};
    int overdue = 0;
    for (const RemediationAction &a : list) {
        const bool late = a.isOverdue(today);
        overdue += late;
        rows.append({a.key,
                     dateText(a.due) + (late ? Context::tr(" OVERDUE") : QString()),
                     displayName(a.status),
                     a.owner.isEmpty() ? QStringLiteral("-") : a.owner,
                     a.findings.join(u','),
                     a.title});
    }
    context.out << Output::table(rows);
    context.out << Context::tr("%Ln overdue as of %1.\n", nullptr, overdue).arg(today.toString(Qt::ISODate));
    return Ok;
}

int changeAction(Context &context, const QStringList &args)
{
    const QString verb = args.value(1);
    auto opened = context.openRegister();
    if (!opened)
        return context.fail(opened.error());
    RegisterService &service = **opened;
    const auto records = service.records(remediationActionType());
    RemediationAction a;
    QString done;
    if (verb == u"add" && args.size() == 2) {
        a.key = option(context, "key");
        if (a.key.isEmpty())
            return context.fail(Context::tr("action add: --key is required."));
        if (records.contains(a.key))
            return context.fail(
                makeError(Error::Code::Conflict, Context::tr("There is already an action '%1'.").arg(a.key)));
        a.title = option(context, "title");
        done = Context::tr("Added action %1.\n").arg(a.key);
    } else if (verb == u"set" && args.size() == 3) {
        const auto it = records.constFind(args.value(2));
        if (it == records.constEnd())
            return context.fail(
                makeError(Error::Code::NotFound, Context::tr("There is no action '%1'.").arg(args.value(2))));
        a = TableType<RemediationAction>::value(*it);
        if (isSet(context, "title"))
            a.title = option(context, "title");
        if (isSet(context, "status")) {
            const std::optional<ActionStatus> status = actionStatusFromToken(option(context, "status"));
            if (!status)
                return context.fail(Context::tr("--status must be open, in_progress or done, got '%1'.")
                                        .arg(option(context, "status")));
            a.status = *status;
        }
        done = Context::tr("Changed action %1.\n").arg(a.key);
    } else {
        return context.fail(Context::tr("use: assess action add --key K --title T --owner O --due DATE "
                                        "[--finding KEY...] | action set KEY [--status S] [--owner O] [--due DATE] "
                                        "[--finding KEY...]"));
    }
    if (isSet(context, "owner"))
        a.owner = option(context, "owner");
    auto due = context.dateOption(QStringLiteral("due"), a.due);
    if (!due)
        return context.fail(due.error());
    a.due = *due;
    for (const QString &finding : context.parser.values(QStringLiteral("finding"))) {
        if (!a.findings.contains(finding))
            a.findings << finding;
    }
    auto change = recordAction(a, service.records(findingType()));
    if (!change)
        return context.fail(change.error());
    return context.applyAndReport(service, *change, [&](const ChangeSummary &) { return done; });
}

int judgeRequirementResult(Context &context, const QStringList &args)
{
    const QString word = args.value(3);
    std::optional<RequirementResult> judgement;
    if (word != u"clear") {
        judgement = requirementResultFromToken(word);
        if (!judgement)
            return context.fail(Context::tr("RESULT must be compliant, partially_compliant, non_compliant, "
                                            "not_applicable, not_assessed or clear, got '%1'.")
                                    .arg(word));
    }
    auto opened = context.openRegister();
    if (!opened)
        return context.fail(opened.error());
    RegisterService &service = **opened;
    if (!service.records(assessmentType()).contains(args.value(1)))
        return context.fail(
            makeError(Error::Code::NotFound, Context::tr("There is no assessment '%1'.").arg(args.value(1))));
    auto change = judgeRequirement(service.records(requirementResultType()),
                                   args.value(1),
                                   args.value(2),
                                   judgement,
                                   isSet(context, "notes") ? std::optional(option(context, "notes")) : std::nullopt);
    if (!change)
        return context.fail(change.error());
    return context.applyAndReport(service, *change, [&](const ChangeSummary &) {
        return judgement
            ? Context::tr("Judged %1 in assessment %2: %3.\n")
                  .arg(args.value(2), args.value(1), displayName(*judgement))
            : Context::tr("Cleared the judgement on %1 in assessment %2.\n").arg(args.value(2), args.value(1));
    });
}

QJsonObject scoreObject(const Score &score)
{
    QJsonObject chapters;
    for (auto it = score.byChapter.constBegin(); it != score.byChapter.constEnd(); ++it)
        chapters.insert(it.key(), scoreJson(it.value()));
    return QJsonObject{{QStringLiteral("overall"), scoreJson(score.overall)}, {QStringLiteral("chapters"), chapters}};
}

QJsonObject sideJson(const Assessment &a, const QDate &date)
{
    return QJsonObject{{QStringLiteral("key"), a.key},
                       {QStringLiteral("title"), a.title},
                       {QStringLiteral("status"), token(a.status)},
                       {QStringLiteral("date"), dateJson(date)},
                       {QStringLiteral("catalogue"), a.catalogue},
                       {QStringLiteral("catalogue_version"), a.catalogueVersion}};
}

int compare(Context &context, const QStringList &args)
{
    Catalogue other;
    const Catalogue *catalogue = &CatalogueLoader::dora();
    if (isSet(context, "catalogue")) {
        auto loaded = CatalogueLoader::load(option(context, "catalogue"));
        if (!loaded)
            return context.fail(loaded.error());
        other = std::move(*loaded);
        catalogue = &other;
    }
    auto service = context.openForReading();
    if (!service)
        return context.fail(service.error());
    const auto assessments = (*service)->records(assessmentType());
    for (const QString &key : {args.value(1), args.value(2)}) {
        if (!assessments.contains(key))
            return context.fail(makeError(Error::Code::NotFound, Context::tr("There is no assessment '%1'.").arg(key)));
    }
    const AssessmentComparison c
        = compareAssessments(TableType<Assessment>::value(*assessments.constFind(args.value(1))),
                             TableType<Assessment>::value(*assessments.constFind(args.value(2))),
                             *catalogue,
                             (*service)->records(requirementResultType()),
                             (*service)->records(findingType()));
    const QHash<QString, QStringList> linked = actionsByFinding((*service)->records(remediationActionType()));
    if (context.json()) {
        QJsonArray changed;
        for (const RequirementChange &r : c.changed)
            changed.append(QJsonObject{{QStringLiteral("id"), r.requirement},
                                       {QStringLiteral("before"), token(r.before)},
                                       {QStringLiteral("after"), token(r.after)},
                                       {QStringLiteral("trend"), token(r.trend)}});
        QJsonArray added, gone;
        for (const FindingValue &f : c.newFindings)
            added.append(findingJson(f, linked.value(f.key)));
        for (const FindingValue &f : c.goneFindings)
            gone.append(findingJson(f, linked.value(f.key)));
        context.printJson(
            QJsonObject{{QStringLiteral("before"), sideJson(c.before, c.beforeDate)},
                        {QStringLiteral("after"), sideJson(c.after, c.afterDate)},
                        {QStringLiteral("verdict"), token(c.verdict)},
                        {QStringLiteral("reason"), c.verdictReason},
                        {QStringLiteral("catalogue_differs"), c.catalogueDiffers},
                        {QStringLiteral("score"),
                         QJsonObject{{QStringLiteral("before"), scoreObject(c.scoreBefore)},
                                     {QStringLiteral("after"), scoreObject(c.scoreAfter)}}},
                        {QStringLiteral("requirements"),
                         QJsonObject{{QStringLiteral("changed"), changed},
                                     {QStringLiteral("only_before"), QJsonArray::fromStringList(c.onlyBefore)},
                                     {QStringLiteral("only_after"), QJsonArray::fromStringList(c.onlyAfter)}}},
                        {QStringLiteral("findings"),
                         QJsonObject{{QStringLiteral("new"), added}, {QStringLiteral("no_longer_seen"), gone}}}});
        return Ok;
    }
    QTextStream &out = context.out;
    out << Context::tr("%1 (%2) -> %3 (%4): %5, %6\n")
               .arg(c.before.key, dateText(c.beforeDate), c.after.key, dateText(c.afterDate))
               .arg(displayName(c.verdict).toUpper(), c.verdictReason);
    if (c.catalogueDiffers)
        out << Context::tr("Note: the two were run against different catalogues (%1 %2, %3 %4).\n")
                   .arg(c.before.catalogue, c.before.catalogueVersion, c.after.catalogue, c.after.catalogueVersion);
    QList<QStringList> rows{{Context::tr("SCORE"), c.before.key, c.after.key}};
    rows.append({Context::tr("overall"), scoreText(c.scoreBefore.overall), scoreText(c.scoreAfter.overall)});
    for (const QString &chapter : catalogue->chapters)
        rows.append({Context::tr("chapter %1").arg(chapter),
                     scoreText(c.scoreBefore.byChapter.value(chapter, -1)),
                     scoreText(c.scoreAfter.byChapter.value(chapter, -1))});
    out << "\n" << Output::table(rows);
    out << Context::tr("\nRequirements changed: %1\n").arg(c.changed.size());
    for (const RequirementChange &r : c.changed)
        out << QStringLiteral("  %1: %2 -> %3 (%4)\n")
                   .arg(r.requirement, token(r.before), token(r.after), displayName(r.trend).toLower());
    if (!c.onlyBefore.isEmpty())
        out << Context::tr("Only in %1: %2\n").arg(c.before.key, c.onlyBefore.join(QStringLiteral(", ")));
    if (!c.onlyAfter.isEmpty())
        out << Context::tr("Only in %1: %2\n").arg(c.after.key, c.onlyAfter.join(QStringLiteral(", ")));
    out << Context::tr("\nNew findings: %1\n").arg(c.newFindings.size());
    for (const FindingValue &f : c.newFindings)
        out << QStringLiteral("  %1 [%2] %3\n").arg(f.key, displayName(f.severity), f.message);
    out << Context::tr("No longer seen: %1\n").arg(c.goneFindings.size());
    for (const FindingValue &f : c.goneFindings)
        out << QStringLiteral("  %1 [%2] %3\n").arg(f.key, displayName(f.severity), f.message);
    return Ok;
}

} // namespace

bool isAssessReview(const QString &action)
{
    static const QStringList actions{QStringLiteral("findings"),
                                     QStringLiteral("finding"),
                                     QStringLiteral("actions"),
                                     QStringLiteral("action"),
                                     QStringLiteral("judge"),
                                     QStringLiteral("diff")};
    return actions.contains(action);
}

void addAssessReviewOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("status"),
                      Context::tr("With findings: only findings with this status; with finding set or action set: the "
                                  "new status."),
                      QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("check"),
                      Context::tr("With findings: only the findings of this check."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("owner"),
                      Context::tr("With finding add/set or action add/set: the owner."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("key"),
                      Context::tr("With finding add, action add or evidence add/link: the new key; with finding "
                                  "accept: the risk acceptance's key (default RA-<finding key>)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("severity"),
                      Context::tr("With finding add: low, medium, high or critical."),
                      QStringLiteral("SEVERITY")});
    parser.addOption(
        {QStringLiteral("message"), Context::tr("With finding add: what was found."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("subject"),
                      Context::tr("With finding add: an element the finding is about (repeat for several)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("reason"),
                      Context::tr("With finding accept: why the risk is accepted."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("approver"),
                      Context::tr("With finding accept: who approved the acceptance."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("review"),
                      Context::tr("With finding accept: when the acceptance is reviewed (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("overdue"), Context::tr("With actions: only the overdue ones.")});
    parser.addOption({QStringLiteral("due"),
                      Context::tr("With action add/set: the due date (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("finding"),
                      Context::tr("With action add/set: link this finding (repeat for several); an open finding "
                                  "moves to in_remediation."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("notes"),
                      Context::tr("With judge: the assessor's notes (replace the ones recorded)."),
                      QStringLiteral("TEXT")});
}

int runAssessReview(Context &context)
{
    const QStringList args = context.positional();
    const QString action = args.value(0);
    if (context.db().isEmpty())
        return context.fail(Context::tr("--db FILE is required: the register to work on."));
    auto today = context.dateOption(QStringLiteral("today"), QDate::currentDate());
    if (!today)
        return context.fail(today.error());
    if (action == u"findings" && args.size() == 1)
        return listFindings(context);
    if (action == u"finding")
        return changeFinding(context, args, *today);
    if (action == u"actions" && args.size() == 1)
        return listActions(context, *today);
    if (action == u"action")
        return changeAction(context, args);
    if (action == u"judge" && args.size() == 4)
        return judgeRequirementResult(context, args);
    if (action == u"diff" && args.size() == 3)
        return compare(context, args);
    return context.fail(Context::tr("use: assess findings | finding add|set|accept ... | actions | action add|set ... "
                                    "| judge ASSESSMENT REQUIREMENT RESULT | diff A B"));
}

} // namespace bulwark::cli
