// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/chartwidget.h"

#include "gui/theme.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace bulwark::gui {

ChartWidget::ChartWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

reports::ChartStyle ChartWidget::paletteStyle(const QWidget *widget)
{
    const QPalette p = widget->palette();
    reports::ChartStyle style;
    style.fontFamily = widget->font().family();
    style.pointSize = widget->font().pointSizeF() > 0 ? widget->font().pointSizeF() * 0.9 : 8;
    style.text = p.color(QPalette::Text);
    style.background = p.color(QPalette::Base);
    QColor muted = style.text;
    muted.setAlphaF(0.7f);
    style.mutedText = muted;
    QColor grid = style.text;
    grid.setAlpha(50);
    style.grid = grid;
    // The neutral bar: the report's blue, lighter on a dark base so that it stands out from it.
    const bool dark = style.background.lightness() < style.text.lightness();
    style.neutral = dark ? QColor(0x5b, 0x8f, 0xd0) : QColor(0x2d, 0x4f, 0x7c);
    style.good = theme::green;
    style.warning = theme::amber;
    style.bad = theme::red;
    return style;
}

void ChartWidget::setChart(const std::shared_ptr<const reports::ChartPainter> &painter)
{
    m_painter = painter ? painter->withStyle(paletteStyle(this)) : nullptr;
    // What a screen reader says: every item's words, as the tooltips give them one by one.
    QStringList words;
    for (int i = 0; m_painter && i < m_painter->count(); ++i)
        words << m_painter->toolTip(i);
    setAccessibleDescription(words.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

int ChartWidget::itemAt(const QPointF &point) const
{
    return m_painter ? m_painter->hitTest(point, QRectF(rect())) : -1;
}

QSize ChartWidget::sizeHint() const
{
    if (!m_painter)
        return {320, 220};
    // The chart's designed size is in points; the screen has logicalDpi pixels per inch.
    const QSizeF points = m_painter->size();
    const qreal scale = logicalDpiY() / 72.0;
    return QSizeF(points.width() * scale, points.height() * scale).toSize().expandedTo({200, 160});
}

QSize ChartWidget::minimumSizeHint() const
{
    return {160, 120};
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = itemAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_painter->toolTip(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_painter)
        m_painter->paint(painter, QRectF(rect()));
}

void ChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    const bool over = m_clickable && itemAt(event->position()) >= 0;
    setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void ChartWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton) {
        const int index = itemAt(event->position());
        if (index >= 0)
            Q_EMIT clicked(index);
    }
    QWidget::mouseReleaseEvent(event);
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && m_painter) {
        m_painter = m_painter->withStyle(paletteStyle(this)); // dark or light (issue 12)
        update();
    }
}

} // namespace bulwark::gui
