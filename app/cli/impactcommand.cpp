// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/analysis/impact.h"
#include "model/analysis/verdict.h"
#include "model/register/vocabulary.h"

namespace bulwark::cli {

QString ImpactCommand::summary() const
{
    return Context::tr("Fail elements, providers, regions or tagged elements and show what goes down (exit 1 if a "
                       "critical function breaches its tolerance).");
}

QString ImpactCommand::arguments() const
{
    return {};
}

QStringList ImpactCommand::examples() const
{
    return {QStringLiteral("bulwark impact --db bank.bulwark --fail FAC-DC-FRA"),
            QStringLiteral("bulwark impact --db bank.bulwark --fail PRV-TLK --json"),
            QStringLiteral("bulwark impact --db bank.bulwark --region eu-central-1"),
            QStringLiteral("bulwark impact --db bank.bulwark --fail INF-HSM-FRA,INF-HSM-BER")};
}

void ImpactCommand::addOptions(QCommandLineParser &parser) const
{
    Context::addFailureOptions(parser);
}

int ImpactCommand::run(Context &context) const
{
    auto failure = context.openFailure();
    if (!failure)
        return context.fail(failure.error());
    return context.reportImpact(*failure->snapshot, failure->failed);
}

int Context::reportImpact(const analysis::GraphSnapshot &s, const std::vector<int> &failed) const
{
    const analysis::ImpactResult result = analysis::analyseImpact(s, failed);
    const int exitCode = result.breachesTolerance(s) ? Findings : Ok;

    if (json()) {
        printJson(Output::toJsonObject(s, result));
        return exitCode;
    }

    const auto minutes = [](int m) { return Vocabulary::minutesText(m); };
    out << Context::tr("Failure of %Ln element(s):", nullptr, int(result.failed.size())) << "\n";
    for (const int v : result.failed)
        out << "  " << s.key(v) << "  " << s.name(v) << "\n";
    int critical = 0;
    for (const auto &f : result.functions)
        critical += s.isCritical(f.element) ? 1 : 0;
    out << "\n"
        << Context::tr("Business functions affected: %1 (%2 critical or important)")
               .arg(result.functions.size())
               .arg(critical)
        << "\n";
    if (!result.functions.empty()) {
        QList<QStringList> rows;
        rows.append({QStringLiteral("  ") + Context::tr("FUNCTION"),
                     Context::tr("STATE"),
                     Context::tr("BACK AFTER"),
                     Context::tr("TOLERANCE"),
                     Context::tr("VERDICT"),
                     Context::tr("NAME")});
        for (const auto &f : result.functions) {
            // impact judges downtime only (docs/semantics.md); 'recovery' adds data loss.
            const QString verdict = analysis::Verdicts::word(analysis::judge(f).downtime);
            rows.append(
                {QStringLiteral("  ") + s.key(f.element) + (s.isCritical(f.element) ? QStringLiteral(" *") : QString()),
                 Output::stateWord(int(f.state)),
                 minutes(f.recoveryMin),
                 minutes(f.toleranceMin),
                 verdict,
                 s.name(f.element)});
        }
        out << Output::table(rows);
        out << Context::tr("  * critical or important function. BACK AFTER: estimated time until the function works "
                           "again; TOLERANCE: its maximum tolerable downtime.")
            << "\n";
    }
    out << "\n"
        << Context::tr("Blast radius: %Ln element(s) down, %L1 degraded.", nullptr, int(result.down.size()))
               .arg(result.degraded.size())
        << "\n";
    if (exitCode == Findings)
        out << Context::tr("At least one critical or important function would be down longer than it can tolerate.")
            << "\n";
    return exitCode;
}

} // namespace bulwark::cli
