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
    result.recovery = propagator.recoveryTimes();
    std::vector<int> affected;
    for (const int v : propagator.touched()) {
        if (propagator.state(v) != State::Up)
            affected.push_back(v);
    }
    std::sort(affected.begin(), affected.end());
    std::vector<int> stamp(std::size_t(s.size()), 0), stack;
    int mark = 0;
    for (const int v : affected) {
        const State state = propagator.state(v);
        (state == State::Down ? result.down : result.degraded).push_back(v);
        if (!s.isFunction(v))
            continue;
        FunctionImpact f;
        f.element = v;
        f.state = state;
        f.recoveryMin = result.recovery[std::size_t(v)];
        f.toleranceMin = s.mtdMin(v);
        f.withinTolerance = withinTolerance(judgeAgainstTolerance(f.recoveryMin, f.toleranceMin));
        // Data the function loses: every down data store it reaches through its dependencies loses up to its RPO.
        stack.assign(1, v);
        ++mark;
        stamp[std::size_t(v)] = mark;
        while (!stack.empty()) {
            const int w = stack.back();
            stack.pop_back();
            if (s.kind(w) == ElementKind::DataStore && propagator.state(w) == State::Down) {
                f.lostDataStores.push_back(w);
                const int rpo = s.rpoMin(w);
                f.dataLossMin
                    = rpo == GraphSnapshot::unknown ? Propagator::unknownRecovery : std::max(f.dataLossMin, rpo);
            }
            for (int e = s.outBegin(w); e < s.outEnd(w); ++e) {
                const int d = s.target(e);
                if (stamp[std::size_t(d)] != mark && propagator.state(d) != State::Up) {
                    stamp[std::size_t(d)] = mark;
                    stack.push_back(d);
                }
            }
        }
        std::sort(f.lostDataStores.begin(), f.lostDataStores.end());
        f.dataLossToleranceMin = s.mtdlMin(v);
        f.dataLossWithinTolerance = withinTolerance(judgeAgainstTolerance(f.dataLossMin, f.dataLossToleranceMin));
        result.functions.push_back(f);
    }
    return result;
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
