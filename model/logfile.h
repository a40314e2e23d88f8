// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bulwark {

/// The per-user data folder, `~/.local/share/Bulwark` (under $XDG_DATA_HOME when set): the log file and the demo
/// register live here (issue 15; the folder was `~/.local/share/Bulwark/Bulwark` before). Created when missing; what
/// an earlier version left in the old subfolder is moved up once, unless a file of that name is already there.
/// Empty when there is no home to write to.
QString dataFolder();

/// Sends Qt's and Bulwark's diagnostic messages (the SQL text of a failed statement, Qt's own warnings) to a log file
/// instead of the terminal, so that a user sees only the plain messages of the command line and the dialogs. The
/// file is `bulwark.log` in the per-user data folder (mode 0600; the previous one kept as `bulwark.log.1` once it
/// passes 1 MB). BULWARK_LOG=stderr keeps them on standard error, as Qt does by default. Call after the application
/// object and its names exist.
void installLogFile();
/// Where installLogFile() writes; empty before it was called or when it writes to standard error.
QString logFilePath();

} // namespace bulwark
