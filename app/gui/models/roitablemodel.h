// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roi/templates.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>

namespace bulwark::gui {

/// One template of a built register of information (roi::Report) as a read-only table: a column per template column,
/// headed "c0010 Label"; closed lists' values shown as their labels (the EBA code in the tooltip), yes/no for links,
/// countries and currencies as their ISO codes, dates and numbers as written. Reads the report it is given (shared,
/// never copied); a new report or another template resets the model.
class RoiTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole, ///< numbers as numbers, else the text shown
        WrittenRole,             ///< the value as the package writes it
        FilterRole,              ///< what the filter matches: the text shown and the value as written
    };

    explicit RoiTableModel(QObject *parent = nullptr);

    /// Shows template `id` of `report` (null: nothing).
    void setTable(std::shared_ptr<const roi::Report> report, roi::TemplateId id);
    roi::TemplateId templateId() const { return m_id; }
    const roi::Template &templ() const { return roi::templateOf(m_id); }
    /// The rows shown (empty when no report is set).
    const roi::Table *table() const;

    /// "c0010 LEI of the entity maintaining the register", the label in the window's language.
    static QString headerText(const roi::Column &column);
    /// A value as people read it (see the class); the written value when it has no other form.
    static QString displayText(const roi::Column &column, const QString &written);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const roi::Report> m_report;
    roi::TemplateId m_id = roi::TemplateId::B0101;
};

/// Sorts a RoiTableModel (numbers as numbers, text by the locale) and filters it: a row stays when one of its cells,
/// as shown or as written, contains the filter text (case-insensitive).
class RoiFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RoiFilterProxyModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filter;
};

} // namespace bulwark::gui
