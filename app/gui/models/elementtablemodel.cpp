// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementtablemodel.h"

#include "register/registerservice.h"
#include "register/vocabulary.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace bulwark::gui {
namespace {

/// A recorded time as everywhere else (Vocabulary::minutesText, 0 as "0 min"); empty when not recorded.
QString minutesText(const std::optional<int> &minutes)
{
    return minutes ? Vocabulary::minutesText(*minutes, false) : QString();
}

QVariant sortable(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(-1);
}

} // namespace

ElementTableModel::ElementTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ElementTableModel::setService(RegisterService *service)
{
    beginResetModel();
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_keys.clear();
    if (service) {
        m_keys = service->sortedKeys(); // shared, sorted on the loading thread: no copy, no sort here
        connect(service, &RegisterService::changed, this, &ElementTableModel::apply);
    }
    endResetModel();
}

int ElementTableModel::rowOf(const QString &key) const
{
    const auto at = std::lower_bound(m_keys.cbegin(), m_keys.cend(), key);
    return at != m_keys.cend() && *at == key ? int(at - m_keys.cbegin()) : -1;
}

void ElementTableModel::apply(const ChangeSummary &summary)
{
    // Large changes (imports, bulk edits) are cheaper as one reset than as thousands of row signals.
    if (summary.addedElements.size() + summary.removedElements.size() + summary.changedElements.size() > 100) {
        setService(m_service);
        return;
    }
    // Rows stay in key order: each key goes in (or out) where a binary search puts it.
    for (const QString &key : summary.removedElements) {
        const int row = rowOf(key);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_keys.removeAt(row);
        endRemoveRows();
    }
    for (const QString &key : summary.addedElements) {
        const auto at = std::lower_bound(m_keys.cbegin(), m_keys.cend(), key);
        if (at != m_keys.cend() && *at == key)
            continue;
        const int row = int(at - m_keys.cbegin());
        beginInsertRows({}, row, row);
        m_keys.insert(row, key);
        endInsertRows();
    }
    for (const QString &key : summary.changedElements) {
        const int row = rowOf(key);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
    }
}

const Element *ElementTableModel::elementAt(int row) const
{
    return m_service && row >= 0 && row < m_keys.size() ? m_service->element(m_keys[row]) : nullptr;
}

int ElementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ElementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ElementTableModel::data(const QModelIndex &index, int role) const
{
    const Element *e = elementAt(index.row());
    if (!e)
        return {};
    const auto column = static_cast<Column>(index.column());
    if (role == KeyRole)
        return e->key;
    if (role == KindRole)
        return static_cast<int>(e->kind);
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        const bool sort = role == SortRole;
        switch (column) {
            case Column::Key: return e->key;
            case Column::Name: return role == Qt::ToolTipRole && !e->description.isEmpty() ? e->description : e->name;
            case Column::Kind: return Vocabulary::displayName(e->kind);
            case Column::Criticality:
                return e->criticality ? QVariant(Vocabulary::displayName(*e->criticality)) : QVariant();
            case Column::Owner: return e->owner;
            case Column::RtoMin: return sort ? sortable(e->rtoMin) : QVariant(minutesText(e->rtoMin));
            case Column::RpoMin: return sort ? sortable(e->rpoMin) : QVariant(minutesText(e->rpoMin));
            case Column::MtdMin: return sort ? sortable(e->mtdMin) : QVariant(minutesText(e->mtdMin));
            case Column::Availability:
                if (!e->availability)
                    return sort ? QVariant(-1.0) : QVariant();
                return sort ? QVariant(*e->availability)
                            : QVariant(QLocale().toString(*e->availability * 100.0, 'g', 6) + QLatin1Char('%'));
            case Column::Tags: return e->tags.join(QStringLiteral(", "));
            case Column::Count: break;
        }
    }
    if (role == Qt::TextAlignmentRole
        && (column == Column::RtoMin || column == Column::RpoMin || column == Column::MtdMin
            || column == Column::Availability))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && column == Column::Key) {
        QFont font;
        font.setFamily(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    if (role == Qt::ForegroundRole && column == Column::Criticality && e->isCritical())
        return QBrush(QColor(0xb0, 0x3a, 0x2e));
    return {};
}

QVariant ElementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
        case Column::Key: return tr("Key");
        case Column::Name: return tr("Name");
        case Column::Kind: return tr("Kind");
        case Column::Criticality: return tr("Criticality");
        case Column::Owner: return tr("Owner");
        case Column::RtoMin: return tr("RTO");
        case Column::RpoMin: return tr("RPO");
        case Column::MtdMin: return tr("Max. downtime");
        case Column::Availability: return tr("Availability");
        case Column::Tags: return tr("Tags");
        case Column::Count: break;
    }
    return {};
}

} // namespace bulwark::gui
