// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace bulwark::gui {

QIcon icon(const char *name)
{
    const QString path = QStringLiteral(":/bulwark/icons/actions/%1.svg").arg(QLatin1String(name));
    const QColor text = QGuiApplication::palette().color(QPalette::WindowText);
    if (text.lightness() < 128)
        return QIcon(path); // a light palette: the SVG as drawn, scaled by Qt's SVG icon engine
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("#34495e", text.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon recoloured;
    for (const int size : {16, 20, 24, 32, 48, 64}) {
        for (const qreal ratio : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * ratio);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            pixmap.setDevicePixelRatio(ratio);
            recoloured.addPixmap(pixmap);
        }
    }
    return recoloured;
}

} // namespace bulwark::gui
