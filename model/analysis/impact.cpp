// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/impact.h"

#include "model/analysis/verdict.h"

#include <algorithm>

namespace bulwark::analysis {

ImpactResult analyseImpact(const GraphSnapshot &s, std::span<const int> failed)
{
    Propagator propagator(s);
    propagator.run(failed);
    ImpactResult result;
    result.failed.assign(failed.begin(), failed.end());
    std::sort(result.failed.begin(), result.failed.end());
    result.failed.erase(std::unique(result.failed.begin(), result.failed.end()), result.failed.end());
    RecoveryDetail detail = propagator.recoveryDetail();
    const RecoveryPaths paths(s, propagator, detail);
    std::vector<int> affected;
    for (const int v : propagator.touched()) {
        if (propagator.state(v) != State::Up)
            affected.push_back(v);
    }
    std::sort(affected.begin(), affected.end());
    for (const int v : affected) {
        const State state = propagator.state(v);
        (state == State::Down ? result.down : result.degraded).push_back(v);
        if (!s.isFunction(v))
            continue;
        FunctionImpact f;
        f.element = v;
        f.state = state;
        f.recoveryMin = detail.times[std::size_t(v)];
        f.toleranceMin = s.mtdMin(v);
        f.withinTolerance = withinTolerance(judgeAgainstTolerance(f.recoveryMin, f.toleranceMin));
        f.dataLossToleranceMin = s.mtdlMin(v);
        f.recoveryPath = paths.pathOf(v);
        result.functions.push_back(std::move(f));
    }
    addDataLoss(s, propagator, result.functions);
    for (FunctionImpact &f : result.functions)
        f.dataLossWithinTolerance = withinTolerance(judgeAgainstTolerance(f.dataLossMin, f.dataLossToleranceMin));
    result.recovery = std::move(detail.times);
    return result;
}

void addDataLoss(const GraphSnapshot &s, const Propagator &propagator, std::vector<FunctionImpact> &functions)
{
    const auto n = std::size_t(s.size());
    const auto isAffected = [&](int v) { return propagator.state(v) != State::Up; };
    // A function loses the down data stores it reaches through affected elements (any dependency). Only the affected
    // elements that reach such a store matter: find them with one search backwards from the down stores.
    std::vector<std::uint8_t> relevant(n, 0);
    std::vector<int> order;
    for (const int v : propagator.touched()) {
        if (s.kind(v) == ElementKind::DataStore && propagator.state(v) == State::Down) {
            relevant[std::size_t(v)] = 1;
            order.push_back(v);
        }
    }
    for (std::size_t head = 0; head < order.size(); ++head) {
        const int w = order[head];
        for (int i = s.inBegin(w); i < s.inEnd(w); ++i) {
            const int u = s.source(i);
            if (!relevant[std::size_t(u)] && isAffected(u)) {
                relevant[std::size_t(u)] = 1;
                order.push_back(u);
            }
        }
    }
    // Strongly connected components of the relevant elements (iterative Tarjan). They come out in reverse
    // topological order: every component a component reaches has a smaller number.
    std::vector<int> index(n, -1), low(n, 0), component(n, -1), stack;
    std::vector<std::pair<int, int>> calls; // element, next edge
    int counter = 0, components = 0;
    for (const int root : order) {
        if (index[std::size_t(root)] >= 0)
            continue;
        index[std::size_t(root)] = low[std::size_t(root)] = counter++;
        stack.push_back(root);
        calls.emplace_back(root, s.outBegin(root));
        while (!calls.empty()) {
            const int v = calls.back().first;
            const int e = calls.back().second;
            if (e < s.outEnd(v)) {
                ++calls.back().second;
                const int d = s.target(e);
                if (!relevant[std::size_t(d)])
                    continue;
                if (index[std::size_t(d)] < 0) {
                    index[std::size_t(d)] = low[std::size_t(d)] = counter++;
                    stack.push_back(d);
                    calls.emplace_back(d, s.outBegin(d));
                } else if (component[std::size_t(d)] < 0) { // on the stack
                    low[std::size_t(v)] = std::min(low[std::size_t(v)], index[std::size_t(d)]);
                }
                continue;
            }
            calls.pop_back();
            if (!calls.empty()) {
                const int parent = calls.back().first;
                low[std::size_t(parent)] = std::min(low[std::size_t(parent)], low[std::size_t(v)]);
            }
            if (low[std::size_t(v)] == index[std::size_t(v)]) {
                int x = -1;
                do {
                    x = stack.back();
                    stack.pop_back();
                    component[std::size_t(x)] = components;
                } while (x != v);
                ++components;
            }
        }
    }
    // Members and stores of each component, its successors in the condensation, and the largest RPO it reaches
    // (unknown dominating), computed sinks first.
    std::vector<int> memberStart(std::size_t(components) + 1, 0), members(order.size());
    for (const int v : order)
        ++memberStart[std::size_t(component[std::size_t(v)]) + 1];
    for (std::size_t c = 0; c < std::size_t(components); ++c)
        memberStart[c + 1] += memberStart[c];
    {
        std::vector<int> fill(memberStart.begin(), memberStart.end() - 1);
        for (const int v : order)
            members[std::size_t(fill[std::size_t(component[std::size_t(v)])]++)] = v;
    }
    const auto isLostStore
        = [&](int v) { return s.kind(v) == ElementKind::DataStore && propagator.state(v) == State::Down; };
    std::vector<int> successorStart(std::size_t(components) + 1, 0), successors, loss(std::size_t(components), 0);
    std::vector<int> seen(std::size_t(components), -1);
    for (int c = 0; c < components; ++c) {
        int worst = 0;
        for (int m = memberStart[std::size_t(c)]; m < memberStart[std::size_t(c) + 1]; ++m) {
            const int v = members[std::size_t(m)];
            if (isLostStore(v)) {
                const int rpo = s.rpoMin(v);
                worst = std::max(worst, rpo == GraphSnapshot::unknown ? Propagator::unknownRecovery : rpo);
            }
            for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
                const int d = s.target(e);
                const int dc = relevant[std::size_t(d)] ? component[std::size_t(d)] : -1;
                if (dc >= 0 && dc != c && seen[std::size_t(dc)] != c) {
                    seen[std::size_t(dc)] = c;
                    successors.push_back(dc);
                    worst = std::max(worst, loss[std::size_t(dc)]);
                }
            }
        }
        loss[std::size_t(c)] = worst;
        successorStart[std::size_t(c) + 1] = int(successors.size());
    }
    // The lists: one walk over the condensation per function's component (functions in one component share it).
    std::vector<int> firstWithComponent(std::size_t(components), -1), walk;
    std::fill(seen.begin(), seen.end(), -1);
    for (std::size_t i = 0; i < functions.size(); ++i) {
        FunctionImpact &f = functions[i];
        f.lostDataStores.clear();
        f.dataLossMin = 0;
        if (!relevant[std::size_t(f.element)])
            continue;
        const int c = component[std::size_t(f.element)];
        f.dataLossMin = loss[std::size_t(c)];
        if (firstWithComponent[std::size_t(c)] >= 0) {
            f.lostDataStores = functions[std::size_t(firstWithComponent[std::size_t(c)])].lostDataStores;
            continue;
        }
        firstWithComponent[std::size_t(c)] = int(i);
        walk.assign(1, c);
        seen[std::size_t(c)] = int(i);
        while (!walk.empty()) {
            const int x = walk.back();
            walk.pop_back();
            for (int m = memberStart[std::size_t(x)]; m < memberStart[std::size_t(x) + 1]; ++m) {
                if (isLostStore(members[std::size_t(m)]))
                    f.lostDataStores.push_back(members[std::size_t(m)]);
            }
            for (int k = successorStart[std::size_t(x)]; k < successorStart[std::size_t(x) + 1]; ++k) {
                const int y = successors[std::size_t(k)];
                if (seen[std::size_t(y)] != int(i)) {
                    seen[std::size_t(y)] = int(i);
                    walk.push_back(y);
                }
            }
        }
        std::sort(f.lostDataStores.begin(), f.lostDataStores.end());
    }
}

bool ImpactResult::breachesTolerance(const GraphSnapshot &snapshot, bool dataLossToo) const
{
    return std::any_of(functions.begin(), functions.end(), [&](const FunctionImpact &f) {
        if (!snapshot.isCritical(f.element))
            return false;
        const FunctionVerdict verdict = judge(f);
        return verdict.downtime == Verdict::Breach || (dataLossToo && verdict.dataLoss == Verdict::Breach);
    });
}

std::vector<State> ImpactResult::elementStates(int elementCount) const
{
    std::vector<State> states(std::size_t(elementCount), State::Up);
    for (const int v : degraded)
        states[std::size_t(v)] = State::Degraded;
    for (const int v : down)
        states[std::size_t(v)] = State::Down;
    return states;
}

} // namespace bulwark::analysis
