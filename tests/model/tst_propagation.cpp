// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"
#include "model/analysis/components.h"
#include "model/analysis/concentration.h"
#include "model/analysis/impact.h"

#include <QTest>

using namespace bulwark;
using namespace bulwark::analysis;
using namespace bulwark::test;

/// Failure propagation and recovery, rule by rule (docs/semantics.md), and against the literal rules on random
/// registers.
class tst_Propagation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void randomAgainstNaive();
    void workspaceIsReset();
    void cycles();
    void dataLoss();
    void concentration();
};

void tst_Propagation::rules_data()
{
    QTest::addColumn<QString>("elements");
    QTest::addColumn<QString>("dependencies");
    QTest::addColumn<QString>("groups");
    QTest::addColumn<QString>("failed");
    QTest::addColumn<QString>("down");     // sorted keys, excluding failed ones
    QTest::addColumn<QString>("degraded"); // sorted keys
    QTest::addColumn<QString>("recovery"); // "KEY=minutes ..." for chosen elements, "?" for unknown

    QTest::newRow("hardChain") << "F:function A B:app:60"
                               << "F>A A>B"
                               << ""
                               << "B"
                               << "A F"
                               << ""
                               << "A=60 F=60";
    QTest::newRow("softDependencyDegrades") << "F:function A B:app:60"
                                            << "F>A~ A>B"
                                            << ""
                                            << "B"
                                            << "A"
                                            << "F"
                                            << "A=60 F=0";
    QTest::newRow("degradedPassesUpHardEdges") << "F:function A B:app:30"
                                               << "F>A A>B~"
                                               << ""
                                               << "B"
                                               << ""
                                               << "A F"
                                               << "A=0 F=0";
    QTest::newRow("groupLosesOneMember") << "F:function APP DC1:app:60 DC2:app:120"
                                         << "F>APP APP>DC1@dc APP>DC2@dc"
                                         << "APP@dc=1/15"
                                         << "DC1"
                                         << ""
                                         << "APP F"
                                         << "APP=15 F=15";
    QTest::newRow("groupLosesEveryMember") << "F:function APP DC1:app:60 DC2:app:120"
                                           << "F>APP APP>DC1@dc APP>DC2@dc"
                                           << "APP@dc=1/15"
                                           << "DC1 DC2"
                                           << "APP F"
                                           << ""
                                           << "APP=60 F=60";
    QTest::newRow("twoOfThreeLosesTwo") << "F:function APP A:app:10 B:app:50 C:app:90"
                                        << "F>APP APP>A@g APP>B@g APP>C@g"
                                        << "APP@g=2/5"
                                        << "A B"
                                        << "APP F"
                                        << ""
                                        << "APP=10 F=10";
    QTest::newRow("twoOfThreeLosesOne") << "F:function APP A:app:10 B:app:50 C:app:90"
                                        << "F>APP APP>A@g APP>B@g APP>C@g"
                                        << "APP@g=2/5"
                                        << "C"
                                        << ""
                                        << "APP F"
                                        << "APP=5 F=5";
    QTest::newRow("softMemberCountsForGroup") << "F:function APP A:app:10 B:app:20"
                                              << "F>APP APP>A~@g APP>B~@g"
                                              << "APP@g=1/0"
                                              << "A B"
                                              << "APP F"
                                              << ""
                                              << "APP=10 F=10";
    QTest::newRow("failoverOfZero") << "F:function APP A:app:10 B:app:20"
                                    << "F>APP APP>A@g APP>B@g"
                                    << "APP@g=1/0"
                                    << "A"
                                    << ""
                                    << "APP F"
                                    << "APP=0 F=0";
    QTest::newRow("hardCycle") << "F:function A B X:app:45"
                               << "F>A A>B B>A B>X"
                               << ""
                               << "X"
                               << "A B F"
                               << ""
                               << "A=45 B=45 F=45";
    QTest::newRow("providerFailure") << "F:function APP SVC PRV:app:240"
                                     << "F>APP APP>SVC SVC>PRV"
                                     << ""
                                     << "PRV"
                                     << "APP F SVC"
                                     << ""
                                     << "F=240";
    QTest::newRow("failedElementWaitsForItsDependencies") << "F:function A:app:10 B:app:90"
                                                          << "F>A A>B"
                                                          << ""
                                                          << "A B"
                                                          << "F"
                                                          << ""
                                                          << "A=90 F=90";
    QTest::newRow("unknownRto") << "F:function A B"
                                << "F>A A>B"
                                << ""
                                << "B"
                                << "A F"
                                << ""
                                << "A=? F=?";
    QTest::newRow("unrelatedStaysUp") << "F:function G:function A B:app:5"
                                      << "F>A G>B"
                                      << ""
                                      << "A"
                                      << "F"
                                      << ""
                                      << "G=0";
}

void tst_Propagation::rules()
{
    QFETCH(QString, elements);
    QFETCH(QString, dependencies);
    QFETCH(QString, groups);
    QFETCH(QString, failed);
    QFETCH(QString, down);
    QFETCH(QString, degraded);
    QFETCH(QString, recovery);
    const auto snapshot = GraphSnapshot::fromRegister(registerFrom(elements, dependencies, groups));
    QStringList unknown;
    const std::vector<int> failedSet = snapshot->indicesOf(failed.split(u' '), &unknown);
    QVERIFY(unknown.isEmpty());
    const ImpactResult result = analyseImpact(*snapshot, failedSet);
    auto keys = [&](const std::vector<int> &list, bool skipFailed) {
        QStringList out;
        for (const int v : list) {
            if (!skipFailed || !std::binary_search(failedSet.begin(), failedSet.end(), v))
                out << snapshot->key(v);
        }
        return out.join(u' ');
    };
    QCOMPARE(keys(result.down, true), down);
    QCOMPARE(keys(result.degraded, false), degraded);
    for (const QString &item : recovery.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u'=');
        const int v = snapshot->indexOf(parts[0]);
        const int minutes = result.recovery[std::size_t(v)];
        const QString actual = minutes == Propagator::unknownRecovery ? QStringLiteral("?") : QString::number(minutes);
        QVERIFY2(actual == parts[1], qPrintable(QStringLiteral("%1: %2, expected %3").arg(parts[0], actual, parts[1])));
    }
}

void tst_Propagation::randomAgainstNaive()
{
    for (quint32 seed = 1; seed <= 60; ++seed) {
        const auto snapshot = GraphSnapshot::fromRegister(randomRegister(seed, 40 + int(seed % 5) * 15, 3));
        Propagator propagator(*snapshot);
        QRandomGenerator random(seed * 7919);
        for (int round = 0; round < 20; ++round) {
            std::vector<int> failed;
            const int count = 1 + int(random.bounded(3));
            for (int i = 0; i < count; ++i)
                failed.push_back(int(random.bounded(snapshot->size())));
            const auto expected = naivePropagation(*snapshot, failed);
            const auto &actual = propagator.run(failed);
            for (int v = 0; v < snapshot->size(); ++v) {
                if (actual[std::size_t(v)] != expected[std::size_t(v)])
                    QFAIL(qPrintable(QStringLiteral("seed %1 round %2: %3 is %4, the rules say %5")
                                         .arg(seed)
                                         .arg(round)
                                         .arg(snapshot->key(v))
                                         .arg(int(actual[std::size_t(v)]))
                                         .arg(int(expected[std::size_t(v)]))));
            }
        }
    }
}

void tst_Propagation::workspaceIsReset()
{
    const auto snapshot = GraphSnapshot::fromRegister(registerFrom(QStringLiteral("F:function APP DC1 DC2"),
                                                                   QStringLiteral("F>APP APP>DC1@dc APP>DC2@dc"),
                                                                   QStringLiteral("APP@dc=1/15")));
    Propagator propagator(*snapshot);
    const int dc1 = snapshot->indexOf(QStringLiteral("DC1"));
    const int dc2 = snapshot->indexOf(QStringLiteral("DC2"));
    const int f = snapshot->indexOf(QStringLiteral("F"));
    const int one[] = {dc1};
    const int other[] = {dc2};
    QCOMPARE(propagator.run(one)[std::size_t(f)], State::Degraded);
    // A second single failure must not see the first one's lost member.
    QCOMPARE(propagator.run(other)[std::size_t(f)], State::Degraded);
    const int both[] = {dc1, dc2};
    QCOMPARE(propagator.run(both)[std::size_t(f)], State::Down);
    QCOMPARE(propagator.run(std::span<const int>())[std::size_t(f)], State::Up);
}

void tst_Propagation::cycles()
{
    const auto snapshot = GraphSnapshot::fromRegister(
        registerFrom(QStringLiteral("A B C D E S"), QStringLiteral("A>B B>C C>A~ C>D D>E S>S")));
    const auto found = findCycles(*snapshot);
    QCOMPARE(found.size(), std::size_t(2));
    QStringList first;
    for (const int v : found[0])
        first << snapshot->key(v);
    QCOMPARE(first, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(snapshot->key(found[1].front()), QStringLiteral("S"));
}

void tst_Propagation::dataLoss()
{
    // F needs APP, APP needs DS1 (RPO 15) and, softly, DS2 (RPO 60); both stores run on HOST.
    RegisterData data = registerFrom(QStringLiteral("F:function:240 APP DS1 DS2 HOST:app:120 OTHER"),
                                     QStringLiteral("F>APP APP>DS1 APP>DS2~ DS1>HOST DS2>HOST OTHER>HOST"));
    for (Element &e : data.elements) {
        if (e.key.startsWith(u"DS"))
            e.kind = ElementKind::DataStore;
        if (e.key == u"DS1")
            e.rpoMin = 15;
        if (e.key == u"DS2")
            e.rpoMin = 60;
        if (e.key == u"F")
            e.mtdlMin = 30;
    }
    const auto snapshot = GraphSnapshot::fromRegister(data);
    const int failed[] = {snapshot->indexOf(QStringLiteral("HOST"))};
    const ImpactResult result = analyseImpact(*snapshot, failed);
    QCOMPARE(result.functions.size(), std::size_t(1));
    const FunctionImpact &f = result.functions.front();
    QCOMPARE(f.lostDataStores.size(), std::size_t(2)); // a soft path still loses the store's data
    QCOMPARE(f.dataLossMin, 60);
    QCOMPARE(f.dataLossToleranceMin, 30);
    QCOMPARE(f.dataLossWithinTolerance, std::optional<bool>(false));
    QCOMPARE(f.recoveryMin, 120);
    QVERIFY(result.breachesTolerance(*snapshot, true));
    QVERIFY(!result.breachesTolerance(*snapshot, false)); // 120 <= 240
}

void tst_Propagation::concentration()
{
    // Two critical functions; F1 rests on P1 only, F2 on P1 and (softly) on P2. S1, S2 are ICT services.
    RegisterData data = registerFrom(QStringLiteral("F1:function F2:function S1 S2 P1 P2 L"),
                                     QStringLiteral("F1>S1 F2>S1 F2>S2~ S1>P1 S2>P2 P1>L P2>L"));
    for (Element &e : data.elements) {
        if (e.key.startsWith(u"S"))
            e.kind = ElementKind::IctService;
        if (e.key.startsWith(u"P")) {
            e.kind = ElementKind::Provider;
            e.country = e.key == u"P1" ? QStringLiteral("DE") : QStringLiteral("IE");
        }
        if (e.key == u"L")
            e.kind = ElementKind::Location;
    }
    const auto snapshot = GraphSnapshot::fromRegister(data);
    const ConcentrationResult r = analyseConcentration(*snapshot);
    QCOMPARE(r.criticalFunctionCount, 2);
    QCOMPARE(r.ictServiceCount, 2);
    QCOMPARE(r.providers.size(), std::size_t(2));
    QCOMPARE(r.providers[0].criticalFunctions, 2); // P1
    QCOMPARE(r.providers[0].criticalShare, 1.0);
    QCOMPARE(r.providers[1].criticalFunctions, 1); // P2
    QCOMPARE(r.providers[1].ictServices, 1);
    QCOMPARE(r.locations.front().criticalFunctions, 2);
    // Shares by critical functions: P1 2/3, P2 1/3 -> 66.7^2 + 33.3^2 = 5555.6
    QVERIFY(qAbs(r.hhiProvidersByCriticalFunctions - 50000.0 / 9.0) < 1e-6);
    QCOMPARE(r.hhiProvidersByIctServices, 5000.0); // one service each
    QCOMPARE(r.countries.size(), std::size_t(2));
    QCOMPARE(r.countries[0].country, QStringLiteral("DE"));
}

QTEST_GUILESS_MAIN(tst_Propagation)
#include "tst_propagation.moc"
