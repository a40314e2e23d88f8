// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/snapshotcache.h"

#include "model/register/registerservice.h"
#include "model/store/database.h"
#include "model/store/snapshotreader.h"

#include <QDir>
#include <QTimer>

namespace bulwark::gui {

SnapshotCache::SnapshotCache(QObject *parent)
    : QObject(parent),
      m_job(new BackgroundJob<std::shared_ptr<const analysis::GraphSnapshot>>(this))
{ }

SnapshotCache::~SnapshotCache() = default; // the job cancels a load still running

void SnapshotCache::acquire(QObject *context, Ready ready)
{
    if (m_snapshot) {
        ready(m_snapshot);
        return;
    }
    if (!m_service) {
        ready(makeError(Error::Code::NotFound, tr("No register is open.")));
        return;
    }
    m_waiting.push_back({context, std::move(ready)});
    if (!m_job->isRunning())
        startLoad();
}

void SnapshotCache::startLoad()
{
    // Issue 12: a register file deleted or replaced while open is not read again by its name (nothing, or another
    // register, is there now): the snapshot comes through the service's own connection, which still reads it.
    if (m_service->database().fileState() != store::Database::FileState::Present) {
        keepFromService();
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            loaded(m_snapshot ? SnapshotResult(m_snapshot)
                              : SnapshotResult(makeError(Error::Code::Io, tr("The register cannot be read."))),
                   generation);
        });
        return;
    }
    const QString path = m_service->path();
    const quint64 generation = m_generation;
    m_job->run([path](Feedback &feedback) { return load(path, &feedback); },
               [this, generation](SnapshotResult snapshot) { loaded(std::move(snapshot), generation); },
               tr("Reading the register..."));
}

void SnapshotCache::loaded(SnapshotResult snapshot, quint64 generation)
{
    if (snapshot)
        offer(*snapshot, generation);
    if (snapshot && generation != m_generation)
        return; // invalidate() started a newer load already
    std::vector<Waiting> waiting = std::exchange(m_waiting, {});
    for (Waiting &w : waiting) {
        if (w.context)
            w.ready(snapshot);
    }
}

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

void SnapshotCache::keepFromService()
{
    if (!m_service || m_snapshot)
        return;
    // On the GUI thread, once: the service's connection lives here. A 100,000-element register takes about a second.
    if (auto snapshot = store::loadSnapshot(m_service->database(), nullptr))
        offer(*snapshot, m_generation);
}

Result<std::shared_ptr<const analysis::GraphSnapshot>> SnapshotCache::load(const QString &path, Feedback *feedback)
{
    auto db = store::Database::open(path, store::Database::OpenMode::OpenExisting);
    if (!db && db.error().code == Error::Code::NotFound) // the open register's file went away (issue 12)
        return makeError(Error::Code::NotFound,
                         tr("The register file %1 is no longer there: it was deleted or moved while it was open. "
                            "Save the register to a new file to go on.")
                             .arg(QDir::toNativeSeparators(path)));
    if (!db)
        return db.error();
    return store::loadSnapshot(**db, feedback);
}

Result<std::shared_ptr<const analysis::GraphSnapshot>> SnapshotCache::cachedOrLoad(
    std::shared_ptr<const analysis::GraphSnapshot> cached, const QString &path, Feedback *feedback)
{
    if (cached)
        return cached;
    return load(path, feedback);
}

void SnapshotCache::invalidate()
{
    ++m_generation;
    m_snapshot.reset();
    if (m_waiting.empty())
        return;
    if (m_service) {
        startLoad(); // replaces the load of the register before the change
        return;
    }
    m_job->discard();
    const std::vector<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting) {
        if (w.context)
            w.ready(makeError(Error::Code::NotFound, tr("No register is open.")));
    }
}

} // namespace bulwark::gui
