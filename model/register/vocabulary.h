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
    /// A label ("Beyond tolerance", "Draft", "Application") as a word inside a sentence: lower case in English
    /// ("3 beyond tolerance"), unchanged in German, where nouns keep their capital ("3 Anwendungen").
    static QString inSentence(const QString &label);
    static QString pluralName(ElementKind kind);
    static QString displayName(Criticality criticality);
    static QString displayName(Substitutability substitutability);
    static QString displayName(Strength strength);
    /// A duration as people write it: "2 days", "8 h", "45 min", "1,500 min" (whole days, else whole hours, else
    /// minutes; numbers with the locale's group separators), "unknown" (negative, or the largest int: an unknown
    /// recovery); 0 reads "no outage" for a downtime, "0 min" for anything else. The element form reads every one of
    /// these back (Fields::rawText).
    static QString minutesText(int minutes, bool zeroIsNoOutage = true);
    /// A count with the locale's group separators: "481,259".
    static QString number(qint64 n);
};

} // namespace bulwark
