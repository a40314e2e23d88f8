// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/changeset.h"
#include "model/register/registerservice.h"

#include <QPointer>
#include <QUndoCommand>

#include <memory>

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

/// One user edit of the register as an undoable step. redo() applies the forward change set through
/// RegisterService, undo() applies the inverse one: undo is a new, audited write and never rewrites history.
/// If a write fails the command becomes obsolete; the service reports the error through writeFailed().
class RegisterCommand : public QUndoCommand
{
public:
    /// Changes one element from `before` to `after` (same key). Successive edits of the same fields merge.
    static std::unique_ptr<RegisterCommand>
    editElement(RegisterService *service, const Element &before, const Element &after);
    static std::unique_ptr<RegisterCommand> addElement(RegisterService *service, const Element &element);
    /// Any change set; undo applies its inverse as computed by RegisterService::inverse() now, before it is applied.
    static std::unique_ptr<RegisterCommand> change(RegisterService *service, ChangeSet forward, const QString &text);
    /// A change set validated on a worker (RegisterService::prepare()) with its inverse `backward` computed there
    /// too (a large import, issue 12): its first redo writes it without validating it again on the GUI thread. When
    /// the register has moved on since, as change() (validated and inverted here).
    static std::unique_ptr<RegisterCommand> prepared(RegisterService *service,
                                                     ChangeSet forward,
                                                     ChangeSet backward,
                                                     RegisterService::PreparedChange prepared,
                                                     const QString &text);
    /// Removes elements with their dependencies and groups; undo puts all of them back.
    static std::unique_ptr<RegisterCommand> removeElements(RegisterService *service, const QStringList &keys);

    /// Change sets of at least this many values are written with a modal progress dialog (default 2,000), shown when
    /// the write lasts longer than `delayMs` (default 0: at once, so that the window keeps repainting from the
    /// start; issue 12).
    static void setProgressThreshold(int changes, int delayMs = 0);

    /// Why the change is made (optional): recorded with its audit entries, not with those of its undo.
    void setReason(const QString &reason) { m_forward.reason = reason; }
    /// The audit batch the last redo() wrote (0: none yet, or nothing changed).
    qint64 batch() const { return m_batch; }

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    RegisterCommand(RegisterService *service, ChangeSet forward, ChangeSet backward, const QString &text);
    /// Returns the audit batch written, or 0.
    qint64
    applyChanges(const ChangeSet &changes, bool cancelable, const RegisterService::PreparedChange *prepared = nullptr);

    QPointer<RegisterService> m_service;
    ChangeSet m_forward;
    ChangeSet m_backward;
    QString m_mergeKey;                         ///< element key and changed fields, for edits that merge
    bool m_done = false;                        ///< redone at least once
    RegisterService::PreparedChange m_prepared; ///< for the first redo only (see prepared())
    qint64 m_batch = 0; ///< the audit batch of the last redo(): its undo records that it reverts that batch's entries
};

} // namespace bulwark::gui
