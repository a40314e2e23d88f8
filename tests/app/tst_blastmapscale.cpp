// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/benchregister.h"
#include "gui/map/mapscene.h"
#include "gui/map/mapview.h"
#include "gui/mappage.h"
#include "gui/snapshotcache.h"
#include "model/analysis/blastmap.h"
#include "model/analysis/impact.h"
#include "model/register/registerservice.h"
#include "model/store/snapshotreader.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::gui;

/// Issue 12: on a 100,000-element register the Map's blast radius drew 300 unconnected function boxes in a row and
/// left the failed provider out of view. The register is written once per run by the benchmarks' seeded generator
/// (tests/bench/benchregister.h); the aggregated figure of the most depended-on provider must be connected to the
/// failure, within the node limit, with the provider in view.
class tst_BlastMapScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelFigureIsConnectedWithinTheLimit();
    void drawnFigureIsConnectedWithTheFailureInView();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const analysis::GraphSnapshot> m_snapshot;
    int m_provider = -1;
    analysis::ImpactResult m_impact;
};

void tst_BlastMapScale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("large.bulwark"));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(bench::writeRegister(m_path, 100000));
    qInfo("generated 100,000 elements in %lld ms", clock.restart());
    auto db = store::Database::open(m_path, store::Database::OpenMode::OpenExisting);
    QVERIFY(db);
    auto snapshot = store::loadSnapshot(**db);
    QVERIFY(snapshot);
    m_snapshot = *snapshot;
    QVERIFY(m_snapshot->size() >= 100000);
    // The provider with the most direct dependents (as bench_gui picks its failure), first in key order on a tie.
    const analysis::GraphSnapshot &s = *m_snapshot;
    int most = -1;
    for (int v = 0; v < s.size(); ++v) {
        if (s.kind(v) == ElementKind::Provider && s.inEnd(v) - s.inBegin(v) > most) {
            most = s.inEnd(v) - s.inBegin(v);
            m_provider = v;
        }
    }
    QVERIFY(m_provider >= 0);
    m_impact = analysis::analyseImpact(s, std::span(&m_provider, 1));
    qInfo("%s fails: %d elements affected (snapshot and impact in %lld ms)",
          qPrintable(s.key(m_provider)),
          int(m_impact.down.size() + m_impact.degraded.size()),
          clock.elapsed());
    QVERIFY2(int(m_impact.down.size() + m_impact.degraded.size()) > 300, "the blast radius must exceed the limit");
}

void tst_BlastMapScale::modelFigureIsConnectedWithinTheLimit()
{
    for (const auto grouping : {analysis::BlastGrouping::Kind, analysis::BlastGrouping::Country}) {
        analysis::BlastMapOptions options;
        options.grouping = grouping;
        const analysis::BlastMap map = analysis::blastMap(*m_snapshot, m_impact, options);
        QVERIFY(map.aggregated);
        QVERIFY2(map.nodeCount() <= options.limit, qPrintable(QString::number(map.nodeCount())));
        QVERIFY(analysis::reachesTheFailure(map, m_impact.failed));
        QVERIFY(std::binary_search(map.elements.begin(), map.elements.end(), m_provider));
        QVERIFY(!map.featured.empty());
        int counted = int(map.elements.size());
        for (const analysis::BlastMap::Group &g : map.groups)
            counted += g.count;
        QCOMPARE(counted, map.affected);
    }
}

void tst_BlastMapScale::drawnFigureIsConnectedWithTheFailureInView()
{
    QElapsedTimer clock;
    clock.start();
    auto service = RegisterService::open(m_path, store::Database::OpenMode::OpenExisting);
    QVERIFY(service);
    qInfo("register opened in %lld ms", clock.restart());
    SnapshotCache cache;
    cache.setService(service->get());
    cache.offer(m_snapshot, cache.generation());
    MapPage page(&cache);
    page.setService(service->get());
    page.resize(1280, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy ready(&page, &MapPage::mapReady);
    while (page.isBusy())
        QVERIFY(ready.wait(30000));

    MapOverlay overlay;
    overlay.snapshot = m_snapshot;
    overlay.states = std::make_shared<const std::vector<analysis::State>>(m_impact.elementStates(m_snapshot->size()));
    overlay.failed = m_impact.failed;
    overlay.title = m_snapshot->key(m_provider);
    ready.clear();
    page.showImpact(overlay);
    QVERIFY(ready.wait(30000));
    while (page.isBusy())
        QVERIFY(ready.wait(30000));
    QCOMPARE(ready.last().first().toBool(), true);
    qInfo("blast radius drawn in %lld ms", clock.elapsed());

    // Within the limit, with group nodes, and every drawn node reaches a failed node along the drawn edges.
    MapScene *scene = page.scene();
    const reports::MapGraph &graph = scene->graph();
    QVERIFY2(scene->nodeCount() <= page.elementLimit(), qPrintable(QString::number(scene->nodeCount())));
    QVERIFY(!graph.aggregates.empty());
    std::vector<std::vector<int>> needers(std::size_t(graph.nodeCount()));
    for (const reports::MapGraph::Edge &e : graph.edges)
        needers[std::size_t(e.to)].push_back(e.from);
    std::vector<std::uint8_t> reached(std::size_t(graph.nodeCount()), 0);
    std::vector<int> stack;
    const int providerNode = scene->nodeOf(m_provider);
    QVERIFY(providerNode >= 0);
    for (int node = 0; node < graph.nodeCount(); ++node) {
        const bool failed = graph.isAggregate(node) ? graph.aggregates[std::size_t(node) - graph.elements.size()].failed
                                                    : node == providerNode;
        if (failed) {
            reached[std::size_t(node)] = 1;
            stack.push_back(node);
        }
    }
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (const int w : needers[std::size_t(v)])
            if (!reached[std::size_t(w)]++)
                stack.push_back(w);
    }
    for (int node = 0; node < graph.nodeCount(); ++node)
        QVERIFY2(reached[std::size_t(node)],
                 qPrintable(graph.isAggregate(node) ? graph.aggregates[std::size_t(node) - graph.elements.size()].label
                                                    : scene->keyOf(node)));
    // The failed provider is in the view.
    const QRect inView = page.view()->mapFromScene(scene->nodeRect(providerNode)).boundingRect();
    QVERIFY2(page.view()->viewport()->rect().intersects(inView), "the failed provider is out of view");
    QVERIFY(page.infoLabel()->text().contains(QStringLiteral("groups")));
}

QTEST_MAIN(tst_BlastMapScale)
#include "tst_blastmapscale.moc"
