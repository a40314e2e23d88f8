// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/snapshotreader.h"

#include "model/analysis/graphsnapshot.h"
#include "model/register/vocabulary.h"
#include "model/store/registerstore.h"
#include "model/store/snapshotcache.h"
#include "model/store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bulwark::store {
namespace {

// The tokens compared in SQL are bound from the vocabulary: no file-format token is spelled in the statements.
const auto elementsQuery = QStringLiteral(
    "SELECT id, key, name, kind, criticality = :critical, rto_min, rpo_min, mtd_min, mtdl_min, availability, "
    "country, region, tags FROM element ORDER BY key");
const auto groupsQuery = QStringLiteral("SELECT id, element_id, name, min_up, failover_min FROM redundancy_group");
const auto dependenciesQuery = QStringLiteral("SELECT from_id, to_id, strength = :hard, group_id FROM dependency");

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
    SnapshotColumns c;
    const QString operation = tr("reading the register for analysis");
    const ReadTransaction consistent(db.connection()); // one state across the three queries
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    auto canceled = [&] { return feedback && feedback->isCanceled(); };
    const auto canceledError = makeError(Error::Code::Canceled, tr("The analysis was canceled."));

    std::vector<int> rowOfElement;
    if (!q.prepare(elementsQuery))
        return Database::databaseError(operation, q.lastError().text());
    q.bindValue(QStringLiteral(":critical"), Vocabulary::token(Criticality::Critical));
    if (!q.exec())
        return Database::databaseError(operation, q.lastError().text());
    while (q.next()) {
        remember(rowOfElement, q.value(0).toLongLong(), int(c.keys.size()));
        c.keys.push_back(q.value(1).toString());
        c.names.push_back(q.value(2).toString());
        c.kinds.push_back(
            std::uint8_t(Vocabulary::kindFromToken(q.value(3).toString()).value_or(ElementKind::Application)));
        c.critical.push_back(q.value(4).toInt() == 1 ? 1 : 0);
        for (auto [column, target] :
             {std::pair{5, &c.rtoMin}, std::pair{6, &c.rpoMin}, std::pair{7, &c.mtdMin}, std::pair{8, &c.mtdlMin}}) {
            const QVariant v = q.value(column);
            target->push_back(v.isNull() ? SnapshotColumns::unknown : v.toInt());
        }
        const QVariant availability = q.value(9);
        c.availability.push_back(availability.isNull() ? -1.0 : availability.toDouble());
        c.countries.push_back(q.value(10).toString());
        c.regions.push_back(q.value(11).toString());
        c.tags.push_back(RegisterStore::listItems(q.value(12).toString()));
    }
    if (canceled())
        return canceledError;
    if (feedback)
        feedback->setProgress(30);

    std::vector<int> rowOfGroup;
    if (!q.exec(groupsQuery))
        return Database::databaseError(operation, q.lastError().text());
    while (q.next()) {
        remember(rowOfGroup, q.value(0).toLongLong(), int(c.groupOwners.size()));
        c.groupOwners.push_back(rowOf(rowOfElement, q.value(1).toLongLong()));
        c.groupNames.push_back(q.value(2).toString());
        c.groupMinUp.push_back(q.value(3).toInt());
        c.groupFailoverMin.push_back(q.value(4).toInt());
    }

    if (!q.prepare(dependenciesQuery))
        return Database::databaseError(operation, q.lastError().text());
    q.bindValue(QStringLiteral(":hard"), Vocabulary::token(Strength::Hard));
    if (!q.exec())
        return Database::databaseError(operation, q.lastError().text());
    while (q.next()) {
        const int from = rowOf(rowOfElement, q.value(0).toLongLong());
        const int to = rowOf(rowOfElement, q.value(1).toLongLong());
        const QVariant group = q.value(3);
        const int g = group.isNull() ? -1 : rowOf(rowOfGroup, group.toLongLong());
        if (from < 0 || to < 0)
            continue;
        c.edges.push_back({from, to, q.value(2).toInt() == 1, g});
        if ((c.edges.size() & 0xffff) == 0 && canceled())
            return canceledError;
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
