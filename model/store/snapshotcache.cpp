// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/snapshotcache.h"

#include "model/analysis/graphsnapshot.h"
#include "model/logging.h"
#include "model/store/auditlog.h"
#include "model/store/sha256.h"
#include "model/store/snapshotreader.h"
#include "model/store/sqlitestatement.h"
#include "model/store/transaction.h"

#include <QSqlQuery>
#include <QtEndian>

#include <future>

namespace bulwark::store {
namespace {

const char *const selectRow = "SELECT format, audit_seq, audit_hash, element_count, dependency_count, group_count, "
                              "payload_sha256, payload FROM graph_snapshot WHERE id = 1";

/// The operation named in a database error: the existing text of the snapshot reader (no new message).
QString readingOperation()
{
    return QCoreApplication::translate("SnapshotReader", "reading the register for analysis");
}

/// A statement whose failure is expected now and then (a locked file): run quietly, without the warning that
/// Database::execute logs.
bool quietly(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    return query.exec(sql);
}

} // namespace

const QList<std::pair<QString, QString>> &SnapshotCache::triggers()
{
    static const QList<std::pair<QString, QString>> list = [] {
        QList<std::pair<QString, QString>> l;
        for (const char *table : {"element", "dependency", "redundancy_group"}) {
            for (const char *event : {"insert", "update", "delete"}) {
                const QString name
                    = QStringLiteral("graph_snapshot_%1_%2").arg(QLatin1String(table), QLatin1String(event));
                l.append({name,
                          QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 WHEN EXISTS (SELECT 1 FROM graph_snapshot) "
                                         "BEGIN DELETE FROM graph_snapshot; END")
                              .arg(name, QString::fromLatin1(event).toUpper(), QLatin1String(table))});
            }
        }
        return l;
    }();
    return list;
}

QByteArray SnapshotCache::checksum(quint32 format, const QByteArray &auditHash, QByteArrayView payload)
{
    Sha256 hash;
    const quint32 le = qToLittleEndian(format);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&le), sizeof le));
    hash.addData(auditHash);
    hash.addData(payload);
    return hash.result();
}

Result<std::shared_ptr<const analysis::GraphSnapshot>> SnapshotCache::read(const Database &db, SnapshotOrigin &origin)
{
    using Snapshot = std::shared_ptr<const analysis::GraphSnapshot>;
    const QString operation = readingOperation();
    auto head = RegisterStore::auditHead(db);
    if (!head)
        return head.error();
    origin.head = *head;
    origin.dataVersion = db.dataVersion();
    auto meta = AuditLog::storedHead(db);
    if (!meta)
        return meta.error();
    QSqlQuery probe(db.connection());
    if (!probe.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'graph_snapshot'"))
        || !probe.next())
        return Snapshot(); // a register of an older format, read without upgrading
    probe.finish();
    auto row = SqliteStatement::prepare(db, selectRow, operation);
    if (!row)
        return row.error();
    auto present = row->next(operation);
    if (!present)
        return present.error();
    if (!*present)
        return Snapshot();
    origin.rowPresent = true;
    auto reject = [&](const QString &why) {
        origin.rejected = why;
        qCInfo(lcStore) << "stored analysis snapshot not used:" << why;
        return Snapshot();
    };
    // Rules 1 and 2: the current format, built at the trail's head as both the last entry and meta record it.
    const qint64 format = row->columnInt64(0);
    if (format != analysis::GraphSnapshot::payloadFormat)
        return reject(QStringLiteral("format %1").arg(format));
    const QByteArray auditHash = row->columnText(2).toLatin1();
    const QByteArray metaHash = meta->present ? meta->hash : AuditLog::genesisHash();
    if (row->columnInt64(1) != head->seq || auditHash != head->hash)
        return reject(
            QStringLiteral("stale (built at entry %1, the trail is at %2)").arg(row->columnInt64(1)).arg(head->seq));
    if (metaHash != head->hash)
        return reject(QStringLiteral("the trail's last entry and meta.audit_head differ"));
    // Rule 3 on a second core while the payload is read (rule 4 is checked by deserialize, then the counts).
    const QByteArrayView payload = row->columnBlob(7);
    const QByteArray storedSum = row->columnBlob(6).toByteArray();
    auto sum = std::async(std::launch::async, [&] { return checksum(quint32(format), auditHash, payload); });
    auto snapshot = analysis::GraphSnapshot::deserialize(payload.data(), std::size_t(payload.size()));
    if (sum.get() != storedSum)
        return reject(QStringLiteral("checksum"));
    if (!snapshot)
        return reject(snapshot.error().message);
    const analysis::GraphSnapshot &s = **snapshot;
    if (s.size() != row->columnInt64(3) || s.dependencyCount() != row->columnInt64(4)
        || s.groupCount() != row->columnInt64(5))
        return reject(QStringLiteral("counts"));
    origin.stored = true;
    return *snapshot;
}

Result<void> SnapshotCache::write(const Database &db, const analysis::GraphSnapshot &snapshot, const AuditHead &head)
{
    const QString operation = readingOperation();
    const QByteArray payload = snapshot.serialize();
    auto insert = SqliteStatement::prepare(
        db,
        "INSERT OR REPLACE INTO graph_snapshot (id, format, audit_seq, audit_hash, element_count, dependency_count, "
        "group_count, payload_sha256, payload) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        operation);
    if (!insert)
        return insert.error();
    insert->bind(1, qint64(analysis::GraphSnapshot::payloadFormat));
    insert->bind(2, head.seq);
    insert->bind(3, QString::fromLatin1(head.hash));
    insert->bind(4, qint64(snapshot.size()));
    insert->bind(5, qint64(snapshot.dependencyCount()));
    insert->bind(6, qint64(snapshot.groupCount()));
    insert->bindBlob(7, checksum(analysis::GraphSnapshot::payloadFormat, head.hash, payload));
    insert->bindBlob(8, payload);
    return insert->run(operation);
}

bool SnapshotCache::storeIfBuilt(const Database &readDb,
                                 const analysis::GraphSnapshot &snapshot,
                                 const SnapshotOrigin &origin)
{
    if (origin.stored || origin.dataVersion < 0 || readDb.schemaVersion() < 9
        || Database::writableOrReadOnly(readDb.path()) != Database::OpenMode::OpenExisting)
        return false;
    auto db = Database::open(readDb.path(), Database::OpenMode::OpenExisting);
    if (!db)
        return false;
    const QSqlDatabase connection = (*db)->connection();
    // Never wait for another writer: the snapshot is a cache, the next command can store it.
    if (!quietly(connection, QStringLiteral("PRAGMA busy_timeout = 0"))
        || !quietly(connection, QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    // With the write lock held nobody else can commit. Anything committed since the snapshot was read (a change
    // through Bulwark, or outside it, which the triggers could not see: there was no row to drop) shows in the
    // reading connection's data_version; the head is checked too.
    bool stored = false;
    if (readDb.dataVersion() == origin.dataVersion) {
        auto head = RegisterStore::auditHead(**db);
        if (head && head->seq == origin.head.seq && head->hash == origin.head.hash)
            stored = bool(write(**db, snapshot, origin.head));
    }
    stored = stored && quietly(connection, QStringLiteral("COMMIT"));
    if (!stored)
        quietly(connection, QStringLiteral("ROLLBACK"));
    return stored;
}

void SnapshotCache::refresh(const QString &path)
{
    // A writable connection, closed last: it removes the write-ahead log as the import's own connection did (a
    // read-only one closed last would leave it beside the new register).
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        return;
    SnapshotOrigin origin;
    auto snapshot = loadSnapshot(**db, nullptr, &origin);
    if (snapshot)
        storeIfBuilt(**db, **snapshot, origin);
}

Result<QStringList> SnapshotCache::verify(const Database &db)
{
    QStringList problems;
    if (db.schemaVersion() < 9)
        return problems;
    const QString operation = readingOperation();
    const ReadTransaction consistent(db.connection());
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                               "('element', 'dependency', 'redundancy_group')")))
        return Database::databaseError(operation, QString());
    QHash<QString, QString> present;
    while (q.next())
        present.insert(q.value(0).toString(), q.value(1).toString().simplified());
    q.finish();
    for (const auto &[name, sql] : triggers()) {
        const auto it = present.constFind(name);
        if (it == present.constEnd())
            problems << tr("The trigger %1, which drops the stored analysis snapshot when the register changes, was "
                           "removed outside Bulwark.")
                            .arg(name);
        else if (*it != sql.simplified())
            problems << tr("The trigger %1, which drops the stored analysis snapshot when the register changes, was "
                           "altered outside Bulwark.")
                            .arg(name);
    }
    // A stored row is compared byte for byte with a snapshot rebuilt from the tables, whatever its head says.
    auto row = SqliteStatement::prepare(db, selectRow, operation);
    if (!row)
        return row.error();
    auto has = row->next(operation);
    if (!has)
        return has.error();
    if (!*has)
        return problems;
    const QByteArrayView payload = row->columnBlob(7);
    auto columns = SnapshotReader::read(db);
    if (!columns)
        return columns.error();
    const QByteArray rebuilt = analysis::GraphSnapshot::build(std::move(*columns))->serialize();
    auto head = RegisterStore::auditHead(db);
    if (!head)
        return head.error();
    const QByteArray auditHash = row->columnText(2).toLatin1();
    const bool current = row->columnInt64(1) == head->seq && auditHash == head->hash;
    const bool sumMatches
        = row->columnBlob(6).toByteArray() == checksum(quint32(row->columnInt64(0)), auditHash, payload);
    if (!sumMatches)
        problems << tr("The stored analysis snapshot does not match its checksum: it was altered outside Bulwark.");
    else if (current && row->columnInt64(0) == analysis::GraphSnapshot::payloadFormat
             && payload != QByteArrayView(rebuilt))
        problems << tr("The stored analysis snapshot differs from the register's tables although it is marked as "
                       "current: the register or the snapshot was changed outside Bulwark.");
    return problems;
}

} // namespace bulwark::store
