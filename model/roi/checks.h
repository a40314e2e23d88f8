// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"
#include "model/roi/builder.h"
#include "model/roi/templates.h"

#include <QString>

#include <vector>

/// The checks a register of information goes through before it is filed: the ones the supervisor's reception runs
/// (the EBA's technical checks 805-808 and its DPM validation rules, model/roi/dpmrules.h) and Bulwark's own
/// data-quality checks (../shared/DORA.md section 5). They run over a Report, the package's rows exactly as written.
namespace bulwark::roi {

/// Blocking: the supervisor rejects the package. Error: the supervisor flags the data (DPM rules) or the data is
/// wrong by the rules of the ITS. Warning: probably wrong, worth a look.
enum class Severity { Blocking, Error, Warning };

struct Problem {
    QString rule; ///< "805", an EBA rule id ("v8850_m"), or one of ours ("lei", "code", "rank", ...)
    Severity severity = Severity::Error;
    TemplateId table = TemplateId::B0101;
    int row = -1;    ///< index into the table's rows; -1 for a problem of the whole table
    QString rowKey;  ///< the row's primary-key values joined with " / " (empty for B_99.01 and the whole table)
    QString column;  ///< "c0060", or empty when no single column is at fault
    QString message; ///< for people (context "Roi"): the template, the row, the column, what is wrong and what to do
    Source source;   ///< the row's source for that column (for column empty: for its first column), for jump-to-fix
};

/// Every problem of the report, sorted by (table, row, column, rule). Runs in well under a second for 100,000 rows
/// (hash sets of keys, one pass per check). When `feedback` is canceled it returns the problems found so far.
///
/// The technical checks (Severity::Blocking, the EBA's numbers):
/// - "805": a primary-key column is empty. Keys are never empty (EBA Q&A 2024_7285): where no value exists the
///   entity writes "Not Applicable" (in a country key of B_02.02, c0130, c0150 or c0160: eba_GA:qx2007).
/// - "806": a row has the same primary key as an earlier row of the table (reported on the later rows).
/// - "807": a reference (R1-R22) whose target row is missing. A reference is checked only when all of its columns
///   are filled: one whose columns are all empty is skipped (an optional reference, such as the parent of
///   B_01.02.c0060, left empty), and in one partly empty (only the composite R7 and R17, all of whose columns are key
///   columns) check 805 already reports the empty column.
/// - "808": the filing indicator disagrees with the table: reported with no rows, or rows while not reported
///   (unconfirmed which of the two the EBA means; docs/roi.md, "Sources").
///
/// The active DPM rules (Severity::Error, the EBA's rule id; dpmrules.h).
///
/// Bulwark's own checks (Severity::Error unless said):
/// - "lei": an LEI without valid ISO 17442 check digits, in every LEI column and in every identification code whose
///   type column (the column after it) says LEI (eba_qCO:qx2000).
/// - "code": a value not in its closed list (countries, currencies, licensed activities included), a link column
///   that is not "true", eba_GA:qx2007 outside B_02.02 c0130/c0150/c0160, and the two non-financial entity types in
///   B_01.01.c0040 (which allows 22 of the 24 types).
/// - "date": a date not written yyyy-MM-dd. "number": a whole number or an amount that is not written as digits only
///   (a negative one in a column that an EBA sign rule covers is left to that rule).
/// - "date-order": a B_02.02 end date before its start date (an end date equal to the start date is accepted; the EBA's
///   stricter v8816_m is deactivated).
/// - "conditional": DORA.md section 5 item 4, in the directions the EBA's rules do not cover: B_02.01.c0030 filled
///   although c0020 is not "subsequent"; B_01.02.c0100 filled without c0110; B_07.01.c0060 filled although c0050 is
///   neither "not substitutable" nor "highly complex"; B_02.02.c0150 a country although c0140 is "no", or
///   eba_GA:qx2007 although it is "yes"; B_04.01.c0040 "Not Applicable" for a branch, or anything else for a row that
///   is not a branch (keys are never empty, so "not filled" is written "Not Applicable" or eba_GA:qx2007).
/// - "rank" (B_05.02, per contract and type of service): exactly one rank-1 row, its provider a B_02.02 provider of
///   that contract; a rank n > 1 row names as recipient (c0060) a provider of rank n - 1 of the same contract and
///   service; a rank below 1. Warning: a rank-1 row whose recipient is not its own provider code (the ESAs' FAQ, as
///   quoted by a secondary source, asks rank-1 rows to repeat the provider; "Not Applicable" there would also fail
///   the reference R21, check 807).
/// - "coverage": a B_06.01 function with criticality yes (eba_BT:x28) that no B_02.02 row names (same function and
///   entity), and a (contract, provider, type of service) of such B_02.02 rows without a B_07.01 row (reported once,
///   on its first B_02.02 row).
/// - "terminated" (Warning): a B_02.02 end date before the reference date without a reason for termination (c0090).
std::vector<Problem> checkReport(const Report &report, Feedback *feedback = nullptr);

/// The builder's notes as problems with rule "map" (no template: Problem::row is -1, Problem::column empty), first,
/// then `problems`: what the templates cannot say about the map is an error, except a register without an entity
/// marked as maintaining it, which cannot be filed at all (blocking). Decided here once for the command line and
/// the window.
std::vector<Problem>
withNotes(const std::vector<BuildNote> &notes, const Report &report, std::vector<Problem> problems);

/// The row's primary-key values joined with " / " (empty for a template without key).
QString rowKey(const Template &templ, const Row &row);

} // namespace bulwark::roi
