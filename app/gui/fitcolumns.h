// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace bulwark::gui {

/// Fits `view`'s columns to their contents, the name column (1) at most `maxNameWidth` wide (0: no limit). A
/// hidden QTableView measures every row to do this (30,000 rows of a blast radius took over 100 ms), so a hidden
/// view is fitted when it is next shown instead; a visible one looks at its visible rows and 100 more.
void fitColumns(QTableView *view, int maxNameWidth = 0);

/// A view property (int, pixels): when set, fitColumns makes no column after the key and the name (0, 1) wider.
inline constexpr char maxColumnWidthProperty[] = "bulwarkMaxColumnWidth";

} // namespace bulwark::gui
