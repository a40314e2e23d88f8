// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace bulwark {

/// What an analysis needs of a register, as plain columns: the store reads them (store::SnapshotReader) and
/// analysis::GraphSnapshot::build indexes them, so neither knows the other. Elements are rows 0..n-1 in key order;
/// groups and dependencies refer to those rows. The element columns have one entry per element, the group columns
/// one per group.
struct SnapshotColumns {
    static constexpr int unknown = -1; ///< a time that is not recorded

    /// A dependency: element row `from` needs element row `to`.
    struct Edge {
        int from;
        int to;
        bool hard;
        int group; ///< the row of its redundancy group, or -1
    };

    std::vector<QString> keys, names, countries, regions;
    std::vector<QStringList> tags;
    std::vector<std::uint8_t> kinds;                  ///< ElementKind
    std::vector<std::uint8_t> critical;               ///< 1 for a critical function
    std::vector<int> rtoMin, rpoMin, mtdMin, mtdlMin; ///< minutes, or unknown
    std::vector<double> availability;                 ///< a fraction, or negative when not recorded

    std::vector<int> groupOwners; ///< the element row that owns the group, or -1 (a damaged file)
    std::vector<QString> groupNames;
    std::vector<int> groupMinUp, groupFailoverMin;

    std::vector<Edge> edges; ///< in any order
};

} // namespace bulwark
