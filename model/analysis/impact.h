// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/propagation.h"
#include "model/analysis/recoverypath.h"

#include <optional>
#include <span>
#include <vector>

namespace bulwark::analysis {

/// What a failure does to one business function.
struct FunctionImpact {
    int element = -1;
    State state = State::Up;
    int recoveryMin = 0;   ///< Propagator::unknownRecovery when it depends on a missing RTO
    int toleranceMin = -1; ///< maximum tolerable downtime, -1 when not recorded
    /// recovery <= tolerance; empty when either is unknown. The plain answer of the command line's JSON; the verdict
    /// with its levels, data loss included, is analysis::judge() (verdict.h).
    std::optional<bool> withinTolerance;
    /// Down data stores the function depends on (directly or through other elements), sorted.
    std::vector<int> lostDataStores;
    int dataLossMin = 0;           ///< the largest RPO among them; Propagator::unknownRecovery if one has none
    int dataLossToleranceMin = -1; ///< maximum tolerable data loss, -1 when not recorded
    std::optional<bool> dataLossWithinTolerance;
    /// Where the recovery time comes from: the chain from the function to its end (docs/semantics.md, "Recovery
    /// path"); empty when recoveryMin is 0. What the Impact page highlights and `recovery --json` prints as "path".
    RecoveryPath recoveryPath;
};

/// The blast radius of a failure set: every element that is not up, and every affected function.
struct ImpactResult {
    std::vector<int> failed; ///< sorted (by key)
    std::vector<int> down;   ///< includes the failed elements
    std::vector<int> degraded;
    std::vector<FunctionImpact> functions; ///< functions that are not up, sorted
    std::vector<int> recovery;             ///< per element, minutes

    /// A critical function whose recovery is known to exceed its maximum tolerable downtime (and, with
    /// `dataLossToo`, whose data loss is known to exceed its maximum tolerable data loss): analysis::judge() says
    /// Breach.
    bool breachesTolerance(const GraphSnapshot &snapshot, bool dataLossToo = false) const;
    /// The state of every element of the snapshot (`elementCount` of them): what the Impact page's tables and the
    /// map colour.
    std::vector<State> elementStates(int elementCount) const;
};

ImpactResult analyseImpact(const GraphSnapshot &snapshot, std::span<const int> failed);

/// The data each affected function loses after `propagator`'s last run (docs/semantics.md, "Data loss against
/// tolerance"): fills lostDataStores and dataLossMin of `functions`. One pass over the affected elements (their
/// strongly connected components, restricted to those that reach a down data store) instead of one walk per
/// function; exposed for the test against the per-function walk.
void addDataLoss(const GraphSnapshot &snapshot, const Propagator &propagator, std::vector<FunctionImpact> &functions);

} // namespace bulwark::analysis
