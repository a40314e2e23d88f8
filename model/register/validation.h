// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/dependency.h"
#include "model/register/element.h"
#include "model/register/scenario.h"
#include "model/result.h"

#include <QCoreApplication>

namespace bulwark {

/// The rules a single register value must follow on its own. Rules that need the whole register (known
/// endpoints, duplicates, group quorum) live in RegisterService.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static constexpr int maxMinutes = 10 * 366 * 24 * 60; ///< ten years: anything longer is a typo
    static constexpr int maxNameLength = 200;
    static constexpr int maxDescriptionLength = 20000;

    /// 1-64 characters of letters, digits and -_.:/
    static bool isValidKey(QStringView key);
    /// ISO 17442: 18 alphanumerics and two check digits that make the number 1 modulo 97 (ISO 7064).
    static bool isValidLei(QStringView lei);
    /// ISO 3166-1 alpha-2, upper case, officially assigned.
    static bool isCountryCode(QStringView code);

    [[nodiscard]] static Result<void> validateKey(QStringView key, const QString &field);
    [[nodiscard]] static Result<void> validateElement(const Element &element);
    [[nodiscard]] static Result<void> validateDependency(const Dependency &dependency);
    [[nodiscard]] static Result<void> validateGroup(const RedundancyGroup &group);
    [[nodiscard]] static Result<void> validateScenario(const Scenario &scenario);
};

} // namespace bulwark
