// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/workflow.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bulwark::gui {

/// A remediation action, new (for the findings chosen on the Assessment page) or changed: key, title, owner, due date
/// and status, with the findings it answers. Accepting does not write: the page applies change()
/// (assessment::recordAction, which also moves an open linked finding to in remediation) as one undoable command
/// through the register's write path.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    /// `action` brings the findings (and, to change an existing action, everything else: its key cannot change);
    /// `usedKeys` are the keys of the register's actions.
    ActionDialog(const assessment::RemediationAction &action,
                 bool existing,
                 const QStringList &usedKeys,
                 const QHash<QString, Record> &findings,
                 QWidget *parent = nullptr);

    assessment::RemediationAction action() const;
    /// The change that records it, or why not (a key in use, no title, a finding that is not in the register).
    [[nodiscard]] Result<ChangeSet> change() const;
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *statusCombo() const { return m_status; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    void validate();

    assessment::RemediationAction m_action;
    bool m_existing = false;
    QStringList m_usedKeys;
    QHash<QString, Record> m_findings;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_owner = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace bulwark::gui
