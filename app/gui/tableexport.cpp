// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tableexport.h"

#include "gui/settings.h"
#include "model/exchange/csvformat.h"
#include "model/exchange/safeoutput.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QMimeData>
#include <QSet>
#include <QTableView>

#include <algorithm>

namespace bulwark::gui {

namespace {

struct TableExport {
    Q_DECLARE_TR_FUNCTIONS(TableExport)
};

/// The model's columns in the order the header shows them, hidden ones left out.
QList<int> shownColumns(const QTableView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

/// The header and the rows' display texts, row by row.
QList<QStringList> shownTexts(const QTableView *view, const QList<int> &rows)
{
    const QAbstractItemModel *model = view->model();
    const QList<int> columns = shownColumns(view);
    QList<QStringList> texts;
    texts.reserve(rows.size() + 1);
    QStringList header;
    for (const int column : columns)
        header << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    texts << header;
    for (const int row : rows) {
        QStringList cells;
        cells.reserve(columns.size());
        for (const int column : columns)
            cells << model->index(row, column).data(Qt::DisplayRole).toString();
        texts << cells;
    }
    return texts;
}

void copyRows(const QTableView *view, bool allRows)
{
    const QList<int> rows = tableRows(view, allRows);
    auto *mime = new QMimeData;
    mime->setText(tableText(view, rows));
    mime->setData(QStringLiteral("text/csv"), tableCsv(view, rows));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void exportDialog(QTableView *view, const QString &exportName)
{
    Settings settings;
    QString path
        = QFileDialog::getSaveFileName(view,
                                       TableExport::tr("Export to CSV"),
                                       QDir(settings.lastFolder()).filePath(exportName + QStringLiteral(".csv")),
                                       TableExport::tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    settings.setLastFolder(QFileInfo(path).absolutePath());
    const Result<void> written = exportTableCsv(view, path);
    if (!written) {
        QMessageBox::warning(view,
                             TableExport::tr("Export to CSV"),
                             TableExport::tr("The table was not exported to %1.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), written.error().message));
    }
}

} // namespace

QList<int> tableRows(const QTableView *view, bool allRows)
{
    const QAbstractItemModel *model = view->model();
    QList<int> rows;
    if (!model)
        return rows;
    const QItemSelectionModel *selection = view->selectionModel();
    if (!allRows && selection && selection->hasSelection()) {
        QSet<int> seen;
        for (const QModelIndex &index : selection->selectedIndexes()) {
            if (!seen.contains(index.row())) {
                seen.insert(index.row());
                rows << index.row();
            }
        }
    } else {
        rows.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            rows << row;
    }
    rows.removeIf([view](int row) { return view->isRowHidden(row); });
    const QHeaderView *vertical = view->verticalHeader();
    std::sort(rows.begin(), rows.end(), [vertical](int a, int b) {
        return vertical->visualIndex(a) < vertical->visualIndex(b);
    });
    return rows;
}

QString tableText(const QTableView *view, const QList<int> &rows)
{
    QString out;
    for (const QStringList &cells : shownTexts(view, rows)) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            QString cell = cells[c];
            cell.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
            if (c > 0)
                out += u'\t';
            out += cell;
        }
        out += u'\n';
    }
    return out;
}

QByteArray tableCsv(const QTableView *view, const QList<int> &rows)
{
    QByteArray out;
    for (const QStringList &cells : shownTexts(view, rows)) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                out += ',';
            out += exchange::CsvFormat::quote(cells[c]);
        }
        out += '\n';
    }
    return out;
}

Result<void> exportTableCsv(const QTableView *view, const QString &path)
{
    return exchange::SafeOutput::writeFile(path, tableCsv(view, tableRows(view, true)));
}

void installResultTableActions(QTableView *view, const QString &exportName)
{
    auto *copy = new QAction(TableExport::tr("&Copy"), view);
    copy->setObjectName(QStringLiteral("copyRows"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setToolTip(TableExport::tr("Copy the selected rows (all rows when none is selected) with the headers, "
                                     "tab-separated (%1)")
                         .arg(copy->shortcut().toString(QKeySequence::NativeText)));
    auto *copyAll = new QAction(TableExport::tr("Copy &all rows"), view);
    copyAll->setObjectName(QStringLiteral("copyAllRows"));
    copyAll->setToolTip(TableExport::tr("Copy every row with the headers, tab-separated"));
    auto *exportCsv = new QAction(TableExport::tr("&Export to CSV..."), view);
    exportCsv->setObjectName(QStringLiteral("exportCsv"));
    exportCsv->setToolTip(TableExport::tr("Save every row of this table as a CSV file"));
    view->addActions({copy, copyAll, exportCsv});
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QObject::connect(copy, &QAction::triggered, view, [view] { copyRows(view, false); });
    QObject::connect(copyAll, &QAction::triggered, view, [view] { copyRows(view, true); });
    QObject::connect(exportCsv, &QAction::triggered, view, [view, exportName] { exportDialog(view, exportName); });
}

} // namespace bulwark::gui
