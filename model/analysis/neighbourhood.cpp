// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/neighbourhood.h"

#include <algorithm>

namespace bulwark::analysis {
namespace {

/// Calls f(w) for every neighbour w of v in `direction`.
template<typename F>
void forEachNeighbour(const GraphSnapshot &s, int v, Direction direction, F &&f)
{
    if (direction != Direction::NeededBy) {
        for (int e = s.outBegin(v); e < s.outEnd(v); ++e)
            f(s.target(e));
    }
    if (direction != Direction::Needs) {
        for (int i = s.inBegin(v); i < s.inEnd(v); ++i)
            f(s.source(i));
    }
}

} // namespace

Neighbourhood
neighbourhood(const GraphSnapshot &s, std::span<const int> seeds, int hops, Direction direction, int limit)
{
    std::vector<int> distance(std::size_t(s.size()), -1);
    std::vector<int> reached; // in order of distance: a breadth-first search appends hop by hop
    for (const int v : seeds) {
        if (v >= 0 && v < s.size() && distance[std::size_t(v)] < 0) {
            distance[std::size_t(v)] = 0;
            reached.push_back(v);
        }
    }
    const std::size_t seedCount = reached.size();
    // "Both" is the union of the two one-way searches: what the seeds need and what needs them, not the elements
    // reached by going down and then up again (those are siblings, not dependencies).
    const std::vector<Direction> ways = direction == Direction::Both
        ? std::vector<Direction>{Direction::Needs, Direction::NeededBy}
        : std::vector<Direction>{direction};
    std::vector<int> wayDistance(std::size_t(s.size()), -1);
    for (const Direction way : ways) {
        std::vector<int> queue(reached.begin(), reached.begin() + std::ptrdiff_t(seedCount));
        for (const int v : queue)
            wayDistance[std::size_t(v)] = 0;
        for (std::size_t i = 0; i < queue.size(); ++i) {
            const int v = queue[i];
            const int d = wayDistance[std::size_t(v)];
            if (d >= hops)
                continue;
            forEachNeighbour(s, v, way, [&](int w) {
                if (wayDistance[std::size_t(w)] < 0) {
                    wayDistance[std::size_t(w)] = d + 1;
                    queue.push_back(w);
                    if (distance[std::size_t(w)] < 0) {
                        distance[std::size_t(w)] = d + 1;
                        reached.push_back(w);
                    } else {
                        distance[std::size_t(w)] = std::min(distance[std::size_t(w)], d + 1);
                    }
                }
            });
        }
        for (const int v : queue)
            wayDistance[std::size_t(v)] = -1; // reset only what was touched
    }
    // Nearer first, then key order; the seeds are kept whatever the limit.
    std::sort(reached.begin() + std::ptrdiff_t(seedCount), reached.end(), [&](int a, int b) {
        const int da = distance[std::size_t(a)], db = distance[std::size_t(b)];
        return da != db ? da < db : a < b;
    });
    const std::size_t keep = std::max(seedCount, std::min(reached.size(), std::size_t(std::max(0, limit))));
    Neighbourhood result;
    result.omitted = int(reached.size() - keep);
    reached.resize(keep);
    std::sort(reached.begin(), reached.end());
    result.elements = std::move(reached);
    result.hops.reserve(result.elements.size());
    for (const int v : result.elements)
        result.hops.push_back(distance[std::size_t(v)]);
    return result;
}

std::vector<std::uint8_t> reachable(const GraphSnapshot &s, int start, Direction direction)
{
    std::vector<std::uint8_t> mark(std::size_t(s.size()), 0);
    if (start < 0 || start >= s.size())
        return mark;
    std::vector<int> stack{start};
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        forEachNeighbour(s, v, direction, [&](int w) {
            if (!mark[std::size_t(w)] && w != start) {
                mark[std::size_t(w)] = 1;
                stack.push_back(w);
            }
        });
    }
    return mark;
}

} // namespace bulwark::analysis
