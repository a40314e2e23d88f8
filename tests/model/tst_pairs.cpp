// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Double failures (issue 16): the minimal failure pairs of a function, by hand and against propagating every pair.
#include "graphbuilder.h"
#include "model/analysis/spofanalysis.h"

#include <QTest>

using namespace bulwark;
using namespace bulwark::analysis;
using namespace bulwark::test;

class tst_Pairs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data();
    void cases();
    void limitKeepsTheFirstAndTheExactCount();
    void randomAgainstBruteForce();
    void functionsOnTwoThreads();

private:
    static QString text(const GraphSnapshot &s, const std::vector<std::pair<int, int>> &pairs);
};

QString tst_Pairs::text(const GraphSnapshot &s, const std::vector<std::pair<int, int>> &pairs)
{
    QStringList list;
    for (const auto &[a, b] : pairs)
        list << s.key(a) + u',' + s.key(b);
    return list.join(u' ');
}

void tst_Pairs::cases_data()
{
    QTest::addColumn<QString>("elements");
    QTest::addColumn<QString>("dependencies");
    QTest::addColumn<QString>("groups");
    QTest::addColumn<QString>("pairs"); // of F
    // The table of docs/semantics.md, "Double failures".
    QTest::newRow("redundantPair") << "F:function APP DC1 DC2"
                                   << "F>APP APP>DC1@g APP>DC2@g"
                                   << "APP@g=1"
                                   << "DC1,DC2";
    QTest::newRow("redundantPairWithProviders") << "F:function APP DC1 DC2 P1 P2"
                                                << "F>APP APP>DC1@g APP>DC2@g DC1>P1 DC2>P2"
                                                << "APP@g=1"
                                                << "DC1,DC2 DC1,P2 DC2,P1 P1,P2";
    QTest::newRow("twoOfThree") << "F:function APP A B C"
                                << "F>APP APP>A@g APP>B@g APP>C@g"
                                << "APP@g=2"
                                << "A,B A,C B,C";
    QTest::newRow("hardOnlyHasNone") << "F:function A B"
                                     << "F>A F>B"
                                     << ""
                                     << "";
    QTest::newRow("softIsOnlyDegraded") << "F:function A X Y"
                                        << "F>A~ A>X@g A>Y@g"
                                        << "A@g=1"
                                        << "";
    QTest::newRow("memberNeedsTheOther") << "F:function APP A B"
                                         << "F>APP APP>A@g APP>B@g A>B"
                                         << "APP@g=1"
                                         << "";
    QTest::newRow("cycleOfMembers") << "F:function A B C X"
                                    << "F>G G>A@g G>B@g G>C@g A>B B>A C>X"
                                    << "G@g=1"
                                    << "A,C A,X B,C B,X";
    // More hand cases.
    QTest::newRow("softMemberCounts") << "F:function APP A B C"
                                      << "F>APP APP>A@g APP>B~@g APP>C@g"
                                      << "APP@g=2"
                                      << "A,B A,C B,C";
    QTest::newRow("twoGroupsOfOneOwner") << "F:function APP A B C D"
                                         << "F>APP APP>A@g APP>B@g APP>C@h APP>D@h"
                                         << "APP@g=1 APP@h=1"
                                         << "A,B C,D";
    QTest::newRow("nestedGroup") << "F:function APP A B C D"
                                 << "F>APP APP>A@g APP>B@g A>C@h A>D@h B>D"
                                 << "APP@g=1 A@h=1"
                                 << "A,B A,D C,D";
    QTest::newRow("noSpareGroupPassesAPair") << "F:function APP A B C D"
                                             << "F>APP APP>A@g APP>B@g A>C@h A>D@h"
                                             << "APP@g=1 A@h=2"
                                             << "A,B B,C B,D";
    QTest::newRow("noSpareAloneHasNone") << "F:function APP A B"
                                         << "F>APP APP>A@g APP>B@g"
                                         << "APP@g=2"
                                         << "";
    QTest::newRow("pairInsideHardCycle") << "F:function A B X Y"
                                         << "F>A A>B B>A B>X@g B>Y@g"
                                         << "B@g=1"
                                         << "X,Y";
}

void tst_Pairs::cases()
{
    QFETCH(QString, elements);
    QFETCH(QString, dependencies);
    QFETCH(QString, groups);
    QFETCH(QString, pairs);
    // "F>G ..." rows name elements only in their dependencies: add them.
    QStringList all = elements.split(u' ', Qt::SkipEmptyParts);
    QStringList keys;
    for (const QString &e : std::as_const(all))
        keys << e.section(u':', 0, 0);
    for (const QString &d : dependencies.split(u' ', Qt::SkipEmptyParts)) {
        for (const QString &end : d.section(u'@', 0, 0).remove(u'~').split(u'>')) {
            if (!keys.contains(end)) {
                keys << end;
                all << end;
            }
        }
    }
    const auto snapshot = GraphSnapshot::fromRegister(registerFrom(all.join(u' '), dependencies, groups));
    const int f = snapshot->indexOf(QStringLiteral("F"));
    const SpofAnalysis analysis(*snapshot);
    SpofAnalysis::Workspace workspace(*snapshot);
    const FailurePairs found = analysis.pairsOf(f, SpofAnalysis::noLimit, workspace);
    QCOMPARE(text(*snapshot, found.pairs), pairs);
    QCOMPARE(found.count, found.pairs.size());
    QCOMPARE(text(*snapshot, SpofAnalysis::pairsBruteForce(*snapshot, f)), pairs);
}

void tst_Pairs::limitKeepsTheFirstAndTheExactCount()
{
    const auto snapshot
        = GraphSnapshot::fromRegister(registerFrom(QStringLiteral("F:function APP DC1 DC2 P1 P2"),
                                                   QStringLiteral("F>APP APP>DC1@g APP>DC2@g DC1>P1 DC2>P2"),
                                                   QStringLiteral("APP@g=1")));
    const SpofAnalysis analysis(*snapshot);
    SpofAnalysis::Workspace workspace(*snapshot);
    const int f = snapshot->indexOf(QStringLiteral("F"));
    FailurePairs two = analysis.pairsOf(f, 2, workspace);
    QCOMPARE(two.count, std::size_t(4));
    QCOMPARE(text(*snapshot, two.pairs), QStringLiteral("DC1,DC2 DC1,P2"));
    FailurePairs none = analysis.pairsOf(f, 0, workspace);
    QCOMPARE(none.count, std::size_t(4));
    QVERIFY(none.pairs.empty());
}

void tst_Pairs::randomAgainstBruteForce()
{
    int functions = 0, withPairs = 0;
    std::size_t total = 0;
    for (quint32 seed = 1; seed <= 300; ++seed) {
        const int n = 10 + int(seed % 51);
        const auto snapshot = GraphSnapshot::fromRegister(randomRegisterWithProviders(seed, n));
        const SpofAnalysis analysis(*snapshot);
        SpofAnalysis::Workspace workspace(*snapshot);
        // Every function and a few other elements (any element works as "the function").
        for (int v = 0; v < snapshot->size(); ++v) {
            if (!snapshot->isFunction(v) && v % 5 != 1)
                continue;
            const FailurePairs fast = analysis.pairsOf(v, SpofAnalysis::noLimit, workspace);
            const auto reference = SpofAnalysis::pairsBruteForce(*snapshot, v);
            if (fast.pairs != reference || fast.count != reference.size())
                QFAIL(qPrintable(QStringLiteral("seed %1 (n %2), %3: pairsOf [%4] (count %5), brute force [%6]")
                                     .arg(seed)
                                     .arg(n)
                                     .arg(snapshot->key(v), text(*snapshot, fast.pairs))
                                     .arg(fast.count)
                                     .arg(text(*snapshot, reference))));
            // Every element of a pair degrades the function alone (and does not put it down).
            Propagator propagator(*snapshot);
            for (const auto &[a, b] : fast.pairs) {
                for (const int x : {a, b}) {
                    const int failed[] = {x};
                    QCOMPARE(propagator.run(failed)[std::size_t(v)], State::Degraded);
                }
            }
            ++functions;
            withPairs += fast.count > 0 ? 1 : 0;
            total += fast.count;
        }
    }
    qInfo("%d elements compared, %d with pairs, %zu pairs", functions, withPairs, total);
    QVERIFY(withPairs > functions / 5); // the registers must exercise the algorithm
}

void tst_Pairs::functionsOnTwoThreads()
{
    const auto snapshot = GraphSnapshot::fromRegister(randomRegisterWithProviders(77, 120));
    const SpofAnalysis analysis(*snapshot);
    std::vector<int> all(std::size_t(snapshot->size()));
    for (int v = 0; v < snapshot->size(); ++v)
        all[std::size_t(v)] = v;
    std::vector<FailurePairs> parallel;
    QVERIFY(pairsOfFunctions(*snapshot, analysis, all, 3, [&](FailurePairs &&p) { parallel.push_back(std::move(p)); }));
    QCOMPARE(parallel.size(), all.size());
    SpofAnalysis::Workspace workspace(*snapshot);
    std::size_t total = 0;
    for (int v = 0; v < snapshot->size(); ++v) {
        const FailurePairs one = analysis.pairsOf(v, 3, workspace);
        QCOMPARE(parallel[std::size_t(v)].function, v);
        QCOMPARE(parallel[std::size_t(v)].count, one.count);
        QCOMPARE(parallel[std::size_t(v)].pairs, one.pairs);
        total += one.count;
    }
    QVERIFY(total > 0);
    // Critical functions' counts, and a cancel.
    const auto counts = criticalPairCounts(*snapshot, analysis);
    for (const FailurePairs &p : counts) {
        QVERIFY(snapshot->isCritical(p.function));
        QCOMPARE(p.count, parallel[std::size_t(p.function)].count);
        QVERIFY(p.pairs.empty());
    }
    Feedback canceled;
    canceled.cancel();
    QVERIFY(criticalPairCounts(*snapshot, analysis, &canceled).empty());
}

QTEST_GUILESS_MAIN(tst_Pairs)
#include "tst_pairs.moc"
