// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "reports/document.h"

#include <QCoreApplication>
#include <QDate>

namespace bulwark {
class Feedback;
class RegisterService;
} // namespace bulwark

namespace bulwark::reports {

/// How the register extract is labelled.
struct RegisterExtractOptions {
    QDate date;             ///< the extract's date; invalid: today
    QString classification; ///< e.g. "Confidential"; empty: none
    QString entity;         ///< the entity's name; empty: the register's file name
};

/// The register extract (docs/reports.md, "Register extract"): every element with its resilience fields, every
/// dependency, the providers and locations with their concentration (analysis::analyseConcentration) and the
/// countries, as tables for a spreadsheet (CSV) or a browser (HTML). Every row, whatever the register's size: it is
/// an extract, not a summary.
class RegisterExtract
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExtract)
public:
    /// Reads the register held by `service` (its elements and dependencies, in key order, and its analysis snapshot
    /// for concentration) and builds the document in one pass. Cells share the register's strings, so that a
    /// 100,000-element register stays within a few hundred megabytes. Progress 0-100 and cancel
    /// (Error::Code::Canceled) through `feedback`.
    [[nodiscard]] static Result<Document>
    build(const RegisterService &service, const RegisterExtractOptions &options, Feedback *feedback = nullptr);
};

} // namespace bulwark::reports
