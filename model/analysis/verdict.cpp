// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/verdict.h"

#include "model/analysis/propagation.h"

namespace bulwark::analysis {

Verdict judgeAgainstTolerance(int actualMin, int toleranceMin, const VerdictOptions &options)
{
    if (actualMin < 0 || actualMin == Propagator::unknownRecovery || toleranceMin < 0)
        return Verdict::Unknown;
    if (actualMin > toleranceMin)
        return Verdict::Breach;
    // Compared in doubles: minutes times a share stay exact enough, and no int overflows near a large tolerance.
    if (toleranceMin > 0 && double(actualMin) > options.littleMarginShare * double(toleranceMin))
        return Verdict::LittleMargin;
    return Verdict::Within;
}

FunctionVerdict judge(const FunctionImpact &f, const VerdictOptions &options)
{
    FunctionVerdict v;
    v.downtime = judgeAgainstTolerance(f.recoveryMin, f.toleranceMin, options);
    v.dataLoss = judgeAgainstTolerance(f.dataLossMin, f.dataLossToleranceMin, options);
    v.overall = worse(v.downtime, v.dataLoss);
    return v;
}

std::optional<bool> withinTolerance(Verdict verdict)
{
    switch (verdict) {
        case Verdict::Breach: return false;
        case Verdict::Unknown: return std::nullopt;
        case Verdict::LittleMargin:
        case Verdict::Within:
        case Verdict::NotAffected: return true;
    }
    return std::nullopt;
}

void VerdictCounts::add(Verdict verdict)
{
    switch (verdict) {
        case Verdict::Breach: ++breach; break;
        case Verdict::Unknown: ++unknown; break;
        case Verdict::LittleMargin: ++littleMargin; break;
        case Verdict::Within: ++within; break;
        case Verdict::NotAffected: break;
    }
}

VerdictCounts countCriticalVerdicts(const GraphSnapshot &s, const ImpactResult &impact, const VerdictOptions &options)
{
    VerdictCounts counts;
    for (const FunctionImpact &f : impact.functions) {
        if (s.isCritical(f.element))
            counts.add(judge(f, options).overall);
    }
    return counts;
}

std::vector<WorstVerdict>
worstVerdicts(const GraphSnapshot &s, std::span<const ImpactResult *const> impacts, const VerdictOptions &options)
{
    std::vector<WorstVerdict> worst(std::size_t(s.size()));
    for (std::size_t i = 0; i < impacts.size(); ++i) {
        if (!impacts[i])
            continue;
        for (const FunctionImpact &f : impacts[i]->functions) {
            WorstVerdict &w = worst[std::size_t(f.element)];
            const Verdict v = judge(f, options).overall;
            if (v < w.verdict) // strictly worse: the first impact with the worst verdict names it
                w = {v, int(i)};
        }
    }
    return worst;
}

ShareLevel shareLevel(double share, const VerdictOptions &options)
{
    if (share > options.concentrationAlarmShare)
        return ShareLevel::Alarm;
    if (share > options.concentrationWarningShare)
        return ShareLevel::Warning;
    return ShareLevel::Normal;
}

QString Verdicts::text(Verdict verdict)
{
    switch (verdict) {
        case Verdict::Breach: return tr("Beyond tolerance");
        case Verdict::Unknown: return tr("Unknown");
        case Verdict::LittleMargin: return tr("Within, little margin");
        case Verdict::Within: return tr("Within tolerance");
        case Verdict::NotAffected: return tr("Not affected");
    }
    return {};
}

QString Verdicts::word(Verdict verdict)
{
    switch (verdict) {
        case Verdict::Breach: return tr("BREACH");
        case Verdict::Unknown: return tr("unknown");
        case Verdict::LittleMargin: return tr("within, little margin");
        case Verdict::Within: return tr("within");
        case Verdict::NotAffected: return tr("not affected");
    }
    return {};
}

} // namespace bulwark::analysis
