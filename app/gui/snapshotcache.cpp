// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcache.h"

#include "register/registerservice.h"
#include "store/database.h"
#include "store/snapshotreader.h"

namespace bulwark::gui {

SnapshotCache::SnapshotCache(QObject *parent) : QObject(parent)
{ }

void SnapshotCache::setService(RegisterService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    invalidate();
    if (service)
        connect(service, &RegisterService::changed, this, &SnapshotCache::invalidate);
}

void SnapshotCache::offer(std::shared_ptr<const analysis::GraphSnapshot> snapshot, quint64 generation)
{
    if (generation == m_generation && snapshot)
        m_snapshot = std::move(snapshot);
}

Result<std::shared_ptr<const analysis::GraphSnapshot>> SnapshotCache::load(const QString &path, Feedback *feedback)
{
    auto db = store::Database::open(path, store::Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    return store::loadSnapshot(**db, feedback);
}

void SnapshotCache::invalidate()
{
    ++m_generation;
    m_snapshot.reset();
}

} // namespace bulwark::gui
