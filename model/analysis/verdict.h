// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/impact.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace bulwark::analysis {

/// How a business function fares against its impact tolerances (docs/semantics.md, "Verdicts"). The order is the
/// order of severity, worst first, so `std::min` of two verdicts is the worse one and a table sorts worst first.
enum class Verdict : std::uint8_t {
    Breach = 0,       ///< known to exceed a tolerance
    Unknown = 1,      ///< a time (RTO, RPO) or the tolerance is not recorded: it may be a breach
    LittleMargin = 2, ///< within, but above VerdictOptions::littleMarginShare of the tolerance
    Within = 3,       ///< within, with margin
    NotAffected = 4,  ///< the function stays up (a verdict across several failures, e.g. the saved scenarios)
};

/// The thresholds the verdicts and the concentration levels use; the defaults are what every page and command
/// shows (docs/semantics.md).
struct VerdictOptions {
    /// A time within its tolerance but above this share of it has "little margin" (the Impact page's amber rows).
    /// 1 turns the level off.
    double littleMarginShare = 0.5;
    /// A provider or location that more than this share of the critical functions depend on is a concentration
    /// warning (amber)...
    double concentrationWarningShare = 0.5;
    /// ... and above this share an alarm (red).
    double concentrationAlarmShare = 0.75;
};

/// The verdict of one affected function: its downtime, its data loss and both together.
struct FunctionVerdict {
    Verdict downtime = Verdict::Unknown; ///< recovery time against the maximum tolerable downtime (mtd_min)
    Verdict dataLoss = Verdict::Unknown; ///< data loss against the maximum tolerable data loss (mtdl_min)
    Verdict overall = Verdict::Unknown;  ///< the worse of the two
};

/// The worse of two verdicts.
constexpr Verdict worse(Verdict a, Verdict b)
{
    return std::min(a, b);
}

/// `actualMin` (minutes; negative or Propagator::unknownRecovery when unknown) against `toleranceMin` (negative when
/// not recorded): Unknown when either is unknown, Breach above the tolerance, LittleMargin above
/// `options.littleMarginShare` of it, Within otherwise.
Verdict judgeAgainstTolerance(int actualMin, int toleranceMin, const VerdictOptions &options = {});

/// The verdict of an affected function: downtime and data loss together.
FunctionVerdict judge(const FunctionImpact &impact, const VerdictOptions &options = {});

/// The three-valued answer of the command line's JSON (`within_tolerance`): true within (with or without margin),
/// false for a breach, empty when unknown.
std::optional<bool> withinTolerance(Verdict verdict);

/// How many of an impact's affected functions have each verdict.
struct VerdictCounts {
    int breach = 0;
    int unknown = 0;
    int littleMargin = 0;
    int within = 0;

    int total() const { return breach + unknown + littleMargin + within; }
    void add(Verdict verdict);
};

/// The overall verdicts of the critical (or important) functions an impact affects.
VerdictCounts
countCriticalVerdicts(const GraphSnapshot &snapshot, const ImpactResult &impact, const VerdictOptions &options = {});

/// A function's worst overall verdict across several impacts, and the first impact that gives it (-1: none).
struct WorstVerdict {
    Verdict verdict = Verdict::NotAffected;
    int impact = -1;
};

/// For every element (only functions are ever affected), its worst verdict across `impacts` (the saved scenarios);
/// a null entry (a scenario that no longer matches the register) is skipped.
std::vector<WorstVerdict> worstVerdicts(const GraphSnapshot &snapshot,
                                        std::span<const ImpactResult *const> impacts,
                                        const VerdictOptions &options = {});

/// How much rests on one provider or location, by its share (0-1) of the critical functions.
enum class ShareLevel : std::uint8_t { Alarm = 0, Warning = 1, Normal = 2 };
ShareLevel shareLevel(double share, const VerdictOptions &options = {});

/// Words for verdicts: the pages' and the command line's. One vocabulary (docs/semantics.md).
class Verdicts
{
    Q_DECLARE_TR_FUNCTIONS(Verdicts)
public:
    /// For people: "Beyond tolerance", "Unknown", "Within, little margin", "Within tolerance", "Not affected".
    static QString text(Verdict verdict);
    /// The command line's column: "BREACH", "unknown", "within, little margin", "within", "not affected".
    static QString word(Verdict verdict);
};

} // namespace bulwark::analysis
