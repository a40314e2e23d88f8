// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"

namespace bulwark::cli {

QString LinkCommand::summary() const
{
    return Context::tr("Record that FROM needs TO (hard by default), optionally in a redundancy group.");
}

QString LinkCommand::arguments() const
{
    return QStringLiteral("FROM TO");
}

QStringList LinkCommand::examples() const
{
    return {QStringLiteral("bulwark link --db bank.bulwark F-PAY APP-PAYHUB"),
            QStringLiteral("bulwark link --db bank.bulwark APP-PAYHUB APP-FRAUD --soft"),
            QStringLiteral("bulwark link --db bank.bulwark APP-CORE DC-FRA --group dc --min-up 1 --failover 15"),
            QStringLiteral("bulwark link --db bank.bulwark APP-CORE DC-MUC --group dc")};
}

void LinkCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("soft"), Context::tr("FROM is only degraded, not down, when TO is down.")});
    parser.addOption({QStringLiteral("group"),
                      Context::tr("Make the dependency a member of FROM's redundancy group NAME "
                                  "(created when it does not exist)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("min-up"),
                      Context::tr("With --group: members that must be up (default 1 for a new group)."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("failover"),
                      Context::tr("With --group: failover time in minutes (default 0 for a new group)."),
                      QStringLiteral("MIN")});
    parser.addOption({QStringLiteral("replace"), Context::tr("Change the dependency if it exists already.")});
    parser.addPositionalArgument(QStringLiteral("FROM"), Context::tr("The element that needs."));
    parser.addPositionalArgument(QStringLiteral("TO"), Context::tr("The element it needs."));
}

int LinkCommand::run(Context &context) const
{
    const QStringList args = context.positional();
    if (args.size() != 2)
        return context.fail(Context::tr("give two keys: FROM (the element that needs) and TO (what it needs)"));
    Dependency dependency;
    dependency.from = args[0];
    dependency.to = args[1];
    ChangeSet scope; // the rows this change reads: both ends, their groups, FROM's dependencies
    scope.add(dependency);
    auto service = context.openScoped(scope);
    if (!service)
        return context.fail(service.error());
    dependency.strength = context.parser.isSet(QStringLiteral("soft")) ? Strength::Soft : Strength::Hard;
    dependency.group = context.parser.value(QStringLiteral("group"));
    ChangeSet changes;
    if (!dependency.group.isEmpty()) {
        const RedundancyGroup *existing = (*service)->group(dependency.from, dependency.group);
        RedundancyGroup group = existing ? *existing : RedundancyGroup{dependency.from, dependency.group, 1, 0, {}};
        auto given = context.readGroupOptions(group);
        if (!given)
            return context.fail(given.error());
        if (!existing || *given)
            changes.add(group);
    } else if (context.parser.isSet(QStringLiteral("min-up")) || context.parser.isSet(QStringLiteral("failover"))) {
        return context.fail(Context::tr("--min-up and --failover go with --group"));
    }
    changes.add(dependency,
                context.parser.isSet(QStringLiteral("replace")) ? ChangeSet::Mode::Upsert : ChangeSet::Mode::Insert);
    return context.applyAndReport(**service, changes, [&](const ChangeSummary &) {
        return Context::tr("%1 now needs %2 (%3%4).\n")
            .arg(dependency.from,
                 dependency.to,
                 dependency.strength == Strength::Hard ? Context::tr("hard") : Context::tr("soft"),
                 dependency.group.isEmpty() ? QString() : Context::tr(", group %1").arg(dependency.group));
    });
}

} // namespace bulwark::cli
