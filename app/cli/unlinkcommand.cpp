// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"

namespace bulwark::cli {

QString UnlinkCommand::summary() const
{
    return Context::tr("Remove the dependency of FROM on TO.");
}

QString UnlinkCommand::arguments() const
{
    return QStringLiteral("FROM TO");
}

QStringList UnlinkCommand::examples() const
{
    return {QStringLiteral("bulwark unlink --db bank.bulwark APP-PAYHUB APP-FRAUD")};
}

void UnlinkCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FROM"), Context::tr("The element that needs."));
    parser.addPositionalArgument(QStringLiteral("TO"), Context::tr("The element it needs."));
}

int UnlinkCommand::run(Context &context) const
{
    const QStringList args = context.positional();
    if (args.size() != 2)
        return context.fail(Context::tr("give two keys: FROM and TO"));
    ChangeSet changes;
    changes.removeDependencies.emplace_back(args[0], args[1]);
    auto service = context.openScoped(changes);
    if (!service)
        return context.fail(service.error());
    return context.applyAndReport(**service, changes, [&](const ChangeSummary &summary) {
        return Context::tr("%1 no longer needs %2.").arg(args[0], args[1])
            + (summary.groups.removed ? Context::tr(" Its redundancy group had no members left and was removed.")
                                      : QString())
            + u'\n';
    });
}

} // namespace bulwark::cli
