// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QTableView;

namespace bulwark::gui {

/// Results leave the window (issue 12): a result table copies and exports what the user sees. Rows and columns are
/// taken in the order the view shows them (sorted, moved columns; hidden columns left out), each cell as its
/// display text (Qt::DisplayRole), the header row from headerData().

/// The rows of `view` to copy: whole rows of the selection, in view order; every row when nothing is selected or
/// `allRows` is true.
QList<int> tableRows(const QTableView *view, bool allRows = false);

/// Tab-separated text of the header and `rows`, one line per row ending in "\n". A tab or line break inside a cell
/// becomes a space, so that a spreadsheet pastes one cell per value.
QString tableText(const QTableView *view, const QList<int> &rows);

/// CSV (RFC 4180 fields through exchange::CsvFormat::quote) of the header and `rows`, UTF-8 without a byte order
/// mark; every record ends in "\n" (LF, not CRLF), including the last.
QByteArray tableCsv(const QTableView *view, const QList<int> &rows);

/// Writes every row of `view` as CSV to `path` through exchange::SafeOutput: a failure names the file and leaves an
/// earlier file as it was.
[[nodiscard]] Result<void> exportTableCsv(const QTableView *view, const QString &path);

/// Gives a result table its "Copy" (Ctrl+C on the view: the selected rows, or all), "Copy all rows" and
/// "Export to CSV..." actions, in its context menu. The export asks for a file, proposing `exportName` + ".csv" in
/// the last folder used, and shows a failure in a message box. The actions' object names are "copyRows",
/// "copyAllRows" and "exportCsv".
void installResultTableActions(QTableView *view, const QString &exportName);

} // namespace bulwark::gui
