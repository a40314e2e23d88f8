// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/impact.h"
#include "commands.h"
#include "output.h"

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
    auto number = [](int value) {
        return value < 0 || value == analysis::Propagator::unknownRecovery ? QJsonValue() : QJsonValue(value);
    };
    auto verdict = [](const std::optional<bool> &within) { return within ? QJsonValue(*within) : QJsonValue(); };

    if (context.json()) {
        QJsonArray failedKeys, functions;
        for (const int v : result.failed)
            failedKeys.append(s.key(v));
        for (const analysis::FunctionImpact &f : result.functions) {
            QJsonArray stores;
            for (const int v : f.lostDataStores)
                stores.append(s.key(v));
            functions.append(
                QJsonObject{{QStringLiteral("key"), s.key(f.element)},
                            {QStringLiteral("state"), Output::stateToken(int(f.state))},
                            {QStringLiteral("recovery_min"), number(f.recoveryMin)},
                            {QStringLiteral("tolerance_min"), number(f.toleranceMin)},
                            {QStringLiteral("within_tolerance"), verdict(f.withinTolerance)},
                            {QStringLiteral("data_loss_min"), number(f.dataLossMin)},
                            {QStringLiteral("data_loss_tolerance_min"), number(f.dataLossToleranceMin)},
                            {QStringLiteral("data_loss_within_tolerance"), verdict(f.dataLossWithinTolerance)},
                            {QStringLiteral("lost_data_stores"), stores}});
        }
        context.printJson(
            QJsonObject{{QStringLiteral("failed"), failedKeys}, {QStringLiteral("functions"), functions}});
        return exitCode;
    }
    auto verdictText = [](const std::optional<bool> &within) {
        return !within ? Context::tr("unknown") : *within ? Context::tr("within") : Context::tr("BREACH");
    };
    QList<QStringList> rows;
    rows.append({QStringLiteral("  ") + Context::tr("FUNCTION"),
                 Context::tr("BACK AFTER"),
                 Context::tr("MAX DOWNTIME"),
                 Context::tr("VERDICT"),
                 Context::tr("DATA LOST"),
                 Context::tr("MAX DATA LOSS"),
                 Context::tr("VERDICT")});
    for (const analysis::FunctionImpact &f : result.functions) {
        rows.append(
            {QStringLiteral("  ") + s.key(f.element) + (s.isCritical(f.element) ? QStringLiteral(" *") : QString()),
             Output::minutesText(f.recoveryMin),
             Output::minutesText(f.toleranceMin),
             verdictText(f.withinTolerance),
             f.lostDataStores.empty() ? Context::tr("none") : Output::minutesText(f.dataLossMin, false),
             Output::minutesText(f.dataLossToleranceMin, false),
             verdictText(f.dataLossWithinTolerance)});
    }
    context.out << Context::tr(
        "Recovery against impact tolerance, %n element(s) failed:", nullptr, int(result.failed.size()))
                << "\n"
                << Output::table(rows)
                << Context::tr(
                       "  * critical or important function. DATA LOST: the largest RPO among the down data stores "
                       "the function depends on.")
                << "\n";
    return exitCode;
}

} // namespace bulwark::cli
