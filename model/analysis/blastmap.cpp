// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/blastmap.h"

#include "model/register/vocabulary.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <map>
#include <tuple>

namespace bulwark::analysis {
namespace {

/// The three kinds of group, in drawing order.
enum StateClass : int { FailedClass = 0, DownClass = 1, DegradedClass = 2 };

/// The induced dependencies among the sorted `elements` (node i = elements[i]).
void addInducedLinks(const GraphSnapshot &s, BlastMap &map)
{
    auto position = [&](int v) {
        const auto it = std::lower_bound(map.elements.begin(), map.elements.end(), v);
        return it != map.elements.end() && *it == v ? int(it - map.elements.begin()) : -1;
    };
    for (int i = 0; i < int(map.elements.size()); ++i) {
        const int v = map.elements[std::size_t(i)];
        for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
            const int j = position(s.target(e));
            if (j >= 0 && j != i)
                map.links.push_back({i, j, s.isHard(e), s.edgeGroup(e) >= 0});
        }
    }
}

} // namespace

QString BlastMapText::count(ElementKind kind, int n)
{
    // Written out singular and plural (Qt's "%n (s)" form needs a translation loaded to read well).
    const bool one = n == 1;
    QString text;
    switch (kind) {
        case ElementKind::Function: text = one ? tr("%1 function") : tr("%1 functions"); break;
        case ElementKind::Application: text = one ? tr("%1 application") : tr("%1 applications"); break;
        case ElementKind::DataStore: text = one ? tr("%1 data store") : tr("%1 data stores"); break;
        case ElementKind::Infrastructure:
            text = tr("%1 infrastructure"); // as the kind's plural name: short enough for a box
            break;
        case ElementKind::Network: text = one ? tr("%1 network") : tr("%1 networks"); break;
        case ElementKind::Facility: text = one ? tr("%1 facility") : tr("%1 facilities"); break;
        case ElementKind::IctService: text = one ? tr("%1 service") : tr("%1 services"); break;
        case ElementKind::Provider: text = one ? tr("%1 provider") : tr("%1 providers"); break;
        case ElementKind::Location: text = one ? tr("%1 location") : tr("%1 locations"); break;
    }
    return text.arg(QLocale().toString(n));
}

QString BlastMapText::elements(int n)
{
    return (n == 1 ? tr("%1 element") : tr("%1 elements")).arg(QLocale().toString(n));
}

QString BlastMapText::state(State state, bool failed)
{
    if (failed)
        return tr("failed");
    return state == State::Down ? tr("down") : state == State::Degraded ? tr("degraded") : tr("up");
}

std::vector<int>
worstHitCriticalFunctions(const GraphSnapshot &s, const ImpactResult &impact, const VerdictOptions &options)
{
    struct Ranked {
        Verdict verdict;
        State state;
        int recovery;
        int element;
    };
    std::vector<Ranked> ranked;
    for (const FunctionImpact &f : impact.functions) {
        if (f.element < 0 || f.element >= s.size() || !s.isCritical(f.element) || f.state == State::Up)
            continue;
        ranked.push_back({judge(f, options).overall, f.state, f.recoveryMin, f.element});
    }
    // Worst verdict first (the enum is ordered worst first), then down before degraded, then the longest recovery
    // (an unknown one is the largest), then key order (= index order).
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return std::tuple(int(a.verdict), -int(a.state), -qint64(a.recovery), a.element)
            < std::tuple(int(b.verdict), -int(b.state), -qint64(b.recovery), b.element);
    });
    std::vector<int> list;
    list.reserve(ranked.size());
    for (const Ranked &r : ranked)
        list.push_back(r.element);
    return list;
}

BlastMap blastMap(const GraphSnapshot &s, const ImpactResult &impact, const BlastMapOptions &options)
{
    BlastMap map;
    const int n = s.size();
    const int limit = std::max(4, options.limit);
    std::vector<int> affected;
    affected.reserve(impact.down.size() + impact.degraded.size());
    std::merge(impact.down.begin(),
               impact.down.end(),
               impact.degraded.begin(),
               impact.degraded.end(),
               std::back_inserter(affected));
    map.affected = int(affected.size());
    const std::vector<int> worst = worstHitCriticalFunctions(s, impact, options.verdicts);

    if (int(affected.size()) <= limit) {
        // It fits: everything, with every dependency among the affected elements.
        map.elements = std::move(affected);
        addInducedLinks(s, map);
        map.featured.assign(
            worst.begin(),
            worst.begin() + std::min<std::ptrdiff_t>(std::ptrdiff_t(worst.size()), std::max(0, options.maxFunctions)));
        return map;
    }
    map.aggregated = true;

    std::vector<State> states(std::size_t(n), State::Up);
    for (const int v : impact.degraded)
        states[std::size_t(v)] = State::Degraded;
    for (const int v : impact.down)
        states[std::size_t(v)] = State::Down;
    std::vector<std::uint8_t> isFailed(std::size_t(n), 0);
    for (const int v : impact.failed)
        isFailed[std::size_t(v)] = 1;

    // The way the failure travelled: breadth first from the failed elements up through affected elements, each
    // element remembering the dependency that reached it first (its next step on a shortest chain to the failure).
    std::vector<int> parent(std::size_t(n), -1), parentEdge(std::size_t(n), -1);
    std::vector<std::uint8_t> reached(std::size_t(n), 0);
    std::vector<int> queue(impact.failed.begin(), impact.failed.end());
    for (const int v : queue)
        reached[std::size_t(v)] = 1;
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const int v = queue[i];
        for (int k = s.inBegin(v); k < s.inEnd(v); ++k) {
            const int w = s.source(k);
            if (!reached[std::size_t(w)] && states[std::size_t(w)] != State::Up) {
                reached[std::size_t(w)] = 1;
                parent[std::size_t(w)] = v;
                parentEdge[std::size_t(w)] = s.inEdge(k);
                queue.push_back(w);
            }
        }
    }

    // Group values: the kind, or the country (the largest ones by affected elements, the rest as one "other" value).
    auto classOf = [&](int v) {
        return isFailed[std::size_t(v)]             ? FailedClass
            : states[std::size_t(v)] == State::Down ? DownClass
                                                    : DegradedClass;
    };
    QHash<QString, int> countryRank;
    if (options.grouping == BlastGrouping::Country) {
        QHash<QString, int> counts;
        for (const int v : affected)
            ++counts[s.country(v)];
        std::vector<std::pair<int, QString>> byCount;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            byCount.emplace_back(-it.value(), it.key());
        std::sort(byCount.begin(), byCount.end());
        for (std::size_t i = 0; i < byCount.size() && int(i) < std::max(1, options.maxGroupValues); ++i)
            countryRank.insert(byCount[i].second, int(i));
    }
    const int otherValue = 1 << 20;
    bool coarse = false; // one value for all: when even one group per value and state would not fit the limit
    auto valueOf = [&](int v) {
        if (coarse)
            return 0;
        if (options.grouping == BlastGrouping::Kind)
            return int(s.kind(v));
        return countryRank.value(s.country(v), otherValue);
    };
    auto groupSlots = [&] {
        std::vector<std::pair<int, int>> slots;
        for (const int v : affected)
            slots.emplace_back(classOf(v), valueOf(v));
        std::sort(slots.begin(), slots.end());
        return int(std::unique(slots.begin(), slots.end()) - slots.begin());
    };
    int reserve = groupSlots();
    if (reserve + 1 > limit) {
        coarse = true;
        reserve = groupSlots();
    }
    const int budget = std::max(1, limit - reserve);

    // 1. The failed elements, in key order, up to a third of the room.
    std::vector<std::uint8_t> drawn(std::size_t(n), 0);
    int drawnCount = 0;
    const int failedRoom = std::max(1, budget / 3);
    for (const int v : impact.failed) {
        if (drawnCount >= failedRoom)
            break;
        drawn[std::size_t(v)] = 1;
        ++drawnCount;
    }
    // 2. The shortest chain from the failure to each of the worst-hit critical functions, worst first, while the
    // chain's new elements fit.
    std::vector<int> chain;
    for (const int f : worst) {
        if (int(map.featured.size()) >= options.maxFunctions)
            break;
        chain.clear();
        for (int v = f; v >= 0 && !drawn[std::size_t(v)] && !isFailed[std::size_t(v)]; v = parent[std::size_t(v)])
            chain.push_back(v);
        if (drawnCount + int(chain.size()) > budget)
            continue;
        for (const int v : chain)
            drawn[std::size_t(v)] = 1;
        drawnCount += int(chain.size());
        map.featured.push_back(f);
    }
    for (const int v : affected)
        if (drawn[std::size_t(v)])
            map.elements.push_back(v);

    // 3. Everything else in groups of one state and one value.
    std::map<std::pair<int, int>, int> slotIndex; // (class, value) -> group, ordered as drawn
    for (const int v : affected)
        if (!drawn[std::size_t(v)])
            slotIndex.emplace(std::pair(classOf(v), valueOf(v)), 0);
    int next = 0;
    for (auto &[slot, index] : slotIndex)
        index = next++;
    map.groups.resize(slotIndex.size());
    std::vector<std::vector<int>> kindCounts(slotIndex.size(), std::vector<int>(std::size_t(elementKindCount), 0));
    std::vector<QString> groupCountry(slotIndex.size());
    const int elementNodes = int(map.elements.size());
    auto nodeOf = [&](int v) {
        if (drawn[std::size_t(v)])
            return int(std::lower_bound(map.elements.begin(), map.elements.end(), v) - map.elements.begin());
        return elementNodes + slotIndex.at({classOf(v), valueOf(v)});
    };
    for (const int v : affected) {
        if (drawn[std::size_t(v)])
            continue;
        const int g = slotIndex.at({classOf(v), valueOf(v)});
        BlastMap::Group &group = map.groups[std::size_t(g)];
        ++group.count;
        group.state = states[std::size_t(v)];
        group.failed = isFailed[std::size_t(v)] != 0;
        ++kindCounts[std::size_t(g)][std::size_t(s.kind(v))];
        if (options.grouping == BlastGrouping::Country && !coarse)
            groupCountry[std::size_t(g)] = valueOf(v) == otherValue ? QString() : s.country(v);
    }
    for (const auto &[slot, g] : slotIndex) {
        BlastMap::Group &group = map.groups[std::size_t(g)];
        const std::vector<int> &kinds = kindCounts[std::size_t(g)];
        group.kind = ElementKind(int(std::max_element(kinds.begin(), kinds.end()) - kinds.begin()));
        const QString state = BlastMapText::state(group.state, group.failed);
        if (coarse) {
            group.label = BlastMapText::elements(group.count);
            group.detail = state;
        } else if (options.grouping == BlastGrouping::Kind) {
            group.value = Vocabulary::token(group.kind);
            group.label = BlastMapText::count(group.kind, group.count);
            group.detail = state;
        } else {
            const bool other = slot.second == otherValue;
            const QString &country = groupCountry[std::size_t(g)];
            group.value = other ? QStringLiteral("*") : country;
            group.label = BlastMapText::elements(group.count);
            group.detail = other    ? BlastMapText::tr("%1, other countries").arg(state)
                : country.isEmpty() ? BlastMapText::tr("%1, no country").arg(state)
                                    : BlastMapText::tr("%1, %2").arg(state, country);
        }
    }

    // 4. Links: the dependencies among the drawn elements, and for every other affected element its first step
    // towards the failure, between the nodes they are drawn as.
    addInducedLinks(s, map);
    std::map<std::pair<int, int>, std::size_t> seen;
    for (const int v : affected) {
        const int p = parent[std::size_t(v)];
        if (p < 0 || (drawn[std::size_t(v)] && drawn[std::size_t(p)]))
            continue;
        const int from = nodeOf(v), to = nodeOf(p);
        if (from == to)
            continue;
        const bool hard = s.isHard(parentEdge[std::size_t(v)]);
        const auto [it, inserted] = seen.emplace(std::pair(from, to), map.links.size());
        if (inserted)
            map.links.push_back({from, to, hard, false});
        else
            map.links[it->second].hard = map.links[it->second].hard || hard;
    }
    return map;
}

bool reachesTheFailure(const BlastMap &map, std::span<const int> failed)
{
    const int nodes = map.nodeCount();
    std::vector<std::vector<int>> needers(static_cast<std::size_t>(nodes));
    for (const BlastMap::Link &link : map.links)
        needers[std::size_t(link.to)].push_back(link.from);
    std::vector<std::uint8_t> reached(static_cast<std::size_t>(nodes), 0);
    std::vector<int> stack;
    for (int i = 0; i < int(map.elements.size()); ++i) {
        if (std::binary_search(failed.begin(), failed.end(), map.elements[std::size_t(i)])) {
            reached[std::size_t(i)] = 1;
            stack.push_back(i);
        }
    }
    for (int g = 0; g < int(map.groups.size()); ++g) {
        if (map.groups[std::size_t(g)].failed) {
            const int node = int(map.elements.size()) + g;
            reached[std::size_t(node)] = 1;
            stack.push_back(node);
        }
    }
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (const int w : needers[std::size_t(v)]) {
            if (!reached[std::size_t(w)]) {
                reached[std::size_t(w)] = 1;
                stack.push_back(w);
            }
        }
    }
    return std::all_of(reached.begin(), reached.end(), [](std::uint8_t r) { return r != 0; });
}

} // namespace bulwark::analysis
