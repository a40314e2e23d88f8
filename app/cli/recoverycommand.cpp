// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/analysis/impact.h"
#include "model/analysis/rtobudget.h"
#include "model/analysis/spofanalysis.h"
#include "model/analysis/verdict.h"
#include "model/register/vocabulary.h"

#include <QJsonArray>

#include <algorithm>

namespace bulwark::cli {

QString RecoveryCommand::summary() const
{
    return Context::tr("Estimate recovery time and data loss of each affected function against its impact tolerance "
                       "(exit 1 if a critical function breaches either), with the path that sets the time; or with "
                       "--budget the RTO each element must meet (exit 1 if one is longer).");
}

QString RecoveryCommand::arguments() const
{
    return {};
}

QStringList RecoveryCommand::examples() const
{
    return {QStringLiteral("bulwark recovery --db bank.bulwark --fail FAC-DC-FRA"),
            QStringLiteral("bulwark recovery --db bank.bulwark --country DE --json"),
            QStringLiteral("bulwark recovery --db bank.bulwark --budget")};
}

void RecoveryCommand::addOptions(QCommandLineParser &parser) const
{
    Context::addFailureOptions(parser);
    parser.addOption({QStringLiteral("budget"),
                      Context::tr("Instead of a failure: for every element, the tightest maximum tolerable downtime "
                                  "among the critical functions its failure alone puts down, against its RTO.")});
}

namespace {

int runBudget(Context &context)
{
    for (const QString &option :
         {QStringLiteral("fail"), QStringLiteral("region"), QStringLiteral("country"), QStringLiteral("tag")}) {
        if (context.parser.isSet(option))
            return context.fail(Context::tr("--budget takes no failure: leave out --%1").arg(option));
    }
    auto snapshot = context.openSnapshot();
    if (!snapshot)
        return context.fail(snapshot.error());
    const analysis::GraphSnapshot &s = **snapshot;
    const analysis::SpofAnalysis spofs(s);
    const std::vector<analysis::RtoBudget> budgets = analysis::rtoBudget(s, spofs);
    const bool anyShort = std::any_of(budgets.begin(), budgets.end(), [](const auto &b) { return b.isShort(); });
    if (context.json()) {
        QJsonArray elements;
        for (const analysis::RtoBudget &b : budgets)
            elements.append(Output::toJsonObject(s, b));
        context.printJson(QJsonObject{{QStringLiteral("elements"), elements}});
        return anyShort ? Findings : Ok;
    }
    QList<QStringList> rows;
    rows.append({QStringLiteral("  ") + Context::tr("ELEMENT"),
                 Context::tr("RTO"),
                 Context::tr("BUDGET"),
                 Context::tr("SET BY"),
                 Context::tr("SHORTFALL")});
    int shortCount = 0;
    for (const analysis::RtoBudget &b : budgets) {
        shortCount += b.isShort() ? 1 : 0;
        rows.append({QStringLiteral("  ") + s.key(b.element),
                     Vocabulary::minutesText(b.rtoMin, false),
                     Vocabulary::minutesText(b.budgetMin, false),
                     s.key(b.function),
                     b.shortfallMin ? Vocabulary::minutesText(*b.shortfallMin, false) : Context::tr("unknown")});
    }
    context.out << Context::tr(
        "RTO budget of %Ln element(s) that alone stop a critical function:", nullptr, int(budgets.size()))
                << "\n"
                << Output::table(rows)
                << Context::tr("  %Ln element(s) with an RTO longer than their budget. BUDGET: the tightest maximum "
                               "tolerable downtime of the critical functions the element alone puts down (SET BY). "
                               "Meeting it is necessary, not sufficient.",
                               nullptr,
                               shortCount)
                << "\n";
    return anyShort ? Findings : Ok;
}

QString pathText(const analysis::GraphSnapshot &s, const analysis::RecoveryPath &path)
{
    QStringList keys;
    for (const int v : path.elements)
        keys << s.key(v);
    const analysis::RecoveryPathEnd &end = *path.end;
    const QString why = end.kind == analysis::RecoveryPathEnd::Kind::Rto
        ? Context::tr("RTO of %1").arg(s.key(end.element))
        : Context::tr("failover of group %1 of %2").arg(s.groupName(end.group), s.key(end.element));
    return Context::tr("%1 (%2, %3)").arg(keys.join(QStringLiteral(" > ")), why, Vocabulary::minutesText(end.timeMin));
}

} // namespace

int RecoveryCommand::run(Context &context) const
{
    if (context.parser.isSet(QStringLiteral("budget")))
        return runBudget(context);
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
    QList<QStringList> paths;
    for (const analysis::FunctionImpact &f : result.functions) {
        if (f.recoveryPath.end)
            paths.append({QStringLiteral("  ") + s.key(f.element), pathText(s, f.recoveryPath)});
    }
    if (!paths.isEmpty())
        context.out << Context::tr("Where each recovery time comes from:") << "\n" << Output::table(paths);
    return exitCode;
}

} // namespace bulwark::cli
