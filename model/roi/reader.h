// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/changeset.h"
#include "model/register/registerdata.h"
#include "model/result.h"
#include "model/roi/templates.h"

#include <QCoreApplication>

/// A register of information read back into the register (docs/roi.md, "Reading a package"): the reverse of the
/// Builder. Entities, branches, arrangements and definitions become their registered tables; providers, functions and
/// ICT services become elements of the map (an existing provider with the same LEI, or function with the same key,
/// is used instead), with their terms; B_02.02 becomes dependencies (function -> ICT service -> provider) and the
/// ranks of B_05.02 dependencies between providers. Exported by Bulwark and read into an empty register, the report
/// is built again row for row.
namespace bulwark::roi {

/// What a report brings into the register, and what it names that the register cannot hold (a reference to a
/// row that is not there: the row or the reference is left out), each naming template, row and column.
struct ReadResult {
    ChangeSet changes;
    QStringList notes;
};

class ReportReader
{
    Q_DECLARE_TR_FUNCTIONS(Roi)
public:
    /// The change set that brings `report` into a register holding `existing`, or an error naming the template, the
    /// row and the column of the first value that cannot be stored (a code not of its list, a date or number that is
    /// not one, an empty key). Everything is checked before anything is written.
    static Result<ReadResult> changes(const Report &report, const RegisterData &existing);
};

} // namespace bulwark::roi
