// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/impact.h"
#include "model/analysis/rtobudget.h"
#include "model/register/changeset.h"
#include "model/register/dependency.h"
#include "model/register/element.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <utility>

namespace bulwark::cli {

/// Formatting shared by the commands: JSON objects of register values and human summaries.
class Output
{
    Q_DECLARE_TR_FUNCTIONS(Output)
public:
    static QJsonObject toJsonObject(const Element &element);
    static QJsonObject toJsonObject(const Dependency &dependency);
    static QJsonObject toJsonObject(const RedundancyGroup &group);
    static QJsonObject toJsonObject(const ChangeSummary &summary);
    /// What a function's JSON object tells: `impact` and `scenario run` report downtime, `recovery` data loss too.
    enum class FunctionDetail { Downtime, DowntimeAndDataLoss };
    /// One affected function: key, state, recovery_min, tolerance_min, within_tolerance (null when unknown), and
    /// with data loss data_loss_min, data_loss_tolerance_min, data_loss_within_tolerance, lost_data_stores, and the
    /// recovery path: path (keys from the function to the end) and path_end ({kind, element, group, time_min}, null
    /// when the path is empty).
    static QJsonObject toJsonObject(const analysis::GraphSnapshot &snapshot,
                                    const analysis::FunctionImpact &function,
                                    FunctionDetail detail);
    /// An impact: failed, down, degraded and the affected functions (`impact`, `scenario run`).
    static QJsonObject toJsonObject(const analysis::GraphSnapshot &snapshot, const analysis::ImpactResult &impact);
    /// One line of the RTO budget: element, rto_min, budget_min, function, shortfall_min (null when unknown).
    static QJsonObject toJsonObject(const analysis::GraphSnapshot &snapshot, const analysis::RtoBudget &budget);
    /// Element keys of indices of `snapshot`, in the given order.
    static QJsonArray keyArray(const analysis::GraphSnapshot &snapshot, const std::vector<int> &elements);
    /// "elements: 3 added, 1 changed, 10 unchanged, 0 removed" lines.
    static QString summaryText(const ChangeSummary &summary);
    /// Splits FIELD=VALUE arguments; an argument without '=' is an error.
    [[nodiscard]] static Result<QList<std::pair<QString, QString>>> assignments(const QStringList &arguments);
    /// up, degraded, down (the --json tokens).
    static QString stateToken(int state);
    /// The same as a word for people: "down", "ausgefallen" (the token in English).
    static QString stateWord(int state);
    /// Left-aligned columns separated by two spaces.
    static QString table(const QList<QStringList> &rows);
};

} // namespace bulwark::cli
