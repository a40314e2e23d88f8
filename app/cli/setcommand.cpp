// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/register/registercodec.h"

namespace bulwark::cli {

QString SetCommand::summary() const
{
    return Context::tr("Change fields of an element (an empty value clears a field).");
}

QString SetCommand::arguments() const
{
    return QStringLiteral("KEY FIELD=VALUE...");
}

QStringList SetCommand::examples() const
{
    return {QStringLiteral("bulwark set --db bank.bulwark APP-CORE rto_min=30 rpo_min=5"),
            QStringLiteral("bulwark set --db bank.bulwark F-PAY owner=\"Payments Operations\" tags=retail;sepa"),
            QStringLiteral("bulwark set --db bank.bulwark APP-CORE availability="),
            QStringLiteral("bulwark set --db bank.bulwark APP-CORE rto_min=60 --reason \"BIA 2026 review\"")};
}

void SetCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("KEY"), Context::tr("The element's key."));
    parser.addPositionalArgument(QStringLiteral("FIELD=VALUE"),
                                 Context::tr("Fields to change, named as in the exchange format."));
    parser.addOption({QStringLiteral("reason"),
                      Context::tr("Why the change is made: recorded in the audit trail with it."),
                      QStringLiteral("TEXT")});
}

int SetCommand::run(Context &context) const
{
    const QStringList args = context.positional();
    if (args.size() < 2)
        return context.fail(Context::tr("give the element's key and at least one FIELD=VALUE"));
    auto fields = Output::assignments(args.mid(1));
    if (!fields)
        return context.fail(fields.error());
    ChangeSet scope; // the rows this change reads: the element and what validating a change of it consults
    Element probe;
    probe.key = args.first();
    scope.add(probe, ChangeSet::Mode::Update);
    auto service = context.openScoped(scope);
    if (!service)
        return context.fail(service.error());
    const Element *current = (*service)->element(args.first());
    if (!current)
        return context.fail(
            makeError(Error::Code::NotFound, Context::tr("there is no element '%1'").arg(args.first())));
    Element element = *current;
    for (const auto &[field, value] : *fields) {
        if (field == u"key")
            return context.fail(Context::tr("a key cannot be changed; add a new element and remove the old one"));
        if (auto r = RegisterCodec::setField(element, field, value); !r)
            return context.fail(r.error());
    }
    ChangeSet changes;
    changes.add(element, ChangeSet::Mode::Update);
    changes.reason = context.parser.value(QStringLiteral("reason")).trimmed();
    return context.applyAndReport(**service, changes, [&](const ChangeSummary &summary) {
        return summary.isEmpty() ? Context::tr("%1 already had those values; nothing changed.\n").arg(element.key)
                                 : Context::tr("Changed %1.\n").arg(element.key);
    });
}

} // namespace bulwark::cli
