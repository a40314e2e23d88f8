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

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
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
    const QByteArray at = e.at.toUtf8(), actor = e.actor.toUtf8(), claimedActor = e.claimedActor.toUtf8(),
                     action = token(e.action).toUtf8(), entity = e.entityToken().toUtf8(),
                     entityKey = e.entityKey.toUtf8(), subject = e.subject.toUtf8(), object = e.object.toUtf8(),
                     actorName = e.actorName.toUtf8(), reason = e.reason.toUtf8();
    return computeHash(StoredEntry{e.seq,
                                   e.batch,
                                   e.reverts,
                                   at,
                                   actor,
                                   claimedActor,
                                   action,
                                   entity,
                                   entityKey,
                                   subject,
                                   object,
                                   e.before,
                                   e.after,
                                   e.prevHash,
                                   actorName,
                                   reason},
                       format);
}

QByteArray AuditLog::computeHash(const StoredEntry &e, HashFormat format)
{
    // The processor's SHA instructions where it has them; one context per thread, started again after each digest.
    thread_local Sha256 hash;
    char number[24];
    const auto digits = [&](qint64 value) {
        return QByteArrayView(number, std::to_chars(number, number + sizeof number, value).ptr - number);
    };
    if (format == HashFormat::Fields) {
        // Schema v1 and v2: fields separated by 0x1F, an absent value as "null".
        const char separator = '\x1f';
        auto add = [&](QByteArrayView part) {
            hash.addData(part);
            hash.addData(QByteArrayView(&separator, 1));
        };
        add(e.prevHash);
        add(digits(e.seq));
        add(digits(e.batch));
        add(e.at);
        add(e.actor);
        add(e.action);
        add(e.entity);
        add(e.entityKey);
        add(e.before.isEmpty() ? QByteArrayView("null") : e.before);
        add(e.after.isEmpty() ? QByteArrayView("null") : e.after);
        return hash.resultHex();
    }
    // Every column, each as "<byte length>:<bytes>" and an absent one as "~", so that no two entries share an input.
    auto add = [&](QByteArrayView part, bool present = true) {
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
    add(digits(e.seq));
    add(digits(e.batch));
    add(e.at);
    add(e.actor);
    add(e.claimedActor, !e.claimedActor.isEmpty());
    add(e.action);
    add(e.entity);
    add(e.entityKey);
    add(e.subject);
    add(e.object, !e.object.isEmpty());
    add(e.before, !e.before.isEmpty());
    add(e.after, !e.after.isEmpty());
    // Schema v5's context, only when an entry has some: the hashes of entries without it stay what they were.
    if (!e.actorName.isEmpty() || !e.reason.isEmpty() || e.reverts != 0) {
        hash.addData(QByteArrayView("+", 1));
        add(e.actorName, !e.actorName.isEmpty());
        add(e.reason, !e.reason.isEmpty());
        add(e.reverts != 0 ? digits(e.reverts) : QByteArrayView(), e.reverts != 0);
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
    // Each column converted to UTF-8 once, and the batch's own (time, actor, reason) once per batch: an import of a
    // million elements appends six million entries (issue 16).
    static const QByteArray actionTokens[]
        = {token(AuditAction::Add).toUtf8(), token(AuditAction::Change).toUtf8(), token(AuditAction::Remove).toUtf8()};
    const QByteArray &action = actionTokens[int(entry.action)];
    const QByteArray &entity = m_entity.of(entry.entityToken());
    const QByteArray key = entry.entityKey.toUtf8();
    const QByteArray subject = entry.subject == entry.entityKey ? key : entry.subject.toUtf8();
    const QByteArray object = entry.object.toUtf8();
    StoredEntry bytes;
    bytes.seq = entry.seq;
    bytes.batch = entry.batch;
    bytes.reverts = entry.reverts;
    bytes.at = m_at.of(entry.at);
    bytes.actor = m_actor.of(entry.actor);
    bytes.claimedActor = m_claimedActor.of(entry.claimedActor);
    bytes.action = action;
    bytes.entity = entity;
    bytes.entityKey = key;
    bytes.subject = subject;
    bytes.object = object;
    bytes.before = entry.before;
    bytes.after = entry.after;
    bytes.prevHash = entry.prevHash;
    bytes.actorName = m_actorName.of(entry.actorName);
    bytes.reason = m_reason.of(entry.reason);
    entry.hash = computeHash(bytes, entry.seq >= m_fullHashFrom ? HashFormat::AllColumns : HashFormat::Fields);
    m_insert.bind(1, entry.seq);
    m_insert.bind(2, entry.batch);
    m_insert.bindText(3, bytes.at);
    m_insert.bindText(4, bytes.actor);
    m_insert.bindText(5, bytes.action);
    m_insert.bindText(6, bytes.entity);
    m_insert.bindText(7, bytes.entityKey);
    m_insert.bindText(8, bytes.subject);
    if (object.isEmpty())
        m_insert.bindNull(9);
    else
        m_insert.bindText(9, object);
    m_insert.bindUtf8(10, entry.before);
    m_insert.bindUtf8(11, entry.after);
    m_insert.bindUtf8(12, entry.prevHash);
    m_insert.bindUtf8(13, entry.hash);
    for (const auto &[index, value] :
         {std::pair{14, bytes.claimedActor}, std::pair{15, bytes.actorName}, std::pair{16, bytes.reason}}) {
        if (value.isEmpty())
            m_insert.bindNull(index);
        else
            m_insert.bindText(index, value);
    }
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

namespace {

/// Canceled when the caller's work is (no progress: it runs on another thread), or when told to stop.
class CancelOnly : public Feedback
{
public:
    explicit CancelOnly(Feedback *whole) : m_whole(whole) { }
    bool isCanceled() const override
    {
        return stop.load(std::memory_order_relaxed) || (m_whole && m_whole->isCanceled());
    }
    std::atomic_bool stop = false;

private:
    Feedback *m_whole;
};

/// The trail's view of the register while it is replayed: "entity:key" -> the canonical JSON after its last entry
/// (empty: removed). Ids and values are appended to one arena, the entries kept in a dense list, and found through a
/// compact open-addressing table of (part of the hash, entry), so that 600,000 entries cost no allocation each and
/// little memory to touch (issue 16: the QHash of copied byte arrays it replaces took a fifth of verify's CPU at
/// 100,000 elements).
class TrailState
{
public:
    explicit TrailState(qint64 expected)
    {
        const auto n = std::size_t(std::clamp<qint64>(expected, 0, qint64(1) << 26));
        std::size_t capacity = 1024;
        while (capacity * 7 < n * 10)
            capacity *= 2;
        m_slots.assign(capacity, 0);
        m_entries.reserve(n);
        m_arena.reserve(std::min<std::size_t>(n, std::size_t(1) << 22) * 256);
    }

    void set(QByteArrayView entity, QByteArrayView key, QByteArrayView after)
    {
        m_id.clear();
        m_id.append(entity.data(), std::size_t(entity.size()));
        m_id.append(1, ':');
        m_id.append(key.data(), std::size_t(key.size()));
        const std::size_t hash = hashOf(m_id);
        std::uint64_t *slot = find(m_id, hash);
        Entry *entry = nullptr;
        if (*slot == 0) {
            if ((m_entries.size() + 1) * 10 > m_slots.size() * 7) {
                grow();
                slot = find(m_id, hash);
            }
            m_entries.push_back({m_arena.size(), m_id.size(), 0, 0, false});
            m_arena.append(m_id);
            *slot = (std::uint64_t(hash >> 32) << 32) | std::uint64_t(m_entries.size());
            entry = &m_entries.back();
        } else {
            entry = &m_entries[std::size_t(*slot & 0xffffffffu) - 1];
        }
        entry->valueOffset = m_arena.size();
        entry->valueLength = std::size_t(after.size());
        m_arena.append(after.data(), std::size_t(after.size()));
    }

    /// The last value of `id`, marking it as seen; nullopt when the trail never named it.
    std::optional<QByteArrayView> take(QByteArrayView id)
    {
        const std::string_view view(id.data(), std::size_t(id.size()));
        const std::uint64_t slot = *find(view, hashOf(view));
        if (slot == 0)
            return std::nullopt;
        Entry &entry = m_entries[std::size_t(slot & 0xffffffffu) - 1];
        entry.seen = true;
        return QByteArrayView(m_arena.data() + entry.valueOffset, qsizetype(entry.valueLength));
    }

    /// Every id not taken whose last value is not empty (in the trail, missing from the register).
    template<typename Visit>
    void forEachUnseen(Visit &&visit) const
    {
        for (const Entry &entry : m_entries) {
            if (!entry.seen && entry.valueLength > 0)
                visit(QByteArrayView(m_arena.data() + entry.idOffset, qsizetype(entry.idLength)));
        }
    }

private:
    struct Entry {
        std::size_t idOffset, idLength, valueOffset, valueLength;
        bool seen;
    };

    static std::size_t hashOf(std::string_view id) { return qHashBits(id.data(), id.size(), 0x9e3779b9u); }

    /// The slot holding `id`, or the empty slot where it would go. A slot is the hash's upper half and the entry's
    /// index + 1 (0: empty).
    std::uint64_t *find(std::string_view id, std::size_t hash)
    {
        const std::size_t mask = m_slots.size() - 1;
        const std::uint64_t tag = std::uint64_t(hash >> 32) << 32;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            std::uint64_t &slot = m_slots[i];
            if (slot == 0)
                return &slot;
            if ((slot & ~std::uint64_t(0xffffffffu)) == tag) {
                const Entry &entry = m_entries[std::size_t(slot & 0xffffffffu) - 1];
                if (entry.idLength == id.size()
                    && std::memcmp(m_arena.data() + entry.idOffset, id.data(), id.size()) == 0)
                    return &slot;
            }
        }
    }

    void grow()
    {
        std::vector<std::uint64_t> slots(m_slots.size() * 2, 0);
        const std::size_t mask = slots.size() - 1;
        for (std::size_t e = 0; e < m_entries.size(); ++e) {
            const std::string_view id(m_arena.data() + m_entries[e].idOffset, m_entries[e].idLength);
            const std::size_t hash = hashOf(id);
            std::size_t i = hash & mask;
            while (slots[i] != 0)
                i = (i + 1) & mask;
            slots[i] = (std::uint64_t(hash >> 32) << 32) | std::uint64_t(e + 1);
        }
        m_slots = std::move(slots);
    }

    std::vector<std::uint64_t> m_slots;
    std::vector<Entry> m_entries;
    std::string m_arena;
    std::string m_id;
};

} // namespace

AuditLog::EntityValues AuditLog::entityValues(const RegisterData &data)
{
    EntityValues values;
    values.reserve(data.elements.size() + data.dependencies.size() + data.groups.size() + data.scenarios.size()
                   + std::size_t(data.records.size()));
    const auto add = [&](const QString &entity, const QString &key, const QByteArray &json) {
        QByteArray id = entity.toUtf8();
        id.append(':').append(key.toUtf8());
        values.emplace_back(std::move(id), json);
    };
    const QString element = token(AuditEntity::Element), dependency = token(AuditEntity::Dependency),
                  group = token(AuditEntity::Group), scenario = token(AuditEntity::Scenario);
    for (const Element &e : data.elements)
        add(element, e.key, RegisterCodec::toJson(e));
    for (const Dependency &d : data.dependencies)
        add(dependency, dependencyId(d.from, d.to), RegisterCodec::toJson(d));
    for (const RedundancyGroup &g : data.groups)
        add(group, groupId(g.element, g.name), RegisterCodec::toJson(g));
    for (const Scenario &s : data.scenarios)
        add(scenario, s.name, RegisterCodec::toJson(s));
    for (const Record &r : data.records)
        add(r.type->token(), r.key(), r.toJson());
    return values;
}

Result<AuditVerification> AuditLog::verify(const Database &db, Feedback *feedback)
{
    // One read transaction for the trail; the register is read meanwhile on a second connection (issue 16: verify of
    // a 100,000-element register in under 2 s), in its own read transaction. Every write through Bulwark moves the
    // audit head, so when both connections saw the same head they saw the same register; when they did not (a write
    // came between their starts), the register is read again here, inside this connection's transaction.
    const ReadTransaction consistent(db.connection());
    CancelOnly cancel(feedback);
    std::optional<std::pair<StoredHead, Result<EntityValues>>> aside;
    std::thread reader;
    if (!db.path().isEmpty() && db.path() != QLatin1String(":memory:")) {
        reader = std::thread([&, path = db.path()] {
            auto other = Database::open(path, Database::OpenMode::ReadOnly);
            if (!other)
                return;
            {
                const ReadTransaction otherConsistent((*other)->connection());
                auto otherHead = storedHead(**other);
                if (!otherHead)
                    return;
                auto stored = RegisterStore::load(**other, &cancel);
                aside.emplace(*otherHead,
                              stored ? Result<EntityValues>(entityValues(stored->data))
                                     : Result<EntityValues>(stored.error()));
            }
            other->reset(); // the connection is closed on the thread that opened it
        });
    }
    struct Join {
        std::thread &thread;
        CancelOnly &cancel;
        ~Join()
        {
            if (thread.joinable()) {
                cancel.stop = true; // the trail failed: the register is not needed any more
                thread.join();
            }
        }
    } join{reader, cancel};
    return verifyAgainst(
        db,
        [&](const StoredHead &head) -> Result<EntityValues> {
            if (reader.joinable())
                reader.join();
            if (aside && aside->first.present == head.present && aside->first.hash == head.hash
                && aside->first.count == head.count && aside->second)
                return std::move(*aside->second);
            if (aside && !aside->second && aside->second.error().code == Error::Code::Canceled)
                return aside->second.error();
            auto stored = RegisterStore::load(db, feedback);
            if (!stored)
                return stored.error();
            return entityValues(stored->data);
        },
        feedback);
}

Result<AuditVerification> AuditLog::verify(const Database &db, const RegisterData &current, Feedback *feedback)
{
    return verifyAgainst(
        db, [&](const StoredHead &) -> Result<EntityValues> { return entityValues(current); }, feedback);
}

Result<AuditVerification> AuditLog::verifyAgainst(
    const Database &db, const std::function<Result<EntityValues>(const StoredHead &)> &registerSide, Feedback *feedback)
{
    AuditVerification report;
    const QString operation = tr("reading the audit trail");
    const ReadTransaction consistent(db.connection()); // joins the caller's transaction if there is one
    auto head = storedHead(db);
    if (!head)
        return head.error();
    // SQLite's own statement and the columns' bytes as stored: 600,000 entries are read, hashed and replayed without
    // converting a column to UTF-16 (issue 16: verify of a 100,000-element register in under 2 s).
    auto q = SqliteStatement::prepare(db,
                                      "SELECT seq, batch, at, actor, action, entity, entity_key, before, after, "
                                      "prev_hash, hash, subject, object, claimed_actor, actor_name, reason, reverts "
                                      "FROM audit_entry ORDER BY seq",
                                      operation);
    if (!q)
        return q.error();

    // The trail's view of the register: "entity:key" -> the canonical JSON after its last entry (empty: removed).
    TrailState state(head->count);
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

    while (true) {
        auto row = q->next(operation);
        if (!row)
            return row.error();
        if (!*row)
            break;
        StoredEntry e;
        e.seq = q->columnInt64(0);
        e.batch = q->columnInt64(1);
        e.at = q->columnUtf8(2);
        e.actor = q->columnUtf8(3);
        e.action = q->columnUtf8(4);
        e.entity = q->columnUtf8(5);
        e.entityKey = q->columnUtf8(6);
        e.before = q->columnUtf8(7);
        e.after = q->columnUtf8(8);
        e.prevHash = q->columnUtf8(9);
        const QByteArrayView storedHash = q->columnUtf8(10);
        e.subject = q->columnUtf8(11);
        e.object = q->columnUtf8(12);
        e.claimedActor = q->columnUtf8(13);
        e.actorName = q->columnUtf8(14);
        e.reason = q->columnUtf8(15);
        e.reverts = q->columnInt64(16);
        const auto text = [](QByteArrayView bytes) { return QString::fromUtf8(bytes); };
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
        // What subject and object must be, from the entity and its key (subjectAndObject(), on the bytes).
        QByteArrayView subject = e.entityKey, object;
        if (e.entity == QByteArrayView("dependency")) {
            const qsizetype split = e.entityKey.indexOf('>');
            subject = split < 0 ? e.entityKey : e.entityKey.first(split);
            object = split < 0 ? QByteArrayView() : e.entityKey.sliced(split + 1);
        } else if (e.entity == QByteArrayView("group")) {
            const qsizetype split = e.entityKey.indexOf('#');
            subject = split < 0 ? e.entityKey : e.entityKey.first(split);
        }
        if (computeHash(e, format) != storedHash)
            problem(e.seq,
                    tr("Entry %1 (%2 %3 %4 at %5) was altered outside Bulwark.")
                        .arg(e.seq)
                        .arg(text(e.action), text(e.entity), text(e.entityKey), text(e.at)));
        else if (format == HashFormat::Fields && !e.claimedActor.isEmpty())
            problem(e.seq,
                    tr("Entry %1 (%2 %3 %4) claims a user name that entries of its time could not record: it was "
                       "altered outside Bulwark.")
                        .arg(e.seq)
                        .arg(text(e.action), text(e.entity), text(e.entityKey)));
        else if (format == HashFormat::Fields && (!e.actorName.isEmpty() || !e.reason.isEmpty() || e.reverts != 0))
            problem(e.seq,
                    tr("Entry %1 (%2 %3 %4) records a full name, a reason or an undone entry, which entries of its "
                       "time could not record: it was altered outside Bulwark.")
                        .arg(e.seq)
                        .arg(text(e.action), text(e.entity), text(e.entityKey)));
        else if (e.subject != subject || e.object != object)
            problem(e.seq,
                    tr("Entry %1 (%2 %3 %4) names another element than its key (%5): it was altered outside "
                       "Bulwark, which hides it from the history of %4.")
                        .arg(e.seq)
                        .arg(text(e.action), text(e.entity), text(e.entityKey), text(e.subject)));
        previousHash = storedHash.toByteArray();
        previousSeq = e.seq;
        state.set(e.entity, e.entityKey, e.after);
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
    auto current = registerSide(*head);
    if (!current)
        return current.error();
    QStringList mismatches;
    for (const auto &[entity, json] : std::as_const(*current)) {
        const std::optional<QByteArrayView> audited = state.take(entity);
        if (!audited || audited->isEmpty())
            mismatches << tr("%1 is in the register but not in the audit trail (added outside Bulwark)")
                              .arg(QString::fromUtf8(entity));
        else if (*audited != json)
            mismatches << tr("%1 differs from its last audited value (changed outside Bulwark)")
                              .arg(QString::fromUtf8(entity));
    }
    state.forEachUnseen([&](QByteArrayView entity) {
        mismatches << tr("%1 is in the audit trail but missing from the register (removed outside Bulwark)")
                          .arg(QString::fromUtf8(entity));
    });
    mismatches.sort();
    report.mismatchCount = mismatches.size();
    report.stateMismatches = mismatches.mid(0, AuditVerification::maxListed);
    return report;
}

} // namespace bulwark::store
