// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace bulwark::gui {

/// One of Bulwark's own line icons (resources/icons/actions/NAME.svg): the same set on every desktop, whatever its
/// icon theme, sharp at any scale. Drawn in a dark slate; under a dark palette (light window text) the strokes take
/// the palette's text colour instead, so that the icons keep their contrast; drawn when shown, so an icon follows a
/// change of the palette (View > Theme).
QIcon icon(const char *name);

} // namespace bulwark::gui
