// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/impact.h"
#include "commands.h"
#include "output.h"

#include <QJsonArray>

namespace bulwark::cli {
namespace {

QString stateToken(analysis::State state)
{
    return Output::stateToken(int(state));
}

QJsonArray keyArray(const analysis::GraphSnapshot &s, const std::vector<int> &list)
{
    QJsonArray array;
    for (const int v : list)
        array.append(s.key(v));
    return array;
}

} // namespace

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
        QJsonArray functions;
        for (const analysis::FunctionImpact &f : result.functions) {
            const bool unknownRecovery = f.recoveryMin == analysis::Propagator::unknownRecovery;
            functions.append(QJsonObject{
                {QStringLiteral("key"), s.key(f.element)},
                {QStringLiteral("state"), stateToken(f.state)},
                {QStringLiteral("recovery_min"), unknownRecovery ? QJsonValue() : QJsonValue(f.recoveryMin)},
                {QStringLiteral("tolerance_min"), f.toleranceMin < 0 ? QJsonValue() : QJsonValue(f.toleranceMin)},
                {QStringLiteral("within_tolerance"),
                 f.withinTolerance ? QJsonValue(*f.withinTolerance) : QJsonValue()}});
        }
        printJson(QJsonObject{{QStringLiteral("failed"), keyArray(s, result.failed)},
                              {QStringLiteral("down"), keyArray(s, result.down)},
                              {QStringLiteral("degraded"), keyArray(s, result.degraded)},
                              {QStringLiteral("functions"), functions}});
        return exitCode;
    }

    const auto minutes = [](int m) { return Output::minutesText(m); };
    out << Context::tr("Failure of %n element(s):", nullptr, int(result.failed.size())) << "\n";
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
            QString verdict = !f.withinTolerance ? Context::tr("unknown")
                : *f.withinTolerance             ? Context::tr("within")
                                                 : Context::tr("BREACH");
            rows.append(
                {QStringLiteral("  ") + s.key(f.element) + (s.isCritical(f.element) ? QStringLiteral(" *") : QString()),
                 stateToken(f.state),
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
        << Context::tr("Blast radius: %1 element(s) down, %2 degraded.")
               .arg(result.down.size())
               .arg(result.degraded.size())
        << "\n";
    if (exitCode == Findings)
        out << Context::tr("At least one critical or important function would be down longer than it can tolerate.")
            << "\n";
    return exitCode;
}

} // namespace bulwark::cli
