// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "model/analysis/components.h"

#include <QJsonArray>

namespace bulwark::cli {

QString CyclesCommand::summary() const
{
    return Context::tr("Find circular dependencies (exit 1 if there are any).");
}

QString CyclesCommand::arguments() const
{
    return {};
}

QStringList CyclesCommand::examples() const
{
    return {QStringLiteral("bulwark cycles --db bank.bulwark"),
            QStringLiteral("bulwark cycles --db bank.bulwark --json")};
}

void CyclesCommand::addOptions(QCommandLineParser &) const
{ }

int CyclesCommand::run(Context &context) const
{
    auto snapshot = context.openSnapshot();
    if (!snapshot)
        return context.fail(snapshot.error());
    const analysis::GraphSnapshot &s = **snapshot;
    const auto cycles = analysis::findCycles(s);
    if (context.json()) {
        QJsonArray array;
        for (const auto &cycle : cycles) {
            QJsonArray keys;
            for (const int v : cycle)
                keys.append(s.key(v));
            array.append(keys);
        }
        context.printJson(QJsonObject{{QStringLiteral("cycles"), array}});
    } else if (cycles.empty()) {
        context.out << Context::tr("No circular dependencies.") << "\n";
    } else {
        context.out << Context::tr(
            "%Ln group(s) of elements depend on each other in a circle:", nullptr, int(cycles.size()))
                    << "\n";
        for (const auto &cycle : cycles) {
            context.out << "  -";
            for (const int v : cycle)
                context.out << " " << s.key(v);
            context.out << "\n";
        }
        context.out << Context::tr("Each of these can only be recovered together; restart order needs a plan.") << "\n";
    }
    return cycles.empty() ? Ok : Findings;
}

} // namespace bulwark::cli
