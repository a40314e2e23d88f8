// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/roitablemodel.h"

#include "model/roi/codes.h"

#include <QCoreApplication>

namespace bulwark::gui {

using roi::ValueKind;

RoiTableModel::RoiTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void RoiTableModel::setTable(std::shared_ptr<const roi::Report> report, roi::TemplateId id)
{
    beginResetModel();
    m_report = std::move(report);
    m_id = id;
    endResetModel();
}

const roi::Table *RoiTableModel::table() const
{
    return m_report ? &m_report->table(m_id) : nullptr;
}

QString RoiTableModel::headerText(const roi::Column &column)
{
    return QString::fromLatin1(column.code) + QLatin1Char(' ') + QCoreApplication::translate("Roi", column.label);
}

QString RoiTableModel::displayText(const roi::Column &column, const QString &written)
{
    if (written.isEmpty())
        return written;
    switch (column.kind) {
        case ValueKind::Code:
            if (column.list) {
                if (const roi::Code *code = roi::Codes::byEba(*column.list, written))
                    return roi::Codes::label(*code);
            }
            return written;
        case ValueKind::Country: {
            if (written == roi::facts::value("not_applicable_country"))
                return tr("not applicable");
            const QString iso = roi::written::countryOf(written);
            return iso.isEmpty() ? written : iso;
        }
        case ValueKind::Currency: {
            const QString iso = roi::written::currencyOf(written);
            return iso.isEmpty() ? written : iso;
        }
        case ValueKind::Boolean:
            if (written == u"true")
                return tr("yes");
            if (written == u"false")
                return tr("no");
            return written;
        case ValueKind::Text:
        case ValueKind::Lei:
        case ValueKind::Date:
        case ValueKind::Integer:
        case ValueKind::Monetary:
        case ValueKind::LicensedActivity: return written;
    }
    return written;
}

int RoiTableModel::rowCount(const QModelIndex &parent) const
{
    const roi::Table *t = table();
    return parent.isValid() || !t ? 0 : int(t->rows.size());
}

int RoiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(templ().columns.size());
}

QVariant RoiTableModel::data(const QModelIndex &index, int role) const
{
    const roi::Table *t = table();
    if (!index.isValid() || !t)
        return {};
    const roi::Row &row = t->rows[std::size_t(index.row())];
    const roi::Column &column = templ().columns[std::size_t(index.column())];
    const QString written = index.column() < row.values.size() ? row.values[index.column()] : QString();
    switch (role) {
        case Qt::DisplayRole: return displayText(column, written);
        case Qt::ToolTipRole: {
            const QString shown = displayText(column, written);
            if (shown == written)
                return written;
            return tr("%1\nAs written in the package: %2").arg(shown, written);
        }
        case WrittenRole: return written;
        case FilterRole: return displayText(column, written) + QLatin1Char('\n') + written;
        case SortRole:
            if (column.kind == ValueKind::Integer || column.kind == ValueKind::Monetary) {
                bool ok = false;
                const double number = written.toDouble(&ok);
                if (ok)
                    return number;
            }
            return displayText(column, written);
        case Qt::TextAlignmentRole:
            if (column.kind == ValueKind::Integer || column.kind == ValueKind::Monetary)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        default: return {};
    }
}

QVariant RoiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_report || section < 0 || section >= int(templ().columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    const roi::Column &column = templ().columns[std::size_t(section)];
    switch (role) {
        case Qt::DisplayRole: return headerText(column);
        case Qt::ToolTipRole:
            return QStringLiteral("%1.%2 %3")
                .arg(QString::fromLatin1(templ().code), QString::fromLatin1(column.code).mid(1))
                .arg(QCoreApplication::translate("Roi", column.label));
        default: return {};
    }
}

RoiFilterProxyModel::RoiFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RoiTableModel::SortRole);
    setSortLocaleAware(true);
}

void RoiFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateRowsFilter();
}

bool RoiFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data(RoiTableModel::FilterRole).toString();
        if (text.contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RoiFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double)
        return a.toDouble() < b.toDouble();
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double) // numbers before words
        return a.typeId() == QMetaType::Double;
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace bulwark::gui
