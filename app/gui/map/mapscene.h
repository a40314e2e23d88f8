// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/propagation.h"
#include "reports/map/maplayout.h"

#include <QGraphicsScene>

#include <memory>
#include <vector>

namespace bulwark::gui {

class MapNodeItem;
class MapEdgeItem;

/// A laid-out part of the dependency map as graphics items: a box per element (kind colour, key, name), a curve per
/// dependency (solid hard, dashed soft, a dot at the start when it belongs to a redundancy group). Selecting an
/// element highlights what it needs (downwards) and what needs it (upwards) within the drawing and fades the rest.
/// An impact overlay colours elements up / degraded / down; a large blast radius adds group nodes (stacked boxes with
/// a count) after the elements.
class MapScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit MapScene(QObject *parent = nullptr);

    /// Replaces the drawing. `states` (optional, per snapshot element) colours the blast radius; `failed` are the
    /// elements that were failed on purpose.
    void setMap(std::shared_ptr<const analysis::GraphSnapshot> snapshot,
                reports::MapGraph graph,
                const reports::MapGeometry &geometry,
                std::shared_ptr<const std::vector<analysis::State>> states = {},
                const std::vector<int> &failed = {});
    void clearMap();

    const analysis::GraphSnapshot *snapshot() const { return m_snapshot.get(); }
    const reports::MapGraph &graph() const { return m_graph; }
    int nodeCount() const { return int(m_nodes.size()); }
    /// The drawn node of a snapshot element, or -1.
    int nodeOf(int element) const;
    int nodeOf(const QString &key) const;
    QString keyOf(int node) const;
    QPointF nodeCentre(int node) const;
    QRectF nodeRect(int node) const;
    /// Whether a node is a group of elements (a large blast radius), not one element.
    bool isAggregate(int node) const { return m_graph.isAggregate(node); }
    /// Marks these elements (sorted snapshot indices) as single points of failure; the others lose the mark.
    void setSpofs(const std::vector<int> &elements);
    bool isSpof(int node) const;
    /// The state colouring an element, Up when there is no overlay.
    analysis::State stateOf(int node) const;

    /// Highlights `node` with what it needs and what needs it inside the drawing; -1 clears.
    void highlight(int node);
    int highlighted() const { return m_highlighted; }
    /// The nodes marked by the current highlight: what the highlighted node needs, and what needs it.
    std::vector<int> highlightedNeeds() const;
    std::vector<int> highlightedNeededBy() const;

    /// Highlights a recovery path (snapshot elements, from the function to its end): its drawn elements and the
    /// dependencies between consecutive ones are marked, the rest fades. Empty clears. Replaces a highlight().
    void highlightPath(const std::vector<int> &elements);
    /// The drawn nodes of the highlighted path, in its order (elements not drawn are left out).
    const std::vector<int> &pathNodes() const { return m_pathNodes; }

    /// The drawn node nearest to `node` in a direction (dx, dy: one of the four), or -1: for moving with the arrow
    /// keys. Nodes within 60 degrees of the direction count, the nearest (off-axis distance weighs double) wins.
    int nodeToward(int node, int dx, int dy) const;
    /// The drawn node nearest to a point, or -1.
    int nodeNearest(const QPointF &scenePos) const;
    /// Tells listeners that `node` was chosen with the keyboard (as a double-click would).
    void activate(int node);

Q_SIGNALS:
    /// The user clicked an element (key), or empty space (empty key).
    void elementClicked(const QString &key);
    void elementActivated(const QString &key);
    void contextMenuRequested(const QString &key, const QPoint &screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    int nodeAt(const QPointF &scenePos) const;

    std::shared_ptr<const analysis::GraphSnapshot> m_snapshot;
    std::shared_ptr<const std::vector<analysis::State>> m_states;
    reports::MapGraph m_graph;
    std::vector<MapNodeItem *> m_nodes;
    std::vector<MapEdgeItem *> m_edges;
    std::vector<std::vector<int>> m_out, m_in; ///< per node: edge indices
    std::vector<std::uint8_t> m_mark;          ///< per node: 0 none, 1 needs, 2 needed by, 3 highlighted
    int m_highlighted = -1;
    std::vector<int> m_pathNodes;
};

} // namespace bulwark::gui
