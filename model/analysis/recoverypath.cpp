// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/recoverypath.h"

namespace bulwark::analysis {

RecoveryPaths::RecoveryPaths(const GraphSnapshot &snapshot, const Propagator &propagator, const RecoveryDetail &detail)
    : m_snapshot(snapshot),
      m_propagator(propagator),
      m_detail(detail),
      m_distance(std::size_t(snapshot.size()), -1)
{
    // Multi-source breadth-first search backwards from every end: distance(v) = steps to the nearest end. Each
    // element has one time, so the search stays inside each time's class by itself and one pass serves them all.
    std::vector<int> queue;
    for (const int v : propagator.touched()) {
        if (propagator.state(v) != State::Up && detail.times[std::size_t(v)] > 0 && endAt(v)) {
            m_distance[std::size_t(v)] = 0;
            queue.push_back(v);
        }
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int w = queue[head];
        for (int i = snapshot.inBegin(w); i < snapshot.inEnd(w); ++i) {
            const int u = snapshot.source(i);
            if (m_distance[std::size_t(u)] < 0 && isStep(u, snapshot.inEdge(i))) {
                m_distance[std::size_t(u)] = m_distance[std::size_t(w)] + 1;
                queue.push_back(u);
            }
        }
    }
}

std::optional<RecoveryPathEnd> RecoveryPaths::endAt(int v) const
{
    const int r = m_detail.times[std::size_t(v)];
    if (r <= 0 || m_propagator.state(v) == State::Up)
        return std::nullopt;
    if (m_propagator.isFailed(v)) {
        const int rto = m_snapshot.rtoMin(v);
        if ((rto == GraphSnapshot::unknown ? Propagator::unknownRecovery : rto) == r)
            return RecoveryPathEnd{RecoveryPathEnd::Kind::Rto, v, -1, r};
    }
    std::optional<RecoveryPathEnd> end;
    for (const GroupRecovery &g : m_detail.groupsOf(v)) {
        if (g.quorumKept && g.timeMin == r
            && (!end || m_snapshot.groupName(g.group) < m_snapshot.groupName(end->group)))
            end = RecoveryPathEnd{RecoveryPathEnd::Kind::Failover, v, g.group, r};
    }
    return end;
}

bool RecoveryPaths::isStep(int u, int e) const
{
    const int w = m_snapshot.target(e);
    const int r = m_detail.times[std::size_t(u)];
    if (r <= 0 || m_detail.times[std::size_t(w)] != r || m_propagator.state(u) == State::Up)
        return false;
    const int g = m_snapshot.edgeGroup(e);
    if (g < 0)
        return m_snapshot.isHard(e); // soft dependencies outside groups never interrupt
    if (m_propagator.state(w) != State::Down)
        return false; // a member that is not down counts as back at 0
    for (const GroupRecovery &judged : m_detail.groupsOf(u)) {
        if (judged.group == g)
            return !judged.quorumKept && judged.timeMin == r; // the lost group decides u's time
    }
    return false;
}

RecoveryPath RecoveryPaths::pathOf(int v) const
{
    RecoveryPath path;
    int d = m_distance[std::size_t(v)];
    if (d < 0)
        return path;
    path.elements.push_back(v);
    // Greedy on distances: the smallest index (= key) among the steps one closer to an end gives the
    // lexicographically smallest key sequence among the shortest chains.
    while (d > 0) {
        int next = -1;
        for (int e = m_snapshot.outBegin(v); e < m_snapshot.outEnd(v); ++e) {
            const int w = m_snapshot.target(e);
            if ((next < 0 || w < next) && m_distance[std::size_t(w)] == d - 1 && isStep(v, e))
                next = w;
        }
        Q_ASSERT(next >= 0);
        v = next;
        --d;
        path.elements.push_back(v);
    }
    path.end = endAt(v);
    return path;
}

} // namespace bulwark::analysis
