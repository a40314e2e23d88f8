// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"
#include "model/analysis/neighbourhood.h"
#include "reports/map/maplayout.h"

#include <QTest>
#include <QtConcurrent>

#include <numeric>

using namespace bulwark;
using namespace bulwark::analysis;
using namespace bulwark::reports;
using namespace bulwark::test;

/// The map's neighbourhood selection (model) and its Graphviz layout (reports).
class tst_MapLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neighbourhoodHops_data();
    void neighbourhoodHops();
    void neighbourhoodLimitKeepsNearestInKeyOrder();
    void reachableFollowsDirection();
    void inducedKeepsOnlyInnerDependencies();
    void layoutIsLayered();
    void edgesJoinTheirEnds();
    void layoutIsDeterministicAndThreadSafe();
    void emptyGraph();

private:
    static QStringList keys(const GraphSnapshot &s, const std::vector<int> &elements)
    {
        QStringList list;
        for (const int v : elements)
            list << s.key(v);
        return list;
    }
};

namespace {
// F1 and F2 need APP; APP needs DB and NET; DB needs DC (facility) which is at LOC; NET comes from PRV.
const QString chainElements = QStringLiteral(
    "F1:function F2:function APP:application DB:data_store NET:network DC:facility LOC:location PRV:provider "
    "SVC:ict_service");
const QString chainDependencies = QStringLiteral("F1>APP F2>APP APP>DB APP>NET~ DB>DC DC>LOC NET>SVC SVC>PRV");
} // namespace

void tst_MapLayout::neighbourhoodHops_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("hops");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zeroHops") << "APP" << 0 << int(Direction::Both) << "APP";
    QTest::newRow("oneHopBoth") << "APP" << 1 << int(Direction::Both) << "APP DB F1 F2 NET";
    QTest::newRow("twoHopsNeeds") << "APP" << 2 << int(Direction::Needs) << "APP DB DC NET SVC";
    QTest::newRow("twoHopsNeededBy") << "DB" << 2 << int(Direction::NeededBy) << "APP DB F1 F2";
    // Both ways is up or down, never down then up: F2 (needs APP like F1) is not near F1.
    QTest::newRow("bothWaysNoSiblings") << "F1" << 3 << int(Direction::Both) << "APP DB DC F1 NET SVC";
    QTest::newRow("bothWaysFromTheMiddle") << "DB" << 2 << int(Direction::Both) << "APP DB DC F1 F2 LOC";
    QTest::newRow("allTheWayDown") << "F1" << 10 << int(Direction::Needs) << "APP DB DC F1 LOC NET PRV SVC";
}

void tst_MapLayout::neighbourhoodHops()
{
    QFETCH(QString, seed);
    QFETCH(int, hops);
    QFETCH(int, direction);
    QFETCH(QString, expected);
    const auto s = GraphSnapshot::fromRegister(registerFrom(chainElements, chainDependencies));
    const int seedIndex = s->indexOf(seed);
    const Neighbourhood n = neighbourhood(*s, std::span(&seedIndex, 1), hops, Direction(direction), 1000);
    QCOMPARE(keys(*s, n.elements).join(u' '), expected);
    QCOMPARE(n.omitted, 0);
    QCOMPARE(n.hops.size(), n.elements.size());
    for (std::size_t i = 0; i < n.elements.size(); ++i)
        QCOMPARE(n.hops[i] == 0, n.elements[i] == seedIndex);
}

void tst_MapLayout::neighbourhoodLimitKeepsNearestInKeyOrder()
{
    const auto s = GraphSnapshot::fromRegister(registerFrom(chainElements, chainDependencies));
    const int app = s->indexOf(QStringLiteral("APP"));
    // Within 2 hops of APP: F1 F2 DB NET (1 hop), DC SVC (2 hops). A limit of 4: APP, then DB F1 F2 in key order.
    Neighbourhood n = neighbourhood(*s, std::span(&app, 1), 2, Direction::Both, 4);
    QCOMPARE(keys(*s, n.elements).join(u' '), QStringLiteral("APP DB F1 F2"));
    QCOMPARE(n.omitted, 3);
    // The seeds stay even when the limit is smaller than they are.
    const std::vector<int> seeds{s->indexOf(QStringLiteral("LOC")), s->indexOf(QStringLiteral("PRV"))};
    n = neighbourhood(*s, seeds, 1, Direction::Both, 1);
    QCOMPARE(keys(*s, n.elements).join(u' '), QStringLiteral("LOC PRV"));
    QCOMPARE(n.omitted, 2); // DC and SVC
}

void tst_MapLayout::reachableFollowsDirection()
{
    const auto s
        = GraphSnapshot::fromRegister(registerFrom(chainElements, chainDependencies + QStringLiteral(" LOC>F1")));
    const int db = s->indexOf(QStringLiteral("DB"));
    auto marked = [&](const std::vector<std::uint8_t> &mark) {
        QStringList list;
        for (int v = 0; v < s->size(); ++v)
            if (mark[std::size_t(v)])
                list << s->key(v);
        return list.join(u' ');
    };
    // Down from DB: DC, LOC, and through the cycle LOC>F1 everything F1 needs (DB itself is excluded).
    QCOMPARE(marked(reachable(*s, db, Direction::Needs)), QStringLiteral("APP DC F1 LOC NET PRV SVC"));
    QCOMPARE(marked(reachable(*s, db, Direction::NeededBy)), QStringLiteral("APP DC F1 F2 LOC"));
}

void tst_MapLayout::inducedKeepsOnlyInnerDependencies()
{
    const auto s = GraphSnapshot::fromRegister(registerFrom(chainElements, chainDependencies));
    const std::vector<int> chosen{
        s->indexOf(QStringLiteral("NET")), s->indexOf(QStringLiteral("APP")), s->indexOf(QStringLiteral("F1"))};
    const MapGraph g = MapGraph::induced(*s, chosen);
    QCOMPARE(keys(*s, g.elements).join(u' '), QStringLiteral("APP F1 NET"));
    QCOMPARE(g.edges.size(), std::size_t(2));
    QStringList edges;
    for (const MapGraph::Edge &e : g.edges)
        edges << QStringLiteral("%1>%2%3").arg(s->key(g.elements[std::size_t(e.from)]),
                                               s->key(g.elements[std::size_t(e.to)]),
                                               e.hard ? QString() : QStringLiteral("~"));
    edges.sort();
    QCOMPARE(edges.join(u' '), QStringLiteral("APP>NET~ F1>APP"));
}

void tst_MapLayout::layoutIsLayered()
{
    const auto s = GraphSnapshot::fromRegister(registerFrom(chainElements, chainDependencies));
    std::vector<int> all(std::size_t(s->size()));
    std::iota(all.begin(), all.end(), 0);
    const MapGraph g = MapGraph::induced(*s, all);
    const auto geometry = MapLayout::layout(*s, g);
    QVERIFY2(geometry, qPrintable(geometry ? QString() : geometry.error().message));
    const MapGeometry &m = *geometry;
    QCOMPARE(m.nodes.size(), g.elements.size());
    auto y = [&](const char *key) {
        const int v = s->indexOf(QString::fromLatin1(key));
        const auto it = std::find(g.elements.begin(), g.elements.end(), v);
        return m.nodes[std::size_t(it - g.elements.begin())].centre.y();
    };
    // Functions on top, every "A needs B" pointing down, locations and providers on the bottom rank.
    QCOMPARE(y("F1"), y("F2"));
    for (const MapGraph::Edge &e : g.edges)
        QVERIFY(m.nodes[std::size_t(e.from)].centre.y() < m.nodes[std::size_t(e.to)].centre.y());
    QCOMPARE(y("LOC"), y("PRV"));
    for (const MapGeometry::Node &n : m.nodes) {
        QVERIFY(m.bounds.contains(n.centre));
        QCOMPARE(n.size, QSizeF(MapLayout::nodeWidth, MapLayout::nodeHeight));
        QVERIFY(n.centre.y() >= y("F1") && n.centre.y() <= y("LOC"));
    }
    // No two boxes overlap.
    for (std::size_t i = 0; i < m.nodes.size(); ++i) {
        for (std::size_t j = i + 1; j < m.nodes.size(); ++j) {
            const QRectF a(m.nodes[i].centre - QPointF(m.nodes[i].size.width(), m.nodes[i].size.height()) / 2,
                           m.nodes[i].size);
            const QRectF b(m.nodes[j].centre - QPointF(m.nodes[j].size.width(), m.nodes[j].size.height()) / 2,
                           m.nodes[j].size);
            QVERIFY2(!a.intersects(b), qPrintable(s->key(g.elements[i]) + u' ' + s->key(g.elements[j])));
        }
    }
}

void tst_MapLayout::edgesJoinTheirEnds()
{
    const auto s = GraphSnapshot::fromRegister(registerFrom(chainElements, chainDependencies));
    std::vector<int> all(std::size_t(s->size()));
    std::iota(all.begin(), all.end(), 0);
    const MapGraph g = MapGraph::induced(*s, all);
    const MapGeometry m = *MapLayout::layout(*s, g);
    QCOMPARE(m.edges.size(), g.edges.size());
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        const MapGeometry::Edge &edge = m.edges[i];
        QVERIFY(edge.spline.size() >= 4);
        QCOMPARE((edge.spline.size() - 1) % 3, 0); // p0 then (c1, c2, p) per cubic segment
        QVERIFY(edge.hasArrow);
        const MapGeometry::Node &from = m.nodes[std::size_t(g.edges[i].from)];
        const MapGeometry::Node &to = m.nodes[std::size_t(g.edges[i].to)];
        const QRectF fromBox(from.centre - QPointF(from.size.width(), from.size.height()) / 2, from.size);
        const QRectF toBox(to.centre - QPointF(to.size.width(), to.size.height()) / 2, to.size);
        // Starts on the border of the element that needs, the arrow ends on the border of the element needed.
        QVERIFY(fromBox.adjusted(-2, -2, 2, 2).contains(edge.spline.first()));
        QVERIFY(toBox.adjusted(-2, -2, 2, 2).contains(edge.arrowTip));
        QVERIFY(!toBox.adjusted(2, 2, -2, -2).contains(edge.arrowTip));
    }
}

void tst_MapLayout::layoutIsDeterministicAndThreadSafe()
{
    const auto s = GraphSnapshot::fromRegister(randomRegister(7, 120, 3));
    std::vector<int> all(std::size_t(s->size()));
    std::iota(all.begin(), all.end(), 0);
    const MapGraph g = MapGraph::induced(*s, all);
    const MapGeometry first = *MapLayout::layout(*s, g);
    // Four layouts at once from worker threads: serialised inside, each equal to the first.
    QList<QFuture<Result<MapGeometry>>> futures;
    for (int i = 0; i < 4; ++i)
        futures << QtConcurrent::run([&] { return MapLayout::layout(*s, g); });
    for (auto &future : futures) {
        const Result<MapGeometry> other = future.result();
        QVERIFY(other);
        QCOMPARE(other->bounds, first.bounds);
        for (std::size_t i = 0; i < first.nodes.size(); ++i)
            QCOMPARE(other->nodes[i].centre, first.nodes[i].centre);
        for (std::size_t i = 0; i < first.edges.size(); ++i)
            QCOMPARE(other->edges[i].spline, first.edges[i].spline);
    }
}

void tst_MapLayout::emptyGraph()
{
    const auto s = GraphSnapshot::fromRegister(registerFrom(chainElements, chainDependencies));
    const auto m = MapLayout::layout(*s, MapGraph{});
    QVERIFY(m);
    QVERIFY(m->nodes.empty());
    QVERIFY(m->bounds.isEmpty());
}

QTEST_GUILESS_MAIN(tst_MapLayout)
#include "tst_maplayout.moc"
