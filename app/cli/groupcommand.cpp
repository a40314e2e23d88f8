// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"

namespace bulwark::cli {

QString GroupCommand::summary() const
{
    return Context::tr("Change (or remove) a redundancy group: how many members must be up, the failover time.");
}

QString GroupCommand::arguments() const
{
    return QStringLiteral("ELEMENT NAME");
}

QStringList GroupCommand::examples() const
{
    return {QStringLiteral("bulwark group --db bank.bulwark APP-CORE dc --min-up 2"),
            QStringLiteral("bulwark group --db bank.bulwark APP-CORE dc --failover 30"),
            QStringLiteral("bulwark group --db bank.bulwark APP-CORE dc --remove")};
}

void GroupCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("min-up"), Context::tr("Members that must be up (k of n)."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("failover"), Context::tr("Failover time in minutes."), QStringLiteral("MIN")});
    parser.addOption({QStringLiteral("remove"), Context::tr("Remove the group (it must have no members left).")});
    parser.addPositionalArgument(QStringLiteral("ELEMENT"), Context::tr("The element that owns the group."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Context::tr("The group's name."));
}

int GroupCommand::run(Context &context) const
{
    const QStringList args = context.positional();
    if (args.size() != 2)
        return context.fail(Context::tr("give the element's key and the group's name"));
    auto service = context.openRegister();
    if (!service)
        return context.fail(service.error());
    ChangeSet changes;
    if (context.parser.isSet(QStringLiteral("remove"))) {
        changes.removeGroups.emplace_back(args[0], args[1]);
    } else {
        const RedundancyGroup *existing = (*service)->group(args[0], args[1]);
        if (!existing)
            return context.fail(makeError(Error::Code::NotFound,
                                          Context::tr("element '%1' has no group '%2'; create it with 'bulwark link "
                                                      "--group'")
                                              .arg(args[0], args[1])));
        RedundancyGroup group = *existing;
        auto given = context.readGroupOptions(group);
        if (!given)
            return context.fail(given.error());
        if (!*given)
            return context.fail(Context::tr("give --min-up, --failover or --remove"));
        changes.add(group, ChangeSet::Mode::Update);
    }
    return context.applyAndReport(**service, changes, &Output::summaryText);
}

} // namespace bulwark::cli
