// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/register/scenario.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <span>
#include <vector>

namespace bulwark::analysis {

/// What fails, as `impact`'s options or a saved scenario say it (docs/semantics.md, "Terms").
struct FailureSpec {
    QStringList keys; ///< element keys
    QString region;   ///< every element in this region (empty: none)
    QString country;  ///< every element in this country
    QString tag;      ///< every element with this tag

    bool isEmpty() const { return keys.isEmpty() && region.isEmpty() && country.isEmpty() && tag.isEmpty(); }
    static FailureSpec of(const Scenario &scenario);
};

/// The failure set of a description: the one place that decides it for the pages and the commands.
class FailureSets
{
    Q_DECLARE_TR_FUNCTIONS(FailureSets)
public:
    /// The elements that fail, sorted and unique. Errors: Invalid when the description is empty, NotFound when a
    /// key is not in the register (each named, with a close key if there is one) or when no element matches.
    [[nodiscard]] static Result<std::vector<int>> resolve(const GraphSnapshot &snapshot, const FailureSpec &spec);
    /// "A, B, C, D and 3 more": the failed elements (sorted) for a title, the first four by key.
    static QString title(const GraphSnapshot &snapshot, std::span<const int> failed);
};

} // namespace bulwark::analysis
