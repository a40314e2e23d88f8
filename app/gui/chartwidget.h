// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/charts/chartpainter.h"

#include <QWidget>

#include <memory>

namespace bulwark::gui {

/// Shows a chart drawn by a reports::ChartPainter, the same painter a report's figure uses: in the palette's colours
/// (restyled when the palette changes, light or dark), with a tooltip per item and clicked(index) on a click.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);
    /// Shows `painter`'s chart in the palette's style (its own style is replaced).
    void setChart(const std::shared_ptr<const reports::ChartPainter> &painter);
    std::shared_ptr<const reports::ChartPainter> chart() const { return m_painter; }
    /// Whether items can be clicked (a pointing hand over them); on by default.
    void setClickable(bool clickable) { m_clickable = clickable; }
    /// The item at `point` (widget coordinates), -1: none.
    int itemAt(const QPointF &point) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The chart style of the application's palette: its text, grid and base colours, the widget's font family.
    static reports::ChartStyle paletteStyle(const QWidget *widget);

Q_SIGNALS:
    /// Item `index` (a bar; for a split chart row * parts + part) was clicked.
    void clicked(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::shared_ptr<const reports::ChartPainter> m_painter;
    bool m_clickable = true;
};

} // namespace bulwark::gui
