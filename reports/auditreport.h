// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/catalogue.h"
#include "model/assessment/evidence.h"
#include "model/assessment/inputs.h"
#include "model/assessment/workflow.h"
#include "model/result.h"
#include "model/store/registerstore.h"
#include "reports/document.h"
#include "reports/resiliencetables.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace bulwark {
class Feedback;
class RegisterService;
} // namespace bulwark

namespace bulwark::reports {

/// What the audit report is about and how it is labelled.
struct AuditReportOptions {
    QString assessment;     ///< the stored assessment's key; empty: the latest (assessment::latestAssessment)
    QDate date;             ///< the report's date (and "today" for overdue and expired); invalid: today
    QString classification; ///< e.g. "Confidential"; empty: none
    QString entity;         ///< the entity's name; empty: the register's file name
    int maxRows = 1000;     ///< rows per table at most (the most pressing first); the table says how many it left out
    int maxMaps = 12;       ///< dependency map figures at most (one per critical function, in key order)
    int mapElements = 10;   ///< elements per map figure at most, so that it reads on A4
};

/// Everything the audit report shows, read from the register once (collect()), so that build() is a pure function
/// of values: the same input and options give the same document.
struct AuditReportInput {
    assessment::Assessment assessment;
    assessment::SignOffLapse signOff;
    const assessment::Catalogue *catalogue = nullptr;
    QHash<QString, Record> results;     ///< requirement_result records
    QHash<QString, Record> findings;    ///< finding records (register-wide)
    QHash<QString, Record> actions;     ///< remediation_action records
    QHash<QString, Record> acceptances; ///< risk_acceptance records
    QHash<QString, Record> evidence;    ///< evidence records
    store::AuditHead auditHead;
    QString registerName; ///< the register's file name
    int elementCount = 0;
    int dependencyCount = 0;
    /// The map as the register stands (not as it stood at the assessment): critical functions against their
    /// tolerances in the saved scenarios, single points of failure, cycles, concentration (the Dashboard's numbers).
    std::optional<ResilienceData> resilience;
};

/// The resilience audit report of a stored assessment (docs/reports.md, "Audit report"): cover, executive summary,
/// scores per chapter, requirements, findings, remediation actions, accepted risks, evidence, sign-off, appendix.
class AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
public:
    /// Reads what the report needs from `service` (an open register); refused when the register holds no assessment
    /// or none with the key asked for.
    [[nodiscard]] static Result<AuditReportInput>
    collect(const RegisterService &service, const AuditReportOptions &options, Feedback *feedback = nullptr);
    /// The report as a document. Pure: verdicts (results, scores, overdue, expired, lapsed) come from the model.
    static Document build(const AuditReportInput &input, const AuditReportOptions &options);
};

} // namespace bulwark::reports
