// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/register/registercodec.h"
#include "model/register/vocabulary.h"

namespace bulwark::cli {

QString AddCommand::summary() const
{
    return Context::tr("Add an element.");
}

QString AddCommand::arguments() const
{
    return QStringLiteral("KEY [FIELD=VALUE...]");
}

QStringList AddCommand::examples() const
{
    return {
        QStringLiteral("bulwark add --db bank.bulwark F-FX --kind function --name \"FX trading\" criticality=critical "
                       "mtd_min=240 mtdl_min=15"),
        QStringLiteral("bulwark add --db bank.bulwark PRV-ACME --kind provider --name \"Acme Hosting\" country=DE "
                       "lei=529900T8BM49AURSDO55")};
}

void AddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("kind"),
                      Context::tr("The kind: %1.").arg(Vocabulary::kindTokens().join(u", ")),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("name"), Context::tr("The display name."), QStringLiteral("NAME")});
    parser.addPositionalArgument(QStringLiteral("KEY"), Context::tr("The new element's key."));
    parser.addPositionalArgument(
        QStringLiteral("FIELD=VALUE"),
        Context::tr("Further fields, named as in the exchange format (rto_min=60, tags=a;b)."));
}

int AddCommand::run(Context &context) const
{
    const QStringList args = context.positional();
    if (args.isEmpty())
        return context.fail(Context::tr("give the key of the new element"));
    Element element;
    element.key = args.first();
    if (!context.parser.isSet(QStringLiteral("kind")))
        return context.fail(Context::tr("--kind is required (one of: %1)").arg(Vocabulary::kindTokens().join(u", ")));
    if (auto r = RegisterCodec::setField(element, QStringLiteral("kind"), context.parser.value(QStringLiteral("kind")));
        !r)
        return context.fail(r.error());
    // As name=...: the text rule before anything is trimmed, then trimmed like every name (issue 10).
    if (auto r = RegisterCodec::setField(element, QStringLiteral("name"), context.parser.value(QStringLiteral("name")));
        !r)
        return context.fail(r.error());
    auto fields = Output::assignments(args.mid(1));
    if (!fields)
        return context.fail(fields.error());
    for (const auto &[field, value] : *fields) {
        if (field == u"key" || field == u"kind")
            return context.fail(Context::tr("set the %1 with the command's own argument, not %1=...").arg(field));
        if (auto r = RegisterCodec::setField(element, field, value); !r)
            return context.fail(r.error());
    }
    ChangeSet changes;
    changes.add(element, ChangeSet::Mode::Insert);
    auto service = context.openScoped(changes);
    if (!service)
        return context.fail(service.error());
    return context.applyAndReport(**service, changes, [&](const ChangeSummary &) {
        return Context::tr("Added %1 (%2).\n").arg(element.key, element.name);
    });
}

} // namespace bulwark::cli
