// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/concentration.h"
#include "model/analysis/graphsnapshot.h"
#include "model/analysis/impact.h"
#include "model/analysis/rtobudget.h"
#include "model/analysis/spofanalysis.h"
#include "model/analysis/verdict.h"
#include "model/register/scenario.h"
#include "model/result.h"
#include "reports/charts/chartpainter.h"
#include "reports/document.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <memory>
#include <optional>
#include <vector>

namespace bulwark {
class Feedback;
}

namespace bulwark::reports {

/// The state of resilience of one register snapshot: what the Dashboard shows and the audit report prints. Computed
/// once, off the GUI thread, by compute(); the tables below are built from it, so a number is the same on the screen
/// and on paper.
struct ResilienceData {
    std::shared_ptr<const analysis::GraphSnapshot> snapshot;
    std::vector<int> countByKind;                ///< per ElementKind
    std::vector<int> criticalFunctions;          ///< critical or important functions, in key order
    std::vector<int> spofCountOfCritical;        ///< per critical function (same order), how many SPOFs it has
    std::vector<analysis::SpofRank> spofRanking; ///< what to fix first (analysis::rankSpofs)
    std::vector<std::vector<int>> cycles;
    analysis::ConcentrationResult concentration;
    struct ScenarioRun {
        QString name;
        QString description;
        std::optional<analysis::ImpactResult> result; ///< empty when the scenario no longer matches the register
        analysis::VerdictCounts counts;               ///< of the critical functions it affects
    };
    std::vector<ScenarioRun> scenarios;        ///< the saved scenarios, by name
    std::vector<analysis::WorstVerdict> worst; ///< per element: its worst verdict across the scenarios
    /// Every redundancy group with what it shares (analysis::redundancyReport), by (owner key, group name).
    std::vector<analysis::RedundancyGroupReport> redundancy;
    int falseRedundancies = 0; ///< groups that something outside them breaks alone (analysis::falseRedundancyCount)
    /// The exact number of minimal failure pairs of every critical function (same order as criticalFunctions), with
    /// the first examplePairs pairs as examples.
    std::vector<analysis::FailurePairs> criticalPairs;
    /// The RTO each element must meet (analysis::rtoBudget), by key: every element that takes down a critical function
    /// with a maximum tolerable downtime.
    std::vector<analysis::RtoBudget> budget;
    static constexpr std::size_t examplePairs = 3;
    int withSpof = 0;                    ///< critical functions with at least one SPOF
    analysis::VerdictCounts worstCounts; ///< the critical functions' worst verdicts

    /// Runs the analyses on `snapshot` and every saved scenario (sorted by name here). Cancelable through
    /// `feedback` (Error::Code::Canceled).
    [[nodiscard]] static Result<ResilienceData> compute(std::shared_ptr<const analysis::GraphSnapshot> snapshot,
                                                        QList<Scenario> scenarios,
                                                        Feedback *feedback = nullptr);
    /// The critical function's impact in its worst scenario (null when no scenario affects it).
    const analysis::FunctionImpact *worstImpact(int function) const;
};

/// The resilience tables, shared by the Dashboard (through gui::ResultTableModel::rowsOf) and the reports. Each
/// builder keeps at most `maxRows` rows (the most pressing first where there is an order) and says in the table's
/// note how many it left out. Verdicts, levels and rankings are the model's; the tables only word and colour them.
class ResilienceTables
{
    Q_DECLARE_TR_FUNCTIONS(ResilienceTables)
public:
    /// Critical functions: key, name, SPOFs, worst scenario, its result (words and tone), the recovery estimate in
    /// that scenario, and the maximum tolerable downtime; in key order.
    static Table criticalFunctions(const ResilienceData &d, const QLocale &locale = {}, int maxRows = -1);
    /// Single points of failure by the critical functions they stop (analysis::rankSpofs): key, stops, name.
    static Table spofs(const ResilienceData &d, const QLocale &locale = {}, int maxRows = -1);
    /// Providers by their share of the critical functions: key, name, critical functions, ICT services.
    static Table providers(const ResilienceData &d, const QLocale &locale = {}, int maxRows = -1);
    /// Locations (key order): key, name, country, critical functions.
    static Table locations(const ResilienceData &d, const QLocale &locale = {}, int maxRows = -1);
    /// The saved scenarios: name, critical functions beyond tolerance, unknown, functions down, description.
    static Table scenarios(const ResilienceData &d, const QLocale &locale = {}, int maxRows = -1);
    /// Cycles: the elements that depend on each other, largest first as analysis::findCycles gives them.
    static Table cycles(const ResilienceData &d, const QLocale &locale = {}, int maxRows = -1);
    /// Critical functions with minimal failure pairs: key, name, pairs (exact count), a few pairs as examples; the
    /// most pairs first, ties in key order.
    static Table doubleFailures(const ResilienceData &d, const QLocale &locale = {}, int maxRows = -1);
    /// False redundancies (groups something outside them breaks alone): owner, group, members needed of all,
    /// nearest common causes, shared regions; by (owner key, group name).
    static Table falseRedundancies(const ResilienceData &d, const QLocale &locale = {}, int maxRows = -1);
    /// RTO budget shortfalls: element, RTO, budget, the critical function that sets it, shortfall; the largest
    /// shortfall first, ties in key order.
    static Table budgetShortfalls(const ResilienceData &d, const QLocale &locale = {}, int maxRows = -1);

    static Tone verdictTone(analysis::Verdict verdict);
    static Tone shareTone(double share);

    /// The charts beside the tables, for the Dashboard and the audit report alike.
    /// Critical functions with and without a single point of failure.
    static SplitChart spofSplit(const ResilienceData &d, const QLocale &locale = {});
    /// The critical functions' worst result across the saved scenarios, in the model's verdict words.
    static SplitChart worstResults(const ResilienceData &d, const QLocale &locale = {});
    /// The `top` providers most critical functions rest on, largest share first, against the model's warning and
    /// alarm levels; each bar's label is the provider's key.
    static BarChart providerConcentration(const ResilienceData &d, const QLocale &locale = {}, int top = 6);
};

} // namespace bulwark::reports
