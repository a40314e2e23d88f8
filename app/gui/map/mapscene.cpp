// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/map/mapscene.h"

#include "gui/theme.h"
#include "reports/map/mappainter.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace bulwark::gui {
namespace {

enum Mark : std::uint8_t { None = 0, Needs = 1, NeededBy = 2, Focus = 3 };

constexpr qreal fadedOpacity = 0.22;

} // namespace

using reports::MapPainter;

/// One element, drawn by MapPainter.
class MapNodeItem : public QGraphicsItem
{
public:
    MapNodeItem(const QRectF &rect, ElementKind kind, const QString &key, const QString &name, bool critical)
        : m_rect(rect)
    {
        m_look.kind = kind;
        m_look.key = key;
        m_look.name = name;
        m_look.critical = critical;
        setAcceptHoverEvents(true);
        setToolTip(QStringLiteral("%1\n%2").arg(key, name));
        setZValue(1);
    }
    /// A group of elements (a large blast radius's aggregate).
    MapNodeItem(const QRectF &rect, const reports::MapGraph::Aggregate &aggregate) : m_rect(rect)
    {
        m_look.kind = aggregate.kind;
        m_look.key = aggregate.label;
        m_look.name = aggregate.detail;
        m_look.count = aggregate.count;
        setAcceptHoverEvents(true);
        setToolTip(QObject::tr("%1, %2\nToo many to draw one by one: counted here, linked the way the failure "
                               "travelled.")
                       .arg(aggregate.label, aggregate.detail));
        setZValue(1);
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-5, -5, 5, 5); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        MapPainter::paintNode(*painter, m_rect, m_look);
    }
    void setState(analysis::State state, bool failed)
    {
        m_look.coloured = true;
        m_look.state = state;
        m_look.failed = failed;
        update();
    }
    void setMark(std::uint8_t mark)
    {
        m_look.mark = mark == Focus ? MapPainter::Mark::Focus
            : mark == Needs         ? MapPainter::Mark::Needs
            : mark == NeededBy      ? MapPainter::Mark::NeededBy
                                    : MapPainter::Mark::None;
        update();
    }
    analysis::State state() const { return m_look.coloured ? m_look.state : analysis::State::Up; }
    void setSpof(bool spof)
    {
        m_look.spof = spof;
        update();
    }
    bool isSpof() const { return m_look.spof; }
    bool isAggregate() const { return m_look.count > 0; }
    QRectF rect() const { return m_rect; }

private:
    QRectF m_rect;
    MapPainter::NodeLook m_look;
};

/// One dependency, drawn by MapPainter: Graphviz's spline with an arrow at the needed element.
class MapEdgeItem : public QGraphicsItem
{
public:
    MapEdgeItem(const reports::MapGeometry::Edge &edge, bool hard, bool grouped)
        : m_shape(MapPainter::edgeShape(edge)),
          m_hard(hard),
          m_grouped(grouped)
    {
        m_bounds = m_shape.path.boundingRect().united(m_shape.arrow.boundingRect()).adjusted(-4, -4, 4, 4);
        setZValue(0);
        setToolTip(hard ? QObject::tr("Hard dependency: down when the needed element is down")
                        : QObject::tr("Soft dependency: degraded when the needed element is down"));
    }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override
    {
        QPainterPathStroker stroker;
        stroker.setWidth(6);
        return stroker.createStroke(m_shape.path);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        MapPainter::paintEdge(*painter, m_shape, m_hard, m_grouped, m_colour);
    }
    void setColour(const QColor &colour)
    {
        m_colour = colour;
        update();
    }

private:
    MapPainter::EdgeShape m_shape;
    QRectF m_bounds;
    QColor m_colour;
    bool m_hard;
    bool m_grouped;
};

MapScene::MapScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(theme::mapBackground()); // dimmed under a dark palette (issue 12)
    // A drawing of a few hundred items that does not move: no index to keep up to date.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

void MapScene::clearMap()
{
    clear(); // deletes the items
    m_nodes.clear();
    m_edges.clear();
    m_out.clear();
    m_in.clear();
    m_mark.clear();
    m_graph = {};
    m_snapshot.reset();
    m_states.reset();
    m_highlighted = -1;
    m_pathNodes.clear();
    setSceneRect(QRectF());
}

void MapScene::setMap(std::shared_ptr<const analysis::GraphSnapshot> snapshot,
                      reports::MapGraph graph,
                      const reports::MapGeometry &geometry,
                      std::shared_ptr<const std::vector<analysis::State>> states,
                      const std::vector<int> &failed)
{
    clearMap();
    m_snapshot = std::move(snapshot);
    m_states = std::move(states);
    m_graph = std::move(graph);
    const analysis::GraphSnapshot &s = *m_snapshot;
    const std::size_t n = std::size_t(m_graph.nodeCount());
    m_nodes.reserve(n);
    for (std::size_t i = 0; i < m_graph.elements.size(); ++i) {
        const int v = m_graph.elements[i];
        const reports::MapGeometry::Node &g = geometry.nodes[i];
        const QRectF rect(g.centre - QPointF(g.size.width(), g.size.height()) / 2, g.size);
        auto *item = new MapNodeItem(rect, s.kind(v), s.key(v), s.name(v), s.isFunction(v) && s.isCritical(v));
        if (m_states) {
            const analysis::State state = (*m_states)[std::size_t(v)];
            item->setState(state, std::binary_search(failed.begin(), failed.end(), v));
        }
        addItem(item);
        m_nodes.push_back(item);
    }
    for (std::size_t j = 0; j < m_graph.aggregates.size(); ++j) {
        const reports::MapGraph::Aggregate &a = m_graph.aggregates[j];
        const reports::MapGeometry::Node &g = geometry.nodes[m_graph.elements.size() + j];
        auto *item = new MapNodeItem(QRectF(g.centre - QPointF(g.size.width(), g.size.height()) / 2, g.size), a);
        if (m_states)
            item->setState(a.state, a.failed);
        addItem(item);
        m_nodes.push_back(item);
    }
    m_out.assign(n, {});
    m_in.assign(n, {});
    m_edges.reserve(m_graph.edges.size());
    for (std::size_t i = 0; i < m_graph.edges.size(); ++i) {
        const reports::MapGraph::Edge &e = m_graph.edges[i];
        auto *item = new MapEdgeItem(geometry.edges[i], e.hard, e.grouped);
        addItem(item);
        m_edges.push_back(item);
        m_out[std::size_t(e.from)].push_back(int(i));
        m_in[std::size_t(e.to)].push_back(int(i));
    }
    m_mark.assign(n, None);
    setSceneRect(geometry.bounds.adjusted(-24, -24, 24, 24));
}

int MapScene::nodeOf(int element) const
{
    const auto it = std::lower_bound(m_graph.elements.begin(), m_graph.elements.end(), element);
    return it != m_graph.elements.end() && *it == element ? int(it - m_graph.elements.begin()) : -1;
}

int MapScene::nodeOf(const QString &key) const
{
    return m_snapshot ? nodeOf(m_snapshot->indexOf(key)) : -1;
}

QString MapScene::keyOf(int node) const
{
    if (!m_snapshot || node < 0 || node >= int(m_graph.elements.size()))
        return {};
    return m_snapshot->key(m_graph.elements[std::size_t(node)]);
}

QPointF MapScene::nodeCentre(int node) const
{
    return m_nodes[std::size_t(node)]->rect().center();
}

QRectF MapScene::nodeRect(int node) const
{
    return m_nodes[std::size_t(node)]->rect();
}

void MapScene::setSpofs(const std::vector<int> &elements)
{
    for (std::size_t i = 0; i < m_graph.elements.size(); ++i)
        m_nodes[i]->setSpof(std::binary_search(elements.begin(), elements.end(), m_graph.elements[i]));
}

bool MapScene::isSpof(int node) const
{
    return node >= 0 && node < nodeCount() && m_nodes[std::size_t(node)]->isSpof();
}

analysis::State MapScene::stateOf(int node) const
{
    return m_nodes[std::size_t(node)]->state();
}

void MapScene::highlight(int node)
{
    if (node >= nodeCount())
        node = -1;
    m_highlighted = node;
    m_pathNodes.clear();
    std::fill(m_mark.begin(), m_mark.end(), std::uint8_t(None));
    if (node >= 0) {
        // Within the drawing only: a breadth-first walk each way.
        auto walk = [this](int start, bool down, std::uint8_t mark) {
            std::vector<int> stack{start};
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                for (const int e : down ? m_out[std::size_t(v)] : m_in[std::size_t(v)]) {
                    const reports::MapGraph::Edge &edge = m_graph.edges[std::size_t(e)];
                    const int w = down ? edge.to : edge.from;
                    if (w != start && (m_mark[std::size_t(w)] & mark) == 0) {
                        m_mark[std::size_t(w)] |= mark;
                        stack.push_back(w);
                    }
                }
            }
        };
        walk(node, true, Needs);
        walk(node, false, NeededBy);
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        std::uint8_t mark = m_mark[i];
        if (int(i) == node)
            mark = Focus;
        else if (mark == (Needs | NeededBy))
            mark = Needs; // on a cycle through the node: it needs it (and is needed by it)
        m_nodes[i]->setMark(mark);
        m_nodes[i]->setOpacity(node < 0 || mark != None ? 1.0 : fadedOpacity);
    }
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        const reports::MapGraph::Edge &e = m_graph.edges[i];
        QColor colour;
        bool lit = false;
        if (node >= 0) {
            const bool fromIn = e.from == node || (m_mark[std::size_t(e.from)] & Needs);
            const bool toIn = m_mark[std::size_t(e.to)] & Needs;
            const bool upFrom = m_mark[std::size_t(e.from)] & NeededBy;
            const bool upTo = e.to == node || (m_mark[std::size_t(e.to)] & NeededBy);
            if (fromIn && toIn) {
                colour = MapPainter::needsColour();
                lit = true;
            } else if (upFrom && upTo) {
                colour = MapPainter::neededByColour();
                lit = true;
            }
        }
        m_edges[i]->setColour(colour);
        m_edges[i]->setOpacity(node < 0 || lit ? 1.0 : fadedOpacity);
    }
}

void MapScene::highlightPath(const std::vector<int> &elements)
{
    highlight(-1);
    if (elements.empty())
        return;
    // The path's drawn elements in order; an element not drawn (inside a counted group) breaks the chain there.
    std::vector<int> onPath; // per path element: its node or -1
    for (const int v : elements) {
        const int node = nodeOf(v);
        onPath.push_back(node);
        if (node >= 0)
            m_pathNodes.push_back(node);
    }
    std::vector<std::uint8_t> lit(m_nodes.size(), 0);
    for (const int node : m_pathNodes)
        lit[std::size_t(node)] = 1;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const bool first = !m_pathNodes.empty() && int(i) == m_pathNodes.front();
        m_nodes[i]->setMark(first ? Focus : lit[i] ? Needs : None);
        m_nodes[i]->setOpacity(lit[i] ? 1.0 : fadedOpacity);
    }
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        const reports::MapGraph::Edge &e = m_graph.edges[i];
        bool step = false;
        for (std::size_t j = 0; j + 1 < onPath.size() && !step; ++j)
            step = onPath[j] >= 0 && e.from == onPath[j] && e.to == onPath[j + 1];
        m_edges[i]->setColour(step ? MapPainter::needsColour() : QColor());
        m_edges[i]->setOpacity(step ? 1.0 : fadedOpacity);
    }
}

std::vector<int> MapScene::highlightedNeeds() const
{
    std::vector<int> list;
    for (std::size_t i = 0; i < m_mark.size(); ++i)
        if ((m_mark[i] & Needs) && int(i) != m_highlighted)
            list.push_back(int(i));
    return list;
}

std::vector<int> MapScene::highlightedNeededBy() const
{
    std::vector<int> list;
    for (std::size_t i = 0; i < m_mark.size(); ++i)
        if ((m_mark[i] & NeededBy) && int(i) != m_highlighted)
            list.push_back(int(i));
    return list;
}

int MapScene::nodeToward(int node, int dx, int dy) const
{
    if (node < 0 || node >= nodeCount())
        return -1;
    const QPointF from = nodeCentre(node);
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < nodeCount(); ++i) {
        if (i == node)
            continue;
        const QPointF d = nodeCentre(i) - from;
        const double along = d.x() * dx + d.y() * dy;
        const double across = std::abs(d.x() * dy - d.y() * dx);
        if (along <= 0 || across > along * 1.732) // outside 60 degrees of the direction
            continue;
        const double score = along + 2 * across;
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

int MapScene::nodeNearest(const QPointF &scenePos) const
{
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < nodeCount(); ++i) {
        const QPointF d = nodeCentre(i) - scenePos;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void MapScene::activate(int node)
{
    if (node >= 0 && node < int(m_graph.elements.size()))
        Q_EMIT elementActivated(keyOf(node));
}

int MapScene::nodeAt(const QPointF &scenePos) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i]->rect().contains(scenePos))
            return int(i);
    return -1;
}

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int node = nodeAt(event->scenePos());
        highlight(node);
        Q_EMIT elementClicked(keyOf(node));
    }
    QGraphicsScene::mousePressEvent(event);
}

void MapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const int node = nodeAt(event->scenePos());
    if (node >= 0 && !m_graph.isAggregate(node))
        Q_EMIT elementActivated(keyOf(node));
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void MapScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    const int node = nodeAt(event->scenePos());
    if (node >= 0 && !m_graph.isAggregate(node)) {
        highlight(node);
        Q_EMIT contextMenuRequested(keyOf(node), event->screenPos());
        event->accept();
    }
}

} // namespace bulwark::gui
