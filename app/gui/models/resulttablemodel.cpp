// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttablemodel.h"

#include <QBrush>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace bulwark::gui {

ResultTableModel::ResultTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(headers)
{
}

QTableView *ResultTableModel::createView(ResultTableModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setResizeContentsPrecision(100); // fit columns to the first rows, not 1,000 of them
    view->setWordWrap(false);
    return view;
}

void ResultTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
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
