// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/relationdialogs.h"

#include "gui/elementcompleter.h"
#include "model/register/fields.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bulwark::gui {
namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

} // namespace

ChangeDialog::ChangeDialog(RegisterService *service, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_message(new QLabel(this))
{
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();
}

void ChangeDialog::finishLayout(QLayout *form)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangeDialog::reject);
    layout->addWidget(buttons);
}

void ChangeDialog::accept()
{
    if (!m_service)
        return QDialog::reject();
    const ChangeSet c = changes();
    if (c.isEmpty())
        return QDialog::reject(); // nothing to change
    // A dry run: the service's own rules, with its own message naming the field.
    const auto checked = m_service->apply(c, Actor::current(), true);
    if (!checked) {
        const Error &e = checked.error();
        m_message->setText(e.field.isEmpty() ? e.message : tr("%1: %2").arg(e.field, e.message));
        m_message->show();
        return;
    }
    QDialog::accept();
}

DependencyDialog::DependencyDialog(RegisterService *service,
                                   const QString &from,
                                   const Dependency *existing,
                                   QWidget *parent)
    : ChangeDialog(service, parent),
      m_from(from),
      m_editing(existing != nullptr)
{
    setWindowTitle(m_editing ? tr("Edit Dependency") : tr("Add Dependency"));
    auto *form = new QFormLayout;
    auto *fromLabel = new QLabel(from, this);
    if (const Element *e = service->element(from))
        fromLabel->setText(QStringLiteral("%1  %2").arg(from, e->name));
    form->addRow(tr("Element:"), fromLabel);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("dependencyTarget"));
    m_target->setPlaceholderText(tr("Key of the element it needs"));
    if (m_editing) {
        m_target->setText(existing->to);
        m_target->setReadOnly(true);
    } else {
        installElementCompleter(m_target, *service, [] {});
    }
    form->addRow(tr("&Needs:"), m_target);
    m_strength = new QComboBox(this);
    m_strength->addItem(tr("Hard: it is down when the needed element is down"), int(Strength::Hard));
    m_strength->addItem(tr("Soft: it is degraded when the needed element is down"), int(Strength::Soft));
    form->addRow(tr("&Strength:"), m_strength);
    m_group = new QComboBox(this);
    m_group->addItem(tr("None"), QString());
    for (const RedundancyGroup &g : service->groupsOf(from))
        m_group->addItem(tr("%1 (%2 of its members must be up)").arg(g.name).arg(g.minUp), g.name);
    m_group->setToolTip(tr("A redundancy group of %1 this dependency belongs to").arg(from));
    form->addRow(tr("Redundancy &group:"), m_group);
    if (existing) {
        m_strength->setCurrentIndex(m_strength->findData(int(existing->strength)));
        m_group->setCurrentIndex(std::max(0, m_group->findData(existing->group)));
    }
    finishLayout(form);
}

QString DependencyDialog::targetKey() const
{
    return m_target->text().section(QStringLiteral("  "), 0, 0).trimmed();
}

ChangeSet DependencyDialog::changes() const
{
    Dependency d;
    d.from = m_from;
    d.to = targetKey();
    d.strength = Strength(m_strength->currentData().toInt());
    d.group = m_group->currentData().toString();
    ChangeSet c;
    if (m_editing) {
        if (const Dependency *old = m_service ? m_service->dependency(d.from, d.to) : nullptr; old && *old == d)
            return c; // unchanged
        c.add(d, ChangeSet::Mode::Update);
    } else {
        c.add(d, ChangeSet::Mode::Insert);
    }
    return c;
}

QString DependencyDialog::summary() const
{
    return m_editing ? tr("Edit %1 -> %2").arg(m_from, targetKey()) : tr("Link %1 -> %2").arg(m_from, targetKey());
}

GroupDialog::GroupDialog(RegisterService *service,
                         const QString &owner,
                         const RedundancyGroup *existing,
                         QWidget *parent)
    : ChangeDialog(service, parent),
      m_owner(owner),
      m_editing(existing != nullptr)
{
    setWindowTitle(m_editing ? tr("Edit Redundancy Group") : tr("New Redundancy Group"));
    auto *form = new QFormLayout;
    form->addRow(tr("Element:"), new QLabel(owner, this));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setPlaceholderText(tr("e.g. dc, db-replicas"));
    form->addRow(tr("&Name:"), m_name);
    m_minUp = new QSpinBox(this);
    m_minUp->setRange(1, 1000);
    m_minUp->setToolTip(tr("How many members must be up for %1 to keep working").arg(owner));
    form->addRow(tr("&Members that must be up:"), m_minUp);
    m_failover = new QSpinBox(this);
    m_failover->setRange(0, 100000);
    m_failover->setSuffix(tr(" min"));
    m_failover->setToolTip(tr("How long switching to the remaining members takes"));
    form->addRow(tr("&Failover time:"), m_failover);
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_members->setToolTip(tr("The dependencies of %1 that back each other up").arg(owner));
    for (const Dependency &d : service->dependenciesOf(owner)) {
        QString text = d.to;
        if (const Element *e = service->element(d.to))
            text += QStringLiteral("  ") + e->name;
        if (!d.group.isEmpty() && (!existing || d.group != existing->name))
            text += QLatin1Char(' ') + tr("(now in group %1)").arg(d.group);
        auto *item = new QListWidgetItem(text, m_members);
        item->setData(Qt::UserRole, d.to);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(existing && d.group == existing->name ? Qt::Checked : Qt::Unchecked);
    }
    form->addRow(tr("Me&mbers:"), m_members);
    if (existing) {
        m_name->setText(existing->name);
        m_name->setReadOnly(true);
        m_minUp->setValue(existing->minUp);
        m_failover->setValue(existing->failoverMin);
    }
    finishLayout(form);
}

void GroupDialog::setMember(const QString &to, bool member)
{
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->data(Qt::UserRole).toString() == to)
            m_members->item(i)->setCheckState(member ? Qt::Checked : Qt::Unchecked);
    }
}

ChangeSet GroupDialog::changes() const
{
    ChangeSet c;
    if (!m_service)
        return c;
    RedundancyGroup g;
    g.element = m_owner;
    g.name = m_name->text().trimmed();
    g.minUp = m_minUp->value();
    g.failoverMin = m_failover->value();
    const RedundancyGroup *old = m_service->group(m_owner, g.name);
    if (!old || old->minUp != g.minUp || old->failoverMin != g.failoverMin)
        c.add(g, m_editing ? ChangeSet::Mode::Update : ChangeSet::Mode::Insert);
    for (int i = 0; i < m_members->count(); ++i) {
        const QString to = m_members->item(i)->data(Qt::UserRole).toString();
        const Dependency *d = m_service->dependency(m_owner, to);
        if (!d)
            continue;
        const bool member = m_members->item(i)->checkState() == Qt::Checked;
        if (member == (d->group == g.name))
            continue;
        Dependency changed = *d;
        changed.group = member ? g.name : QString();
        c.add(changed, ChangeSet::Mode::Update);
    }
    return c;
}

QString GroupDialog::summary() const
{
    return m_editing ? tr("Edit group %1 of %2").arg(m_name->text(), m_owner)
                     : tr("New group %1 of %2").arg(m_name->text(), m_owner);
}

BulkEditDialog::BulkEditDialog(RegisterService *service, const QStringList &keys, QWidget *parent)
    : ChangeDialog(service, parent),
      m_keys(keys)
{
    setWindowTitle(tr("Edit %Ln Element(s)", nullptr, int(keys.size())));
    auto *form = new QFormLayout;
    auto row = [&](QCheckBox *&check, const QString &label, QWidget *field) {
        check = new QCheckBox(label, this);
        field->setEnabled(false);
        connect(check, &QCheckBox::toggled, field, &QWidget::setEnabled);
        form->addRow(check, field);
    };
    m_owner = new QLineEdit(this);
    row(m_ownerCheck, tr("&Owner"), m_owner);
    m_addTags = new QLineEdit(this);
    m_addTags->setPlaceholderText(tr("tags to add, separated by commas"));
    row(m_addTagsCheck, tr("&Add tags"), m_addTags);
    m_removeTags = new QLineEdit(this);
    m_removeTags->setPlaceholderText(tr("tags to remove, separated by commas"));
    row(m_removeTagsCheck, tr("&Remove tags"), m_removeTags);
    m_criticality = new QComboBox(this);
    for (const auto &[token, name] : Fields::element().find(QStringLiteral("criticality"))->choices())
        m_criticality->addItem(name, token);
    row(m_criticalityCheck, tr("&Criticality (business functions only)"), m_criticality);
    m_rto = new QSpinBox(this);
    m_rto->setRange(-1, 10000000);
    m_rto->setSpecialValueText(tr("not recorded"));
    m_rto->setSuffix(tr(" min"));
    row(m_rtoCheck, tr("RT&O"), m_rto);
    m_rpo = new QSpinBox(this);
    m_rpo->setRange(-1, 10000000);
    m_rpo->setSpecialValueText(tr("not recorded"));
    m_rpo->setSuffix(tr(" min"));
    row(m_rpoCheck, tr("RP&O"), m_rpo);
    auto *note = new QLabel(tr("Only ticked fields change. The change is one step to undo."), this);
    note->setWordWrap(true);
    form->addRow(note);
    finishLayout(form);
}

ChangeSet BulkEditDialog::changes() const
{
    ChangeSet c;
    if (!m_service)
        return c;
    const QStringList add = splitTags(m_addTags->text());
    const QStringList remove = splitTags(m_removeTags->text());
    // The ticked fields are set through the element field table, as the form and `bulwark set` set them; a field
    // that does not belong to an element's kind is left alone.
    const auto &fields = Fields::element();
    auto set = [](Element &e, const Field<Element> *field, const QString &text) {
        if (field && field->appliesTo(e.kind))
            (void)field->setText(e, text);
    };
    auto minutes = [](const QSpinBox *box) { return box->value() < 0 ? QString() : QString::number(box->value()); };
    for (const QString &key : m_keys) {
        const Element *old = m_service->element(key);
        if (!old)
            continue;
        Element e = *old;
        if (m_ownerCheck->isChecked())
            set(e, fields.find(QStringLiteral("owner")), m_owner->text().trimmed());
        if (m_addTagsCheck->isChecked()) {
            for (const QString &tag : add)
                if (!e.tags.contains(tag))
                    e.tags << tag;
        }
        if (m_removeTagsCheck->isChecked()) {
            for (const QString &tag : remove)
                e.tags.removeAll(tag);
        }
        if (m_criticalityCheck->isChecked())
            set(e, fields.find(QStringLiteral("criticality")), m_criticality->currentData().toString());
        if (m_rtoCheck->isChecked())
            set(e, fields.find(QStringLiteral("rto_min")), minutes(m_rto));
        if (m_rpoCheck->isChecked())
            set(e, fields.find(QStringLiteral("rpo_min")), minutes(m_rpo));
        if (!(e == *old))
            c.add(e, ChangeSet::Mode::Update);
    }
    return c;
}

QString BulkEditDialog::summary() const
{
    return tr("Edit %Ln element(s)", nullptr, int(m_keys.size()));
}

} // namespace bulwark::gui
