// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "logging.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace bulwark::store {
namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("bulwark-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Splits a migration script into statements at ';', ignoring ';' inside quotes and "--" comments.
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

/// Reads the application id, schema version and object count with a read-only connection, so that a file that
/// is not ours is never modified.
struct Probe {
    bool isSqlite = false;
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

Probe probe(const QString &path)
{
    Probe result;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
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
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Error Database::databaseError(const QString &operation, const QString &driverText)
{
    qCWarning(lcStore) << "SQL failed while" << operation << ":" << driverText;
    Error error = makeError(Error::Code::Database, tr("The register could not be updated while %1.").arg(operation));
    if (driverText.contains(u"locked", Qt::CaseInsensitive) || driverText.contains(u"busy", Qt::CaseInsensitive))
        error.message = tr("The register file is in use by another program or Bulwark window (while %1). Close the "
                           "other program and try again.")
                            .arg(operation);
    else if (driverText.contains(u"readonly", Qt::CaseInsensitive) || driverText.contains(u"read-only", Qt::CaseInsensitive))
        error.message = tr("The register file is read-only (while %1).").arg(operation);
    else if (driverText.contains(u"disk", Qt::CaseInsensitive) && driverText.contains(u"full", Qt::CaseInsensitive))
        error.message = tr("The disk is full (while %1). Free some space and try again.").arg(operation);
    return error;
}

Database::Database(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) { }

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.exists() && !info.isFile())
        return makeError(Error::Code::Io, tr("%1 is a folder, not a register file.").arg(shown));
    if (!info.exists() && mode == OpenMode::OpenExisting)
        return makeError(Error::Code::NotFound,
                         tr("There is no register at %1. Create one with 'bulwark init --db %1'.").arg(shown));
    if (!info.exists() && !info.absoluteDir().exists())
        return makeError(Error::Code::Io, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));

    if (info.exists() && info.size() > 0) {
        const Probe p = probe(path);
        if (!p.isSqlite)
            return makeError(Error::Code::Unsupported,
                             tr("%1 is not a Bulwark register (it is not an SQLite database). The file was not "
                                "changed.")
                                 .arg(shown));
        const bool emptySqlite = p.applicationId == 0 && p.objectCount == 0 && p.userVersion == 0;
        if (p.applicationId != applicationId && !emptySqlite)
            return makeError(Error::Code::Unsupported,
                             tr("%1 is an SQLite database but not a Bulwark register. The file was not changed.")
                                 .arg(shown));
        if (p.userVersion > latestVersion)
            return makeError(Error::Code::Unsupported,
                             tr("%1 was written by a newer Bulwark (register format %2; this version reads up to "
                                "%3). Open it with a newer Bulwark. The file was not changed.")
                                 .arg(shown)
                                 .arg(p.userVersion)
                                 .arg(latestVersion));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), newConnectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    std::unique_ptr<Database> database(new Database(db, path));
    if (!db.open())
        return databaseError(tr("opening %1").arg(shown), db.lastError().text());
    if (auto r = database->configure(); !r)
        return r.error();
    if (auto r = database->migrate(); !r)
        return r.error();
    return database;
}

Result<void> Database::configure()
{
    // WAL keeps readers working during a write; FULL sync makes a committed change survive a power cut.
    // A 64 MB page cache keeps the unique indexes in memory during a large import instead of spilling pages.
    for (const auto *pragma : {u"PRAGMA foreign_keys = ON", u"PRAGMA journal_mode = WAL", u"PRAGMA synchronous = FULL",
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

} // namespace bulwark::store
