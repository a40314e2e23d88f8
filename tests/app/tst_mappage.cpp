// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "gui/impactpage.h"
#include "gui/mainwindow.h"
#include "gui/map/mapscene.h"
#include "gui/map/mapview.h"
#include "gui/mappage.h"
#include "gui/registerpage.h"
#include "gui/snapshotcache.h"
#include "model/analysis/impact.h"
#include "model/analysis/neighbourhood.h"
#include "model/analysis/spofanalysis.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"
#include "model/store/database.h"
#include "model/store/snapshotreader.h"

#include <QCheckBox>
#include <QDate>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QToolButton>

#include <numeric>

using namespace bulwark;
using namespace bulwark::gui;

/// The Map page on the offscreen platform: drawing, neighbourhood, highlight, blast-radius colours, export.
class tst_MapPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void drawsTheWholeSmallRegister();
    void neighbourhoodMatchesTheModel();
    void clickHighlightsWhatItNeedsAndWhatNeedsIt();
    void followsTheRegisterSelection();
    void colorsTheBlastRadius();
    void exportsSvgAndPng();
    void zoomStaysInBounds();
    void arrowKeysMoveTheHighlight();
    void cancelStopsADrawing();
    void exportCanBeStopped();
    void snapshotCacheSharesOneLoad();
    void findGoesToThePageShown();
    void backAndForwardRetraceThePlacesShown();
    void wholeRegisterCanBeLeft();
    void exportNameAndCaptionFollowTheDrawing();
    void pdfFitsThePageAsked();
    void showFunctionMarksExactlyItsSpofs();
    void issue12_cliDrawsTheMapPagesBlastRadius();

private:
    void openDemo();
    void waitForMap();
    QSet<QString> drawnKeys() const;
    QTemporaryDir m_dir;
    QString m_demo;
    std::shared_ptr<const analysis::GraphSnapshot> m_snapshot;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MapPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(m_demo));
    auto db = store::Database::open(m_demo, store::Database::OpenMode::OpenExisting);
    QVERIFY(db);
    auto snapshot = store::loadSnapshot(**db);
    QVERIFY(snapshot);
    m_snapshot = *snapshot;
}

void tst_MapPage::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
}

void tst_MapPage::cleanup()
{
    m_window.reset();
}

void tst_MapPage::openDemo()
{
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(m_demo);
    QVERIFY(opened.wait(10000));
}

void tst_MapPage::waitForMap()
{
    MapPage *page = m_window->mapPage();
    if (!page->isBusy())
        return;
    QSignalSpy ready(page, &MapPage::mapReady);
    QVERIFY(ready.wait(20000));
    // A request that came while another ran is drawn after it.
    while (page->isBusy())
        QVERIFY(ready.wait(20000));
    QCOMPARE(ready.last().first().toBool(), true);
}

QSet<QString> tst_MapPage::drawnKeys() const
{
    QSet<QString> keys;
    MapScene *scene = m_window->mapPage()->scene();
    for (int i = 0; i < scene->nodeCount(); ++i)
        keys.insert(scene->keyOf(i));
    return keys;
}

void tst_MapPage::drawsTheWholeSmallRegister()
{
    openDemo();
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    MapScene *scene = m_window->mapPage()->scene();
    // 167 elements are under the limit: nothing chosen yet draws them all, with every dependency.
    QCOMPARE(scene->nodeCount(), m_snapshot->size());
    QCOMPARE(int(scene->graph().edges.size()), m_snapshot->dependencyCount());
    QVERIFY(m_window->mapPage()->infoLabel()->text().contains(QStringLiteral("whole register")));
    // Functions are drawn above the facilities they need.
    const int function = scene->nodeOf(QStringLiteral("F-PAY"));
    const int facility = scene->nodeOf(QStringLiteral("FAC-DC-FRA"));
    QVERIFY(function >= 0 && facility >= 0);
    QVERIFY(scene->nodeCentre(function).y() < scene->nodeCentre(facility).y());
}

void tst_MapPage::neighbourhoodMatchesTheModel()
{
    openDemo();
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    MapPage *page = m_window->mapPage();
    page->setHops(1);
    page->showAround(QStringLiteral("APP-CORE"));
    waitForMap();
    const int core = m_snapshot->indexOf(QStringLiteral("APP-CORE"));
    const analysis::Neighbourhood expected
        = analysis::neighbourhood(*m_snapshot, std::span(&core, 1), 1, analysis::Direction::Both, 1000);
    QSet<QString> keys;
    for (const int v : expected.elements)
        keys.insert(m_snapshot->key(v));
    QCOMPARE(drawnKeys(), keys);
    // Its direct needs and dependents are there, two steps away is not.
    QVERIFY(keys.contains(QStringLiteral("DS-CORE")));
    QVERIFY(keys.contains(QStringLiteral("F-CORE")));
    QVERIFY(!keys.contains(QStringLiteral("NET-CORE-BER")));
    QCOMPARE(page->focusKey(), QStringLiteral("APP-CORE"));
    QVERIFY(page->infoLabel()->text().startsWith(QStringLiteral("APP-CORE")));

    // Two hops, downwards only: everything drawn is something APP-CORE needs.
    page->setHops(2);
    page->setDirection(analysis::Direction::Needs);
    waitForMap();
    const auto down = analysis::reachable(*m_snapshot, core, analysis::Direction::Needs);
    for (const QString &key : drawnKeys())
        QVERIFY2(key == QStringLiteral("APP-CORE") || down[std::size_t(m_snapshot->indexOf(key))], qPrintable(key));
    QVERIFY(drawnKeys().contains(QStringLiteral("INF-SAN-FRA")));

    // A small limit leaves elements out and says so.
    page->setElementLimit(10);
    page->showAround(QStringLiteral("APP-CORE"));
    waitForMap();
    QCOMPARE(page->scene()->nodeCount(), 10);
    QVERIFY(page->infoLabel()->text().contains(QStringLiteral("not drawn")));
}

void tst_MapPage::clickHighlightsWhatItNeedsAndWhatNeedsIt()
{
    openDemo();
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    MapPage *page = m_window->mapPage();
    MapScene *scene = page->scene();
    const int node = scene->nodeOf(QStringLiteral("DS-CORE"));
    QVERIFY(node >= 0);
    // Click it where it is drawn.
    MapView *view = page->view();
    view->centerOn(scene->nodeCentre(node));
    QTest::qWait(10);
    const QPoint at = view->mapFromScene(scene->nodeCentre(node));
    QSignalSpy clicked(scene, &MapScene::elementClicked);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toString(), QStringLiteral("DS-CORE"));
    QCOMPARE(scene->highlighted(), node);
    // The whole register is drawn, so the highlight equals reachability in the model.
    const int v = m_snapshot->indexOf(QStringLiteral("DS-CORE"));
    const auto needs = analysis::reachable(*m_snapshot, v, analysis::Direction::Needs);
    const auto neededBy = analysis::reachable(*m_snapshot, v, analysis::Direction::NeededBy);
    QSet<QString> expectedNeeds, expectedNeededBy, actualNeeds, actualNeededBy;
    for (int w = 0; w < m_snapshot->size(); ++w) {
        if (needs[std::size_t(w)] && w != v)
            expectedNeeds.insert(m_snapshot->key(w));
        if (neededBy[std::size_t(w)] && w != v)
            expectedNeededBy.insert(m_snapshot->key(w));
    }
    for (const int n : scene->highlightedNeeds())
        actualNeeds.insert(scene->keyOf(n));
    for (const int n : scene->highlightedNeededBy())
        actualNeededBy.insert(scene->keyOf(n));
    QCOMPARE(actualNeeds, expectedNeeds);
    QCOMPARE(actualNeededBy, expectedNeededBy);
    QVERIFY(actualNeededBy.contains(QStringLiteral("F-CORE")));
    QVERIFY(actualNeeds.contains(QStringLiteral("FAC-DC-FRA")));
    // Escape clears it.
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(scene->highlighted(), -1);
}

void tst_MapPage::followsTheRegisterSelection()
{
    openDemo();
    m_window->showPage(MainWindow::RegisterPageIndex);
    m_window->mapPage()->setHops(1);
    m_window->registerPage()->selectElement(QStringLiteral("APP-PAYHUB"));
    QCOMPARE(m_window->mapPage()->focusKey(), QStringLiteral("APP-PAYHUB"));
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    QVERIFY(drawnKeys().contains(QStringLiteral("APP-PAYHUB")));
    QVERIFY(drawnKeys().size() < m_snapshot->size());
    QCOMPARE(m_window->mapPage()->scene()->highlighted(),
             m_window->mapPage()->scene()->nodeOf(QStringLiteral("APP-PAYHUB")));
}

void tst_MapPage::colorsTheBlastRadius()
{
    openDemo();
    m_window->showPage(MainWindow::ImpactPageIndex);
    ImpactPage *impact = m_window->impactPage();
    impact->setFailedKeys({QStringLiteral("FAC-DC-FRA")});
    QSignalSpy finished(impact, &ImpactPage::finished);
    impact->run();
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    auto *showOnMap = impact->findChild<QPushButton *>(QStringLiteral("impactShowOnMap"));
    QVERIFY(showOnMap && showOnMap->isEnabled());
    showOnMap->click();
    QVERIFY(m_window->mapPage()->isVisible());
    waitForMap();
    MapScene *scene = m_window->mapPage()->scene();
    // Exactly the elements that are not up, each in its state.
    const int fra = m_snapshot->indexOf(QStringLiteral("FAC-DC-FRA"));
    const analysis::ImpactResult expected = analysis::analyseImpact(*m_snapshot, std::span(&fra, 1));
    QCOMPARE(scene->nodeCount(), int(expected.down.size() + expected.degraded.size()));
    for (const int v : expected.down)
        QCOMPARE(scene->stateOf(scene->nodeOf(v)), analysis::State::Down);
    for (const int v : expected.degraded)
        QCOMPARE(scene->stateOf(scene->nodeOf(v)), analysis::State::Degraded);
    QVERIFY(m_window->mapPage()->infoLabel()->text().contains(QStringLiteral("affected")));

    // Clearing the colours is a step Back undoes: the blast radius comes back, coloured.
    MapPage *page = m_window->mapPage();
    page->findChild<QToolButton *>(QStringLiteral("mapClearImpact"))->click();
    waitForMap();
    QCOMPARE(scene->stateOf(scene->nodeOf(QStringLiteral("FAC-DC-FRA"))), analysis::State::Up);
    QVERIFY(page->canGoBack());
    page->goBack();
    waitForMap();
    QCOMPARE(scene->nodeCount(), int(expected.down.size() + expected.degraded.size()));
    QCOMPARE(scene->stateOf(scene->nodeOf(QStringLiteral("FAC-DC-FRA"))), analysis::State::Down);
}

void tst_MapPage::exportsSvgAndPng()
{
    openDemo();
    m_window->mapPage()->setHops(1);
    m_window->mapPage()->showAround(QStringLiteral("APP-CORE"));
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    MapPage *page = m_window->mapPage();
    // Issue 11: the export runs on a worker; the page says when it is done.
    QSignalSpy exported(page, &MapPage::exportFinished);
    const QString svgPath = m_dir.filePath(QStringLiteral("map.svg"));
    page->exportTo(svgPath);
    QVERIFY(page->isExporting());
    QVERIFY(exported.wait(20000));
    QVERIFY(!page->isExporting());
    QCOMPARE(exported.last().at(0).toString(), svgPath);
    QVERIFY2(exported.last().at(1).toBool(), qPrintable(exported.last().at(2).toString()));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("APP-CORE"));
    QVERIFY(text.contains("DS-CORE"));

    const QString pngPath = m_dir.filePath(QStringLiteral("map.png"));
    page->exportTo(pngPath);
    QVERIFY(exported.wait(20000));
    QVERIFY2(exported.last().at(1).toBool(), qPrintable(exported.last().at(2).toString()));
    const QImage image(pngPath);
    QVERIFY(!image.isNull());
    const QSizeF drawing = page->scene()->sceneRect().size();
    QCOMPARE(image.width(), qRound(std::max<qreal>(drawing.width(), 900) * 2));
    QCOMPARE(image.height(), qRound((drawing.height() + 58 + 30) * 2)); // a title band and a legend
    QVERIFY(text.contains("Dependency map"));
    QVERIFY(text.contains("demo.bulwark"));
    // The subtitle says what is drawn, not the screen's hint (it was cut at the English word " Click ").
    QVERIFY(text.contains("dependencies"));
    QVERIFY(!text.contains("(ies)"));
    QVERIFY(!text.contains("double-click"));
    // Not blank: the boxes' borders are darker than the background.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY(dark > 100);

    // A folder that does not exist: a clear error, no crash.
    page->exportTo(m_dir.filePath(QStringLiteral("missing/folder/map.svg")));
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.last().at(1).toBool(), false);
    QVERIFY2(exported.last().at(2).toString().contains(QStringLiteral("map.svg")),
             qPrintable(exported.last().at(2).toString()));
}

void tst_MapPage::zoomStaysInBounds()
{
    openDemo();
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    MapView *view = m_window->mapPage()->view();
    for (int i = 0; i < 40; ++i)
        view->zoomBy(1.5);
    QCOMPARE(view->zoom(), 4.0);
    for (int i = 0; i < 40; ++i)
        view->zoomBy(0.5);
    QCOMPARE(view->zoom(), 0.03);
    QTest::keyClick(view, Qt::Key_0);
    QVERIFY(view->zoom() <= 1.0 && view->zoom() >= 0.03);
}

void tst_MapPage::arrowKeysMoveTheHighlight()
{
    openDemo();
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    MapScene *scene = m_window->mapPage()->scene();
    MapView *view = m_window->mapPage()->view();
    const int start = scene->nodeOf(QStringLiteral("APP-CORE"));
    scene->highlight(start);
    QTest::keyClick(view, Qt::Key_Down);
    const int below = scene->highlighted();
    QVERIFY(below >= 0 && below != start);
    QVERIFY(scene->nodeCentre(below).y() > scene->nodeCentre(start).y());
    QTest::keyClick(view, Qt::Key_Right);
    const int right = scene->highlighted();
    QVERIFY(scene->nodeCentre(right).x() > scene->nodeCentre(below).x());
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(scene->nodeCentre(scene->highlighted()).x() < scene->nodeCentre(right).x());
    // Enter centres the map on the highlighted element.
    const QString key = scene->keyOf(scene->highlighted());
    QTest::keyClick(view, Qt::Key_Return);
    waitForMap();
    QCOMPARE(m_window->mapPage()->focusKey(), key);
}

void tst_MapPage::cancelStopsADrawing()
{
    openDemo();
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    MapPage *page = m_window->mapPage();
    const int before = page->scene()->nodeCount();
    QSignalSpy ready(page, &MapPage::mapReady);
    page->setHops(1);
    page->showAround(QStringLiteral("APP-CORE"));
    QVERIFY(page->isBusy());
    page->cancel();
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.last().first().toBool(), false);
    QVERIFY(!page->isBusy());
    QVERIFY(page->infoLabel()->text().contains(QStringLiteral("stopped")));
    QCOMPARE(page->scene()->nodeCount(), before); // the old drawing stays
    // The next request draws as usual.
    page->showAround(QStringLiteral("APP-CORE"));
    waitForMap();
    QVERIFY(page->scene()->nodeCount() < before);
}

// Issue 11: the export is a job on a worker; stopping it writes nothing and says so.
void tst_MapPage::exportCanBeStopped()
{
    openDemo();
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    MapPage *page = m_window->mapPage();
    QSignalSpy exported(page, &MapPage::exportFinished);
    const QString path = m_dir.filePath(QStringLiteral("stopped.png"));
    page->exportTo(path);
    QVERIFY(page->isExporting());
    page->findChild<QToolButton *>(QStringLiteral("mapCancel"))->click();
    QVERIFY(exported.wait(20000));
    QVERIFY(!page->isExporting());
    // The worker may have finished before the click reached it; then the file is whole. Else nothing was written.
    if (!exported.last().at(1).toBool())
        QVERIFY(!QFileInfo::exists(path));
    else
        QVERIFY(!QImage(path).isNull());
    // The next export is written as usual.
    page->exportTo(m_dir.filePath(QStringLiteral("again.svg")));
    QVERIFY(exported.wait(20000));
    QVERIFY(exported.last().at(1).toBool());
}

// Issue 11: pages that only need the snapshot share one load on a worker through the cache.
void tst_MapPage::snapshotCacheSharesOneLoad()
{
    auto service = RegisterService::open(m_demo, store::Database::OpenMode::OpenExisting);
    QVERIFY(service);
    SnapshotCache cache;
    cache.setService(service->get());
    QObject context;
    std::vector<std::shared_ptr<const analysis::GraphSnapshot>> got;
    auto ready = [&](SnapshotCache::SnapshotResult r) {
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        got.push_back(*r);
    };
    cache.acquire(&context, ready);
    cache.acquire(&context, ready);
    QVERIFY(cache.isLoading());
    QTRY_COMPARE(int(got.size()), 2);
    QCOMPARE(got[0].get(), got[1].get()); // one load for both
    QCOMPARE(got[0]->size(), m_snapshot->size());
    cache.acquire(&context, ready); // cached: at once
    QCOMPARE(int(got.size()), 3);
    QCOMPARE(got[2].get(), got[0].get());

    // A change during the load starts it again: nobody receives the snapshot from before the change.
    cache.invalidate();
    cache.acquire(&context, ready);
    QVERIFY(cache.isLoading());
    cache.invalidate();
    QTRY_COMPARE(int(got.size()), 4);
    QVERIFY(got[3] != got[0]);
    QCOMPARE(cache.snapshot().get(), got[3].get());

    // No register: an error value.
    cache.setService(nullptr);
    std::optional<SnapshotCache::SnapshotResult> none;
    cache.acquire(&context, [&](SnapshotCache::SnapshotResult r) { none = std::move(r); });
    QVERIFY(none.has_value() && !*none);
}

// Issue 11: Ctrl+F was bound window-wide (the Register's search) and again on the Map page; with both active the key
// was ambiguous and did nothing on the Map. Now one Find action goes to the search field of the page shown.
void tst_MapPage::findGoesToThePageShown()
{
    openDemo();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const struct {
        int page;
        const char *field;
    } cases[] = {{MainWindow::MapPageIndex, "mapSearch"},
                 {MainWindow::ImpactPageIndex, "impactSearch"},
                 {MainWindow::RegisterPageIndex, "registerSearch"},
                 {MainWindow::DashboardPageIndex, "registerSearch"}}; // the Dashboard has none: the Register's
    for (const auto &c : cases) {
        m_window->showPage(c.page);
        auto *field = m_window->findChild<QLineEdit *>(QLatin1String(c.field));
        QVERIFY(field);
        m_window->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY2(field->hasFocus(), c.field);
    }
}

void tst_MapPage::backAndForwardRetraceThePlacesShown()
{
    openDemo();
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    MapPage *page = m_window->mapPage();
    auto *back = page->findChild<QToolButton *>(QStringLiteral("mapBack"));
    auto *forward = page->findChild<QToolButton *>(QStringLiteral("mapForward"));
    QVERIFY(back && forward);
    QVERIFY(!back->isEnabled() && !forward->isEnabled()); // the first drawing: nowhere to go back to
    QVERIFY(page->infoLabel()->text().contains(QStringLiteral("whole register")));
    page->showAround(QStringLiteral("APP-CORE"));
    waitForMap();
    page->showAround(QStringLiteral("DS-CORE"));
    waitForMap();
    QVERIFY(back->isEnabled());
    QVERIFY(!forward->isEnabled());

    page->goBack();
    waitForMap();
    QCOMPARE(page->focusKey(), QStringLiteral("APP-CORE"));
    QVERIFY(page->infoLabel()->text().startsWith(QStringLiteral("APP-CORE")));
    QVERIFY(forward->isEnabled());
    // Alt+Left, as in a browser: back to the whole register, the first place.
    page->setFocus();
    QTest::keyClick(page, Qt::Key_Left, Qt::AltModifier);
    waitForMap();
    QVERIFY2(page->infoLabel()->text().contains(QStringLiteral("whole register")),
             qPrintable(page->infoLabel()->text()));
    QVERIFY(!page->canGoBack());
    QVERIFY(!back->isEnabled());
    // Alt+Right twice: APP-CORE, then DS-CORE again; then the end of the history.
    QTest::keyClick(page, Qt::Key_Right, Qt::AltModifier);
    waitForMap();
    QCOMPARE(page->focusKey(), QStringLiteral("APP-CORE"));
    forward->click();
    waitForMap();
    QCOMPARE(page->focusKey(), QStringLiteral("DS-CORE"));
    QVERIFY(!page->canGoForward());
    // A new place after going back forgets the places ahead.
    page->goBack();
    waitForMap();
    page->showAround(QStringLiteral("F-PAY"));
    waitForMap();
    QVERIFY(!page->canGoForward());
    page->goBack();
    waitForMap();
    QCOMPARE(page->focusKey(), QStringLiteral("APP-CORE"));
}

void tst_MapPage::wholeRegisterCanBeLeft()
{
    openDemo();
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    MapPage *page = m_window->mapPage();
    auto *whole = page->findChild<QCheckBox *>(QStringLiteral("mapWhole"));
    QVERIFY(whole);
    // The demo is small: it opens on the whole register, and clearing the box leaves it (before issue 12 the empty
    // centre drew the whole register again and the box ticked itself).
    QVERIFY(whole->isChecked());
    whole->click();
    waitForMap();
    QVERIFY(!whole->isChecked());
    QVERIFY(!page->focusKey().isEmpty());
    QVERIFY(page->scene()->nodeCount() < m_snapshot->size());
    QVERIFY(!page->infoLabel()->text().contains(QStringLiteral("whole register")));

    // From a place: the whole register, then back to that place by clearing the box.
    page->showAround(QStringLiteral("DS-CORE"));
    waitForMap();
    whole->click();
    waitForMap();
    QVERIFY(whole->isChecked());
    QCOMPARE(page->scene()->nodeCount(), m_snapshot->size());
    whole->click();
    waitForMap();
    QVERIFY(!whole->isChecked());
    QCOMPARE(page->focusKey(), QStringLiteral("DS-CORE"));
    QVERIFY(page->infoLabel()->text().startsWith(QStringLiteral("DS-CORE")));
}

void tst_MapPage::exportNameAndCaptionFollowTheDrawing()
{
    openDemo();
    MapPage *page = m_window->mapPage();
    page->showAround(QStringLiteral("DS-DWH"));
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    QCOMPARE(page->defaultExportName(QStringLiteral("pdf")), QStringLiteral("around-DS-DWH.pdf"));

    m_window->showPage(MainWindow::ImpactPageIndex);
    ImpactPage *impact = m_window->impactPage();
    impact->setFailedKeys({QStringLiteral("PRV-TLK")});
    QSignalSpy finished(impact, &ImpactPage::finished);
    impact->run();
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    impact->findChild<QPushButton *>(QStringLiteral("impactShowOnMap"))->click();
    waitForMap();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(page->defaultExportName(), QStringLiteral("blast-radius-PRV-TLK-%1.svg").arg(today));

    // The figure says when it was drawn and from which register state (the audit trail's head).
    const store::AuditHead head = m_window->service()->auditHead();
    QVERIFY(head.seq > 0);
    QVERIFY(!head.hash.isEmpty());
    QSignalSpy exported(page, &MapPage::exportFinished);
    const QString path = m_dir.filePath(page->defaultExportName());
    page->exportTo(path);
    QVERIFY(exported.wait(20000));
    QVERIFY2(exported.last().at(1).toBool(), qPrintable(exported.last().at(2).toString()));
    QFile svg(path);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("Blast radius of"));
    QVERIFY2(text.contains(today.toLatin1()), "the date");
    QVERIFY2(text.contains(head.hash), "the audit head's hash");
    QVERIFY(text.contains(QStringLiteral("audit entry %1").arg(head.seq).toLatin1()));
    QVERIFY(page->figureCaption().contains(QString::fromLatin1(head.hash)));
}

void tst_MapPage::pdfFitsThePageAsked()
{
    openDemo();
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap(); // the whole demo register: a figure far larger than a sheet of paper
    MapPage *page = m_window->mapPage();
    QSignalSpy exported(page, &MapPage::exportFinished);
    const struct {
        QPageSize::PageSizeId size;
        bool landscape;
        QByteArray mediaBox;
    } cases[] = {{QPageSize::A4, false, "/MediaBox [0 0 595"},
                 {QPageSize::A4, true, "/MediaBox [0 0 842"},
                 {QPageSize::A3, true, "/MediaBox [0 0 1191"}};
    for (const auto &c : cases) {
        page->setExportPage(c.size, c.landscape);
        const QString path = m_dir.filePath(QStringLiteral("paper.pdf"));
        page->exportTo(path);
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.last().at(1).toBool(), qPrintable(exported.last().at(2).toString()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(bytes.contains(c.mediaBox), c.mediaBox.constData());
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r"), qsizetype(1));
    }
}

void tst_MapPage::showFunctionMarksExactlyItsSpofs()
{
    openDemo();
    m_window->showPage(MainWindow::MapPageIndex);
    waitForMap();
    MapPage *page = m_window->mapPage();
    const analysis::SpofAnalysis spofs(*m_snapshot);
    // Every critical function of the demo with at least one SPOF, and one without.
    QStringList functions;
    QString withoutSpofs;
    for (int v = 0; v < m_snapshot->size(); ++v) {
        if (!m_snapshot->isFunction(v))
            continue;
        if (!spofs.spofsOf(v).empty())
            functions << m_snapshot->key(v);
        else if (withoutSpofs.isEmpty())
            withoutSpofs = m_snapshot->key(v);
    }
    QVERIFY(!functions.isEmpty());
    if (!withoutSpofs.isEmpty())
        functions << withoutSpofs;
    for (const QString &key : std::as_const(functions)) {
        page->showFunction(key);
        waitForMap();
        std::vector<int> expected = spofs.spofsOf(m_snapshot->indexOf(key));
        std::sort(expected.begin(), expected.end());
        QCOMPARE(page->markedSpofs(), expected);
        MapScene *scene = page->scene();
        QCOMPARE(page->focusKey(), key);
        QVERIFY(scene->nodeOf(key) >= 0);
        std::vector<int> marked;
        for (int node = 0; node < scene->nodeCount(); ++node)
            if (scene->isSpof(node))
                marked.push_back(scene->graph().elements[std::size_t(node)]);
        QCOMPARE(marked, expected); // drawn and marked: exactly the model's, no more
        QVERIFY(page->infoLabel()->text().startsWith(key));
    }
    // Leaving the function's map clears the marks; Back brings them again.
    page->showAround(QStringLiteral("APP-CORE"));
    waitForMap();
    QVERIFY(page->markedSpofs().empty());
    page->goBack();
    waitForMap();
    QCOMPARE(page->focusKey(), functions.last());
    auto *legend = page->findChild<QLabel *>(QStringLiteral("mapLegend"));
    QVERIFY(legend && legend->text().contains(QStringLiteral("single point of failure")));
}

void tst_MapPage::issue12_cliDrawsTheMapPagesBlastRadius()
{
    // Issue 12: `bulwark map --fail` drew another selection than the Map (the nearest affected elements, no groups).
    // With a limit the blast radius exceeds, both draw analysis::blastMap's figure: the same elements and groups.
    openDemo();
    MapPage *page = m_window->mapPage();
    page->setElementLimit(10);
    m_window->showPage(MainWindow::ImpactPageIndex);
    ImpactPage *impact = m_window->impactPage();
    impact->setFailedKeys({QStringLiteral("FAC-DC-FRA")});
    QSignalSpy finished(impact, &ImpactPage::finished);
    impact->run();
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    impact->findChild<QPushButton *>(QStringLiteral("impactShowOnMap"))->click();
    waitForMap();
    const reports::MapGraph &graph = page->scene()->graph();
    QVERIFY2(!graph.aggregates.empty(), "the blast radius must exceed the limit of 10");

    const QString svgPath = m_dir.filePath(QStringLiteral("cli-blast.svg"));
    QString out, err;
    {
        QTextStream os(&out), es(&err);
        const int code = cli::runCommandLine({QStringLiteral("bulwark"),
                                              QStringLiteral("map"),
                                              QStringLiteral("--db"),
                                              m_demo,
                                              QStringLiteral("--fail"),
                                              QStringLiteral("FAC-DC-FRA"),
                                              QStringLiteral("--limit"),
                                              QStringLiteral("10"),
                                              QStringLiteral("--out"),
                                              svgPath},
                                             os,
                                             es);
        QVERIFY2(code == 0, qPrintable(err));
    }
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    // Every element's key is drawn alone in its box: in the CLI's figure exactly when it is in the page's.
    for (int v = 0; v < m_snapshot->size(); ++v) {
        const bool onPage = std::binary_search(graph.elements.begin(), graph.elements.end(), v);
        const bool inFile = text.contains(u'>' + m_snapshot->key(v) + u'<');
        QVERIFY2(onPage == inFile, qPrintable(m_snapshot->key(v)));
    }
    for (const reports::MapGraph::Aggregate &group : graph.aggregates)
        QVERIFY2(text.contains(u'>' + group.label + u'<'), qPrintable(group.label));
    QVERIFY2(out.contains(QStringLiteral("in %1 group").arg(graph.aggregates.size())), qPrintable(out));
}

QTEST_MAIN(tst_MapPage)
#include "tst_mappage.moc"
