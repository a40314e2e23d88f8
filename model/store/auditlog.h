// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "feedback.h"
#include "register/registerdata.h"
#include "registerstore.h"
#include "result.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

namespace bulwark::store {

/// One entry of the audit trail: who changed what, when, with the value before and after (canonical JSON, or
/// empty for "did not exist").
struct AuditEntry {
    qint64 seq = 0;
    qint64 batch = 0; ///< entries written by one change set share a batch number
    QString at;       ///< UTC, ISO 8601 with milliseconds
    QString actor;    ///< operating-system user
    QString action;   ///< add, change, remove
    QString entity;   ///< element, dependency, group, scenario
    QString entityKey;
    QByteArray before;
    QByteArray after;
    QByteArray prevHash;
    QByteArray hash;
};

/// The result of re-checking the chain and replaying it against the register.
struct AuditVerification {
    qint64 entries = 0;
    bool chainIntact = true;
    qint64 firstBadSeq = 0; ///< 0 when the chain is intact
    QString problem;        ///< what is wrong with the chain, for the user
    QStringList stateMismatches; ///< entities whose stored value differs from the trail's last value
    bool isIntact() const { return chainIntact && stateMismatches.isEmpty(); }
};

/// Appends to and reads the hash-chained audit trail.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static const QByteArray &genesisHash();
    /// SHA-256 (hex) over the previous hash and every field of the entry but the hash itself.
    static QByteArray computeHash(const AuditEntry &entry);

    explicit AuditLog(const Database &db) : m_db(db) { }
    /// Prepares the insert; call inside the write transaction.
    [[nodiscard]] Result<void> prepare();
    /// Fills seq, prevHash and hash from `head`, writes the entry and advances `head`.
    [[nodiscard]] Result<void> append(AuditEntry &entry, AuditHead &head);
    /// Records the new head in the meta table, so that removing the newest entries is detectable.
    [[nodiscard]] Result<void> storeHead(const AuditHead &head);

    /// Entries, newest first; `entityKey` filters to one element (its own entries and its dependencies' and
    /// groups'), `limit` 0 means all.
    [[nodiscard]] static Result<QList<AuditEntry>> entries(const Database &db, const QString &entityKey, int limit);
    /// Recomputes the chain from the first entry, and replays it against `current`.
    [[nodiscard]] static Result<AuditVerification> verify(const Database &db,
                                                          const RegisterData &current,
                                                          Feedback *feedback = nullptr);

private:
    const Database &m_db;
    SqliteStatement m_insert;
    SqliteStatement m_meta;
};

} // namespace bulwark::store
