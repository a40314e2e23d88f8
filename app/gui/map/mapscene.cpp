// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/mapscene.h"

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

const QColor ink(0x24, 0x29, 0x33);
const QColor muted(0x6b, 0x72, 0x80);
const QColor edgeColour(0x8a, 0x93, 0xa3);
const QColor needsColour(0x1f, 0x6f, 0xb2);    // blue: what it needs
const QColor neededByColour(0x7b, 0x3f, 0xa0); // violet: what needs it
constexpr qreal fadedOpacity = 0.22;

} // namespace

/// One element: a rounded box with a kind stripe, the key and the name.
class MapNodeItem : public QGraphicsItem
{
public:
    MapNodeItem(const QRectF &rect, ElementKind kind, const QString &key, const QString &name, bool critical)
        : m_rect(rect), m_kind(kind), m_key(key), m_name(name), m_critical(critical)
    {
        setAcceptHoverEvents(true);
        setToolTip(QStringLiteral("%1\n%2").arg(key, name));
        setZValue(1);
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-3, -3, 3, 3); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = Qt::white;
        QColor border = QColor(0xc4, 0xc9, 0xd2);
        qreal borderWidth = 1.0;
        if (m_state != analysis::State::Up) {
            fill = MapScene::stateColour(m_state).lighter(m_failed ? 135 : 175);
            border = MapScene::stateColour(m_state);
            borderWidth = m_failed ? 3.0 : 1.5;
        }
        if (m_mark == Focus) {
            border = ink;
            borderWidth = 3.0;
        } else if (m_mark == Needs) {
            border = needsColour;
            borderWidth = 2.5;
        } else if (m_mark == NeededBy) {
            border = neededByColour;
            borderWidth = 2.5;
        }
        QPainterPath box;
        box.addRoundedRect(m_rect, 5, 5);
        painter->fillPath(box, fill);
        // Kind stripe on the left.
        painter->save();
        painter->setClipPath(box);
        painter->fillRect(QRectF(m_rect.left(), m_rect.top(), 6, m_rect.height()), MapScene::kindColour(m_kind));
        painter->restore();
        painter->setPen(QPen(border, borderWidth));
        painter->drawPath(box);

        const QRectF textRect = m_rect.adjusted(11, 4, -6, -4);
        QFont keyFont = painter->font();
        keyFont.setPointSizeF(8.5);
        keyFont.setBold(true);
        QFont nameFont = painter->font();
        nameFont.setPointSizeF(7.5);
        painter->setFont(keyFont);
        painter->setPen(ink);
        const QFontMetricsF keyMetrics(keyFont);
        QString key = keyMetrics.elidedText(m_key, Qt::ElideMiddle, textRect.width() - (m_critical ? 12 : 0));
        painter->drawText(QRectF(textRect.left(), textRect.top(), textRect.width(), textRect.height() / 2),
                          Qt::AlignLeft | Qt::AlignVCenter, key);
        if (m_critical) {
            // A small diamond marks a critical or important function.
            const QPointF c(textRect.right() - 4, textRect.top() + textRect.height() / 4);
            QPolygonF diamond({c + QPointF(0, -4), c + QPointF(4, 0), c + QPointF(0, 4), c + QPointF(-4, 0)});
            painter->setBrush(QColor(0xc0, 0x39, 0x2b));
            painter->setPen(Qt::NoPen);
            painter->drawPolygon(diamond);
        }
        painter->setFont(nameFont);
        painter->setPen(muted.darker(120));
        const QFontMetricsF nameMetrics(nameFont);
        painter->drawText(QRectF(textRect.left(), textRect.center().y(), textRect.width(), textRect.height() / 2),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          nameMetrics.elidedText(m_name, Qt::ElideRight, textRect.width()));
    }
    void setState(analysis::State state, bool failed)
    {
        m_state = state;
        m_failed = failed;
        update();
    }
    void setMark(std::uint8_t mark)
    {
        m_mark = mark;
        update();
    }
    analysis::State state() const { return m_state; }

private:
    QRectF m_rect;
    ElementKind m_kind;
    QString m_key, m_name;
    bool m_critical;
    analysis::State m_state = analysis::State::Up;
    bool m_failed = false;
    std::uint8_t m_mark = None;
};

/// One dependency: Graphviz's spline with an arrow at the needed element.
class MapEdgeItem : public QGraphicsItem
{
public:
    MapEdgeItem(const reports::MapGeometry::Edge &edge, bool hard, bool grouped) : m_hard(hard), m_grouped(grouped)
    {
        const QList<QPointF> &p = edge.spline;
        if (!p.isEmpty()) {
            m_path.moveTo(p.first());
            for (qsizetype i = 1; i + 2 < p.size(); i += 3)
                m_path.cubicTo(p[i], p[i + 1], p[i + 2]);
            m_start = p.first();
        }
        if (edge.hasArrow && !p.isEmpty()) {
            const QPointF base = p.last();
            const QPointF tip = edge.arrowTip;
            const QPointF along = tip - base;
            const QPointF across(-along.y() * 0.45, along.x() * 0.45);
            m_arrow = QPolygonF({tip, base + across, base - across});
        }
        m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
        setZValue(0);
        setToolTip(hard ? QObject::tr("Hard dependency: down when the needed element is down")
                        : QObject::tr("Soft dependency: degraded when the needed element is down"));
    }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override
    {
        QPainterPathStroker stroker;
        stroker.setWidth(6);
        return stroker.createStroke(m_path);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        QColor colour = m_colour.isValid() ? m_colour : edgeColour;
        QPen pen(colour, m_colour.isValid() ? 2.0 : 1.1);
        if (!m_hard)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        if (!m_arrow.isEmpty())
            painter->drawPolygon(m_arrow);
        if (m_grouped)
            painter->drawEllipse(m_start, 3.2, 3.2);
    }
    void setColour(const QColor &colour)
    {
        m_colour = colour;
        update();
    }

private:
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_start;
    QRectF m_bounds;
    QColor m_colour;
    bool m_hard;
    bool m_grouped;
};

MapScene::MapScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xf6, 0xf7, 0xf9));
    // A drawing of a few hundred items that does not move: no index to keep up to date.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

QColor MapScene::kindColour(ElementKind kind)
{
    switch (kind) {
        case ElementKind::Function: return QColor(0x2f, 0x4b, 0x8a);
        case ElementKind::Application: return QColor(0x3d, 0x8b, 0xc9);
        case ElementKind::DataStore: return QColor(0x7b, 0x61, 0xa8);
        case ElementKind::Infrastructure: return QColor(0x4f, 0x8a, 0x6b);
        case ElementKind::Network: return QColor(0x2f, 0x9a, 0x9a);
        case ElementKind::Facility: return QColor(0x8a, 0x6d, 0x3b);
        case ElementKind::IctService: return QColor(0xc0, 0x7a, 0x2c);
        case ElementKind::Provider: return QColor(0xa0, 0x52, 0x5a);
        case ElementKind::Location: return QColor(0x6b, 0x6b, 0x6b);
    }
    return Qt::gray;
}

QColor MapScene::stateColour(analysis::State state)
{
    switch (state) {
        case analysis::State::Up: return QColor(0x2e, 0x8b, 0x57);
        case analysis::State::Degraded: return QColor(0xd9, 0x8c, 0x00);
        case analysis::State::Down: return QColor(0xc0, 0x39, 0x2b);
    }
    return Qt::gray;
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
    setSceneRect(QRectF());
}

void MapScene::setMap(std::shared_ptr<const analysis::GraphSnapshot> snapshot, reports::MapGraph graph,
                      const reports::MapGeometry &geometry, std::shared_ptr<const std::vector<analysis::State>> states,
                      const std::vector<int> &failed)
{
    clearMap();
    m_snapshot = std::move(snapshot);
    m_states = std::move(states);
    m_graph = std::move(graph);
    const analysis::GraphSnapshot &s = *m_snapshot;
    const std::size_t n = m_graph.elements.size();
    m_nodes.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
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
    if (!m_snapshot || node < 0 || node >= nodeCount())
        return {};
    return m_snapshot->key(m_graph.elements[std::size_t(node)]);
}

QPointF MapScene::nodeCentre(int node) const
{
    return m_nodes[std::size_t(node)]->boundingRect().center();
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
                colour = needsColour;
                lit = true;
            } else if (upFrom && upTo) {
                colour = neededByColour;
                lit = true;
            }
        }
        m_edges[i]->setColour(colour);
        m_edges[i]->setOpacity(node < 0 || lit ? 1.0 : fadedOpacity);
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
    if (node >= 0 && node < nodeCount())
        Q_EMIT elementActivated(keyOf(node));
}

int MapScene::nodeAt(const QPointF &scenePos) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i]->boundingRect().contains(scenePos))
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
    if (node >= 0)
        Q_EMIT elementActivated(keyOf(node));
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void MapScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    const int node = nodeAt(event->scenePos());
    if (node >= 0) {
        highlight(node);
        Q_EMIT contextMenuRequested(keyOf(node), event->screenPos());
        event->accept();
    }
}

} // namespace bulwark::gui
