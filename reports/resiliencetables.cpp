// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/resiliencetables.h"

#include "model/analysis/components.h"
#include "model/analysis/failureset.h"
#include "model/feedback.h"
#include "model/register/vocabulary.h"

#include <algorithm>

namespace bulwark::reports {
namespace {

Error canceled()
{
    return makeError(Error::Code::Canceled, ResilienceTables::tr("The analysis was canceled."));
}

/// Keeps the first `maxRows` rows (all when negative) and says in the note how many there were.
void cut(Table &table, int maxRows, const QString &order)
{
    const auto total = qsizetype(table.rows.size());
    if (maxRows < 0 || total <= maxRows)
        return;
    table.rows.resize(std::size_t(maxRows));
    if (table.keys.size() > maxRows)
        table.keys.resize(maxRows);
    table.note = ResilienceTables::tr("The first %L1 of %L2 rows, %3.").arg(maxRows).arg(total).arg(order);
}

QString countWithShare(int count, double share, const QLocale &locale)
{
    return QStringLiteral("%1 (%2%)").arg(locale.toString(count), locale.toString(share * 100, 'f', 0));
}

} // namespace

Result<ResilienceData> ResilienceData::compute(std::shared_ptr<const analysis::GraphSnapshot> snapshot,
                                               QList<Scenario> scenarios,
                                               Feedback *feedback)
{
    ResilienceData data;
    data.snapshot = std::move(snapshot);
    const analysis::GraphSnapshot &s = *data.snapshot;
    data.countByKind.assign(elementKindCount, 0);
    for (int v = 0; v < s.size(); ++v) {
        ++data.countByKind[std::size_t(s.kind(v))];
        if (s.isCritical(v))
            data.criticalFunctions.push_back(v);
    }
    const analysis::SpofAnalysis spofs(s, feedback);
    if (spofs.isComplete())
        data.spofRanking = analysis::rankSpofs(s, spofs, feedback);
    if (!spofs.isComplete() || (feedback && feedback->isCanceled()))
        return canceled();
    // SPOFs per critical function, seen from the ranking's side (the same pairs).
    std::vector<int> spofCount(std::size_t(s.size()), 0);
    for (const analysis::SpofRank &rank : data.spofRanking) {
        for (const int f : rank.functions)
            ++spofCount[std::size_t(f)];
    }
    for (const int f : data.criticalFunctions) {
        data.spofCountOfCritical.push_back(spofCount[std::size_t(f)]);
        data.withSpof += spofCount[std::size_t(f)] > 0 ? 1 : 0;
    }
    data.redundancy = analysis::redundancyReport(s, spofs, feedback);
    data.falseRedundancies = analysis::falseRedundancyCount(data.redundancy);
    // The exact counts and a few pairs to name.
    data.criticalPairs = analysis::criticalPairCounts(s, spofs, feedback, examplePairs);
    data.budget = analysis::rtoBudget(s, spofs, feedback);
    if (feedback && feedback->isCanceled())
        return canceled();
    data.cycles = analysis::findCycles(s);
    data.concentration = analysis::analyseConcentration(s);
    std::sort(scenarios.begin(), scenarios.end(), [](const Scenario &a, const Scenario &b) { return a.name < b.name; });
    for (const Scenario &scenario : std::as_const(scenarios)) {
        if (feedback && feedback->isCanceled())
            return canceled();
        ScenarioRun run{scenario.name, scenario.description, std::nullopt, {}};
        const auto failed = analysis::FailureSets::resolve(s, analysis::FailureSpec::of(scenario));
        if (failed) {
            run.result = analysis::analyseImpact(s, *failed);
            run.counts = analysis::countCriticalVerdicts(s, *run.result);
        }
        data.scenarios.push_back(std::move(run));
    }
    std::vector<const analysis::ImpactResult *> impacts;
    for (const auto &run : data.scenarios)
        impacts.push_back(run.result ? &*run.result : nullptr);
    data.worst = analysis::worstVerdicts(s, impacts);
    for (const int f : data.criticalFunctions)
        data.worstCounts.add(data.worst[std::size_t(f)].verdict);
    return data;
}

const analysis::FunctionImpact *ResilienceData::worstImpact(int function) const
{
    const analysis::WorstVerdict &w = worst[std::size_t(function)];
    if (w.impact < 0 || !scenarios[std::size_t(w.impact)].result)
        return nullptr;
    for (const analysis::FunctionImpact &f : scenarios[std::size_t(w.impact)].result->functions) {
        if (f.element == function)
            return &f;
    }
    return nullptr;
}

Tone ResilienceTables::verdictTone(analysis::Verdict verdict)
{
    switch (verdict) {
        case analysis::Verdict::Breach: return Tone::Bad;
        case analysis::Verdict::Unknown:
        case analysis::Verdict::LittleMargin: return Tone::Warning;
        case analysis::Verdict::Within: return Tone::Good;
        case analysis::Verdict::NotAffected: return Tone::Neutral;
    }
    return Tone::Neutral;
}

Tone ResilienceTables::shareTone(double share)
{
    switch (analysis::shareLevel(share)) {
        case analysis::ShareLevel::Alarm: return Tone::Bad;
        case analysis::ShareLevel::Warning: return Tone::Warning;
        case analysis::ShareLevel::Normal: return Tone::Neutral;
    }
    return Tone::Neutral;
}

Table ResilienceTables::criticalFunctions(const ResilienceData &d, const QLocale &locale, int maxRows)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    Table t;
    t.id = QStringLiteral("critical-functions");
    t.caption = tr("Critical functions: SPOFs and the worst saved scenario");
    t.headers = {tr("Critical function"),
                 tr("Name"),
                 tr("SPOFs"),
                 tr("Worst scenario"),
                 tr("Result"),
                 tr("Recovery / MTD"),
                 tr("Data loss / MTDL")};
    t.numeric = {false, false, true, false, false, true, true};
    // A time against its tolerance, "8 h / 2 h"; the data loss is "0 min" when nothing is lost, not "no outage".
    const auto against = [](int actual, int tolerance, bool dataLoss) {
        return tr("%1 / %2").arg(Vocabulary::minutesText(actual, !dataLoss),
                                 Vocabulary::minutesText(tolerance, !dataLoss));
    };
    for (std::size_t i = 0; i < d.criticalFunctions.size(); ++i) {
        const int f = d.criticalFunctions[i];
        const int spofCount = d.spofCountOfCritical[i];
        const analysis::WorstVerdict &w = d.worst[std::size_t(f)];
        const analysis::FunctionImpact *impact = d.worstImpact(f);
        std::optional<analysis::FunctionVerdict> verdict;
        if (impact)
            verdict = analysis::judge(*impact);
        t.rows.push_back(
            {Text(s.key(f)),
             Text(s.name(f)),
             Text(locale.toString(spofCount), spofCount > 0 ? Tone::Warning : Tone::Neutral, spofCount),
             w.impact < 0 ? Text(tr("none affects it")) : Text(d.scenarios[std::size_t(w.impact)].name),
             Text(analysis::Verdicts::text(w.verdict), verdictTone(w.verdict), double(w.verdict)),
             impact ? Text(against(impact->recoveryMin, impact->toleranceMin, false),
                           verdictTone(verdict->downtime),
                           impact->recoveryMin)
                    : Text(tr("- / %1").arg(Vocabulary::minutesText(s.mtdMin(f))), Tone::Neutral, -1),
             impact ? Text(against(impact->dataLossMin, impact->dataLossToleranceMin, true),
                           verdictTone(verdict->dataLoss),
                           impact->dataLossMin)
                    : Text(tr("- / %1").arg(Vocabulary::minutesText(s.mtdlMin(f), false)), Tone::Neutral, -1)});
        t.keys << s.key(f);
    }
    cut(t, maxRows, tr("in key order"));
    return t;
}

Table ResilienceTables::spofs(const ResilienceData &d, const QLocale &locale, int maxRows)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    Table t;
    t.id = QStringLiteral("single-points-of-failure");
    t.caption = tr("Single points of failure: elements that alone stop critical or important functions");
    t.headers = {tr("Element"), tr("Stops"), tr("Name")};
    t.numeric = {false, true, false};
    for (const analysis::SpofRank &rank : d.spofRanking) {
        const int count = int(rank.functions.size());
        t.rows.push_back({Text(s.key(rank.element)),
                          Text(locale.toString(count), Tone::Neutral, count),
                          Text(s.name(rank.element))});
        t.keys << s.key(rank.element);
    }
    cut(t, maxRows, tr("those that stop the most critical functions first"));
    return t;
}

Table ResilienceTables::providers(const ResilienceData &d, const QLocale &locale, int maxRows)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    Table t;
    t.id = QStringLiteral("provider-concentration");
    t.caption = tr("Providers: the critical functions and third-party ICT services that depend on each");
    t.headers = {tr("Provider"), tr("Name"), tr("Critical functions"), tr("ICT services")};
    t.numeric = {false, false, true, true};
    auto sorted = d.concentration.providers;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.criticalShare > b.criticalShare; });
    for (const auto &p : sorted) {
        t.rows.push_back(
            {Text(s.key(p.element)),
             Text(s.name(p.element)),
             Text(countWithShare(p.criticalFunctions, p.criticalShare, locale),
                  shareTone(p.criticalShare),
                  p.criticalShare),
             Text(countWithShare(p.ictServices, p.ictServiceShare, locale), Tone::Neutral, p.ictServiceShare)});
        t.keys << s.key(p.element);
    }
    cut(t, maxRows, tr("the largest share of critical functions first"));
    return t;
}

Table ResilienceTables::locations(const ResilienceData &d, const QLocale &locale, int maxRows)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    Table t;
    t.id = QStringLiteral("location-concentration");
    t.caption = tr("Locations: where the critical functions run");
    t.headers = {tr("Location"), tr("Name"), tr("Country"), tr("Critical functions")};
    t.numeric = {false, false, false, true};
    for (const auto &l : d.concentration.locations) {
        t.rows.push_back({Text(s.key(l.element)),
                          Text(s.name(l.element)),
                          Text(s.country(l.element)),
                          Text(countWithShare(l.criticalFunctions, l.criticalShare, locale),
                               shareTone(l.criticalShare),
                               l.criticalShare)});
        t.keys << s.key(l.element);
    }
    cut(t, maxRows, tr("in key order"));
    return t;
}

Table ResilienceTables::scenarios(const ResilienceData &d, const QLocale &locale, int maxRows)
{
    Table t;
    t.id = QStringLiteral("scenarios");
    t.caption = tr("Saved failure scenarios: their effect on the critical or important functions");
    t.headers = {tr("Scenario"), tr("Beyond tolerance"), tr("Unknown"), tr("Functions down"), tr("Description")};
    t.numeric = {false, true, true, true, false};
    for (const auto &run : d.scenarios) {
        t.keys << run.name;
        if (!run.result) {
            t.rows.push_back({Text(run.name),
                              Text(tr("no longer matches the register"), Tone::Warning, -1),
                              Text(QString(), Tone::Neutral, -1),
                              Text(QString(), Tone::Neutral, -1),
                              Text(run.description)});
            continue;
        }
        int down = 0;
        for (const auto &f : run.result->functions)
            down += f.state == analysis::State::Down ? 1 : 0;
        const int beyond = run.counts.breach;
        const int unknown = run.counts.unknown;
        // The row reads red with a breach, amber with an unknown, green otherwise (the strongest cell tone).
        t.rows.push_back({Text(run.name),
                          Text(locale.toString(beyond), beyond > 0 ? Tone::Bad : Tone::Good, beyond),
                          Text(locale.toString(unknown), unknown > 0 ? Tone::Warning : Tone::Neutral, unknown),
                          Text(locale.toString(down), Tone::Neutral, down),
                          Text(run.description)});
    }
    cut(t, maxRows, tr("by name"));
    return t;
}

Table ResilienceTables::cycles(const ResilienceData &d, const QLocale &, int maxRows)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    Table t;
    t.id = QStringLiteral("cycles");
    t.caption = tr("Cycles: elements that depend on each other, so none of them can be recovered first");
    t.headers = {tr("Elements that depend on each other")};
    t.numeric = {false};
    for (const auto &cycle : d.cycles) {
        QStringList keys;
        for (const int v : cycle)
            keys << s.key(v);
        t.rows.push_back({Text(keys.join(QStringLiteral(" <-> ")), Tone::Warning)});
        t.keys << keys.first();
    }
    cut(t, maxRows, tr("as found"));
    return t;
}

Table ResilienceTables::doubleFailures(const ResilienceData &d, const QLocale &locale, int maxRows)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    Table t;
    t.id = QStringLiteral("double-failures");
    t.caption = tr("Double failures: pairs of elements that together stop a critical function");
    t.headers = {tr("Critical function"), tr("Name"), tr("Pairs"), tr("For example")};
    t.numeric = {false, false, true, false};
    std::vector<const analysis::FailurePairs *> sorted;
    for (const analysis::FailurePairs &p : d.criticalPairs) {
        if (p.count > 0)
            sorted.push_back(&p);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) { return a->count > b->count; });
    for (const analysis::FailurePairs *p : sorted) {
        QStringList examples;
        for (const auto &[a, b] : p->pairs)
            examples << tr("%1 + %2").arg(s.key(a), s.key(b));
        if (p->count > p->pairs.size())
            examples << QStringLiteral("…");
        t.rows.push_back({Text(s.key(p->function)),
                          Text(s.name(p->function)),
                          Text(locale.toString(qulonglong(p->count)), Tone::Warning, double(p->count)),
                          Text(examples.join(QStringLiteral(", ")))});
        t.keys << s.key(p->function);
    }
    cut(t, maxRows, tr("the most pairs first"));
    return t;
}

Table ResilienceTables::falseRedundancies(const ResilienceData &d, const QLocale &, int maxRows)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    Table t;
    t.id = QStringLiteral("false-redundancy");
    t.caption = tr("Redundancy that is not: groups one element outside them breaks alone");
    t.headers = {tr("Element"), tr("Group"), tr("Needed / members"), tr("Nearest common causes"), tr("Regions")};
    t.numeric = {false, false, true, false, false};
    for (const analysis::RedundancyGroupReport &r : d.redundancy) {
        if (!r.isFalseRedundancy())
            continue;
        QStringList nearest;
        for (const analysis::GroupCause &c : r.commonCauses) {
            if (c.nearest)
                nearest << tr("%1 (%2)").arg(s.key(c.element), Vocabulary::displayName(s.kind(c.element)));
        }
        t.rows.push_back({Text(s.key(r.owner)),
                          Text(s.groupName(r.group)),
                          Text(tr("%1 / %2").arg(r.minUp).arg(r.members.size()), Tone::Neutral, r.minUp),
                          Text(nearest.join(QStringLiteral(", ")), Tone::Bad),
                          Text(r.sharedRegions.join(QStringLiteral(", ")))});
        t.keys << s.key(r.owner);
    }
    cut(t, maxRows, tr("by element and group"));
    return t;
}

Table ResilienceTables::budgetShortfalls(const ResilienceData &d, const QLocale &, int maxRows)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    Table t;
    t.id = QStringLiteral("rto-budget");
    t.caption = tr("RTO budget: elements whose recovery time objective is longer than the tolerance they must meet");
    t.headers = {tr("Element"), tr("RTO"), tr("Budget"), tr("Critical function"), tr("Shortfall")};
    t.numeric = {false, true, true, false, true};
    std::vector<const analysis::RtoBudget *> sorted;
    for (const analysis::RtoBudget &b : d.budget) {
        if (b.isShort())
            sorted.push_back(&b);
    }
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const auto *a, const auto *b) { return *a->shortfallMin > *b->shortfallMin; });
    for (const analysis::RtoBudget *b : sorted) {
        t.rows.push_back({Text(s.key(b->element)),
                          Text(Vocabulary::minutesText(b->rtoMin, false), Tone::Neutral, b->rtoMin),
                          Text(Vocabulary::minutesText(b->budgetMin, false), Tone::Neutral, b->budgetMin),
                          Text(s.key(b->function)),
                          Text(Vocabulary::minutesText(*b->shortfallMin, false), Tone::Bad, *b->shortfallMin)});
        t.keys << s.key(b->element);
    }
    cut(t, maxRows, tr("the largest shortfall first"));
    return t;
}

SplitChart ResilienceTables::spofSplit(const ResilienceData &d, const QLocale &)
{
    const int functionCount = int(d.criticalFunctions.size());
    SplitChart chart;
    chart.title = tr("Single points of failure");
    chart.parts = {{tr("With at least one"), Tone::Bad, {}}, {tr("Without"), Tone::Good, {}}};
    chart.rows = {{QString(), {double(d.withSpof), double(functionCount - d.withSpof)}}};
    chart.emptyText = tr("No critical or important function is recorded.");
    return chart;
}

SplitChart ResilienceTables::worstResults(const ResilienceData &d, const QLocale &)
{
    // The two amber verdicts apart by shade, and by their words in the legend.
    using analysis::Verdict;
    using analysis::Verdicts;
    const int functionCount = int(d.criticalFunctions.size());
    const analysis::VerdictCounts &w = d.worstCounts;
    SplitChart chart;
    chart.title = tr("Worst result in the saved scenarios");
    chart.parts = {{Verdicts::text(Verdict::Breach), Tone::Bad, {}},
                   {Verdicts::text(Verdict::Unknown), Tone::Warning, {}},
                   {Verdicts::text(Verdict::LittleMargin), Tone::Warning, QColor(0xf0, 0xc0, 0x5a)},
                   {Verdicts::text(Verdict::Within), Tone::Good, {}},
                   {Verdicts::text(Verdict::NotAffected), Tone::Neutral, QColor(0x9a, 0xa0, 0xa6)}};
    if (!d.scenarios.empty()) {
        chart.rows = {{QString(),
                       {double(w.breach),
                        double(w.unknown),
                        double(w.littleMargin),
                        double(w.within),
                        double(std::max(0, functionCount - w.total()))}}};
    }
    chart.emptyText = d.scenarios.empty() ? tr("No saved scenario: nothing is known about tolerance yet.")
                                          : tr("No critical or important function is recorded.");
    return chart;
}

BarChart ResilienceTables::providerConcentration(const ResilienceData &d, const QLocale &locale, int top)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    const analysis::VerdictOptions levels;
    BarChart chart;
    chart.title = tr("HHI %1 (providers by critical functions)")
                      .arg(locale.toString(d.concentration.hhiProvidersByCriticalFunctions, 'f', 0));
    chart.maximum = 100;
    chart.unit = QStringLiteral("%");
    chart.thresholds = {{levels.concentrationWarningShare * 100,
                         tr("warning %1 %").arg(locale.toString(levels.concentrationWarningShare * 100, 'f', 0)),
                         Tone::Warning},
                        {levels.concentrationAlarmShare * 100,
                         tr("alarm %1 %").arg(locale.toString(levels.concentrationAlarmShare * 100, 'f', 0)),
                         Tone::Bad}};
    chart.emptyText = tr("No provider is recorded.");
    auto sorted = d.concentration.providers;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.criticalShare > b.criticalShare; });
    for (int i = 0; i < std::min<int>(top, int(sorted.size())); ++i) {
        const analysis::ConcentrationEntry &p = sorted[std::size_t(i)];
        const QString share = locale.toString(p.criticalShare * 100, 'f', 0);
        const analysis::ShareLevel level = analysis::shareLevel(p.criticalShare, levels);
        const QString words = level == analysis::ShareLevel::Alarm ? tr("%1 %, alarm").arg(share)
            : level == analysis::ShareLevel::Warning               ? tr("%1 %, warning").arg(share)
                                                                   : tr("%1 %").arg(share);
        chart.bars.push_back(ChartBar{s.key(p.element),
                                      p.criticalShare * 100,
                                      words,
                                      shareTone(p.criticalShare),
                                      {},
                                      tr("%1 (%2): %3 of %4 critical functions depend on it (%5 %)")
                                          .arg(s.key(p.element),
                                               s.name(p.element),
                                               locale.toString(p.criticalFunctions),
                                               locale.toString(d.concentration.criticalFunctionCount),
                                               share)});
    }
    return chart;
}

} // namespace bulwark::reports
