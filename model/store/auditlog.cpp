// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "register/registercodec.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QVariant>

namespace bulwark::store {
namespace {

/// subject and object of an entry, derived from its entity key ("A", "A>B", "A#group").
std::pair<QString, QString> subjectAndObject(const AuditEntry &entry)
{
    if (entry.entity == u"dependency") {
        const qsizetype split = entry.entityKey.indexOf(QLatin1Char('>'));
        return {entry.entityKey.left(split), entry.entityKey.mid(split + 1)};
    }
    if (entry.entity == u"group")
        return {entry.entityKey.left(entry.entityKey.indexOf(QLatin1Char('#'))), QString()};
    // Elements and scenarios: the key itself.
    return {entry.entityKey, QString()};
}

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.batch = q.value(1).toLongLong();
    e.at = q.value(2).toString();
    e.actor = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityKey = q.value(6).toString();
    e.before = q.value(7).toString().toUtf8();
    e.after = q.value(8).toString().toUtf8();
    e.prevHash = q.value(9).toString().toLatin1();
    e.hash = q.value(10).toString().toLatin1();
    return e;
}

const char *const selectColumns = "SELECT seq, batch, at, actor, action, entity, entity_key, before, after, prev_hash, "
                                  "hash FROM audit_entry ";

} // namespace

const QByteArray &AuditLog::genesisHash()
{
    static const QByteArray genesis(64, '0');
    return genesis;
}

QByteArray AuditLog::computeHash(const AuditEntry &e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
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
    add(e.action.toUtf8());
    add(e.entity.toUtf8());
    add(e.entityKey.toUtf8());
    add(e.before.isEmpty() ? QByteArrayLiteral("null") : e.before);
    add(e.after.isEmpty() ? QByteArrayLiteral("null") : e.after);
    return hash.result().toHex();
}

Result<void> AuditLog::prepare()
{
    auto insert = SqliteStatement::prepare(m_db,
                                           "INSERT INTO audit_entry (seq, batch, at, actor, action, entity, entity_key, "
                                           "subject, object, before, after, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, "
                                           "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
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
    entry.hash = computeHash(entry);
    const auto [subject, object] = subjectAndObject(entry);
    m_insert.bind(1, entry.seq);
    m_insert.bind(2, entry.batch);
    m_insert.bind(3, entry.at);
    m_insert.bind(4, entry.actor);
    m_insert.bind(5, entry.action);
    m_insert.bind(6, entry.entity);
    m_insert.bind(7, entry.entityKey);
    m_insert.bind(8, subject);
    if (object.isEmpty())
        m_insert.bindNull(9);
    else
        m_insert.bind(9, object);
    m_insert.bindUtf8(10, entry.before);
    m_insert.bindUtf8(11, entry.after);
    m_insert.bindUtf8(12, entry.prevHash);
    m_insert.bindUtf8(13, entry.hash);
    if (auto r = m_insert.run(tr("writing the audit trail")); !r)
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
        if (auto r = m_meta.run(tr("writing the audit trail")); !r)
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

Result<AuditVerification> AuditLog::verify(const Database &db, const RegisterData &current, Feedback *feedback)
{
    AuditVerification report;
    const QString operation = tr("reading the audit trail");
    const ReadTransaction consistent(db.connection());
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(selectColumns) + QStringLiteral("ORDER BY seq")))
        return Database::databaseError(operation, q.lastError().text());

    // The trail's view of the register: entity -> canonical JSON after the last entry (empty: removed).
    QHash<QString, QByteArray> state;
    QByteArray expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    auto fail = [&](qint64 seq, const QString &problem) {
        if (report.chainIntact) {
            report.chainIntact = false;
            report.firstBadSeq = seq;
            report.problem = problem;
        }
    };
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        ++report.entries;
        if (report.chainIntact) {
            if (e.seq != expectedSeq)
                fail(expectedSeq,
                     tr("Entry %1 is missing: it was removed outside Bulwark (the next entry is %2).")
                         .arg(expectedSeq)
                         .arg(e.seq));
            else if (e.prevHash != expectedPrev)
                fail(e.seq,
                     tr("Entry %1 does not follow the entry before it: an entry was removed or inserted outside "
                        "Bulwark.")
                         .arg(e.seq));
            else if (computeHash(e) != e.hash)
                fail(e.seq, tr("Entry %1 (%2 %3 %4 at %5) was altered outside Bulwark.")
                                .arg(e.seq)
                                .arg(e.action, e.entity, e.entityKey, e.at));
        }
        expectedPrev = e.hash;
        expectedSeq = e.seq + 1;
        state.insert(e.entity + QLatin1Char(':') + e.entityKey, e.after);
        if (feedback && (report.entries & 0xffff) == 0 && feedback->isCanceled())
            return makeError(Error::Code::Canceled, tr("Verification was canceled."));
    }

    QSqlQuery meta(db.connection());
    if (!meta.exec(QStringLiteral("SELECT name, value FROM meta WHERE name IN ('audit_head', 'audit_count')")))
        return Database::databaseError(operation, meta.lastError().text());
    QString storedHead, storedCount;
    while (meta.next())
        (meta.value(0).toString() == u"audit_head" ? storedHead : storedCount) = meta.value(1).toString();
    const qint64 lastSeq = expectedSeq - 1;
    if (report.chainIntact && report.entries > 0
        && (storedHead.toLatin1() != expectedPrev || storedCount.toLongLong() != lastSeq))
        fail(lastSeq + 1,
             tr("The newest entries of the trail were removed outside Bulwark (the trail ends at entry %1, the "
                "register recorded %2).")
                 .arg(lastSeq)
                 .arg(storedCount));
    if (report.entries == 0 && !storedCount.isEmpty() && storedCount != u"0")
        fail(1, tr("The whole audit trail was removed outside Bulwark (the register recorded %1 entries).").arg(storedCount));

    // Replay: the register must equal the trail's last word on every entity.
    auto compare = [&](const QString &id, const QByteArray &json) {
        const auto it = state.constFind(id);
        if (it == state.constEnd() || it->isEmpty())
            report.stateMismatches << tr("%1 is in the register but not in the audit trail (added outside Bulwark)").arg(id);
        else if (*it != json)
            report.stateMismatches << tr("%1 differs from its last audited value (changed outside Bulwark)").arg(id);
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
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        if (!it->isEmpty())
            report.stateMismatches << tr("%1 is in the audit trail but missing from the register (removed outside Bulwark)").arg(it.key());
    }
    report.stateMismatches.sort();
    return report;
}

} // namespace bulwark::store
