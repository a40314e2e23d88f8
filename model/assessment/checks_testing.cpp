// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checks on resilience testing (DORA Art 11(6), 24-26) and on reviews that fall due (Art 6(5), 8(1), 8(7), 13(5);
// RTS 2024/1774 Art 3). "Systems supporting critical functions" is supportingElements(context, systemKinds).
// Rules, setting keys and dates: docs/assessment.md.
#include "model/assessment/checks.h"
#include "model/assessment/supporting.h"

#include <QHash>

namespace bulwark::assessment::checks {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// The latest test that covers an element: a test dated after today is not done yet and does not count.
struct LastTest {
    QDate date;
    QString test; ///< the test's key
};

void cover(QHash<int, LastTest> &last, int element, const ResilienceTest &test)
{
    auto it = last.find(element);
    if (it == last.end())
        last.insert(element, {test.date, test.key});
    else if (test.date > it->date) // on the same date the first by key stays
        *it = {test.date, test.key};
}

/// The values the settings of dates (the periodic reviews) may take: YYYY-MM-DD, as every date in the register.
QDate settingDate(const QString &value)
{
    return value.size() == 10 ? QDate::fromString(value, Qt::ISODate) : QDate();
}

} // namespace

CheckOutcome criticalSystemsTested(const CheckContext &context)
{
    const auto systems = supportingElements(context, systemKinds);
    if (systems.empty())
        return {CheckStatus::NotApplicable, {}};
    const analysis::GraphSnapshot &g = context.snapshot();
    // A test covers what its scope names and, for a function it names, everything that function needs.
    QHash<int, LastTest> last;
    for (const ResilienceTest *test : context.records(resilienceTestType())) {
        if (test->type == TestType::BusinessContinuityTest || !test->date.isValid() || test->date > context.today())
            continue;
        for (const QString &key : test->scope) {
            const int v = g.indexOf(key);
            if (v < 0)
                continue;
            cover(last, v, *test);
            if (g.isFunction(v)) {
                for (const int w : context.closureOf(v))
                    cover(last, w, *test);
            }
        }
    }
    const int months = context.thresholds().testIntervalMonths;
    std::vector<Finding> findings;
    for (const SupportingElement &s : systems) {
        const auto it = last.constFind(s.element);
        QString message;
        if (it == last.constEnd()) {
            message = Text::tr("System %1, needed by %2, has never been tested.")
                          .arg(label(context, s.element), functionsText(context, s.functions));
        } else if (context.isOlderThan(it->date, months)) {
            message
                = Text::tr("System %1, needed by %2, was last tested on %3 (test %4), more than %n month(s) ago.",
                           nullptr,
                           months)
                      .arg(label(context, s.element), functionsText(context, s.functions), isoDate(it->date), it->test);
        }
        if (!message.isEmpty())
            findings.push_back(makeFinding("cif-systems-tested", {g.key(s.element)}, message));
    }
    return outcomeOf(std::move(findings));
}

CheckOutcome continuityPlansTested(const CheckContext &context)
{
    const auto &functions = context.criticalFunctions();
    if (functions.empty())
        return {CheckStatus::NotApplicable, {}};
    const analysis::GraphSnapshot &g = context.snapshot();
    QHash<int, LastTest> last;
    for (const ResilienceTest *test : context.records(resilienceTestType())) {
        if (test->type != TestType::BusinessContinuityTest || !test->date.isValid() || test->date > context.today())
            continue;
        for (const QString &key : test->scope) {
            if (const int v = g.indexOf(key); v >= 0)
                cover(last, v, *test);
        }
    }
    const int months = context.thresholds().testIntervalMonths;
    std::vector<Finding> findings;
    for (const int f : functions) {
        const auto it = last.constFind(f);
        QString message;
        if (it == last.constEnd()) {
            message
                = Text::tr("Critical function %1 has no business continuity test on record.").arg(label(context, f));
        } else if (context.isOlderThan(it->date, months)) {
            message = Text::tr("The continuity plan of critical function %1 was last tested on %2 (test %3), more than "
                               "%n month(s) ago.",
                               nullptr,
                               months)
                          .arg(label(context, f), isoDate(it->date), it->test);
        }
        if (!message.isEmpty())
            findings.push_back(makeFinding("bcp-tested", {g.key(f)}, message));
    }
    return outcomeOf(std::move(findings));
}

CheckOutcome tlptWithinInterval(const CheckContext &context)
{
    if (context.setting(QStringLiteral("tlpt_designated")).trimmed().compare(u"yes", Qt::CaseInsensitive) != 0)
        return {CheckStatus::NotApplicable, {}};
    const ResilienceTest *latest = nullptr;
    for (const ResilienceTest *test : context.records(resilienceTestType())) {
        if (test->type == TestType::Tlpt && test->date.isValid() && test->date <= context.today()
            && (!latest || test->date > latest->date))
            latest = test;
    }
    const int months = context.thresholds().tlptIntervalMonths;
    std::vector<Finding> findings;
    if (!latest) {
        findings.push_back(makeFinding("tlpt-due",
                                       {},
                                       Text::tr("The entity is designated for threat-led penetration testing "
                                                "(tlpt_designated = yes), but no TLPT is on record: one is due now.")));
    } else if (context.isOlderThan(latest->date, months)) {
        findings.push_back(makeFinding(
            "tlpt-due",
            {latest->key},
            Text::tr(
                "The last threat-led penetration test, %1 on %2, is more than %n month(s) old: the next was due by %3.",
                nullptr,
                months)
                .arg(latest->key, isoDate(latest->date), isoDate(latest->date.addMonths(months)))));
    }
    return outcomeOf(std::move(findings));
}

CheckOutcome riskAcceptancesReviewed(const CheckContext &context)
{
    const auto acceptances = context.records(riskAcceptanceType());
    if (acceptances.empty())
        return {CheckStatus::NotApplicable, {}};
    std::vector<Finding> findings;
    for (const RiskAcceptance *a : acceptances) {
        QStringList problems;
        if (a->review < context.today())
            problems << Text::tr("its review was due on %1").arg(isoDate(a->review));
        if (!findCheck(a->check))
            problems << Text::tr("it names the check '%1', which Bulwark does not know").arg(a->check);
        if (problems.isEmpty())
            continue;
        const QString accepted = a->subjects.isEmpty()
            ? Text::tr("check %1").arg(a->check)
            : Text::tr("check %1 on %2").arg(a->check, a->subjects.join(QStringLiteral(", ")));
        findings.push_back(makeFinding("risk-acceptance-review",
                                       {a->key},
                                       Text::tr("Risk acceptance %1 (%2; approved by %3): %4.")
                                           .arg(a->key, accepted, a->approver, problems.join(QStringLiteral("; ")))));
    }
    return outcomeOf(std::move(findings));
}

CheckOutcome legacySystemsAssessed(const CheckContext &context)
{
    // A recorded legacy system counts unless its end of support is still to come; one without a date counts.
    const int months = context.thresholds().reviewIntervalMonths;
    bool any = false;
    std::vector<Finding> findings;
    for (const LegacySystem *legacy : context.records(legacySystemType())) {
        if (legacy->endOfSupport.isValid() && legacy->endOfSupport > context.today())
            continue;
        any = true;
        const QString name = label(context, legacy->element);
        const QString system = legacy->endOfSupport.isValid()
            ? Text::tr("Legacy system %1, out of support since %2,").arg(name, isoDate(legacy->endOfSupport))
            : Text::tr("Legacy system %1").arg(name);
        QString message;
        switch (freshness(context, legacy->riskAssessed, months)) {
            case Freshness::Recent: break;
            case Freshness::Never: message = Text::tr("%1 has no risk assessment on record.").arg(system); break;
            case Freshness::Future:
                message = Text::tr("%1 has a risk assessment dated %2, which is after today.")
                              .arg(system, isoDate(legacy->riskAssessed));
                break;
            case Freshness::Old:
                message = Text::tr("%1 was last risk-assessed on %2, more than %n month(s) ago.", nullptr, months)
                              .arg(system, isoDate(legacy->riskAssessed));
                break;
        }
        if (!message.isEmpty())
            findings.push_back(makeFinding("legacy-risk-assessment", {legacy->element}, message));
    }
    if (!any)
        return {CheckStatus::NotApplicable, {}};
    return outcomeOf(std::move(findings));
}

CheckOutcome periodicReviewsDone(const CheckContext &context)
{
    struct Review {
        const char *key;
        const char *what;
    };
    static constexpr Review reviews[]{
        {"ict_risk_framework_reviewed",
         QT_TRANSLATE_NOOP("Checks", "The review of the ICT risk management framework (DORA Art 6(5))")},
        {"function_classification_reviewed",
         QT_TRANSLATE_NOOP("Checks", "The review of the classification of functions and assets (DORA Art 8(1))")},
        {"management_body_ict_report",
         QT_TRANSLATE_NOOP("Checks", "The report on ICT risk to the management body (DORA Art 13(5))")},
    };
    const int months = context.thresholds().reviewIntervalMonths;
    std::vector<Finding> findings;
    for (const Review &review : reviews) {
        const QString key = QString::fromLatin1(review.key);
        const QString what = Text::tr(review.what);
        const QString value = context.setting(key);
        const QDate date = settingDate(value);
        QString message;
        if (value.isEmpty()) {
            message = Text::tr("%1 is not on record (setting %2).").arg(what, key);
        } else if (!date.isValid()) {
            message = Text::tr("%1: the setting %2 is '%3', which is not a date (YYYY-MM-DD).").arg(what, key, value);
        } else {
            switch (freshness(context, date, months)) {
                case Freshness::Recent:
                case Freshness::Never: break;
                case Freshness::Future:
                    message
                        = Text::tr("%1 is dated %2 (setting %3), which is after today.").arg(what, isoDate(date), key);
                    break;
                case Freshness::Old:
                    message
                        = Text::tr("%1 was last done on %2 (setting %3), more than %n month(s) ago.", nullptr, months)
                              .arg(what, isoDate(date), key);
                    break;
            }
        }
        if (!message.isEmpty())
            findings.push_back(makeFinding("periodic-reviews", {key}, message));
    }
    return outcomeOf(std::move(findings));
}

} // namespace bulwark::assessment::checks
