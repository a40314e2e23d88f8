// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/roiproblemmodel.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

#include <algorithm>

namespace bulwark::gui {

RoiProblemModel::RoiProblemModel(QObject *parent) : QAbstractTableModel(parent)
{ }

std::vector<RoiProblemModel::Entry> RoiProblemModel::entriesOf(std::vector<roi::Problem> problems)
{
    std::vector<Entry> entries;
    entries.reserve(problems.size());
    for (roi::Problem &problem : problems) {
        const bool hasTemplate = problem.rule != u"map"; // the builder's notes name no template
        entries.push_back(Entry{std::move(problem), hasTemplate});
    }
    return entries;
}

void RoiProblemModel::setEntries(std::vector<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int RoiProblemModel::count(roi::Severity severity) const
{
    return int(std::count_if(
        m_entries.begin(), m_entries.end(), [severity](const Entry &e) { return e.problem.severity == severity; }));
}

QString RoiProblemModel::summary() const
{
    if (m_entries.empty())
        return tr("Ready to file: no problems");
    QStringList parts;
    if (const int n = count(roi::Severity::Blocking))
        parts << tr("%Ln blocking", nullptr, n);
    if (const int n = count(roi::Severity::Error))
        parts << tr("%Ln error(s)", nullptr, n);
    if (const int n = count(roi::Severity::Warning))
        parts << tr("%Ln warning(s)", nullptr, n);
    return parts.join(tr(", "));
}

QString RoiProblemModel::severityText(roi::Severity severity)
{
    switch (severity) {
        case roi::Severity::Blocking: return tr("Blocking");
        case roi::Severity::Error: return tr("Error");
        case roi::Severity::Warning: return tr("Warning");
    }
    return {};
}

QIcon RoiProblemModel::severityIcon(roi::Severity severity)
{
    const QStyle *style = QApplication::style();
    switch (severity) {
        case roi::Severity::Blocking: return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case roi::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case roi::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

int RoiProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RoiProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

QVariant RoiProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Entry &entry = m_entries[std::size_t(index.row())];
    const roi::Problem &p = entry.problem;
    const auto column = Column(index.column());
    const roi::Template &templ = roi::templateOf(p.table);
    const auto text = [&]() -> QString {
        switch (column) {
            case Column::Severity: return severityText(p.severity);
            case Column::Rule: return p.rule;
            case Column::Template: return entry.hasTemplate ? QString::fromLatin1(templ.code) : QString();
            case Column::Row: return p.rowKey;
            case Column::ColumnCode: return p.column;
            case Column::Message: return p.message;
        }
        return {};
    };
    switch (role) {
        case Qt::DisplayRole: return text();
        case Qt::DecorationRole:
            if (column == Column::Severity)
                return severityIcon(p.severity);
            return {};
        case Qt::ToolTipRole:
            switch (column) {
                case Column::Template: return entry.hasTemplate ? templ.titleText() : QString();
                case Column::ColumnCode: {
                    const int c = entry.hasTemplate ? templ.column(p.column) : -1;
                    return c < 0 ? QString() : QCoreApplication::translate("Roi", templ.columns[std::size_t(c)].label);
                }
                case Column::Rule:
                    return p.rule == u"map" ? tr("The map holds something the templates cannot express") : QString();
                case Column::Severity:
                case Column::Row:
                case Column::Message:
                    // Rich text, so that a long message wraps.
                    return QStringLiteral("<p>%1</p>").arg(p.message.toHtmlEscaped());
            }
            return {};
        case SortRole:
            if (column == Column::Severity)
                return int(p.severity);
            return text();
        case EntryRole: return index.row();
        default: return {};
    }
}

QVariant RoiProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
        case Column::Severity: return tr("Severity");
        case Column::Rule: return tr("Rule");
        case Column::Template: return tr("Template");
        case Column::Row: return tr("Row");
        case Column::ColumnCode: return tr("Column");
        case Column::Message: return tr("Message");
    }
    return {};
}

} // namespace bulwark::gui
