// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace bulwark::gui {

/// One of Bulwark's own line icons (resources/icons/actions/NAME.svg): the same set on every desktop, whatever its
/// icon theme, and sharp at any scale since they are SVG.
inline QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/bulwark/icons/actions/%1.svg").arg(QLatin1String(name)));
}

} // namespace bulwark::gui
