// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/feedback.h"

#include <cstdint>
#include <span>
#include <vector>

namespace bulwark::analysis {

struct AvailabilityOptions {
    int trials = 10000;
    std::uint64_t seed = 1; ///< the same seed and trial count give the same estimate, whatever the thread count
    int threads = 2;
    /// Propagate each trial with the general Propagator over the whole register instead of the down-only pass
    /// inside the requested elements' down-closure: the reference for tests and benchmarks (same answer, slower).
    bool reference = false;
};

/// The estimated availability of one element: the share of trials in which it was not down.
struct AvailabilityEstimate {
    int element = -1;
    double availability = 1.0;
    double low = 1.0; ///< 95 % confidence interval (Wilson score)
    double high = 1.0;
    int downTrials = 0;
};

/// Monte Carlo over independent element failures: in each trial every element with an availability target a is
/// failed with probability 1 - a (elements without a target never fail; a business function's target is the
/// objective it is measured against, not a failure rate, so functions never fail by themselves), the failures are
/// propagated, and each requested element counts as available unless it is down (degraded counts as available).
///
/// Sampling skips ahead geometrically within buckets of similar failure probability and thins, so a trial costs
/// about the number of elements that fail, not the size of the register. Trials run in blocks of 256 with their own
/// seeded generator; threads take blocks, so results do not depend on the thread count. On cancel returns an empty
/// list.
std::vector<AvailabilityEstimate> estimateAvailability(const GraphSnapshot &snapshot,
                                                       std::span<const int> elements,
                                                       const AvailabilityOptions &options,
                                                       Feedback *feedback = nullptr);

/// Exact availability by enumerating every combination of failures of the elements that can fail (for tests and
/// small registers: at most 20 such elements).
double exactAvailability(const GraphSnapshot &snapshot, int element);

} // namespace bulwark::analysis
