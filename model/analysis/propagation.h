// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace bulwark::analysis {

/// The state of an element after a failure: states only get worse, Up < Degraded < Down.
enum class State : std::uint8_t { Up = 0, Degraded = 1, Down = 2 };

/// How one redundancy group of an affected element judged that element's recovery (docs/semantics.md, "Recovery
/// against tolerance", rule 3). Only groups with at least one down member are judged.
struct GroupRecovery {
    int element = -1;
    int group = -1;
    bool quorumKept = false; ///< at least k members stayed not down: the element waits for the failover only
    int timeMin = 0;         ///< the failover time when kept; the k-th earliest member time when lost
};

/// Recovery times with the group verdicts behind them.
struct RecoveryDetail {
    std::vector<int> times;            ///< per element, as Propagator::recoveryTimes()
    std::vector<GroupRecovery> groups; ///< sorted by (element, group)
    /// The judged groups of element v (empty when none of its groups lost a member).
    std::span<const GroupRecovery> groupsOf(int v) const;
};

/// Propagates failures through a snapshot to the least fixed point (docs/semantics.md): a failed element is
/// down; an element is down when a hard dependency outside a group is down or a group has fewer than k members
/// that are not down; otherwise degraded when any dependency is down or degraded.
///
/// Keeps per-element counters (hard dependencies down, groups below quorum, dependencies not up), so each element
/// changes state at most twice and each dependency edge is looked at at most twice: O(affected elements + their
/// dependent edges) per run. The workspace is reused between runs and reset only where a run touched it, so
/// repeated single failures (blast radius, brute-force checks) cost what they affect, not the size of the graph.
/// Not thread-safe: use one Propagator per thread.
class Propagator
{
public:
    explicit Propagator(const GraphSnapshot &snapshot);

    /// Runs from scratch with `failed` (element indices). Returns the state of every element.
    const std::vector<State> &run(std::span<const int> failed);
    const std::vector<State> &states() const { return m_state; }
    State state(int v) const { return m_state[std::size_t(v)]; }
    /// Elements the last run looked at (all that are not up, and some dependents that stayed up), in no order.
    const std::vector<int> &touched() const { return m_touched; }
    bool isFailed(int v) const { return m_failed[std::size_t(v)] != 0; }

    /// Recovery time in minutes of every affected element after the last run (docs/semantics.md); unaffected
    /// elements have 0. `unknownRecovery` marks a time that depends on a missing RTO.
    static constexpr int unknownRecovery = std::numeric_limits<int>::max();
    std::vector<int> recoveryTimes() const;
    /// The recovery times together with how each affected element's groups judged it (what the recovery path needs,
    /// recoverypath.h). `times` equals recoveryTimes().
    RecoveryDetail recoveryDetail() const;

private:
    struct Member {
        int group;
        bool down;
        int time;
    };
    /// Rules 3 of "Recovery against tolerance" for v's groups, from the members' current times: calls
    /// visit(group, quorumKept, time) for every group with a down member (time = failover, or the k-th earliest
    /// member time). One implementation for recoveryTimes() and recoveryDetail(), so they cannot drift.
    template<typename Visit>
    void judgeGroups(int v,
                     const std::vector<int> &recovery,
                     std::vector<Member> &members,
                     std::vector<int> &times,
                     Visit &&visit) const;
    void reset();
    void setState(int v, State s);

    const GraphSnapshot &m_snapshot;
    std::vector<State> m_state;
    std::vector<State> m_announced; ///< the state v's dependents have been told about
    std::vector<std::uint8_t> m_failed;
    std::vector<int> m_hardDown;   ///< hard dependencies outside groups that are down
    std::vector<int> m_lostGroups; ///< groups with fewer than k members not down
    std::vector<int> m_notUp;      ///< dependencies (any) that are degraded or down
    std::vector<int> m_groupNotDown;
    std::vector<int> m_touched; ///< elements whose counters or state changed
    std::vector<std::uint8_t> m_isTouched;
    std::vector<int> m_touchedGroups;
    std::vector<int> m_queue;
};

} // namespace bulwark::analysis
