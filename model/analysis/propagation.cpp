// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/propagation.h"

#include <algorithm>

namespace bulwark::analysis {

Propagator::Propagator(const GraphSnapshot &snapshot)
    : m_snapshot(snapshot),
      m_state(std::size_t(snapshot.size()), State::Up),
      m_announced(std::size_t(snapshot.size()), State::Up),
      m_failed(std::size_t(snapshot.size()), 0),
      m_hardDown(std::size_t(snapshot.size()), 0),
      m_lostGroups(std::size_t(snapshot.size()), 0),
      m_notUp(std::size_t(snapshot.size()), 0),
      m_groupNotDown(std::size_t(snapshot.groupCount())),
      m_isTouched(std::size_t(snapshot.size()), 0)
{
    for (int g = 0; g < snapshot.groupCount(); ++g)
        m_groupNotDown[std::size_t(g)] = snapshot.groupSize(g);
}

void Propagator::reset()
{
    for (const int v : m_touched) {
        const auto i = std::size_t(v);
        m_state[i] = m_announced[i] = State::Up;
        m_failed[i] = 0;
        m_hardDown[i] = m_lostGroups[i] = m_notUp[i] = 0;
        m_isTouched[i] = 0;
    }
    m_touched.clear();
    for (const int g : m_touchedGroups)
        m_groupNotDown[std::size_t(g)] = m_snapshot.groupSize(g);
    m_touchedGroups.clear();
}

void Propagator::setState(int v, State s)
{
    const auto i = std::size_t(v);
    if (s <= m_state[i])
        return;
    m_state[i] = s;
    if (!m_isTouched[i]) {
        m_isTouched[i] = 1;
        m_touched.push_back(v);
    }
    m_queue.push_back(v);
}

const std::vector<State> &Propagator::run(std::span<const int> failed)
{
    reset();
    m_queue.clear();
    for (const int v : failed) {
        m_failed[std::size_t(v)] = 1;
        setState(v, State::Down);
    }
    // Each element is queued at most twice (to degraded, to down); each pass over its dependents reports only the
    // difference to what they were told before.
    while (!m_queue.empty()) {
        const int w = m_queue.back();
        m_queue.pop_back();
        const State now = m_state[std::size_t(w)];
        const State before = m_announced[std::size_t(w)];
        if (now == before)
            continue;
        m_announced[std::size_t(w)] = now;
        const bool becameNotUp = before == State::Up;
        const bool becameDown = now == State::Down;
        for (int i = m_snapshot.inBegin(w); i < m_snapshot.inEnd(w); ++i) {
            const int u = m_snapshot.source(i);
            const int e = m_snapshot.inEdge(i);
            const auto ui = std::size_t(u);
            if (becameNotUp)
                ++m_notUp[ui];
            if (becameDown) {
                const int g = m_snapshot.edgeGroup(e);
                if (g >= 0) {
                    int &notDown = m_groupNotDown[std::size_t(g)];
                    if (notDown == m_snapshot.groupSize(g))
                        m_touchedGroups.push_back(g);
                    if (--notDown == m_snapshot.groupMinUp(g) - 1)
                        ++m_lostGroups[ui];
                } else if (m_snapshot.isHard(e)) {
                    ++m_hardDown[ui];
                }
            }
            if (!m_isTouched[ui]) {
                m_isTouched[ui] = 1;
                m_touched.push_back(u);
            }
            const State s = (m_hardDown[ui] > 0 || m_lostGroups[ui] > 0) ? State::Down
                : m_notUp[ui] > 0                                        ? State::Degraded
                                                                         : State::Up;
            setState(u, s);
        }
    }
    return m_state;
}

template<typename Visit>
void Propagator::judgeGroups(
    int v, const std::vector<int> &recovery, std::vector<Member> &members, std::vector<int> &times, Visit &&visit) const
{
    const GraphSnapshot &s = m_snapshot;
    members.clear();
    for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
        const int g = s.edgeGroup(e);
        if (g < 0)
            continue;
        const int d = s.target(e);
        const bool down = m_state[std::size_t(d)] == State::Down;
        members.push_back({g, down, down ? recovery[std::size_t(d)] : 0});
    }
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.group < b.group; });
    for (std::size_t first = 0; first < members.size();) {
        const int g = members[first].group;
        std::size_t last = first;
        int lost = 0;
        times.clear();
        for (; last < members.size() && members[last].group == g; ++last) {
            lost += members[last].down ? 1 : 0;
            times.push_back(members[last].time);
        }
        first = last;
        if (lost == 0)
            continue;
        const int k = s.groupMinUp(g);
        if (int(times.size()) - lost >= k) {
            visit(g, true, s.groupFailoverMin(g)); // quorum kept: interrupted for the failover only
            continue;
        }
        // Quorum lost: back when k members are back, i.e. at the k-th earliest member time.
        std::nth_element(times.begin(), times.begin() + (k - 1), times.end());
        visit(g, false, times[std::size_t(k - 1)]);
    }
}

std::vector<int> Propagator::recoveryTimes() const
{
    const GraphSnapshot &s = m_snapshot;
    std::vector<int> recovery(std::size_t(s.size()), 0);
    std::vector<int> work;
    std::vector<std::uint8_t> queued(std::size_t(s.size()), 0);
    for (const int v : m_touched) {
        if (m_state[std::size_t(v)] == State::Up)
            continue;
        if (m_failed[std::size_t(v)])
            recovery[std::size_t(v)] = s.rtoMin(v) == GraphSnapshot::unknown ? unknownRecovery : s.rtoMin(v);
        work.push_back(v);
        queued[std::size_t(v)] = 1;
    }
    std::vector<Member> members;
    std::vector<int> times;
    // Least fixed point: times only grow, and only take values from a finite set (RTOs, failovers), so this ends.
    while (!work.empty()) {
        const int v = work.back();
        work.pop_back();
        queued[std::size_t(v)] = 0;
        int time = recovery[std::size_t(v)];
        for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
            if (s.edgeGroup(e) < 0 && s.isHard(e))
                time = std::max(time, recovery[std::size_t(s.target(e))]); // back when its hard dependencies are back
        }
        judgeGroups(v, recovery, members, times, [&](int, bool, int groupTime) { time = std::max(time, groupTime); });
        if (time > recovery[std::size_t(v)]) {
            recovery[std::size_t(v)] = time;
            for (int i = s.inBegin(v); i < s.inEnd(v); ++i) {
                const int u = s.source(i);
                if (m_state[std::size_t(u)] != State::Up && !queued[std::size_t(u)]) {
                    queued[std::size_t(u)] = 1;
                    work.push_back(u);
                }
            }
        }
    }
    return recovery;
}

RecoveryDetail Propagator::recoveryDetail() const
{
    RecoveryDetail detail;
    detail.times = recoveryTimes();
    std::vector<Member> members;
    std::vector<int> times;
    // The verdicts depend only on the states and the final times, so judging once more after the fixed point gives
    // exactly what its last evaluation of each element saw.
    for (const int v : m_touched) {
        if (m_state[std::size_t(v)] == State::Up)
            continue;
        judgeGroups(v, detail.times, members, times, [&](int g, bool kept, int groupTime) {
            detail.groups.push_back({v, g, kept, groupTime});
        });
    }
    std::sort(detail.groups.begin(), detail.groups.end(), [](const GroupRecovery &a, const GroupRecovery &b) {
        return a.element != b.element ? a.element < b.element : a.group < b.group;
    });
    return detail;
}

std::span<const GroupRecovery> RecoveryDetail::groupsOf(int v) const
{
    const auto range
        = std::equal_range(groups.begin(),
                           groups.end(),
                           GroupRecovery{v, -1, false, 0},
                           [](const GroupRecovery &a, const GroupRecovery &b) { return a.element < b.element; });
    return {range.first, range.second};
}

} // namespace bulwark::analysis
