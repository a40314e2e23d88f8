// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/entitytype.h"
#include "model/result.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <any>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

class QDialogButtonBox;
class QLabel;

namespace bulwark::gui {

/// A registered table's fields without their value type: what a form and a table need to show and edit a Record as
/// texts (the field table's text() and setText()). Made from a TableType<T> (recordForm()).
struct RecordForm {
    struct Field {
        QString token;
        FieldType type = FieldType::Text;
        FieldInfo info;
        QList<std::pair<QString, QString>> choices; ///< (token, label) of a Choice or YesNo field
        bool key = false;                           ///< the identity field
    };
    const EntityType *type = nullptr;
    std::vector<Field> fields;
    /// The text of every field of `record`, in field order.
    std::function<QStringList(const Record &record)> texts;
    /// A record from the texts in field order: each set with the field's setText(), then the type's validate(). The
    /// error names the field (Error::field, a token).
    std::function<Result<Record>(const QStringList &texts)> make;

    /// The field's label for people, without its accelerator.
    static QString plainLabel(const Field &field);
};

/// The form of `type`, when the window has one: the register of information's seven tables and the exit plans.
std::optional<RecordForm> recordForm(const EntityType &type);

/// Adds or edits one record of a registered table (issue 18): one editor per field of its field table (a line edit,
/// a text box for long texts, a list of the choices' labels, a date as YYYY-MM-DD, yes/no/not set, texts separated by
/// ';'). OK checks the record with the fields' rules and the type's validate(), then with the check set by
/// setCheck() (the register's rules, a dry run); a refusal is shown in the dialog, naming the field, and the dialog
/// stays open. The key cannot be changed when an existing record is edited.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    /// `form` from recordForm(); `record`: the record to edit, or nothing to add one (its key may be given in `key`).
    RecordDialog(RecordForm form,
                 const std::optional<Record> &record,
                 QWidget *parent = nullptr,
                 const QString &key = {});

    /// Checks a record beyond its type's rules before the dialog closes (e.g. RegisterService::apply as a dry run).
    void setCheck(std::function<Result<void>(const Record &)> check) { m_check = std::move(check); }
    /// The record as entered; valid after accept().
    const Record &record() const { return m_record; }
    bool isNew() const { return !m_original.type; }
    /// The record edited (no type when adding).
    const Record &original() const { return m_original; }

    /// The editor of the field `token` (QLineEdit, QPlainTextEdit or QComboBox), or nullptr.
    QWidget *editor(const QString &token) const;
    /// The line that says why OK was refused.
    QLabel *errorLabel() const { return m_error; }
    /// The texts the editors hold, in field order.
    QStringList texts() const;

public Q_SLOTS:
    void accept() override;

private:
    void showError(const Error &error);

    RecordForm m_form;
    Record m_original;
    Record m_record;
    std::vector<QWidget *> m_editors;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::function<Result<void>(const Record &)> m_check;
};

} // namespace bulwark::gui
