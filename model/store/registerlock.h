// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bulwark::store {

/// Who has a register open in a Bulwark window: the content of its lock file.
struct LockHolder {
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since; ///< UTC
};

/// Marks a register as open in one window, so that a second window or process can say who holds it and offer to
/// read it only, instead of meeting "database is locked" at its first write (issue 15).
///
/// The mark is a small file beside the register, `<file>.lock` (e.g. `bank.bulwark.lock`), created exclusively and
/// holding the user, the host, the process id and the time; it is removed when the window closes the register. A mark
/// left by a process that is gone (same host, no such process) is stale and is taken over; a mark from another host
/// cannot be checked and counts as held. SQLite's own locking still guards every write: the mark is about telling
/// people, not about correctness.
class RegisterLock
{
    Q_DECLARE_TR_FUNCTIONS(RegisterLock)
public:
    RegisterLock() = default;
    ~RegisterLock();
    RegisterLock(RegisterLock &&other) noexcept;
    RegisterLock &operator=(RegisterLock &&other) noexcept;
    RegisterLock(const RegisterLock &) = delete;
    RegisterLock &operator=(const RegisterLock &) = delete;

    /// The lock file's path for `registerPath`.
    static QString lockPath(const QString &registerPath);
    /// Who holds `registerPath` now, if anyone else does (a stale mark or this process's own is nobody).
    static std::optional<LockHolder> holder(const QString &registerPath);
    /// Marks `registerPath` as open by this process. Fails with Error::Code::Conflict, naming the holder, when another
    /// live process holds it; a folder where no file can be made (a read-only share) gives an unlocked, empty lock
    /// rather than an error: such a register opens read-only anyway.
    [[nodiscard]] static Result<RegisterLock> acquire(const QString &registerPath);
    /// "anna on ws-17 (process 4242) since 2026-11-30 14:05 UTC": for messages.
    static QString describe(const LockHolder &holder);

    /// Whether this object holds a mark (and removes it when destroyed).
    bool isHeld() const { return !m_path.isEmpty(); }
    /// Removes the mark now.
    void release();

private:
    explicit RegisterLock(QString path) : m_path(std::move(path)) { }
    QString m_path;
};

} // namespace bulwark::store
