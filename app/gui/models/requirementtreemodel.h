// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/catalogue.h"
#include "model/assessment/summary.h"

#include <QAbstractItemModel>
#include <QColor>

#include <vector>

namespace bulwark::gui {

/// The Assessment page's requirement tree: chapter > requirement, each with its result as a word and a colour and
/// its score. Reads from memory (a catalogue and an assessment::AssessmentSummary decided in the model); a new
/// catalogue resets it, new results of the same catalogue only change data, so that the selection stays.
class RequirementTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column { Requirement, Reference, Result, Score };
    static constexpr int columnTotal = 4;
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< the requirement's id, or the chapter's id on a chapter row
        ResultRole,                 ///< int(assessment::RequirementResult) of a requirement, -1 on a chapter row
        SortRole,                   ///< the raw value (score as a number)
        ChapterRole                 ///< true on a chapter row
    };

    explicit RequirementTreeModel(QObject *parent = nullptr);

    /// Shows `summary`'s results of the requirements of `catalogue` (which must outlive the model's use of it).
    void setResults(const assessment::Catalogue *catalogue, const assessment::AssessmentSummary &summary);
    void clear();
    const assessment::Catalogue *catalogue() const { return m_catalogue; }
    /// The row of a requirement, or an invalid index.
    QModelIndex indexOf(const QString &requirement) const;
    /// The requirement of a row (nullptr on a chapter row).
    const assessment::Requirement *requirement(const QModelIndex &index) const;

    /// The colour of a result, the same in light and dark palettes (rows are tinted with it): compliant green,
    /// partially compliant amber, non-compliant red, not applicable and not assessed grey.
    static QColor colour(assessment::RequirementResult result);
    /// A score (0-100) as "72.5 %", -1 as "n/a".
    static QString scoreText(double score);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Chapter {
        QString id;
        std::vector<int> requirements; ///< indices into the catalogue's requirements
    };
    QVariant chapterData(const Chapter &chapter, int column, int role) const;
    QVariant requirementData(int requirement, int column, int role) const;

    const assessment::Catalogue *m_catalogue = nullptr;
    std::vector<Chapter> m_chapters;
    assessment::AssessmentSummary m_summary;
};

} // namespace bulwark::gui
