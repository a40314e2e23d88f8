// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace bulwark::store {

/// One connection to a register file. Opening checks that the file is a Bulwark register (or empty), refuses
/// files from a newer Bulwark, and migrates older ones. A connection is used only in the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class OpenMode {
        ReadOnly,        ///< an existing register, never written (immutable where the file or folder is read-only)
        OpenExisting,    ///< an existing register, opened for writing
        CreateIfMissing, ///< create a register when there is no file or the file is empty (init, demo, import)
    };

    static constexpr int latestVersion = 10;
    static constexpr int applicationId = 0x42554c57; ///< "BULW", in the SQLite header

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    bool isReadOnly() const { return m_readOnly; }

    /// A prepared statement on this connection; failure is logged and returned as an Error naming `operation`.
    [[nodiscard]] Result<QSqlQuery> prepare(const QString &sql, const QString &operation) const;
    /// Executes a prepared query; failure is logged and returned as an Error naming `operation`.
    [[nodiscard]] static Result<void> exec(QSqlQuery &query, const QString &operation);
    /// Executes one statement without parameters.
    [[nodiscard]] Result<void> execute(const QString &sql, const QString &operation) const;

    /// Moves everything in the write-ahead log into the file itself and empties the log (before a new file is
    /// published under its name). An error when the checkpoint could not finish (a full disk, another reader).
    [[nodiscard]] Result<void> checkpointAll(const QString &operation) const;
    /// SQLite's data version of this connection: it changes when another connection commits to the file (-1 when it
    /// cannot be read).
    qint64 dataVersion() const;

    /// Whether the file at path() is still the one this connection has open. A register deleted, moved or replaced
    /// (another file renamed over it) while open is still readable through the connection, but whatever is written
    /// to it goes into a file that nobody can open again (issue 12).
    enum class FileState {
        Present,  ///< path() names the file this connection has open
        Missing,  ///< nothing is at path() any more (deleted or moved away)
        Replaced, ///< another file is at path()
    };
    /// One stat of path(), compared with the file SQLite has open (SQLITE_FCNTL_HAS_MOVED) and with the device and
    /// inode recorded when the connection was opened.
    FileState fileState() const;
    /// An Error (Code::Io) saying that the file is gone or replaced when fileState() is not Present.
    [[nodiscard]] Result<void> checkFileIdentity() const;
    /// Writes the database as this connection sees it, audit trail included, into `target`, which must be empty or
    /// missing (SQLite's VACUUM INTO). Works when the file was deleted or replaced: the connection still reads it.
    /// Not synced or renamed: see RegisterService::saveCopy().
    [[nodiscard]] Result<void> copyInto(const QString &target) const;

    /// The error returned for a failed SQL operation: a user message; the driver text goes to the log only.
    static Error databaseError(const QString &operation, const QString &driverText);

    /// A message naming what is wrong when `path` cannot be opened as a register in `mode` before SQLite is asked:
    /// missing, a folder, not a regular file, permission denied, empty. Empty when nothing is wrong.
    [[nodiscard]] static Result<void> checkFile(const QString &path, OpenMode mode);
    /// OpenExisting when this process may change `path` (the file and its folder are writable), else ReadOnly: how the
    /// GUI opens a register, so that one on a read-only share can still be read.
    static OpenMode writableOrReadOnly(const QString &path);
    /// The version of SQLite the Qt driver runs ("3.40.1"), or empty when it cannot be asked (for About boxes).
    static QString sqliteVersion();

private:
    Database(QSqlDatabase db, QString path, bool readOnly);
    [[nodiscard]] Result<void> configure();
    [[nodiscard]] Result<void> migrate();

    QSqlDatabase m_db;
    QString m_path;
    int m_version = 0;
    bool m_readOnly = false;
    /// The device and inode of path() just after the connection opened it (0: not known).
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

} // namespace bulwark::store
