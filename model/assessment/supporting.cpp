// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/assessment/supporting.h"

#include <algorithm>

namespace bulwark::assessment::checks {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Checks)
};
} // namespace

std::vector<SupportingElement> supportingElements(const CheckContext &context, KindSet kinds)
{
    const analysis::GraphSnapshot &g = context.snapshot();
    // By snapshot index, which is key order; a vector rather than a map, as a closure may hold most of the register.
    std::vector<std::vector<int>> supported(std::size_t(g.size()));
    for (const int function : context.criticalFunctions()) {
        for (const int v : context.closureOf(function)) {
            if (kinds & kindBit(g.kind(v)))
                supported[std::size_t(v)].push_back(function); // functions come in key order
        }
    }
    std::vector<SupportingElement> list;
    for (int v = 0; v < g.size(); ++v) {
        if (!supported[std::size_t(v)].empty())
            list.push_back({v, std::move(supported[std::size_t(v)])});
    }
    return list;
}

QString label(const CheckContext &context, const QString &key)
{
    const Element *e = context.element(key);
    if (!e || e->name.isEmpty() || e->name == key)
        return key;
    return Text::tr("%1 (%2)").arg(key, e->name);
}

QString label(const CheckContext &context, int element)
{
    const analysis::GraphSnapshot &g = context.snapshot();
    const QString &name = g.name(element);
    if (name.isEmpty() || name == g.key(element))
        return g.key(element);
    return Text::tr("%1 (%2)").arg(g.key(element), name);
}

QString functionsText(const CheckContext &context, const std::vector<int> &functions)
{
    if (functions.size() == 1)
        return Text::tr("critical function %1").arg(label(context, functions.front()));
    // A provider under most of the map would make a message of every function: name three and count the rest.
    constexpr std::size_t named = 3;
    QStringList names;
    for (std::size_t i = 0; i < functions.size() && i < named + (functions.size() == named + 1 ? 1 : 0); ++i)
        names << label(context, functions[i]);
    const int more = int(functions.size()) - int(names.size());
    if (more > 0)
        return Text::tr("critical functions %1 and %n more", nullptr, more).arg(names.join(QStringLiteral(", ")));
    return Text::tr("critical functions %1").arg(names.join(QStringLiteral(", ")));
}

Freshness freshness(const CheckContext &context, const QDate &date, int months)
{
    if (!date.isValid())
        return Freshness::Never;
    if (date > context.today())
        return Freshness::Future;
    return context.isOlderThan(date, months) ? Freshness::Old : Freshness::Recent;
}

Finding makeFinding(const char *id, QStringList subjects, QString message)
{
    Finding f;
    f.check = QString::fromLatin1(id);
    const CheckInfo *info = findCheck(f.check);
    Q_ASSERT(info);
    f.severity = info ? info->severity : Severity::Medium;
    f.subjects = std::move(subjects);
    f.message = std::move(message);
    return f;
}

CheckOutcome outcomeOf(std::vector<Finding> findings)
{
    std::stable_sort(
        findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return a.subjects < b.subjects; });
    CheckOutcome outcome;
    outcome.status = findings.empty() ? CheckStatus::Pass : CheckStatus::Fail;
    outcome.findings = std::move(findings);
    return outcome;
}

} // namespace bulwark::assessment::checks
