// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/propagation.h"
#include "model/result.h"
#include "reports/map/maplayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QPageSize>
#include <QPainterPath>
#include <QPolygonF>

#include <cstdint>
#include <vector>

class QPainter;

namespace bulwark {
class Feedback;
}

namespace bulwark::reports {

/// How the dependency map is drawn, shared by the GUI's map (one graphics item per element and dependency), its
/// export, the command line's `map` and report figures, so that they all look the same.
class MapPainter
{
    Q_DECLARE_TR_FUNCTIONS(MapPainter)
public:
    /// A highlighted element and what it needs / what needs it, as the GUI marks them.
    enum class Mark : std::uint8_t { None, Needs, NeededBy, Focus };

    struct NodeLook {
        ElementKind kind = ElementKind::Application;
        QString key;
        QString name;
        bool critical = false;
        analysis::State state = analysis::State::Up;
        bool coloured = false; ///< an impact overlay colours the state
        bool failed = false;
        Mark mark = Mark::None;
        bool spof = false; ///< a single point of failure of the function shown: a dashed magenta outline, "SPOF"
        int count = 0;     ///< more than 0: a group of this many elements (key: its label, name: its detail), a stack
    };
    /// A dependency's curve and arrow head, built once from the layout.
    struct EdgeShape {
        QPainterPath path;
        QPolygonF arrow;
        QPointF start;
    };

    static QColor kindColour(ElementKind kind);
    static QColor stateColour(analysis::State state);
    /// The highlight colours: what the highlighted element needs (blue), what needs it (violet).
    static QColor needsColour() { return QColor(0x1f, 0x6f, 0xb2); }
    static QColor neededByColour() { return QColor(0x7b, 0x3f, 0xa0); }
    /// The mark of a single point of failure (magenta: apart from the kind, state and highlight colours).
    static QColor spofColour() { return QColor(0xc2, 0x18, 0x7a); }
    static EdgeShape edgeShape(const MapGeometry::Edge &edge);

    /// A box with a kind stripe, the key in bold, the name below, a diamond for a critical function.
    static void paintNode(QPainter &painter, const QRectF &rect, const NodeLook &look);
    /// Solid for hard, dashed for soft, a dot at the start for a redundancy group member; `highlight` (when valid)
    /// draws it thicker in that colour.
    static void
    paintEdge(QPainter &painter, const EdgeShape &shape, bool hard, bool grouped, const QColor &highlight = {});

    /// What a figure shows besides the drawing.
    struct Figure {
        QString title;
        QString subtitle;
        const std::vector<analysis::State> *states = nullptr; ///< per snapshot element; null: no impact colours
        std::vector<int> failed;                              ///< sorted snapshot indices
        std::vector<int> spofs; ///< sorted snapshot indices of single points of failure to mark
        /// A line right of the title: when it was drawn and from which register state (evidence for a reader).
        QString caption;
        /// PDF only: the paper the figure is scaled to fit (A4, A3, ...); Custom: one page the size of the figure.
        QPageSize::PageSizeId pageSize = QPageSize::Custom;
        bool landscape = false;
    };
    static constexpr double headerHeight = 58;
    static constexpr double footerHeight = 30;
    /// The size of a figure of `geometry` (points): the drawing, a title band above, a legend below.
    static QSizeF figureSize(const MapGeometry &geometry);
    /// Draws a whole figure: title band, every dependency and element, legend. With `feedback`, reports progress
    /// (0-80) and stops drawing early when it is canceled.
    static void paintFigure(QPainter &painter,
                            const QSizeF &size,
                            const analysis::GraphSnapshot &snapshot,
                            const MapGraph &graph,
                            const MapGeometry &geometry,
                            const Figure &figure,
                            Feedback *feedback = nullptr);
    /// Writes a figure to `path`: SVG when it ends in .svg, PDF when it ends in .pdf (on `figure.pageSize`, scaled to
    /// fit within 10 mm margins, never enlarged), else PNG at twice the size (at most 16,000 pixels a side). Needs a
    /// QGuiApplication (fonts); paints on a QImage or QSvgGenerator only, so it may run on a worker thread. Progress
    /// 0-100 and cancel (Error::Code::Canceled, nothing written) through `feedback`.
    [[nodiscard]] static Result<void> writeFigure(const QString &path,
                                                  const analysis::GraphSnapshot &snapshot,
                                                  const MapGraph &graph,
                                                  const MapGeometry &geometry,
                                                  const Figure &figure,
                                                  Feedback *feedback = nullptr);
};

} // namespace bulwark::reports
