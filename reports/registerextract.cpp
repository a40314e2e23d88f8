// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/registerextract.h"

#include "model/analysis/concentration.h"
#include "model/analysis/verdict.h"
#include "model/feedback.h"
#include "model/i18n/language.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"
#include "model/store/snapshotreader.h"

#include <QFileInfo>
#include <QHash>

#include <array>

namespace bulwark::reports {
namespace {

QString number(qint64 n)
{
    return Vocabulary::number(n);
}

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(i18n::locale().toString(share * 100.0, 'f', 1));
}

QString wholePercent(double share)
{
    return QStringLiteral("%1 %").arg(i18n::locale().toString(share * 100.0, 'f', 0));
}

/// One string per distinct value, shared by every cell that shows it (implicit sharing: a cell then costs no text
/// of its own).
class Words
{
public:
    const QString &minutes(const std::optional<int> &m)
    {
        if (!m)
            return m_none;
        auto it = m_minutes.constFind(*m);
        if (it == m_minutes.constEnd())
            it = m_minutes.insert(*m, Vocabulary::minutesText(*m, false));
        return *it;
    }
    const QString &kind(ElementKind kind)
    {
        QString &word = m_kinds[std::size_t(kind)];
        if (word.isNull())
            word = Vocabulary::displayName(kind);
        return word;
    }

private:
    QString m_none;
    QHash<int, QString> m_minutes;
    std::array<QString, elementKindCount> m_kinds;
};

Text levelText(double share)
{
    const analysis::VerdictOptions options;
    switch (analysis::shareLevel(share, options)) {
        case analysis::ShareLevel::Alarm:
            return Text(RegisterExtract::tr("Alarm (above %1 of the critical functions)")
                            .arg(wholePercent(options.concentrationAlarmShare)),
                        Tone::Bad);
        case analysis::ShareLevel::Warning:
            return Text(RegisterExtract::tr("Warning (above %1 of the critical functions)")
                            .arg(wholePercent(options.concentrationWarningShare)),
                        Tone::Warning);
        case analysis::ShareLevel::Normal: break;
    }
    return Text(RegisterExtract::tr("Normal"));
}

Result<void> canceled()
{
    return makeError(Error::Code::Canceled, RegisterExtract::tr("The report was canceled."));
}

} // namespace

Result<Document>
RegisterExtract::build(const RegisterService &service, const RegisterExtractOptions &options, Feedback *feedback)
{
    PartFeedback reading(feedback, 0, 30);
    auto loaded = store::loadSnapshot(service.database(), &reading);
    if (!loaded)
        return loaded.error();
    const analysis::GraphSnapshot &s = **loaded;
    const QString registerName = QFileInfo(service.database().path()).fileName();
    const analysis::ConcentrationResult concentration = analysis::analyseConcentration(s);
    if (feedback && feedback->isCanceled())
        return canceled().error();

    Document d;
    d.title = tr("Register extract");
    d.subtitle = tr("Elements, dependencies, providers, locations and their concentration");
    d.entity = options.entity.isEmpty() ? registerName : options.entity;
    d.classification = options.classification;
    d.date = options.date.isValid() ? options.date : QDate::currentDate();
    d.cover.rows = {
        {tr("Register"), registerName},
        {tr("Elements"), number(service.elementCount())},
        {tr("Dependencies"), number(service.dependencyCount())},
        {tr("Audit-trail head"),
         tr("entry %1, SHA-256 %2")
             .arg(number(service.auditHead().seq), QString::fromLatin1(service.auditHead().hash))},
    };

    Section summary{QStringLiteral("summary"), tr("Summary"), 1, {}};
    summary.blocks.push_back(Paragraph{
        tr("Every element and every dependency of the register, and how much of it rests on each provider, location "
           "and country. A provider, location or country that more than half of the critical or important functions "
           "depend on (directly or through other elements) is a concentration warning, above three quarters an "
           "alarm.")});
    summary.blocks.push_back(KeyValues{{
        {tr("Critical or important functions"), number(concentration.criticalFunctionCount)},
        {tr("Third-party ICT services"), number(concentration.ictServiceCount)},
        {tr("Herfindahl-Hirschman index, providers by ICT services"),
         QStringLiteral("%1").arg(concentration.hhiProvidersByIctServices, 0, 'f', 0)},
        {tr("Herfindahl-Hirschman index, providers by critical functions"),
         QStringLiteral("%1").arg(concentration.hhiProvidersByCriticalFunctions, 0, 'f', 0)},
        {tr("Herfindahl-Hirschman index, countries by critical functions"),
         QStringLiteral("%1").arg(concentration.hhiCountriesByCriticalFunctions, 0, 'f', 0)},
    }});
    summary.blocks.push_back(
        Paragraph{tr("A Herfindahl-Hirschman index runs from 0 to 10,000; above 2,500 is highly concentrated.")});
    d.sections.push_back(std::move(summary));

    // Elements, in key order, sharing the register's strings.
    Words words;
    const QString yes = tr("yes"), no = tr("no");
    std::array<QString, 4> substitutability;
    for (int i = 0; i < 4; ++i)
        substitutability[std::size_t(i)] = Vocabulary::displayName(Substitutability(i));
    const QString critical = Vocabulary::displayName(Criticality::Critical);
    const QString standard = Vocabulary::displayName(Criticality::Standard);
    Table elements;
    elements.id = QStringLiteral("elements");
    elements.caption = tr("Elements");
    elements.headers = {tr("Key"),
                        tr("Name"),
                        tr("Kind"),
                        tr("Criticality"),
                        tr("Owner"),
                        tr("RTO"),
                        tr("RPO"),
                        tr("Max. tolerable downtime"),
                        tr("Max. tolerable data loss"),
                        tr("Availability"),
                        tr("Providers it needs"),
                        tr("Locations it needs"),
                        tr("Country"),
                        tr("Region"),
                        tr("LEI"),
                        tr("Substitutability"),
                        tr("Exit plan"),
                        tr("Tags")};
    elements.numeric = {false, false, false, false, false, true, true, true, true, true};
    const QStringList &keys = service.sortedKeys();
    elements.rows.reserve(std::size_t(keys.size()));
    elements.keys = keys;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const Element *e = service.element(keys[i]);
        if (!e)
            continue;
        // The providers and locations it needs directly (what it rests on further down, the concentration tables
        // count).
        QStringList providers, locations;
        const int v = s.indexOf(e->key);
        if (v >= 0) {
            for (int edge = s.outBegin(v); edge < s.outEnd(v); ++edge) {
                const int t = s.target(edge);
                if (s.kind(t) == ElementKind::Provider)
                    providers << s.key(t);
                else if (s.kind(t) == ElementKind::Location)
                    locations << s.key(t);
            }
            providers.sort();
            locations.sort();
        }
        elements.rows.push_back({
            e->key,
            e->name,
            words.kind(e->kind),
            e->criticality ? (*e->criticality == Criticality::Critical ? critical : standard) : QString(),
            e->owner,
            words.minutes(e->rtoMin),
            words.minutes(e->rpoMin),
            words.minutes(e->mtdMin),
            words.minutes(e->mtdlMin),
            e->availability ? QStringLiteral("%1 %").arg(i18n::locale().toString(*e->availability * 100.0, 'g', 6))
                            : QString(),
            providers.join(QStringLiteral(", ")),
            locations.join(QStringLiteral(", ")),
            e->country,
            e->region,
            e->lei,
            e->substitutability ? substitutability[std::size_t(*e->substitutability)] : QString(),
            e->exitPlan ? (*e->exitPlan ? yes : no) : QString(),
            e->tags.join(QStringLiteral(", ")),
        });
        if (feedback && i % 4096 == 0) {
            if (feedback->isCanceled())
                return canceled().error();
            feedback->setProgress(30 + 40.0 * double(i) / double(keys.size()));
        }
    }
    Section elementSection{QStringLiteral("elements"), tr("Elements"), 1, {}};
    elementSection.blocks.push_back(
        Paragraph{tr("%1 elements in key order. Times are as recorded; an empty cell is not recorded.")
                      .arg(number(qint64(elements.rows.size())))});
    elementSection.blocks.push_back(std::move(elements));
    d.sections.push_back(std::move(elementSection));

    // Dependencies, by the element that needs, then by what it needs.
    const QString hard = Vocabulary::displayName(Strength::Hard);
    const QString soft = Vocabulary::displayName(Strength::Soft);
    Table dependencies;
    dependencies.id = QStringLiteral("dependencies");
    dependencies.caption = tr("Dependencies");
    dependencies.headers = {tr("Element"), tr("Needs"), tr("Strength"), tr("Redundancy group")};
    dependencies.rows.reserve(std::size_t(service.dependencyCount()));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        for (const Dependency &dep : service.dependenciesOf(keys[i])) {
            dependencies.rows.push_back({dep.from, dep.to, dep.strength == Strength::Hard ? hard : soft, dep.group});
            dependencies.keys << dep.from;
        }
        if (feedback && i % 4096 == 0) {
            if (feedback->isCanceled())
                return canceled().error();
            feedback->setProgress(70 + 25.0 * double(i) / double(keys.size()));
        }
    }
    Section dependencySection{QStringLiteral("dependencies"), tr("Dependencies"), 1, {}};
    dependencySection.blocks.push_back(
        Paragraph{tr("%1 dependencies: an element needs another. A hard dependency stops the element when what it "
                     "needs is down; a soft one degrades it. Members of a redundancy group stand in for each other.")
                      .arg(number(qint64(dependencies.rows.size())))});
    dependencySection.blocks.push_back(std::move(dependencies));
    d.sections.push_back(std::move(dependencySection));

    // Providers, locations and countries with their concentration.
    auto concentrationTable = [&](const QString &id,
                                  const QString &caption,
                                  const std::vector<analysis::ConcentrationEntry> &entries,
                                  bool providers) {
        Table t;
        t.id = id;
        t.caption = caption;
        t.headers = {tr("Key"), tr("Name")};
        if (providers)
            t.headers << tr("LEI") << tr("Substitutability") << tr("Exit plan");
        t.headers << tr("Country") << tr("Critical functions") << tr("Share of critical functions")
                  << tr("ICT services") << tr("Share of ICT services") << tr("Concentration");
        t.numeric = {false, false};
        if (providers)
            t.numeric.insert(t.numeric.end(), {false, false, false});
        t.numeric.insert(t.numeric.end(), {false, true, true, true, true, false});
        for (const analysis::ConcentrationEntry &c : entries) {
            const Element *e = service.element(s.key(c.element));
            std::vector<Text> row{s.key(c.element), s.name(c.element)};
            if (providers) {
                row.emplace_back(e ? e->lei : QString());
                row.emplace_back(e && e->substitutability ? substitutability[std::size_t(*e->substitutability)]
                                                          : QString());
                row.emplace_back(e && e->exitPlan ? (*e->exitPlan ? yes : no) : QString());
            }
            row.emplace_back(s.country(c.element));
            row.emplace_back(number(c.criticalFunctions), Tone::Neutral, c.criticalFunctions);
            row.emplace_back(percent(c.criticalShare), Tone::Neutral, c.criticalShare);
            row.emplace_back(number(c.ictServices), Tone::Neutral, c.ictServices);
            row.emplace_back(percent(c.ictServiceShare), Tone::Neutral, c.ictServiceShare);
            row.push_back(levelText(c.criticalShare));
            t.rows.push_back(std::move(row));
            t.keys << s.key(c.element);
        }
        return t;
    };
    Section providerSection{QStringLiteral("providers"), tr("Providers"), 1, {}};
    providerSection.blocks.push_back(Paragraph{
        tr("Every provider, with the critical or important functions and the third-party ICT services that depend on "
           "it, directly or through other elements.")});
    providerSection.blocks.push_back(
        concentrationTable(QStringLiteral("providers"), tr("Providers"), concentration.providers, true));
    d.sections.push_back(std::move(providerSection));

    Section locationSection{QStringLiteral("locations"), tr("Locations"), 1, {}};
    locationSection.blocks.push_back(
        Paragraph{tr("Every location, with what depends on it, directly or through other elements.")});
    locationSection.blocks.push_back(
        concentrationTable(QStringLiteral("locations"), tr("Locations"), concentration.locations, false));
    Table countries;
    countries.id = QStringLiteral("countries");
    countries.caption = tr("Countries");
    countries.headers = {tr("Country"),
                         tr("Critical functions"),
                         tr("Share of critical functions"),
                         tr("ICT services"),
                         tr("Share of ICT services"),
                         tr("Concentration")};
    countries.numeric = {false, true, true, true, true, false};
    for (const analysis::ConcentrationEntry &c : concentration.countries) {
        countries.rows.push_back({c.country,
                                  Text(number(c.criticalFunctions), Tone::Neutral, c.criticalFunctions),
                                  Text(percent(c.criticalShare), Tone::Neutral, c.criticalShare),
                                  Text(number(c.ictServices), Tone::Neutral, c.ictServices),
                                  Text(percent(c.ictServiceShare), Tone::Neutral, c.ictServiceShare),
                                  levelText(c.criticalShare)});
        countries.keys << QString();
    }
    locationSection.blocks.push_back(
        Paragraph{tr("Every country recorded on an element (a provider, a location, a facility, ...), with what "
                     "depends on the elements it covers.")});
    locationSection.blocks.push_back(std::move(countries));
    d.sections.push_back(std::move(locationSection));
    if (feedback)
        feedback->setProgress(100);
    return d;
}

} // namespace bulwark::reports
