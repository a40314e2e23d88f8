// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace bulwark::test {

/// Runs `bulwark ARGS` in this process, as a user would type it, and returns its exit code; what it printed to
/// standard output and standard error goes to `out` and `err` when given.
inline int runCli(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
{
    QString o, e;
    QTextStream os(&o), es(&e);
    const int code = cli::runCommandLine(QStringList{QStringLiteral("bulwark")} + args, os, es);
    os.flush();
    es.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return code;
}

} // namespace bulwark::test
