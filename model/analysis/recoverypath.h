// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/propagation.h"

#include <optional>
#include <vector>

namespace bulwark::analysis {

/// Where a recovery path ends (docs/semantics.md, "Recovery path").
struct RecoveryPathEnd {
    enum class Kind : std::uint8_t {
        Rto,      ///< a failed element whose own RTO is the time
        Failover, ///< an element whose group kept its quorum and whose failover is the time
    };
    Kind kind = Kind::Rto;
    int element = -1;
    int group = -1;  ///< the group whose failover it is (Failover only), else -1
    int timeMin = 0; ///< the function's recovery time; Propagator::unknownRecovery when unknown

    friend bool operator==(const RecoveryPathEnd &, const RecoveryPathEnd &) = default;
};

/// The chain of elements from an affected function down to where its recovery time comes from.
struct RecoveryPath {
    std::vector<int> elements;          ///< from the function to end->element; empty when the function's time is 0
    std::optional<RecoveryPathEnd> end; ///< empty when the function's time is 0
};

/// The recovery paths of every affected element after one run, found at once: one multi-source breadth-first search
/// backwards from every end over the steps (docs/semantics.md, "Recovery path"), then a walk per asked element.
/// O(affected elements + their edges) to build; pathOf costs the path's length times the out-degrees on it.
/// `propagator` must stay unchanged (not run again) while this object is used.
class RecoveryPaths
{
public:
    RecoveryPaths(const GraphSnapshot &snapshot, const Propagator &propagator, const RecoveryDetail &detail);

    /// The path of v (any element; a function in practice): the shortest chain of steps from v to an end, the
    /// smallest sequence of keys among the shortest.
    RecoveryPath pathOf(int v) const;
    /// The end at v, if v is one (an rto end before a failover end; among failover ends the smallest group name).
    std::optional<RecoveryPathEnd> endAt(int v) const;
    /// Whether the dependency edge e (from u) is a step: the two ends have the same recovery time > 0, and e is a
    /// hard dependency outside a group, or leads to a down member of a group of u that lost its quorum and decides
    /// u's time.
    bool isStep(int u, int e) const;
    /// Steps from v to the nearest end (0 at an end), -1 when v has no path (its time is 0).
    int distance(int v) const { return m_distance[std::size_t(v)]; }

private:
    const GraphSnapshot &m_snapshot;
    const Propagator &m_propagator;
    const RecoveryDetail &m_detail;
    std::vector<int> m_distance;
};

} // namespace bulwark::analysis
