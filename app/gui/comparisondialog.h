// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/compare.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QTabWidget;

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

class ResultTableModel;

/// Compare With... on the Assessment page (issue 13): a stored assessment beside another one of the register, as
/// assessment::compareAssessments decides it (the same as 'bulwark assess diff'): the verdict (improved, worsened,
/// unchanged) and why, the scores before and after, the requirements whose result changed, and the findings new
/// since the earlier one or no longer seen. The earlier of the two is "before".
class ComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    /// Compares assessment `key` with the latest other assessment dated before it (else any other); the combo box
    /// chooses another one.
    ComparisonDialog(RegisterService &service,
                     const assessment::Catalogue &catalogue,
                     const QString &key,
                     QWidget *parent = nullptr);

    /// Compares with assessment `other` (a key of the register's assessments).
    void compareWith(const QString &other);
    const assessment::AssessmentComparison &comparison() const { return m_comparison; }
    QLabel *verdictLabel() const { return m_verdict; }
    ResultTableModel *requirementModel() const { return m_requirements; }
    ResultTableModel *newFindingModel() const { return m_newFindings; }
    ResultTableModel *goneFindingModel() const { return m_goneFindings; }

Q_SIGNALS:
    /// The user asked to see an element in the register (a double-click on a finding).
    void showElement(const QString &key);

private:
    QPointer<RegisterService> m_service;
    const assessment::Catalogue &m_catalogue;
    QString m_key;
    assessment::AssessmentComparison m_comparison;
    QComboBox *m_other;
    QLabel *m_verdict;
    QLabel *m_scores;
    QTabWidget *m_tabs;
    ResultTableModel *m_requirements;
    ResultTableModel *m_chapters;
    ResultTableModel *m_newFindings;
    ResultTableModel *m_goneFindings;
};

} // namespace bulwark::gui
