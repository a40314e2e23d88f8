// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/standardoutput.h"

#include "model/exchange/safeoutput.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace bulwark::cli {

StandardOutput::StandardOutput(int fd, QObject *parent) : QIODevice(parent), m_fd(fd)
{ }

void StandardOutput::prepareProcess()
{
    std::signal(SIGPIPE, SIG_IGN);
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        // open() returns the lowest free descriptor, which is this one.
        const int opened = ::open("/dev/null", O_RDONLY);
        if (opened >= 0 && opened != fd)
            ::close(opened);
    }
}

qint64 StandardOutput::readData(char *data, qint64 maxSize)
{
    Q_UNUSED(data)
    Q_UNUSED(maxSize)
    return -1;
}

qint64 StandardOutput::writeData(const char *data, qint64 size)
{
    if (m_error)
        return -1; // the rest would be lost too, and the output is already incomplete
    m_error = exchange::SafeOutput::writeAll(m_fd, QByteArrayView(data, size));
    if (m_error) {
        setErrorString(exchange::SafeOutput::reason(m_error));
        return -1;
    }
    return size;
}

int StandardOutput::finish()
{
    if (std::fflush(stdout) != 0 && !m_error)
        m_error = errno;
    // close() is where a network file system reports what it could not store; a duplicate gets the same answer and
    // leaves descriptor 1 in place, so nothing opened later can take it.
    if (const int copy = ::dup(m_fd); copy >= 0) {
        if (::close(copy) != 0 && errno != EINTR && !m_error)
            m_error = errno;
    }
    return m_error;
}

} // namespace bulwark::cli
