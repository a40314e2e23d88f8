// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/document.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QFontMetricsF;
class QPainter;

namespace bulwark::reports {

/// The colours and type a chart is drawn in: the Dashboard passes its palette (light or dark), reports the print
/// colours. A tone's colour is the same everywhere a verdict is coloured (red, amber, green; the neutral bar blue).
struct ChartStyle {
    QString fontFamily = QStringLiteral("DejaVu Sans");
    qreal pointSize = 8; ///< labels and values; the title is one point larger and bold
    QColor text{0x1a, 0x1a, 0x1a};
    QColor mutedText{0x5f, 0x63, 0x68}; ///< axis numbers, "no data"
    QColor grid{0xd0, 0xd3, 0xd8};      ///< grid lines and the axis
    QColor background;                  ///< invalid: transparent (the page shows through)
    QColor neutral{0x2d, 0x4f, 0x7c};   ///< a bar without a tone
    QColor good{0x2e, 0x8b, 0x57};
    QColor warning{0xd9, 0x8c, 0x00};
    QColor bad{0xc0, 0x39, 0x2b};

    /// Black text on white paper, in the report's font (DejaVu Sans, 8 pt).
    static ChartStyle print();
    QColor colour(Tone tone) const;
    /// The font of labels (bold: the title), with PreferNoShaping as the PDF back end uses (searchable words).
    QFont font(bool bold = false) const;
    bool operator==(const ChartStyle &other) const = default;
};

/// One bar: a category, its value and the words beside it.
struct ChartBar {
    QString label;     ///< the category, left of the bar ("Applications", "PRV-CLOUD", "II ICT risk management")
    double value = 0;  ///< in the chart's unit; negative: no value (no bar, only `valueText`, e.g. "not scored")
    QString valueText; ///< beside the bar, with its unit ("80 % (4 of 5), alarm"); empty: the number
    Tone tone = Tone::Neutral;
    QColor colour;   ///< overrides the tone's colour when valid
    QString toolTip; ///< the GUI's tooltip; empty: label and value text
    bool operator==(const ChartBar &other) const = default;
};

/// A vertical line across the bars at a value (a concentration warning or alarm level), labelled above the bars.
struct ChartThreshold {
    double value = 0;
    QString label; ///< "warning 50 %"
    Tone tone = Tone::Warning;
    bool operator==(const ChartThreshold &other) const = default;
};

/// Horizontal bars, top to bottom in the order given, over a value axis from 0.
struct BarChart {
    QString title;                          ///< above the bars; empty: none
    std::vector<ChartBar> bars;             ///< drawn top to bottom
    double maximum = 0;                     ///< the axis' end; 0: a round number at or above the largest value
    QString unit;                           ///< after the axis' numbers ("%"); empty: plain numbers
    std::vector<ChartThreshold> thresholds; ///< from the model's levels (analysis::VerdictOptions), never typed here
    QString emptyText;                      ///< painted when isEmpty(); empty: "No data"
    bool operator==(const BarChart &other) const = default;
};

/// A whole split into parts (critical functions with and without a single point of failure; verdict counts): one
/// 100 % bar per row, its parts in the parts' order, with a legend that gives each part's words, count and share.
struct SplitChart {
    struct Part {
        QString label; ///< "With a single point of failure"
        Tone tone = Tone::Neutral;
        QColor colour; ///< overrides the tone's colour when valid
        bool operator==(const Part &other) const = default;
    };
    struct Row {
        QString label;              ///< left of the bar; empty for a chart of one row (the bar takes the width)
        std::vector<double> values; ///< per part (counts)
        bool operator==(const Row &other) const = default;
    };
    QString title;
    std::vector<Part> parts;
    std::vector<Row> rows;
    QString emptyText; ///< painted when every row sums to 0; empty: "No data"
    bool operator==(const SplitChart &other) const = default;
};

/// A chart drawn with plain QPainter calls (vectors, text as text) into any painter: a report's PDF or SVG, the
/// Dashboard's widget. Immutable; the GUI makes a restyled copy when the palette changes. Deterministic: the same
/// chart, style, target and device give the same drawing.
class ChartPainter : public FigurePainter
{
    Q_DECLARE_TR_FUNCTIONS(ChartPainter)
public:
    explicit ChartPainter(ChartStyle style);
    const ChartStyle &style() const { return m_style; }
    /// The same chart in another style.
    virtual std::shared_ptr<const ChartPainter> withStyle(const ChartStyle &style) const = 0;
    /// The items `hitTest` can return (bars; for a split chart row * parts + part).
    virtual int count() const = 0;
    /// The item under `point` when the chart is painted into `target` (the same layout as paint()), -1: none.
    /// Font sizes are measured for the screen, as a widget paints.
    virtual int hitTest(const QPointF &point, const QRectF &target) const = 0;
    /// Words for item `index` (a tooltip).
    virtual QString toolTip(int index) const = 0;

protected:
    /// What every chart paints first: antialiasing, the background, and for an empty chart "No data" (or
    /// `emptyText`) in the middle of `target`. Returns false when the chart is empty (nothing more to paint).
    bool paintFrame(QPainter &painter, const QRectF &target, bool empty, const QString &emptyText) const;
    /// The chart's title in bold, elided to `box`; nothing when `box` is empty.
    void paintTitle(QPainter &painter, const QRectF &box, const QString &title) const;

private:
    ChartStyle m_style;
};

/// Paints a BarChart (the Dashboard's register and concentration charts, the report's scores by chapter).
class BarChartPainter final : public ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(BarChartPainter)
public:
    /// `width` in points; the height follows from the number of bars.
    explicit BarChartPainter(BarChart chart, ChartStyle style = ChartStyle::print(), qreal width = 480);
    const BarChart &chart() const { return m_chart; }
    QSizeF size() const override;
    void paint(QPainter &painter, const QRectF &target) const override;
    std::shared_ptr<const ChartPainter> withStyle(const ChartStyle &style) const override;
    int count() const override { return int(m_chart.bars.size()); }
    int hitTest(const QPointF &point, const QRectF &target) const override;
    QString toolTip(int index) const override;
    /// The axis' end: `maximum`, or a round number at or above the largest value (1 for an empty chart).
    double axisMaximum() const;
    /// Whether there is nothing to show: no bar with a value above 0 or words of its own.
    bool isEmpty() const;

    struct Layout; ///< where everything goes in a target (chartpainter.cpp)

private:
    Layout layout(const QFontMetricsF &metrics, const QFontMetricsF &bold, const QRectF &target) const;
    BarChart m_chart;
    qreal m_width;
};

/// Paints a SplitChart.
class SplitChartPainter final : public ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(SplitChartPainter)
public:
    explicit SplitChartPainter(SplitChart chart, ChartStyle style = ChartStyle::print(), qreal width = 480);
    const SplitChart &chart() const { return m_chart; }
    QSizeF size() const override;
    void paint(QPainter &painter, const QRectF &target) const override;
    std::shared_ptr<const ChartPainter> withStyle(const ChartStyle &style) const override;
    int count() const override { return int(m_chart.rows.size() * m_chart.parts.size()); }
    int hitTest(const QPointF &point, const QRectF &target) const override;
    QString toolTip(int index) const override;
    bool isEmpty() const;

    struct Layout;

private:
    Layout layout(const QFontMetricsF &metrics, const QFontMetricsF &bold, const QRectF &target) const;
    /// A part's words in the legend; for a chart of one row with its count and share ("Without: 4 (57 %)").
    QString legendText(std::size_t part) const;
    qreal labelColumnEstimate() const;
    SplitChart m_chart;
    qreal m_width;
};

/// A score per chapter, 0-100 %: one bar per chapter (label "II ICT risk management"), its score in words beside
/// it ("62.5 %", "not scored" without a bar), coloured by the tone the caller judged it with.
struct ChapterScore {
    QString label;
    double score = -1; ///< 0-100; negative: not scored
    QString scoreText; ///< "62.5 %"
    Tone tone = Tone::Neutral;
};
BarChart scoreChart(const std::vector<ChapterScore> &scores, const QString &title = {});

} // namespace bulwark::reports
