// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementfilterproxymodel.h"

#include "elementtablemodel.h"
#include "register/vocabulary.h"

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

void ElementFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_orderColumn = column;
    if (column == int(ElementTableModel::Column::Key) && order == Qt::AscendingOrder
        && qobject_cast<const ElementTableModel *>(sourceModel())) {
        QSortFilterProxyModel::sort(-1, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

void ElementFilterProxyModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateRowsFilter();
}

void ElementFilterProxyModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateRowsFilter();
}

void ElementFilterProxyModel::setCriticality(std::optional<Criticality> criticality)
{
    if (criticality == m_criticality)
        return;
    m_criticality = criticality;
    invalidateRowsFilter();
}

bool ElementFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_kind && m_text.isEmpty() && m_owner.isEmpty() && m_tag.isEmpty() && !m_criticality)
        return true;
    // Straight from the element: 100,000 rows are filtered on every keystroke.
    if (const auto *elements = qobject_cast<const ElementTableModel *>(model)) {
        const Element *e = elements->elementAt(sourceRow);
        if (!e)
            return false;
        if (m_kind && e->kind != *m_kind)
            return false;
        if (!m_owner.isEmpty() && e->owner != m_owner)
            return false;
        if (!m_tag.isEmpty() && !e->tags.contains(m_tag))
            return false;
        if (m_criticality && (!e->isFunction() || e->criticality != m_criticality))
            return false;
        if (m_text.isEmpty())
            return true;
        auto has = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
        return has(e->key) || has(e->name) || has(e->owner) || has(e->tags.join(QStringLiteral(", ")))
               || has(Vocabulary::displayName(e->kind));
    }
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
