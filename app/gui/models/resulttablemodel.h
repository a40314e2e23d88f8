// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

#include <vector>

class QTableView;

namespace bulwark::reports {
struct Table;
}

namespace bulwark::gui {

/// Read-only rows of an analysis result (functions affected, blast radius, SPOF ranking): each cell has a display
/// text and a sort value, each row an optional status colour and the element key it is about. Filled in one go
/// when a result arrives (a new result resets the model). The model sorts itself (no proxy): rows can be built and
/// sorted on a worker with sortRows() and handed over already in order, so that 30,000 rows of a blast radius do
/// not stall the window.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole, KeyRole };
    struct Cell {
        QString text;
        QVariant sortValue; ///< the raw value (minutes, counts); the text when empty
    };
    struct Row {
        QString key;
        std::vector<Cell> cells;
        QColor status; ///< invalid: no colour
    };

    explicit ResultTableModel(const QStringList &headers, QObject *parent = nullptr);
    /// A read-only, sortable table view of `model` (clicking a header sorts the model), for result pages.
    static QTableView *createView(ResultTableModel *model, QWidget *parent);
    /// The rows of a report table (reports/), so that the screen shows the very table the report prints: each cell's
    /// text and sort value, the row's key (Table::keys) and its strongest tone as the row's colour. Runs on any thread.
    static std::vector<Row> rowsOf(const reports::Table &table);
    /// Replaces the rows; `sorted` when they already are in sortColumn()/sortOrder() (see sortRows()).
    void setRows(std::vector<Row> rows, bool sorted = false);
    /// Orders rows by a column's sort value (numbers as numbers, text case-insensitively), the key breaking ties.
    /// Runs on any thread.
    static void sortRows(std::vector<Row> &rows, int column, Qt::SortOrder order);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const Row &row(int index) const { return m_rows[std::size_t(index)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
    int m_sortColumn = -1; ///< -1: in the order given
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace bulwark::gui
