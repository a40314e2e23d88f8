// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "model/store/database.h"
#include "model/store/registerstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace bulwark::analysis {
class GraphSnapshot;
}

namespace bulwark::store {

/// Where store::loadSnapshot took its snapshot from, and the state it was read in.
struct SnapshotOrigin {
    bool stored = false;     ///< the register's stored snapshot passed the trust check and was used
    bool rowPresent = false; ///< the register had a stored snapshot (used or not)
    QString rejected;        ///< why a stored snapshot was not used (for the log), empty otherwise
    AuditHead head;          ///< the audit trail's head in the read transaction the snapshot came from
    qint64 dataVersion = -1; ///< the reading connection's PRAGMA data_version in that transaction
};

/// The analysis snapshot persisted in the register (table graph_snapshot, schema v9): a cache of
/// analysis::GraphSnapshot keyed by the audit trail's head. store::loadSnapshot uses it only when all of these hold
/// (else it builds from the tables as before): (1) its format is the current one; (2) its audit_seq and audit_hash
/// are those of the last audit_entry and meta.audit_head; (3) its SHA-256 (over format, audit hash and payload)
/// matches; (4) the payload's counts equal the row's and every index in it is in range. Triggers on element,
/// dependency and redundancy_group drop the row on any write, so a change outside Bulwark (no audit entry) cannot
/// leave a stale one; `verify` checks the triggers and compares the row with a snapshot rebuilt from the tables.
class SnapshotCache
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCache)
public:
    /// SHA-256 over the format (4 bytes, little-endian), the audit hash and the payload.
    static QByteArray checksum(quint32 format, const QByteArray &auditHash, QByteArrayView payload);
    /// The stored snapshot if it passes the trust check (inside the caller's read transaction); nullptr when there
    /// is none or it fails (origin->rejected says why).
    [[nodiscard]] static Result<std::shared_ptr<const analysis::GraphSnapshot>> read(const Database &db,
                                                                                     SnapshotOrigin &origin);
    /// Writes `snapshot`, read at `head`, as the register's stored snapshot, replacing any; inside the caller's write
    /// transaction (import, demo).
    [[nodiscard]] static Result<void>
    write(const Database &db, const analysis::GraphSnapshot &snapshot, const AuditHead &head);
    /// After a command that had to build its snapshot (`origin.stored` false): stores it if the file can be written,
    /// on a connection of its own that never waits (BEGIN IMMEDIATE with busy_timeout 0), and only if nothing was
    /// committed to the file since `readDb` read it (its data_version and the audit head are unchanged). Any failure
    /// is ignored (logged): true when the snapshot was stored.
    static bool
    storeIfBuilt(const Database &readDb, const analysis::GraphSnapshot &snapshot, const SnapshotOrigin &origin);
    /// Reads the register at `path` (building its snapshot when the stored one is missing or stale) and stores it:
    /// for import and demo at their end. Failures are ignored.
    static void refresh(const QString &path);
    /// What is wrong with the stored snapshot's protection, for `verify`: a trigger missing or altered, or a stored
    /// row (with the current head) that differs from a snapshot rebuilt from the tables. Empty when all is well.
    [[nodiscard]] static Result<QStringList> verify(const Database &db);
    /// The name and exact SQL of each trigger of schema v9 (as in 0009_graph_snapshot.sql).
    static const QList<std::pair<QString, QString>> &triggers();
};

} // namespace bulwark::store
