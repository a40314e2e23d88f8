// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/evidencedialog.h"

#include "gui/theme.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace bulwark::gui {

using namespace assessment;

EvidenceDialog::EvidenceDialog(EvidenceFile file, const QStringList &usedKeys, QWidget *parent)
    : QDialog(parent),
      m_file(std::move(file)),
      m_record(makeError(Error::Code::Invalid, QString())),
      m_usedKeys(usedKeys)
{
    // A key from the content: the same file again proposes the same key (with a number when it is taken).
    const QString hash = sha256Hex(m_file.bytes);
    QString key = QStringLiteral("EV-%1").arg(hash.left(10).toUpper());
    for (int n = 2; m_usedKeys.contains(key); ++n)
        key = QStringLiteral("EV-%1-%2").arg(hash.left(10).toUpper()).arg(n);
    if (m_file.key.isEmpty())
        m_file.key = key;
    m_record = evidenceRecord(m_file);
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Add Evidence"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_key = new QLineEdit(m_file.key, this);
    m_key->setObjectName(QStringLiteral("evidenceKey"));
    m_title = new QLineEdit(m_file.title.isEmpty() ? m_file.fileName : m_file.title, this);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("File:"), new QLabel(m_file.fileName.toHtmlEscaped(), this));
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("evidenceSize"));
    m_hash = new QLabel(this);
    m_hash->setObjectName(QStringLiteral("evidenceHash"));
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hash->setWordWrap(true);
    if (m_record) {
        m_size->setText(tr("%1 (%L2 bytes), %3")
                            .arg(QLocale().formattedDataSize(m_record->size), QString::number(m_record->size))
                            .arg(m_record->mediaType));
        m_hash->setText(m_record->sha256);
    }
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("SHA-256:"), m_hash);
    form->addRow(tr("Supports:"),
                 new QLabel(m_file.requirements.isEmpty() ? tr("(no requirement chosen)")
                                                          : m_file.requirements.join(QStringLiteral(", ")),
                            this));
    if (!m_file.assessment.isEmpty())
        form->addRow(tr("Assessment:"), new QLabel(m_file.assessment, this));
    const QDate today = QDate::currentDate();
    m_effective = new QDateEdit(m_file.effective.isValid() ? m_file.effective : today, this);
    m_effective->setObjectName(QStringLiteral("evidenceEffective"));
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Effective from:"), m_effective);
    auto *expiryRow = new QHBoxLayout;
    m_hasExpiry = new QCheckBox(tr("E&xpires on"), this);
    m_hasExpiry->setObjectName(QStringLiteral("evidenceHasExpiry"));
    m_expires = new QDateEdit(m_file.expires.isValid() ? m_file.expires : today.addYears(1), this);
    m_expires->setObjectName(QStringLiteral("evidenceExpires"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_hasExpiry->setChecked(true);
    expiryRow->addWidget(m_hasExpiry);
    expiryRow->addWidget(m_expires, 1);
    form->addRow(tr("Expiry:"), expiryRow);

    auto *note = new QLabel(tr("The file's content is stored inside the register and kept by its SHA-256; the file "
                               "on disk can move or change afterwards without touching the evidence."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("evidenceProblem"));
    m_problem->setWordWrap(true);
    theme::markAsProblem(m_problem);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("&Add Evidence"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("evidenceConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_key, &QLineEdit::textChanged, this, &EvidenceDialog::validate);
    connect(m_effective, &QDateEdit::dateChanged, this, &EvidenceDialog::validate);
    connect(m_expires, &QDateEdit::dateChanged, this, &EvidenceDialog::validate);
    connect(m_hasExpiry, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    connect(m_hasExpiry, &QCheckBox::toggled, this, &EvidenceDialog::validate);
    validate();
    resize(620, sizeHint().height());
}

Result<ChangeSet> EvidenceDialog::change() const
{
    EvidenceFile file = m_file;
    file.key = m_key->text().trimmed();
    file.title = m_title->text().trimmed();
    file.effective = m_effective->date();
    file.expires = m_hasExpiry->isChecked() ? m_expires->date() : QDate();
    return addEvidenceChange(file); // the model's checks: a folder part dropped, size, dates
}

void EvidenceDialog::validate()
{
    QString problem;
    if (!m_record)
        problem = m_record.error().message;
    else if (m_usedKeys.contains(m_key->text().trimmed()))
        problem = tr("There is evidence '%1' already: choose another key.").arg(m_key->text().trimmed());
    else if (const auto c = change(); !c)
        problem = c.error().message;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_confirm->setEnabled(problem.isEmpty());
}

} // namespace bulwark::gui
