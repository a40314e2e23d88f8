// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"
#include "model/register/registerdata.h"
#include "model/roi/templates.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

/// The register of information built from the map and the registered tables of model/roi/records.h (docs/roi.md,
/// "From the map to the templates"): which functions an ICT service supports and the providers' supply chains come
/// from the dependencies, never typed twice.
namespace bulwark::roi {

struct BuildOptions {
    QDate referenceDate;                                     ///< refPeriod
    Consolidation consolidation = Consolidation::Individual; ///< IND or CON
    QDate reportingDate;                                     ///< B_01.01.0060; the reference date when not given
};

/// Something in the register the templates cannot express (an ICT service without an arrangement, an arrangement
/// whose provider is not in the map, no entity maintaining the register): said to the user beside the checks.
struct BuildNote {
    QString message; ///< translated
    Source source;
};

struct BuildResult {
    Report report;
    std::vector<BuildNote> notes;
};

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(Roi)
public:
    /// The 15 templates of `data`. Rows are in a fixed order (by key), so the same register gives the same report.
    /// Cost: one downward search per function over the dependencies (stopping at providers), then linear in the
    /// rows written. Canceled through `feedback`: then the report is incomplete and a note says so.
    static BuildResult build(const RegisterData &data, const BuildOptions &options, Feedback *feedback = nullptr);

    /// The registered tables build() reads (the register of information's own and the exit plans), for a reader
    /// that loads only those (store::RegisterStore::load).
    static QSet<QString> tablesRead();

    /// The function's recovery objective in whole hours as reported (B_06.01.0080/0090): minutes rounded up.
    static int hoursOf(int minutes) { return (minutes + 59) / 60; }
    /// The literal the EBA asks for in a key column that has no value (Q&A 2024_7285), e.g. B_04.01.0040.
    static QString notApplicable() { return QStringLiteral("Not Applicable"); }
};

} // namespace bulwark::roi
