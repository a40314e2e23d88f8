// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/store/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bulwark::cli {

QString LogCommand::summary() const
{
    return Context::tr("Show the audit trail, newest first.");
}

QString LogCommand::arguments() const
{
    return {};
}

QStringList LogCommand::examples() const
{
    return {QStringLiteral("bulwark log --db bank.bulwark --limit 20"),
            QStringLiteral("bulwark log --db bank.bulwark --key APP-CORE --json")};
}

void LogCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("key"),
                      Context::tr("Only entries about this element (and its dependencies and groups)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("limit"),
                      Context::tr("At most N entries (default 50, 0 for all)."),
                      QStringLiteral("N"),
                      QStringLiteral("50")});
}

int LogCommand::run(Context &context) const
{
    bool ok = false;
    const int limit = context.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0)
        return context.fail(Context::tr("--limit must be a whole number, 0 or more"));
    auto db = store::Database::open(context.db(), store::Database::OpenMode::ReadOnly);
    if (!db)
        return context.fail(db.error());
    auto entries = store::AuditLog::entries(**db, context.parser.value(QStringLiteral("key")), limit);
    if (!entries)
        return context.fail(entries.error());
    if (context.json()) {
        QJsonArray array;
        for (const store::AuditEntry &e : std::as_const(*entries)) {
            QJsonObject entry{{QStringLiteral("seq"), e.seq},
                              {QStringLiteral("batch"), e.batch},
                              {QStringLiteral("at"), e.at},
                              {QStringLiteral("actor"), e.actor},
                              {QStringLiteral("action"), store::AuditLog::token(e.action)},
                              {QStringLiteral("entity"), e.entityToken()},
                              {QStringLiteral("key"), e.entityKey},
                              {QStringLiteral("before"), QJsonDocument::fromJson(e.before).object()},
                              {QStringLiteral("after"), QJsonDocument::fromJson(e.after).object()},
                              {QStringLiteral("hash"), QString::fromLatin1(e.hash)}};
            // What a change changed, field by field, as the History tab shows it (computed in the model).
            if (e.action == store::AuditAction::Change) {
                QJsonArray changes;
                for (const store::AuditFieldChange &c : store::AuditLog::changes(e))
                    changes.append(
                        QJsonObject{{QStringLiteral("field"), c.field},
                                    {QStringLiteral("before"), c.before.isUndefined() ? QJsonValue() : c.before},
                                    {QStringLiteral("after"), c.after.isUndefined() ? QJsonValue() : c.after}});
                entry.insert(QStringLiteral("changes"), changes);
            }
            // A name the environment claimed ($USER) when it differed from the account; never the actor.
            if (!e.claimedActor.isEmpty())
                entry.insert(QStringLiteral("claimed_actor"), e.claimedActor);
            // Schema v5: the account's full name, why the change was made, and the entry an undo reverts.
            if (!e.actorName.isEmpty())
                entry.insert(QStringLiteral("actor_name"), e.actorName);
            if (!e.reason.isEmpty())
                entry.insert(QStringLiteral("reason"), e.reason);
            if (e.reverts > 0)
                entry.insert(QStringLiteral("undo_of"), e.reverts);
            array.append(entry);
        }
        context.printJson(array);
        return Ok;
    }
    if (entries->isEmpty()) {
        context.out << Context::tr("The audit trail has no entries yet.") << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows;
    rows.append({Context::tr("#"),
                 Context::tr("WHEN (UTC)"),
                 Context::tr("WHO"),
                 Context::tr("WHAT"),
                 Context::tr("ENTITY"),
                 Context::tr("KEY"),
                 Context::tr("CHANGE"),
                 Context::tr("NOTE")});
    for (const store::AuditEntry &e : std::as_const(*entries)) {
        QStringList note;
        if (e.reverts > 0)
            note << Context::tr("undo of entry %1").arg(e.reverts);
        if (!e.reason.isEmpty())
            note << e.reason;
        rows.append({QString::number(e.seq),
                     e.at,
                     store::AuditLog::actorText(e),
                     store::AuditLog::token(e.action),
                     e.entityToken(),
                     e.entityKey,
                     e.action == store::AuditAction::Change ? store::AuditLog::readableChangeText(e) : QString(),
                     note.join(QStringLiteral("; "))});
    }
    context.out << Output::table(rows);
    return Ok;
}

} // namespace bulwark::cli
