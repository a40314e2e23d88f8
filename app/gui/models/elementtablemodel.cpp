// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/elementtablemodel.h"

#include "model/register/fields.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <array>

namespace bulwark::gui {
namespace {

/// A recorded time as everywhere else (Vocabulary::minutesText, 0 as "0 min").
QString minutesText(int minutes)
{
    return Vocabulary::minutesText(minutes, false);
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

namespace {

/// The element field shown in each column.
const Field<Element> &columnField(ElementTableModel::Column column)
{
    static const std::array<const Field<Element> *, std::size_t(ElementTableModel::Column::Count)> fields = [] {
        const auto &table = Fields::element();
        return std::array{table.find(QStringLiteral("key")),
                          table.find(QStringLiteral("name")),
                          table.find(QStringLiteral("kind")),
                          table.find(QStringLiteral("criticality")),
                          table.find(QStringLiteral("owner")),
                          table.find(QStringLiteral("rto_min")),
                          table.find(QStringLiteral("rpo_min")),
                          table.find(QStringLiteral("mtd_min")),
                          table.find(QStringLiteral("availability")),
                          table.find(QStringLiteral("tags"))};
    }();
    return *fields[std::size_t(column)];
}

bool isNumeric(FieldType type)
{
    return type == FieldType::Minutes || type == FieldType::WholeNumber || type == FieldType::Fraction;
}

/// A field's value for people, by its type.
QVariant displayValue(const Field<Element> &field, const Element &e)
{
    const QVariant value = field.value(e);
    if (!value.isValid())
        return field.type == FieldType::Choice || field.type == FieldType::Fraction ? QVariant() : QVariant(QString());
    switch (field.type) {
        case FieldType::Minutes: return minutesText(value.toInt());
        case FieldType::Fraction: return QLocale().toString(value.toDouble() * 100.0, 'g', 6) + QLatin1Char('%');
        case FieldType::TextList: return value.toStringList().join(QStringLiteral(", "));
        case FieldType::Choice:
        case FieldType::YesNo:
            for (const auto &[token, name] : field.choices()) {
                if (token == field.text(e))
                    return name;
            }
            return field.text(e);
        default: return value;
    }
}

} // namespace

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
    if (column == Column::Count)
        return {};
    const Field<Element> &field = columnField(column);
    if (role == Qt::ToolTipRole && column == Column::Name && !e->description.isEmpty())
        return e->description;
    if (role == SortRole && isNumeric(field.type)) {
        const QVariant value = field.value(*e);
        return value.isValid() ? value : (field.type == FieldType::Fraction ? QVariant(-1.0) : QVariant(-1));
    }
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
        return displayValue(field, *e);
    if (role == Qt::TextAlignmentRole && isNumeric(field.type))
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
    if (section < 0 || section >= int(Column::Count))
        return {};
    return Fields::text(columnField(static_cast<Column>(section)).info.column);
}

} // namespace bulwark::gui
