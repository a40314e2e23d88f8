// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/register/fields.h"
#include "model/register/registercodec.h"
#include "model/register/vocabulary.h"

#include <QJsonArray>

namespace bulwark::cli {

QString ShowCommand::summary() const
{
    return Context::tr("Show one element: its fields, what it needs, what needs it, its groups.");
}

QString ShowCommand::arguments() const
{
    return QStringLiteral("KEY");
}

QStringList ShowCommand::examples() const
{
    return {QStringLiteral("bulwark show --db bank.bulwark F-PAY"),
            QStringLiteral("bulwark show --db bank.bulwark APP-CORE --json")};
}

void ShowCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("KEY"), Context::tr("The element's key."));
}

int ShowCommand::run(Context &context) const
{
    if (context.positional().size() != 1)
        return context.fail(Context::tr("give the key of one element"));
    auto view = context.openQueries(); // reads the few rows it shows, not the register
    if (!view)
        return context.fail(view.error());
    const QString key = context.positional().first();
    auto found = (*view)->element(key);
    if (!found)
        return context.fail(found.error());
    if (!*found)
        return context.fail(makeError(Error::Code::NotFound, Context::tr("there is no element '%1'").arg(key)));
    const Element *element = &**found;
    auto needs = (*view)->dependenciesOf(key);
    if (!needs)
        return context.fail(needs.error());
    auto neededBy = (*view)->dependentsOf(key);
    if (!neededBy)
        return context.fail(neededBy.error());
    auto groups = (*view)->groupsOf(key);
    if (!groups)
        return context.fail(groups.error());

    if (context.json()) {
        QJsonArray needsArray, neededByArray, groupArray;
        for (const Dependency &d : *needs)
            needsArray.append(Output::toJsonObject(d));
        for (const Dependency &d : *neededBy)
            neededByArray.append(Output::toJsonObject(d));
        for (const RedundancyGroup &g : *groups)
            groupArray.append(Output::toJsonObject(g));
        context.printJson(QJsonObject{{QStringLiteral("element"), Output::toJsonObject(*element)},
                                      {QStringLiteral("needs"), needsArray},
                                      {QStringLiteral("needed_by"), neededByArray},
                                      {QStringLiteral("groups"), groupArray}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const Field<Element> &field : Fields::element()) {
        if (const QString value = field.text(*element); !value.isEmpty())
            rows.append({field.token + u':', value});
    }
    for (const QString &field : element->attributes.keys()) {
        if (const QString value = RegisterCodec::fieldText(*element, field); !value.isEmpty())
            rows.append({field + u':', value});
    }
    context.out << Output::table(rows);
    auto dependencyRows = [&](const std::vector<Dependency> &list, bool outgoing) -> Result<QString> {
        QList<QStringList> r;
        for (const Dependency &d : list) {
            const QString other = outgoing ? d.to : d.from;
            auto e = (*view)->element(other);
            if (!e)
                return e.error();
            r.append({QStringLiteral("  ") + other,
                      *e ? (*e)->name : QString(),
                      Vocabulary::token(d.strength),
                      d.group.isEmpty() ? QString() : Context::tr("group %1").arg(d.group)});
        }
        return Output::table(r);
    };
    auto needsRows = dependencyRows(*needs, true);
    if (!needsRows)
        return context.fail(needsRows.error());
    auto neededByRows = dependencyRows(*neededBy, false);
    if (!neededByRows)
        return context.fail(neededByRows.error());
    context.out << Context::tr("\nNeeds (%1):\n").arg(needs->size()) << *needsRows;
    context.out << Context::tr("\nNeeded by (%1):\n").arg(neededBy->size()) << *neededByRows;
    if (!groups->empty()) {
        context.out << Context::tr("\nRedundancy groups:\n");
        for (const RedundancyGroup &g : *groups)
            context.out << Context::tr("  %1: at least %Ln member(s) up, failover %L2 min\n", nullptr, g.minUp)
                               .arg(g.name)
                               .arg(g.failoverMin);
    }
    return Ok;
}

} // namespace bulwark::cli
