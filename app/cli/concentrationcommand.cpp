// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/analysis/concentration.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace bulwark::cli {

QString ConcentrationCommand::summary() const
{
    return Context::tr(
        "Show how much rests on each provider, location and country, with Herfindahl-Hirschman indices.");
}

QString ConcentrationCommand::arguments() const
{
    return {};
}

QStringList ConcentrationCommand::examples() const
{
    return {QStringLiteral("bulwark concentration --db bank.bulwark"),
            QStringLiteral("bulwark concentration --db bank.bulwark --max-share 0.5 --json")};
}

void ConcentrationCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("max-share"),
                      Context::tr("Exit 1 when a single provider supports more than this share (0-1) of the critical "
                                  "functions."),
                      QStringLiteral("SHARE")});
}

int ConcentrationCommand::run(Context &context) const
{
    std::optional<double> maxShare;
    if (context.parser.isSet(QStringLiteral("max-share"))) {
        bool ok = false;
        const double value = context.parser.value(QStringLiteral("max-share")).toDouble(&ok);
        if (!ok || value < 0 || value > 1)
            return context.fail(Context::tr("--max-share must be a fraction between 0 and 1"));
        maxShare = value;
    }
    auto snapshot = context.openSnapshot();
    if (!snapshot)
        return context.fail(snapshot.error());
    const analysis::GraphSnapshot &s = **snapshot;
    const analysis::ConcentrationResult r = analysis::analyseConcentration(s);
    const bool breached = maxShare && std::any_of(r.providers.begin(), r.providers.end(), [&](const auto &e) {
                              return e.criticalShare > *maxShare;
                          });

    if (context.json()) {
        auto entries = [&](const std::vector<analysis::ConcentrationEntry> &list, bool country) {
            QJsonArray array;
            for (const auto &e : list) {
                QJsonObject o{{QStringLiteral("critical_functions"), e.criticalFunctions},
                              {QStringLiteral("critical_share"), e.criticalShare},
                              {QStringLiteral("ict_services"), e.ictServices},
                              {QStringLiteral("ict_service_share"), e.ictServiceShare}};
                o.insert(country ? QStringLiteral("country") : QStringLiteral("key"),
                         country ? e.country : s.key(e.element));
                array.append(o);
            }
            return array;
        };
        context.printJson(QJsonObject{
            {QStringLiteral("critical_functions"), r.criticalFunctionCount},
            {QStringLiteral("ict_services"), r.ictServiceCount},
            {QStringLiteral("providers"), entries(r.providers, false)},
            {QStringLiteral("locations"), entries(r.locations, false)},
            {QStringLiteral("countries"), entries(r.countries, true)},
            {QStringLiteral("hhi"),
             QJsonObject{{QStringLiteral("providers_by_ict_services"), r.hhiProvidersByIctServices},
                         {QStringLiteral("providers_by_critical_functions"), r.hhiProvidersByCriticalFunctions},
                         {QStringLiteral("countries_by_critical_functions"), r.hhiCountriesByCriticalFunctions}}}});
        return breached ? Findings : Ok;
    }
    const QLocale locale;
    auto percent = [&](double share) { return locale.toString(share * 100.0, 'f', 0) + u'%'; };
    auto table = [&](const QString &title, std::vector<analysis::ConcentrationEntry> list, bool country) {
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.criticalFunctions != b.criticalFunctions ? a.criticalFunctions > b.criticalFunctions
                                                              : a.ictServices > b.ictServices;
        });
        QList<QStringList> rows;
        rows.append({QStringLiteral("  ") + title, Context::tr("CRITICAL FUNCTIONS"), Context::tr("ICT SERVICES")});
        if (!country)
            rows.first() << Context::tr("NAME");
        for (const auto &e : list) {
            if (e.criticalFunctions == 0 && e.ictServices == 0)
                continue;
            rows.append({QStringLiteral("  ") + (country ? e.country : s.key(e.element)),
                         QStringLiteral("%1 (%2)").arg(e.criticalFunctions).arg(percent(e.criticalShare)),
                         QStringLiteral("%1 (%2)").arg(e.ictServices).arg(percent(e.ictServiceShare))});
            if (!country)
                rows.last() << s.name(e.element);
        }
        return Output::table(rows);
    };
    QTextStream &out = context.out;
    out << Context::tr("%1 critical or important functions, %2 third-party ICT services.")
               .arg(r.criticalFunctionCount)
               .arg(r.ictServiceCount)
        << "\n\n"
        << table(Context::tr("PROVIDER"), r.providers, false) << "\n"
        << table(Context::tr("LOCATION"), r.locations, false) << "\n"
        << table(Context::tr("COUNTRY"), r.countries, true) << "\n"
        << Context::tr("Herfindahl-Hirschman index (0-10,000; above 2,500 is highly concentrated):") << "\n"
        << Context::tr("  providers by ICT services:        %1")
               .arg(locale.toString(r.hhiProvidersByIctServices, 'f', 0))
        << "\n"
        << Context::tr("  providers by critical functions:  %1")
               .arg(locale.toString(r.hhiProvidersByCriticalFunctions, 'f', 0))
        << "\n"
        << Context::tr("  countries by critical functions:  %1")
               .arg(locale.toString(r.hhiCountriesByCriticalFunctions, 'f', 0))
        << "\n";
    if (breached)
        out << Context::tr("A provider supports more than %1 of the critical functions.").arg(percent(*maxShare))
            << "\n";
    return breached ? Findings : Ok;
}

} // namespace bulwark::cli
