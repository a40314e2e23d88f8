// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/assessment/run.h"
#include "model/assessment/workflow.h"
#include "model/i18n/language.h"
#include "model/store/registerstore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace bulwark::cli {

// assessreview.cpp: findings, finding, actions, action, judge, diff.
bool isAssessReview(const QString &action);
void addAssessReviewOptions(QCommandLineParser &parser);
int runAssessReview(Context &context);
// assessevidence.cpp: `assess evidence ...`.
void addEvidenceOptions(QCommandLineParser &parser);
int assessEvidence(Context &context, const QStringList &args);

namespace {

/// A score for machines: one decimal, null when nothing counts.
QByteArray scoreJson(double score)
{
    return score < 0 ? QByteArrayLiteral("null") : QByteArray::number(std::round(score * 10.0) / 10.0, 'g', 15);
}

QString scoreText(double score)
{
    return score < 0 ? Context::tr("no score (nothing applicable)")
                     : QStringLiteral("%1 %").arg(i18n::locale().toString(score, 'f', 1));
}

/// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped, the rest as UTF-8.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendStrings(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ", ";
        appendString(out, list[i]);
    }
    out += ']';
}

/// The `assess run --json` document (docs/cli.md). Written as text rather than through QJsonDocument: a register of
/// 100,000 elements can have half a million findings, and building them as JSON objects took longer than the checks.
QByteArray runJson(const assessment::Catalogue &catalogue,
                   const assessment::AssessmentRun &run,
                   const QDate &today,
                   const QStringList &scope)
{
    using namespace assessment;
    QByteArray out;
    out.reserve(1 << 16);
    out += "{\n  \"catalogue\": {\"id\": ";
    appendString(out, catalogue.id);
    out += ", \"version\": ";
    appendString(out, catalogue.version);
    out += "},\n  \"today\": ";
    appendString(out, today.toString(Qt::ISODate));
    out += ",\n  \"scope\": ";
    appendStrings(out, scope);
    out += ",\n  \"checks\": [";
    for (std::size_t i = 0; i < run.checks.size(); ++i) {
        const CheckRun &c = run.checks[i];
        out += i > 0 ? ",\n    {\"id\": " : "\n    {\"id\": ";
        appendString(out, QString::fromLatin1(c.check->id));
        out += ", \"title\": ";
        appendString(out, QCoreApplication::translate("Checks", c.check->title));
        out += ", \"reference\": ";
        appendString(out, QString::fromLatin1(c.check->reference));
        out += ", \"severity\": ";
        appendString(out, token(c.check->severity));
        out += ", \"status\": ";
        appendString(out, token(c.outcome.status));
        out += ",\n     \"findings\": [";
        for (std::size_t j = 0; j < c.outcome.findings.size(); ++j) {
            const Finding &f = c.outcome.findings[j];
            out += j > 0 ? ",\n       {\"severity\": " : "\n       {\"severity\": ";
            appendString(out, token(f.severity));
            out += ", \"subjects\": ";
            appendStrings(out, f.subjects);
            out += ", \"message\": ";
            appendString(out, f.message);
            if (!f.acceptedBy.isEmpty()) {
                out += ", \"accepted_by\": ";
                appendString(out, f.acceptedBy);
            }
            if (f.fix) {
                out += ", \"fix\": ";
                appendString(out, f.fixText);
            }
            out += '}';
        }
        out += c.outcome.findings.empty() ? "]}" : "\n     ]}";
    }
    out += "\n  ],\n  \"requirements\": [";
    for (std::size_t i = 0; i < run.requirements.size(); ++i) {
        const RequirementOutcome &r = run.requirements[i];
        out += i > 0 ? ",\n    {\"id\": " : "\n    {\"id\": ";
        appendString(out, r.requirement->id);
        out += ", \"reference\": ";
        appendString(out, r.requirement->reference);
        out += ", \"title\": ";
        appendString(out, r.requirement->title);
        out += ", \"result\": ";
        appendString(out, token(r.result));
        out += ", \"checks\": ";
        appendStrings(out, r.requirement->checks);
        out += '}';
    }
    out += "\n  ],\n  \"score\": {\"overall\": " + scoreJson(run.score.overall) + ", \"chapters\": {";
    bool first = true;
    for (auto it = run.score.byChapter.constBegin(); it != run.score.byChapter.constEnd(); ++it, first = false) {
        out += first ? "" : ", ";
        appendString(out, it.key());
        out += ": " + scoreJson(it.value());
    }
    out += "}, \"articles\": {";
    first = true;
    for (auto it = run.score.byArticle.constBegin(); it != run.score.byArticle.constEnd(); ++it, first = false) {
        out += first ? "" : ", ";
        appendString(out, it.key());
        out += ": " + scoreJson(it.value());
    }
    out += "}}\n}\n";
    return out;
}

QString runText(const assessment::Catalogue &catalogue, const assessment::AssessmentRun &run, const QDate &today)
{
    using namespace assessment;
    QString text
        = Context::tr("%1 %2, as of %3\n\n").arg(catalogue.name, catalogue.version, today.toString(Qt::ISODate));
    QList<QStringList> rows;
    rows.append({Context::tr("CHECK"), Context::tr("STATUS"), Context::tr("FINDINGS"), Context::tr("TITLE")});
    for (const CheckRun &c : run.checks) {
        QString status = c.outcome.status == CheckStatus::Pass ? Context::tr("pass")
            : c.outcome.status == CheckStatus::Fail            ? Context::tr("FAIL")
                                                               : Context::tr("n/a");
        rows.append({QString::fromLatin1(c.check->id),
                     status,
                     QString::number(c.outcome.findings.size()),
                     QCoreApplication::translate("Checks", c.check->title)});
    }
    text += Output::table(rows) + u'\n';
    for (const CheckRun &c : run.checks) {
        if (c.outcome.findings.empty())
            continue;
        text += QStringLiteral("%1 (%2)\n")
                    .arg(QString::fromLatin1(c.check->id), QString::fromLatin1(c.check->reference));
        for (const Finding &f : c.outcome.findings) {
            text += QStringLiteral("  [%1] %2").arg(displayName(f.severity), f.message);
            if (!f.acceptedBy.isEmpty())
                text += Context::tr(" (risk accepted: %1)").arg(f.acceptedBy);
            text += u'\n';
        }
    }
    int counts[5] = {};
    for (const RequirementOutcome &r : run.requirements)
        ++counts[int(r.result)];
    text += Context::tr("\nRequirements: %1 compliant, %2 partially compliant, %3 non-compliant, %4 not applicable, "
                        "%5 not assessed (to be judged by the assessor)\n")
                .arg(counts[0])
                .arg(counts[1])
                .arg(counts[2])
                .arg(counts[3])
                .arg(counts[4]);
    text += Context::tr("Score: %1\n").arg(scoreText(run.score.overall));
    return text;
}

} // namespace

QString AssessCommand::summary() const
{
    return Context::tr("Run the automated resilience checks against a framework (exit 1 if a check fails).");
}

QString AssessCommand::arguments() const
{
    return QStringLiteral(
        "run | list | show KEY | submit KEY | approve KEY | findings | finding add|set|accept | actions "
        "| action add|set | judge ASSESSMENT REQUIREMENT RESULT | diff A B | evidence [add FILE | link | export KEY "
        "OUT]");
}

QStringList AssessCommand::examples() const
{
    return {
        QStringLiteral("bulwark assess run --db bank.bulwark"),
        QStringLiteral("bulwark assess run --db bank.bulwark --save A-2026 --title \"DORA assessment 2026\""),
        QStringLiteral("bulwark assess submit --db bank.bulwark A-2026"),
        QStringLiteral("bulwark assess approve --db bank.bulwark A-2026"),
        QStringLiteral("bulwark assess show --db bank.bulwark A-2026 --json"),
        QStringLiteral("bulwark assess run --db bank.bulwark --function F-PAY --function F-CARD --json"),
        QStringLiteral("bulwark assess run --db bank.bulwark --catalogue internal-policy.json --today 2026-12-31"),
        QStringLiteral("bulwark assess findings --db bank.bulwark --status open --json"),
        QStringLiteral("bulwark assess action add --db bank.bulwark --key ACT-7 --title \"Second colocation\" "
                       "--owner it-ops --due 2027-03-31 --finding FND-00D17C8202A4FA55"),
        QStringLiteral("bulwark assess judge --db bank.bulwark A-2026 dora-5-2 compliant --notes \"Board minutes\""),
        QStringLiteral("bulwark assess diff --db bank.bulwark A-2025 A-2026"),
        QStringLiteral("bulwark assess evidence add --db bank.bulwark bcp-report.pdf --key EV-BCP --expires "
                       "2027-06-30 --requirement dora-11-6 --element F-PAY")};
}

void AssessCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("function"),
                      Context::tr("Assess only this function (repeat for several; default: every function)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("catalogue"),
                      Context::tr("Another catalogue file (default: the DORA catalogue shipped with Bulwark)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("save"),
                      Context::tr("With run: record the results as assessment KEY (a draft; created if new) and its "
                                  "findings in the register."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("title"),
                      Context::tr("With run --save: the assessment's title; with action add/set: the action's."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("today"),
                      Context::tr("The date the checks count from, and today for actions (overdue) and finding "
                                  "add/accept (default: today), as YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    addAssessReviewOptions(parser);
    addEvidenceOptions(parser);
}

namespace {

std::optional<assessment::Assessment> findAssessment(const RegisterService &service, const QString &key)
{
    const auto records = service.records(assessment::assessmentType());
    const auto it = records.constFind(key);
    if (it == records.constEnd())
        return std::nullopt;
    return TableType<assessment::Assessment>::value(*it);
}

QJsonObject assessmentJson(const assessment::Assessment &a, const assessment::SignOffLapse &lapse)
{
    using namespace assessment;
    QJsonArray changes;
    for (const store::AuditEntry &e : lapse.changes)
        changes.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                   {QStringLiteral("entity"), e.entityToken()},
                                   {QStringLiteral("key"), e.entityKey},
                                   {QStringLiteral("action"), store::AuditLog::token(e.action)},
                                   {QStringLiteral("at"), e.at},
                                   {QStringLiteral("actor"), e.actor}});
    QJsonObject o = QJsonDocument::fromJson(assessmentType().toJson(std::any(a))).object();
    o.insert(QStringLiteral("lapsed"), lapse.lapsed);
    if (a.status == assessment::AssessmentStatus::Approved) {
        o.insert(QStringLiteral("sign_off"), lapse.token());
        if (!lapse.unverified.isEmpty())
            o.insert(QStringLiteral("unverified_because"), lapse.unverified);
    }
    o.insert(QStringLiteral("changes_since_approval"), changes);
    return o;
}

} // namespace

/// assess list | show | submit | approve: the workflow on the register's assessments.
static int workflow(Context &context, const QString &action, const QString &key)
{
    using namespace assessment;
    const bool writes = action == u"submit" || action == u"approve";
    auto service = writes ? context.openRegister() : context.openForReading();
    if (!service)
        return context.fail(service.error());
    RegisterService &register_ = **service;
    if (action == u"list") {
        const auto records = register_.records(assessmentType());
        const auto results = register_.records(requirementResultType());
        QStringList keys = records.keys();
        keys.sort();
        QJsonArray array;
        QList<QStringList> rows{{Context::tr("KEY"),
                                 Context::tr("STATUS"),
                                 Context::tr("PREPARER"),
                                 Context::tr("APPROVED BY"),
                                 Context::tr("SIGN-OFF"),
                                 Context::tr("TITLE")}};
        for (const QString &k : std::as_const(keys)) {
            const Assessment a = TableType<Assessment>::value(*records.constFind(k));
            auto lapse = signOffLapse(register_.database(), a, results);
            if (!lapse)
                return context.fail(lapse.error());
            array.append(assessmentJson(a, *lapse));
            rows.append({a.key,
                         displayName(a.status),
                         a.preparer,
                         a.approvedBy,
                         a.status != AssessmentStatus::Approved ? QString()
                             : !lapse->unverified.isEmpty()     ? Context::tr("not verifiable here")
                             : lapse->lapsed
                             ? Context::tr("lapsed (%Ln change(s) since)", nullptr, int(lapse->changes.size()))
                             : Context::tr("valid"),
                         a.title});
        }
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("assessments"), array}});
        else if (keys.isEmpty())
            context.out << Context::tr("No assessments yet. Record one with 'bulwark assess run --save KEY'.") << "\n";
        else
            context.out << Output::table(rows);
        return Ok;
    }
    const std::optional<Assessment> found = findAssessment(register_, key);
    if (!found)
        return context.fail(makeError(Error::Code::NotFound, Context::tr("There is no assessment '%1'.").arg(key)));
    Assessment a = *found;
    if (action == u"show") {
        auto lapse = signOffLapse(register_.database(), a, register_.records(requirementResultType()));
        if (!lapse)
            return context.fail(lapse.error());
        const auto results = register_.records(requirementResultType());
        int counts[5] = {};
        for (const Record &r : results) {
            const auto &value = TableType<RequirementResultValue>::value(r);
            if (value.assessment == a.key)
                ++counts[int(value.effective())];
        }
        if (context.json()) {
            QJsonObject o = assessmentJson(a, *lapse);
            QJsonObject byResult;
            for (int i = 0; i < 5; ++i)
                byResult.insert(token(RequirementResult(i)), counts[i]);
            o.insert(QStringLiteral("requirements"), byResult);
            context.printJson(o);
            return Ok;
        }
        context.out << Context::tr("%1: %2\n").arg(a.key, a.title)
                    << Context::tr("  status:     %1\n").arg(displayName(a.status))
                    << Context::tr("  catalogue:  %1 %2\n").arg(a.catalogue, a.catalogueVersion)
                    << Context::tr("  prepared:   %1\n").arg(a.preparer);
        if (!a.submittedBy.isEmpty())
            context.out
                << Context::tr("  submitted:  %1 on %2\n").arg(a.submittedBy, a.submittedAt.toString(Qt::ISODate));
        if (a.status == AssessmentStatus::Approved) {
            context.out << Context::tr("  approved:   %1 on %2 (register at entry %3, results %4)\n")
                               .arg(a.approvedBy, a.approvedAt.toString(Qt::ISODate))
                               .arg(a.registerSeq.value_or(0))
                               .arg(a.resultsHash.left(16));
            if (!lapse->unverified.isEmpty())
                context.out << Context::tr("  sign-off:   NOT VERIFIABLE: %1\n").arg(lapse->unverified);
            if (lapse->lapsed) {
                context.out << Context::tr("  sign-off:   LAPSED: the map changed after the approval:\n");
                for (const store::AuditEntry &e : lapse->changes)
                    context.out
                        << QStringLiteral("    #%1 %2 %3 %4 (%5, %6)\n")
                               .arg(e.seq)
                               .arg(store::AuditLog::token(e.action), e.entityToken(), e.entityKey, e.actor, e.at);
            } else if (lapse->unverified.isEmpty()) {
                context.out << Context::tr("  sign-off:   valid (the map has not changed since)\n");
            }
        }
        context.out << Context::tr("  requirements: %1 compliant, %2 partially compliant, %3 non-compliant, %4 not "
                                   "applicable, %5 not assessed\n")
                           .arg(counts[0])
                           .arg(counts[1])
                           .arg(counts[2])
                           .arg(counts[3])
                           .arg(counts[4]);
        return Ok;
    }
    const Actor actor = Actor::current();
    auto change = action == u"submit"
        ? submission(a, actor, QDate::currentDate())
        : approval(a, actor, QDate::currentDate(), register_.auditHead(), register_.records(requirementResultType()));
    if (!change)
        return context.fail(change.error());
    return context.applyAndReport(register_, *change, [&](const ChangeSummary &) {
        return action == u"submit"
            ? Context::tr("Submitted assessment %1 as %2; a different person approves it.\n").arg(a.key, actor.user)
            : Context::tr("Approved assessment %1 as %2; it is frozen now.\n").arg(a.key, actor.user);
    });
}

int AssessCommand::run(Context &context) const
{
    const QStringList args = context.positional();
    const QString action = args.value(0);
    if (isAssessReview(action))
        return runAssessReview(context);
    if (action == u"evidence")
        return assessEvidence(context, args);
    if ((action == u"list" && args.size() == 1)
        || ((action == u"show" || action == u"submit" || action == u"approve") && args.size() == 2))
        return workflow(context, action, args.value(1));
    if (args != QStringList{QStringLiteral("run")})
        return context.fail(Context::tr("use: assess run | list | show KEY | submit KEY | approve KEY"));
    const auto todayOption = context.dateOption(QStringLiteral("today"), QDate::currentDate());
    if (!todayOption)
        return context.fail(todayOption.error());
    const QDate today = *todayOption;
    assessment::Catalogue other;
    const assessment::Catalogue *catalogue = &assessment::CatalogueLoader::dora();
    if (context.parser.isSet(QStringLiteral("catalogue"))) {
        auto loaded = assessment::CatalogueLoader::load(context.parser.value(QStringLiteral("catalogue")));
        if (!loaded)
            return context.fail(loaded.error());
        other = std::move(*loaded);
        catalogue = &other;
    }
    if (context.db().isEmpty())
        return context.fail(Context::tr("--db FILE is required: the register to work on."));
    // With --save the register is opened once, for writing, and the checks run on what that service holds; without,
    // it is only read.
    const bool save = context.parser.isSet(QStringLiteral("save"));
    std::unique_ptr<RegisterService> service;
    RegisterData data;
    if (save) {
        auto opened = context.openRegister();
        if (!opened)
            return context.fail(opened.error());
        service = std::move(*opened);
        data = service->snapshot();
    } else {
        auto db = store::Database::open(context.db(), store::Database::OpenMode::ReadOnly);
        if (!db)
            return context.fail(db.error());
        // Only the tables the checks read: not the stored findings and results of earlier assessments.
        auto stored = store::RegisterStore::load(**db, nullptr, assessment::tablesTheChecksRead());
        if (!stored)
            return context.fail(stored.error());
        data = std::move(stored->data);
        data.sort();
    }
    const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
    const QStringList scope = context.parser.values(QStringLiteral("function"));
    for (const QString &key : scope) {
        const int v = snapshot->indexOf(key);
        if (v < 0 || !snapshot->isFunction(v))
            return context.fail(v < 0 ? Context::tr("--function: there is no element '%1'.").arg(key)
                                      : Context::tr("--function: '%1' is not a business function.").arg(key));
    }
    const assessment::CheckContext checkContext(data, snapshot, today, {}, nullptr, scope);
    auto run = assessment::runAssessment(*catalogue, checkContext);
    if (!run)
        return context.fail(run.error());
    if (save) {
        // Recorded through the one write path (which checks the change against the register again).
        using namespace assessment;
        const QString key = context.parser.value(QStringLiteral("save"));
        Assessment a;
        if (const std::optional<Assessment> existing = findAssessment(*service, key)) {
            if (existing->status != AssessmentStatus::Draft)
                return context.fail(makeError(Error::Code::Conflict,
                                              Context::tr("Assessment '%1' is %2; record a new run under a new key.")
                                                  .arg(key, displayName(existing->status))));
            a = *existing;
            // A draft run again stands for the new day (the date compareAssessments reads).
            if (!a.periodStart.isValid() || a.periodStart <= today)
                a.periodEnd = today;
        } else {
            a.key = key;
            a.title = QStringLiteral("Assessment %1").arg(key); // stored: English, as the findings
            a.preparer = Actor::current().user;
            a.periodEnd = today;
        }
        if (context.parser.isSet(QStringLiteral("title")))
            a.title = context.parser.value(QStringLiteral("title"));
        a.catalogue = catalogue->id;
        a.catalogueVersion = catalogue->version;
        a.scope = scope;
        // Stored in English whatever this command prints in (assessment::runAssessmentForRecord).
        const std::optional<Result<AssessmentRun>> english = runAssessmentForRecord(*catalogue, checkContext);
        if (english && !*english)
            return context.fail(english->error());
        const ChangeSet change = recordRun(english ? **english : *run,
                                           a,
                                           service->records(requirementResultType()),
                                           service->records(findingType()),
                                           today);
        auto written = service->apply(change);
        if (!written)
            return context.fail(written.error());
        context.noteSaved();
        if (!context.json())
            context.out << Context::tr("Recorded as assessment %1 (draft).\n").arg(key);
    }
    if (context.json())
        context.writeRaw(runJson(*catalogue, *run, today, scope));
    else
        context.out << runText(*catalogue, *run, today);
    return run->failed() ? Findings : Ok;
}

} // namespace bulwark::cli
