// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/evidence.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bulwark::gui {

/// The confirmation before a file dropped on the Assessment page becomes evidence (issue 13): its name, size, media
/// type and SHA-256 as the register will store them (assessment::evidenceRecord), the requirement and assessment it
/// supports, and its dates. Accepting does not write: the page applies change() (assessment::addEvidenceChange) as
/// one undoable command through the register's write path.
class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    /// `file` brings the bytes, name, requirement and assessment; the dialog fills in key, title and dates.
    EvidenceDialog(assessment::EvidenceFile file, const QStringList &usedKeys, QWidget *parent = nullptr);

    /// The evidence as it would be recorded (hash and size computed by the model), or why not.
    const Result<assessment::Evidence> &record() const { return m_record; }
    /// The change that adds it, with the key, title and dates chosen here; or why not.
    [[nodiscard]] Result<ChangeSet> change() const;
    QLabel *hashLabel() const { return m_hash; }
    QLabel *sizeLabel() const { return m_size; }
    QLineEdit *keyEdit() const { return m_key; }
    QDateEdit *expiresEdit() const { return m_expires; }
    QCheckBox *expiresCheck() const { return m_hasExpiry; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    void validate();

    assessment::EvidenceFile m_file;
    Result<assessment::Evidence> m_record;
    QStringList m_usedKeys;
    QLineEdit *m_key;
    QLineEdit *m_title;
    QDateEdit *m_effective;
    QCheckBox *m_hasExpiry;
    QDateEdit *m_expires;
    QLabel *m_hash;
    QLabel *m_size;
    QLabel *m_problem;
    QPushButton *m_confirm;
};

} // namespace bulwark::gui
