// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/feedback.h"

#include <span>
#include <vector>

namespace bulwark::analysis {

/// Single points of failure: for a function F, every element X other than F whose failure alone puts F down.
///
/// Instead of one propagation per candidate, it builds a "kill graph" once for the whole register: X kills u when
/// X kills a hard dependency of u outside a group, or X kills at least n - k + 1 members of one of u's groups. The
/// elements a single failure of X takes down are upward closed (whatever kills X kills all that X kills), so the
/// set a group loses to is closed too and is represented by its first members on the way down ("generators").
/// Groups are resolved once, dependencies first (strongly connected components in reverse topological order,
/// iterated to a fixed point inside a cycle), and every function's SPOFs are then one graph search: the elements
/// reachable from F in the kill graph. The result equals propagate-every-candidate (tests/model/tst_spof.cpp).
class SpofAnalysis
{
public:
    /// Builds the kill graph. Cancelable through `feedback` (then isComplete() is false).
    explicit SpofAnalysis(const GraphSnapshot &snapshot, Feedback *feedback = nullptr);

    bool isComplete() const { return m_complete; }
    /// The SPOFs of element `function` (any element works), sorted by key.
    std::vector<int> spofsOf(int function) const;
    /// The reference: one propagation per element; O(n x affected). For tests and benchmarks.
    static std::vector<int> bruteForce(const GraphSnapshot &snapshot, int function);

private:
    std::vector<int> generators(int group);
    template<typename Visit>
    void search(int start, std::vector<int> &stamp, int mark, std::vector<int> &stack, Visit &&visit) const;

    const GraphSnapshot &m_snapshot;
    std::vector<std::vector<int>> m_extra; ///< kill edges from groups, per element
    std::vector<int> m_count, m_countStamp, m_stamp;
    std::vector<int> m_stack;
    int m_mark = 0;
    bool m_complete = true;
};

/// An element that alone stops critical functions: a line of "what to fix first".
struct SpofRank {
    int element = -1;
    std::vector<int> functions; ///< the critical (or important) functions it takes down alone, sorted by key
};

/// What to fix first: every element that is a SPOF of at least one critical function, those that stop the most
/// critical functions first, ties in key order. Empty when `feedback` cancels.
std::vector<SpofRank> rankSpofs(const GraphSnapshot &snapshot, const SpofAnalysis &spofs, Feedback *feedback = nullptr);

} // namespace bulwark::analysis
