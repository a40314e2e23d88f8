// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/analysis/availability.h"

#include <QJsonArray>
#include <QLocale>

#include <thread>

namespace bulwark::cli {

QString AvailabilityCommand::summary() const
{
    return Context::tr("Estimate each function's availability by Monte Carlo from its elements' availability targets "
                       "(exit 1 if a critical function falls short of its own target).");
}

QString AvailabilityCommand::arguments() const
{
    return {};
}

QStringList AvailabilityCommand::examples() const
{
    return {QStringLiteral("bulwark availability --db bank.bulwark"),
            QStringLiteral("bulwark availability --db bank.bulwark --function F-PAY --trials 100000 --seed 7 --json")};
}

void AvailabilityCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("function"),
                      Context::tr("Only this function (default: every function)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("trials"),
                      Context::tr("Number of trials (default 10000)."),
                      QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("seed"),
                      Context::tr("Random seed (default 1); the same seed gives the same result."),
                      QStringLiteral("SEED"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("threads"),
                      Context::tr("Worker threads (default: the number of cores)."),
                      QStringLiteral("N")});
}

int AvailabilityCommand::run(Context &context) const
{
    bool ok = false;
    analysis::AvailabilityOptions options;
    options.trials = context.parser.value(QStringLiteral("trials")).toInt(&ok);
    if (!ok || options.trials < 1 || options.trials > 100'000'000)
        return context.fail(Context::tr("--trials must be a whole number from 1 to 100,000,000"));
    options.seed = context.parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return context.fail(Context::tr("--seed must be a whole number, 0 or more"));
    options.threads = int(std::max(1u, std::thread::hardware_concurrency()));
    if (context.parser.isSet(QStringLiteral("threads"))) {
        options.threads = context.parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 64)
            return context.fail(Context::tr("--threads must be a whole number from 1 to 64"));
    }
    auto snapshot = context.openSnapshot();
    if (!snapshot)
        return context.fail(snapshot.error());
    const analysis::GraphSnapshot &s = **snapshot;
    auto chosen = context.chosenFunctions(s);
    if (!chosen)
        return context.fail(chosen.error());
    const std::vector<int> &functions = *chosen;
    const auto estimates = analysis::estimateAvailability(s, functions, options);
    bool shortfall = false;
    QJsonArray array;
    QList<QStringList> rows;
    const QLocale locale;
    auto percent = [&](double x) { return locale.toString(x * 100.0, 'f', 3) + u'%'; };
    rows.append({QStringLiteral("  ") + Context::tr("FUNCTION"),
                 Context::tr("ESTIMATE"),
                 Context::tr("95% INTERVAL"),
                 Context::tr("TARGET"),
                 Context::tr("VERDICT")});
    for (const analysis::AvailabilityEstimate &e : estimates) {
        const double target = s.availability(e.element);
        const int meets = target < 0 ? -1 : e.availability >= target ? 1 : 0; // -1: no target
        shortfall = shortfall || (s.isCritical(e.element) && meets == 0);
        array.append(QJsonObject{{QStringLiteral("key"), s.key(e.element)},
                                 {QStringLiteral("availability"), e.availability},
                                 {QStringLiteral("ci_low"), e.low},
                                 {QStringLiteral("ci_high"), e.high},
                                 {QStringLiteral("target"), target < 0 ? QJsonValue() : QJsonValue(target)},
                                 {QStringLiteral("meets_target"), meets < 0 ? QJsonValue() : QJsonValue(meets == 1)}});
        rows.append(
            {QStringLiteral("  ") + s.key(e.element) + (s.isCritical(e.element) ? QStringLiteral(" *") : QString()),
             percent(e.availability),
             percent(e.low) + QStringLiteral(" - ") + percent(e.high),
             target < 0 ? Context::tr("none") : percent(target),
             meets < 0        ? QString()
                 : meets == 1 ? Context::tr("meets")
                              : Context::tr("SHORT")});
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("trials"), options.trials},
                                      {QStringLiteral("seed"), QString::number(options.seed)},
                                      {QStringLiteral("functions"), array}});
    } else {
        context.out << Context::tr("Availability from %1 trials (seed %2); elements fail independently with "
                                   "probability 1 - their availability target.")
                           .arg(options.trials)
                           .arg(options.seed)
                    << "\n"
                    << Output::table(rows);
    }
    return shortfall ? Findings : Ok;
}

} // namespace bulwark::cli
