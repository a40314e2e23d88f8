// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/impacttables.h"

#include "model/register/vocabulary.h"
#include "reports/resiliencetables.h"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>

namespace bulwark::reports {
namespace {

QString minutes(int m)
{
    return Vocabulary::minutesText(m);
}

/// Data loss: 0 is "0 min", not "no outage".
QString dataMinutes(int m)
{
    return Vocabulary::minutesText(m, false);
}

QString count(qint64 n)
{
    return Vocabulary::number(n);
}

} // namespace

Tone ImpactTables::tone(analysis::Verdict verdict)
{
    return ResilienceTables::verdictTone(verdict); // one tone per verdict, on every page and paper
}

QString ImpactTables::stateText(analysis::State state)
{
    switch (state) {
        case analysis::State::Up: return tr("Up");
        case analysis::State::Degraded: return tr("Degraded");
        case analysis::State::Down: return tr("Down");
    }
    return {};
}

QStringList ImpactTables::functionHeaders()
{
    return {tr("Function"),
            tr("Name"),
            tr("Criticality"),
            tr("State"),
            tr("Back after"),
            tr("Tolerance"),
            tr("Verdict"),
            tr("Data lost"),
            tr("Data-loss tolerance")};
}

Table ImpactTables::functions(const analysis::GraphSnapshot &s, const analysis::ImpactResult &result)
{
    Table t;
    t.id = QStringLiteral("affected-functions");
    t.caption = tr("Affected functions");
    t.headers = functionHeaders();
    t.numeric = {false, false, false, false, true, true, false, true, true};
    t.rows.reserve(result.functions.size());
    const QString critical = tr("Critical or important");
    const QString standard = tr("Standard");
    const QString none = tr("none");
    for (const analysis::FunctionImpact &f : result.functions) {
        // Downtime and data loss together (issue 11).
        const analysis::Verdict verdict = analysis::judge(f).overall;
        const bool isCritical = s.isCritical(f.element);
        t.rows.push_back(
            {s.key(f.element),
             s.name(f.element),
             Text(isCritical ? critical : standard, Tone::Neutral, isCritical ? 0 : 1),
             Text(stateText(f.state), Tone::Neutral, int(f.state)),
             Text(minutes(f.recoveryMin), Tone::Neutral, f.recoveryMin),
             Text(minutes(f.toleranceMin), Tone::Neutral, f.toleranceMin),
             Text(analysis::Verdicts::text(verdict), tone(verdict), int(verdict)), // worst first up
             Text(f.lostDataStores.empty() ? none : dataMinutes(f.dataLossMin), Tone::Neutral, f.dataLossMin),
             Text(dataMinutes(f.dataLossToleranceMin), Tone::Neutral, f.dataLossToleranceMin)});
        t.keys << s.key(f.element);
    }
    return t;
}

QStringList ImpactTables::blastHeaders()
{
    return {tr("Element"), tr("Name"), tr("Kind"), tr("State"), tr("Back after")};
}

Table ImpactTables::blast(const analysis::GraphSnapshot &s, const analysis::ImpactResult &result)
{
    Table t;
    t.id = QStringLiteral("blast-radius");
    t.caption = tr("Blast radius");
    t.headers = blastHeaders();
    t.numeric = {false, false, false, false, true};
    t.rows.reserve(result.down.size() + result.degraded.size());
    std::array<QString, elementKindCount> kinds; // one string per kind, shared by every row (30,000 rows)
    for (int k = 0; k < elementKindCount; ++k)
        kinds[std::size_t(k)] = Vocabulary::displayName(ElementKind(k));
    const QString down = tr("Down");
    const QString degraded = tr("Degraded");
    for (const auto *list : {&result.down, &result.degraded}) {
        const bool isDown = list == &result.down;
        for (const int v : *list) {
            const int recovery = result.recovery[std::size_t(v)];
            t.rows.push_back({s.key(v),
                              s.name(v),
                              kinds[std::size_t(s.kind(v))],
                              Text(isDown ? down : degraded, isDown ? Tone::Bad : Tone::Warning, isDown ? 2 : 1),
                              Text(minutes(recovery), Tone::Neutral, recovery)});
            t.keys << s.key(v);
        }
    }
    return t;
}

Table ImpactTables::blastByKind(const analysis::GraphSnapshot &s, const analysis::ImpactResult &result)
{
    Table t;
    t.id = QStringLiteral("blast-radius-by-kind");
    t.caption = tr("Blast radius by kind");
    t.headers = {tr("Kind"), tr("Failed"), tr("Down"), tr("Degraded"), tr("Affected")};
    t.numeric = {false, true, true, true, true};
    std::array<int, elementKindCount> failed{}, down{}, degraded{};
    for (const int v : result.failed)
        ++failed[std::size_t(s.kind(v))];
    for (const int v : result.down)
        ++down[std::size_t(s.kind(v))];
    for (const int v : result.degraded)
        ++degraded[std::size_t(s.kind(v))];
    auto row = [](const QString &label, int f, int d, int g, Tone tone) {
        return std::vector<Text>{Text(label, Tone::Neutral),
                                 Text(count(f), Tone::Neutral, f),
                                 Text(count(d), d > 0 ? tone : Tone::Neutral, d),
                                 Text(count(g), g > 0 && tone != Tone::Neutral ? Tone::Warning : Tone::Neutral, g),
                                 Text(count(d + g), Tone::Neutral, d + g)};
    };
    for (int k = 0; k < elementKindCount; ++k) {
        const auto i = std::size_t(k);
        if (down[i] + degraded[i] == 0)
            continue;
        t.rows.push_back(row(Vocabulary::pluralName(ElementKind(k)), failed[i], down[i], degraded[i], Tone::Bad));
        t.keys << QString();
    }
    const int f = int(result.failed.size()), d = int(result.down.size()), g = int(result.degraded.size());
    t.rows.push_back(row(tr("Every kind"), f, d, g, Tone::Neutral));
    t.keys << QString();
    return t;
}

QStringList ImpactTables::spofHeaders()
{
    return {tr("Element"), tr("Name"), tr("Kind"), tr("Critical functions it stops alone"), tr("Which")};
}

Table ImpactTables::spofs(const analysis::GraphSnapshot &s,
                          const std::vector<analysis::SpofRank> &ranking,
                          const std::vector<int> *only)
{
    Table t;
    t.id = QStringLiteral("what-to-fix-first");
    t.caption = tr("What to fix first");
    t.headers = spofHeaders();
    t.numeric = {false, false, false, true, false};
    for (const analysis::SpofRank &rank : ranking) {
        if (only && !std::binary_search(only->begin(), only->end(), rank.element))
            continue;
        QStringList names;
        for (const int f : rank.functions)
            names << s.key(f);
        const int n = int(rank.functions.size());
        t.rows.push_back({s.key(rank.element),
                          s.name(rank.element),
                          Vocabulary::displayName(s.kind(rank.element)),
                          Text(QString::number(n), Tone::Neutral, n),
                          names.join(QStringLiteral(", "))});
        t.keys << s.key(rank.element);
    }
    return t;
}

QStringList ImpactTables::perFunctionHeaders()
{
    return {tr("Critical function"), tr("Name"), tr("Single points of failure"), tr("Which")};
}

Table ImpactTables::spofsPerFunction(const analysis::GraphSnapshot &s, const std::vector<analysis::SpofRank> &ranking)
{
    Table t;
    t.id = QStringLiteral("spofs-per-critical-function");
    t.caption = tr("Single points of failure per critical function");
    t.headers = perFunctionHeaders();
    t.numeric = {false, false, true, false};
    // Every element that stops a critical function on its own (the failure set aside).
    std::map<int, QStringList> byFunction;
    for (int f = 0; f < s.size(); ++f)
        if (s.isCritical(f))
            byFunction[f];
    for (const analysis::SpofRank &rank : ranking)
        for (const int f : rank.functions)
            byFunction[f] << s.key(rank.element);
    const QString none = tr("none");
    for (auto &[f, keys] : byFunction) {
        keys.sort();
        const int n = int(keys.size());
        t.rows.push_back({s.key(f),
                          s.name(f),
                          Text(QString::number(n), n > 0 ? Tone::Warning : Tone::Good, n),
                          n == 0 ? none : keys.join(QStringLiteral(", "))});
        t.keys << s.key(f);
    }
    return t;
}

void ImpactTables::sort(Table &table, int column, Qt::SortOrder order)
{
    if (column < 0)
        return;
    const auto c = std::size_t(column);
    std::vector<std::size_t> index(table.rows.size());
    std::iota(index.begin(), index.end(), std::size_t(0));
    auto key = [&](std::size_t r) { return r < std::size_t(table.keys.size()) ? table.keys[qsizetype(r)] : QString(); };
    auto compare = [&](std::size_t a, std::size_t b) {
        const std::vector<Text> &x = table.rows[a];
        const std::vector<Text> &y = table.rows[b];
        int r = 0;
        const bool xNumber = c < x.size() && x[c].sort.has_value();
        const bool yNumber = c < y.size() && y[c].sort.has_value();
        if (xNumber && yNumber) {
            r = *x[c].sort < *y[c].sort ? -1 : *x[c].sort > *y[c].sort ? 1 : 0;
        } else {
            const QString xs = c < x.size() ? x[c].text : QString();
            const QString ys = c < y.size() ? y[c].text : QString();
            r = QString::compare(xs, ys, Qt::CaseInsensitive);
        }
        return r != 0 ? r : QString::compare(key(a), key(b));
    };
    std::stable_sort(index.begin(), index.end(), [&](std::size_t a, std::size_t b) {
        const int r = compare(a, b);
        return order == Qt::AscendingOrder ? r < 0 : r > 0;
    });
    std::vector<std::vector<Text>> rows;
    rows.reserve(table.rows.size());
    QStringList keys;
    for (const std::size_t r : index) {
        rows.push_back(std::move(table.rows[r]));
        if (!table.keys.isEmpty())
            keys << key(r);
    }
    table.rows = std::move(rows);
    table.keys = std::move(keys);
}

} // namespace bulwark::reports
