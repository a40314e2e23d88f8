// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"
#include "model/analysis/spofanalysis.h"

#include <QTest>

using namespace bulwark;
using namespace bulwark::analysis;
using namespace bulwark::test;

/// Single points of failure: hand-made cases and the kill-graph algorithm against one propagation per candidate.
class tst_Spof : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data();
    void cases();
    void randomAgainstBruteForce();
};

void tst_Spof::cases_data()
{
    QTest::addColumn<QString>("elements");
    QTest::addColumn<QString>("dependencies");
    QTest::addColumn<QString>("groups");
    QTest::addColumn<QString>("spofs"); // of F
    QTest::newRow("hardChain") << "F:function A B"
                               << "F>A A>B"
                               << ""
                               << "A B";
    QTest::newRow("softIsNoSpof") << "F:function A B"
                                  << "F>A A>B~"
                                  << ""
                                  << "A";
    QTest::newRow("redundantPair") << "F:function APP DC1 DC2"
                                   << "F>APP APP>DC1@dc APP>DC2@dc"
                                   << "APP@dc=1/15"
                                   << "APP";
    QTest::newRow("sharedBelowRedundancy") << "F:function APP DC1 DC2 P"
                                           << "F>APP APP>DC1@dc APP>DC2@dc DC1>P DC2>P"
                                           << "APP@dc=1/15"
                                           << "APP P";
    QTest::newRow("twoOfTwo") << "F:function APP DC1 DC2"
                              << "F>APP APP>DC1@dc APP>DC2@dc"
                              << "APP@dc=2/0"
                              << "APP DC1 DC2";
    QTest::newRow("twoOfThreeWithSharedPair") << "F:function APP A B C P"
                                              << "F>APP APP>A@g APP>B@g APP>C@g A>P B>P"
                                              << "APP@g=2/0"
                                              << "APP P";
    QTest::newRow("cycleThroughGroup") << "F:function A B C X"
                                       << "F>A A>B@g A>C@g B>X C>X B>A"
                                       << "A@g=1/0"
                                       << "A X";
    QTest::newRow("nestedGroups") << "F:function A B C D E"
                                  << "F>A A>B@g A>C@g B>D@h B>E@h C>D@i C>E@i"
                                  << "A@g=1/0 B@h=1/0 C@i=1/0"
                                  << "A";
}

void tst_Spof::cases()
{
    QFETCH(QString, elements);
    QFETCH(QString, dependencies);
    QFETCH(QString, groups);
    QFETCH(QString, spofs);
    const auto snapshot = GraphSnapshot::fromRegister(registerFrom(elements, dependencies, groups));
    const int f = snapshot->indexOf(QStringLiteral("F"));
    const SpofAnalysis analysis(*snapshot);
    QStringList keys;
    for (const int v : analysis.spofsOf(f))
        keys << snapshot->key(v);
    QCOMPARE(keys.join(u' '), spofs);
    QCOMPARE(analysis.spofsOf(f), SpofAnalysis::bruteForce(*snapshot, f));
}

void tst_Spof::randomAgainstBruteForce()
{
    int compared = 0, nonEmpty = 0;
    for (quint32 seed = 1; seed <= 80; ++seed) {
        const auto snapshot
            = GraphSnapshot::fromRegister(randomRegister(seed, 30 + int(seed % 6) * 12, 2 + int(seed % 3)));
        const SpofAnalysis analysis(*snapshot);
        for (int v = 0; v < snapshot->size(); ++v) {
            const auto fast = analysis.spofsOf(v);
            const auto reference = SpofAnalysis::bruteForce(*snapshot, v);
            if (fast != reference) {
                QStringList a, b;
                for (const int x : fast)
                    a << snapshot->key(x);
                for (const int x : reference)
                    b << snapshot->key(x);
                QFAIL(qPrintable(QStringLiteral("seed %1, %2: kill graph says [%3], brute force [%4]")
                                     .arg(seed)
                                     .arg(snapshot->key(v), a.join(u' '), b.join(u' '))));
            }
            ++compared;
            nonEmpty += fast.empty() ? 0 : 1;
        }
    }
    qInfo("%d elements compared, %d with SPOFs", compared, nonEmpty);
    QVERIFY(nonEmpty > compared / 4); // the random registers must actually exercise the algorithm
}

QTEST_GUILESS_MAIN(tst_Spof)
#include "tst_spof.moc"
