// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/impact.h"
#include "model/analysis/spofanalysis.h"
#include "model/analysis/verdict.h"
#include "reports/document.h"

#include <QCoreApplication>
#include <QStringList>

#include <span>
#include <vector>

namespace bulwark::reports {

/// The tables of an impact (a failure's affected functions, its blast radius, the single points of failure), built
/// once for the Impact page (shown through gui::ResultTableModel::rowsOf) and for the scenario report, so that a
/// number can never differ between the screen and the paper. Each cell has its text, its tone and, for numbers and
/// verdicts, the raw value it sorts by; each row the key of the element it is about (Table::keys). The verdicts are
/// the model's (analysis::judge); the rows come in the model's order (functions and blast radius by key, the SPOF
/// ranking as analysis::rankSpofs gives it). Pure; runs on any thread.
class ImpactTables
{
    Q_DECLARE_TR_FUNCTIONS(ImpactTables)
public:
    /// Columns of functions(): Function, Name, Criticality, State, Back after, Tolerance, Verdict, Data lost,
    /// Data-loss tolerance. The verdict sorts worst first (analysis::Verdict's order).
    static QStringList functionHeaders();
    static Table functions(const analysis::GraphSnapshot &s, const analysis::ImpactResult &result);
    static constexpr int functionVerdictColumn = 6;

    /// Columns of blast(): Element, Name, Kind, State, Back after; down before degraded when sorted down.
    static QStringList blastHeaders();
    static Table blast(const analysis::GraphSnapshot &s, const analysis::ImpactResult &result);
    static constexpr int blastStateColumn = 3;

    /// The blast radius counted per element kind: Kind, Failed, Down (failed ones included), Degraded, Affected.
    static Table blastByKind(const analysis::GraphSnapshot &s, const analysis::ImpactResult &result);

    /// Columns of spofs(): Element, Name, Kind, Critical functions it stops alone, Which. "What to fix first".
    static QStringList spofHeaders();
    /// The ranking's rows; with `only` (sorted snapshot indices), only the ranked elements among them, in the
    /// ranking's order.
    static Table spofs(const analysis::GraphSnapshot &s,
                       const std::vector<analysis::SpofRank> &ranking,
                       const std::vector<int> *only = nullptr);
    static constexpr int spofCountColumn = 3;

    /// Columns of spofsPerFunction(): Critical function, Name, Single points of failure, Which; one row per critical
    /// (or important) function, amber when it has a single point of failure, green when none.
    static QStringList perFunctionHeaders();
    static Table spofsPerFunction(const analysis::GraphSnapshot &s, const std::vector<analysis::SpofRank> &ranking);
    static constexpr int perFunctionCountColumn = 2;

    /// Orders a table's rows (and keys) by a column's sort value (numbers as numbers, else the text without case),
    /// stable: equal rows keep their order. The GUI's views sort the same way (ResultTableModel::sortRows).
    static void sort(Table &table, int column, Qt::SortOrder order);

    /// A verdict's tone: Bad beyond tolerance, Warning unknown or with little margin, Good within (and for a listed
    /// function that is not affected).
    static Tone tone(analysis::Verdict verdict);
    /// "Up", "Degraded", "Down".
    static QString stateText(analysis::State state);
};

} // namespace bulwark::reports
