// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/requirementtreemodel.h"

#include "gui/theme.h"
#include "model/i18n/language.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace bulwark::gui {

using assessment::RequirementResult;

RequirementTreeModel::RequirementTreeModel(QObject *parent) : QAbstractItemModel(parent)
{ }

QColor RequirementTreeModel::colour(RequirementResult result)
{
    switch (result) {
        case RequirementResult::Compliant: return theme::green;
        case RequirementResult::PartiallyCompliant: return theme::amber;
        case RequirementResult::NonCompliant: return theme::red;
        case RequirementResult::NotApplicable:
        case RequirementResult::NotAssessed: return QColor(0x8a, 0x8f, 0x98);
    }
    return {};
}

QString RequirementTreeModel::scoreText(double score)
{
    return score < 0 ? tr("n/a") : tr("%1 %").arg(i18n::locale().toString(score, 'f', 1));
}

void RequirementTreeModel::setResults(const assessment::Catalogue *catalogue,
                                      const assessment::AssessmentSummary &summary)
{
    if (catalogue == m_catalogue && catalogue) {
        m_summary = summary;
        // The same rows: only their data changed, so the selection and the expanded chapters stay.
        for (int c = 0; c < int(m_chapters.size()); ++c) {
            const QModelIndex chapter = index(c, 0);
            Q_EMIT dataChanged(chapter, index(c, columnTotal - 1));
            const int rows = int(m_chapters[std::size_t(c)].requirements.size());
            if (rows > 0)
                Q_EMIT dataChanged(index(0, 0, chapter), index(rows - 1, columnTotal - 1, chapter));
        }
        return;
    }
    beginResetModel();
    m_catalogue = catalogue;
    m_summary = summary;
    m_chapters.clear();
    if (catalogue) {
        for (const QString &id : catalogue->chapters)
            m_chapters.push_back(Chapter{id, {}});
        for (int i = 0; i < int(catalogue->requirements.size()); ++i) {
            const QString &chapter = catalogue->requirements[std::size_t(i)].chapter;
            for (Chapter &c : m_chapters) {
                if (c.id == chapter)
                    c.requirements.push_back(i);
            }
        }
    }
    endResetModel();
}

void RequirementTreeModel::clear()
{
    beginResetModel();
    m_catalogue = nullptr;
    m_chapters.clear();
    m_summary = {};
    endResetModel();
}

QModelIndex RequirementTreeModel::indexOf(const QString &requirement) const
{
    for (int c = 0; c < int(m_chapters.size()); ++c) {
        const auto &rows = m_chapters[std::size_t(c)].requirements;
        for (int r = 0; r < int(rows.size()); ++r) {
            if (m_catalogue->requirements[std::size_t(rows[std::size_t(r)])].id == requirement)
                return index(r, 0, index(c, 0));
        }
    }
    return {};
}

const assessment::Requirement *RequirementTreeModel::requirement(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || !m_catalogue)
        return nullptr;
    const Chapter &chapter = m_chapters[std::size_t(index.internalId() - 1)];
    return &m_catalogue->requirements[std::size_t(chapter.requirements[std::size_t(index.row())])];
}

QModelIndex RequirementTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnTotal)
        return {};
    if (!parent.isValid())
        return row < int(m_chapters.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_chapters.size()))
        return {};
    if (row >= int(m_chapters[std::size_t(parent.row())].requirements.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RequirementTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RequirementTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_chapters.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_chapters[std::size_t(parent.row())].requirements.size());
}

int RequirementTreeModel::columnCount(const QModelIndex &) const
{
    return columnTotal;
}

QVariant RequirementTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_catalogue)
        return {};
    if (index.internalId() == 0)
        return chapterData(m_chapters[std::size_t(index.row())], index.column(), role);
    const Chapter &chapter = m_chapters[std::size_t(index.internalId() - 1)];
    return requirementData(chapter.requirements[std::size_t(index.row())], index.column(), role);
}

QVariant RequirementTreeModel::chapterData(const Chapter &chapter, int column, int role) const
{
    const double score = m_summary.score.byChapter.value(chapter.id, -1);
    switch (role) {
        case KeyRole: return chapter.id;
        case ResultRole: return -1;
        case ChapterRole: return true;
        case SortRole:
            return Column(column) == Column::Score ? QVariant(score) : chapterData(chapter, column, Qt::DisplayRole);
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (Column(column)) {
                case Column::Requirement: {
                    const QString title = m_catalogue->chapterTitles.value(chapter.id);
                    return title.isEmpty() ? tr("Chapter %1").arg(chapter.id)
                                           : tr("Chapter %1: %2").arg(chapter.id, title);
                }
                case Column::Reference: return QString();
                case Column::Result: {
                    int compliant = 0, counted = 0;
                    for (const int r : chapter.requirements) {
                        const auto it = m_summary.results.constFind(m_catalogue->requirements[std::size_t(r)].id);
                        const RequirementResult result
                            = it == m_summary.results.cend() ? RequirementResult::NotAssessed : it->effective();
                        compliant += result == RequirementResult::Compliant ? 1 : 0;
                        counted += result == RequirementResult::NotApplicable ? 0 : 1;
                    }
                    return tr("%1 of %Ln compliant", nullptr, counted).arg(compliant);
                }
                case Column::Score: return scoreText(score);
            }
            return {};
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default: return {};
    }
}

QVariant RequirementTreeModel::requirementData(int index, int column, int role) const
{
    const assessment::Requirement &r = m_catalogue->requirements[std::size_t(index)];
    const auto it = m_summary.results.constFind(r.id);
    const RequirementResult result = it == m_summary.results.cend() ? RequirementResult::NotAssessed : it->effective();
    const bool judged = it != m_summary.results.cend() && it->judgement.has_value();
    const double points = m_summary.score.byRequirement.value(r.id, -1);
    switch (role) {
        case KeyRole: return r.id;
        case ResultRole: return int(result);
        case ChapterRole: return false;
        case SortRole:
            return Column(column) == Column::Score ? QVariant(points) : requirementData(index, column, Qt::DisplayRole);
        case Qt::DisplayRole:
            switch (Column(column)) {
                case Column::Requirement: return r.title;
                case Column::Reference: return r.reference;
                case Column::Result:
                    // The word, always: the colour alone says nothing to a reader who cannot tell red from green.
                    return judged ? tr("%1 (judged)").arg(assessment::displayName(result))
                                  : assessment::displayName(result);
                case Column::Score: return scoreText(points);
            }
            return {};
        case Qt::ToolTipRole:
            if (Column(column) == Column::Result && judged)
                return tr("The assessor's judgement; the checks said: %1").arg(assessment::displayName(it->result));
            return Column(column) == Column::Requirement ? tr("%1 (%2): %3").arg(r.reference, r.id, r.title)
                                                         : QString();
        case Qt::DecorationRole:
            if (Column(column) == Column::Result)
                return colour(result);
            return {};
        case Qt::BackgroundRole:
            if (Column(column) == Column::Result) {
                QColor tint = colour(result);
                tint.setAlpha(45);
                return QBrush(tint);
            }
            return {};
        default: return {};
    }
}

QVariant RequirementTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
        case Column::Requirement: return tr("Requirement");
        case Column::Reference: return tr("Reference");
        case Column::Result: return tr("Result");
        case Column::Score: return tr("Score");
    }
    return {};
}

} // namespace bulwark::gui
