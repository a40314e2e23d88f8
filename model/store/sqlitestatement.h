// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "model/store/database.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace bulwark::store {

/// A prepared statement on the SQLite handle beneath a Database's Qt connection, for the write path only.
/// Qt's QSqlQuery costs about 9 microseconds per executed row; a large import writes over a million rows
/// (elements, dependencies, audit entries), so the writer binds and steps through SQLite's own API (about a third
/// of the cost). It shares the connection, so it takes part in the same transaction. SQLite-specific by nature:
/// it lives in store/ with the rest of the SQLite-only code. Parameters are positional, 1-based (?1, ?2, ...); columns
/// are 0-based. Being SQLite's own, it may be stepped on a helper thread while the connection's thread waits
/// (runAside()), which Qt's query objects may not.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    [[nodiscard]] static Result<SqliteStatement> prepare(const Database &db, const char *sql, const QString &operation);
    [[nodiscard]] static Result<SqliteStatement>
    prepare(const QSqlDatabase &connection, const char *sql, const QString &operation);

    bool isPrepared() const { return m_statement != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QString &text); ///< a null QString binds '' (text columns are NOT NULL)
    void bind(int index, const std::optional<int> &value);
    void bind(int index, const std::optional<double> &value);
    void bindUtf8(int index, const QByteArray &utf8); ///< an empty array binds NULL
    void bindText(int index, QByteArrayView utf8);    ///< UTF-8 text; empty binds '' (for NOT NULL text columns)
    void bindNull(int index);
    void bindBlob(int index, const QByteArray &bytes); ///< the bytes as a BLOB (an empty array binds an empty BLOB)
    /// Runs the statement to completion and resets it for the next row.
    [[nodiscard]] Result<void> run(const QString &operation);
    /// The same, with the operation's text (for the message) made only when there is an error: a write of millions
    /// of rows then formats no text per row.
    template<typename Operation>
    requires std::is_invocable_r_v<QString, Operation>
    [[nodiscard]] Result<void> run(Operation &&operation)
    {
        QString message;
        if (step(message))
            return {};
        return Database::databaseError(std::forward<Operation>(operation)(), message);
    }
    /// Steps a query: true while it has a row (read with column*()), false at its end (then it is reset).
    [[nodiscard]] Result<bool> next(const QString &operation);
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    /// A BLOB column's bytes as SQLite holds them (no copy), valid until the next step or reset.
    QByteArrayView columnBlob(int column) const;
    /// A column's text as UTF-8 bytes (no copy, no conversion), valid until the next step or reset; NULL is empty.
    QByteArrayView columnUtf8(int column) const;
    qint64 lastInsertRowId() const;

private:
    /// Steps to completion and resets; false with SQLite's message on an error.
    bool step(QString &message);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace bulwark::store
