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
    auto view = context.openQueries(); // reads what it lists, row by row, not the whole register
    if (!view)
        return context.fail(view.error());
    const QString key = context.parser.value(QStringLiteral("key"));
    QJsonArray array;
    QList<QStringList> rows;

    if (what == u"elements") {
        ElementFilter filter;
        filter.kind = kind;
        filter.tag = context.parser.value(QStringLiteral("tag"));
        filter.owner = context.parser.value(QStringLiteral("owner"));
        filter.critical = context.parser.isSet(QStringLiteral("critical"));
        auto elements = (*view)->elements(filter);
        if (!elements)
            return context.fail(elements.error());
        rows.append({Context::tr("KEY"), Context::tr("KIND"), Context::tr("NAME"), Context::tr("OWNER")});
        for (const Element &e : *elements) {
            array.append(Output::toJsonObject(e));
            rows.append(fieldTexts(Fields::element(), e, {u"key", u"kind", u"name", u"owner"}));
        }
    } else if (what == u"dependencies") {
        auto dependencies = (*view)->dependencies(key);
        if (!dependencies)
            return context.fail(dependencies.error());
        rows.append({Context::tr("FROM"), Context::tr("TO"), Context::tr("STRENGTH"), Context::tr("GROUP")});
        for (const Dependency &d : *dependencies) {
            array.append(Output::toJsonObject(d));
            rows.append(fieldTexts(Fields::dependency(), d, {u"from", u"to", u"strength", u"group"}));
        }
    } else {
        auto groups = (*view)->groups(key);
        if (!groups)
            return context.fail(groups.error());
        rows.append({Context::tr("ELEMENT"), Context::tr("GROUP"), Context::tr("MIN UP"), Context::tr("FAILOVER MIN")});
        for (const RedundancyGroup &g : *groups) {
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
