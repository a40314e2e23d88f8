// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/elementeditor.h"

#include "gui/commands/registercommand.h"
#include "model/register/fields.h"
#include "model/register/registercodec.h"
#include "model/register/registerservice.h"
#include "model/register/validation.h"
#include "model/register/vocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace bulwark::gui {
namespace {

QComboBox *tokenCombo(const QList<std::pair<QString, QString>> &items, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const auto &[token, label] : items)
        combo->addItem(label, token);
    return combo;
}

/// The text a line editor shows: the field's text form, with a space after each ';' of a list.
QString formText(const Element &element, const QString &token)
{
    const Field<Element> *field = Fields::element().find(token);
    if (field && field->type == FieldType::TextList)
        return field->value(element).toStringList().join(QStringLiteral("; "));
    return RegisterCodec::fieldText(element, token);
}

} // namespace

ElementEditor::ElementEditor(QWidget *parent) : QWidget(parent)
{
    buildForm();
    setElement({});
}

void ElementEditor::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    outer->addWidget(m_title);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    // The form follows the element field table: one editor per field with a label, in form order, under the
    // heading of its section. The widget follows the field's type.
    std::vector<const Field<Element> *> fields;
    for (const Field<Element> &field : Fields::element()) {
        if (field.info.label)
            fields.push_back(&field);
    }
    std::stable_sort(fields.begin(), fields.end(), [](const auto *a, const auto *b) {
        return std::pair(int(a->info.section), a->info.formRank) < std::pair(int(b->info.section), b->info.formRank);
    });
    std::optional<FieldSection> section;
    for (const Field<Element> *field : fields) {
        if (section && *section != field->info.section) {
            auto *heading = new QLabel(Fields::sectionTitle(field->info.section), content);
            heading->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 8px;"));
            form->addRow(heading);
        }
        section = field->info.section;
        QWidget *editor = nullptr;
        if (field->type == FieldType::LongText) {
            auto *text = new QPlainTextEdit(content);
            text->setTabChangesFocus(true);
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
            connect(text, &QPlainTextEdit::textChanged, this, &ElementEditor::updateButtons);
            editor = text;
        } else if (field->choices) {
            QList<std::pair<QString, QString>> items;
            if (field->info.clearable)
                items.append({QString(), tr("Not set")});
            items += field->choices();
            auto *box = tokenCombo(items, content);
            connect(box, &QComboBox::activated, this, &ElementEditor::updateButtons);
            if (field->token == u"kind")
                connect(box, &QComboBox::currentIndexChanged, this, &ElementEditor::updateEnabledFields);
            editor = box;
        } else {
            auto *edit = new QLineEdit(content);
            edit->setPlaceholderText(Fields::text(field->info.placeholder));
            connect(edit, &QLineEdit::textEdited, this, &ElementEditor::updateButtons);
            editor = edit;
        }
        editor->setObjectName(field->token);
        form->addRow(Fields::text(field->info.label), editor);
        m_fields.insert(field->token, editor);
    }

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #a32a1f; padding: 4px 0;"));
    m_message->hide();
    outer->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("elementReason"));
    m_reason->setPlaceholderText(tr("Reason (optional)"));
    m_reason->setToolTip(tr("Why you make this change: recorded in the audit trail with it"));
    buttons->addWidget(m_reason, 1);
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setToolTip(tr("Show the stored values again"));
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setDefault(true);
    m_apply->setToolTip(tr("Save the changes (Ctrl+Return)"));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    outer->addLayout(buttons);
    connect(m_apply, &QPushButton::clicked, this, &ElementEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &ElementEditor::revert);
    auto *applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    applyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(applyShortcut, &QShortcut::activated, this, &ElementEditor::apply);
}

void ElementEditor::setService(RegisterService *service, QUndoStack *undoStack)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_undoStack = undoStack;
    if (service) {
        connect(service, &RegisterService::changed, this, [this](const ChangeSummary &summary) {
            if (m_isNew || m_key.isEmpty())
                return;
            if (summary.removedElements.contains(m_key))
                setElement({});
            else if (summary.changedElements.contains(m_key) || summary.addedElements.contains(m_key))
                setElement(m_key);
        });
    }
    setElement({});
}

void ElementEditor::setElement(const QString &key)
{
    m_isNew = false;
    m_key = key;
    const Element *element = m_service && !key.isEmpty() ? m_service->element(key) : nullptr;
    if (!element)
        m_key.clear();
    load(element ? *element : Element());
    m_title->setText(element ? QStringLiteral("%1  %2").arg(element->key, element->name.toHtmlEscaped())
                             : tr("Select an element to see and edit its details."));
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(element != nullptr);
    m_fields.value(QStringLiteral("key"))->setEnabled(false);
    updateEnabledFields();
    updateButtons();
}

void ElementEditor::startNewElement(ElementKind kind)
{
    Element element;
    element.kind = kind;
    m_key.clear();
    m_isNew = true;
    load(element);
    m_title->setText(tr("New %1").arg(Vocabulary::displayName(kind).toLower()));
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(true);
    updateEnabledFields();
    updateButtons();
    m_fields.value(QStringLiteral("key"))->setFocus();
}

void ElementEditor::load(const Element &element)
{
    m_loading = true;
    m_loaded = element;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const QString value = RegisterCodec::fieldText(element, it.key());
        if (auto *edit = qobject_cast<QLineEdit *>(*it)) {
            edit->setText(formText(element, it.key()));
            edit->setProperty("invalid", false);
            edit->style()->unpolish(edit);
            edit->style()->polish(edit);
        } else if (auto *combo = qobject_cast<QComboBox *>(*it)) {
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(*it)) {
            text->setPlainText(value);
        }
    }
    m_message->hide();
    m_loading = false;
}

QString ElementEditor::text(const QString &field) const
{
    QWidget *w = m_fields.value(field);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
        // toPlainText() turns a no-break space into a space and U+2028/2029 into line feeds: a text the user did not
        // touch is taken as it was loaded, so that editing another field does not change it.
        if (!plain->document()->isModified())
            return RegisterCodec::fieldText(m_loaded, field);
        return plain->toPlainText();
    }
    return {};
}

bool ElementEditor::hasUnsavedEdits() const
{
    if (m_isNew)
        return true;
    if (m_key.isEmpty())
        return false;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const QString loaded = formText(m_loaded, it.key());
        if (text(it.key()) != loaded)
            return true;
    }
    return false;
}

QString ElementEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ElementEditor::updateEnabledFields()
{
    const bool editable = m_isNew || !m_key.isEmpty();
    const auto kind = Vocabulary::kindFromToken(text(QStringLiteral("kind")));
    for (const Field<Element> &field : Fields::element()) {
        if (field.info.kinds == allKinds)
            continue;
        if (QWidget *w = m_fields.value(field.token))
            w->setEnabled(editable && kind && field.appliesTo(*kind));
    }
    m_fields.value(QStringLiteral("key"))->setEnabled(m_isNew);
    m_fields.value(QStringLiteral("kind"))->setEnabled(editable);
}

void ElementEditor::updateButtons()
{
    if (m_loading)
        return;
    const bool editable = m_isNew || !m_key.isEmpty();
    m_apply->setEnabled(editable);
    m_revert->setEnabled(editable);
}

void ElementEditor::showMessage(const QString &message, const QString &field)
{
    m_message->setText(message);
    m_message->show();
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        QWidget *w = *it;
        const bool invalid = it.key() == field;
        w->setProperty("invalid", invalid);
        w->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #a32a1f;") : QString());
    }
    if (QWidget *w = m_fields.value(field))
        w->setFocus();
}

bool ElementEditor::apply()
{
    if (!m_service || (!m_isNew && m_key.isEmpty()))
        return false;
    Element element = m_loaded;
    // Fields that do not belong to the kind are cleared rather than rejected: the form disables them.
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        QString value = text(it.key());
        if (!it.value()->isEnabled() && it.key() != u"key" && it.key() != u"kind")
            value.clear();
        if (it.key() == u"key" && !m_isNew)
            continue;
        if (auto r = RegisterCodec::setField(element, it.key(), value); !r) {
            showMessage(r.error().message, r.error().field);
            return false;
        }
    }
    if (auto r = Validation::validateElement(element); !r) {
        showMessage(r.error().message, r.error().field);
        return false;
    }
    if (m_isNew && m_service->element(element.key)) {
        showMessage(tr("An element with the key '%1' exists already.").arg(element.key), QStringLiteral("key"));
        return false;
    }
    m_message->hide();
    for (QWidget *w : std::as_const(m_fields))
        w->setStyleSheet(QString());
    if (m_isNew) {
        const auto before = m_service->elementCount();
        auto command = RegisterCommand::addElement(m_service, element);
        command->setReason(m_reason->text().trimmed());
        m_undoStack->push(command.release());
        if (m_service->elementCount() == before)
            return false;
        m_reason->clear();
        m_isNew = false;
        setElement(element.key);
        Q_EMIT elementAdded(element.key);
        return true;
    }
    if (element == m_loaded)
        return true;
    auto command = RegisterCommand::editElement(m_service, m_loaded, element);
    command->setReason(m_reason->text().trimmed());
    m_undoStack->push(command.release());
    const bool applied = m_service->element(element.key) && *m_service->element(element.key) == element;
    if (applied)
        m_reason->clear();
    return applied;
}

void ElementEditor::revert()
{
    if (m_isNew)
        startNewElement(m_loaded.kind);
    else
        setElement(m_key);
}

} // namespace bulwark::gui
