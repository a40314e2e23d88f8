// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/map/mapfigure.h"

#include <QPainter>

namespace bulwark::reports {

MapFigure::MapFigure(std::shared_ptr<const analysis::GraphSnapshot> snapshot,
                     MapGraph graph,
                     MapGeometry geometry,
                     MapPainter::Figure look,
                     std::vector<analysis::State> states)
    : m_snapshot(std::move(snapshot)),
      m_graph(std::move(graph)),
      m_geometry(std::move(geometry)),
      m_look(std::move(look)),
      m_states(std::move(states))
{
    m_look.states = m_states.empty() ? nullptr : &m_states;
}

Result<std::shared_ptr<const MapFigure>> MapFigure::create(std::shared_ptr<const analysis::GraphSnapshot> snapshot,
                                                           MapGraph graph,
                                                           MapPainter::Figure look,
                                                           std::vector<analysis::State> states)
{
    auto geometry = MapLayout::layout(*snapshot, graph);
    if (!geometry)
        return geometry.error();
    return std::make_shared<const MapFigure>(
        std::move(snapshot), std::move(graph), std::move(*geometry), std::move(look), std::move(states));
}

QSizeF MapFigure::size() const
{
    return MapPainter::figureSize(m_geometry);
}

void MapFigure::paint(QPainter &painter, const QRectF &target) const
{
    const QSizeF natural = size();
    if (natural.isEmpty())
        return;
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / natural.width(), target.height() / natural.height());
    MapPainter::paintFigure(painter, natural, *m_snapshot, m_graph, m_geometry, m_look);
    painter.restore();
}

} // namespace bulwark::reports
