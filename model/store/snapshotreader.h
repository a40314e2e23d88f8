// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"
#include "model/register/snapshotcolumns.h"
#include "model/result.h"
#include "model/store/database.h"

#include <QCoreApplication>

#include <memory>

namespace bulwark::analysis {
class GraphSnapshot;
}

namespace bulwark::store {

/// Reads what the analyses need of a register into columns, with one query per table (no per-row round trips),
/// in one read transaction: a consistent state even while another program writes.
class SnapshotReader
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotReader)
public:
    /// Progress goes 0-80 (the caller builds the rest); on cancel returns Error::Code::Canceled.
    [[nodiscard]] static Result<SnapshotColumns> read(const Database &db, Feedback *feedback = nullptr);
};

struct SnapshotOrigin;

/// The register's analysis snapshot: the one stored in the register when it passes the trust check
/// (SnapshotCache::read), else read and built from the tables (SnapshotReader::read, then
/// analysis::GraphSnapshot::build), both in one read transaction. `origin` says which, and the state it was read in
/// (for SnapshotCache::storeIfBuilt). Progress 0-100; cancelable.
[[nodiscard]] Result<std::shared_ptr<const analysis::GraphSnapshot>>
loadSnapshot(const Database &db, Feedback *feedback = nullptr, SnapshotOrigin *origin = nullptr);

} // namespace bulwark::store
