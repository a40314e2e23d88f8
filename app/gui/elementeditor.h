// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/element.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

/// A form for one element. Apply validates with the same rules as every other write path, shows a message
/// beside the form naming the field, and pushes an undoable command; Revert shows the stored values again.
class ElementEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ElementEditor(QWidget *parent = nullptr);
    void setService(RegisterService *service, QUndoStack *undoStack);
    /// Shows element `key` (empty: nothing). Unapplied edits of the previous element are dropped.
    void setElement(const QString &key);
    QString elementKey() const { return m_key; }
    /// Starts a new element of `kind`; Apply adds it.
    void startNewElement(ElementKind kind);

    /// The field editors by exchange-format field name (for tests and focus handling).
    QWidget *fieldWidget(const QString &field) const { return m_fields.value(field); }
    QString message() const;
    /// Whether the form holds edits that were not applied (or a new element being typed).
    bool hasUnsavedEdits() const;

public Q_SLOTS:
    /// Validates and applies the form; returns false and shows why when the input is not valid.
    bool apply();
    void revert();

Q_SIGNALS:
    /// A new element was added through the form.
    void elementAdded(const QString &key);

private:
    void buildForm();
    void load(const Element &element);
    void updateEnabledFields();
    void showMessage(const QString &message, const QString &field);
    void updateButtons();
    QString text(const QString &field) const;

    QPointer<RegisterService> m_service;
    QPointer<QUndoStack> m_undoStack;
    QString m_key;
    bool m_isNew = false;
    bool m_loading = false;
    Element m_loaded;
    QHash<QString, QWidget *> m_fields;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QLineEdit *m_reason = nullptr; ///< why (optional): recorded in the audit trail with the change (issue 12)
};

} // namespace bulwark::gui
