// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "model/analysis/graphsnapshot.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

/// The analysis snapshot of the open register, shared by the pages that analyse it (Impact, Map) so that a
/// 100,000-element register is read once per change, not once per page. Lives on the GUI thread: workers receive
/// the snapshot by value and offer the one they loaded back with the generation they started from; a snapshot
/// from before the last change is refused. A page that needs only the snapshot calls acquire(): one shared load on a
/// worker (a BackgroundJob) serves every page that asks meanwhile.
class SnapshotCache : public QObject
{
    Q_OBJECT
public:
    using SnapshotResult = Result<std::shared_ptr<const analysis::GraphSnapshot>>;
    using Ready = std::function<void(SnapshotResult snapshot)>;

    explicit SnapshotCache(QObject *parent = nullptr);
    ~SnapshotCache() override;

    /// Follows `service`: every change (and a new service) invalidates the snapshot. Connect this before the pages
    /// so that they see an empty cache when they react to the same change.
    void setService(RegisterService *service);
    std::shared_ptr<const analysis::GraphSnapshot> snapshot() const { return m_snapshot; }
    quint64 generation() const { return m_generation; }
    /// Keeps `snapshot` if it was loaded for the current generation.
    void offer(std::shared_ptr<const analysis::GraphSnapshot> snapshot, quint64 generation);
    void invalidate();
    /// Reads the snapshot through the service's own connection, on this thread, unless one is cached: for a register
    /// whose file was deleted or replaced while open (issue 12), which no worker can read by its name any more.
    void keepFromService();

    /// Calls `ready` on the GUI thread with the snapshot of the register as it is now: at once when it is cached,
    /// else after a load on a worker that every acquire() in the meantime shares. A change of the register during
    /// the load starts it again, so `ready` never receives a snapshot from before the last change. Errors (no
    /// register open, the file cannot be read) arrive as values. Nothing is called once `context` is gone.
    void acquire(QObject *context, Ready ready);
    /// A shared load is on the worker; its progress comes through loadJob() (bindProgress, progressChanged).
    bool isLoading() const { return m_job->isRunning(); }
    BackgroundJobBase *loadJob() const { return m_job; }

    /// Reads the register file at `path` into a snapshot through a connection of its own: for worker threads.
    /// Progress 0-100 and cancel through `feedback` (a cancel gives Error::Code::Canceled).
    [[nodiscard]] static Result<std::shared_ptr<const analysis::GraphSnapshot>> load(const QString &path,
                                                                                     Feedback *feedback);
    /// `cached` when there is one, else load(path): the first step of every page's worker.
    [[nodiscard]] static Result<std::shared_ptr<const analysis::GraphSnapshot>>
    cachedOrLoad(std::shared_ptr<const analysis::GraphSnapshot> cached, const QString &path, Feedback *feedback);

private:
    void startLoad();
    void loaded(SnapshotResult snapshot, quint64 generation);

    struct Waiting {
        QPointer<QObject> context;
        Ready ready;
    };
    BackgroundJob<std::shared_ptr<const analysis::GraphSnapshot>> *m_job;
    std::vector<Waiting> m_waiting;
    QPointer<RegisterService> m_service;
    std::shared_ptr<const analysis::GraphSnapshot> m_snapshot;
    quint64 m_generation = 0;
};

} // namespace bulwark::gui
