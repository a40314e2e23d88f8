// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/analysis/impact.h"
#include "model/analysis/verdict.h"
#include "model/register/vocabulary.h"

#include <QJsonArray>

namespace bulwark::cli {

QString RecoveryCommand::summary() const
{
    return Context::tr("Estimate recovery time and data loss of each affected function against its impact tolerance "
                       "(exit 1 if a critical function breaches either).");
}

QString RecoveryCommand::arguments() const
{
    return {};
}

QStringList RecoveryCommand::examples() const
{
    return {QStringLiteral("bulwark recovery --db bank.bulwark --fail FAC-DC-FRA"),
            QStringLiteral("bulwark recovery --db bank.bulwark --country DE --json")};
}

void RecoveryCommand::addOptions(QCommandLineParser &parser) const
{
    Context::addFailureOptions(parser);
}

int RecoveryCommand::run(Context &context) const
{
    auto failure = context.openFailure();
    if (!failure)
        return context.fail(failure.error());
    const analysis::GraphSnapshot &s = *failure->snapshot;
    const analysis::ImpactResult result = analysis::analyseImpact(s, failure->failed);
    const int exitCode = result.breachesTolerance(s, true) ? Findings : Ok;
    if (context.json()) {
        QJsonArray functions;
        for (const analysis::FunctionImpact &f : result.functions)
            functions.append(Output::toJsonObject(s, f, Output::FunctionDetail::DowntimeAndDataLoss));
        context.printJson(QJsonObject{{QStringLiteral("failed"), Output::keyArray(s, result.failed)},
                                      {QStringLiteral("functions"), functions}});
        return exitCode;
    }
    QList<QStringList> rows;
    rows.append({QStringLiteral("  ") + Context::tr("FUNCTION"),
                 Context::tr("BACK AFTER"),
                 Context::tr("MAX DOWNTIME"),
                 Context::tr("VERDICT"),
                 Context::tr("DATA LOST"),
                 Context::tr("MAX DATA LOSS"),
                 Context::tr("VERDICT")});
    for (const analysis::FunctionImpact &f : result.functions) {
        const analysis::FunctionVerdict verdict = analysis::judge(f);
        rows.append(
            {QStringLiteral("  ") + s.key(f.element) + (s.isCritical(f.element) ? QStringLiteral(" *") : QString()),
             Vocabulary::minutesText(f.recoveryMin),
             Vocabulary::minutesText(f.toleranceMin),
             analysis::Verdicts::word(verdict.downtime),
             f.lostDataStores.empty() ? Context::tr("none") : Vocabulary::minutesText(f.dataLossMin, false),
             Vocabulary::minutesText(f.dataLossToleranceMin, false),
             analysis::Verdicts::word(verdict.dataLoss)});
    }
    context.out << Context::tr(
        "Recovery against impact tolerance, %Ln element(s) failed:", nullptr, int(result.failed.size()))
                << "\n"
                << Output::table(rows)
                << Context::tr(
                       "  * critical or important function. DATA LOST: the largest RPO among the down data stores "
                       "the function depends on.")
                << "\n";
    return exitCode;
}

} // namespace bulwark::cli
