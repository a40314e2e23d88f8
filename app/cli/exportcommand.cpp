// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exchange/csvformat.h"
#include "exchange/jsonformat.h"
#include "exchange/safeoutput.h"

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
    parser.addOption({QStringLiteral("format"), Context::tr("json (default) or csv."), QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Context::tr("The file (JSON) or folder (CSV) to write; JSON goes to standard output without it."),
                      QStringLiteral("PATH")});
}

int ExportCommand::run(Context &context) const
{
    const QString format = context.parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != u"json" && format != u"csv")
        return context.fail(Context::tr("--format must be json or csv, got '%1'").arg(format));
    const QString output = context.parser.value(QStringLiteral("output"));
    if (format == u"csv" && output.isEmpty())
        return context.fail(Context::tr("a CSV export writes three files: give the folder with --output"));
    auto service = context.openForReading();
    if (!service)
        return context.fail(service.error());
    const RegisterData data = (*service)->snapshot();
    if (format == u"csv") {
        if (auto r = exchange::CsvFormat::writeFolder(data, output); !r)
            return context.fail(r.error());
        return Ok;
    }
    const QByteArray bytes = exchange::JsonFormat::write(data);
    if (output.isEmpty() || output == u"-") {
        context.writeRaw(bytes); // every byte checked when the command ends (runCommandLine): a full disk fails it
        return Ok;
    }
    // Replaced whole, and only once the new file is on disk: a failure keeps the earlier export (issue 10).
    if (auto r = exchange::SafeOutput::writeFile(output, bytes); !r)
        return context.fail(r.error());
    return Ok;
}

} // namespace bulwark::cli
