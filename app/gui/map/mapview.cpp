// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/map/mapview.h"

#include "gui/map/mapscene.h"

#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace bulwark::gui {
namespace {
constexpr qreal minZoom = 0.03;
constexpr qreal maxZoom = 4.0;
} // namespace

MapView::MapView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
}

qreal MapView::zoom() const
{
    return transform().m11();
}

void MapView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, minZoom, maxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const qreal applied = target / zoom();
    scale(applied, applied);
    Q_EMIT zoomChanged(zoom());
}

void MapView::fitAll()
{
    if (!scene() || scene()->sceneRect().isEmpty())
        return;
    resetTransform();
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        resetTransform();
    else if (zoom() < minZoom)
        setTransform(QTransform::fromScale(minZoom, minZoom));
    Q_EMIT zoomChanged(zoom());
}

void MapView::focusOn(const QPointF &scenePos)
{
    if (zoom() < 0.6)
        setTransform(QTransform::fromScale(0.8, 0.8));
    centerOn(scenePos);
    Q_EMIT zoomChanged(zoom());
}

void MapView::focusOnArea(const QRectF &area)
{
    resetTransform();
    fitInView(area, Qt::KeepAspectRatio);
    if (zoom() > 0.8)
        setTransform(QTransform::fromScale(0.8, 0.8));
    else if (zoom() < minZoom)
        setTransform(QTransform::fromScale(minZoom, minZoom));
    centerOn(area.center());
    Q_EMIT zoomChanged(zoom());
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event); // horizontal scrolling
        return;
    }
    zoomBy(std::pow(1.0015, delta));
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoomBy(1.25); return;
        case Qt::Key_Minus: zoomBy(0.8); return;
        case Qt::Key_0: fitAll(); return;
        default: break;
    }
    // The arrow keys move the highlight from element to element; Enter centres the map on it.
    auto *map = qobject_cast<MapScene *>(scene());
    if (map && map->nodeCount() > 0 && event->modifiers() == Qt::NoModifier) {
        int dx = 0, dy = 0;
        switch (event->key()) {
            case Qt::Key_Left: dx = -1; break;
            case Qt::Key_Right: dx = 1; break;
            case Qt::Key_Up: dy = -1; break;
            case Qt::Key_Down: dy = 1; break;
            case Qt::Key_Return:
            case Qt::Key_Enter: map->activate(map->highlighted()); return;
            default: break;
        }
        if (dx != 0 || dy != 0) {
            const int from = map->highlighted();
            const int to
                = from < 0 ? map->nodeNearest(mapToScene(viewport()->rect().center())) : map->nodeToward(from, dx, dy);
            if (to >= 0) {
                map->highlight(to);
                Q_EMIT map->elementClicked(map->keyOf(to));
                ensureVisible(QRectF(map->nodeCentre(to) - QPointF(90, 40), QSizeF(180, 80)));
            }
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace bulwark::gui
