// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/analysis/spofanalysis.h"

#include <QJsonArray>

namespace bulwark::cli {

QString SpofCommand::summary() const
{
    return Context::tr("Find single points of failure of business functions (exit 1 if a critical one has any).");
}

QString SpofCommand::arguments() const
{
    return {};
}

QStringList SpofCommand::examples() const
{
    return {QStringLiteral("bulwark spof --db bank.bulwark"),
            QStringLiteral("bulwark spof --db bank.bulwark --function F-PAY --json")};
}

void SpofCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("function"),
                      Context::tr("Only this function (default: every function)."),
                      QStringLiteral("KEY")});
}

int SpofCommand::run(Context &context) const
{
    auto snapshot = context.openSnapshot();
    if (!snapshot)
        return context.fail(snapshot.error());
    const analysis::GraphSnapshot &s = **snapshot;
    auto chosen = context.chosenFunctions(s);
    if (!chosen)
        return context.fail(chosen.error());
    const std::vector<int> &functions = *chosen;
    const analysis::SpofAnalysis analysis(s);
    bool criticalWithSpof = false;
    QJsonArray array;
    QString text;
    for (const int f : functions) {
        const std::vector<int> spofs = analysis.spofsOf(f);
        criticalWithSpof = criticalWithSpof || (s.isCritical(f) && !spofs.empty());
        QJsonArray keys;
        for (const int v : spofs)
            keys.append(s.key(v));
        array.append(QJsonObject{{QStringLiteral("key"), s.key(f)}, {QStringLiteral("spofs"), keys}});
        text += QStringLiteral("%1%2  %3\n")
                    .arg(s.key(f), s.isCritical(f) ? QStringLiteral(" *") : QString(), s.name(f));
        if (spofs.empty()) {
            text += Context::tr("    no single point of failure\n");
            continue;
        }
        text += Context::tr("    %Ln single point(s) of failure:\n", nullptr, int(spofs.size()));
        QList<QStringList> rows;
        for (const int v : spofs)
            rows.append({QStringLiteral("      ") + s.key(v), s.name(v)});
        text += Output::table(rows);
    }
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("functions"), array}});
    else
        context.out << text << Context::tr("* critical or important function") << "\n";
    return criticalWithSpof ? Findings : Ok;
}

} // namespace bulwark::cli
