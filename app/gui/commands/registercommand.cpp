// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/registercommand.h"

#include "model/register/registercodec.h"
#include "model/register/registerservice.h"

#include <QApplication>
#include <QObject>
#include <QProgressDialog>
#include <QPushButton>

namespace bulwark::gui {

RegisterCommand::RegisterCommand(RegisterService *service, ChangeSet forward, ChangeSet backward, const QString &text)
    : m_service(service),
      m_forward(std::move(forward)),
      m_backward(std::move(backward))
{
    setText(text);
}

std::unique_ptr<RegisterCommand>
RegisterCommand::editElement(RegisterService *service, const Element &before, const Element &after)
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
        if (RegisterCodec::fieldText(before, field) != RegisterCodec::fieldText(after, field)
            && !changed.contains(field))
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

std::unique_ptr<RegisterCommand>
RegisterCommand::change(RegisterService *service, ChangeSet forward, const QString &text)
{
    ChangeSet backward = service->inverse(forward);
    return std::unique_ptr<RegisterCommand>(
        new RegisterCommand(service, std::move(forward), std::move(backward), text));
}

std::unique_ptr<RegisterCommand> RegisterCommand::prepared(RegisterService *service,
                                                           ChangeSet forward,
                                                           ChangeSet backward,
                                                           RegisterService::PreparedChange prepared,
                                                           const QString &text)
{
    if (!service->isCurrent(prepared))
        return change(service, std::move(forward), text);
    std::unique_ptr<RegisterCommand> command(
        new RegisterCommand(service, std::move(forward), std::move(backward), text));
    command->m_prepared = std::move(prepared);
    return command;
}

std::unique_ptr<RegisterCommand> RegisterCommand::removeElements(RegisterService *service, const QStringList &keys)
{
    ChangeSet forward;
    forward.removeElements = keys;
    const QString text = keys.size() == 1 ? QObject::tr("Remove %1").arg(keys.first())
                                          : QObject::tr("Remove %n element(s)", nullptr, int(keys.size()));
    return change(service, std::move(forward), text);
}

namespace {

int progressThreshold = 2000;
int progressDelayMs = 0;

std::size_t changeCount(const ChangeSet &c)
{
    // Registered tables count too (issue 13: the findings of a run on a large register are half a million values).
    return c.elements.size() + c.dependencies.size() + c.groups.size() + c.scenarios.size()
        + std::size_t(c.removeElements.size()) + c.removeDependencies.size() + c.removeGroups.size()
        + std::size_t(c.removeScenarios.size()) + c.records.size() + c.removeRecords.size();
}

/// Progress of a large write in a modal dialog; its Cancel (when offered) rolls the write back. The steps that report
/// no progress (validation, SQLite's commit) run on a helper thread while the dialog keeps the window painted.
class DialogFeedback : public Feedback
{
public:
    explicit DialogFeedback(QProgressDialog *dialog)
        : Feedback([dialog](double percent) { dialog->setValue(int(percent)); }) // a modal dialog keeps events flowing
          ,
          m_dialog(dialog)
    {
        // The dialog is application-modal: the events processed here repaint the window and reach only the dialog.
        setKeepAlive([] { QCoreApplication::processEvents(QEventLoop::AllEvents, 5); });
    }
    bool isCanceled() const override { return m_dialog->wasCanceled(); }
    void setCancelable(bool cancelable) override
    {
        if (auto *button = m_dialog->findChild<QPushButton *>())
            button->setEnabled(cancelable);
    }

private:
    QProgressDialog *m_dialog;
};

} // namespace

void RegisterCommand::setProgressThreshold(int changes, int delayMs)
{
    progressThreshold = changes;
    progressDelayMs = delayMs;
}

qint64 RegisterCommand::applyChanges(const ChangeSet &changes,
                                     bool cancelable,
                                     const RegisterService::PreparedChange *prepared)
{
    if (!m_service) {
        setObsolete(true);
        return 0;
    }
    const std::size_t count = changeCount(changes);
    if (count < std::size_t(progressThreshold) || !qobject_cast<QApplication *>(QCoreApplication::instance())) {
        const auto summary = m_service->apply(changes, Actor::current(), false, nullptr, prepared);
        if (!summary) {
            setObsolete(true);
            return 0;
        }
        return summary->batch;
    }
    // Thousands of rows and audit entries (a bulk edit of a large register): a modal progress dialog, so that the
    // window repaints and nothing else edits the register meanwhile.
    QProgressDialog dialog(QObject::tr("Writing %n change(s) to the register...", nullptr, int(count)),
                           cancelable ? QObject::tr("Cancel") : QString(),
                           0,
                           100,
                           QApplication::activeWindow());
    dialog.setObjectName(QStringLiteral("writeProgress"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(progressDelayMs);
    dialog.setAutoClose(false);
    if (!cancelable)
        dialog.setCancelButton(nullptr);
    dialog.setValue(0);
    if (progressDelayMs <= 0) {
        // Shown at once (issue 12), and painted before the validation of the change starts; from then on each
        // progress step lets the window repaint (a modal dialog processes events in setValue once it was shown).
        QMetaObject::invokeMethod(&dialog, "forceShow", Qt::DirectConnection);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    DialogFeedback feedback(&dialog);
    const auto summary = m_service->apply(changes, Actor::current(), false, &feedback, prepared);
    if (!summary) {
        setObsolete(true); // canceled or failed: nothing was written; a new command is then dropped from the stack
        return 0;
    }
    return summary->batch;
}

void RegisterCommand::redo()
{
    // Only the first time (the push) may be canceled: the command then goes, and the register stays as it was.
    m_batch = applyChanges(m_forward, !m_done, m_prepared.plan ? &m_prepared : nullptr);
    m_prepared = {}; // a later redo follows an undo: the register is elsewhere then
    m_done = true;
}

void RegisterCommand::undo()
{
    // The audit trail records the undo as the undo of the entries the last redo wrote (issue 12).
    m_backward.undoOfBatch = m_batch;
    applyChanges(m_backward, false);
}

bool RegisterCommand::mergeWith(const QUndoCommand *other)
{
    const auto *command = dynamic_cast<const RegisterCommand *>(other);
    if (!command || command->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty() || command->m_service != m_service)
        return false;
    const QString reason = m_forward.reason;
    m_forward = command->m_forward; // keep our "before", take its "after"
    if (m_forward.reason.isEmpty())
        m_forward.reason = reason;
    m_batch = command->m_batch; // the undo reverts the latest write (earlier ones of the same fields are older)
    return true;
}

} // namespace bulwark::gui
