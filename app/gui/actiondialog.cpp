// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/actiondialog.h"

#include "gui/theme.h"
#include "model/assessment/review.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bulwark::gui {

using namespace assessment;

ActionDialog::ActionDialog(const RemediationAction &action,
                           bool existing,
                           const QStringList &usedKeys,
                           const QHash<QString, Record> &findings,
                           QWidget *parent)
    : QDialog(parent),
      m_action(action),
      m_existing(existing),
      m_usedKeys(usedKeys),
      m_findings(findings)
{
    setObjectName(QStringLiteral("actionDialog"));
    setMinimumWidth(460);
    setWindowTitle(existing ? tr("Remediation Action %1").arg(action.key) : tr("New Remediation Action"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        existing ? tr("Change the action. Its findings stay linked.")
                 : tr("An action answers the %Ln finding(s) chosen; an open one moves to \"in remediation\".",
                      nullptr,
                      int(action.findings.size())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_key = new QLineEdit(action.key, this);
    m_key->setObjectName(QStringLiteral("actionKey"));
    m_key->setReadOnly(existing);
    if (!existing && action.key.isEmpty()) {
        int n = 1;
        while (usedKeys.contains(QStringLiteral("ACT-%1").arg(n)))
            ++n;
        m_key->setText(QStringLiteral("ACT-%1").arg(n));
    }
    form->addRow(tr("&Key:"), m_key);
    m_title = new QLineEdit(action.title, this);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_title->setPlaceholderText(tr("What will be done"));
    form->addRow(tr("&Title:"), m_title);
    m_owner = new QLineEdit(action.owner, this);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setPlaceholderText(tr("Who is responsible"));
    form->addRow(tr("&Owner:"), m_owner);
    m_due = new QDateEdit(action.due.isValid() ? action.due : QDate::currentDate().addMonths(1), this);
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Due:"), m_due);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    for (const ActionStatus s : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done})
        m_status->addItem(displayName(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    form->addRow(tr("&Status:"), m_status);
    auto *linked = new QLabel(action.findings.join(QStringLiteral(", ")), this);
    linked->setWordWrap(true);
    linked->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Findings:"), linked);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("actionProblem"));
    m_problem->setWordWrap(true);
    theme::markAsProblem(m_problem);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(existing ? tr("&Save Action") : tr("&Add Action"), QDialogButtonBox::AcceptRole);
    m_confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_key, m_title, m_owner})
        connect(edit, &QLineEdit::textChanged, this, &ActionDialog::validate);
    validate();
}

RemediationAction ActionDialog::action() const
{
    RemediationAction a = m_action;
    a.key = m_key->text().trimmed();
    a.title = m_title->text().trimmed();
    a.owner = m_owner->text().trimmed();
    a.due = m_due->date();
    a.status = ActionStatus(m_status->currentData().toInt());
    return a;
}

Result<ChangeSet> ActionDialog::change() const
{
    const RemediationAction a = action();
    if (a.key.isEmpty())
        return makeError(Error::Code::Invalid, tr("An action needs a key."), QStringLiteral("key"));
    if (!m_existing && m_usedKeys.contains(a.key))
        return makeError(
            Error::Code::Conflict, tr("There is already an action '%1'.").arg(a.key), QStringLiteral("key"));
    if (a.title.isEmpty())
        return makeError(Error::Code::Invalid, tr("An action needs a title."), QStringLiteral("title"));
    return recordAction(a, m_findings); // the model's rules: the findings must exist, open ones move on
}

void ActionDialog::validate()
{
    const auto checked = change();
    m_problem->setText(checked ? QString() : checked.error().message);
    m_problem->setVisible(!checked);
    m_confirm->setEnabled(bool(checked));
}

} // namespace bulwark::gui
