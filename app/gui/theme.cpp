// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace bulwark::gui::theme {
namespace {

Choice g_current = Choice::System;
QString g_systemStyle; ///< the style the platform chose, for going back to System
bool g_systemKnown = false;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33);
    const QColor base(0x1f, 0x22, 0x26);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x80, 0x85, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x39, 0x3f));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x5e));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::Mid, QColor(0x70, 0x76, 0x7e)); // also quiet text ("color: palette(mid)"): readable
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0f));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb3, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x4a, 0x52));
    return p;
}

} // namespace

void apply(Choice choice)
{
    if (!g_systemKnown) {
        g_systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
        g_systemKnown = true;
    }
    g_current = choice;
    if (choice == Choice::System) {
        if (!g_systemStyle.isEmpty() && QApplication::style()->name() != g_systemStyle)
            QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    if (QApplication::style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(choice == Choice::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

Choice current()
{
    return g_current;
}

bool isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QString token(Choice choice)
{
    switch (choice) {
        case Choice::System: return QStringLiteral("system");
        case Choice::Light: return QStringLiteral("light");
        case Choice::Dark: return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Choice fromToken(const QString &token)
{
    if (token == u"light")
        return Choice::Light;
    if (token == u"dark")
        return Choice::Dark;
    return Choice::System;
}

QColor mapBackground()
{
    return isDark() ? QColor(0xd8, 0xdb, 0xe0) : QColor(0xf6, 0xf7, 0xf9);
}

QString sidebarStyleSheet()
{
    // The selected page: a tint of the highlight colour with a bar in it, on light and dark windows alike.
    const QPalette p = QApplication::palette();
    QColor tint = p.color(QPalette::Highlight);
    tint.setAlpha(isDark() ? 90 : 45);
    return QStringLiteral("QListWidget { background: palette(window); padding-top: 8px; }"
                          "QListWidget::item { padding: 8px 12px; color: palette(window-text); }"
                          "QListWidget::item:selected { background: rgba(%1, %2, %3, %4); color: palette(window-text); "
                          "border-left: 3px solid palette(highlight); }")
        .arg(tint.red())
        .arg(tint.green())
        .arg(tint.blue())
        .arg(tint.alpha());
}

QColor verdictColour(analysis::Verdict verdict)
{
    switch (verdict) {
        case analysis::Verdict::Breach: return red;
        case analysis::Verdict::Unknown:
        case analysis::Verdict::LittleMargin: return amber;
        case analysis::Verdict::Within: return green;
        case analysis::Verdict::NotAffected: return {};
    }
    return {};
}

QColor problemText()
{
    return isDark() ? red.lighter(150) : red;
}

void markAsProblem(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, problemText());
    widget->setPalette(palette);
}

} // namespace bulwark::gui::theme
