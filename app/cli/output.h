// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/changeset.h"
#include "register/dependency.h"
#include "register/element.h"
#include "result.h"

#include <QCoreApplication>
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
    /// "elements: 3 added, 1 changed, 10 unchanged, 0 removed" lines.
    static QString summaryText(const ChangeSummary &summary);
    /// Splits FIELD=VALUE arguments; an argument without '=' is an error.
    [[nodiscard]] static Result<QList<std::pair<QString, QString>>> assignments(const QStringList &arguments);
    /// "8 h", "45 min", "unknown" (negative or Propagator::unknownRecovery); 0 as "no outage" or "0 min".
    static QString minutesText(int minutes, bool zeroIsNoOutage = true);
    /// up, degraded, down (the --json tokens).
    static QString stateToken(int state);
    /// Left-aligned columns separated by two spaces.
    static QString table(const QList<QStringList> &rows);
};

} // namespace bulwark::cli
