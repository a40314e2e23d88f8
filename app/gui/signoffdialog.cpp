// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/signoffdialog.h"

#include "gui/theme.h"
#include "model/register/registerservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace bulwark::gui {

SignOffDialog::SignOffDialog(Step step,
                             RegisterService &service,
                             const assessment::Assessment &assessment,
                             QWidget *parent)
    : QDialog(parent),
      m_step(step),
      m_after(assessment)
{
    using namespace assessment;
    setObjectName(QStringLiteral("signOffDialog"));
    const Actor actor = Actor::current();
    const bool approve = step == Step::Approve;
    setWindowTitle(approve ? tr("Approve Assessment %1").arg(assessment.key)
                           : tr("Submit Assessment %1").arg(assessment.key));

    // The same change as 'bulwark assess submit' / 'approve' makes: the model's.
    const auto change = approve
        ? approval(
            assessment, actor, QDate::currentDate(), service.auditHead(), service.records(requirementResultType()))
        : submission(assessment, actor, QDate::currentDate());
    if (change) {
        m_change = *change;
        for (const auto &item : m_change.records) {
            if (item.value.type == &assessmentType())
                m_after = TableType<Assessment>::value(item.value);
        }
    } else {
        m_refusal = change.error().message;
    }

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Assessment:"), new QLabel(tr("%1: %2").arg(assessment.key, assessment.title), this));
    form->addRow(tr("Status:"), new QLabel(displayName(assessment.status), this));
    form->addRow(tr("Prepared by:"), new QLabel(assessment.preparer.isEmpty() ? tr("(unknown)") : assessment.preparer));
    if (!assessment.submittedBy.isEmpty()) {
        form->addRow(tr("Submitted by:"),
                     new QLabel(tr("%1 on %2")
                                    .arg(assessment.submittedBy,
                                         QLocale().toString(assessment.submittedAt, QLocale::ShortFormat)),
                                this));
    }
    form->addRow(approve ? tr("Approved by (you):") : tr("Submitted by (you):"),
                 new QLabel(tr("%1 (this computer's account)").arg(actor.user), this));
    if (approve) {
        auto *registerPrint
            = new QLabel(tr("audit entry %1, %2").arg(m_after.registerSeq.value_or(0)).arg(m_after.registerHash), this);
        registerPrint->setObjectName(QStringLiteral("signOffRegisterHash"));
        registerPrint->setTextInteractionFlags(Qt::TextSelectableByMouse);
        registerPrint->setWordWrap(true);
        auto *resultsPrint = new QLabel(m_after.resultsHash, this);
        resultsPrint->setObjectName(QStringLiteral("signOffResultsHash"));
        resultsPrint->setTextInteractionFlags(Qt::TextSelectableByMouse);
        resultsPrint->setWordWrap(true);
        form->addRow(tr("Register fingerprint:"), registerPrint);
        form->addRow(tr("Results fingerprint (SHA-256):"), resultsPrint);
    }
    layout->addLayout(form);

    auto *rule = new QLabel(
        approve ? tr("Four eyes: an assessment is approved by a different person than the one who submitted it. The "
                     "approval records the fingerprints above and freezes the assessment: no write path can change it "
                     "or its results afterwards. A later change to the map marks the sign-off as lapsed.")
                : tr("Four eyes: you submit the assessment as prepared; a different person must approve it. Its "
                     "results can still be judged until it is approved."),
        this);
    rule->setWordWrap(true);
    layout->addWidget(rule);

    // Asked of the register itself (its sign-off rule), not decided here.
    if (m_refusal.isEmpty()) {
        const auto checked = service.apply(m_change, actor, true);
        if (!checked)
            m_refusal = checked.error().message;
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signOffMessage"));
    m_message->setWordWrap(true);
    if (!m_refusal.isEmpty()) {
        m_message->setText(tr("Refused: %1").arg(m_refusal));
        theme::markAsProblem(m_message);
    }
    m_message->setVisible(!m_refusal.isEmpty());
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(approve ? tr("&Approve") : tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("signOffConfirm"));
    m_confirm->setEnabled(m_refusal.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace bulwark::gui
