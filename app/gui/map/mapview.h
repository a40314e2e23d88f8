// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace bulwark::gui {

/// The map's view: the wheel zooms about the pointer, dragging pans, + and - zoom, 0 fits, the arrow keys move the
/// highlight from element to element and Enter centres the map on it. Zoom stays between 3 % and 400 %.
class MapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);

    qreal zoom() const;
    void zoomBy(qreal factor);
    /// Fits the whole drawing into the view (never enlarging beyond 100 %).
    void fitAll();
    /// Centres on a point at a readable zoom (at least 60 %).
    void focusOn(const QPointF &scenePos);
    /// Fits an area of the drawing into the view (never enlarging beyond 80 %) and centres on it.
    void focusOnArea(const QRectF &area);

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace bulwark::gui
