// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/registerlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

namespace bulwark::store {
namespace {

QString userName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QString::number(::getuid());
}

QString hostName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

/// The file's four lines: user, host, pid, time (ISO 8601, UTC). Anything else is not a holder (an unreadable or
/// half-written mark counts as nobody's only if it is old; see acquire()).
std::optional<LockHolder> read(const QString &lockPath)
{
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(u'\n');
    if (lines.size() < 4)
        return std::nullopt;
    LockHolder holder;
    holder.user = lines.at(0).trimmed();
    holder.host = lines.at(1).trimmed();
    bool ok = false;
    holder.pid = lines.at(2).trimmed().toLongLong(&ok);
    holder.since = QDateTime::fromString(lines.at(3).trimmed(), Qt::ISODate);
    if (!ok || holder.pid <= 0 || holder.host.isEmpty())
        return std::nullopt;
    return holder;
}

/// A mark whose process is known to be gone: on this host, and kill(pid, 0) says there is no such process.
bool isStale(const LockHolder &holder)
{
    if (holder.host != hostName())
        return false; // another machine's process cannot be checked from here
    return ::kill(pid_t(holder.pid), 0) != 0 && errno == ESRCH;
}

bool isOwn(const LockHolder &holder)
{
    return holder.host == hostName() && holder.pid == qint64(::getpid());
}

} // namespace

RegisterLock::~RegisterLock()
{
    release();
}

RegisterLock::RegisterLock(RegisterLock &&other) noexcept : m_path(std::exchange(other.m_path, QString()))
{ }

RegisterLock &RegisterLock::operator=(RegisterLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

QString RegisterLock::lockPath(const QString &registerPath)
{
    return QFileInfo(registerPath).absoluteFilePath() + QStringLiteral(".lock");
}

std::optional<LockHolder> RegisterLock::holder(const QString &registerPath)
{
    const auto holder = read(lockPath(registerPath));
    if (!holder || isStale(*holder) || isOwn(*holder))
        return std::nullopt;
    return holder;
}

Result<RegisterLock> RegisterLock::acquire(const QString &registerPath)
{
    const QString path = lockPath(registerPath);
    const QByteArray content = (QStringList{userName(),
                                            hostName(),
                                            QString::number(::getpid()),
                                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}
                                    .join(u'\n')
                                + u'\n')
                                   .toUtf8();
    // Two tries: the second after taking over a stale mark.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (file.write(content) != content.size() || !file.flush()) {
                file.close();
                QFile::remove(path);
                return RegisterLock(); // a full disk: open without the mark rather than not at all
            }
            return RegisterLock(path);
        }
        if (!QFileInfo::exists(path))
            return RegisterLock(); // the folder takes no new file (read-only share): nothing to mark
        const auto existing = read(path);
        if (existing && isOwn(*existing))
            return RegisterLock(); // this process has it open already (a second look at the same file)
        const bool oldUnreadable
            = !existing && QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) > 60;
        if (existing && !isStale(*existing))
            return makeError(
                Error::Code::Conflict,
                tr("%1 is open in Bulwark: %2. You can open it read-only, or ask them to close it.")
                    .arg(QDir::toNativeSeparators(QFileInfo(registerPath).fileName()), describe(*existing)));
        if (!existing && !oldUnreadable)
            return makeError(Error::Code::Conflict,
                             tr("%1 is being opened by another Bulwark window right now. Try again in a moment, "
                                "or open it read-only.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(registerPath).fileName())));
        QFile::remove(path); // stale: its process is gone
    }
    return RegisterLock();
}

QString RegisterLock::describe(const LockHolder &holder)
{
    const QString since = holder.since.isValid()
        ? holder.since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
        : tr("an unknown time");
    return tr("%1 on %2 (process %3) since %4").arg(holder.user, holder.host, QString::number(holder.pid), since);
}

void RegisterLock::release()
{
    if (m_path.isEmpty())
        return;
    // Only our own mark: another process may have taken over one we thought we held (after a suspend, say).
    if (const auto holder = read(m_path); holder && isOwn(*holder))
        QFile::remove(m_path);
    m_path.clear();
}

} // namespace bulwark::store
