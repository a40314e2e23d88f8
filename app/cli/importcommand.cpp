// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/exchange/formatregistry.h"
#include "model/exchange/importer.h"
#include "model/store/snapshotcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace bulwark::cli {

QString ImportCommand::summary() const
{
    return Context::tr("Add or update elements, dependencies and groups from a JSON file or CSV folder.");
}

QString ImportCommand::arguments() const
{
    return QStringLiteral("PATH");
}

QStringList ImportCommand::examples() const
{
    return {QStringLiteral("bulwark import --db bank.bulwark register.json"),
            QStringLiteral("bulwark import --db bank.bulwark --dry-run csv-folder/"),
            QStringLiteral("bulwark import --db bank.bulwark --keep-omitted partial.json"),
            QStringLiteral("bulwark import --db bank.bulwark --prune --json register.json"),
            QStringLiteral("bulwark import --db bank.bulwark --dry-run --mapping map.yaml catalog-info.yaml"),
            QStringLiteral("bulwark import --db bank.bulwark --prune --source payments-bom bom.cdx.json"),
            QStringLiteral("bulwark import --db bank.bulwark --overlay compose.full.yaml compose.yaml"),
            QStringLiteral("bulwark import --db bank.bulwark --dry-run prod.tfstate")};
}

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("format"),
                      Context::tr("%1 (default: recognised from the file's content, else csv for a folder or .csv "
                                  "file and json otherwise).")
                          .arg(exchange::FormatRegistry::idChoices(exchange::FormatUse::Read)),
                      QStringLiteral("FORMAT")});
    parser.addOption(
        {QStringLiteral("prune"), Context::tr("Also remove what the register has and the file does not.")});
    parser.addOption({QStringLiteral("keep-omitted"),
                      Context::tr("Keep the register's value of a field the file leaves out (a missing JSON key or CSV "
                                  "column, an empty CSV cell) instead of clearing it.")});
    parser.addOption(
        {QStringLiteral("dry-run"), Context::tr("Check the file and show what would change; write nothing.")});
    parser.addOption({QStringLiteral("prefix"),
                      Context::tr("Maps from other tools: put this before every key (default: the format's own, "
                                  "such as cdx: or bs:; \"\" for none)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("source"),
                      Context::tr("Maps from other tools: the name recorded on everything imported, which --prune "
                                  "later keeps to (default: the file's name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("mapping"),
                      Context::tr("Maps from other tools: a mapping file (JSON or YAML) that sets kinds, criticality, "
                                  "owners and tags and links to register elements by pattern."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("overlay"),
                      Context::tr("Docker Compose: a file merged over the imported one, as docker compose -f does; "
                                  "repeat it for several, merged in order."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("env-file"),
                      Context::tr("Docker Compose: the variables of the files (default: .env beside the imported file "
                                  "when there is one)."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        Context::tr("A bulwark-register JSON file, a folder with elements.csv, or a map from another tool."));
}

int ImportCommand::run(Context &context) const
{
    if (context.positional().size() != 1)
        return context.fail(Context::tr("give exactly one file or folder to import"));
    exchange::ImportOptions options;
    if (const QString id = context.parser.value(QStringLiteral("format")); !id.isEmpty()) {
        const auto format = exchange::FormatRegistry::fromId(id);
        if (!format || !format->canRead())
            return context.fail(Context::tr("--format must be %1, got '%2'")
                                    .arg(exchange::FormatRegistry::idChoices(exchange::FormatUse::Read), id));
        options.format = format->format;
    }
    options.prune = context.parser.isSet(QStringLiteral("prune"));
    options.dryRun = context.parser.isSet(QStringLiteral("dry-run"));
    options.keepOmitted = context.parser.isSet(QStringLiteral("keep-omitted"));
    if (context.parser.isSet(QStringLiteral("prefix")))
        options.prefix = context.parser.value(QStringLiteral("prefix"));
    options.source = context.parser.value(QStringLiteral("source"));
    options.mappingPath = context.parser.value(QStringLiteral("mapping"));
    options.projectFiles.overlays = context.parser.values(QStringLiteral("overlay"));
    options.projectFiles.envFile = context.parser.value(QStringLiteral("env-file"));
    exchange::ImportReport report;

    if (context.db().isEmpty())
        return context.fail(Context::tr("--db FILE is required: the register to import into."));
    const QString path = context.positional().first();
    // Importing into a file that does not exist yet (or is empty) creates the register: it is written under a
    // temporary name and put in place only when the import succeeded, so a refused import leaves nothing behind and
    // never touches a register another program created meanwhile.
    const QFileInfo target(context.db());
    const bool creates = !options.dryRun && (!target.exists() || (target.isFile() && target.size() == 0));
    Result<ChangeSummary> summary = makeError(Error::Code::Invalid, QString());
    if (creates) {
        // The command ends after its one write: the register is not brought up to date in memory after it.
        summary = RegisterService::create(context.db(), [&](RegisterService &service) {
            service.setKeepsRegisterAfterWrite(false);
            return exchange::Importer::run(service, path, options, Actor::current(), nullptr, &report);
        });
    } else {
        auto service = options.dryRun ? context.openForReading() : context.openRegister();
        if (!service)
            return context.fail(service.error());
        (*service)->setKeepsRegisterAfterWrite(false);
        summary = exchange::Importer::run(**service, path, options, Actor::current(), nullptr, &report);
    }
    if (!summary) {
        Error error = summary.error();
        // After the first problem: a file with several problems lists the others on the lines below (issue 12).
        if (error.code != Error::Code::Database && error.code != Error::Code::Conflict) {
            const qsizetype end = error.message.indexOf(u'\n');
            error.message.insert(end < 0 ? error.message.size() : end, Context::tr(" Nothing was imported."));
        }
        return context.fail(error);
    }
    if (!options.dryRun && !summary->isEmpty())
        context.noteSaved();
    // A map from another tool says how it was read and what was noticed (docs/exchange.md).
    const auto info = exchange::FormatRegistry::find(report.format);
    const bool graph = info && info->isGraph();
    if (context.json()) {
        QJsonObject object = Output::toJsonObject(*summary);
        if (graph) {
            object.insert(QStringLiteral("format"), info->id);
            QJsonArray notes;
            for (const exchange::ImportNote &note : std::as_const(report.notes))
                notes.append(QJsonObject{{QStringLiteral("file"), note.file},
                                         {QStringLiteral("line"), note.line},
                                         {QStringLiteral("reference"), note.reference},
                                         {QStringLiteral("note"), note.text}});
            object.insert(QStringLiteral("notes"), notes);
        }
        context.printJson(object);
    } else {
        if (graph)
            context.out << Context::tr("Read %1 as %2 (%3).\n")
                               .arg(QDir::toNativeSeparators(path),
                                    info->name,
                                    report.detection.isEmpty() ? Context::tr("as --format says") : report.detection);
        context.out << (options.dryRun ? Context::tr("Dry run: importing %1 would change %2:\n")
                                       : Context::tr("Imported %1 into %2:\n"))
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(context.db()))
                    << Output::summaryText(*summary);
        if (graph && !report.notes.isEmpty()) {
            context.out << Context::tr(
                "%Ln note(s): what the file has that was not imported:\n", nullptr, int(report.notes.size()));
            for (const exchange::ImportNote &note : std::as_const(report.notes))
                context.out << QStringLiteral("  %1%2: %3\n")
                                   .arg(note.file,
                                        note.line > 0 ? Context::tr(", line %1").arg(note.line) : QString(),
                                        note.text);
        }
    }
    if (!options.dryRun && !summary->isEmpty())
        store::SnapshotCache::refresh(context.db()); // the analysis snapshot for the next command (issue 16)
    return Ok;
}

} // namespace bulwark::cli
