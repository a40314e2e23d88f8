// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checks on the providers of critical functions (DORA Art 28, 29): LEI, substitutability, exit plan and its tests.
// "Providers of critical functions" is supportingElements(context, providerKinds). Rules: docs/assessment.md.
#include "model/assessment/checks.h"
#include "model/assessment/supporting.h"
#include "model/register/validation.h"

#include <QHash>

namespace bulwark::assessment::checks {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

/// Why a text that is not a valid LEI fails (the validity itself is Validation::isValidLei, the one place).
QString leiProblem(const QString &lei)
{
    if (lei.size() != 20)
        return Text::tr("it has %n character(s), not 20", nullptr, int(lei.size()));
    for (qsizetype i = 0; i < lei.size(); ++i) {
        const QChar c = lei[i];
        const bool digit = c >= u'0' && c <= u'9';
        const bool letter = c >= u'A' && c <= u'Z';
        if (i >= 18 && !digit)
            return Text::tr("its last two characters must be check digits");
        if (!digit && !letter)
            return Text::tr("it may hold only capital letters A-Z and digits");
    }
    return Text::tr("its check digits do not match the first 18 characters (ISO 7064 MOD 97-10)");
}

/// The exit plans on record, by provider key.
QHash<QString, const ExitPlan *> exitPlans(const CheckContext &context)
{
    QHash<QString, const ExitPlan *> plans;
    for (const ExitPlan *plan : context.records(exitPlanType()))
        plans.insert(plan->provider, plan);
    return plans;
}

} // namespace

CheckOutcome providerLei(const CheckContext &context)
{
    const auto providers = supportingElements(context, providerKinds);
    if (providers.empty())
        return {CheckStatus::NotApplicable, {}};
    std::vector<Finding> findings;
    for (const SupportingElement &p : providers) {
        const QString &key = context.snapshot().key(p.element);
        const Element *e = context.element(key);
        const QString lei = e ? e->lei : QString();
        if (lei.isEmpty()) {
            findings.push_back(makeFinding("provider-lei",
                                           {key},
                                           Text::tr("Provider %1, needed by %2, has no LEI.")
                                               .arg(label(context, key), functionsText(context, p.functions))));
        } else if (!Validation::isValidLei(lei)) {
            findings.push_back(
                makeFinding("provider-lei",
                            {key},
                            Text::tr("Provider %1, needed by %2, has the LEI '%3', which is not valid: %4.")
                                .arg(label(context, key), functionsText(context, p.functions), lei, leiProblem(lei))));
        }
    }
    return outcomeOf(std::move(findings));
}

CheckOutcome providerSubstitutability(const CheckContext &context)
{
    const auto providers = supportingElements(context, providerKinds);
    if (providers.empty())
        return {CheckStatus::NotApplicable, {}};
    std::vector<Finding> findings;
    for (const SupportingElement &p : providers) {
        const QString &key = context.snapshot().key(p.element);
        const Element *e = context.element(key);
        if (!e || !e->substitutability) {
            findings.push_back(makeFinding("provider-substitutability",
                                           {key},
                                           Text::tr("Provider %1, needed by %2, has no substitutability rating.")
                                               .arg(label(context, key), functionsText(context, p.functions))));
        }
    }
    return outcomeOf(std::move(findings));
}

CheckOutcome providerExitPlan(const CheckContext &context)
{
    const auto providers = supportingElements(context, providerKinds);
    if (providers.empty())
        return {CheckStatus::NotApplicable, {}};
    const auto plans = exitPlans(context);
    std::vector<Finding> findings;
    for (const SupportingElement &p : providers) {
        const QString &key = context.snapshot().key(p.element);
        const Element *e = context.element(key);
        const std::optional<bool> marked = e ? e->exitPlan : std::nullopt;
        const bool onRecord = plans.contains(key);
        QString problem;
        if (marked == false && onRecord)
            problem = Text::tr("is marked as having no exit plan, yet an exit plan is on record; correct one of them");
        else if (marked == false)
            problem = Text::tr("is marked as having no exit plan");
        else if (marked == true && !onRecord)
            problem = Text::tr("is marked as having an exit plan, but no exit plan is on record");
        else if (!onRecord)
            problem = Text::tr("has no exit plan");
        if (!problem.isEmpty()) {
            findings.push_back(
                makeFinding("provider-exit-plan",
                            {key},
                            Text::tr("Provider %1, needed by %2, %3.")
                                .arg(label(context, key), functionsText(context, p.functions), problem)));
        }
    }
    return outcomeOf(std::move(findings));
}

CheckOutcome exitPlanTestedAndReviewed(const CheckContext &context)
{
    const auto providers = supportingElements(context, providerKinds);
    const auto plans = exitPlans(context);
    const int months = context.thresholds().reviewIntervalMonths;
    bool checked = false;
    std::vector<Finding> findings;
    for (const SupportingElement &p : providers) {
        const QString &key = context.snapshot().key(p.element);
        const ExitPlan *plan = plans.value(key);
        if (!plan)
            continue; // provider-exit-plan reports it
        checked = true;
        QStringList problems;
        // One date of the plan against the interval: the words for never, a date after today and too old.
        auto judge = [&](const QDate &date, const QString &never, const QString &future, const QString &old) {
            switch (freshness(context, date, months)) {
                case Freshness::Recent: break;
                case Freshness::Never: problems << never; break;
                case Freshness::Future: problems << future.arg(date.toString(Qt::ISODate)); break;
                case Freshness::Old: problems << old.arg(date.toString(Qt::ISODate)); break;
            }
        };
        judge(plan->tested,
              Text::tr("it has never been tested"),
              Text::tr("its test date %1 is after today"),
              Text::tr("it was last tested on %1, more than %n month(s) ago", nullptr, months));
        judge(plan->reviewed,
              Text::tr("it has never been reviewed"),
              Text::tr("its review date %1 is after today"),
              Text::tr("it was last reviewed on %1, more than %n month(s) ago", nullptr, months));
        if (!problems.isEmpty()) {
            findings.push_back(makeFinding("exit-plan-tested",
                                           {key},
                                           Text::tr("The exit plan for provider %1, needed by %2: %3.")
                                               .arg(label(context, key),
                                                    functionsText(context, p.functions),
                                                    problems.join(QStringLiteral("; ")))));
        }
    }
    if (!checked)
        return {CheckStatus::NotApplicable, {}};
    return outcomeOf(std::move(findings));
}

} // namespace bulwark::assessment::checks
