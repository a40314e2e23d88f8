// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/register/fields.h"
#include "model/register/vocabulary.h"

#include <QJsonArray>

#include <algorithm>

namespace bulwark::cli {
namespace {

/// The text form of some fields of a value, from its field table (as `bulwark show` and CSV write them).
template<typename T>
QStringList fieldTexts(const FieldTable<T> &table, const T &value, std::initializer_list<const char16_t *> tokens)
{
    QStringList texts;
    for (const char16_t *token : tokens)
        texts << table.find(QString::fromUtf16(token))->text(value);
    return texts;
}

} // namespace

QString ListCommand::summary() const
{
    return Context::tr("List elements (or dependencies, or groups), with filters.");
}

QString ListCommand::arguments() const
{
    return QStringLiteral("[elements|dependencies|groups]");
}

QStringList ListCommand::examples() const
{
    return {QStringLiteral("bulwark list --db bank.bulwark --kind function"),
            QStringLiteral("bulwark list --db bank.bulwark --critical --json"),
            QStringLiteral("bulwark list --db bank.bulwark dependencies --key APP-CORE")};
}

void ListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("kind"),
                      Context::tr("Only elements of this kind (%1).").arg(Vocabulary::kindTokens().join(u", ")),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("tag"), Context::tr("Only elements with this tag."), QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("owner"), Context::tr("Only elements with this owner."), QStringLiteral("OWNER")});
    parser.addOption({QStringLiteral("critical"), Context::tr("Only critical or important business functions.")});
    parser.addOption({QStringLiteral("key"),
                      Context::tr("Dependencies or groups: only those of this element."),
                      QStringLiteral("KEY")});
}

int ListCommand::run(Context &context) const
{
    const QString what = context.positional().value(0, QStringLiteral("elements"));
    if (context.positional().size() > 1 || (what != u"elements" && what != u"dependencies" && what != u"groups"))
        return context.fail(Context::tr("list takes one of: elements, dependencies, groups"));
    std::optional<ElementKind> kind;
    if (context.parser.isSet(QStringLiteral("kind"))) {
        kind = Vocabulary::kindFromToken(context.parser.value(QStringLiteral("kind")));
        if (!kind)
            return context.fail(Context::tr("--kind must be one of: %1").arg(Vocabulary::kindTokens().join(u", ")));
    }
    auto service = context.openForReading();
    if (!service)
        return context.fail(service.error());
    const RegisterData data = (*service)->snapshot();
    const QString key = context.parser.value(QStringLiteral("key"));
    QJsonArray array;
    QList<QStringList> rows;

    if (what == u"elements") {
        const QString tag = context.parser.value(QStringLiteral("tag"));
        const QString owner = context.parser.value(QStringLiteral("owner"));
        const bool critical = context.parser.isSet(QStringLiteral("critical"));
        rows.append({Context::tr("KEY"), Context::tr("KIND"), Context::tr("NAME"), Context::tr("OWNER")});
        for (const Element &e : data.elements) {
            if ((kind && e.kind != *kind) || (!tag.isEmpty() && !e.tags.contains(tag))
                || (!owner.isEmpty() && e.owner != owner) || (critical && !e.isCritical()))
                continue;
            array.append(Output::toJsonObject(e));
            rows.append(fieldTexts(Fields::element(), e, {u"key", u"kind", u"name", u"owner"}));
        }
    } else if (what == u"dependencies") {
        rows.append({Context::tr("FROM"), Context::tr("TO"), Context::tr("STRENGTH"), Context::tr("GROUP")});
        for (const Dependency &d : data.dependencies) {
            if (!key.isEmpty() && d.from != key && d.to != key)
                continue;
            array.append(Output::toJsonObject(d));
            rows.append(fieldTexts(Fields::dependency(), d, {u"from", u"to", u"strength", u"group"}));
        }
    } else {
        rows.append({Context::tr("ELEMENT"), Context::tr("GROUP"), Context::tr("MIN UP"), Context::tr("FAILOVER MIN")});
        for (const RedundancyGroup &g : data.groups) {
            if (!key.isEmpty() && g.element != key)
                continue;
            array.append(Output::toJsonObject(g));
            rows.append(fieldTexts(Fields::group(), g, {u"element", u"name", u"min_up", u"failover_min"}));
        }
    }
    if (context.json())
        context.printJson(array);
    else if (rows.size() == 1)
        context.out << Context::tr("Nothing matches.") << Qt::endl;
    else
        context.out << Output::table(rows);
    return Ok;
}

} // namespace bulwark::cli
