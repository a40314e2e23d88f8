// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/register/registerreadview.h"
#include "model/register/registerservice.h"
#include "model/result.h"
#include "model/store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace bulwark::cli {

/// Exit codes, as in ARCHITECTURE.md and docs/cli.md. BadInput also covers output that could not be written (a
/// full disk); BrokenPipe is what a shell shows for a program ended by SIGPIPE: the reader of standard output left.
enum ExitCode {
    Ok = 0,            ///< done; nothing found
    Findings = 1,      ///< a check found something (verify, impact beyond tolerance, spof, cycles, ...)
    BadInput = 2,      ///< usage, or what was given is wrong: a value, a key, a file that is not a register
    CannotProceed = 3, ///< the register or a file cannot be used now: locked, read-only, permission, disk full,
                       ///< changed by another program, a trail cut outside Bulwark; output that could not be written
    BrokenPipe = 141,  ///< the reader of standard output went away (as a shell reports SIGPIPE)
};

/// The exit code that an error of `code` ends a command with (decided here once, for every command).
int exitCodeFor(Error::Code code);

/// What a command gets: its parsed options, where to write, and helpers shared by all commands.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Context)
public:
    Context(QCommandLineParser &parser, QTextStream &out, QTextStream &err, QString command);

    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    const QString command;

    bool json() const;
    QString db() const;
    QStringList positional() const { return parser.positionalArguments(); }
    /// The date option --`name` (YYYY-MM-DD, exactly), or `fallback` when it is not given; an error names the option.
    [[nodiscard]] Result<QDate> dateOption(const QString &name, const QDate &fallback = {}) const;

    /// Opens the register named by --db (which must be given) for writing, migrating it if needed.
    [[nodiscard]] Result<std::unique_ptr<RegisterService>>
    openRegister(store::Database::OpenMode mode = store::Database::OpenMode::OpenExisting) const;
    /// Opens the register named by --db read-only: for the commands that only read it (it may be on a read-only share).
    [[nodiscard]] Result<std::unique_ptr<RegisterService>> openForReading() const
    {
        return openRegister(store::Database::OpenMode::ReadOnly);
    }
    /// Opens the register named by --db read-only as a view that reads rows as they are asked for (show, list): memory
    /// and time do not grow with the register.
    [[nodiscard]] Result<std::unique_ptr<RegisterReadView>> openQueries() const;
    /// Opens the register named by --db for writing `changes`, holding only the rows their validation consults
    /// (RegisterService::openScoped): set, link, unlink, add and remove.
    [[nodiscard]] Result<std::unique_ptr<RegisterService>> openScoped(const ChangeSet &changes) const;
    /// Prints "bulwark <command>: <error>" to stderr and returns BadInput.
    int fail(const Error &error) const;
    int fail(const QString &message) const;
    /// Records that this command has committed a change to a register, so that a failure to print afterwards says
    /// the change itself was saved (a script must not retry it).
    void noteSaved() const { saved = true; }
    mutable bool saved = false;
    /// Prints a JSON value (object or array), indented, to stdout.
    void printJson(const QJsonValue &value) const;
    /// Writes bytes to stdout as they are (a JSON export). Like all output, a failure is reported when the command
    /// ends (runCommandLine).
    void writeRaw(const QByteArray &bytes) const;
    /// Applies `changes` through the service, then prints the JSON summary (--json) or `describe(summary)`.
    /// Returns the exit code.
    int applyAndReport(RegisterService &service,
                       const ChangeSet &changes,
                       const std::function<QString(const ChangeSummary &)> &describe,
                       bool dryRun = false) const;
    /// Reads the register named by --db as an analysis snapshot.
    [[nodiscard]] Result<std::shared_ptr<const analysis::GraphSnapshot>> openSnapshot() const;
    /// The indices of `keys`; unknown keys give an error listing them with a close match where there is one.
    [[nodiscard]] Result<std::vector<int>> elementsOf(const analysis::GraphSnapshot &snapshot,
                                                      const QStringList &keys) const;
    /// The function named by --function (which must be a business function), or every function.
    [[nodiscard]] Result<std::vector<int>> chosenFunctions(const analysis::GraphSnapshot &snapshot) const;
    /// Adds --fail, --region, --country and --tag to a command that fails elements.
    static void addFailureOptions(QCommandLineParser &parser);
    /// The failure set those options describe (sorted, unique); an error when it is empty or names unknown keys.
    [[nodiscard]] Result<std::vector<int>> failureSet(const analysis::GraphSnapshot &snapshot) const;
    /// The failure set of named keys plus every element with the region, country or tag (those that are set).
    [[nodiscard]] Result<std::vector<int>> failureSet(const analysis::GraphSnapshot &snapshot,
                                                      const QStringList &keys,
                                                      const QString &region,
                                                      const QString &country,
                                                      const QString &tag) const;
    /// What a failure command works on: the snapshot and the failure set of --fail/--region/--country/--tag.
    struct Failure {
        std::shared_ptr<const analysis::GraphSnapshot> snapshot;
        std::vector<int> failed;
    };
    /// Reads the register and the failure options in one step (impact, recovery).
    [[nodiscard]] Result<Failure> openFailure() const;
    /// Prints the impact of `failed` (text or --json, the impact contract); returns 1 when a critical function
    /// breaches its tolerance.
    int reportImpact(const analysis::GraphSnapshot &snapshot, const std::vector<int> &failed) const;
    /// Reads --min-up and --failover, where the command has them, into `group`; true when either was given.
    [[nodiscard]] Result<bool> readGroupOptions(RedundancyGroup &group) const;
};

/// One command of the command line (bulwark <name> ...). Each lives in its own file.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /// One line for the command list.
    virtual QString summary() const = 0;
    /// Positional arguments for the usage line, e.g. "KEY [FIELD=VALUE...]".
    virtual QString arguments() const { return {}; }
    /// Example invocations shown by --help.
    virtual QStringList examples() const { return {}; }
    /// Whether the command takes --db and --json.
    virtual bool needsDatabase() const { return true; }
    virtual bool hasJsonOutput() const { return true; }
    /// Whether the command draws (fonts, images): it then runs under a QGuiApplication on the offscreen platform.
    virtual bool needsGraphics() const { return false; }
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser) }
    virtual int run(Context &context) const = 0;
};

/// All commands, in the order the help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

/// Runs `bulwark <command> ...` and returns the exit code. `arguments` starts with the program name. At the end
/// the output is flushed and checked: when it could not all be written, the error goes to `err` and the exit code
/// is BadInput (BrokenPipe, quietly, when the reader of a pipe went away).
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);
/// The same on the process's standard output and error (StandardOutput): what main() runs, after
/// StandardOutput::prepareProcess() and before anything else opens a file.
int runCommandLine(const QStringList &arguments);

/// Whether the command draws (map, later reports): it then needs a QGuiApplication, offscreen without a display.
/// Whether the command the arguments name declares that it draws (Command::needsGraphics).
bool needsGraphics(const QStringList &arguments);
/// True when the arguments name a command (or ask for help or the version), so the GUI is not wanted.
bool isCommandLine(const QStringList &arguments);

} // namespace bulwark::cli
