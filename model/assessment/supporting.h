// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the checks on providers, tests and reviews share (checks_thirdparty.cpp, checks_testing.cpp): which elements
// support the critical functions, and how a finding names elements and dates. Rules in docs/assessment.md.
#pragma once

#include "model/assessment/check.h"
#include "model/register/field.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace bulwark::assessment::checks {

/// Providers: the kinds "providers of critical functions" are drawn from.
inline constexpr KindSet providerKinds = kindBit(ElementKind::Provider);
/// Systems: the kinds "systems supporting critical functions" are drawn from (applications, data stores,
/// infrastructure, networks; not facilities, ICT services, providers or locations).
inline constexpr KindSet systemKinds = kindBit(ElementKind::Application) | kindBit(ElementKind::DataStore)
    | kindBit(ElementKind::Infrastructure) | kindBit(ElementKind::Network);

/// An element that at least one critical function in scope needs, directly or through others.
struct SupportingElement {
    int element = -1;           ///< snapshot index
    std::vector<int> functions; ///< the critical functions in scope whose dependency closure holds it, in key order
};

/// The elements of `kinds` in the dependency closure (every dependency, hard or soft, through any element) of at least
/// one critical function in scope, in key order. The one definition of "providers of critical functions" and
/// "systems supporting critical functions".
std::vector<SupportingElement> supportingElements(const CheckContext &context, KindSet kinds);

/// "KEY (Name)", or "KEY" when the element has no name of its own or is not in the register.
QString label(const CheckContext &context, const QString &key);
QString label(const CheckContext &context, int element);
/// The critical functions an element supports, for a message: "critical function F (Payments)", or
/// "critical functions F (Payments), G, H".
QString functionsText(const CheckContext &context, const std::vector<int> &functions);

/// Whether a date shows something done within an interval before today.
enum class Freshness {
    Recent, ///< on or after today minus the interval, and not after today (exactly the interval ago is still recent)
    Never,  ///< no date
    Future, ///< after today: not done yet
    Old,    ///< before today minus the interval (CheckContext::isOlderThan)
};
Freshness freshness(const CheckContext &context, const QDate &date, int months);

/// A finding of the check `id` with the check's severity.
Finding makeFinding(const char *id, QStringList subjects, QString message);
/// Pass or Fail by whether there are findings; the findings sorted by subjects.
CheckOutcome outcomeOf(std::vector<Finding> findings);

} // namespace bulwark::assessment::checks
