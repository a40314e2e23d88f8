// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

#include <vector>

class QTableView;

namespace bulwark::gui {

/// Read-only rows of an analysis result (functions affected, blast radius, SPOF ranking): each cell has a display
/// text and a sort value, each row an optional status colour and the element key it is about. Filled in one go
/// when a result arrives (a new result resets the model).
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
    /// A read-only, sortable table view of `model` (through a proxy that sorts by SortRole), for result pages.
    static QTableView *createView(ResultTableModel *model, QWidget *parent);
    void setRows(std::vector<Row> rows);
    const Row &row(int index) const { return m_rows[std::size_t(index)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace bulwark::gui
