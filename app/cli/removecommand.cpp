// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"

namespace bulwark::cli {

QString RemoveCommand::summary() const
{
    return Context::tr("Remove elements, with their dependencies and groups.");
}

QString RemoveCommand::arguments() const
{
    return QStringLiteral("KEY...");
}

QStringList RemoveCommand::examples() const
{
    return {QStringLiteral("bulwark remove --db bank.bulwark APP-OLD"),
            QStringLiteral("bulwark remove --db bank.bulwark --dry-run DC-1")};
}

void RemoveCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("dry-run"), Context::tr("Show what would be removed; remove nothing.")});
    parser.addOption({QStringLiteral("reason"),
                      Context::tr("Why the change is made: recorded in the audit trail with it."),
                      QStringLiteral("TEXT")});
    parser.addPositionalArgument(QStringLiteral("KEY"), Context::tr("Keys of the elements to remove."));
}

int RemoveCommand::run(Context &context) const
{
    if (context.positional().isEmpty())
        return context.fail(Context::tr("give the keys of the elements to remove"));
    ChangeSet changes;
    changes.removeElements = context.positional();
    changes.reason = context.parser.value(QStringLiteral("reason")).trimmed();
    auto service = context.openScoped(changes);
    if (!service)
        return context.fail(service.error());
    const bool dryRun = context.parser.isSet(QStringLiteral("dry-run"));
    return context.applyAndReport(
        **service,
        changes,
        [&](const ChangeSummary &summary) {
            return (dryRun ? Context::tr("Dry run: removing would change:\n") : Context::tr("Removed:\n"))
                + Output::summaryText(summary);
        },
        dryRun);
}

} // namespace bulwark::cli
