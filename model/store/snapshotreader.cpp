// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/snapshotreader.h"

#include "model/analysis/graphsnapshot.h"
#include "model/register/vocabulary.h"
#include "model/store/registerstore.h"
#include "model/store/snapshotcache.h"
#include "model/store/sqlitestatement.h"
#include "model/store/transaction.h"

namespace bulwark::store {
namespace {

// The tokens compared in SQL are bound from the vocabulary: no file-format token is spelled in the statements.
const char *const elementsQuery
    = "SELECT id, key, name, kind, criticality = ?1, rto_min, rpo_min, mtd_min, mtdl_min, availability, country, "
      "region, tags FROM element ORDER BY key";
const char *const groupsQuery = "SELECT id, element_id, name, min_up, failover_min FROM redundancy_group";
const char *const dependenciesQuery = "SELECT from_id, to_id, strength = ?1, group_id FROM dependency";

/// The row of `id` in `rowOfId`, or -1 (ids come from the same transaction; the check guards a damaged file).
int rowOf(const std::vector<int> &rowOfId, qint64 id)
{
    return id >= 0 && std::size_t(id) < rowOfId.size() ? rowOfId[std::size_t(id)] : -1;
}

void remember(std::vector<int> &rowOfId, qint64 id, int row)
{
    if (id < 0)
        return;
    if (rowOfId.size() <= std::size_t(id))
        rowOfId.resize(std::size_t(id) * 2 + 16, -1);
    rowOfId[std::size_t(id)] = row;
}

} // namespace

Result<SnapshotColumns> SnapshotReader::read(const Database &db, Feedback *feedback)
{
    // SQLite's own statements: a million elements and five million dependencies are read without a QVariant each.
    SnapshotColumns c;
    const QString operation = tr("reading the register for analysis");
    const ReadTransaction consistent(db.connection()); // one state across the three queries
    auto canceled = [&] { return feedback && feedback->isCanceled(); };
    const auto canceledError = makeError(Error::Code::Canceled, tr("The analysis was canceled."));

    std::vector<int> rowOfElement;
    {
        auto q = SqliteStatement::prepare(db, elementsQuery, operation);
        if (!q)
            return q.error();
        q->bind(1, Vocabulary::token(Criticality::Critical));
        while (true) {
            auto row = q->next(operation);
            if (!row)
                return row.error();
            if (!*row)
                break;
            remember(rowOfElement, q->columnInt64(0), int(c.keys.size()));
            c.keys.push_back(q->columnText(1));
            c.names.push_back(q->columnText(2));
            c.kinds.push_back(std::uint8_t(
                Vocabulary::kindFromToken(QString::fromUtf8(q->columnUtf8(3))).value_or(ElementKind::Application)));
            c.critical.push_back(q->columnInt64(4) == 1 ? 1 : 0);
            for (auto [column, target] :
                 {std::pair{5, &c.rtoMin}, std::pair{6, &c.rpoMin}, std::pair{7, &c.mtdMin}, std::pair{8, &c.mtdlMin}})
                target->push_back(q->columnIsNull(column) ? SnapshotColumns::unknown : int(q->columnInt64(column)));
            c.availability.push_back(q->columnIsNull(9) ? -1.0 : q->columnDouble(9));
            c.countries.push_back(q->columnText(10));
            c.regions.push_back(q->columnText(11));
            c.tags.push_back(RegisterStore::listItems(q->columnText(12)));
            if ((c.keys.size() & 0xffff) == 0 && canceled())
                return canceledError;
        }
    }
    if (canceled())
        return canceledError;
    if (feedback)
        feedback->setProgress(30);

    std::vector<int> rowOfGroup;
    {
        auto q = SqliteStatement::prepare(db, groupsQuery, operation);
        if (!q)
            return q.error();
        while (true) {
            auto row = q->next(operation);
            if (!row)
                return row.error();
            if (!*row)
                break;
            remember(rowOfGroup, q->columnInt64(0), int(c.groupOwners.size()));
            c.groupOwners.push_back(rowOf(rowOfElement, q->columnInt64(1)));
            c.groupNames.push_back(q->columnText(2));
            c.groupMinUp.push_back(int(q->columnInt64(3)));
            c.groupFailoverMin.push_back(int(q->columnInt64(4)));
        }
    }

    {
        auto q = SqliteStatement::prepare(db, dependenciesQuery, operation);
        if (!q)
            return q.error();
        q->bind(1, Vocabulary::token(Strength::Hard));
        while (true) {
            auto row = q->next(operation);
            if (!row)
                return row.error();
            if (!*row)
                break;
            const int from = rowOf(rowOfElement, q->columnInt64(0));
            const int to = rowOf(rowOfElement, q->columnInt64(1));
            const int g = q->columnIsNull(3) ? -1 : rowOf(rowOfGroup, q->columnInt64(3));
            if (from < 0 || to < 0)
                continue;
            c.edges.push_back({from, to, q->columnInt64(2) == 1, g});
            if ((c.edges.size() & 0xffff) == 0 && canceled())
                return canceledError;
        }
    }
    if (feedback)
        feedback->setProgress(80);
    return c;
}

Result<std::shared_ptr<const analysis::GraphSnapshot>>
loadSnapshot(const Database &db, Feedback *feedback, SnapshotOrigin *origin)
{
    const ReadTransaction consistent(db.connection()); // the stored row, the head and the tables: one state
    SnapshotOrigin local;
    SnapshotOrigin &o = origin ? *origin : local;
    auto stored = SnapshotCache::read(db, o);
    if (!stored)
        return stored.error();
    if (*stored) {
        if (feedback)
            feedback->setProgress(100);
        return *stored;
    }
    auto columns = SnapshotReader::read(db, feedback);
    if (!columns)
        return columns.error();
    auto snapshot = analysis::GraphSnapshot::build(std::move(*columns));
    if (feedback)
        feedback->setProgress(100);
    return snapshot;
}

} // namespace bulwark::store
