// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/resulttablemodel.h"

#include "gui/theme.h"
#include "reports/document.h"

#include <QBrush>
#include <QHash>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace bulwark::gui {

ResultTableModel::ResultTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent),
      m_headers(headers)
{ }

QTableView *ResultTableModel::createView(ResultTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setResizeContentsPrecision(
        100); // fit columns to the visible rows and 100 more, not 1,000
    view->setWordWrap(false);
    return view;
}

std::vector<ResultTableModel::Row> ResultTableModel::rowsOf(const reports::Table &table)
{
    std::vector<Row> rows;
    rows.reserve(table.rows.size());
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        Row row;
        row.key = r < std::size_t(table.keys.size()) ? table.keys[qsizetype(r)] : QString();
        for (const reports::Text &text : table.rows[r])
            row.cells.push_back(Cell{text.text, text.sort ? QVariant(*text.sort) : QVariant()});
        switch (table.rowTone(r)) {
            case reports::Tone::Bad: row.status = theme::red; break;
            case reports::Tone::Warning: row.status = theme::amber; break;
            case reports::Tone::Good: row.status = theme::green; break;
            case reports::Tone::Neutral: break;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

void ResultTableModel::setRows(std::vector<Row> rows, bool sorted)
{
    if (!sorted && m_sortColumn >= 0)
        sortRows(rows, m_sortColumn, m_sortOrder);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ResultTableModel::sortRows(std::vector<Row> &rows, int column, Qt::SortOrder order)
{
    if (column < 0)
        return;
    const auto c = std::size_t(column);
    auto compare = [c](const Row &a, const Row &b) {
        const QVariant x = c < a.cells.size()
            ? (a.cells[c].sortValue.isValid() ? a.cells[c].sortValue : QVariant(a.cells[c].text))
            : QVariant();
        const QVariant y = c < b.cells.size()
            ? (b.cells[c].sortValue.isValid() ? b.cells[c].sortValue : QVariant(b.cells[c].text))
            : QVariant();
        int r = 0;
        if (x.typeId() == QMetaType::QString || y.typeId() == QMetaType::QString) {
            r = QString::compare(x.toString(), y.toString(), Qt::CaseInsensitive);
        } else {
            const QPartialOrdering o = QVariant::compare(x, y);
            r = o == QPartialOrdering::Less ? -1 : o == QPartialOrdering::Greater ? 1 : 0;
        }
        return r != 0 ? r : QString::compare(a.key, b.key);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const int r = compare(a, b);
        return order == Qt::AscendingOrder ? r < 0 : r > 0;
    });
}

void ResultTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList keys;
    for (const QModelIndex &index : before)
        keys << m_rows[std::size_t(index.row())].key;
    sortRows(m_rows, column, order);
    QHash<QString, int> rowOf;
    if (!before.isEmpty()) {
        for (int i = 0; i < int(m_rows.size()); ++i)
            rowOf.insert(m_rows[std::size_t(i)].key, i);
    }
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOf.value(keys[i], -1), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const auto column = std::size_t(index.column());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole: return column < r.cells.size() ? r.cells[column].text : QString();
        case SortRole:
            if (column >= r.cells.size())
                return {};
            return r.cells[column].sortValue.isValid() ? r.cells[column].sortValue : QVariant(r.cells[column].text);
        case KeyRole: return r.key;
        case Qt::BackgroundRole:
            if (r.status.isValid()) {
                QColor tint = r.status;
                tint.setAlpha(45);
                return QBrush(tint);
            }
            return {};
        case Qt::DecorationRole:
            if (column == 0 && r.status.isValid())
                return r.status;
            return {};
        default: return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

} // namespace bulwark::gui
