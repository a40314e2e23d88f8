// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bulwark::exchange {

/// Writes exports so that a failure is never reported as success and never costs the previous export (issue 10).
/// Every byte is written, flushed to disk (fsync) and closed with the result checked; the new file or folder is
/// built beside the target, on the same file system, and renamed into place whole. Errors give the system's reason.
/// Unix only (POSIX calls; Linux renameat2 for the folder swap, with a fallback).
class SafeOutput
{
    Q_DECLARE_TR_FUNCTIONS(SafeOutput)
public:
    /// One file of a folder that is written as a whole.
    struct File {
        QString name; ///< a plain file name, no folder
        QByteArray bytes;
    };

    /// The system's words for `errnum` (an errno value), with a plain-words hint where one helps:
    /// "No space left on device (disk full)".
    static QString reason(int errnum);

    /// Flushes the entries of `folder` to disk, so that a rename or a new file in it survives a power cut; 0, or the
    /// errno of what failed.
    static int syncFolder(const QString &folder);

    /// Writes all of `bytes` to the descriptor `fd`, going on after partial writes and interruptions (and waiting
    /// on a non-blocking descriptor); 0, or the errno of the write that failed.
    static int writeAll(int fd, QByteArrayView bytes);

    /// Writes `bytes` to `path` through a temporary file beside it (".NAME.bulwark-tmp-XXXXXX") that is flushed to
    /// disk and renamed over `path`; on any failure an earlier file stays as it was and the temporary file is
    /// removed. A new file is readable and writable by its owner only (0600); a file that is replaced keeps its
    /// mode. A symbolic link is followed: the file it points to is replaced. A pipe or device (-o /dev/stdout) is
    /// written straight into.
    [[nodiscard]] static Result<void> writeFile(const QString &path, const QByteArray &bytes);

    /// Writes `files` into a new folder beside `folder` (".NAME.bulwark-tmp-XXXXXX", mode 0700, files 0600, each
    /// flushed to disk) and then puts it in place whole: renamed to `folder` if that does not exist, otherwise
    /// swapped with it in one step (renameat2 RENAME_EXCHANGE; where the file system lacks it, the old folder is
    /// renamed aside first) and the old one removed. So a crash or kill leaves either the old complete folder or
    /// the new one under the name, never a mix. A folder that is replaced keeps its mode, and so do its files.
    /// Refuses a `folder` that holds anything but files named in `files` (it is not an earlier export).
    [[nodiscard]] static Result<void> writeFolder(const QString &folder, const QList<File> &files);
};

} // namespace bulwark::exchange
