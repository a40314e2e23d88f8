// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"
#include "model/result.h"

#include <QSqlDatabase>

namespace bulwark::store {

/// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN failed (e.g. the file is locked by another writer).
    bool isActive() const { return m_active; }
    [[nodiscard]] Result<void> begin();
    /// Commits. With a `feedback` that keeps its caller alive (the GUI's write progress), SQLite's commit (which
    /// syncs everything the transaction wrote: tens of milliseconds for 20,000 rows) runs on a helper thread meanwhile
    /// (runAside()); it can no longer be canceled from then on.
    [[nodiscard]] Result<void> commit(Feedback *feedback = nullptr);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

/// RAII read transaction: every query inside sees the same committed state of the file, even while another
/// connection commits (WAL). Without it, a reader that runs one query per table can see a dependency whose element
/// it did not see.
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace bulwark::store
