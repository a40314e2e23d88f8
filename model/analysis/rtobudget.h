// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/feedback.h"

#include <optional>
#include <vector>

namespace bulwark::analysis {

class SpofAnalysis;

/// The RTO an element must meet (docs/semantics.md, "RTO budget"): the tightest maximum tolerable downtime among the
/// critical functions its failure alone puts down.
struct RtoBudget {
    int element = -1;
    int budgetMin = 0;                   ///< the smallest mtd_min among those functions
    int function = -1;                   ///< the function with that mtd_min (ties: the smaller key)
    int rtoMin = GraphSnapshot::unknown; ///< the element's own RTO, GraphSnapshot::unknown when not recorded
    /// rto - budget when the RTO is longer, 0 when it is not; empty when the RTO is unknown.
    std::optional<int> shortfallMin;

    /// The RTO is known to be longer than the budget: what `recovery --budget` exits 1 for, and a finding names.
    bool isShort() const { return shortfallMin.value_or(0) > 0; }
    friend bool operator==(const RtoBudget &, const RtoBudget &) = default;
};

/// The budget of every element that takes down at least one critical function with a recorded mtd_min (a critical
/// function counts for itself), sorted by key. Built from `spofs` (SpofAnalysis::spofsOf): the critical functions
/// in (mtd, key) order each give their SPOFs the budget not yet given, so the cost is the sum of their SPOF counts.
/// Empty when `feedback` cancels.
std::vector<RtoBudget>
rtoBudget(const GraphSnapshot &snapshot, const SpofAnalysis &spofs, Feedback *feedback = nullptr);

/// The shortfall rule on its own: rto - budget when longer, 0 when not, empty when the RTO is unknown.
std::optional<int> rtoShortfall(int rtoMin, int budgetMin);

} // namespace bulwark::analysis
