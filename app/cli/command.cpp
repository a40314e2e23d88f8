// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/standardoutput.h"
#include "model/analysis/failureset.h"
#include "model/exchange/safeoutput.h"
#include "model/register/registercodec.h"
#include "model/store/registerqueries.h"
#include "model/store/snapshotcache.h"
#include "model/store/snapshotreader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>

namespace bulwark::cli {

Context::Context(QCommandLineParser &p, QTextStream &o, QTextStream &e, QString c)
    : parser(p),
      out(o),
      err(e),
      command(std::move(c))
{ }

bool Context::json() const
{
    return parser.optionNames().contains(QStringLiteral("json")) && parser.isSet(QStringLiteral("json"));
}

QString Context::db() const
{
    return parser.value(QStringLiteral("db"));
}

Result<std::unique_ptr<RegisterService>> Context::openRegister(store::Database::OpenMode mode) const
{
    if (db().isEmpty())
        return makeError(Error::Code::Invalid, tr("--db FILE is required: the register to work on."));
    return RegisterService::open(db(), mode);
}

Result<std::unique_ptr<RegisterReadView>> Context::openQueries() const
{
    if (db().isEmpty())
        return makeError(Error::Code::Invalid, tr("--db FILE is required: the register to work on."));
    auto database = store::Database::open(db(), store::Database::OpenMode::ReadOnly);
    if (!database)
        return database.error();
    return std::unique_ptr<RegisterReadView>(std::make_unique<store::QueryReadView>(std::move(*database)));
}

Result<std::unique_ptr<RegisterService>> Context::openScoped(const ChangeSet &changes) const
{
    if (db().isEmpty())
        return makeError(Error::Code::Invalid, tr("--db FILE is required: the register to work on."));
    return RegisterService::openScoped(db(), changes);
}

int exitCodeFor(Error::Code code)
{
    switch (code) {
        case Error::Code::Invalid:
        case Error::Code::NotFound:
        case Error::Code::Format:
        case Error::Code::Unsupported: return BadInput;
        case Error::Code::Conflict: // the request clashes with the register as it is (a duplicate, an existing file)
            return BadInput;
        case Error::Code::Io:
        case Error::Code::Database:
        case Error::Code::Canceled:
        case Error::Code::Tampered: return CannotProceed;
    }
    return BadInput;
}

Result<QDate> Context::dateOption(const QString &name, const QDate &fallback) const
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return makeError(Error::Code::Invalid, tr("--%1 must be a date (YYYY-MM-DD), got '%2'.").arg(name, text));
    return date;
}

int Context::fail(const Error &error) const
{
    err << "bulwark " << command << ": " << error.toString() << Qt::endl;
    return exitCodeFor(error.code);
}

int Context::fail(const QString &message) const
{
    return fail(makeError(Error::Code::Invalid, message));
}

void Context::printJson(const QJsonValue &value) const
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

void Context::writeRaw(const QByteArray &bytes) const
{
    out.flush(); // what was printed before goes first
    if (QIODevice *device = out.device())
        device->write(bytes); // checked at the end: StandardOutput keeps the first failure
    else
        out << QString::fromUtf8(bytes); // a stream on a string (tests)
}

int Context::applyAndReport(RegisterService &service,
                            const ChangeSet &changes,
                            const std::function<QString(const ChangeSummary &)> &describe,
                            bool dryRun) const
{
    auto summary = service.apply(changes, Actor::current(), dryRun);
    if (!summary)
        return fail(summary.error());
    if (!summary->dryRun && !summary->isEmpty())
        noteSaved();
    if (json())
        printJson(Output::toJsonObject(*summary));
    else
        out << describe(*summary);
    out.flush();
    return Ok;
}

Result<std::shared_ptr<const analysis::GraphSnapshot>> Context::openSnapshot() const
{
    if (db().isEmpty())
        return makeError(Error::Code::Invalid, tr("--db FILE is required: the register to work on."));
    auto db = store::Database::open(this->db(), store::Database::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    // The snapshot stored in the register when it is current (issue 16); one built from the tables is stored for
    // the next command, if the file can be written and nobody wrote meanwhile (never waiting, failures ignored).
    store::SnapshotOrigin origin;
    auto snapshot = store::loadSnapshot(**db, nullptr, &origin);
    if (snapshot && !origin.stored)
        store::SnapshotCache::storeIfBuilt(**db, **snapshot, origin);
    return snapshot;
}

Result<std::vector<int>> Context::elementsOf(const analysis::GraphSnapshot &snapshot, const QStringList &keys) const
{
    QStringList unknown;
    std::vector<int> indices = snapshot.indicesOf(keys, &unknown);
    if (unknown.isEmpty())
        return indices;
    QStringList described;
    for (const QString &key : std::as_const(unknown)) {
        const QString closest = snapshot.closestKey(key);
        described << (closest.isEmpty() ? QStringLiteral("'%1'").arg(key)
                                        : tr("'%1' (did you mean '%2'?)").arg(key, closest));
    }
    return makeError(
        Error::Code::NotFound,
        tr("unknown element key(s): %1", nullptr, int(described.size())).arg(described.join(QStringLiteral(", "))));
}

Result<std::vector<int>> Context::chosenFunctions(const analysis::GraphSnapshot &s) const
{
    std::vector<int> functions;
    if (parser.isSet(QStringLiteral("function"))) {
        auto chosen = elementsOf(s, {parser.value(QStringLiteral("function"))});
        if (!chosen)
            return chosen.error();
        if (!s.isFunction(chosen->front()))
            return makeError(Error::Code::Invalid, tr("'%1' is not a business function").arg(s.key(chosen->front())));
        return chosen;
    }
    for (int v = 0; v < s.size(); ++v) {
        if (s.isFunction(v))
            functions.push_back(v);
    }
    return functions;
}

void Context::addFailureOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("fail"),
                      tr("Keys of the elements that fail, separated by commas (any kind: a "
                         "provider or a location fails what depends on it)."),
                      QStringLiteral("KEYS")});
    parser.addOption(
        {QStringLiteral("region"), tr("Also fail every element whose region is REGION."), QStringLiteral("REGION")});
    parser.addOption(
        {QStringLiteral("country"), tr("Also fail every element whose country is CC."), QStringLiteral("CC")});
    parser.addOption({QStringLiteral("tag"), tr("Also fail every element with tag TAG."), QStringLiteral("TAG")});
}

Result<Context::Failure> Context::openFailure() const
{
    auto snapshot = openSnapshot();
    if (!snapshot)
        return snapshot.error();
    auto failed = failureSet(**snapshot);
    if (!failed)
        return failed.error();
    return Failure{*snapshot, std::move(*failed)};
}

Result<std::vector<int>> Context::failureSet(const analysis::GraphSnapshot &s) const
{
    QStringList keys;
    for (const QString &key : parser.value(QStringLiteral("fail")).split(u',', Qt::SkipEmptyParts))
        keys << key.trimmed();
    return failureSet(s,
                      keys,
                      parser.value(QStringLiteral("region")),
                      parser.value(QStringLiteral("country")),
                      parser.value(QStringLiteral("tag")));
}

Result<std::vector<int>> Context::failureSet(const analysis::GraphSnapshot &s,
                                             const QStringList &keys,
                                             const QString &region,
                                             const QString &country,
                                             const QString &tag) const
{
    const analysis::FailureSpec spec{keys, region, country, tag};
    if (spec.isEmpty()) // the model says so too; here in the words of the options
        return makeError(Error::Code::Invalid, tr("say what fails: --fail KEYS, --region, --country or --tag"));
    return analysis::FailureSets::resolve(s, spec);
}

Result<bool> Context::readGroupOptions(RedundancyGroup &group) const
{
    bool given = false;
    for (const auto &[option, field] : {std::pair{u"min-up", u"min_up"}, std::pair{u"failover", u"failover_min"}}) {
        const QString name = QString::fromUtf16(option);
        if (!parser.optionNames().contains(name) || !parser.isSet(name))
            continue;
        given = true;
        if (auto r = RegisterCodec::setField(group, QString::fromUtf16(field), parser.value(name)); !r)
            return r.error();
    }
    return given;
}

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<InitCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<ListCommand>());
    list.push_back(std::make_unique<ShowCommand>());
    list.push_back(std::make_unique<AddCommand>());
    list.push_back(std::make_unique<SetCommand>());
    list.push_back(std::make_unique<RemoveCommand>());
    list.push_back(std::make_unique<LinkCommand>());
    list.push_back(std::make_unique<UnlinkCommand>());
    list.push_back(std::make_unique<GroupCommand>());
    list.push_back(std::make_unique<ImpactCommand>());
    list.push_back(std::make_unique<SpofCommand>());
    list.push_back(std::make_unique<RedundancyCommand>());
    list.push_back(std::make_unique<CyclesCommand>());
    list.push_back(std::make_unique<RecoveryCommand>());
    list.push_back(std::make_unique<ConcentrationCommand>());
    list.push_back(std::make_unique<AvailabilityCommand>());
    list.push_back(std::make_unique<ScenarioCommand>());
    list.push_back(std::make_unique<AssessCommand>());
    list.push_back(std::make_unique<RoiCommand>());
    list.push_back(std::make_unique<MapCommand>());
    list.push_back(std::make_unique<ReportCommand>());
    list.push_back(std::make_unique<VerifyCommand>());
    list.push_back(std::make_unique<LogCommand>());
    return list;
}

namespace {

QString generalHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = Context::tr("Bulwark %1: map, test and report digital operational resilience (DORA).\n\n"
                               "Usage: bulwark                      open the desktop application\n"
                               "       bulwark <command> --db FILE  work on a register from the command line\n\n"
                               "Commands:\n")
                       .arg(QStringLiteral(BULWARK_VERSION));
    for (const auto &c : commands)
        text += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(15), c->summary());
    text += Context::tr("\nRun 'bulwark <command> --help' for the options and examples of a command.\n"
                        "Exit codes: 0 ok, 1 findings (a check failed), 2 bad input or usage, 3 the register or a\n"
                        "file cannot be used now (locked, read-only, disk full, output not written), 141 the reader\n"
                        "of the output went away.\n");
    return text;
}

} // namespace

bool needsGraphics(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    for (const auto &command : allCommands()) {
        if (command->name() == arguments.at(1))
            return command->needsGraphics();
    }
    return false;
}

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == u"--help" || first == u"-h" || first == u"--version" || first == u"help")
        return true;
    if (first.startsWith(u'-'))
        return false; // Qt's own GUI options, e.g. -platform
    // "bulwark bank.bulwark" (a file manager's "Open with") opens the window on that register; a command's name
    // wins over a file of the same name in the current folder.
    for (const auto &command : allCommands()) {
        if (command->name() == first)
            return true;
    }
    return !QFileInfo(first).isFile();
}

namespace {

/// Runs the command; `commandName` is set once the command is known, for error messages.
int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, QString &commandName, bool &saved)
{
    const auto commands = allCommands();
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == u"--help" || name == u"-h" || (name == u"help" && arguments.size() == 2)) {
        out << generalHelp(commands);
        return Ok;
    }
    if (name == u"--version") {
        out << "bulwark " << BULWARK_VERSION << Qt::endl;
        return Ok;
    }
    QStringList args = arguments;
    QString wanted = name;
    if (name == u"help") { // bulwark help CMD == bulwark CMD --help
        wanted = arguments.value(2);
        args = {arguments.first(), wanted, QStringLiteral("--help")};
    }
    const Command *command = nullptr;
    for (const auto &c : commands) {
        if (c->name() == wanted)
            command = c.get();
    }
    if (!command) {
        // "bulwark bank.bulwark" for a file that is not there: say so, not "not a command" (issue 15).
        if (wanted.endsWith(QStringLiteral(".bulwark"), Qt::CaseInsensitive) || wanted.contains(u'/')) {
            err << Context::tr("bulwark: there is no file '%1'. 'bulwark FILE' opens an existing register in the "
                               "window; 'bulwark init --db FILE' creates one.")
                       .arg(QDir::toNativeSeparators(wanted))
                << Qt::endl;
            return BadInput;
        }
        err << Context::tr("bulwark: '%1' is not a command. Run 'bulwark --help' for the list.").arg(wanted)
            << Qt::endl;
        return BadInput;
    }
    commandName = command->name();

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(command->summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Context::tr("Show this help."));
    parser.addOption(help);
    if (command->needsDatabase())
        parser.addOption({QStringLiteral("db"), Context::tr("The register file."), QStringLiteral("FILE")});
    if (command->hasJsonOutput())
        parser.addOption({QStringLiteral("json"), Context::tr("Print JSON for machines instead of text.")});
    command->addOptions(parser);

    QStringList parseArgs = args;
    parseArgs.removeAt(1); // the command name
    Context context(parser, out, err, command->name());
    if (!parser.parse(parseArgs))
        return context.fail(parser.errorText() + Context::tr(" (see 'bulwark %1 --help')").arg(command->name()));
    if (parser.isSet(help)) {
        QString usage = parser.helpText();
        usage.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                      QStringLiteral("Usage: bulwark %1").arg(command->name()));
        usage.replace(QStringLiteral("[options]"), QStringLiteral("[options] ") + command->arguments());
        out << usage;
        const QStringList examples = command->examples();
        if (!examples.isEmpty()) {
            out << Context::tr("\nExamples:\n");
            for (const QString &example : examples)
                out << "  " << example << "\n";
        }
        return Ok;
    }
    if (command->needsDatabase() && context.db().isEmpty())
        return context.fail(Context::tr("--db FILE is required: the register to work on."));
    const int code = command->run(context);
    saved = context.saved;
    return code;
}

/// Flushes `out` and checks that all of it was written (issue 10): a command whose output was lost must not
/// exit 0. Returns the exit code to use.
int finishOutput(int code, const QString &commandName, bool saved, QTextStream &out, QTextStream &err)
{
    out.flush();
    auto *device = qobject_cast<StandardOutput *>(out.device());
    const int errnum = device ? device->finish() : 0;
    if (!errnum && out.status() == QTextStream::Ok)
        return code;
    if (errnum == EPIPE)
        return BrokenPipe; // the reader went away (bulwark list | head -1): nothing to tell it
    QString reason = errnum ? exchange::SafeOutput::reason(errnum) : Context::tr("the output stream failed");
    if (errnum == EBADF)
        reason = Context::tr("%1 (standard output is closed)").arg(reason);
    err << (commandName.isEmpty() ? QStringLiteral("bulwark") : QStringLiteral("bulwark ") + commandName) << ": "
        << Context::tr("standard output could not be written: %1").arg(reason)
        << (saved ? Context::tr(" (the change to the register itself was saved)") : QString()) << Qt::endl;
    return CannotProceed;
}

} // namespace

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString commandName;
    bool saved = false;
    const int code = runCommand(arguments, out, err, commandName, saved);
    return finishOutput(code, commandName, saved, out, err);
}

int runCommandLine(const QStringList &arguments)
{
    StandardOutput device;
    device.open(QIODevice::WriteOnly);
    QTextStream out(&device);
    QTextStream err(stderr);
    return runCommandLine(arguments, out, err);
}

} // namespace bulwark::cli
