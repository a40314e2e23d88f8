// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"
#include "model/analysis/rtobudget.h"
#include "model/analysis/spofanalysis.h"
#include "randomregister_recovery.h"

#include <QTest>

using namespace bulwark;
using namespace bulwark::analysis;
using namespace bulwark::test;

namespace {

/// The reference: one propagation per element, the tightest mtd_min among the critical functions it puts down.
std::vector<RtoBudget> budgetByPropagation(const GraphSnapshot &s)
{
    std::vector<RtoBudget> budgets;
    Propagator propagator(s);
    for (int x = 0; x < s.size(); ++x) {
        const int failed[] = {x};
        const auto &states = propagator.run(failed);
        int best = -1;
        for (int f = 0; f < s.size(); ++f) {
            if (!s.isCritical(f) || s.mtdMin(f) == GraphSnapshot::unknown || states[std::size_t(f)] != State::Down)
                continue;
            if (best < 0 || s.mtdMin(f) < s.mtdMin(best) || (s.mtdMin(f) == s.mtdMin(best) && s.key(f) < s.key(best)))
                best = f;
        }
        if (best < 0)
            continue;
        RtoBudget b;
        b.element = x;
        b.function = best;
        b.budgetMin = s.mtdMin(best);
        b.rtoMin = s.rtoMin(x);
        if (b.rtoMin != GraphSnapshot::unknown)
            b.shortfallMin = b.rtoMin > b.budgetMin ? b.rtoMin - b.budgetMin : 0;
        budgets.push_back(b);
    }
    return budgets;
}

QString text(const GraphSnapshot &s, const std::vector<RtoBudget> &budgets)
{
    QStringList lines;
    for (const RtoBudget &b : budgets)
        lines << QStringLiteral("%1:%2:%3:%4")
                     .arg(s.key(b.element))
                     .arg(b.budgetMin)
                     .arg(s.key(b.function))
                     .arg(b.shortfallMin ? QString::number(*b.shortfallMin) : QStringLiteral("?"));
    return lines.join(u' ');
}

} // namespace

/// The RTO budget (docs/semantics.md, "RTO budget"): hand cases, and against one propagation per element on random
/// registers with groups and cycles.
class tst_RtoBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data();
    void cases();
    void shortfallRule();
    void randomAgainstPropagation();
};

void tst_RtoBudget::cases_data()
{
    QTest::addColumn<QString>("elements");
    QTest::addColumn<QString>("dependencies");
    QTest::addColumn<QString>("groups");
    QTest::addColumn<QString>("budget"); // element:budget:function:shortfall ('?' unknown RTO)

    QTest::newRow("chain") << "F:function:240 A:app:60 B:app:300"
                           << "F>A A>B"
                           << ""
                           << "A:240:F:0 B:240:F:60 F:240:F:?";
    QTest::newRow("tightestFunctionWins") << "F1:function:240 F2:function:60 A:app:120"
                                          << "F1>A F2>A"
                                          << ""
                                          << "A:60:F2:60 F1:240:F1:? F2:60:F2:?";
    QTest::newRow("tieGoesToSmallerKey") << "F1:function:60 F2:function:60 A:app:30"
                                         << "F1>A F2>A"
                                         << ""
                                         << "A:60:F1:0 F1:60:F1:? F2:60:F2:?";
    QTest::newRow("redundancyHidesMembers") << "F:function:60 APP:app:30 DC1:app:600 DC2:app:600 P:app:90"
                                            << "F>APP APP>DC1@dc APP>DC2@dc DC1>P DC2>P"
                                            << "APP@dc=1/15"
                                            << "APP:60:F:0 F:60:F:? P:60:F:30";
    QTest::newRow("softIsNoBudget") << "F:function:60 A:app:120"
                                    << "F>A~"
                                    << ""
                                    << "F:60:F:?";
    QTest::newRow("noMtdNoBudget") << "F:function A:app:120"
                                   << "F>A"
                                   << ""
                                   << "";
    QTest::newRow("cycle") << "F:function:30 A:app:10 B:app:45 X:app:20"
                           << "F>A A>B B>A B>X"
                           << ""
                           << "A:30:F:0 B:30:F:15 F:30:F:? X:30:F:0";
}

void tst_RtoBudget::cases()
{
    QFETCH(QString, elements);
    QFETCH(QString, dependencies);
    QFETCH(QString, groups);
    QFETCH(QString, budget);
    const auto snapshot = GraphSnapshot::fromRegister(registerFrom(elements, dependencies, groups));
    const SpofAnalysis spofs(*snapshot);
    const auto budgets = rtoBudget(*snapshot, spofs);
    QCOMPARE(text(*snapshot, budgets), budget);
    QCOMPARE(budgets, budgetByPropagation(*snapshot));
}

void tst_RtoBudget::shortfallRule()
{
    QCOMPARE(rtoShortfall(120, 60), std::optional<int>(60));
    QCOMPARE(rtoShortfall(60, 60), std::optional<int>(0));
    QCOMPARE(rtoShortfall(0, 60), std::optional<int>(0));
    QCOMPARE(rtoShortfall(GraphSnapshot::unknown, 60), std::nullopt);
    RtoBudget b;
    b.shortfallMin = 1;
    QVERIFY(b.isShort());
    b.shortfallMin = 0;
    QVERIFY(!b.isShort());
    b.shortfallMin.reset();
    QVERIFY(!b.isShort());
}

void tst_RtoBudget::randomAgainstPropagation()
{
    int elements = 0, withBudget = 0, shortfalls = 0;
    for (quint32 seed = 1; seed <= 300; ++seed) {
        const auto snapshot = GraphSnapshot::fromRegister(randomRecoveryRegister(seed, 10 + int(seed % 11) * 5));
        const SpofAnalysis spofs(*snapshot);
        const auto fast = rtoBudget(*snapshot, spofs);
        const auto reference = budgetByPropagation(*snapshot);
        if (fast != reference)
            QFAIL(qPrintable(QStringLiteral("seed %1: [%2], one propagation per element says [%3]")
                                 .arg(seed)
                                 .arg(text(*snapshot, fast), text(*snapshot, reference))));
        elements += snapshot->size();
        withBudget += int(fast.size());
        for (const RtoBudget &b : fast)
            shortfalls += b.isShort() ? 1 : 0;
    }
    qInfo("%d elements, %d with a budget, %d short", elements, withBudget, shortfalls);
    QVERIFY(withBudget > elements / 10);
    QVERIFY(shortfalls > 50);
}

QTEST_GUILESS_MAIN(tst_RtoBudget)
#include "tst_rtobudget.moc"
