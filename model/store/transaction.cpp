// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/transaction.h"

#include "model/store/database.h"
#include "model/store/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bulwark::store {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{ }

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::begin()
{
    // IMMEDIATE takes the write lock now, so a second writer fails here rather than half way through.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Database::databaseError(Database::tr("starting a write"), query.lastError().text());
    m_active = true;
    return {};
}

Result<void> Transaction::commit(Feedback *feedback)
{
    // Through SQLite's own handle, which may be used from the helper thread while this one waits (the library is
    // built thread-safe); Qt's query objects belong to the thread of their connection.
    const QString operation = Database::tr("saving the change");
    auto statement = SqliteStatement::prepare(m_db, "COMMIT", operation);
    if (!statement)
        return statement.error();
    if (feedback)
        feedback->setCancelable(false);
    if (auto r = runAside(feedback, [&statement, &operation] { return statement->run(operation); }); !r)
        return r;
    m_active = false;
    return {};
}

ReadTransaction::ReadTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("BEGIN"));
}

ReadTransaction::~ReadTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("COMMIT"));
    }
}

} // namespace bulwark::store
