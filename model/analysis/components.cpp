// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/components.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>

namespace bulwark::analysis {

Components stronglyConnectedComponents(const GraphSnapshot &s, const std::function<bool(int edge)> &useEdge)
{
    using Graph = boost::compressed_sparse_row_graph<boost::directedS>;
    std::vector<std::pair<int, int>> edges;
    edges.reserve(std::size_t(s.dependencyCount()));
    for (int v = 0; v < s.size(); ++v) {
        for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
            if (!useEdge || useEdge(e))
                edges.emplace_back(v, s.target(e));
        }
    }
    // The snapshot's edges are sorted by source already.
    const Graph graph(boost::edges_are_sorted, edges.begin(), edges.end(), std::size_t(s.size()));
    Components result;
    result.component.resize(std::size_t(s.size()));
    result.count = int(boost::strong_components(
        graph, boost::make_iterator_property_map(result.component.begin(), boost::get(boost::vertex_index, graph))));
    return result;
}

std::vector<std::vector<int>> findCycles(const GraphSnapshot &s)
{
    const Components components = stronglyConnectedComponents(s);
    std::vector<std::vector<int>> members(std::size_t(components.count));
    for (int v = 0; v < s.size(); ++v)
        members[std::size_t(components.component[std::size_t(v)])].push_back(v); // ascending v: sorted by key
    std::vector<std::vector<int>> cycles;
    for (auto &list : members) {
        bool selfLoop = false;
        if (list.size() == 1) {
            const int v = list.front();
            for (int e = s.outBegin(v); e < s.outEnd(v) && !selfLoop; ++e)
                selfLoop = s.target(e) == v;
        }
        if (list.size() > 1 || selfLoop)
            cycles.push_back(std::move(list));
    }
    std::sort(cycles.begin(), cycles.end(), [](const auto &a, const auto &b) { return a.front() < b.front(); });
    return cycles;
}

} // namespace bulwark::analysis
