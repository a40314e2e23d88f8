// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace bulwark::gui {
namespace {

/// Draws the SVG in the palette's colours at paint time, so an icon made before View > Theme changed the palette
/// follows it (issue 12): the slate strokes as drawn on a light palette, the window text colour on a dark one.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QString &path) : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size() * painter->device()->devicePixelRatioF(), mode, state));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor text = palette.color(QPalette::WindowText);
        QByteArray ink = text.lightness() < 128 ? QByteArray("#34495e") : text.name().toLatin1();
        if (mode == QIcon::Disabled)
            ink = palette.color(QPalette::Disabled, QPalette::WindowText).name().toLatin1();
        const QString cacheKey = QStringLiteral("%1|%2x%3|%4")
                                     .arg(QString::fromLatin1(ink))
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(int(mode));
        if (const auto it = m_cache.constFind(cacheKey); it != m_cache.cend())
            return *it;
        QByteArray svg = m_svg;
        svg.replace("#34495e", ink);
        QSvgRenderer renderer(svg);
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        m_cache.insert(cacheKey, pixmap);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaletteIconEngine(*this); }
    QString key() const override { return QStringLiteral("bulwark-palette-svg"); }

private:
    QString m_path;
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

QIcon icon(const char *name)
{
    return QIcon(new PaletteIconEngine(QStringLiteral(":/bulwark/icons/actions/%1.svg").arg(QLatin1String(name))));
}

} // namespace bulwark::gui
