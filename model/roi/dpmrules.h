// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roi/checks.h"
#include "model/roi/templates.h"

#include <span>
#include <vector>

/// The EBA's DPM validation rules for the DORA module (taxonomy 4.0) as data: one table in model/roi/dpmrules.cpp,
/// 71 expressions, of which 13 are inactive.
///
/// What is confirmed (docs/roi.md, "Sources"; the DPM-XL rule set of artemeon/dpm-xl-validator,
/// src/RuleSet/DORA.php):
/// - 63 rules with the EBA's ids and expressions, "updated 10 March 2025" (commit c850b04); `confirmed` is true for
///   them. 8 of them the EBA deactivated (commit cb092b0): e23681_e, v8816_m, v8817_m, v8818_m, v8821_m, v8823_m,
///   v8824_m, v8887_m.
/// - The id "v88889_m" is written so in that list (probably v8889_m); it is kept as written.
///
/// What is not confirmed (`confirmed` false):
/// - 8 rules that match the shape of an LEI key (18 letters or digits, then 2 digits) were in the first version of
///   that rule set (commit 0778a64) without ids. v8890_m (B_01.01), v8891_m (B_01.02) and v8892_m (B_01.03) are named
///   by secondary sources, which treat them as active; so do we.
/// - The other 5 (B_02.02, B_03.01, B_03.03, B_04.01, B_06.01) have no known id; they are called
///   "key-lei-<template>" here and are taken as the rest of the EBA's 13 deactivated rules (an inference: 8 + 5 = 13).
///
/// How the rules are read: every rule is evaluated on each row of its template. An empty cell is null: it never
/// fails a sign, pattern, value or comparison rule (the Filled and IfThenFilled rules are there for empty cells).
/// Key columns are dimensions in the DPM, not facts: a range such as `{c0040-0080}` of B_02.02 covers the facts
/// c0040, c0070 and c0080 only (the empty key columns c0050 and c0060 are the technical check 805's business), and
/// `{c*}` covers every column that is not a key.
namespace bulwark::roi {

enum class DpmRuleKind {
    Filled,       ///< `not ( isnull (...) )`: every column of `columns` is filled
    IfThenFilled, ///< `if ... then not ( isnull (...) )`: when the condition holds, every column of `columns` is filled
    NotNegative,  ///< the `_s` sign rules, `{c0110} >= 0`: the number in `columns[0]` is zero or more
    Pattern,      ///< `match(...)`: `columns[0]` matches `pattern` (when the condition holds)
    InSet,        ///< `{c0020} in {...}`: `columns[0]` is one of `values` (when the condition holds)
    Greater,      ///< `{c0080} > {c0070}`: `columns[0]` is greater than `columns[1]` (dates or numbers)
};

/// When a rule applies to a row.
enum class DpmCondition {
    Always,
    AnyFilled, ///< one of the columns `when` is filled
    Equals,    ///< `when[0]` is one of `whenValues`
    NotEquals, ///< `when[0]` is none of `whenValues` (an empty cell is none of them, as with the EBA's default 0)
};

struct DpmRule {
    const char *id; ///< the EBA's id ("v8850_m"), or "key-lei-<template>" for the unnamed key rules
    TemplateId table;
    DpmRuleKind kind;
    std::vector<const char *> columns; ///< column codes ("c0020") the rule checks
    DpmCondition condition = DpmCondition::Always;
    std::vector<const char *> when = {};
    std::vector<const char *> whenValues = {}; ///< EBA codes as written ("eba_CO:x3")
    std::vector<const char *> values = {};     ///< for InSet
    const char *pattern = nullptr;             ///< for Pattern: a regular expression
    bool deactivated = false;                  ///< the EBA switched it off; checkReport() does not run it
    bool confirmed = true;                     ///< id and status from the EBA's published list (see above)
    const char *expression = "";               ///< the DPM-XL text as the EBA writes it
};

/// All 71, in the order of the EBA's list, then the 8 key rules.
std::span<const DpmRule> dpmRules();
/// The rule with this id, or nullptr.
const DpmRule *dpmRule(QStringView id);

/// Runs `rules` over the report, whatever their `deactivated` flag (checkReport() passes the active ones). Each
/// failure is a Problem with the rule's id and Severity::Error, unsorted. Checks `feedback` for cancel between
/// templates.
std::vector<Problem> checkDpmRules(const Report &report, std::span<const DpmRule> rules, Feedback *feedback = nullptr);

} // namespace bulwark::roi
