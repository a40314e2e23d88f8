// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/spofanalysis.h"

#include "model/analysis/components.h"
#include "model/analysis/propagation.h"

#include <algorithm>

namespace bulwark::analysis {

template<typename Visit>
void SpofAnalysis::search(int start, std::vector<int> &stamp, int mark, std::vector<int> &stack, Visit &&visit) const
{
    // Depth-first over kill edges: hard dependencies outside groups, and group generators. `visit` returns whether
    // to go on below the element.
    stack.clear();
    if (stamp[std::size_t(start)] == mark)
        return;
    stamp[std::size_t(start)] = mark;
    stack.push_back(start);
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        if (!visit(v))
            continue;
        for (int e = m_snapshot.outBegin(v); e < m_snapshot.outEnd(v); ++e) {
            if (m_snapshot.edgeGroup(e) >= 0 || !m_snapshot.isHard(e))
                continue;
            const int d = m_snapshot.target(e);
            if (stamp[std::size_t(d)] != mark) {
                stamp[std::size_t(d)] = mark;
                stack.push_back(d);
            }
        }
        for (const int d : m_extra[std::size_t(v)]) {
            if (stamp[std::size_t(d)] != mark) {
                stamp[std::size_t(d)] = mark;
                stack.push_back(d);
            }
        }
    }
}

SpofAnalysis::SpofAnalysis(const GraphSnapshot &s, Feedback *feedback)
    : m_snapshot(s),
      m_extra(std::size_t(s.size())),
      m_count(std::size_t(s.size()), 0),
      m_countStamp(std::size_t(s.size()), 0),
      m_stamp(std::size_t(s.size()), 0)
{
    // Groups per owner.
    std::vector<std::vector<int>> groupsOf(std::size_t(s.size()));
    for (int g = 0; g < s.groupCount(); ++g) {
        if (s.groupSize(g) > 0 && s.groupOwner(g) >= 0)
            groupsOf[std::size_t(s.groupOwner(g))].push_back(g);
    }
    // Only edges that can put an element down matter: hard ones outside groups, and group members.
    const Components components
        = stronglyConnectedComponents(s, [&s](int e) { return s.edgeGroup(e) >= 0 || s.isHard(e); });
    std::vector<int> order(std::size_t(s.size()));
    std::vector<int> start(std::size_t(components.count) + 1, 0);
    for (int v = 0; v < s.size(); ++v)
        ++start[std::size_t(components.component[std::size_t(v)]) + 1];
    for (std::size_t c = 1; c < start.size(); ++c)
        start[c] += start[c - 1];
    {
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (int v = 0; v < s.size(); ++v)
            order[std::size_t(fill[std::size_t(components.component[std::size_t(v)])]++)] = v;
    }
    // Components come dependencies first, so a group's members are settled before the group is resolved.
    for (int c = 0; c < components.count; ++c) {
        if (feedback && (c & 0x3f) == 0) {
            if (feedback->isCanceled()) {
                m_complete = false;
                return;
            }
            feedback->setProgress(90.0 * c / std::max(1, components.count));
        }
        const auto first = order.begin() + start[std::size_t(c)];
        const auto last = order.begin() + start[std::size_t(c) + 1];
        const bool cyclic = last - first > 1;
        bool changed = true;
        while (changed) {
            changed = false;
            for (auto it = first; it != last; ++it) {
                const int u = *it;
                if (groupsOf[std::size_t(u)].empty())
                    continue;
                std::vector<int> extra;
                for (const int g : groupsOf[std::size_t(u)]) {
                    for (const int x : generators(g)) {
                        if (x != u)
                            extra.push_back(x);
                    }
                }
                std::sort(extra.begin(), extra.end());
                extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
                if (extra != m_extra[std::size_t(u)]) {
                    m_extra[std::size_t(u)] = std::move(extra);
                    changed = cyclic; // inside a cycle, other members' groups may now lose more
                }
            }
        }
    }
}

std::vector<int> SpofAnalysis::generators(int g)
{
    const GraphSnapshot &s = m_snapshot;
    const int owner = s.groupOwner(g);
    std::vector<int> members;
    for (int e = s.outBegin(owner); e < s.outEnd(owner); ++e) {
        if (s.edgeGroup(e) == g)
            members.push_back(s.target(e));
    }
    const int threshold = int(members.size()) - s.groupMinUp(g) + 1; // members X must take down
    if (threshold <= 0)
        return {};
    // Count, for every element, how many members it kills.
    std::vector<int> counted;
    const int countRound = ++m_mark;
    for (const int m : members) {
        const int mark = ++m_mark;
        search(m, m_stamp, mark, m_stack, [&](int x) {
            if (m_countStamp[std::size_t(x)] != countRound) {
                m_countStamp[std::size_t(x)] = countRound;
                m_count[std::size_t(x)] = 0;
                counted.push_back(x);
            }
            ++m_count[std::size_t(x)];
            return true;
        });
    }
    // Generators: the first elements on the way down from the members that kill enough of them; everything below
    // a generator kills it, and so kills enough members too.
    std::vector<int> result;
    const int mark = ++m_mark;
    for (const int m : members) {
        search(m, m_stamp, mark, m_stack, [&](int x) {
            if (m_countStamp[std::size_t(x)] == countRound && m_count[std::size_t(x)] >= threshold) {
                result.push_back(x);
                return false;
            }
            return true;
        });
    }
    return result;
}

std::vector<int> SpofAnalysis::spofsOf(int function) const
{
    std::vector<int> stamp(m_stamp.size(), 0);
    std::vector<int> stack;
    std::vector<int> result;
    search(function, stamp, 1, stack, [&](int x) {
        if (x != function)
            result.push_back(x);
        return true;
    });
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<int> SpofAnalysis::bruteForce(const GraphSnapshot &snapshot, int function)
{
    Propagator propagator(snapshot);
    std::vector<int> result;
    for (int x = 0; x < snapshot.size(); ++x) {
        if (x == function)
            continue;
        const int failed[] = {x};
        if (propagator.run(failed)[std::size_t(function)] == State::Down)
            result.push_back(x);
    }
    return result;
}

std::vector<SpofRank> rankSpofs(const GraphSnapshot &s, const SpofAnalysis &spofs, Feedback *feedback)
{
    std::vector<std::vector<int>> stops(std::size_t(s.size()));
    for (int f = 0; f < s.size(); ++f) {
        if (feedback && feedback->isCanceled())
            return {};
        if (!s.isCritical(f))
            continue;
        for (const int x : spofs.spofsOf(f))
            stops[std::size_t(x)].push_back(f);
    }
    std::vector<SpofRank> ranking;
    for (int x = 0; x < s.size(); ++x) {
        if (!stops[std::size_t(x)].empty())
            ranking.push_back({x, std::move(stops[std::size_t(x)])});
    }
    std::stable_sort(ranking.begin(), ranking.end(), [](const SpofRank &a, const SpofRank &b) {
        return a.functions.size() > b.functions.size();
    });
    return ranking;
}

} // namespace bulwark::analysis
