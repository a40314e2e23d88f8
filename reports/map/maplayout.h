// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/blastmap.h"
#include "model/analysis/graphsnapshot.h"
#include "model/analysis/propagation.h"
#include "model/feedback.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <span>
#include <vector>

namespace bulwark::reports {

/// A part of the dependency map to draw: some elements of a snapshot and the dependencies among them, and for a
/// large blast radius nodes that stand for many elements (analysis::blastMap). Nodes are the elements, then the
/// aggregates: node i < elements.size() is elements[i], node elements.size() + j is aggregates[j].
struct MapGraph {
    struct Edge {
        int from = -1; ///< node index
        int to = -1;   ///< node index
        bool hard = true;
        bool grouped = false; ///< part of a redundancy group of `from`
    };
    /// Many affected elements drawn as one stacked box with their count.
    struct Aggregate {
        ElementKind kind = ElementKind::Application; ///< the colour of its stripe
        QString label;                               ///< "1,804 applications"
        QString detail;                              ///< "degraded"
        int count = 0;
        analysis::State state = analysis::State::Down;
        bool failed = false; ///< it stands for failed elements
    };
    std::vector<int> elements; ///< snapshot indices, sorted
    std::vector<Aggregate> aggregates;
    std::vector<Edge> edges;

    int nodeCount() const { return int(elements.size() + aggregates.size()); }
    bool isAggregate(int node) const { return node >= int(elements.size()); }

    /// The elements given (snapshot indices, any order) and every dependency between two of them.
    static MapGraph induced(const analysis::GraphSnapshot &s, std::span<const int> elements);
    /// The drawing of a blast radius as analysis::blastMap chooses it: its elements, then its counted groups, and its
    /// links. The Map page and `bulwark map --fail` draw the same figure through this.
    static MapGraph ofBlastMap(const analysis::BlastMap &map);
};

/// Where everything goes, in points (1/72 inch) with y growing downwards, the origin at the top left of `bounds`.
struct MapGeometry {
    struct Node {
        QPointF centre;
        QSizeF size;
    };
    struct Edge {
        /// A cubic Bézier spline as Graphviz gives it: p0, then (c1, c2, p) per segment.
        QList<QPointF> spline;
        bool hasArrow = false;
        QPointF arrowTip; ///< where the arrow points (at the border of the needed element)
    };
    QRectF bounds;
    std::vector<Node> nodes; ///< parallel to MapGraph's nodes (elements, then aggregates)
    std::vector<Edge> edges; ///< parallel to MapGraph::edges
};

/// Lays out a map as a layered diagram with Graphviz's dot: "A needs B" points down from A to B, business functions
/// on the top rank, and locations and providers that need nothing drawn on the bottom rank. Every element is a box
/// of the same size, every aggregate a wider one (labels are drawn by the caller). Graphviz is not thread-safe: calls
/// are serialised, so this may be called from any thread. Deterministic for the same graph.
class MapLayout
{
    Q_DECLARE_TR_FUNCTIONS(MapLayout)
public:
    static constexpr double nodeWidth = 150.0; ///< points
    static constexpr double nodeHeight = 44.0;
    static constexpr double aggregateWidth = 180.0; ///< a group of elements (MapGraph::Aggregate)

    /// The version of the Graphviz library in use, for the About box.
    static QString graphvizVersion();
    [[nodiscard]] static Result<MapGeometry> layout(const analysis::GraphSnapshot &s, const MapGraph &graph);
};

} // namespace bulwark::reports
