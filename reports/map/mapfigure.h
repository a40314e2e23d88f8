// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "reports/document.h"
#include "reports/map/maplayout.h"
#include "reports/map/mappainter.h"

#include <memory>

namespace bulwark::reports {

/// A dependency map as a report figure: MapPainter's drawing (the one the Map page and `bulwark map` show) of a laid
/// out part of the map, scaled into the figure's place on the page, vector and with text as text.
class MapFigure : public FigurePainter
{
public:
    MapFigure(std::shared_ptr<const analysis::GraphSnapshot> snapshot,
              MapGraph graph,
              MapGeometry geometry,
              MapPainter::Figure look,
              std::vector<analysis::State> states = {});
    MapFigure(const MapFigure &) = delete; // the look points into the figure's own states
    MapFigure &operator=(const MapFigure &) = delete;
    /// Lays out `graph` (Graphviz, MapLayout::layout) and makes the figure; refused when the layout fails.
    [[nodiscard]] static Result<std::shared_ptr<const MapFigure>>
    create(std::shared_ptr<const analysis::GraphSnapshot> snapshot,
           MapGraph graph,
           MapPainter::Figure look,
           std::vector<analysis::State> states = {});

    QSizeF size() const override;
    void paint(QPainter &painter, const QRectF &target) const override;

private:
    std::shared_ptr<const analysis::GraphSnapshot> m_snapshot;
    MapGraph m_graph;
    MapGeometry m_geometry;
    MapPainter::Figure m_look;
    std::vector<analysis::State> m_states; ///< per element; empty: no impact colours
};

} // namespace bulwark::reports
