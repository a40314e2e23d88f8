// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registercommand.h"

#include "register/registercodec.h"
#include "register/registerservice.h"

#include <QObject>

namespace bulwark::gui {

RegisterCommand::RegisterCommand(RegisterService *service, ChangeSet forward, ChangeSet backward, const QString &text)
    : m_service(service), m_forward(std::move(forward)), m_backward(std::move(backward))
{
    setText(text);
}

std::unique_ptr<RegisterCommand> RegisterCommand::editElement(RegisterService *service, const Element &before, const Element &after)
{
    ChangeSet forward, backward;
    forward.add(after, ChangeSet::Mode::Update);
    backward.add(before, ChangeSet::Mode::Update);
    std::unique_ptr<RegisterCommand> command(
        new RegisterCommand(service, std::move(forward), std::move(backward), QObject::tr("Edit %1").arg(after.key)));
    // Edits of the same fields of the same element fold into one undo step.
    QStringList fields = RegisterCodec::elementFields();
    fields << before.attributes.keys() << after.attributes.keys();
    QStringList changed;
    for (const QString &field : std::as_const(fields)) {
        if (RegisterCodec::fieldText(before, field) != RegisterCodec::fieldText(after, field) && !changed.contains(field))
            changed << field;
    }
    command->m_mergeKey = after.key + u'|' + changed.join(u',');
    return command;
}

std::unique_ptr<RegisterCommand> RegisterCommand::addElement(RegisterService *service, const Element &element)
{
    ChangeSet forward, backward;
    forward.add(element, ChangeSet::Mode::Insert);
    backward.removeElements << element.key;
    return std::unique_ptr<RegisterCommand>(
        new RegisterCommand(service, std::move(forward), std::move(backward), QObject::tr("Add %1").arg(element.key)));
}

std::unique_ptr<RegisterCommand> RegisterCommand::change(RegisterService *service, ChangeSet forward, const QString &text)
{
    ChangeSet backward = service->inverse(forward);
    return std::unique_ptr<RegisterCommand>(new RegisterCommand(service, std::move(forward), std::move(backward), text));
}

std::unique_ptr<RegisterCommand> RegisterCommand::removeElements(RegisterService *service, const QStringList &keys)
{
    ChangeSet forward;
    forward.removeElements = keys;
    const QString text = keys.size() == 1 ? QObject::tr("Remove %1").arg(keys.first())
                                          : QObject::tr("Remove %n element(s)", nullptr, int(keys.size()));
    return change(service, std::move(forward), text);
}

void RegisterCommand::applyChanges(const ChangeSet &changes)
{
    if (!m_service) {
        setObsolete(true);
        return;
    }
    if (!m_service->apply(changes))
        setObsolete(true);
}

void RegisterCommand::redo()
{
    applyChanges(m_forward);
}

void RegisterCommand::undo()
{
    applyChanges(m_backward);
}

bool RegisterCommand::mergeWith(const QUndoCommand *other)
{
    const auto *command = dynamic_cast<const RegisterCommand *>(other);
    if (!command || command->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty() || command->m_service != m_service)
        return false;
    m_forward = command->m_forward; // keep our "before", take its "after"
    return true;
}

} // namespace bulwark::gui
