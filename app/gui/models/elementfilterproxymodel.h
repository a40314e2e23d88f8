// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/element.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace bulwark::gui {

/// Filters elements by free text (key, name, owner, tags) and kind; sorts numbers as numbers.
class ElementFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ElementFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setKind(std::optional<ElementKind> kind);
    /// Only elements with this owner / this tag (empty: any).
    void setOwner(const QString &owner);
    void setTag(const QString &tag);
    /// Only business functions of this criticality (none: any element).
    void setCriticality(std::optional<Criticality> criticality);
    /// The source model keeps its rows in key order, so sorting by key ascending is the source order: no sort at
    /// all (a 100,000-row sort on every reset would stall the window). Other columns sort as usual.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column the rows are ordered by (the key column when they are in source order).
    int orderColumn() const { return m_orderColumn; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    std::optional<ElementKind> m_kind;
    QString m_owner;
    QString m_tag;
    std::optional<Criticality> m_criticality;
    int m_orderColumn = 0;
};

} // namespace bulwark::gui
