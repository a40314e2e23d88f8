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
#include <QScrollBar>
#include <QSet>
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

/// What the user typed, as the field's raw text: the form takes what the table shows ("1 h", "99.9 %") as well as raw
/// values (Fields::rawText, issue 12).
Result<QString> rawFormText(const QString &token, const QString &text)
{
    const Field<Element> *field = Fields::element().find(token);
    return field ? Fields::rawText(field->type, text, token) : Result<QString>(text);
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
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    outer->addWidget(m_title);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll, 1);

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
        // Each editor sits over its own message line, shown when Apply finds the field invalid (issue 12).
        auto *cell = new QWidget(content);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        const QString token = field->token;
        auto edited = [this, token] { fieldEdited(token); };
        QWidget *editor = nullptr;
        if (field->type == FieldType::LongText) {
            auto *text = new QPlainTextEdit(cell);
            text->setTabChangesFocus(true);
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
            connect(text, &QPlainTextEdit::textChanged, this, edited);
            editor = text;
        } else if (field->choices) {
            QList<std::pair<QString, QString>> items;
            if (field->info.clearable)
                items.append({QString(), tr("Not set")});
            items += field->choices();
            auto *box = tokenCombo(items, cell);
            connect(box, &QComboBox::currentIndexChanged, this, edited);
            if (field->token == u"kind")
                connect(box, &QComboBox::currentIndexChanged, this, &ElementEditor::updateEnabledFields);
            editor = box;
        } else {
            auto *edit = new QLineEdit(cell);
            edit->setPlaceholderText(Fields::text(field->info.placeholder));
            connect(edit, &QLineEdit::textChanged, this, edited);
            editor = edit;
        }
        editor->setObjectName(field->token);
        auto *error = new QLabel(cell);
        error->setObjectName(field->token + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        error->setStyleSheet(QStringLiteral("color: #a32a1f;"));
        error->hide();
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        auto *label = new QLabel(Fields::text(field->info.label), content);
        label->setBuddy(editor);
        form->addRow(label, cell);
        m_fields.insert(field->token, editor);
        m_errors.insert(field->token, error);
        m_order.append(field->token);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
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
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);
    m_apply->setToolTip(tr("Save the changes (Ctrl+Return)"));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    outer->addLayout(buttons);
    connect(m_apply, &QPushButton::clicked, this, &ElementEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &ElementEditor::revert);
    auto *applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    applyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    applyShortcut->setWhatsThis(tr("Register: apply the form")); // listed in Help > Keyboard Shortcuts
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
    setTitle(element ? QStringLiteral("%1  %2").arg(element->key, element->name.toHtmlEscaped())
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
    setTitle(tr("New %1").arg(Vocabulary::inSentence(Vocabulary::displayName(kind))));
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(true);
    updateEnabledFields();
    updateButtons();
    // The form of a new element starts at its top (issue 12), where the key is typed.
    m_scroll->verticalScrollBar()->setValue(0);
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
        } else if (auto *combo = qobject_cast<QComboBox *>(*it)) {
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(*it)) {
            text->setPlainText(value);
        }
    }
    clearErrors();
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

void ElementEditor::setTitle(const QString &title)
{
    m_titleText = title;
    m_title->setText(m_modified ? m_titleText + QStringLiteral(" *") : m_titleText);
}

void ElementEditor::updateButtons()
{
    if (m_loading)
        return;
    // Apply and Revert mean something only when the form differs from the register (issue 12).
    const bool modified = hasUnsavedEdits();
    m_apply->setEnabled(modified);
    m_revert->setEnabled(modified);
    if (modified != m_modified) {
        m_modified = modified;
        setTitle(m_titleText);
        Q_EMIT modifiedChanged(modified);
    }
}

void ElementEditor::fieldEdited(const QString &field)
{
    if (m_loading)
        return;
    // The field's old complaint goes once the user changes it; the others stay until the next Apply.
    if (QLabel *error = m_errors.value(field); error && !error->isHidden()) {
        error->hide();
        error->clear();
        m_fields.value(field)->setStyleSheet(QString());
    }
    updateButtons();
}

QString ElementEditor::fieldName(const QString &field)
{
    const Field<Element> *f = Fields::element().find(field);
    if (!f || !f->info.label)
        return field;
    QString name = Fields::text(f->info.label);
    name.remove(u'&');
    return name;
}

QString ElementEditor::fieldError(const QString &field) const
{
    const QLabel *error = m_errors.value(field);
    return error && !error->isHidden() ? error->text() : QString();
}

QStringList ElementEditor::invalidFields() const
{
    QStringList fields;
    for (const QString &field : m_order) {
        if (!fieldError(field).isEmpty())
            fields << field;
    }
    return fields;
}

void ElementEditor::clearErrors()
{
    m_message->hide();
    m_message->clear();
    for (auto it = m_errors.constBegin(); it != m_errors.constEnd(); ++it) {
        (*it)->hide();
        (*it)->clear();
        m_fields.value(it.key())->setStyleSheet(QString());
    }
}

void ElementEditor::showErrors(const QList<std::pair<QString, QString>> &errors)
{
    clearErrors();
    QStringList lines;
    QWidget *first = nullptr;
    for (const QString &field : std::as_const(m_order)) {
        for (const auto &[token, message] : errors) {
            if (token != field)
                continue;
            QLabel *error = m_errors.value(field);
            error->setText(error->text().isEmpty() ? message : error->text() + u'\n' + message);
            error->show();
            QWidget *editor = m_fields.value(field);
            editor->setStyleSheet(QStringLiteral("border: 1px solid #a32a1f;"));
            if (!first)
                first = editor;
            lines << tr("%1: %2").arg(fieldName(field), message);
        }
    }
    for (const auto &[token, message] : errors) { // a rule about no single editor (attributes)
        if (!m_fields.contains(token))
            lines << (token.isEmpty() ? message : tr("%1: %2").arg(fieldName(token), message));
    }
    m_message->setText(tr("Nothing was saved. Correct these fields:") + u'\n' + lines.join(u'\n'));
    m_message->show();
    if (first) {
        first->setFocus();
        m_scroll->ensureWidgetVisible(first);
    }
}

bool ElementEditor::confirmLeave()
{
    if (!hasUnsavedEdits())
        return true;
    QMessageBox box(QMessageBox::Question,
                    tr("Unsaved Changes"),
                    m_isNew ? tr("The new element has not been added yet.")
                            : tr("The changes to %1 have not been applied.").arg(m_key),
                    QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("unsavedEditsBox"));
    box.setInformativeText(tr("Apply them now, discard them, or go back to the form?"));
    box.setDefaultButton(QMessageBox::Apply);
    switch (execPrompt(&box)) {
        case QMessageBox::Apply: return apply() && !hasUnsavedEdits(); // invalid input stays, every problem shown
        case QMessageBox::Discard:
            if (m_isNew)
                setElement({});
            else
                setElement(m_key);
            return true;
        default: return false;
    }
}

bool ElementEditor::apply()
{
    if (!m_service || (!m_isNew && m_key.isEmpty()))
        return false;
    Element element = m_loaded;
    // Every problem at once (issue 12): each field is read on its own, and what cannot be read is listed; then the
    // register's rules, which stop at their first complaint, are asked again with each complained-of field set back
    // to a harmless value, until they find nothing more.
    QList<std::pair<QString, QString>> errors;
    QSet<QString> failed;
    // The kind first: which fields apply depends on it. Fields that do not belong to the kind are cleared rather than
    // rejected: the form disables them.
    QStringList order = m_order;
    order.removeOne(QStringLiteral("kind"));
    order.prepend(QStringLiteral("kind"));
    for (const QString &field : std::as_const(order)) {
        QWidget *editor = m_fields.value(field);
        QString value = text(field);
        if (!editor->isEnabled() && field != u"key" && field != u"kind")
            value.clear();
        if (field == u"key" && !m_isNew)
            continue;
        const auto raw = rawFormText(field, value);
        if (!raw) {
            const QString shown = raw.error().field.isEmpty() ? field : raw.error().field;
            errors.append({shown, raw.error().message});
            failed.insert(shown);
            failed.insert(field);
            continue;
        }
        if (auto r = RegisterCodec::setField(element, field, *raw); !r) {
            const QString shown = r.error().field.isEmpty() ? field : r.error().field;
            errors.append({shown, r.error().message});
            failed.insert(shown);
            failed.insert(field);
        }
    }
    QHash<QString, int> attempts;
    for (int round = 0; round < 4 * int(m_order.size()) + 4; ++round) {
        const auto r = Validation::validateElement(element);
        if (r)
            break;
        const QString field = r.error().field;
        if (!failed.contains(field)) {
            errors.append({field, r.error().message});
            failed.insert(field);
        }
        // Set back to the stored value, else empty, else a plain word; a field still refused ends the search.
        const int attempt = attempts[field]++;
        const QString standIn = attempt == 0 ? RegisterCodec::fieldText(m_loaded, field)
            : attempt == 1                   ? QString()
                                             : QStringLiteral("x");
        if (field.isEmpty() || attempt > 2 || !RegisterCodec::setField(element, field, standIn))
            break;
    }
    if (m_isNew && !failed.contains(QStringLiteral("key")) && m_service->element(element.key))
        errors.append({QStringLiteral("key"), tr("An element with the key '%1' exists already.").arg(element.key)});
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    clearErrors();
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
