// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact.h"

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
        if (f.toleranceMin != GraphSnapshot::unknown && f.recoveryMin != Propagator::unknownRecovery)
            f.withinTolerance = f.recoveryMin <= f.toleranceMin;
        result.functions.push_back(f);
    }
    return result;
}

bool ImpactResult::breachesTolerance(const GraphSnapshot &snapshot) const
{
    return std::any_of(functions.begin(), functions.end(), [&](const FunctionImpact &f) {
        return snapshot.isCritical(f.element) && f.withinTolerance == false;
    });
}

} // namespace bulwark::analysis
