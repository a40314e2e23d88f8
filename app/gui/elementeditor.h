// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/element.h"

#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QUndoStack;

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

/// A form for one element. Apply validates with the same rules as every other write path, shows every invalid field
/// at once (a red frame and a message under each, and a list naming them), and pushes an undoable command only when
/// all are valid; Revert shows the stored values again. A form with unapplied edits is marked '*' (issue 12), and
/// confirmLeave() asks what to do with them before it is left.
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
    bool isNewElement() const { return m_isNew; }
    /// Before the form is left (another row, a new element, the window closes): with unapplied edits, asks Apply /
    /// Discard / Cancel. True when the form may be left: nothing was unsaved, the edits were applied, or discarded
    /// (the form then shows the stored values). False on Cancel, or when Apply found invalid input (shown inline).
    bool confirmLeave();
    /// How confirmLeave() asks: runs the box and returns the QMessageBox::StandardButton chosen. Tests answer here.
    std::function<int(QMessageBox *)> execPrompt = [](QMessageBox *box) { return box->exec(); };
    /// The message shown under `field` after the last Apply (empty: the field is valid).
    QString fieldError(const QString &field) const;
    /// The fields marked invalid by the last Apply, in form order.
    QStringList invalidFields() const;
    /// The field's name as the form labels it, without the accelerator ("RTO (minutes)").
    static QString fieldName(const QString &field);

public Q_SLOTS:
    /// Validates and applies the form; returns false and shows why when the input is not valid.
    bool apply();
    void revert();

Q_SIGNALS:
    /// A new element was added through the form.
    void elementAdded(const QString &key);
    /// The form became modified (edits not applied) or unmodified.
    void modifiedChanged(bool modified);

private:
    void buildForm();
    void load(const Element &element);
    void updateEnabledFields();
    /// Marks every field of `errors` (field token, message) invalid and lists them under the form.
    void showErrors(const QList<std::pair<QString, QString>> &errors);
    void clearErrors();
    void fieldEdited(const QString &field);
    void setTitle(const QString &title);
    void updateButtons();
    QString text(const QString &field) const;

    QPointer<RegisterService> m_service;
    QPointer<QUndoStack> m_undoStack;
    QString m_key;
    bool m_isNew = false;
    bool m_loading = false;
    Element m_loaded;
    QHash<QString, QWidget *> m_fields;
    QStringList m_order;               ///< field tokens in form order
    QHash<QString, QLabel *> m_errors; ///< the message under each field
    QString m_titleText;               ///< the title without the modified mark
    bool m_modified = false;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QLineEdit *m_reason = nullptr; ///< why (optional): recorded in the audit trail with the change (issue 12)
};

} // namespace bulwark::gui
