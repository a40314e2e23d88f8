// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/graphsnapshot.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

/// The analysis snapshot of the open register, shared by the pages that analyse it (Impact, Map) so that a
/// 100,000-element register is read once per change, not once per page. Lives on the GUI thread: workers receive
/// the snapshot by value and offer the one they loaded back with the generation they started from; a snapshot
/// from before the last change is refused.
class SnapshotCache : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotCache(QObject *parent = nullptr);

    /// Follows `service`: every change (and a new service) invalidates the snapshot. Connect this before the pages
    /// so that they see an empty cache when they react to the same change.
    void setService(RegisterService *service);
    std::shared_ptr<const analysis::GraphSnapshot> snapshot() const { return m_snapshot; }
    quint64 generation() const { return m_generation; }
    /// Keeps `snapshot` if it was loaded for the current generation.
    void offer(std::shared_ptr<const analysis::GraphSnapshot> snapshot, quint64 generation);
    void invalidate();

    /// Reads the register file at `path` into a snapshot through a connection of its own: for worker threads.
    /// Progress 0-100 and cancel through `feedback` (a cancel gives Error::Code::Canceled).
    [[nodiscard]] static Result<std::shared_ptr<const analysis::GraphSnapshot>> load(const QString &path,
                                                                                     Feedback *feedback);

private:
    QPointer<RegisterService> m_service;
    std::shared_ptr<const analysis::GraphSnapshot> m_snapshot;
    quint64 m_generation = 0;
};

} // namespace bulwark::gui
