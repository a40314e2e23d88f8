// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementfilterproxymodel.h"

#include "elementtablemodel.h"

namespace bulwark::gui {

ElementFilterProxyModel::ElementFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ElementTableModel::SortRole);
}

void ElementFilterProxyModel::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void ElementFilterProxyModel::setKind(std::optional<ElementKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

bool ElementFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_kind) {
        const QModelIndex index = model->index(sourceRow, 0, sourceParent);
        if (model->data(index, ElementTableModel::KindRole).toInt() != static_cast<int>(*m_kind))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    using C = ElementTableModel::Column;
    for (const C column : {C::Key, C::Name, C::Owner, C::Tags, C::Kind}) {
        const QModelIndex index = model->index(sourceRow, int(column), sourceParent);
        if (model->data(index, Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ElementFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Keys are ASCII identifiers: compared plainly, as the command line sorts them, and straight from the source
    // model's key list (sorting 100,000 rows by key must not go through a QVariant per comparison).
    if (left.column() == int(ElementTableModel::Column::Key)) {
        if (const auto *model = qobject_cast<const ElementTableModel *>(sourceModel()))
            return model->keyAt(left.row()) < model->keyAt(right.row());
    }
    const QVariant l = left.data(ElementTableModel::SortRole);
    const QVariant r = right.data(ElementTableModel::SortRole);
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace bulwark::gui
