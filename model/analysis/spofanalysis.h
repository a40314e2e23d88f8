// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/feedback.h"

#include <QStringList>

#include <cstddef>
#include <functional>
#include <limits>
#include <memory>
#include <span>
#include <utility>
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
class Propagator;

/// Minimal failure pairs of one function (docs/semantics.md, "Double failures"): pairs {A, B} of elements, neither
/// the function nor one of its SPOFs, whose failure together puts it down.
struct FailurePairs {
    int function = -1;
    std::size_t count = 0;                  ///< exact number of pairs
    std::vector<std::pair<int, int>> pairs; ///< the first `limit` of them: each (smaller index, larger), sorted
};

/// An element whose failure alone takes down enough members of a redundancy group for it to lose its quorum.
struct GroupCause {
    int element = -1;
    std::vector<int> membersLost; ///< the members its failure alone takes down, sorted
    bool nearest = false;         ///< no other common cause lies between a member and it on some path down
};

/// What one redundancy group shares (docs/semantics.md, "Redundancy that is not").
struct GroupCauses {
    std::vector<GroupCause> common;  ///< common causes: not the owner, not a member; sorted by key
    std::vector<GroupCause> members; ///< members that alone take down enough members (themselves included)
};

class SpofAnalysis
{
public:
    /// Builds the kill graph. Cancelable through `feedback` (then isComplete() is false).
    explicit SpofAnalysis(const GraphSnapshot &snapshot, Feedback *feedback = nullptr);
    ~SpofAnalysis();

    /// Scratch space for the const queries below: one per thread, so that queries can run on several threads.
    class Workspace
    {
    public:
        explicit Workspace(const GraphSnapshot &snapshot);
        ~Workspace();
        Workspace(const Workspace &) = delete;
        Workspace &operator=(const Workspace &) = delete;

    private:
        friend class SpofAnalysis;
        int nextMark() { return ++mark; }
        Propagator &propagator();

        const GraphSnapshot &snapshot;
        std::vector<int> stamp, count, countStamp, stack, flag;
        // pairsOf: the down-closure of the function with its reverse down-edges in local indices, and a down-only
        // propagation over it (what is outside the closure cannot put the function down).
        std::vector<int> local, closure, reverseStart, reverseSource, reverseGroup, down, groupLeft, groupStamp;
        int mark = 0;
        std::unique_ptr<Propagator> m_propagator;
    };

    static constexpr std::size_t noLimit = std::numeric_limits<std::size_t>::max();

    bool isComplete() const { return m_complete; }
    /// The SPOFs of element `function` (any element works), sorted by key.
    std::vector<int> spofsOf(int function) const;
    std::vector<int> spofsOf(int function, Workspace &workspace) const;
    /// The reference: one propagation per element; O(n x affected). For tests and benchmarks.
    static std::vector<int> bruteForce(const GraphSnapshot &snapshot, int function);

    /// The minimal failure pairs of `function` (any element works): the exact count and the first `limit` pairs.
    /// Candidates are the elements that alone take down a member of a group that needs two or more losses inside
    /// the function's down-closure; every pair of candidates is propagated (docs/semantics.md, "Double failures").
    FailurePairs pairsOf(int function, std::size_t limit, Workspace &workspace) const;
    /// The reference: every pair of elements that are neither `function` nor a brute-force SPOF of it, propagated.
    static std::vector<std::pair<int, int>> pairsBruteForce(const GraphSnapshot &snapshot, int function);

    /// The common causes and member causes of group `group` (docs/semantics.md, "Redundancy that is not").
    GroupCauses commonCauses(int group, Workspace &workspace) const;
    /// The reference: one propagation per element, counting the members that are not down.
    static GroupCauses commonCausesBruteForce(const GraphSnapshot &snapshot, int group);

private:
    /// For each element, how many of `members` it takes down alone (workspace.count, valid where
    /// workspace.countStamp == the returned round).
    int countKills(const std::vector<int> &members, Workspace &workspace) const;
    template<typename Visit>
    void search(int start, std::vector<int> &stamp, int mark, std::vector<int> &stack, Visit &&visit) const;

    const GraphSnapshot &m_snapshot;
    std::vector<std::vector<int>> m_extra; ///< kill edges from groups, per element
    bool m_complete = true;
};

/// The pairs of each of `functions` (in that order), on two threads; `emit` gets each result on the calling thread,
/// in order, as soon as it and all before it are done (so millions of pairs need not be held at once). Returns
/// false when `feedback` canceled (then not every function was emitted).
bool pairsOfFunctions(const GraphSnapshot &snapshot,
                      const SpofAnalysis &spofs,
                      std::span<const int> functions,
                      std::size_t limit,
                      const std::function<void(FailurePairs &&)> &emit,
                      Feedback *feedback = nullptr);
/// "Double failures of critical functions": the exact pair count of every critical function, in key order, with
/// the first `limit` pairs of each kept (the report names a few). Empty when `feedback` cancels.
std::vector<FailurePairs> criticalPairCounts(const GraphSnapshot &snapshot,
                                             const SpofAnalysis &spofs,
                                             Feedback *feedback = nullptr,
                                             std::size_t limit = 0);

/// One redundancy group and what it shares: a line of `bulwark redundancy` (and of the GUI, report, assessment).
struct RedundancyGroupReport {
    int group = -1;
    int owner = -1;
    std::vector<int> members; ///< sorted
    int minUp = 0;
    bool noSpare = false;        ///< min_up equals the number of members: any member's loss breaks it
    bool servesCritical = false; ///< the owner is in the down-closure of a critical (or important) function
    std::vector<GroupCause> commonCauses;
    std::vector<GroupCause> memberCauses;
    QStringList sharedRegions;   ///< regions whose failure (as `impact --region`) breaks the group, sorted
    QStringList sharedCountries; ///< the same for countries
    /// A "false redundancy": at least one element outside the group breaks it alone.
    bool isFalseRedundancy() const { return !commonCauses.empty(); }
};

/// Every redundancy group with members, sorted by (owner key, group name), computed on two threads. Empty when
/// `feedback` cancels. `owner` >= 0 restricts it to that element's groups.
std::vector<RedundancyGroupReport> redundancyReport(const GraphSnapshot &snapshot,
                                                    const SpofAnalysis &spofs,
                                                    Feedback *feedback = nullptr,
                                                    int owner = -1);
/// The Dashboard's figure: the number of groups that are false redundancies (isFalseRedundancy()).
int falseRedundancyCount(const std::vector<RedundancyGroupReport> &report);

/// An element that alone stops critical functions: a line of "what to fix first".
struct SpofRank {
    int element = -1;
    std::vector<int> functions; ///< the critical (or important) functions it takes down alone, sorted by key
};

/// What to fix first: every element that is a SPOF of at least one critical function, those that stop the most
/// critical functions first, ties in key order. Empty when `feedback` cancels.
std::vector<SpofRank> rankSpofs(const GraphSnapshot &snapshot, const SpofAnalysis &spofs, Feedback *feedback = nullptr);

} // namespace bulwark::analysis
