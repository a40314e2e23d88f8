// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/dependency.h"
#include "model/register/element.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace bulwark {

/// The file-format tokens of the register's enums (never translated) and their display names (translated).
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    static QString token(ElementKind kind);
    static QString token(Criticality criticality);
    static QString token(Substitutability substitutability);
    static QString token(Strength strength);

    static std::optional<ElementKind> kindFromToken(QStringView token);
    static std::optional<Criticality> criticalityFromToken(QStringView token);
    static std::optional<Substitutability> substitutabilityFromToken(QStringView token);
    static std::optional<Strength> strengthFromToken(QStringView token);

    static QStringList kindTokens();
    static QString displayName(ElementKind kind);
    static QString pluralName(ElementKind kind);
    static QString displayName(Criticality criticality);
    static QString displayName(Substitutability substitutability);
    static QString displayName(Strength strength);
    /// A duration for people: "8 h", "45 min", "unknown" (negative, or the largest int: an unknown recovery);
    /// 0 reads "no outage" for a downtime, "0 min" for anything else.
    static QString minutesText(int minutes, bool zeroIsNoOutage = true);
};

} // namespace bulwark
