// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/propagation.h"

#include <cstdint>
#include <span>
#include <vector>

namespace bulwark::analysis {

/// Which way to follow dependencies from an element.
enum class Direction : std::uint8_t {
    Both,     ///< what it needs and what needs it (each followed one way: no siblings)
    Needs,    ///< what it needs ("A needs B": from A to B, down the map)
    NeededBy, ///< what needs it (from B back to A, up the map)
};

/// The elements around some seeds, for drawing a part of a large map.
struct Neighbourhood {
    std::vector<int> elements; ///< sorted by index (= key order); the seeds are always included
    std::vector<int> hops;     ///< hops[i]: the distance of elements[i] from the nearest seed
    int omitted = 0;           ///< elements within reach that were left out to keep the limit
};

/// The elements within `hops` dependency steps of `seeds` in `direction`, found breadth first. When the limit would be
/// exceeded, nearer elements win; within the hop that overflows, elements are taken in key order, so the result is
/// deterministic. Seeds are never dropped (even beyond the limit). O(elements and dependencies visited).
[[nodiscard]] Neighbourhood
neighbourhood(const GraphSnapshot &s, std::span<const int> seeds, int hops, Direction direction, int limit);

/// Every element reachable from `start` in `direction` (start excluded), as a mark per element (1 = reached).
[[nodiscard]] std::vector<std::uint8_t> reachable(const GraphSnapshot &s, int start, Direction direction);

} // namespace bulwark::analysis
