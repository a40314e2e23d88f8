// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"

#include <functional>
#include <vector>

namespace bulwark::analysis {

/// Strongly connected components (Boost.Graph, Tarjan) of the dependency graph, or of the part of it that
/// `useEdge` keeps. Component numbers come in reverse topological order: a component's dependencies have
/// smaller numbers than the component itself.
struct Components {
    std::vector<int> component; ///< per element
    int count = 0;
};
Components stronglyConnectedComponents(const GraphSnapshot &snapshot,
                                       const std::function<bool(int edge)> &useEdge = {});

/// Dependency cycles: every strongly connected component of more than one element, or an element that depends
/// on itself. Each cycle is sorted by key; cycles are sorted by their first key.
std::vector<std::vector<int>> findCycles(const GraphSnapshot &snapshot);

} // namespace bulwark::analysis
