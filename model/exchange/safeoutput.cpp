// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/safeoutput.h"

#include "model/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstdio>  // renameat2, RENAME_EXCHANGE (glibc 2.28 and later)
#include <cstdlib> // mkostemp, mkdtemp
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bulwark::exchange {
namespace {

constexpr mode_t privateFile = 0600;
constexpr mode_t privateFolder = 0700;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// The name of a temporary file or folder beside `name` in `parent`: hidden, and saying whose it is.
QByteArray temporaryTemplate(const QString &parent, const QString &name, const char *kind)
{
    // NAME_MAX is 255 bytes: a long name is shortened in the temporary name only.
    return QFile::encodeName(parent) + "/." + QFile::encodeName(name.left(100)) + ".bulwark-" + kind + "-XXXXXX";
}

/// fsync, where the file supports it; 0 or the errno.
int syncDescriptor(int fd)
{
    while (::fsync(fd) != 0) {
        if (errno == EINTR)
            continue;
        if (errno == EINVAL || errno == EROFS)
            return 0; // a kind of file that cannot be flushed (a pipe, a terminal)
        return errno;
    }
    return 0;
}

/// close; 0 or the errno. On Linux the descriptor is gone even after EINTR, so that is no failure and no retry.
int closeDescriptor(int fd)
{
    if (::close(fd) != 0 && errno != EINTR)
        return errno;
    return 0;
}

/// Writes, flushes and closes a new file `name` in the folder `dirFd`; 0 or the errno.
int writeNewFile(int dirFd, const QByteArray &name, const QByteArray &bytes, mode_t mode)
{
    const int fd = ::openat(dirFd, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, privateFile);
    if (fd < 0)
        return errno;
    int error = 0;
    if (::fchmod(fd, mode) != 0) // exactly `mode`: the umask may have narrowed it
        error = errno;
    if (!error)
        error = SafeOutput::writeAll(fd, bytes);
    if (!error)
        error = syncDescriptor(fd);
    const int closed = closeDescriptor(fd);
    return error ? error : closed;
}

/// Removes the files `names` from `folder` and then the folder; what cannot be removed is logged and stays.
void removeFolder(const QByteArray &folder, const QList<QByteArray> &names)
{
    ::chmod(folder.constData(), privateFolder); // a read-only folder (0500) would keep its files
    for (const QByteArray &name : names) {
        const QByteArray path = folder + '/' + name;
        if (::unlink(path.constData()) != 0 && errno != ENOENT)
            qCWarning(lcExchange) << "cannot remove" << path << qt_error_string(errno);
    }
    if (::rmdir(folder.constData()) != 0)
        qCWarning(lcExchange) << "cannot remove the folder" << folder << qt_error_string(errno);
}

/// The permissions of the regular file `path` (without set-id bits), or `fallback` when there is none.
mode_t modeOf(const QByteArray &path, mode_t fallback)
{
    struct stat st = {};
    if (::lstat(path.constData(), &st) == 0 && S_ISREG(st.st_mode))
        return st.st_mode & 0777;
    return fallback;
}

/// Follows a symbolic link to what it points at, so that the link stays and its target is replaced.
QString resolvedTarget(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return QDir::cleanPath(info.absoluteFilePath());
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.symLinkTarget() : canonical; // a dangling link: create what it names
}

} // namespace

QString SafeOutput::reason(int errnum)
{
    const QString text = qt_error_string(errnum);
    switch (errnum) {
        case ENOSPC: return tr("%1 (disk full)").arg(text);
        case EDQUOT: return tr("%1 (your disk quota is used up)").arg(text);
        case EFBIG: return tr("%1 (larger than the file system allows)").arg(text);
        case EROFS: return tr("%1 (the disk is mounted read-only)").arg(text);
        default: return text;
    }
}

int SafeOutput::syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int synced = syncDescriptor(fd);
    const int closed = closeDescriptor(fd);
    return synced ? synced : closed;
}

int SafeOutput::writeAll(int fd, QByteArrayView bytes)
{
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(std::min<qsizetype>(left, qsizetype(1) << 30)));
        if (written > 0) {
            data += written;
            left -= written;
        } else if (written == 0) {
            return ENOSPC; // no progress and no error: as GNU full_write, take it for a full disk
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            pollfd ready{fd, POLLOUT, 0}; // a descriptor someone set non-blocking: wait until it takes more
            ::poll(&ready, 1, -1);
        } else if (errno != EINTR) {
            return errno;
        }
    }
    return 0;
}

/// The descriptor of this process that `path` names, or -1: /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N, or
/// a path to the very file that standard output or standard error is (`-o log >> log`). Such a target is written
/// through the open descriptor, at its position: replacing the file behind it would destroy what the shell wrote
/// there before and after.
int openDescriptorFor(const QString &path)
{
    static const QRegularExpression named(QStringLiteral("^/(?:dev/(?:std(out|err)|fd/(\\d+))|proc/self/fd/(\\d+))$"));
    const QRegularExpressionMatch match = named.match(QDir::cleanPath(path));
    if (match.hasMatch()) {
        if (match.captured(1) == u"out")
            return STDOUT_FILENO;
        if (match.captured(1) == u"err")
            return STDERR_FILENO;
        return (match.captured(2) + match.captured(3)).toInt();
    }
    struct stat target = {};
    if (::stat(QFile::encodeName(path).constData(), &target) != 0)
        return -1;
    for (const int fd : {STDOUT_FILENO, STDERR_FILENO}) {
        struct stat open = {};
        if (::fstat(fd, &open) == 0 && open.st_dev == target.st_dev && open.st_ino == target.st_ino)
            return fd;
    }
    return -1;
}

Result<void> SafeOutput::writeFile(const QString &path, const QByteArray &bytes)
{
    if (const int fd = openDescriptorFor(path); fd >= 0) {
        if (const int error = writeAll(fd, bytes); error)
            return makeError(Error::Code::Io, tr("%1 cannot be written: %2").arg(native(path), reason(error)));
        return {};
    }
    const QString target = resolvedTarget(path);
    const QFileInfo info(target);
    if (info.isDir())
        return makeError(Error::Code::Invalid, tr("%1 is a folder; give a file name.").arg(native(path)));
    const QByteArray targetName = QFile::encodeName(target);
    auto failed = [&path](int errnum) {
        return makeError(Error::Code::Io, tr("%1 cannot be written: %2").arg(native(path), reason(errnum)));
    };
    if (struct stat st = {}; ::stat(targetName.constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        // A pipe or a device (-o /dev/stdout): there is nothing to replace, so write straight into it.
        const int fd = ::open(targetName.constData(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            return failed(errno);
        const int error = writeAll(fd, bytes);
        const int closed = closeDescriptor(fd);
        if (error || closed)
            return failed(error ? error : closed);
        return {};
    }
    const mode_t mode = modeOf(targetName, privateFile);

    QByteArray temporary = temporaryTemplate(info.absolutePath(), info.fileName(), "tmp");
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC); // mode 0600, whatever the umask
    if (fd < 0)
        return failed(errno);
    int error = 0;
    if (::fchmod(fd, mode) != 0) // exactly `mode`: the umask may have narrowed it
        error = errno;
    if (!error)
        error = writeAll(fd, bytes);
    if (!error)
        error = syncDescriptor(fd);
    if (const int closed = closeDescriptor(fd); !error)
        error = closed;
    if (!error && ::rename(temporary.constData(), targetName.constData()) != 0)
        error = errno;
    if (error) {
        ::unlink(temporary.constData());
        return failed(error);
    }
    // The rename is durable only once the folder's entry is on disk too.
    if (const int synced = syncFolder(info.absolutePath()); synced)
        return failed(synced);
    return {};
}

Result<void> SafeOutput::writeFolder(const QString &folder, const QList<File> &files)
{
    const QString target = resolvedTarget(folder);
    const QFileInfo info(target);
    const QString parent = info.absolutePath();
    if (info.fileName().isEmpty() || target == parent)
        return makeError(Error::Code::Invalid,
                         tr("%1 cannot hold an export; give a folder of its own.").arg(native(folder)));
    auto failed = [&folder](int errnum) {
        return makeError(Error::Code::Io,
                         tr("The folder %1 cannot be written: %2").arg(native(folder), reason(errnum)));
    };

    QSet<QString> names;
    QList<QByteArray> encodedNames; // what an earlier export holds at most
    for (const File &file : files) {
        names.insert(file.name);
        encodedNames << QFile::encodeName(file.name);
    }
    const QByteArray targetName = QFile::encodeName(target);
    struct stat st = {};
    const bool exists = ::lstat(targetName.constData(), &st) == 0;
    if (!exists && errno != ENOENT)
        return failed(errno);
    mode_t folderMode = privateFolder;
    if (exists) {
        if (!S_ISDIR(st.st_mode))
            return makeError(Error::Code::Conflict, tr("%1 exists and is not a folder.").arg(native(folder)));
        // Only an earlier export is replaced: anything else in the folder would be lost with it.
        if (!QDir(target).isReadable()) // what it holds cannot be checked
            return failed(EACCES);
        QStringList foreign;
        const QFileInfoList entries = QDir(target).entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.isSymLink() || !entry.isFile() || !names.contains(entry.fileName()))
                foreign << entry.fileName();
        }
        if (!foreign.isEmpty()) {
            const QString shown = foreign.size() > 3 ? tr("%1 and %n more", nullptr, int(foreign.size() - 3))
                                                           .arg(foreign.mid(0, 3).join(QStringLiteral(", ")))
                                                     : foreign.join(QStringLiteral(", "));
            return makeError(Error::Code::Conflict,
                             tr("%1 holds files that are not part of a Bulwark export (%2). Export into a new or "
                                "empty folder, or move those files away first.")
                                 .arg(native(folder), shown));
        }
        folderMode = st.st_mode & 07777;
    } else if (!QDir().mkpath(parent)) {
        return makeError(Error::Code::Io, tr("The folder %1 cannot be created.").arg(native(parent)));
    }

    // Build the new export beside the target, on the same file system, so that a rename can put it in place.
    QByteArray temporary = temporaryTemplate(parent, info.fileName(), "tmp");
    if (!::mkdtemp(temporary.data())) // mode 0700
        return failed(errno);
    QList<QByteArray> written;
    auto cleanUp = [&](int errnum) {
        removeFolder(temporary, written);
        return failed(errnum);
    };
    const int dirFd = ::open(temporary.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return cleanUp(errno);
    int error = 0;
    if (::fchmod(dirFd, privateFolder) != 0) // the umask may have narrowed mkdtemp's 0700
        error = errno;
    for (qsizetype i = 0; i < files.size() && !error; ++i) {
        const QByteArray name = QFile::encodeName(files[i].name);
        written << name;
        error = writeNewFile(dirFd, name, files[i].bytes, modeOf(targetName + '/' + name, privateFile));
    }
    if (!error)
        error = syncDescriptor(dirFd); // the files' entries
    if (!error && ::fchmod(dirFd, folderMode) != 0)
        error = errno;
    if (const int closed = closeDescriptor(dirFd); !error)
        error = closed;
    if (error)
        return cleanUp(error);

    if (!exists) {
        if (::rename(temporary.constData(), targetName.constData()) != 0)
            return cleanUp(errno == EEXIST || errno == ENOTEMPTY ? EEXIST : errno);
    } else if (::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, targetName.constData(), RENAME_EXCHANGE) == 0) {
        removeFolder(temporary, encodedNames); // the temporary name now holds the old export
    } else if (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP) {
        // No atomic swap on this file system: move the old export aside, the new one in, then remove the old.
        // A crash between the two renames leaves the old export under ".NAME.bulwark-old-XXXXXX".
        QByteArray aside = temporaryTemplate(parent, info.fileName(), "old");
        if (!::mkdtemp(aside.data()))
            return cleanUp(errno);
        if (::rename(targetName.constData(), aside.constData()) != 0) {
            const int errnum = errno;
            ::rmdir(aside.constData());
            return cleanUp(errnum);
        }
        if (::rename(temporary.constData(), targetName.constData()) != 0) {
            const int errnum = errno;
            ::rename(aside.constData(), targetName.constData());
            return cleanUp(errnum);
        }
        removeFolder(aside, encodedNames);
    } else {
        return cleanUp(errno);
    }
    if (const int synced = syncFolder(parent); synced)
        return failed(synced);
    return {};
}

} // namespace bulwark::exchange
