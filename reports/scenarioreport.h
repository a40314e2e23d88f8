// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/impact.h"
#include "model/analysis/spofanalysis.h"
#include "model/register/scenario.h"
#include "model/result.h"
#include "model/store/registerstore.h"
#include "reports/document.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace bulwark {
class Feedback;
class RegisterService;
} // namespace bulwark

namespace bulwark::reports {

/// Which saved scenarios and how the report is labelled.
struct ScenarioReportOptions {
    QStringList scenarios;  ///< saved scenario names, in the order asked for; empty: every saved one, by name
    QDate date;             ///< the report's date; invalid: today
    QString classification; ///< e.g. "Confidential"; empty: none
    QString entity;         ///< the entity's name; empty: the register's file name
    int maxRows = 1000;     ///< rows per table at most; the table says how many it left out
    /// The most boxes in a blast-radius figure (elements and counted groups), so that a figure stays readable on
    /// A4 portrait (docs/reports.md, "Scenario report").
    int mapLimit = 18;
    /// The most critical functions whose dependency chains a figure draws.
    int mapFunctions = 3;
};

/// One saved scenario run against the register.
struct ScenarioRun {
    Scenario scenario;
    std::optional<analysis::ImpactResult> impact; ///< empty: the scenario no longer matches the register
    QString problem;                              ///< why it no longer matches (FailureSets::resolve's message)
};

/// Everything the scenario report shows, read and analysed once (collect()), so that build() is a pure function of
/// values.
struct ScenarioReportInput {
    std::shared_ptr<const analysis::GraphSnapshot> snapshot;
    std::vector<analysis::SpofRank> ranking; ///< what to fix first (analysis::rankSpofs), register-wide
    std::vector<ScenarioRun> runs;           ///< in the order asked for
    QString registerName;                    ///< the register's file name
    store::AuditHead auditHead;
};

/// The scenario report (docs/reports.md, "Scenario report"): a summary of the chosen saved scenarios, then per
/// scenario what fails, its blast radius, the affected functions against their impact tolerance with the model's
/// verdicts, what to fix first, and a map of the blast radius.
class ScenarioReport
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioReport)
public:
    /// Reads the register (its analysis snapshot and saved scenarios), ranks the single points of failure and runs
    /// each scenario. Refused when the register holds no saved scenario or a name asked for is not saved. Progress
    /// 0-100 and cancel (Error::Code::Canceled) through `feedback`.
    [[nodiscard]] static Result<ScenarioReportInput>
    collect(const RegisterService &service, const ScenarioReportOptions &options, Feedback *feedback = nullptr);
    /// The report as a document. Pure: verdicts, rankings and the figure's choice of elements come from the model.
    /// Lays out each scenario's figure (Graphviz); progress 0-100 and cancel (an empty document) through `feedback`.
    static Document
    build(const ScenarioReportInput &input, const ScenarioReportOptions &options, Feedback *feedback = nullptr);
};

} // namespace bulwark::reports
