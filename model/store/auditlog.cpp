// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/auditlog.h"

#include "model/register/fields.h"
#include "model/register/registercodec.h"
#include "model/store/sha256.h"
#include "model/store/sqlitestatement.h"
#include "model/store/transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

#include <charconv>
#include <limits>
#include <tuple>

namespace bulwark::store {
namespace {

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.batch = q.value(1).toLongLong();
    e.at = q.value(2).toString();
    e.actor = q.value(3).toString();
    // The action column has a CHECK constraint; an entity token this version does not know stays as stored, so that
    // the hash is computed over what is in the file.
    e.action = AuditLog::actionFromToken(q.value(4).toString()).value_or(AuditAction::Change);
    e.entity = AuditLog::entityFromToken(q.value(5).toString());
    if (e.entity == AuditEntity::Registered)
        e.registeredEntity = q.value(5).toString();
    e.entityKey = q.value(6).toString();
    e.before = q.value(7).toString().toUtf8();
    e.after = q.value(8).toString().toUtf8();
    e.prevHash = q.value(9).toString().toLatin1();
    e.hash = q.value(10).toString().toLatin1();
    e.subject = q.value(11).toString();
    e.object = q.value(12).toString();
    e.claimedActor = q.value(13).toString();
    e.actorName = q.value(14).toString();
    e.reason = q.value(15).toString();
    e.reverts = q.value(16).toLongLong();
    return e;
}

const char *const selectColumns = "SELECT seq, batch, at, actor, action, entity, entity_key, before, after, prev_hash, "
                                  "hash, subject, object, claimed_actor, actor_name, reason, reverts FROM audit_entry ";

const char16_t *const actionTokens[] = {u"add", u"change", u"remove"};
const char16_t *const entityTokens[] = {u"element", u"dependency", u"group", u"scenario"};

} // namespace

QString AuditEntry::entityToken() const
{
    return entity == AuditEntity::Registered ? registeredEntity : AuditLog::token(entity);
}

QString AuditLog::token(AuditAction action)
{
    return QString::fromUtf16(actionTokens[int(action)]);
}

QString AuditLog::token(AuditEntity entity)
{
    return entity == AuditEntity::Registered ? QString() : QString::fromUtf16(entityTokens[int(entity)]);
}

std::optional<AuditAction> AuditLog::actionFromToken(QStringView token)
{
    for (int i = 0; i < 3; ++i) {
        if (token == QStringView(actionTokens[i]))
            return AuditAction(i);
    }
    return std::nullopt;
}

AuditEntity AuditLog::entityFromToken(QStringView token)
{
    for (int i = 0; i < 4; ++i) {
        if (token == QStringView(entityTokens[i]))
            return AuditEntity(i);
    }
    return AuditEntity::Registered;
}

QList<AuditFieldChange> AuditLog::changes(const AuditEntry &entry)
{
    return changes(entry.before, entry.after);
}

QList<AuditFieldChange> AuditLog::changes(const QByteArray &before, const QByteArray &after)
{
    const QJsonObject a = QJsonDocument::fromJson(before).object();
    const QJsonObject b = QJsonDocument::fromJson(after).object();
    QStringList fields = a.keys();
    for (const QString &k : b.keys())
        if (!fields.contains(k))
            fields << k;
    fields.sort();
    QList<AuditFieldChange> list;
    for (const QString &field : std::as_const(fields)) {
        if (a.value(field) != b.value(field))
            list.append({field, a.value(field), b.value(field)});
    }
    return list;
}

QString AuditLog::valueText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("-");
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << (item.isString()
                          ? item.toString()
                          : QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
        return items.join(QStringLiteral(", "));
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString AuditLog::changeText(const QList<AuditFieldChange> &changes)
{
    QStringList parts;
    for (const AuditFieldChange &c : changes)
        parts << QStringLiteral("%1: %2 → %3").arg(c.field, valueText(c.before), valueText(c.after));
    return parts.join(QStringLiteral("; "));
}

QString AuditLog::fieldLabel(AuditEntity entity, const QString &field)
{
    auto label = [&field](const auto &table) {
        const auto *f = table.find(field);
        const char *text = f ? (f->info.label ? f->info.label : f->info.column) : nullptr;
        if (!text)
            return field;
        QString readable = Fields::text(text);
        // The form's accelerator: "&&" is a literal '&'.
        readable.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
        return readable.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    };
    switch (entity) {
        case AuditEntity::Element: return label(Fields::element());
        case AuditEntity::Dependency: return label(Fields::dependency());
        case AuditEntity::Group: return label(Fields::group());
        case AuditEntity::Scenario: return label(Fields::scenario());
        case AuditEntity::Registered: return field;
    }
    return field;
}

QString AuditLog::readableChangeText(const AuditEntry &entry)
{
    QStringList parts;
    for (const AuditFieldChange &c : changes(entry))
        parts << QStringLiteral("%1: %2 → %3")
                     .arg(fieldLabel(entry.entity, c.field), valueText(c.before), valueText(c.after));
    return parts.join(QStringLiteral("; "));
}

const QByteArray &AuditLog::genesisHash()
{
    static const QByteArray genesis(64, '0');
    return genesis;
}

QString AuditLog::actorText(const AuditEntry &entry)
{
    const QString account = entry.actorName.isEmpty() ? entry.actor : tr("%1 (%2)").arg(entry.actorName, entry.actor);
    if (entry.claimedActor.isEmpty())
        return account;
    return tr("%1 (claims %2)").arg(account, entry.claimedActor);
}

std::pair<QString, QString> AuditLog::subjectAndObject(AuditEntity entity, const QString &entityKey)
{
    if (entity == AuditEntity::Dependency) {
        const qsizetype split = entityKey.indexOf(QLatin1Char('>'));
        return {entityKey.left(split), entityKey.mid(split + 1)};
    }
    if (entity == AuditEntity::Group)
        return {entityKey.left(entityKey.indexOf(QLatin1Char('#'))), QString()};
    // Elements, scenarios and registered tables: the key itself.
    return {entityKey, QString()};
}

QByteArray AuditLog::computeHash(const AuditEntry &e, HashFormat format)
{
    Sha256 hash; // the processor's SHA instructions where it has them: the same digest, several times faster
    if (format == HashFormat::Fields) {
        // Schema v1 and v2: fields separated by 0x1F, an absent value as "null".
        const char separator = '\x1f';
        auto add = [&](const QByteArray &part) {
            hash.addData(part);
            hash.addData(QByteArrayView(&separator, 1));
        };
        add(e.prevHash);
        add(QByteArray::number(e.seq));
        add(QByteArray::number(e.batch));
        add(e.at.toUtf8());
        add(e.actor.toUtf8());
        add(token(e.action).toUtf8());
        add(e.entityToken().toUtf8());
        add(e.entityKey.toUtf8());
        add(e.before.isEmpty() ? QByteArrayLiteral("null") : e.before);
        add(e.after.isEmpty() ? QByteArrayLiteral("null") : e.after);
        return hash.resultHex();
    }
    // Every column, each as "<byte length>:<bytes>" and an absent one as "~", so that no two entries share an input.
    auto add = [&](const QByteArray &part, bool present = true) {
        if (!present) {
            hash.addData(QByteArrayView("~", 1));
            return;
        }
        char length[24];
        const auto end = std::to_chars(length, length + sizeof length - 1, part.size()).ptr;
        *end = ':';
        hash.addData(QByteArrayView(length, end + 1 - length));
        hash.addData(part);
    };
    hash.addData(QByteArrayView("bulwark-audit-2\n"));
    add(e.prevHash);
    add(QByteArray::number(e.seq));
    add(QByteArray::number(e.batch));
    add(e.at.toUtf8());
    add(e.actor.toUtf8());
    add(e.claimedActor.toUtf8(), !e.claimedActor.isEmpty());
    add(token(e.action).toUtf8());
    add(e.entityToken().toUtf8());
    add(e.entityKey.toUtf8());
    add(e.subject.toUtf8());
    add(e.object.toUtf8(), !e.object.isEmpty());
    add(e.before, !e.before.isEmpty());
    add(e.after, !e.after.isEmpty());
    // Schema v5's context, only when an entry has some: the hashes of entries without it stay what they were.
    if (!e.actorName.isEmpty() || !e.reason.isEmpty() || e.reverts != 0) {
        hash.addData(QByteArrayView("+", 1));
        add(e.actorName.toUtf8(), !e.actorName.isEmpty());
        add(e.reason.toUtf8(), !e.reason.isEmpty());
        add(QByteArray::number(e.reverts), e.reverts != 0);
    }
    return hash.resultHex();
}

Result<AuditLog::StoredHead> AuditLog::storedHead(const Database &db)
{
    StoredHead head;
    QSqlQuery meta(db.connection());
    if (!meta.exec(QStringLiteral("SELECT name, value FROM meta WHERE name IN ('audit_head', 'audit_count', "
                                  "'audit_full_hash_from')")))
        return Database::databaseError(tr("reading the audit trail"), meta.lastError().text());
    bool fullHashSet = false;
    while (meta.next()) {
        const QString name = meta.value(0).toString();
        const QString value = meta.value(1).toString();
        if (name == u"audit_head") {
            head.present = true;
            head.hash = value.toLatin1();
        } else if (name == u"audit_count") {
            head.count = value.toLongLong();
        } else {
            head.fullHashFrom = value.toLongLong(&fullHashSet);
        }
    }
    head.fullHashRecorded = fullHashSet;
    // A register of schema v2 or older (read-only, not upgraded) has only the first format.
    if (!fullHashSet)
        head.fullHashFrom = std::numeric_limits<qint64>::max();
    return head;
}

Result<void> AuditLog::prepare()
{
    auto stored = storedHead(m_db);
    if (!stored)
        return stored.error();
    if (!stored->fullHashRecorded)
        return makeError(
            Error::Code::Tampered,
            tr("The register's record of how its audit entries are hashed was removed or altered outside "
               "Bulwark. Nothing was written. Run 'bulwark verify' and restore the register from a backup."));
    m_fullHashFrom = stored->fullHashFrom;
    auto insert
        = SqliteStatement::prepare(m_db,
                                   "INSERT INTO audit_entry (seq, batch, at, actor, action, entity, entity_key, "
                                   "subject, object, before, after, prev_hash, hash, claimed_actor, actor_name, "
                                   "reason, reverts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                                   "?14, ?15, ?16, ?17)",
                                   tr("writing the audit trail"));
    if (!insert)
        return insert.error();
    m_insert = std::move(*insert);
    auto meta = SqliteStatement::prepare(m_db,
                                         "INSERT INTO meta (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE "
                                         "SET value = excluded.value",
                                         tr("writing the audit trail"));
    if (!meta)
        return meta.error();
    m_meta = std::move(*meta);
    return {};
}

Result<void> AuditLog::append(AuditEntry &entry, AuditHead &head)
{
    entry.seq = head.seq + 1;
    entry.prevHash = head.hash;
    std::tie(entry.subject, entry.object) = subjectAndObject(entry.entity, entry.entityKey);
    entry.hash = computeHash(entry, entry.seq >= m_fullHashFrom ? HashFormat::AllColumns : HashFormat::Fields);
    m_insert.bind(1, entry.seq);
    m_insert.bind(2, entry.batch);
    m_insert.bind(3, entry.at);
    m_insert.bind(4, entry.actor);
    m_insert.bind(5, token(entry.action));
    m_insert.bind(6, entry.entityToken());
    m_insert.bind(7, entry.entityKey);
    m_insert.bind(8, entry.subject);
    if (entry.object.isEmpty())
        m_insert.bindNull(9);
    else
        m_insert.bind(9, entry.object);
    m_insert.bindUtf8(10, entry.before);
    m_insert.bindUtf8(11, entry.after);
    m_insert.bindUtf8(12, entry.prevHash);
    m_insert.bindUtf8(13, entry.hash);
    if (entry.claimedActor.isEmpty())
        m_insert.bindNull(14);
    else
        m_insert.bind(14, entry.claimedActor);
    if (entry.actorName.isEmpty())
        m_insert.bindNull(15);
    else
        m_insert.bind(15, entry.actorName);
    if (entry.reason.isEmpty())
        m_insert.bindNull(16);
    else
        m_insert.bind(16, entry.reason);
    if (entry.reverts == 0)
        m_insert.bindNull(17);
    else
        m_insert.bind(17, entry.reverts);
    if (auto r = m_insert.run([&] { return tr("writing the audit trail"); }); !r)
        return r;
    head.seq = entry.seq;
    head.hash = entry.hash;
    return {};
}

Result<void> AuditLog::storeHead(const AuditHead &head)
{
    for (const auto &[name, value] : {std::pair{QStringLiteral("audit_head"), QString::fromLatin1(head.hash)},
                                      std::pair{QStringLiteral("audit_count"), QString::number(head.seq)}}) {
        m_meta.bind(1, name);
        m_meta.bind(2, value);
        if (auto r = m_meta.run([&] { return tr("writing the audit trail"); }); !r)
            return r;
    }
    return {};
}

Result<QList<AuditEntry>> AuditLog::entries(const Database &db, const QString &entityKey, int limit)
{
    QString sql = QString::fromLatin1(selectColumns);
    if (!entityKey.isEmpty())
        sql += QStringLiteral("WHERE subject = :key OR object = :key ");
    sql += QStringLiteral("ORDER BY seq DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT :limit");
    auto q = db.prepare(sql, tr("reading the audit trail"));
    if (!q)
        return q.error();
    if (!entityKey.isEmpty())
        q->bindValue(QStringLiteral(":key"), entityKey);
    if (limit > 0)
        q->bindValue(QStringLiteral(":limit"), limit);
    if (auto r = Database::exec(*q, tr("reading the audit trail")); !r)
        return r.error();
    QList<AuditEntry> list;
    while (q->next())
        list.append(readEntry(*q));
    return list;
}

Result<std::optional<AuditEntry>> AuditLog::entryAt(const Database &db, qint64 seq)
{
    auto q = db.prepare(QString::fromLatin1(selectColumns) + QStringLiteral("WHERE seq = :seq"),
                        tr("reading the audit trail"));
    if (!q)
        return q.error();
    q->bindValue(QStringLiteral(":seq"), seq);
    if (auto r = Database::exec(*q, tr("reading the audit trail")); !r)
        return r.error();
    if (!q->next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(readEntry(*q));
}

Result<QList<AuditEntry>> AuditLog::batchEntries(const Database &db, qint64 batch)
{
    auto q = db.prepare(QString::fromLatin1(selectColumns) + QStringLiteral("WHERE batch = :batch ORDER BY seq"),
                        tr("reading the audit trail"));
    if (!q)
        return q.error();
    q->bindValue(QStringLiteral(":batch"), batch);
    if (auto r = Database::exec(*q, tr("reading the audit trail")); !r)
        return r.error();
    QList<AuditEntry> list;
    while (q->next())
        list.append(readEntry(*q));
    return list;
}

Result<QList<std::pair<QString, qint64>>>
AuditLog::batchSubjects(const Database &db, qint64 batch, qint64 firstSeq, qint64 lastSeq)
{
    // SQLite's own statement: an undo of a large import reads 600,000 entries here, on a helper thread (runAside()).
    const QString operation = tr("reading the audit trail");
    const bool bounded = firstSeq > 0 && lastSeq >= firstSeq;
    auto q = SqliteStatement::prepare(db,
                                      bounded ? "SELECT seq, entity, entity_key FROM audit_entry WHERE batch = ?1 "
                                                "AND seq BETWEEN ?2 AND ?3 ORDER BY seq"
                                              : "SELECT seq, entity, entity_key FROM audit_entry WHERE batch = ?1 "
                                                "ORDER BY seq",
                                      operation);
    if (!q)
        return q.error();
    q->bind(1, batch);
    if (bounded) {
        q->bind(2, firstSeq);
        q->bind(3, lastSeq);
    }
    QList<std::pair<QString, qint64>> list;
    while (true) {
        auto row = q->next(operation);
        if (!row)
            return row.error();
        if (!*row)
            break;
        list.append({q->columnText(1) + QChar(0x1f) + q->columnText(2), q->columnInt64(0)});
    }
    return list;
}

Result<void> AuditLog::forEachEntry(const Database &db, const std::function<bool(const AuditEntry &)> &visit)
{
    const QString operation = tr("reading the audit trail");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(selectColumns) + QStringLiteral("ORDER BY seq DESC")))
        return Database::databaseError(operation, q.lastError().text());
    while (q.next()) {
        if (!visit(readEntry(q)))
            return makeError(Error::Code::Canceled, tr("Reading the audit trail was stopped."));
    }
    if (q.lastError().isValid())
        return Database::databaseError(operation, q.lastError().text());
    return {};
}

Result<AuditVerification> AuditLog::verify(const Database &db, Feedback *feedback)
{
    // One read transaction for the register and its trail: a program writing meanwhile cannot make them disagree.
    const ReadTransaction consistent(db.connection());
    auto stored = RegisterStore::load(db, feedback);
    if (!stored)
        return stored.error();
    return verify(db, stored->data, feedback);
}

Result<AuditVerification> AuditLog::verify(const Database &db, const RegisterData &current, Feedback *feedback)
{
    AuditVerification report;
    const QString operation = tr("reading the audit trail");
    const ReadTransaction consistent(db.connection()); // joins the caller's transaction if there is one
    auto head = storedHead(db);
    if (!head)
        return head.error();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(selectColumns) + QStringLiteral("ORDER BY seq")))
        return Database::databaseError(operation, q.lastError().text());

    // The trail's view of the register: entity -> canonical JSON after the last entry (empty: removed).
    QHash<QString, QByteArray> state;
    auto problem = [&](qint64 seq, const QString &text) {
        report.chainIntact = false;
        ++report.problemCount;
        if (report.problems.size() < AuditVerification::maxListed)
            report.problems.append({seq, text});
    };
    // Every entry is checked on its own (its hash, its subject and object) and against the one before it (sequence
    // and link), so that each entry changed outside Bulwark is named, not only the first.
    if (!head->fullHashRecorded && db.schemaVersion() >= 3)
        problem(1,
                tr("The register's record of how its audit entries are hashed (audit_full_hash_from) was removed or "
                   "altered outside Bulwark."));
    QByteArray previousHash = genesisHash();
    qint64 previousSeq = 0;
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        ++report.entries;
        if (e.seq != previousSeq + 1)
            problem(previousSeq + 1,
                    e.seq == previousSeq + 2
                        ? tr("Entry %1 is missing: it was removed outside Bulwark (the next entry is %2).")
                              .arg(previousSeq + 1)
                              .arg(e.seq)
                        : e.seq > previousSeq + 2
                        ? tr("Entries %1 to %2 are missing: they were removed outside Bulwark.")
                              .arg(previousSeq + 1)
                              .arg(e.seq - 1)
                        : tr("Entry %1 is out of order.").arg(e.seq));
        else if (e.prevHash != previousHash)
            problem(e.seq,
                    tr("Entry %1 does not follow the entry before it: an entry was removed, inserted or altered "
                       "outside Bulwark.")
                        .arg(e.seq));
        const HashFormat format = e.seq >= head->fullHashFrom ? HashFormat::AllColumns : HashFormat::Fields;
        const auto [subject, object] = subjectAndObject(e.entity, e.entityKey);
        if (computeHash(e, format) != e.hash)
            problem(e.seq,
                    tr("Entry %1 (%2 %3 %4 at %5) was altered outside Bulwark.")
                        .arg(e.seq)
                        .arg(token(e.action), e.entityToken(), e.entityKey, e.at));
        else if (format == HashFormat::Fields && !e.claimedActor.isEmpty())
            problem(e.seq,
                    tr("Entry %1 (%2 %3 %4) claims a user name that entries of its time could not record: it was "
                       "altered outside Bulwark.")
                        .arg(e.seq)
                        .arg(token(e.action), e.entityToken(), e.entityKey));
        else if (format == HashFormat::Fields && (!e.actorName.isEmpty() || !e.reason.isEmpty() || e.reverts != 0))
            problem(e.seq,
                    tr("Entry %1 (%2 %3 %4) records a full name, a reason or an undone entry, which entries of its "
                       "time could not record: it was altered outside Bulwark.")
                        .arg(e.seq)
                        .arg(token(e.action), e.entityToken(), e.entityKey));
        else if (e.subject != subject || e.object != object)
            problem(e.seq,
                    tr("Entry %1 (%2 %3 %4) names another element than its key (%5): it was altered outside "
                       "Bulwark, which hides it from the history of %4.")
                        .arg(e.seq)
                        .arg(token(e.action), e.entityToken(), e.entityKey, e.subject));
        previousHash = e.hash;
        previousSeq = e.seq;
        state.insert(e.entityToken() + QLatin1Char(':') + e.entityKey, e.after);
        if (feedback && (report.entries & 0xffff) == 0 && feedback->isCanceled())
            return makeError(Error::Code::Canceled, tr("Verification was canceled."));
    }

    // The register records where its trail ends (hash and count): a cut tail, or a wiped trail, shows here.
    if (report.entries == 0 && head->present && head->count > 0)
        problem(1,
                tr("The whole audit trail was removed outside Bulwark (the register recorded %1 entries).")
                    .arg(head->count));
    else if (report.entries > 0 && !head->present)
        problem(previousSeq, tr("The register's record of where the trail ends was removed outside Bulwark."));
    else if (report.entries > 0 && head->count != previousSeq)
        problem(previousSeq + 1,
                tr("The newest entries of the trail were removed outside Bulwark (the trail ends at entry %1, the "
                   "register recorded %2).")
                    .arg(previousSeq)
                    .arg(head->count));
    else if (report.entries > 0 && head->hash != previousHash)
        problem(previousSeq,
                tr("The last entry of the trail is not the one the register recorded: entries were removed "
                   "or replaced outside Bulwark."));

    // Replay: the register must equal the trail's last word on every entity.
    QStringList mismatches;
    auto compare = [&](const QString &id, const QByteArray &json) {
        const auto it = state.constFind(id);
        if (it == state.constEnd() || it->isEmpty())
            mismatches << tr("%1 is in the register but not in the audit trail (added outside Bulwark)").arg(id);
        else if (*it != json)
            mismatches << tr("%1 differs from its last audited value (changed outside Bulwark)").arg(id);
        state.remove(id);
    };
    for (const Element &e : current.elements)
        compare(QStringLiteral("element:") + e.key, RegisterCodec::toJson(e));
    for (const Dependency &d : current.dependencies)
        compare(QStringLiteral("dependency:") + dependencyId(d.from, d.to), RegisterCodec::toJson(d));
    for (const RedundancyGroup &g : current.groups)
        compare(QStringLiteral("group:") + groupId(g.element, g.name), RegisterCodec::toJson(g));
    for (const Scenario &s : current.scenarios)
        compare(QStringLiteral("scenario:") + s.name, RegisterCodec::toJson(s));
    for (const Record &r : current.records)
        compare(r.type->token() + QLatin1Char(':') + r.key(), r.toJson());
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        if (!it->isEmpty())
            mismatches
                << tr("%1 is in the audit trail but missing from the register (removed outside Bulwark)").arg(it.key());
    }
    mismatches.sort();
    report.mismatchCount = mismatches.size();
    report.stateMismatches = mismatches.mid(0, AuditVerification::maxListed);
    return report;
}

} // namespace bulwark::store
