// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/workflow.h"
#include "model/register/changeset.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

/// The sign-off of an assessment (Submit... and Approve... on the Assessment page): who prepared and submitted it,
/// who acts now (the operating-system account), the four-eyes rule and, for an approval, the fingerprints it will
/// record (the register's audit-trail head and the SHA-256 of the results). The change is built here as the command
/// line builds it and checked with the register (a dry run of RegisterService::apply): a refusal by the register's
/// sign-off rule is shown as the message it carries and the confirm button stays disabled. Accepting does not
/// write: the page applies change() as an undoable command.
class SignOffDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step { Submit, Approve };
    SignOffDialog(Step step,
                  RegisterService &service,
                  const assessment::Assessment &assessment,
                  QWidget *parent = nullptr);

    Step step() const { return m_step; }
    /// The assessment as it will be written (status, who, when, fingerprints).
    const assessment::Assessment &signedOff() const { return m_after; }
    const ChangeSet &change() const { return m_change; }
    /// Whether the register accepts the change (else refusal() says why).
    bool isAllowed() const { return m_refusal.isEmpty(); }
    QString refusal() const { return m_refusal; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    Step m_step;
    assessment::Assessment m_after;
    ChangeSet m_change;
    QString m_refusal;
    QLabel *m_message;
    QPushButton *m_confirm;
};

} // namespace bulwark::gui
