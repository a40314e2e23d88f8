// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementeditor.h"

#include "commands/registercommand.h"
#include "register/registercodec.h"
#include "register/registerservice.h"
#include "register/validation.h"
#include "register/vocabulary.h"

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

namespace bulwark::gui {
namespace {

QComboBox *tokenCombo(const QList<std::pair<QString, QString>> &items, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const auto &[token, label] : items)
        combo->addItem(label, token);
    return combo;
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

    auto line = [&](const QString &field, const QString &label, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(content);
        edit->setPlaceholderText(placeholder);
        edit->setObjectName(field);
        connect(edit, &QLineEdit::textEdited, this, &ElementEditor::updateButtons);
        form->addRow(label, edit);
        m_fields.insert(field, edit);
        return edit;
    };
    auto combo = [&](const QString &field, const QString &label, QComboBox *box) {
        box->setObjectName(field);
        connect(box, &QComboBox::activated, this, &ElementEditor::updateButtons);
        form->addRow(label, box);
        m_fields.insert(field, box);
        return box;
    };

    line(QStringLiteral("key"), tr("&Key"), tr("e.g. APP-CORE"));
    line(QStringLiteral("name"), tr("&Name"));
    QList<std::pair<QString, QString>> kinds;
    for (int k = 0; k < elementKindCount; ++k)
        kinds.append({Vocabulary::token(ElementKind(k)), Vocabulary::displayName(ElementKind(k))});
    auto *kindBox = combo(QStringLiteral("kind"), tr("K&ind"), tokenCombo(kinds, content));
    connect(kindBox, &QComboBox::currentIndexChanged, this, &ElementEditor::updateEnabledFields);
    line(QStringLiteral("owner"), tr("&Owner"), tr("team or person accountable"));
    auto *description = new QPlainTextEdit(content);
    description->setObjectName(QStringLiteral("description"));
    description->setTabChangesFocus(true);
    description->setFixedHeight(description->fontMetrics().lineSpacing() * 4 + 12);
    connect(description, &QPlainTextEdit::textChanged, this, &ElementEditor::updateButtons);
    form->addRow(tr("&Description"), description);
    m_fields.insert(QStringLiteral("description"), description);
    line(QStringLiteral("tags"), tr("&Tags"), tr("separated by ;"));

    auto *resilience = new QLabel(tr("Resilience"), content);
    resilience->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 8px;"));
    form->addRow(resilience);
    line(QStringLiteral("availability"), tr("A&vailability target"), tr("fraction, e.g. 0.999"));
    line(QStringLiteral("rto_min"), tr("&RTO (minutes)"), tr("recovery time objective"));
    line(QStringLiteral("rpo_min"), tr("R&PO (minutes)"), tr("recovery point objective"));

    auto *function = new QLabel(tr("Business function"), content);
    function->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 8px;"));
    form->addRow(function);
    combo(QStringLiteral("criticality"),
          tr("&Criticality"),
          tokenCombo({{QString(), tr("Not set")},
                      {QStringLiteral("critical"), Vocabulary::displayName(Criticality::Critical)},
                      {QStringLiteral("standard"), Vocabulary::displayName(Criticality::Standard)}},
                     content));
    line(QStringLiteral("mtd_min"), tr("Max. tolerable &downtime (min)"), tr("impact tolerance"));
    line(QStringLiteral("mtdl_min"), tr("Max. tolerable data &loss (min)"), tr("impact tolerance"));

    auto *provider = new QLabel(tr("Provider and place"), content);
    provider->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 8px;"));
    form->addRow(provider);
    line(QStringLiteral("lei"), tr("L&EI"), tr("20 characters, ISO 17442"));
    combo(QStringLiteral("substitutability"),
          tr("&Substitutability"),
          tokenCombo({{QString(), tr("Not set")},
                      {QStringLiteral("none"), Vocabulary::displayName(Substitutability::None)},
                      {QStringLiteral("low"), Vocabulary::displayName(Substitutability::Low)},
                      {QStringLiteral("medium"), Vocabulary::displayName(Substitutability::Medium)},
                      {QStringLiteral("high"), Vocabulary::displayName(Substitutability::High)}},
                     content));
    combo(QStringLiteral("exit_plan"),
          tr("E&xit plan"),
          tokenCombo(
              {{QString(), tr("Not set")}, {QStringLiteral("true"), tr("Yes")}, {QStringLiteral("false"), tr("No")}},
              content));
    line(QStringLiteral("country"), tr("Co&untry"), tr("ISO code, e.g. DE"));
    line(QStringLiteral("region"), tr("Re&gion"), tr("e.g. eu-central"));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #a32a1f; padding: 4px 0;"));
    m_message->hide();
    outer->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
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
            edit->setText(it.key() == u"tags" ? element.tags.join(QStringLiteral("; ")) : value);
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
        const QString loaded = it.key() == u"tags" ? m_loaded.tags.join(QStringLiteral("; "))
                                                   : RegisterCodec::fieldText(m_loaded, it.key());
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
    const bool isFunction = kind == ElementKind::Function;
    const bool isProvider = kind == ElementKind::Provider;
    for (const auto *field : {u"criticality", u"mtd_min", u"mtdl_min"})
        m_fields.value(QString::fromUtf16(field))->setEnabled(editable && isFunction);
    for (const auto *field : {u"lei", u"substitutability", u"exit_plan"})
        m_fields.value(QString::fromUtf16(field))->setEnabled(editable && isProvider);
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
        m_undoStack->push(RegisterCommand::addElement(m_service, element).release());
        if (m_service->elementCount() == before)
            return false;
        m_isNew = false;
        setElement(element.key);
        Q_EMIT elementAdded(element.key);
        return true;
    }
    if (element == m_loaded)
        return true;
    m_undoStack->push(RegisterCommand::editElement(m_service, m_loaded, element).release());
    return m_service->element(element.key) && *m_service->element(element.key) == element;
}

void ElementEditor::revert()
{
    if (m_isNew)
        startNewElement(m_loaded.kind);
    else
        setElement(m_key);
}

} // namespace bulwark::gui
