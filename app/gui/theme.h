// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/verdict.h"

#include <QColor>
#include <QString>

class QWidget;

namespace bulwark::gui::theme {

/// The window's colours (View > Theme): the platform's, or Bulwark's light or dark palette (issue 12).
enum class Choice { System, Light, Dark };

/// Applies `choice` to the application (QApplication::setPalette; Fusion for Light and Dark, whose palettes it
/// honours everywhere). Widgets get a PaletteChange event and restyle what they draw themselves.
void apply(Choice choice);
/// The choice applied last (System before any).
Choice current();
/// Whether the application's palette is dark (its window colour is darker than its text).
bool isDark();
/// The settings token of a choice ("system", "light", "dark") and back (unknown: System).
QString token(Choice choice);
Choice fromToken(const QString &token);

/// The map's canvas: near-white paper, dimmed under a dark palette so it does not glare; the map's boxes and lines
/// are drawn for a light paper (reports::MapPainter, the same as in exported figures), so it stays light.
QColor mapBackground();
/// The sidebar's style sheet, from the palette (its selected page stands out in light and dark alike).
QString sidebarStyleSheet();

/// The colours of results, the same under every palette (rows are tinted with them): red beyond tolerance or at the
/// alarm level, amber when unknown, with little margin or at the warning level, green within.
inline const QColor red(0xc0, 0x39, 0x2b);
inline const QColor amber(0xd9, 0x8c, 0x00);
inline const QColor green(0x2e, 0x8b, 0x57);
/// A verdict's colour (red, amber, green as above); none when the function is not affected.
QColor verdictColour(analysis::Verdict verdict);

/// The colour of a problem's text (a refusal, a field that cannot be accepted) that reads on the palette's window
/// colour, light or dark.
QColor problemText();
/// Gives `widget` (a label saying what is wrong) that colour.
void markAsProblem(QWidget *widget);

} // namespace bulwark::gui::theme
