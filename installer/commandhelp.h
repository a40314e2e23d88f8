// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bulwark::installer {

/// One option (or positional argument) as a command's --help lists it.
struct OptionHelp {
    QStringList names; ///< "-o", "--output"; for a positional argument its name
    QString value;     ///< "PATH" for "--output <PATH>"; empty for a switch
    QString description;
};

/// What `bulwark <command> --help` says, read from the registered command and its help text, so that the man page
/// and the shell completion follow the program (bulwark-docgen).
struct CommandHelp {
    QString name;
    QString summary;
    QString arguments; ///< the usage's positional part, e.g. "KEY [FIELD=VALUE...]"
    QStringList examples;
    QList<OptionHelp> options;
    QList<OptionHelp> positional;

    /// Every registered command (cli::allCommands(), in its order), its options parsed from its --help.
    static QList<CommandHelp> all();
    /// Parses the "Options:" and "Arguments:" blocks of a QCommandLineParser help text.
    static void parseHelp(const QString &help, QList<OptionHelp> &options, QList<OptionHelp> &positional);
};

/// The general help (`bulwark --help`): its first line and its paragraph on exit codes.
struct GeneralHelp {
    QString tagline;   ///< "map, test and report ..." (after "Bulwark 0.1.0: ")
    QString exitCodes; ///< "Exit codes: 0 ok, ...", on one line
    static GeneralHelp read();
};

} // namespace bulwark::installer
