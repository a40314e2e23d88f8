// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/recorddialog.h"

#include "gui/theme.h"
#include "model/assessment/inputs.h"
#include "model/register/fields.h"
#include "model/roi/records.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bulwark::gui {
namespace {

template<typename T>
RecordForm formOf(const TableType<T> &type)
{
    RecordForm form;
    form.type = &type;
    for (const Field<T> &f : type.fields()) {
        RecordForm::Field field;
        field.token = f.token;
        field.type = f.type;
        field.info = f.info;
        if (f.choices)
            field.choices = f.choices();
        field.key = f.token == type.keyField();
        form.fields.push_back(std::move(field));
    }
    form.texts = [&type](const Record &record) {
        QStringList texts;
        const T &value = TableType<T>::value(record);
        for (const Field<T> &f : type.fields())
            texts << f.text(value);
        return texts;
    };
    form.make = [&type](const QStringList &texts) -> Result<Record> {
        T value;
        qsizetype i = 0;
        for (const Field<T> &f : type.fields()) {
            const QString text = texts.value(i++);
            if (auto r = f.setText(value, f.type == FieldType::LongText ? text : text.trimmed()); !r)
                return r.error();
        }
        Record record = type.record(std::move(value));
        if (auto r = type.validate(record.value); !r)
            return r.error();
        return record;
    };
    return form;
}

template<typename T>
bool formIf(const EntityType &type, const TableType<T> &candidate, std::optional<RecordForm> &form)
{
    if (&type != &candidate)
        return false;
    form = formOf(candidate);
    return true;
}

} // namespace

QString RecordForm::plainLabel(const Field &field)
{
    QString label = Fields::text(field.info.label ? field.info.label : field.info.column);
    label.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (label.endsWith(u':'))
        label.chop(1);
    return label.isEmpty() ? field.token : label;
}

std::optional<RecordForm> recordForm(const EntityType &type)
{
    std::optional<RecordForm> form;
    formIf(type, roi::entityType(), form) || formIf(type, roi::branchType(), form)
        || formIf(type, roi::arrangementType(), form) || formIf(type, roi::serviceTermsType(), form)
        || formIf(type, roi::functionTermsType(), form) || formIf(type, roi::providerTermsType(), form)
        || formIf(type, roi::definitionType(), form) || formIf(type, assessment::exitPlanType(), form);
    return form;
}

RecordDialog::RecordDialog(RecordForm form, const std::optional<Record> &record, QWidget *parent, const QString &key)
    : QDialog(parent),
      m_form(std::move(form)),
      m_original(record.value_or(Record()))
{
    const bool editing = record.has_value();
    setWindowTitle(editing ? tr("Edit %1 %2").arg(m_form.type->name(), record->key())
                           : tr("Add %1").arg(m_form.type->name()));
    setObjectName(QStringLiteral("recordDialog"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QFormLayout(content);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);

    const QStringList texts = editing ? m_form.texts(*record) : QStringList();
    static const QRegularExpression datePattern(QStringLiteral("[0-9]{0,4}(-[0-9]{0,2}(-[0-9]{0,2})?)?"));
    for (std::size_t i = 0; i < m_form.fields.size(); ++i) {
        const RecordForm::Field &field = m_form.fields[i];
        const QString text = editing ? texts.value(qsizetype(i)) : field.key ? key : QString();
        const QString placeholder = Fields::text(field.info.placeholder);
        QWidget *editor = nullptr;
        if (field.type == FieldType::LongText) {
            auto *edit = new QPlainTextEdit(text, content);
            edit->setTabChangesFocus(true);
            edit->setPlaceholderText(placeholder);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            editor = edit;
        } else if (field.type == FieldType::Choice || field.type == FieldType::YesNo) {
            auto *box = new QComboBox(content);
            if (!field.info.required || field.type == FieldType::YesNo)
                box->addItem(tr("Not set"), QString());
            for (const auto &[token, label] : field.choices)
                box->addItem(label == token ? label : tr("%1 (%2)").arg(label, token), token);
            int index = box->findData(text);
            if (index < 0 && !text.isEmpty()) { // a token the list does not know: kept, so that OK names it
                box->addItem(text, text);
                index = box->count() - 1;
            }
            box->setCurrentIndex(std::max(index, 0));
            box->setMinimumContentsLength(24);
            box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            editor = box;
        } else {
            auto *edit = new QLineEdit(text, content);
            edit->setClearButtonEnabled(!field.key);
            if (field.type == FieldType::Date) {
                edit->setPlaceholderText(placeholder.isEmpty() ? tr("YYYY-MM-DD, empty: not set") : placeholder);
                edit->setValidator(new QRegularExpressionValidator(datePattern, edit));
                edit->setMaxLength(10);
            } else if (field.type == FieldType::TextList) {
                edit->setPlaceholderText(placeholder.isEmpty() ? tr("Separated by ';'") : placeholder);
            } else {
                edit->setPlaceholderText(placeholder);
            }
            if (field.key && editing) {
                edit->setReadOnly(true);
                edit->setToolTip(tr("The key of the record cannot be changed: add a new record and delete this one"));
            }
            editor = edit;
        }
        editor->setObjectName(field.token);
        if (field.info.placeholder && editor->toolTip().isEmpty())
            editor->setToolTip(placeholder);
        QString labelText = Fields::text(field.info.label);
        if (labelText.isEmpty())
            labelText = RecordForm::plainLabel(field);
        if (field.info.required)
            labelText = tr("%1 *").arg(labelText);
        auto *label = new QLabel(labelText, content);
        label->setBuddy(editor);
        layout->addRow(label, editor);
        m_editors.push_back(editor);
    }
    outer->addWidget(scroll, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("recordError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::markAsProblem(m_error);
    m_error->hide();
    outer->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);

    // Tall enough for the fields, within the screen (a scroll bar beyond).
    content->adjustSize();
    const int wanted = content->sizeHint().height() + m_buttons->sizeHint().height() + 48;
    resize(std::max(660, content->sizeHint().width() + 60), std::min(wanted, 720));
    if (!m_editors.empty()) {
        for (std::size_t i = 0; i < m_editors.size(); ++i) {
            if (!(editing && m_form.fields[i].key)) {
                m_editors[i]->setFocus();
                break;
            }
        }
    }
}

QWidget *RecordDialog::editor(const QString &token) const
{
    for (std::size_t i = 0; i < m_form.fields.size(); ++i) {
        if (m_form.fields[i].token == token)
            return m_editors[i];
    }
    return nullptr;
}

QStringList RecordDialog::texts() const
{
    QStringList texts;
    for (QWidget *editor : m_editors) {
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            texts << edit->text();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            texts << text->toPlainText();
        else if (auto *box = qobject_cast<QComboBox *>(editor))
            texts << box->currentData().toString();
        else
            texts << QString();
    }
    return texts;
}

void RecordDialog::accept()
{
    auto made = m_form.make(texts());
    if (!made) {
        showError(made.error());
        return;
    }
    if (m_check) {
        if (auto checked = m_check(*made); !checked) {
            showError(checked.error());
            return;
        }
    }
    m_record = std::move(*made);
    QDialog::accept();
}

void RecordDialog::showError(const Error &error)
{
    QString text = error.message;
    for (std::size_t i = 0; i < m_form.fields.size(); ++i) {
        if (m_form.fields[i].token == error.field) {
            text = tr("%1: %2").arg(RecordForm::plainLabel(m_form.fields[i]), error.message);
            m_editors[i]->setFocus(Qt::OtherFocusReason);
            if (auto *edit = qobject_cast<QLineEdit *>(m_editors[i]))
                edit->selectAll();
            break;
        }
    }
    m_error->setText(text);
    m_error->show();
}

} // namespace bulwark::gui
