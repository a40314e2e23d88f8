// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace bulwark::cli {

/// Standard output as a device that writes straight to descriptor 1, every byte checked, and keeps the first
/// failure (issue 10: a full disk, a closed descriptor, a reader that went away). The command line's text and
/// JSON go through a QTextStream on it; runCommandLine() asks finish() at the end and reports a failure.
class StandardOutput : public QIODevice
{
    Q_OBJECT
public:
    explicit StandardOutput(int fd = 1, QObject *parent = nullptr);

    /// Sets up the process for a command-line run: SIGPIPE is ignored (a closed pipe becomes an EPIPE that the
    /// command handles) and descriptors 0-2 that are closed are held open on /dev/null (read-only, so that writing
    /// to a closed standard output still fails with EBADF), so that no file the command opens takes their place.
    static void prepareProcess();

    /// The errno of the first write that failed; 0 while every byte went out.
    int error() const { return m_error; }
    /// Checks what closing the output would report (late errors, e.g. from a network file system) while keeping
    /// the descriptor open, and stdio's stdout in case anything wrote there; returns error().
    int finish();

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    int m_fd;
    int m_error = 0;
};

} // namespace bulwark::cli
