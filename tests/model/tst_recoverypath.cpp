// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"
#include "model/analysis/impact.h"
#include "model/analysis/recoverypath.h"
#include "randomregister_recovery.h"

#include <QTest>

using namespace bulwark;
using namespace bulwark::analysis;
using namespace bulwark::test;

namespace {

/// The rules of docs/semantics.md ("Recovery path") written out literally, from the states and times alone.
struct Rules {
    const GraphSnapshot &s;
    const Propagator &p;
    const std::vector<int> &r;

    int time(int v) const { return r[std::size_t(v)]; }
    bool isDown(int v) const { return p.state(v) == State::Down; }
    /// Members of group g (of its owner): not down count, and the member times (down: R, else 0).
    void group(int g, int &notDown, std::vector<int> &times) const
    {
        notDown = 0;
        times.clear();
        const int u = s.groupOwner(g);
        for (int e = s.outBegin(u); e < s.outEnd(u); ++e) {
            if (s.edgeGroup(e) != g)
                continue;
            const int m = s.target(e);
            notDown += isDown(m) ? 0 : 1;
            times.push_back(isDown(m) ? time(m) : 0);
        }
        std::sort(times.begin(), times.end());
    }
    bool isStep(int u, int e) const
    {
        const int w = s.target(e);
        if (p.state(u) == State::Up || time(u) <= 0 || time(w) != time(u))
            return false;
        const int g = s.edgeGroup(e);
        if (g < 0)
            return s.isHard(e);
        int notDown = 0;
        std::vector<int> times;
        group(g, notDown, times);
        return isDown(w) && notDown < s.groupMinUp(g) && times[std::size_t(s.groupMinUp(g) - 1)] == time(u);
    }
    std::optional<RecoveryPathEnd> end(int v) const
    {
        const int t = time(v);
        if (p.state(v) == State::Up || t <= 0)
            return std::nullopt;
        if (p.isFailed(v) && (s.rtoMin(v) < 0 ? Propagator::unknownRecovery : s.rtoMin(v)) == t)
            return RecoveryPathEnd{RecoveryPathEnd::Kind::Rto, v, -1, t};
        std::optional<RecoveryPathEnd> best;
        for (int g = 0; g < s.groupCount(); ++g) {
            if (s.groupOwner(g) != v)
                continue;
            int notDown = 0;
            std::vector<int> times;
            group(g, notDown, times);
            const bool lostOne = notDown < int(times.size());
            if (lostOne && notDown >= s.groupMinUp(g) && s.groupFailoverMin(g) == t
                && (!best || s.groupName(g) < s.groupName(best->group)))
                best = RecoveryPathEnd{RecoveryPathEnd::Kind::Failover, v, g, t};
        }
        return best;
    }
    /// Every simple chain of steps from f that stops at the first end; the shortest, then the smallest keys.
    std::vector<int> bruteForcePath(int f) const
    {
        std::vector<int> best, chain{f};
        std::vector<bool> on(std::size_t(s.size()), false);
        on[std::size_t(f)] = true;
        const auto better = [&](const std::vector<int> &a) {
            if (best.empty() || a.size() != best.size())
                return best.empty() || a.size() < best.size();
            return std::lexicographical_compare(
                a.begin(), a.end(), best.begin(), best.end(), [&](int x, int y) { return s.key(x) < s.key(y); });
        };
        std::function<void(int)> walk = [&](int v) {
            if (end(v)) {
                if (better(chain))
                    best = chain;
                return;
            }
            for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
                const int w = s.target(e);
                if (on[std::size_t(w)] || !isStep(v, e))
                    continue;
                on[std::size_t(w)] = true;
                chain.push_back(w);
                walk(w);
                chain.pop_back();
                on[std::size_t(w)] = false;
            }
        };
        if (time(f) > 0)
            walk(f);
        return best;
    }
};

QString keys(const GraphSnapshot &s, const std::vector<int> &list)
{
    QStringList out;
    for (const int v : list)
        out << s.key(v);
    return out.join(u' ');
}

QString endText(const GraphSnapshot &s, const std::optional<RecoveryPathEnd> &end)
{
    if (!end)
        return {};
    if (end->kind == RecoveryPathEnd::Kind::Rto)
        return QStringLiteral("rto %1").arg(s.key(end->element));
    return QStringLiteral("failover %1 %2").arg(s.key(end->element), s.groupName(end->group));
}

/// The data-loss walk as it was before the one-pass version: per function, every affected element it reaches.
void dataLossByWalk(const GraphSnapshot &s, const Propagator &p, FunctionImpact &f)
{
    std::vector<bool> seen(std::size_t(s.size()), false);
    std::vector<int> stack{f.element};
    seen[std::size_t(f.element)] = true;
    f.lostDataStores.clear();
    f.dataLossMin = 0;
    while (!stack.empty()) {
        const int w = stack.back();
        stack.pop_back();
        if (s.kind(w) == ElementKind::DataStore && p.state(w) == State::Down) {
            f.lostDataStores.push_back(w);
            const int rpo = s.rpoMin(w);
            f.dataLossMin = rpo == GraphSnapshot::unknown ? Propagator::unknownRecovery : std::max(f.dataLossMin, rpo);
        }
        for (int e = s.outBegin(w); e < s.outEnd(w); ++e) {
            const int d = s.target(e);
            if (!seen[std::size_t(d)] && p.state(d) != State::Up) {
                seen[std::size_t(d)] = true;
                stack.push_back(d);
            }
        }
    }
    std::sort(f.lostDataStores.begin(), f.lostDataStores.end());
}

} // namespace

/// The recovery path (docs/semantics.md, "Recovery path"): hand cases, and against every simple chain on random
/// registers with groups and cycles; the one-pass data-loss walk against the per-function walk.
class tst_RecoveryPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data();
    void cases();
    void detailKeepsTimes();
    void randomAgainstBruteForce();
    void dataLossAgainstWalk();
};

void tst_RecoveryPath::cases_data()
{
    QTest::addColumn<QString>("elements");
    QTest::addColumn<QString>("dependencies");
    QTest::addColumn<QString>("groups");
    QTest::addColumn<QString>("failed");
    QTest::addColumn<QString>("path"); // of F
    QTest::addColumn<QString>("end");

    QTest::newRow("hardChain") << "F:function A B:app:60"
                               << "F>A A>B"
                               << ""
                               << "B"
                               << "F A B"
                               << "rto B";
    QTest::newRow("failoverKept") << "F:function:240 APP DC1:app:60 DC2:app:120"
                                  << "F>APP APP>DC1@dc APP>DC2@dc"
                                  << "APP@dc=1/15"
                                  << "DC1"
                                  << "F APP"
                                  << "failover APP dc";
    QTest::newRow("quorumLostGoesToDecidingMember") << "F:function:240 APP DC1:app:60 DC2:app:120"
                                                    << "F>APP APP>DC1@dc APP>DC2@dc"
                                                    << "APP@dc=1/15"
                                                    << "DC1 DC2"
                                                    << "F APP DC1"
                                                    << "rto DC1";
    QTest::newRow("failedWaitsForDependency") << "F:function A:app:10 B:app:90"
                                              << "F>A A>B"
                                              << ""
                                              << "A B"
                                              << "F A B"
                                              << "rto B";
    QTest::newRow("failedWithOwnRtoStops") << "F:function A:app:90 B:app:90"
                                           << "F>A A>B"
                                           << ""
                                           << "A B"
                                           << "F A"
                                           << "rto A";
    QTest::newRow("softIsNoStep") << "F:function A B:app:60"
                                  << "F>A~ A>B"
                                  << ""
                                  << "B"
                                  << ""
                                  << "";
    QTest::newRow("tieSmallerKeyWins") << "F:function A B C:app:60"
                                       << "F>B F>A A>C B>C"
                                       << ""
                                       << "C"
                                       << "F A C"
                                       << "rto C";
    QTest::newRow("shorterBeatsSmallerKey") << "F:function A B C:app:60"
                                            << "F>A A>B B>C F>C"
                                            << ""
                                            << "C"
                                            << "F C"
                                            << "rto C";
    // A needs B and C, B needs A: greedy smallest-key would go A > B > A; the shortest chain leaves the cycle at C.
    QTest::newRow("cycleIsLeft") << "F:function A B C:app:60"
                                 << "F>A A>B A>C B>A"
                                 << ""
                                 << "C"
                                 << "F A C"
                                 << "rto C";
    QTest::newRow("memberOfKeptGroupIsNoStep") << "F:function APP DC1:app:15 DC2:app:120"
                                               << "F>APP APP>DC1@dc APP>DC2@dc"
                                               << "APP@dc=1/15"
                                               << "DC1"
                                               << "F APP"
                                               << "failover APP dc";
    QTest::newRow("twoOfThree") << "F:function APP A:app:10 B:app:50 C:app:90"
                                << "F>APP APP>A@g APP>B@g APP>C@g"
                                << "APP@g=2/5"
                                << "A B"
                                << "F APP A"
                                << "rto A";
    QTest::newRow("rtoBeatsFailover") << "F:function APP:app:15 DC1:app:60 DC2:app:120"
                                      << "F>APP APP>DC1@dc APP>DC2@dc"
                                      << "APP@dc=1/15"
                                      << "APP DC1"
                                      << "F APP"
                                      << "rto APP";
    QTest::newRow("unknownRto") << "F:function A B"
                                << "F>A A>B"
                                << ""
                                << "B"
                                << "F A B"
                                << "rto B";
    QTest::newRow("functionFailedItself") << "F:function A"
                                          << "F>A"
                                          << ""
                                          << "F"
                                          << "F"
                                          << "rto F";
}

void tst_RecoveryPath::cases()
{
    QFETCH(QString, elements);
    QFETCH(QString, dependencies);
    QFETCH(QString, groups);
    QFETCH(QString, failed);
    QFETCH(QString, path);
    QFETCH(QString, end);
    const auto snapshot = GraphSnapshot::fromRegister(registerFrom(elements, dependencies, groups));
    QStringList unknown;
    const std::vector<int> failedSet = snapshot->indicesOf(failed.split(u' '), &unknown);
    QVERIFY(unknown.isEmpty());
    const ImpactResult result = analyseImpact(*snapshot, failedSet);
    const int f = snapshot->indexOf(QStringLiteral("F"));
    const auto it = std::find_if(
        result.functions.begin(), result.functions.end(), [&](const FunctionImpact &x) { return x.element == f; });
    QVERIFY(it != result.functions.end());
    QCOMPARE(keys(*snapshot, it->recoveryPath.elements), path);
    QCOMPARE(endText(*snapshot, it->recoveryPath.end), end);
    if (it->recoveryPath.end)
        QCOMPARE(it->recoveryPath.end->timeMin, it->recoveryMin);
}

void tst_RecoveryPath::detailKeepsTimes()
{
    for (quint32 seed = 1; seed <= 100; ++seed) {
        const auto snapshot = GraphSnapshot::fromRegister(randomRecoveryRegister(seed, 30));
        Propagator propagator(*snapshot);
        QRandomGenerator random(seed);
        const int failed[] = {int(random.bounded(snapshot->size())), int(random.bounded(snapshot->size()))};
        propagator.run(failed);
        QCOMPARE(propagator.recoveryDetail().times, propagator.recoveryTimes());
    }
}

void tst_RecoveryPath::randomAgainstBruteForce()
{
    int compared = 0, nonTrivial = 0, failovers = 0;
    for (quint32 seed = 1; seed <= 400; ++seed) {
        const auto snapshot = GraphSnapshot::fromRegister(randomRecoveryRegister(seed, 6 + int(seed % 7)));
        const GraphSnapshot &s = *snapshot;
        Propagator propagator(s);
        QRandomGenerator random(seed * 31);
        for (int round = 0; round < 6; ++round) {
            std::vector<int> failed;
            const int count = 1 + int(random.bounded(3));
            for (int i = 0; i < count; ++i)
                failed.push_back(int(random.bounded(s.size())));
            propagator.run(failed);
            const RecoveryDetail detail = propagator.recoveryDetail();
            const RecoveryPaths paths(s, propagator, detail);
            const Rules rules{s, propagator, detail.times};
            for (int v = 0; v < s.size(); ++v) {
                // Every affected element with a time has a path; the others have none.
                const bool hasTime = propagator.state(v) != State::Up && detail.times[std::size_t(v)] > 0;
                QVERIFY2(hasTime == (paths.distance(v) >= 0),
                         qPrintable(QStringLiteral("seed %1 round %2: %3").arg(seed).arg(round).arg(s.key(v))));
                const RecoveryPath path = paths.pathOf(v);
                const std::vector<int> expected = rules.bruteForcePath(v);
                if (path.elements != expected)
                    QFAIL(qPrintable(QStringLiteral("seed %1 round %2, %3: path [%4], every chain says [%5]")
                                         .arg(seed)
                                         .arg(round)
                                         .arg(s.key(v), keys(s, path.elements), keys(s, expected))));
                // Each step and the end obey the rules.
                for (std::size_t i = 0; i + 1 < path.elements.size(); ++i) {
                    const int a = path.elements[i], b = path.elements[i + 1];
                    bool step = false;
                    for (int e = s.outBegin(a); e < s.outEnd(a); ++e)
                        step = step || (s.target(e) == b && rules.isStep(a, e));
                    QVERIFY(step);
                    QVERIFY(!rules.end(a));
                }
                QCOMPARE(path.end, expected.empty() ? std::nullopt : rules.end(expected.back()));
                if (path.end) {
                    QCOMPARE(path.end->timeMin, detail.times[std::size_t(v)]);
                    failovers += path.end->kind == RecoveryPathEnd::Kind::Failover ? 1 : 0;
                }
                ++compared;
                nonTrivial += path.elements.size() >= 3 ? 1 : 0;
            }
        }
    }
    qInfo("%d paths compared, %d with two or more steps, %d ending at a failover", compared, nonTrivial, failovers);
    QVERIFY(nonTrivial > 200); // the random registers must exercise chains
    QVERIFY(failovers > 50);
}

void tst_RecoveryPath::dataLossAgainstWalk()
{
    int functions = 0, losing = 0;
    for (quint32 seed = 1; seed <= 300; ++seed) {
        const auto snapshot = GraphSnapshot::fromRegister(randomRecoveryRegister(seed, 20 + int(seed % 9) * 12));
        const GraphSnapshot &s = *snapshot;
        QRandomGenerator random(seed * 17);
        for (int round = 0; round < 5; ++round) {
            std::vector<int> failed;
            const int count = 1 + int(random.bounded(4));
            for (int i = 0; i < count; ++i)
                failed.push_back(int(random.bounded(s.size())));
            const ImpactResult result = analyseImpact(s, failed);
            Propagator propagator(s);
            propagator.run(failed);
            for (const FunctionImpact &f : result.functions) {
                FunctionImpact expected = f;
                dataLossByWalk(s, propagator, expected);
                QCOMPARE(f.lostDataStores, expected.lostDataStores);
                QCOMPARE(f.dataLossMin, expected.dataLossMin);
                ++functions;
                losing += f.lostDataStores.empty() ? 0 : 1;
            }
        }
    }
    qInfo("%d functions compared, %d losing data", functions, losing);
    QVERIFY(losing > functions / 5);
}

QTEST_GUILESS_MAIN(tst_RecoveryPath)
#include "tst_recoverypath.moc"
