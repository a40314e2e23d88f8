// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roi/builder.h"
#include "model/roi/checks.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <vector>

namespace bulwark::gui {

/// What stands between a register of information and its filing, one row each: the checks' problems
/// (roi::checkReport) and what the builder could not express (roi::BuildNote, shown as errors of rule "map" that
/// belong to no template). Read-only; a new list resets the model.
class RoiProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Severity, Rule, Template, Row, ColumnCode, Message };
    static constexpr int columnTotal = 6;
    enum Role {
        SortRole = Qt::UserRole, ///< severity as a number (blocking first), else the text shown
        EntryRole,               ///< the index into entries()
    };

    /// One line of the list.
    struct Entry {
        roi::Problem problem;
        bool hasTemplate = true; ///< false for a builder's note: problem.table and problem.row say nothing
    };

    explicit RoiProblemModel(QObject *parent = nullptr);

    /// The problems as entries (roi::withNotes: the builder's notes first, rule "map", without a template).
    static std::vector<Entry> entriesOf(std::vector<roi::Problem> problems);
    void setEntries(std::vector<Entry> entries);
    const std::vector<Entry> &entries() const { return m_entries; }
    const Entry &entry(int row) const { return m_entries[std::size_t(row)]; }

    /// How many entries have `severity`.
    int count(roi::Severity severity) const;
    /// "3 blocking, 2 errors, 1 warning", or "Ready to file: no problems".
    QString summary() const;

    static QString severityText(roi::Severity severity);
    static QIcon severityIcon(roi::Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Entry> m_entries;
};

} // namespace bulwark::gui
