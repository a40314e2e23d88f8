// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/database.h"

#include "model/logging.h"
#include "model/store/transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bulwark::store {
namespace {

/// Once, before the first connection: SQLite keeps no memory statistics (Bulwark reads none). With them on, every
/// allocation of every connection takes one process-wide mutex, and a worker reading the register (a snapshot load)
/// then slows a write on the GUI thread down by contention on it.
void configureSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

QString newConnectionName()
{
    configureSqlite();
    static QAtomicInt counter;
    return QStringLiteral("bulwark-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Splits a migration script into statements at ';', ignoring ';' inside quotes, "--" comments and a trigger's body.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QChar quote;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        if (quote.isNull() && c == u'-' && i + 1 < script.size() && script[i + 1] == u'-') {
            while (i < script.size() && script[i] != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u';') {
            // A trigger's body has statements of its own, each ending in ';': the trigger ends after its END.
            const QString sofar = current.trimmed();
            if (sofar.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
                && !sofar.endsWith(QLatin1String("END"), Qt::CaseInsensitive)) {
                current += c;
                continue;
            }
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

struct Migration {
    int version = 0;
    QString resource;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/bulwark/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.left(4).toInt(&ok);
        if (ok)
            list.append({version, dir.filePath(name)});
    }
    return list;
}

/// Whether this process may write `path` (for root: whether the file system is writable).
bool isWritable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

/// Whether SQLite can keep its WAL index beside the file; if not, a reader must open the file immutable.
bool canShareLocks(const QString &path)
{
    const QFileInfo info(path);
    return isWritable(info.absolutePath()) && isWritable(path);
}

/// A new connection. A read-only connection to a file that this process cannot write, with no -shm file beside it
/// (so no writer is connected) and no WAL content, opens it immutable: SQLite then takes no locks and needs no -shm
/// file, which it could not create there.
/// Whether what SQLite said means the file's contents are broken (rather than locked, missing or out of space).
bool saysDamaged(const QString &driverText)
{
    for (const char16_t *word : {u"malformed", u"not a database", u"corrupt"}) {
        if (driverText.contains(QStringView(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool hasWalContent(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

/// `forceImmutable`: the caller found that the normal read-only connection cannot work (no room for the -shm file
/// on a full disk) and there is no WAL content to read.
QSqlDatabase addConnection(const QString &path, bool readOnly, bool forceImmutable = false, bool mayCreate = true)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), newConnectionName());
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    // Immutable (no locks at all) only when no writer can be at work: a read-only file whose owner may still write
    // it keeps a -shm file beside it while connected, and then the reader must share its locks, or a checkpoint
    // could change pages under it.
    const bool immutable = readOnly
        && (forceImmutable
            || (!canShareLocks(path) && !hasWalContent(path) && !QFileInfo::exists(path + QStringLiteral("-shm"))));
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable) {
        options << QStringLiteral("QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
    } else if (!readOnly && !mayCreate) {
        // An existing register only: a file deleted between the checks and this open must not come back as an empty
        // one under its name (issue 12; its -wal and -shm files may still be the open window's).
        options << QStringLiteral("QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?mode=rw"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options.join(u';'));
    return db;
}

/// Reads the application id, schema version and object count with a read-only connection, so that a file that
/// is not ours is never modified.
struct Probe {
    bool hasSqliteHeader = false; ///< the file starts with SQLite's magic string
    bool isSqlite = false;        ///< ... and SQLite could read its schema
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
    QString driverText; ///< what SQLite said when it could not read the file (for the log)
};

Probe probe(const QString &path, bool forceImmutable = false)
{
    Probe result;
    QString name;
    {
        QSqlDatabase db = addConnection(path, true, forceImmutable);
        name = db.connectionName();
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next()) {
                result.isSqlite = true;
                result.applicationId = query.value(0).toInt();
                if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                    result.userVersion = query.value(0).toInt();
                if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
                    result.objectCount = query.value(0).toInt();
                else
                    result.isSqlite = false;
            }
            if (!result.isSqlite)
                result.driverText = query.lastError().text();
            query.finish();
            db.close();
        } else {
            result.driverText = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!result.isSqlite) {
        // Only now, and only for a file SQLite could not read: closing any descriptor of a file drops every POSIX lock
        // this process holds on it, including those of the SQLite connections of other threads (the GUI's), which
        // would let another program think it is alone and delete the WAL under them. SQLite itself never does that.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            result.hasSqliteHeader = file.read(16) == QByteArrayView("SQLite format 3\0", 16);
    }
    // On a full disk SQLite cannot make the -shm file even to read. With no WAL content beside the file, nothing
    // is lost by reading it without one.
    if (!result.isSqlite && result.hasSqliteHeader && !forceImmutable && !hasWalContent(path)
        && result.driverText.contains(u"disk i/o", Qt::CaseInsensitive))
        return probe(path, true);
    return result;
}

} // namespace

Error Database::databaseError(const QString &operation, const QString &driverText)
{
    qCWarning(lcStore) << "SQL failed while" << operation << ":" << driverText;
    auto has = [&](const char16_t *word) { return driverText.contains(QStringView(word), Qt::CaseInsensitive); };
    Error error = makeError(
        Error::Code::Database,
        tr("Bulwark could not finish %1: the register file refused it. Nothing was changed.").arg(operation));
    if (has(u"locked") || has(u"busy"))
        error.message = tr("The register file is in use by another program or Bulwark window (while %1). Close the "
                           "other program and try again.")
                            .arg(operation);
    else if (has(u"readonly") || has(u"read-only"))
        error.message = tr("The register file is read-only (while %1).").arg(operation);
    else if (has(u"full"))
        error.message
            = tr("The disk is full (while %1). Free some space and try again; nothing was changed.").arg(operation);
    else if (saysDamaged(driverText)) {
        error.code = Error::Code::Format;
        error.message
            = tr("The register file is damaged (found while %1): its contents cannot be read. Restore it from "
                 "a backup.")
                  .arg(operation);
    } else if (has(u"disk i/o") || has(u"unable to open")) {
        error.code = Error::Code::Io;
        error.message
            = tr("The register file could not be read or written (while %1): the disk may be full, failing or "
                 "gone. Nothing was changed.")
                  .arg(operation);
    }
    return error;
}

Database::Database(QSqlDatabase db, QString path, bool readOnly)
    : m_db(std::move(db)),
      m_path(std::move(path)),
      m_readOnly(readOnly)
{ }

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Database::OpenMode Database::writableOrReadOnly(const QString &path)
{
    return canShareLocks(path) ? OpenMode::OpenExisting : OpenMode::ReadOnly;
}

Result<void> Database::checkFile(const QString &path, OpenMode mode)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QByteArray encoded = QFile::encodeName(path);
    struct stat st { };
    if (::stat(encoded.constData(), &st) != 0) {
        const int error = errno;
        if (error == ENOENT) {
            const QFileInfo info(path);
            if (!QFileInfo(info.absolutePath()).isDir())
                return makeError(
                    Error::Code::Io,
                    tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
            if (mode == OpenMode::CreateIfMissing)
                return {};
            return makeError(Error::Code::NotFound,
                             tr("There is no register at %1. Create one with 'bulwark init --db %1'.").arg(shown));
        }
        if (error == EACCES)
            return makeError(Error::Code::Io,
                             tr("Permission denied: you may not open %1 (a folder on its path does not "
                                "let you in).")
                                 .arg(shown));
        return makeError(Error::Code::Io,
                         tr("%1 cannot be opened: %2.").arg(shown, QString::fromLocal8Bit(std::strerror(error))));
    }
    // A folder or a device named as the register is the wrong thing given (exit 2), not a refusal of the file system.
    if (S_ISDIR(st.st_mode))
        return makeError(Error::Code::Unsupported, tr("%1 is a folder, not a register file.").arg(shown));
    if (!S_ISREG(st.st_mode))
        return makeError(Error::Code::Unsupported,
                         tr("%1 is not a file but a %2; a register is a file.")
                             .arg(shown,
                                  S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? tr("device")
                                      : S_ISFIFO(st.st_mode)                 ? tr("pipe")
                                      : S_ISSOCK(st.st_mode)                 ? tr("socket")
                                                                             : tr("special file")));
    if (::access(encoded.constData(), R_OK) != 0)
        return makeError(Error::Code::Io, tr("Permission denied: you may not read %1.").arg(shown));
    if (st.st_size == 0 && mode != OpenMode::CreateIfMissing)
        return makeError(
            Error::Code::Unsupported,
            tr("%1 is empty (0 bytes): it is not a register. Create one with 'bulwark init --db %1'.").arg(shown));
    if (mode != OpenMode::ReadOnly && st.st_size > 0) {
        if (!isWritable(path))
            return makeError(Error::Code::Io,
                             tr("%1 is read-only (permission denied): it can be read but not changed. Commands that "
                                "only read it (list, show, log, verify, export and the analyses) work.")
                                 .arg(shown));
        if (!isWritable(QFileInfo(path).absolutePath()))
            return makeError(
                Error::Code::Io,
                tr("The folder of %1 is read-only (permission denied): a register is changed together with "
                   "a journal beside it. Commands that only read it work.")
                    .arg(shown));
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (auto r = checkFile(path, mode); !r)
        return r.error();

    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        // SQLite may create its -wal and -shm files beside a file it merely probes; a refused file keeps none of
        // them.
        const bool hadWal = QFileInfo::exists(path + QStringLiteral("-wal"));
        const bool hadShm = QFileInfo::exists(path + QStringLiteral("-shm"));
        const Probe p = probe(path);
        if (!p.isSqlite) {
            if (!hadWal && QFileInfo(path + QStringLiteral("-wal")).size() == 0)
                QFile::remove(path + QStringLiteral("-wal"));
            if (!hadShm)
                QFile::remove(path + QStringLiteral("-shm"));
        }
        if (!p.isSqlite && p.hasSqliteHeader) {
            qCWarning(lcStore) << "reading" << path << "failed:" << p.driverText;
            if (!saysDamaged(p.driverText)) {
                const QStorageInfo storage(info.absolutePath());
                if (storage.isValid() && storage.bytesAvailable() < 1024 * 1024)
                    return makeError(Error::Code::Io,
                                     tr("%1 cannot be opened: the disk is full (SQLite needs a little room beside the "
                                        "file even to read it). Free some space and try again.")
                                         .arg(shown));
                return makeError(Error::Code::Io,
                                 tr("%1 cannot be read: the disk or file system reported an error. Try again; if it "
                                    "persists, copy the file elsewhere. The file was not changed.")
                                     .arg(shown));
            }
            return makeError(
                Error::Code::Format,
                tr("%1 is damaged: it is an SQLite file, but its contents cannot be read. Restore it from a "
                   "backup. The file was not changed.")
                    .arg(shown));
        }
        if (!p.isSqlite)
            return makeError(Error::Code::Unsupported,
                             tr("%1 is not a Bulwark register (it is not an SQLite database). The file was not "
                                "changed.")
                                 .arg(shown));
        const bool emptySqlite = p.applicationId == 0 && p.objectCount == 0 && p.userVersion == 0;
        if (p.applicationId != applicationId && !(emptySqlite && mode == OpenMode::CreateIfMissing))
            return makeError(
                Error::Code::Unsupported,
                tr("%1 is an SQLite database but not a Bulwark register. The file was not changed.").arg(shown));
        if (p.userVersion > latestVersion)
            return makeError(Error::Code::Unsupported,
                             tr("%1 was written by a newer Bulwark (register format %2; this version reads up to "
                                "%3). Open it with a newer Bulwark. The file was not changed.")
                                 .arg(shown)
                                 .arg(p.userVersion)
                                 .arg(latestVersion));
        if (mode == OpenMode::ReadOnly && p.userVersion < latestVersion) {
            // An older register is upgraded once, by the first command that opens it and may write it.
            if (!canShareLocks(path))
                return makeError(Error::Code::Unsupported,
                                 tr("%1 was written by an older Bulwark (register format %2) and must be upgraded once "
                                    "before it can be read, which needs write access; the file or its folder is "
                                    "read-only. Copy it to a folder you can write and open the copy.")
                                     .arg(shown)
                                     .arg(p.userVersion));
            auto upgraded = open(path, OpenMode::OpenExisting);
            if (!upgraded)
                return upgraded.error();
        }
    }

    const bool readOnly = mode == OpenMode::ReadOnly;
    QSqlDatabase db = addConnection(path, readOnly, false, mode == OpenMode::CreateIfMissing);
    std::unique_ptr<Database> database(new Database(db, path, readOnly));
    if (!db.open())
        return databaseError(tr("opening %1").arg(shown), db.lastError().text());
    if (auto r = database->configure(); !r) {
        // A reader on a full disk: see probe().
        if (!readOnly || hasWalContent(path) || r.error().code != Error::Code::Io)
            return r.error();
        db = QSqlDatabase();
        database.reset();
        db = addConnection(path, true, true);
        database.reset(new Database(db, path, true));
        if (!db.open())
            return databaseError(tr("opening %1").arg(shown), db.lastError().text());
        if (auto again = database->configure(); !again)
            return again.error();
    }
    if (struct stat st{}; ::stat(QFile::encodeName(path).constData(), &st) == 0) {
        database->m_device = quint64(st.st_dev);
        database->m_inode = quint64(st.st_ino);
    }
    if (readOnly) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return databaseError(tr("reading the register format"), query.lastError().text());
        database->m_version = query.value(0).toInt();
        return database;
    }
    if (auto r = database->migrate(); !r)
        return r.error();
    return database;
}

Result<void> Database::configure()
{
    if (m_readOnly) {
        // query_only makes SQLite itself refuse any write on this connection, whatever a caller tries.
        for (const auto *pragma : {u"PRAGMA query_only = ON", u"PRAGMA cache_size = -65536"}) {
            if (auto r = execute(QString::fromUtf16(pragma), tr("opening the register")); !r)
                return r;
        }
        return {};
    }
    // WAL keeps readers working during a write; FULL sync makes a committed change survive a power cut.
    // A 64 MB page cache keeps the unique indexes in memory during a large import instead of spilling pages.
    // A new register is made with 16 KiB pages (before WAL is turned on and the first table is made; an existing file
    // keeps its own): a quarter of the pages, B-tree levels and WAL frames of SQLite's 4 KiB for the same rows. A
    // 1,000,000-element import (issue 16) writes 2.4 GB; with 4 KiB pages it took 113 s, with 16 KiB 96 s.
    for (const auto *pragma : {u"PRAGMA page_size = 16384",
                               u"PRAGMA foreign_keys = ON",
                               u"PRAGMA journal_mode = WAL",
                               u"PRAGMA synchronous = FULL",
                               u"PRAGMA cache_size = -65536"}) {
        if (auto r = execute(QString::fromUtf16(pragma), tr("opening the register")); !r)
            return r;
    }
    return {};
}

Result<void> Database::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return databaseError(tr("reading the register format"), query.lastError().text());
    m_version = query.value(0).toInt();
    query.finish();

    for (const Migration &migration : migrations()) {
        if (migration.version <= m_version)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Code::Io, tr("A built-in upgrade step is missing (%1).").arg(migration.resource));
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

        Transaction transaction(m_db);
        if (auto r = transaction.begin(); !r)
            return r;
        // Another program may have upgraded the file while this one waited for the lock.
        QSqlQuery current(m_db);
        if (!current.exec(QStringLiteral("PRAGMA user_version")) || !current.next())
            return databaseError(tr("reading the register format"), current.lastError().text());
        if (current.value(0).toInt() >= migration.version) {
            m_version = current.value(0).toInt();
            current.finish();
            if (auto r = transaction.commit(); !r)
                return r;
            continue;
        }
        current.finish();
        const QString operation = tr("upgrading the register to format %1").arg(migration.version);
        for (const QString &statement : statements) {
            if (auto r = execute(statement, operation); !r)
                return r;
        }
        // PRAGMA takes no bound parameter; both values are integers we format ourselves.
        if (auto r = execute(QStringLiteral("PRAGMA application_id = %1").arg(applicationId), operation); !r)
            return r;
        if (auto r = execute(QStringLiteral("PRAGMA user_version = %1").arg(migration.version), operation); !r)
            return r;
        if (auto r = transaction.commit(); !r)
            return r;
        m_version = migration.version;
        // Each step's pages go into the file before the next step, so that the write-ahead log holds one step at a
        // time, not all of them: a new register fits a nearly full disk (tst_registerfiles). Another reader may
        // keep the log; then it is simply checkpointed later.
        QSqlQuery checkpoint(m_db);
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            qCWarning(lcStore) << "checkpoint after upgrade step" << migration.version
                               << "failed:" << checkpoint.lastError().text();
    }
    return {};
}

Result<QSqlQuery> Database::prepare(const QString &sql, const QString &operation) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return databaseError(operation, query.lastError().text() + QStringLiteral(" [") + sql + u']');
    return query;
}

Result<void> Database::exec(QSqlQuery &query, const QString &operation)
{
    if (!query.exec())
        return databaseError(operation, query.lastError().text());
    return {};
}

Result<void> Database::execute(const QString &sql, const QString &operation) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return databaseError(operation, query.lastError().text() + QStringLiteral(" [") + sql + u']');
    return {};
}

Result<void> Database::checkpointAll(const QString &operation) const
{
    QSqlQuery checkpoint(m_db);
    // The answer is (busy, log frames, frames checkpointed): complete when not busy and every frame was copied.
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next()
        || checkpoint.value(0).toInt() != 0 || checkpoint.value(1).toInt() != checkpoint.value(2).toInt())
        return databaseError(operation, checkpoint.lastError().text() + QStringLiteral(" (checkpoint incomplete)"));
    return {};
}

qint64 Database::dataVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

Database::FileState Database::fileState() const
{
    struct stat st { };
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? FileState::Missing : FileState::Present;
    if (m_inode != 0 && (quint64(st.st_dev) != m_device || quint64(st.st_ino) != m_inode))
        return FileState::Replaced;
    // SQLite's own view: the file behind its descriptor against the name (covers a connection whose identity was
    // recorded after a replacement raced its open).
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData())) {
            int moved = 0;
            if (sqlite3_file_control(db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
                return FileState::Replaced;
        }
    }
    return FileState::Present;
}

Result<void> Database::checkFileIdentity() const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    switch (fileState()) {
        case FileState::Present: return {};
        case FileState::Missing:
            return makeError(Error::Code::Io,
                             tr("The register file %1 was deleted or moved while it was open. Nothing was written: "
                                "it would be lost. Save the register to a new file (with its audit trail) to go on.")
                                 .arg(shown));
        case FileState::Replaced:
            return makeError(Error::Code::Io,
                             tr("The register file %1 was replaced by another file while it was open. Nothing was "
                                "written: it would be lost. Save the register to a new file (with its audit trail) to "
                                "go on.")
                                 .arg(shown));
    }
    return {};
}

Result<void> Database::copyInto(const QString &target) const
{
    QSqlQuery query(m_db);
    const QString operation = tr("saving a copy to %1").arg(QDir::toNativeSeparators(target));
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return databaseError(operation, query.lastError().text());
    query.addBindValue(target);
    if (!query.exec())
        return databaseError(operation, query.lastError().text());
    return {};
}

QString Database::sqliteVersion()
{
    QString version;
    const QString name = QStringLiteral("bulwark-version-probe");
    configureSqlite();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace bulwark::store
