// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/rtobudget.h"

#include "model/analysis/spofanalysis.h"

#include <algorithm>

namespace bulwark::analysis {

std::optional<int> rtoShortfall(int rtoMin, int budgetMin)
{
    if (rtoMin == GraphSnapshot::unknown)
        return std::nullopt;
    return std::max(0, rtoMin - budgetMin);
}

std::vector<RtoBudget> rtoBudget(const GraphSnapshot &s, const SpofAnalysis &spofs, Feedback *feedback)
{
    std::vector<int> functions;
    for (int v = 0; v < s.size(); ++v) {
        if (s.isCritical(v) && s.mtdMin(v) != GraphSnapshot::unknown)
            functions.push_back(v);
    }
    // Tightest first; indices are in key order, so equal tolerances go to the smaller key.
    std::sort(functions.begin(), functions.end(), [&](int a, int b) {
        return s.mtdMin(a) != s.mtdMin(b) ? s.mtdMin(a) < s.mtdMin(b) : a < b;
    });
    std::vector<int> budgetOf(std::size_t(s.size()), -1); // the function that sets it
    for (std::size_t i = 0; i < functions.size(); ++i) {
        if (feedback && feedback->isCanceled())
            return {};
        if (feedback)
            feedback->setProgress(100.0 * double(i) / double(functions.size()));
        const int f = functions[i];
        if (budgetOf[std::size_t(f)] < 0)
            budgetOf[std::size_t(f)] = f; // a critical function's own failure puts it down
        for (const int x : spofs.spofsOf(f)) {
            if (budgetOf[std::size_t(x)] < 0)
                budgetOf[std::size_t(x)] = f;
        }
    }
    std::vector<RtoBudget> budgets;
    for (int v = 0; v < s.size(); ++v) {
        const int f = budgetOf[std::size_t(v)];
        if (f < 0)
            continue;
        RtoBudget b;
        b.element = v;
        b.function = f;
        b.budgetMin = s.mtdMin(f);
        b.rtoMin = s.rtoMin(v);
        b.shortfallMin = rtoShortfall(b.rtoMin, b.budgetMin);
        budgets.push_back(b);
    }
    return budgets;
}

} // namespace bulwark::analysis
