// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/map/mappainter.h"

#include "model/exchange/safeoutput.h"
#include "model/feedback.h"
#include "model/register/vocabulary.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

namespace bulwark::reports {
namespace {

const QColor ink(0x24, 0x29, 0x33);
const QColor muted(0x6b, 0x72, 0x80);
const QColor edgeColour(0x8a, 0x93, 0xa3);

} // namespace

QColor MapPainter::kindColour(ElementKind kind)
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

QColor MapPainter::stateColour(analysis::State state)
{
    switch (state) {
        case analysis::State::Up: return QColor(0x2e, 0x8b, 0x57);
        case analysis::State::Degraded: return QColor(0xd9, 0x8c, 0x00);
        case analysis::State::Down: return QColor(0xc0, 0x39, 0x2b);
    }
    return Qt::gray;
}

MapPainter::EdgeShape MapPainter::edgeShape(const MapGeometry::Edge &edge)
{
    EdgeShape shape;
    const QList<QPointF> &p = edge.spline;
    if (!p.isEmpty()) {
        shape.path.moveTo(p.first());
        for (qsizetype i = 1; i + 2 < p.size(); i += 3)
            shape.path.cubicTo(p[i], p[i + 1], p[i + 2]);
        shape.start = p.first();
    }
    if (edge.hasArrow && !p.isEmpty()) {
        const QPointF base = p.last();
        const QPointF tip = edge.arrowTip;
        const QPointF along = tip - base;
        const QPointF across(-along.y() * 0.45, along.x() * 0.45);
        shape.arrow = QPolygonF({tip, base + across, base - across});
    }
    return shape;
}

void MapPainter::paintNode(QPainter &painter, const QRectF &rect, const NodeLook &look)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = Qt::white;
    QColor border(0xc4, 0xc9, 0xd2);
    qreal borderWidth = 1.0;
    if (look.coloured && look.state != analysis::State::Up) {
        fill = stateColour(look.state).lighter(look.failed ? 135 : 175);
        border = stateColour(look.state);
        borderWidth = look.failed ? 3.0 : 1.5;
    }
    switch (look.mark) {
        case Mark::Focus:
            border = ink;
            borderWidth = 3.0;
            break;
        case Mark::Needs:
            border = needsColour();
            borderWidth = 2.5;
            break;
        case Mark::NeededBy:
            border = neededByColour();
            borderWidth = 2.5;
            break;
        case Mark::None: break;
    }
    QRectF front = rect;
    if (look.count > 0) {
        // A group of elements: two cards behind the front one, offset up and right, inside the node's rectangle.
        constexpr qreal step = 4;
        front = rect.adjusted(0, 2 * step, -2 * step, 0);
        for (int k = 2; k >= 1; --k) {
            QPainterPath card;
            card.addRoundedRect(front.translated(k * step, -k * step), 5, 5);
            painter.fillPath(card, fill.darker(100 + 6 * k));
            painter.setPen(QPen(border, 1.0));
            painter.drawPath(card);
        }
    }
    QPainterPath box;
    box.addRoundedRect(front, 5, 5);
    painter.fillPath(box, fill);
    painter.save();
    painter.setClipPath(box);
    painter.fillRect(QRectF(front.left(), front.top(), 6, front.height()), kindColour(look.kind)); // kind stripe
    painter.restore();
    painter.setPen(QPen(border, borderWidth));
    painter.drawPath(box);

    const QRectF text = front.adjusted(11, look.count > 0 ? 1 : 4, -6, look.count > 0 ? -1 : -4);
    QFont keyFont = painter.font();
    keyFont.setPointSizeF(8.5);
    keyFont.setBold(true);
    QFont nameFont = painter.font();
    nameFont.setPointSizeF(7.5);
    nameFont.setBold(false);
    painter.setFont(keyFont);
    painter.setPen(ink);
    const QString key
        = QFontMetricsF(keyFont).elidedText(look.key, Qt::ElideMiddle, text.width() - (look.critical ? 12 : 0));
    painter.drawText(
        QRectF(text.left(), text.top(), text.width(), text.height() / 2), Qt::AlignLeft | Qt::AlignVCenter, key);
    if (look.critical) {
        // A small diamond marks a critical or important function.
        const QPointF c(text.right() - 4, text.top() + text.height() / 4);
        painter.setBrush(QColor(0xc0, 0x39, 0x2b));
        painter.setPen(Qt::NoPen);
        painter.drawPolygon(QPolygonF({c + QPointF(0, -4), c + QPointF(4, 0), c + QPointF(0, 4), c + QPointF(-4, 0)}));
    }
    painter.setFont(nameFont);
    painter.setPen(muted.darker(120));
    painter.drawText(
        QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(nameFont).elidedText(look.name, Qt::ElideRight, text.width() - (look.spof ? 30 : 0)));
    if (look.spof) {
        painter.setPen(QPen(spofColour(), 2.0, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(front.adjusted(-3, -3, 3, 3), 7, 7);
        QFont tagFont = keyFont;
        tagFont.setPointSizeF(6.5);
        const QString tag = tr("SPOF");
        const qreal width = QFontMetricsF(tagFont).horizontalAdvance(tag) + 6;
        const QRectF badge(front.right() - width - 2, front.bottom() - 12, width, 10);
        painter.fillRect(badge, spofColour());
        painter.setFont(tagFont);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, tag);
    }
    painter.restore();
}

void MapPainter::paintEdge(QPainter &painter, const EdgeShape &shape, bool hard, bool grouped, const QColor &highlight)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = highlight.isValid() ? highlight : edgeColour;
    QPen pen(colour, highlight.isValid() ? 2.0 : 1.1);
    if (!hard)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape.path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    if (!shape.arrow.isEmpty())
        painter.drawPolygon(shape.arrow);
    if (grouped)
        painter.drawEllipse(shape.start, 3.2, 3.2);
    painter.restore();
}

QSizeF MapPainter::figureSize(const MapGeometry &geometry)
{
    constexpr qreal border = 24;
    return {std::max<qreal>(geometry.bounds.width() + 2 * border, 900),
            geometry.bounds.height() + 2 * border + headerHeight + footerHeight};
}

void MapPainter::paintFigure(QPainter &painter,
                             const QSizeF &size,
                             const analysis::GraphSnapshot &s,
                             const MapGraph &graph,
                             const MapGeometry &geometry,
                             const Figure &figure,
                             Feedback *feedback)
{
    constexpr qreal margin = 16;
    constexpr qreal border = 24;
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont title = painter.font();
    title.setPointSizeF(13);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(ink);
    painter.drawText(QRectF(margin, 8, size.width() - 2 * margin, 22), Qt::AlignLeft | Qt::AlignVCenter, figure.title);
    QFont small = painter.font();
    small.setPointSizeF(8.5);
    small.setBold(false);
    painter.setFont(small);
    if (!figure.caption.isEmpty()) {
        const qreal titleWidth = QFontMetricsF(title).horizontalAdvance(figure.title) + 24;
        painter.setPen(ink);
        painter.drawText(QRectF(margin + titleWidth, 8, std::max<qreal>(0, size.width() - 2 * margin - titleWidth), 22),
                         Qt::AlignRight | Qt::AlignVCenter,
                         figure.caption);
    }
    painter.setPen(QColor(0x4b, 0x55, 0x63));
    painter.drawText(QRectF(margin, 30, size.width() - 2 * margin, 24),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                     figure.subtitle);

    // The drawing, on a light ground, centred horizontally when the figure is wider than the layout.
    const QRectF ground(0, headerHeight, size.width(), size.height() - headerHeight - footerHeight);
    painter.fillRect(ground, QColor(0xf6, 0xf7, 0xf9));
    painter.save();
    painter.translate((size.width() - geometry.bounds.width()) / 2, headerHeight + border);
    const std::size_t items = std::max<std::size_t>(1, graph.edges.size() + std::size_t(graph.nodeCount()));
    auto stopped = [&](std::size_t done) {
        if (!feedback || done % 64 != 0)
            return false;
        feedback->setProgress(80.0 * double(done) / double(items));
        return feedback->isCanceled();
    };
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        if (stopped(i)) {
            painter.restore();
            return;
        }
        const MapGraph::Edge &e = graph.edges[i];
        paintEdge(painter, edgeShape(geometry.edges[i]), e.hard, e.grouped);
    }
    for (std::size_t i = 0; i < graph.elements.size(); ++i) {
        if (stopped(graph.edges.size() + i)) {
            painter.restore();
            return;
        }
        const int v = graph.elements[i];
        const MapGeometry::Node &n = geometry.nodes[i];
        NodeLook look;
        look.kind = s.kind(v);
        look.key = s.key(v);
        look.name = s.name(v);
        look.critical = s.isFunction(v) && s.isCritical(v);
        if (figure.states) {
            look.coloured = true;
            look.state = (*figure.states)[std::size_t(v)];
            look.failed = std::binary_search(figure.failed.begin(), figure.failed.end(), v);
        }
        look.spof = std::binary_search(figure.spofs.begin(), figure.spofs.end(), v);
        paintNode(painter, QRectF(n.centre - QPointF(n.size.width(), n.size.height()) / 2, n.size), look);
    }
    for (std::size_t j = 0; j < graph.aggregates.size(); ++j) {
        const MapGraph::Aggregate &a = graph.aggregates[j];
        const MapGeometry::Node &n = geometry.nodes[graph.elements.size() + j];
        NodeLook look;
        look.kind = a.kind;
        look.key = a.label;
        look.name = a.detail;
        look.count = a.count;
        look.coloured = figure.states != nullptr;
        look.state = a.state;
        look.failed = a.failed;
        paintNode(painter, QRectF(n.centre - QPointF(n.size.width(), n.size.height()) / 2, n.size), look);
    }
    painter.restore();

    // Legend: kinds, impact colours when shown, line styles.
    painter.setFont(small);
    qreal x = margin;
    const qreal y = size.height() - footerHeight + 9;
    auto swatch = [&](const QColor &colour, const QString &text) {
        painter.fillRect(QRectF(x, y + 1, 10, 10), colour);
        x += 14;
        const qreal width = QFontMetricsF(small).horizontalAdvance(text);
        painter.setPen(ink);
        painter.drawText(QRectF(x, y - 2, width + 2, 16), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width + 14;
    };
    // Only the kinds drawn: a legend of every kind does not fit beside the line styles on a narrow figure.
    std::vector<bool> drawnKinds(elementKindCount, false);
    for (const int v : graph.elements)
        drawnKinds[std::size_t(s.kind(v))] = true;
    for (const MapGraph::Aggregate &a : graph.aggregates)
        drawnKinds[std::size_t(a.kind)] = true;
    for (int k = 0; k < elementKindCount; ++k) {
        if (drawnKinds[std::size_t(k)])
            swatch(kindColour(ElementKind(k)), Vocabulary::displayName(ElementKind(k)));
    }
    if (figure.states) {
        swatch(stateColour(analysis::State::Down), tr("down"));
        swatch(stateColour(analysis::State::Degraded), tr("degraded"));
    }
    if (!figure.spofs.empty())
        swatch(spofColour(), tr("single point of failure"));
    const QString lines = graph.aggregates.empty()
        ? tr("solid: hard dependency, dashed: soft, dot: member of a redundancy group, "
             "diamond: critical or important function")
        : tr("solid: hard dependency, dashed: soft, dot: member of a redundancy group, "
             "diamond: critical or important function, stack: a group of affected elements");
    const qreal room = std::max<qreal>(0, size.width() - x - margin);
    if (QFontMetricsF(small).horizontalAdvance(lines) <= room)
        painter.drawText(QRectF(x, y - 2, room, 16), Qt::AlignLeft | Qt::AlignVCenter, lines);
    else { // a narrow figure: the line styles go on a second, smaller line of the footer instead of being cut off
        QFont smaller = small;
        smaller.setPointSizeF(7.5);
        painter.setFont(smaller);
        painter.drawText(QRectF(margin, y + 10, std::max<qreal>(0, size.width() - 2 * margin), 10),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         lines);
    }
}

Result<void> MapPainter::writeFigure(const QString &path,
                                     const analysis::GraphSnapshot &snapshot,
                                     const MapGraph &graph,
                                     const MapGeometry &geometry,
                                     const Figure &figure,
                                     Feedback *feedback)
{
    if (graph.nodeCount() == 0)
        return makeError(Error::Code::Invalid, tr("There is no drawing to write."));
    const QSizeF size = figureSize(geometry);
    QByteArray bytes;
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setTitle(figure.title);
        pdf.setCreator(QStringLiteral("Bulwark"));
        pdf.setResolution(72); // one device unit per point, as the figure is measured
        constexpr qreal marginMm = 10;
        if (figure.pageSize == QPageSize::Custom) {
            pdf.setPageLayout(QPageLayout(
                QPageSize(size, QPageSize::Point), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        } else {
            pdf.setPageLayout(QPageLayout(QPageSize(figure.pageSize),
                                          figure.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                          QMarginsF(marginMm, marginMm, marginMm, marginMm),
                                          QPageLayout::Millimeter));
        }
        QPainter painter(&pdf);
        const QRectF page = pdf.pageLayout().paintRect(QPageLayout::Point);
        const qreal scale = std::min({1.0, page.width() / size.width(), page.height() / size.height()});
        painter.scale(scale, scale);
        paintFigure(painter, size, snapshot, graph, geometry, figure, feedback);
        painter.end();
    } else if (suffix.compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(figure.title);
        svg.setDescription(figure.caption.isEmpty() ? figure.subtitle : figure.subtitle + u' ' + figure.caption);
        QPainter painter(&svg);
        paintFigure(painter, size, snapshot, graph, geometry, figure, feedback);
        painter.end();
    } else {
        const qreal scale = std::min(2.0, 16000.0 / std::max(size.width(), size.height()));
        QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return makeError(Error::Code::Io, tr("The drawing is too large for a PNG image; write it as SVG."));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(scale, scale);
        paintFigure(painter, size, snapshot, graph, geometry, figure, feedback);
        painter.end();
        if (feedback && feedback->isCanceled())
            return makeError(Error::Code::Canceled, tr("The export was canceled; nothing was written."));
        if (feedback)
            feedback->setProgress(85);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return makeError(Error::Code::Io, tr("The PNG image could not be encoded."));
    }
    if (feedback && feedback->isCanceled())
        return makeError(Error::Code::Canceled, tr("The export was canceled; nothing was written."));
    if (feedback)
        feedback->setProgress(95);
    // Checked to the last byte, put in place whole, 0600 when new (exchange/safeoutput.h).
    auto written = exchange::SafeOutput::writeFile(path, bytes);
    if (feedback && written)
        feedback->setProgress(100);
    return written;
}

} // namespace bulwark::reports
