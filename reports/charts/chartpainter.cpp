// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/charts/chartpainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bulwark::reports {
namespace {

constexpr qreal pad = 4;     ///< around the chart
constexpr qreal gap = 6;     ///< between a label and its bar, a bar and its value
constexpr qreal lineGap = 2; ///< between a row of text and what follows

/// A round number at or above `value`: 1, 2, 2.5, 5 times a power of ten.
double niceCeil(double value)
{
    if (value <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * power >= value - 1e-9)
            return step * power;
    }
    return 10 * power;
}

/// The axis' tick step for [0, maximum]: four or five intervals of a round size (whole numbers for counts).
double tickStep(double maximum)
{
    double step = niceCeil(maximum / 5);
    if (maximum >= 1 && step < 1)
        step = 1;
    return step;
}

QString numberText(double value)
{
    // The shortest exact form ("12", "62.5"), in the C locale so that two machines draw the same.
    return QString::number(value, 'g', 6);
}

QString withUnit(const QString &number, const QString &unit)
{
    if (unit.isEmpty())
        return number;
    return unit == u"%" ? number + QStringLiteral(" %") : number + u' ' + unit;
}

/// Text that reads on `fill`: white on a dark fill, the chart's text colour's dark counterpart on a light one.
QColor textOn(const QColor &fill)
{
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance < 0.6 ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a);
}

/// Line heights for size(): nominal, so that a figure's designed size does not depend on the machine.
qreal nominalLine(const ChartStyle &style)
{
    return style.pointSize * 1.25;
}

} // namespace

ChartStyle ChartStyle::print()
{
    ChartStyle style;
    style.background = QColor(Qt::white);
    return style;
}

QColor ChartStyle::colour(Tone tone) const
{
    switch (tone) {
        case Tone::Good: return good;
        case Tone::Warning: return warning;
        case Tone::Bad: return bad;
        case Tone::Neutral: return neutral;
    }
    return neutral;
}

QFont ChartStyle::font(bool bold) const
{
    QFont f(fontFamily);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(bold ? pointSize + 1 : pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

ChartPainter::ChartPainter(ChartStyle style) : m_style(std::move(style))
{ }

bool ChartPainter::paintFrame(QPainter &painter, const QRectF &target, bool empty, const QString &emptyText) const
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (m_style.background.isValid())
        painter.fillRect(target, m_style.background);
    if (!empty)
        return true;
    painter.setFont(m_style.font());
    painter.setPen(m_style.mutedText);
    painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, emptyText.isEmpty() ? tr("No data") : emptyText);
    return false;
}

void ChartPainter::paintTitle(QPainter &painter, const QRectF &box, const QString &title) const
{
    if (box.isEmpty())
        return;
    const QFont bold = m_style.font(true);
    painter.setFont(bold);
    painter.setPen(m_style.text);
    painter.drawText(box,
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(bold, painter.device()).elidedText(title, Qt::ElideRight, box.width()));
}

namespace {

/// A category's words, right-aligned in `box`: on one line, or broken at a space onto two when the row is tall
/// enough (a chapter's title), the rest elided; never cut without the "...".
void paintLabel(QPainter &painter, const QFontMetricsF &metrics, const QRectF &box, const QString &label)
{
    if (metrics.horizontalAdvance(label) <= box.width() || box.height() < 2 * metrics.height()) {
        painter.drawText(
            box, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(label, Qt::ElideRight, box.width()));
        return;
    }
    // The longest first line that fits, ending at a space.
    qsizetype cut = -1;
    for (qsizetype i = label.indexOf(u' '); i > 0; i = label.indexOf(u' ', i + 1)) {
        if (metrics.horizontalAdvance(label.left(i)) > box.width())
            break;
        cut = i;
    }
    const QString first = cut > 0 ? label.left(cut) : metrics.elidedText(label, Qt::ElideRight, box.width());
    const QString second = cut > 0 ? metrics.elidedText(label.mid(cut + 1), Qt::ElideRight, box.width()) : QString();
    const qreal line = metrics.height();
    const qreal top = box.center().y() - (second.isEmpty() ? line / 2 : line);
    painter.drawText(QRectF(box.left(), top, box.width(), line), Qt::AlignRight | Qt::AlignVCenter, first);
    if (!second.isEmpty())
        painter.drawText(QRectF(box.left(), top + line, box.width(), line), Qt::AlignRight | Qt::AlignVCenter, second);
}

} // namespace

// ---- Bar chart -------------------------------------------------------------------------------------------------

struct BarChartPainter::Layout {
    QRectF title;         ///< empty: none
    qreal thresholdY = 0; ///< top of the thresholds' labels
    QRectF plot;          ///< the bars' area: x from 0 to the axis' end, y over all rows
    qreal labelWidth = 0;
    qreal rowHeight = 0;
    qreal barThickness = 0;
    qreal axisY = 0; ///< top of the axis' numbers
    double maximum = 1;

    qreal x(double value) const { return plot.left() + plot.width() * std::clamp(value / maximum, 0.0, 1.0); }
};

BarChartPainter::BarChartPainter(BarChart chart, ChartStyle style, qreal width)
    : ChartPainter(std::move(style)),
      m_chart(std::move(chart)),
      m_width(width)
{ }

double BarChartPainter::axisMaximum() const
{
    if (m_chart.maximum > 0)
        return m_chart.maximum;
    double largest = 0;
    for (const ChartBar &bar : m_chart.bars)
        largest = std::max(largest, bar.value);
    return niceCeil(largest);
}

bool BarChartPainter::isEmpty() const
{
    // A bar that says something in words ("0 %", "not scored") is data; a count of 0 with nothing to say is not.
    return std::none_of(m_chart.bars.begin(), m_chart.bars.end(), [](const ChartBar &b) {
        return b.value > 0 || !b.valueText.isEmpty();
    });
}

QSizeF BarChartPainter::size() const
{
    const qreal line = nominalLine(style());
    qreal height = 2 * pad;
    if (!m_chart.title.isEmpty())
        height += line + 2 + lineGap * 2;
    if (!m_chart.thresholds.empty())
        height += line + lineGap;
    // A label longer than its column (two fifths of the width, at a mean character width) gets two lines.
    const bool twoLines = std::any_of(m_chart.bars.begin(), m_chart.bars.end(), [&](const ChartBar &bar) {
        return bar.label.size() * style().pointSize * 0.55 > (m_width - 2 * pad) * 0.4;
    });
    height += std::max<qsizetype>(1, qsizetype(m_chart.bars.size())) * line * (twoLines ? 2.5 : 1.8);
    height += line + lineGap; // the axis' numbers
    return QSizeF(m_width, std::ceil(height));
}

std::shared_ptr<const ChartPainter> BarChartPainter::withStyle(const ChartStyle &newStyle) const
{
    return std::make_shared<BarChartPainter>(m_chart, newStyle, m_width);
}

static QString valueTextOf(const ChartBar &bar, const QString &unit)
{
    if (!bar.valueText.isEmpty())
        return bar.valueText;
    return bar.value < 0 ? QString() : withUnit(numberText(bar.value), unit);
}

BarChartPainter::Layout
BarChartPainter::layout(const QFontMetricsF &metrics, const QFontMetricsF &bold, const QRectF &target) const
{
    Layout l;
    l.maximum = axisMaximum();
    const QRectF inner = target.adjusted(pad, pad, -pad, -pad);
    const qreal line = metrics.height();
    qreal y = inner.top();
    if (!m_chart.title.isEmpty()) {
        l.title = QRectF(inner.left(), y, inner.width(), bold.height());
        y += bold.height() + lineGap * 2;
    }
    if (!m_chart.thresholds.empty()) {
        l.thresholdY = y;
        y += line + lineGap;
    }
    const qreal bottom = inner.bottom() - line - lineGap;
    qreal labelWidth = 0;
    qreal valueWidth = 0;
    for (const ChartBar &bar : m_chart.bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(valueTextOf(bar, m_chart.unit)));
    }
    // The axis' last number is centred on the plot's end: keep half of it inside.
    valueWidth = std::max(valueWidth, metrics.horizontalAdvance(withUnit(numberText(l.maximum), m_chart.unit)) / 2);
    valueWidth = std::min(std::ceil(valueWidth), inner.width() * 0.35);
    // Categories take what they need up to half the width, leaving the bars at least a third.
    const qreal labelRoom = std::max(inner.width() * 0.25, inner.width() * 0.65 - valueWidth - 2 * gap);
    l.labelWidth = std::min({std::ceil(labelWidth), inner.width() * 0.5, labelRoom});
    const qreal left = inner.left() + (l.labelWidth > 0 ? l.labelWidth + gap : 0);
    const qreal right = inner.right() - valueWidth - gap;
    const int rows = std::max(1, int(m_chart.bars.size()));
    l.plot = QRectF(left, y, std::max<qreal>(1, right - left), std::max<qreal>(1, bottom - y));
    l.rowHeight = l.plot.height() / rows;
    l.barThickness = std::min(l.rowHeight * 0.68, line * 1.5);
    l.axisY = l.plot.bottom() + lineGap;
    return l;
}

void BarChartPainter::paint(QPainter &painter, const QRectF &target) const
{
    painter.save();
    if (!paintFrame(painter, target, isEmpty(), m_chart.emptyText)) {
        painter.restore();
        return;
    }
    const ChartStyle &s = style();
    const QFont font = s.font();
    const QFont boldFont = s.font(true);
    const QFontMetricsF metrics(font, painter.device());
    const QFontMetricsF bold(boldFont, painter.device());
    const Layout l = layout(metrics, bold, target);

    paintTitle(painter, l.title, m_chart.title);

    // Grid and axis numbers.
    painter.setFont(font);
    // Fewer numbers on a narrow axis: each keeps its width and a little more between them.
    double step = tickStep(l.maximum);
    const qreal widest = metrics.horizontalAdvance(withUnit(numberText(l.maximum), m_chart.unit)) + 8;
    while (step < l.maximum && l.plot.width() * step / l.maximum < widest)
        step = niceCeil(step * 1.01 + step);
    QPen gridPen(s.grid, 0.6);
    for (int i = 0;; ++i) {
        const double value = i * step;
        if (value > l.maximum + step * 1e-6)
            break;
        const qreal x = l.x(value);
        painter.setPen(gridPen);
        painter.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
        const QString text = withUnit(numberText(value), m_chart.unit);
        const qreal w = metrics.horizontalAdvance(text);
        painter.setPen(s.mutedText);
        painter.drawText(QRectF(x - w / 2 - 1, l.axisY, w + 2, metrics.height()), Qt::AlignCenter, text);
    }
    painter.setPen(QPen(s.mutedText, 0.8));
    painter.drawLine(QPointF(l.plot.left(), l.plot.top()), QPointF(l.plot.left(), l.plot.bottom()));

    // Bars and their categories.
    std::vector<qreal> ends;
    for (int i = 0; i < int(m_chart.bars.size()); ++i) {
        const ChartBar &bar = m_chart.bars[std::size_t(i)];
        const qreal top = l.plot.top() + i * l.rowHeight;
        const qreal centre = top + l.rowHeight / 2;
        if (l.labelWidth > 0) {
            painter.setPen(s.text);
            paintLabel(painter,
                       metrics,
                       QRectF(l.plot.left() - gap - l.labelWidth, top, l.labelWidth, l.rowHeight),
                       bar.label);
        }
        qreal end = l.plot.left();
        if (bar.value > 0) {
            end = std::max(l.x(bar.value), l.plot.left() + 1.5); // a tiny value stays visible
            const QColor fill = bar.colour.isValid() ? bar.colour : s.colour(bar.tone);
            painter.fillRect(QRectF(l.plot.left(), centre - l.barThickness / 2, end - l.plot.left(), l.barThickness),
                             fill);
        }
        ends.push_back(end);
    }

    // Thresholds over the bars: dashed lines, their words above (the last one to the right of its line, the others
    // to the left, so that two close levels do not write over each other).
    for (const ChartThreshold &t : m_chart.thresholds) {
        painter.setPen(QPen(s.colour(t.tone), 1.2, Qt::DashLine));
        painter.drawLine(QPointF(l.x(t.value), l.thresholdY), QPointF(l.x(t.value), l.plot.bottom()));
    }

    // The values' words beside the bars, on the background so that no grid or threshold line runs through them.
    for (int i = 0; i < int(m_chart.bars.size()); ++i) {
        const QString value = valueTextOf(m_chart.bars[std::size_t(i)], m_chart.unit);
        if (value.isEmpty())
            continue;
        const qreal x = ends[std::size_t(i)] + gap;
        const qreal room = std::max<qreal>(1, target.right() - pad - x);
        const QString shown = metrics.elidedText(value, Qt::ElideRight, room);
        const qreal top = l.plot.top() + i * l.rowHeight;
        if (s.background.isValid()) {
            const qreal h = metrics.height();
            painter.fillRect(
                QRectF(x - 2, top + (l.rowHeight - h) / 2, std::min(room + 2, metrics.horizontalAdvance(shown) + 4), h),
                s.background);
        }
        painter.setPen(s.text);
        painter.drawText(QRectF(x, top, room, l.rowHeight), Qt::AlignLeft | Qt::AlignVCenter, shown);
    }

    for (std::size_t i = 0; i < m_chart.thresholds.size(); ++i) {
        const ChartThreshold &t = m_chart.thresholds[i];
        const qreal x = l.x(t.value);
        const qreal w = metrics.horizontalAdvance(t.label);
        const bool last = i + 1 == m_chart.thresholds.size();
        const QRectF box = last ? QRectF(x + 3, l.thresholdY, w + 1, metrics.height())
                                : QRectF(x - 3 - w - 1, l.thresholdY, w + 1, metrics.height());
        painter.setPen(s.text);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    painter.restore();
}

int BarChartPainter::hitTest(const QPointF &point, const QRectF &target) const
{
    if (isEmpty() || !target.contains(point))
        return -1;
    const QFontMetricsF metrics(style().font());
    const QFontMetricsF bold(style().font(true));
    const Layout l = layout(metrics, bold, target);
    if (point.y() < l.plot.top() || point.y() >= l.plot.bottom())
        return -1;
    const int index = int((point.y() - l.plot.top()) / l.rowHeight);
    return index >= 0 && index < count() ? index : -1;
}

QString BarChartPainter::toolTip(int index) const
{
    if (index < 0 || index >= count())
        return {};
    const ChartBar &bar = m_chart.bars[std::size_t(index)];
    if (!bar.toolTip.isEmpty())
        return bar.toolTip;
    return tr("%1: %2").arg(bar.label, valueTextOf(bar, m_chart.unit));
}

// ---- Split chart -----------------------------------------------------------------------------------------------

struct SplitChartPainter::Layout {
    QRectF title;
    qreal labelWidth = 0;
    qreal barLeft = 0;
    qreal barWidth = 0;
    qreal rowHeight = 0;
    qreal barThickness = 0;
    qreal rowsTop = 0;
    std::vector<QRectF> legend; ///< per part: swatch and words, flowing in lines under the bars
};

namespace {

double total(const SplitChart::Row &row)
{
    return std::accumulate(row.values.begin(), row.values.end(), 0.0);
}

double valueAt(const SplitChart::Row &row, std::size_t part)
{
    return part < row.values.size() ? std::max(0.0, row.values[part]) : 0.0;
}

QString shareText(double value, double sum)
{
    return sum > 0 ? QString::number(std::round(value / sum * 100), 'f', 0) + QStringLiteral(" %") : QString();
}

} // namespace

SplitChartPainter::SplitChartPainter(SplitChart chart, ChartStyle style, qreal width)
    : ChartPainter(std::move(style)),
      m_chart(std::move(chart)),
      m_width(width)
{ }

bool SplitChartPainter::isEmpty() const
{
    for (const SplitChart::Row &row : m_chart.rows) {
        if (std::accumulate(row.values.begin(), row.values.end(), 0.0) > 0)
            return false;
    }
    return true;
}

QSizeF SplitChartPainter::size() const
{
    const qreal line = nominalLine(style());
    qreal height = 2 * pad;
    if (!m_chart.title.isEmpty())
        height += line + 2 + lineGap * 2;
    height += std::max<qsizetype>(1, qsizetype(m_chart.rows.size())) * line * 2.4;
    // The legend's lines, estimated with a mean character width (the designed size must not depend on the fonts of
    // the machine; paint() measures and spreads what is left over).
    const qreal available = m_width - 2 * pad - labelColumnEstimate();
    int lines = m_chart.parts.empty() ? 0 : 1;
    qreal x = 0;
    for (std::size_t p = 0; p < m_chart.parts.size(); ++p) {
        const qreal w = legendText(p).size() * style().pointSize * 0.6 + line + 3 * gap;
        if (x > 0 && x + w > available) {
            ++lines;
            x = 0;
        }
        x += w;
    }
    height += lines * (line + lineGap) + lineGap * 2;
    return QSizeF(m_width, std::ceil(height));
}

std::shared_ptr<const ChartPainter> SplitChartPainter::withStyle(const ChartStyle &newStyle) const
{
    return std::make_shared<SplitChartPainter>(m_chart, newStyle, m_width);
}

SplitChartPainter::Layout
SplitChartPainter::layout(const QFontMetricsF &metrics, const QFontMetricsF &bold, const QRectF &target) const
{
    Layout l;
    const QRectF inner = target.adjusted(pad, pad, -pad, -pad);
    const qreal line = metrics.height();
    qreal y = inner.top();
    if (!m_chart.title.isEmpty()) {
        l.title = QRectF(inner.left(), y, inner.width(), bold.height());
        y += bold.height() + lineGap * 2;
    }
    for (const SplitChart::Row &row : m_chart.rows)
        l.labelWidth = std::max(l.labelWidth, metrics.horizontalAdvance(row.label));
    l.labelWidth = std::min(std::ceil(l.labelWidth), inner.width() * 0.35);
    l.barLeft = inner.left() + (l.labelWidth > 0 ? l.labelWidth + gap : 0);
    l.barWidth = std::max<qreal>(1, inner.right() - l.barLeft);
    // The legend: its entries side by side, in as many lines as they need.
    const qreal swatch = std::round(line * 0.7);
    std::vector<QRectF> entries;
    {
        qreal x = 0;
        qreal ly = 0;
        const qreal available = inner.right() - l.barLeft;
        for (std::size_t p = 0; p < m_chart.parts.size(); ++p) {
            const qreal w = std::min(available, swatch + gap + metrics.horizontalAdvance(legendText(p)) + 1);
            if (x > 0 && x + w > available) {
                x = 0;
                ly += line + lineGap;
            }
            entries.push_back(QRectF(x, ly, w, line));
            x += w + 2 * gap;
        }
    }
    const qreal legendHeight = entries.empty() ? 0 : entries.back().bottom() + lineGap * 3;
    const int rows = std::max(1, int(m_chart.rows.size()));
    const qreal rowsHeight = std::max<qreal>(line, inner.bottom() - legendHeight - y);
    l.rowHeight = std::min(rowsHeight / rows, line * 4);
    l.barThickness = std::min(l.rowHeight * 0.7, line * 2.2);
    // What is left over goes above and below the bars and the legend alike, so that they stay together.
    const qreal used = l.rowHeight * rows + legendHeight;
    const qreal spare = std::max<qreal>(0, inner.bottom() - y - used);
    l.rowsTop = y + spare / 2;
    const QPointF legendOrigin(l.barLeft, l.rowsTop + l.rowHeight * rows + lineGap * 2);
    for (const QRectF &entry : entries)
        l.legend.push_back(entry.translated(legendOrigin));
    return l;
}

void SplitChartPainter::paint(QPainter &painter, const QRectF &target) const
{
    painter.save();
    if (!paintFrame(painter, target, isEmpty(), m_chart.emptyText)) {
        painter.restore();
        return;
    }
    const ChartStyle &s = style();
    const QFont font = s.font();
    const QFont boldFont = s.font(true);
    const QFontMetricsF metrics(font, painter.device());
    const QFontMetricsF bold(boldFont, painter.device());
    const Layout l = layout(metrics, bold, target);
    paintTitle(painter, l.title, m_chart.title);
    painter.setFont(font);
    auto fillOf = [&](std::size_t p) {
        const SplitChart::Part &part = m_chart.parts[p];
        return part.colour.isValid() ? part.colour : s.colour(part.tone);
    };
    for (std::size_t r = 0; r < m_chart.rows.size(); ++r) {
        const SplitChart::Row &row = m_chart.rows[r];
        const qreal top = l.rowsTop + qreal(r) * l.rowHeight;
        const qreal barTop = top + (l.rowHeight - l.barThickness) / 2;
        if (l.labelWidth > 0) {
            painter.setPen(s.text);
            painter.drawText(QRectF(l.barLeft - gap - l.labelWidth, top, l.labelWidth, l.rowHeight),
                             Qt::AlignRight | Qt::AlignVCenter,
                             metrics.elidedText(row.label, Qt::ElideRight, l.labelWidth));
        }
        const double sum = total(row);
        if (sum <= 0) {
            painter.setPen(s.mutedText);
            painter.drawText(QRectF(l.barLeft, top, l.barWidth, l.rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             m_chart.emptyText.isEmpty() ? tr("No data") : m_chart.emptyText);
            continue;
        }
        qreal x = l.barLeft;
        for (std::size_t p = 0; p < m_chart.parts.size(); ++p) {
            const double value = valueAt(row, p);
            if (value <= 0)
                continue;
            const qreal w = l.barWidth * value / sum;
            const QRectF segment(x, barTop, w, l.barThickness);
            const QColor fill = fillOf(p);
            painter.fillRect(segment, fill);
            // A thin line between parts in the background colour, so that a grey print still shows the split.
            if (x > l.barLeft) {
                painter.setPen(QPen(s.background.isValid() ? s.background : QColor(Qt::white), 1));
                painter.drawLine(QPointF(x, barTop), QPointF(x, barTop + l.barThickness));
            }
            const QString count = numberText(value);
            if (metrics.horizontalAdvance(count) + 6 <= w) {
                painter.setPen(textOn(fill));
                painter.drawText(segment, Qt::AlignCenter, count);
            }
            x += w;
        }
    }
    // The legend: each part's words, and for a chart of one row its count and share.
    const qreal swatch = std::round(metrics.height() * 0.7);
    for (std::size_t p = 0; p < m_chart.parts.size() && p < l.legend.size(); ++p) {
        const QRectF &box = l.legend[p];
        painter.fillRect(QRectF(box.left(), box.center().y() - swatch / 2, swatch, swatch), fillOf(p));
        const QString text = legendText(p);
        painter.setPen(s.text);
        const QRectF words = box.adjusted(swatch + gap, 0, 0, 0);
        painter.drawText(
            words, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(text, Qt::ElideRight, words.width()));
    }
    painter.restore();
}

int SplitChartPainter::hitTest(const QPointF &point, const QRectF &target) const
{
    if (isEmpty() || !target.contains(point))
        return -1;
    const QFontMetricsF metrics(style().font());
    const QFontMetricsF bold(style().font(true));
    const Layout l = layout(metrics, bold, target);
    const int parts = int(m_chart.parts.size());
    for (int p = 0; p < int(l.legend.size()); ++p) {
        if (l.legend[std::size_t(p)].contains(point) && m_chart.rows.size() == 1)
            return p;
    }
    if (point.y() < l.rowsTop || point.x() < l.barLeft || point.x() > l.barLeft + l.barWidth)
        return -1;
    const int r = int((point.y() - l.rowsTop) / l.rowHeight);
    if (r < 0 || r >= int(m_chart.rows.size()))
        return -1;
    const SplitChart::Row &row = m_chart.rows[std::size_t(r)];
    const double sum = total(row);
    if (sum <= 0)
        return -1;
    qreal x = l.barLeft;
    for (int p = 0; p < parts; ++p) {
        const qreal w = l.barWidth * valueAt(row, std::size_t(p)) / sum;
        if (w > 0 && point.x() >= x && point.x() <= x + w)
            return r * parts + p;
        x += w;
    }
    return -1;
}

QString SplitChartPainter::toolTip(int index) const
{
    const int parts = int(m_chart.parts.size());
    if (index < 0 || index >= count() || parts == 0)
        return {};
    const SplitChart::Row &row = m_chart.rows[std::size_t(index / parts)];
    const std::size_t p = std::size_t(index % parts);
    const QString text
        = tr("%1: %2 (%3)")
              .arg(m_chart.parts[p].label, numberText(valueAt(row, p)), shareText(valueAt(row, p), total(row)));
    return row.label.isEmpty() ? text : row.label + QStringLiteral(": ") + text;
}

QString SplitChartPainter::legendText(std::size_t part) const
{
    const QString label = m_chart.parts[part].label;
    if (m_chart.rows.size() != 1)
        return label;
    const SplitChart::Row &row = m_chart.rows.front();
    return tr("%1: %2 (%3)").arg(label, numberText(valueAt(row, part)), shareText(valueAt(row, part), total(row)));
}

qreal SplitChartPainter::labelColumnEstimate() const
{
    qsizetype longest = 0;
    for (const SplitChart::Row &row : m_chart.rows)
        longest = std::max(longest, row.label.size());
    return longest > 0 ? std::min(longest * style().pointSize * 0.6, m_width * 0.35) + gap : 0;
}

BarChart scoreChart(const std::vector<ChapterScore> &scores, const QString &title)
{
    BarChart chart;
    chart.title = title;
    chart.maximum = 100;
    chart.unit = QStringLiteral("%");
    for (const ChapterScore &s : scores)
        chart.bars.push_back(ChartBar{s.label, s.score < 0 ? -1 : s.score, s.scoreText, s.tone, {}, {}});
    chart.emptyText = ChartPainter::tr("No chapter is scored yet.");
    return chart;
}

} // namespace bulwark::reports
