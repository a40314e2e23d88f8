// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/analysis/failureset.h"
#include "model/register/registercodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bulwark::cli {

QString ScenarioCommand::summary() const
{
    return Context::tr("Save, list, run or remove named failure scenarios.");
}

QString ScenarioCommand::arguments() const
{
    return QStringLiteral("list | save NAME | run NAME | remove NAME");
}

QStringList ScenarioCommand::examples() const
{
    return {QStringLiteral("bulwark scenario save --db bank.bulwark loss-of-dc-frankfurt --fail FAC-DC-FRA "
                           "--description \"Loss of the primary data centre\""),
            QStringLiteral("bulwark scenario save --db bank.bulwark germany --country DE"),
            QStringLiteral("bulwark scenario list --db bank.bulwark"),
            QStringLiteral("bulwark scenario run --db bank.bulwark loss-of-dc-frankfurt --json"),
            QStringLiteral("bulwark scenario remove --db bank.bulwark germany")};
}

void ScenarioCommand::addOptions(QCommandLineParser &parser) const
{
    Context::addFailureOptions(parser);
    parser.addOption({QStringLiteral("description"),
                      Context::tr("With save: what the scenario stands for."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("replace"), Context::tr("With save: change the scenario if it exists already.")});
}

int ScenarioCommand::run(Context &context) const
{
    const QStringList args = context.positional();
    const QString action = args.value(0);
    if (action == u"list" && args.size() == 1) {
        auto service = context.openForReading();
        if (!service)
            return context.fail(service.error());
        const RegisterData data = (*service)->snapshot();
        if (context.json()) {
            QJsonArray array;
            for (const Scenario &s : data.scenarios)
                array.append(QJsonDocument::fromJson(RegisterCodec::toJson(s)).object());
            context.printJson(QJsonObject{{QStringLiteral("scenarios"), array}});
        } else if (data.scenarios.empty()) {
            context.out << Context::tr("No scenarios yet. Save one with 'bulwark scenario save'.") << "\n";
        } else {
            QList<QStringList> rows;
            rows.append({Context::tr("NAME"), Context::tr("FAILS"), Context::tr("DESCRIPTION")});
            for (const Scenario &s : data.scenarios) {
                QStringList fails = s.fail;
                if (!s.region.isEmpty())
                    fails << Context::tr("region %1").arg(s.region);
                if (!s.country.isEmpty())
                    fails << Context::tr("country %1").arg(s.country);
                if (!s.tag.isEmpty())
                    fails << Context::tr("tag %1").arg(s.tag);
                rows.append({s.name, fails.join(QStringLiteral(", ")), s.description});
            }
            context.out << Output::table(rows);
        }
        return Ok;
    }
    if (args.size() != 2 || (action != u"save" && action != u"run" && action != u"remove"))
        return context.fail(Context::tr("use: scenario list | save NAME | run NAME | remove NAME"));
    const QString name = args[1];
    if (action == u"run") {
        auto service = context.openForReading();
        if (!service)
            return context.fail(service.error());
        const auto it = (*service)->scenarios().constFind(name);
        if (it == (*service)->scenarios().constEnd())
            return context.fail(makeError(Error::Code::NotFound, Context::tr("there is no scenario '%1'").arg(name)));
        const Scenario scenario = *it;
        service->reset();
        auto snapshot = context.openSnapshot();
        if (!snapshot)
            return context.fail(snapshot.error());
        auto failed = analysis::FailureSets::resolve(**snapshot, analysis::FailureSpec::of(scenario));
        if (!failed)
            return context.fail(
                Context::tr("scenario '%1' no longer matches the register: %2").arg(name, failed.error().message));
        if (!context.json() && !scenario.description.isEmpty())
            context.out << Context::tr("Scenario %1: %2").arg(name, scenario.description) << "\n\n";
        return context.reportImpact(**snapshot, *failed);
    }
    auto service = context.openRegister();
    if (!service)
        return context.fail(service.error());
    ChangeSet changes;
    if (action == u"remove") {
        changes.removeScenarios << name;
        return context.applyAndReport(
            **service, changes, [&](const ChangeSummary &) { return Context::tr("Removed scenario %1.\n").arg(name); });
    }
    Scenario scenario;
    scenario.name = name;
    scenario.description = context.parser.value(QStringLiteral("description"));
    for (const QString &key : context.parser.value(QStringLiteral("fail")).split(u',', Qt::SkipEmptyParts))
        scenario.fail << key.trimmed();
    scenario.region = context.parser.value(QStringLiteral("region"));
    scenario.country = context.parser.value(QStringLiteral("country"));
    scenario.tag = context.parser.value(QStringLiteral("tag"));
    changes.add(scenario,
                context.parser.isSet(QStringLiteral("replace")) ? ChangeSet::Mode::Upsert : ChangeSet::Mode::Insert);
    return context.applyAndReport(**service, changes, [&](const ChangeSummary &summary) {
        return summary.scenarios.added
            ? Context::tr("Saved scenario %1. Run it with 'bulwark scenario run %1'.\n").arg(name)
            : Context::tr("Changed scenario %1.\n").arg(name);
    });
}

} // namespace bulwark::cli
