// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/changeset.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

/// Base of the register's small edit dialogs: OK checks the change with a dry run of RegisterService::apply() and
/// shows the service's message inline (naming the field) instead of closing.
class ChangeDialog : public QDialog
{
    Q_OBJECT
public:
    /// The change to apply (valid after the dialog was accepted).
    virtual ChangeSet changes() const = 0;
    /// For the undo history ("Link A to B").
    virtual QString summary() const = 0;
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    void accept() override;

protected:
    ChangeDialog(RegisterService *service, QWidget *parent);
    /// Adds the message line and the OK/Cancel buttons below `form`.
    void finishLayout(QLayout *form);
    QPointer<RegisterService> m_service;

private:
    QLabel *m_message;
};

/// Adds a dependency of one element ("it needs ...") or edits one: strength and redundancy group.
class DependencyDialog : public ChangeDialog
{
    Q_OBJECT
public:
    /// `existing` null: a new dependency of `from`.
    DependencyDialog(RegisterService *service,
                     const QString &from,
                     const Dependency *existing,
                     QWidget *parent = nullptr);
    ChangeSet changes() const override;
    QString summary() const override;

    QLineEdit *targetField() const { return m_target; }
    QComboBox *strengthBox() const { return m_strength; }
    QComboBox *groupBox() const { return m_group; }

private:
    QString targetKey() const;
    QString m_from;
    bool m_editing;
    QLineEdit *m_target;
    QComboBox *m_strength;
    QComboBox *m_group;
};

/// Creates or edits a redundancy group of one element: its name, how many members must be up, the failover time,
/// and which of the element's dependencies are its members.
class GroupDialog : public ChangeDialog
{
    Q_OBJECT
public:
    GroupDialog(RegisterService *service,
                const QString &owner,
                const RedundancyGroup *existing,
                QWidget *parent = nullptr);
    ChangeSet changes() const override;
    QString summary() const override;

    QLineEdit *nameField() const { return m_name; }
    QSpinBox *minUpBox() const { return m_minUp; }
    QSpinBox *failoverBox() const { return m_failover; }
    QListWidget *memberList() const { return m_members; }
    /// Checks or unchecks the member `to` (a dependency of the owner); for tests and keyboard users alike.
    void setMember(const QString &to, bool member);

private:
    QString m_owner;
    bool m_editing;
    QLineEdit *m_name;
    QSpinBox *m_minUp;
    QSpinBox *m_failover;
    QListWidget *m_members;
};

/// Changes fields of many elements at once, as one undoable step: owner, tags added or removed, criticality (of the
/// business functions among them), RTO and RPO. Only the fields whose box is ticked change.
class BulkEditDialog : public ChangeDialog
{
    Q_OBJECT
public:
    BulkEditDialog(RegisterService *service, const QStringList &keys, QWidget *parent = nullptr);
    ChangeSet changes() const override;
    QString summary() const override;

    QCheckBox *ownerCheck() const { return m_ownerCheck; }
    QLineEdit *ownerField() const { return m_owner; }
    QCheckBox *addTagsCheck() const { return m_addTagsCheck; }
    QLineEdit *addTagsField() const { return m_addTags; }
    QCheckBox *removeTagsCheck() const { return m_removeTagsCheck; }
    QLineEdit *removeTagsField() const { return m_removeTags; }
    QCheckBox *rtoCheck() const { return m_rtoCheck; }
    QSpinBox *rtoBox() const { return m_rto; }

private:
    QStringList m_keys;
    QCheckBox *m_ownerCheck, *m_addTagsCheck, *m_removeTagsCheck, *m_criticalityCheck, *m_rtoCheck, *m_rpoCheck;
    QLineEdit *m_owner, *m_addTags, *m_removeTags;
    QComboBox *m_criticality;
    QSpinBox *m_rto, *m_rpo;
};

} // namespace bulwark::gui
