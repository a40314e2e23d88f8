// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"
#include "model/analysis/blastmap.h"
#include "model/analysis/impact.h"

#include <QTest>

#include <numeric>

using namespace bulwark;
using namespace bulwark::analysis;
using namespace bulwark::test;

/// The blast-radius map (docs/semantics.md, "Blast-radius map"): what is drawn one by one, what is counted in groups,
/// and that the figure stays connected to the failure within the limit.
class tst_BlastMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smallBlastRadiusIsDrawnWhole();
    void largeBlastRadiusIsAggregated();
    void worstHitFunctionsComeFirst();
    void groupsByCountry();
    void manyFailedElementsFormAFailedGroup();
    void randomRegistersStayConnected_data();
    void randomRegistersStayConnected();

private:
    static int countedElements(const BlastMap &map)
    {
        return std::accumulate(map.groups.begin(),
                               map.groups.end(),
                               int(map.elements.size()),
                               [](int sum, const BlastMap::Group &g) { return sum + g.count; });
    }
};

namespace {

/// A provider P that 60 applications need; functions F0..F5 each need their own chain A-x > B-x > P; the functions'
/// tolerances differ, so their verdicts do.
RegisterData fanOut(int applications = 60)
{
    QString elements = QStringLiteral("P:provider:600");
    QString dependencies;
    for (int i = 0; i < applications; ++i) {
        elements += QStringLiteral(" APP%1:application").arg(i, 3, 10, QLatin1Char('0'));
        dependencies += QStringLiteral(" APP%1>P").arg(i, 3, 10, QLatin1Char('0'));
    }
    // F0 has the tightest tolerance (a breach), F5 the loosest.
    for (int f = 0; f < 6; ++f) {
        elements
            += QStringLiteral(" F%1:function:%2 A%1:application B%1:infrastructure").arg(f).arg(f == 0 ? 60 : 6000);
        dependencies += QStringLiteral(" F%1>A%1 A%1>B%1 B%1>P").arg(f);
    }
    return registerFrom(elements, dependencies);
}

} // namespace

void tst_BlastMap::smallBlastRadiusIsDrawnWhole()
{
    const auto s = GraphSnapshot::fromRegister(
        registerFrom(QStringLiteral("F:function:240 A B:app:60 C"), QStringLiteral("F>A A>B C>B~")));
    const int b = s->indexOf(QStringLiteral("B"));
    const ImpactResult impact = analyseImpact(*s, std::span(&b, 1));
    const BlastMap map = blastMap(*s, impact);
    QVERIFY(!map.aggregated);
    QVERIFY(map.groups.empty());
    QCOMPARE(int(map.elements.size()), 4); // A, B, C, F
    QCOMPARE(map.affected, 4);
    QCOMPARE(int(map.links.size()), 3); // every dependency among them
    QVERIFY(reachesTheFailure(map, impact.failed));
    QCOMPARE(map.featured, std::vector<int>{s->indexOf(QStringLiteral("F"))});
}

void tst_BlastMap::largeBlastRadiusIsAggregated()
{
    const auto s = GraphSnapshot::fromRegister(fanOut());
    const int p = s->indexOf(QStringLiteral("P"));
    const ImpactResult impact = analyseImpact(*s, std::span(&p, 1));
    QCOMPARE(int(impact.down.size()), 1 + 60 + 6 * 3);
    BlastMapOptions options;
    options.limit = 12;
    options.maxFunctions = 2;
    const BlastMap map = blastMap(*s, impact, options);
    QVERIFY(map.aggregated);
    QVERIFY2(map.nodeCount() <= options.limit, qPrintable(QString::number(map.nodeCount())));
    QVERIFY(std::binary_search(map.elements.begin(), map.elements.end(), p));
    // The two worst-hit functions with their chains: F0 breaches its tolerance, then key order among the rest.
    QCOMPARE(map.featured, (std::vector<int>{s->indexOf(QStringLiteral("F0")), s->indexOf(QStringLiteral("F1"))}));
    for (const char *key : {"F0", "A0", "B0", "F1", "A1", "B1"}) {
        const int v = s->indexOf(QString::fromLatin1(key));
        QVERIFY2(std::binary_search(map.elements.begin(), map.elements.end(), v), key);
    }
    QCOMPARE(int(map.elements.size()), 7);
    // The rest, counted by kind and state: 64 applications, 4 infrastructure, 4 functions, all down.
    QCOMPARE(countedElements(map), map.affected);
    QCOMPARE(int(map.groups.size()), 3);
    QCOMPARE(map.groups[0].kind, ElementKind::Function);
    QCOMPARE(map.groups[0].count, 4);
    QCOMPARE(map.groups[1].kind, ElementKind::Application);
    QCOMPARE(map.groups[1].count, 64);
    QCOMPARE(map.groups[1].label, QStringLiteral("64 applications"));
    QCOMPARE(map.groups[1].detail, QStringLiteral("down"));
    QCOMPARE(map.groups[2].count, 4);
    QVERIFY(reachesTheFailure(map, impact.failed));
    // The applications' group needs the provider; the functions' group needs the applications' group.
    const int apps = int(map.elements.size()) + 1, functions = int(map.elements.size());
    const int pNode = int(std::lower_bound(map.elements.begin(), map.elements.end(), p) - map.elements.begin());
    auto linked = [&](int from, int to) {
        return std::any_of(
            map.links.begin(), map.links.end(), [&](const BlastMap::Link &l) { return l.from == from && l.to == to; });
    };
    QVERIFY(linked(apps, pNode));
    QVERIFY(linked(functions, apps));
    for (const BlastMap::Link &l : map.links)
        QVERIFY(l.from != l.to);
}

void tst_BlastMap::worstHitFunctionsComeFirst()
{
    // G: down beyond tolerance; H: down, unknown tolerance; K: degraded within; L: down within.
    RegisterData data
        = registerFrom(QStringLiteral("G:function:10 H:function K:function:9999 L:function:9999 X:app:60"),
                       QStringLiteral("G>X H>X K>X~ L>X"));
    for (Element &e : data.elements)
        if (e.key == QStringLiteral("H"))
            e.mtdMin.reset();
    const auto t = GraphSnapshot::fromRegister(data);
    const int x = t->indexOf(QStringLiteral("X"));
    const ImpactResult impact = analyseImpact(*t, std::span(&x, 1));
    const std::vector<int> order = worstHitCriticalFunctions(*t, impact);
    QStringList keys;
    for (const int v : order)
        keys << t->key(v);
    QCOMPARE(keys, QStringList({QStringLiteral("G"), QStringLiteral("H"), QStringLiteral("L"), QStringLiteral("K")}));
}

void tst_BlastMap::groupsByCountry()
{
    RegisterData data = fanOut();
    for (Element &e : data.elements)
        if (e.key.startsWith(QStringLiteral("APP")))
            e.country = e.key.endsWith(u'0') ? QStringLiteral("DE") : QStringLiteral("FR");
    const auto s = GraphSnapshot::fromRegister(data);
    const int p = s->indexOf(QStringLiteral("P"));
    const ImpactResult impact = analyseImpact(*s, std::span(&p, 1));
    BlastMapOptions options;
    options.limit = 12;
    options.maxFunctions = 1;
    options.grouping = BlastGrouping::Country;
    const BlastMap map = blastMap(*s, impact, options);
    QVERIFY(map.nodeCount() <= options.limit);
    QCOMPARE(countedElements(map), map.affected);
    QStringList details;
    for (const BlastMap::Group &g : map.groups)
        details << g.detail;
    QVERIFY2(details.contains(QStringLiteral("down, FR")), qPrintable(details.join(u'|')));
    QVERIFY(details.contains(QStringLiteral("down, DE")));
    QVERIFY(details.contains(QStringLiteral("down, no country")));
    QVERIFY(reachesTheFailure(map, impact.failed));
}

void tst_BlastMap::manyFailedElementsFormAFailedGroup()
{
    const auto s = GraphSnapshot::fromRegister(fanOut());
    std::vector<int> failed;
    for (int v = 0; v < s->size(); ++v)
        if (s->key(v).startsWith(QStringLiteral("APP")))
            failed.push_back(v);
    const ImpactResult impact = analyseImpact(*s, failed);
    BlastMapOptions options;
    options.limit = 10;
    const BlastMap map = blastMap(*s, impact, options);
    QVERIFY(map.aggregated);
    QVERIFY(map.nodeCount() <= options.limit);
    QVERIFY(std::any_of(map.groups.begin(), map.groups.end(), [](const BlastMap::Group &g) {
        return g.failed && g.detail == QStringLiteral("failed");
    }));
    QCOMPARE(countedElements(map), map.affected);
    QVERIFY(reachesTheFailure(map, impact.failed));
}

void tst_BlastMap::randomRegistersStayConnected_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("grouping");
    for (const quint32 seed : {1u, 2u, 3u, 4u, 5u})
        for (const int limit : {4, 12, 40})
            for (const int grouping : {0, 1})
                QTest::addRow("seed%u_limit%d_%s", seed, limit, grouping ? "country" : "kind")
                    << seed << limit << grouping;
}

void tst_BlastMap::randomRegistersStayConnected()
{
    QFETCH(quint32, seed);
    QFETCH(int, limit);
    QFETCH(int, grouping);
    RegisterData data = randomRegister(seed, 400, 3);
    for (std::size_t i = 0; i < data.elements.size(); ++i)
        data.elements[i].country = QStringLiteral("C%1").arg(i % 17);
    const auto s = GraphSnapshot::fromRegister(data);
    // Fail the element with the largest blast radius among a few near the bottom, and a couple beside it.
    std::vector<int> failed{s->size() - 40, s->size() - 30, s->size() - 20};
    const ImpactResult impact = analyseImpact(*s, failed);
    BlastMapOptions options;
    options.limit = limit;
    options.grouping = BlastGrouping(grouping);
    const BlastMap map = blastMap(*s, impact, options);
    QCOMPARE(map.affected, int(impact.down.size() + impact.degraded.size()));
    QVERIFY2(map.nodeCount() <= std::max(4, limit), qPrintable(QString::number(map.nodeCount())));
    QCOMPARE(countedElements(map), map.affected);
    QVERIFY(reachesTheFailure(map, impact.failed));
    for (const BlastMap::Link &l : map.links) {
        QVERIFY(l.from >= 0 && l.from < map.nodeCount() && l.to >= 0 && l.to < map.nodeCount());
        QVERIFY(l.from != l.to);
    }
}

QTEST_GUILESS_MAIN(tst_BlastMap)
#include "tst_blastmap.moc"
