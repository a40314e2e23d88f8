// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "model/exchange/exporter.h"
#include "model/exchange/formatregistry.h"

namespace bulwark::cli {

QString ExportCommand::summary() const
{
    return Context::tr("Write the register as bulwark-register JSON (or CSV files).");
}

QString ExportCommand::arguments() const
{
    return {};
}

QStringList ExportCommand::examples() const
{
    return {QStringLiteral("bulwark export --db bank.bulwark > register.json"),
            QStringLiteral("bulwark export --db bank.bulwark --output register.json"),
            QStringLiteral("bulwark export --db bank.bulwark --format csv --output csv-folder/")};
}

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    const QStringList ids = exchange::FormatRegistry::ids(exchange::FormatUse::Write);
    parser.addOption({QStringLiteral("format"),
                      Context::tr("%1 (default: %2).")
                          .arg(exchange::FormatRegistry::idChoices(exchange::FormatUse::Write), ids.value(0)),
                      QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Context::tr("The file (JSON) or folder (CSV) to write; JSON goes to standard output without it."),
                      QStringLiteral("PATH")});
}

int ExportCommand::run(Context &context) const
{
    const QString id = context.parser.value(QStringLiteral("format"));
    const auto format = id.isEmpty()
        ? std::optional(exchange::FormatRegistry::formats(exchange::FormatUse::Write).first())
        : exchange::FormatRegistry::fromId(id);
    if (!format || !format->canWrite())
        return context.fail(Context::tr("--format must be %1, got '%2'")
                                .arg(exchange::FormatRegistry::idChoices(exchange::FormatUse::Write), id));
    const QString output = context.parser.value(QStringLiteral("output"));
    const QString target = output == u"-" ? QString() : output; // empty: standard output
    const exchange::ExportSettings settings{format->format};
    if (auto checked = exchange::Exporter::check(target, settings); !checked) { // before the register is read
        Error error = checked.error();
        if (target.isEmpty())
            error.message += Context::tr(" Use --output FOLDER.");
        return context.fail(error);
    }
    auto service = context.openForReading();
    if (!service)
        return context.fail(service.error());
    if (target.isEmpty()) {
        const auto data = (*service)->snapshotWithContents(); // with the stored evidence files
        if (!data)
            return context.fail(data.error());
        const auto bytes = exchange::Exporter::encode(*data, format->format);
        if (!bytes)
            return context.fail(bytes.error());
        context.writeRaw(*bytes); // every byte checked when the command ends (runCommandLine): a full disk fails it
        return Ok;
    }
    // Replaced whole, and only once the new file is on disk: a failure keeps the earlier export (issue 10).
    if (auto written = exchange::Exporter::run(**service, target, settings); !written)
        return context.fail(written.error());
    return Ok;
}

} // namespace bulwark::cli
