// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures how long the GUI thread stalls while a user works with a large register: opening it, scrolling the
// element table from top to bottom, and selecting elements with the Map page drawing their 2-hop neighbourhood, and
// exporting the map. Opening is asynchronous: the bench waits for MainWindow::registerOpened.
// A 2 ms timer records the longest gap between its ticks in each phase (a gap is a stretch in which the window
// could not repaint or react). Usage: QT_QPA_PLATFORM=offscreen bench_gui REGISTER.bulwark
// (a 100,000-element register: bench_analysis 100000 FOLDER writes FOLDER/analysis.bulwark).
#include "gui/commands/registercommand.h"
#include "gui/impactpage.h"
#include "gui/mainwindow.h"
#include "gui/map/mapscene.h"
#include "gui/mappage.h"
#include "gui/models/elementfilterproxymodel.h"
#include "gui/models/elementtablemodel.h"
#include "gui/models/relationtablemodel.h"
#include "gui/models/resulttablemodel.h"
#include "gui/registerpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <functional>

using namespace bulwark::gui;

namespace {

/// Records the longest gap between ticks of a fast timer, per phase.
class StallMonitor
{
public:
    StallMonitor()
    {
        m_ticker.setInterval(2);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] { tick(); });
        m_sinceTick.start();
        m_ticker.start();
    }
    void begin()
    {
        if (qEnvironmentVariableIsSet("BULWARK_BENCH_TRACE"))
            std::fprintf(stderr, "TRACE ---- phase %d\n", ++m_phase);
        tick();
        m_longest = 0;
        m_over = 0;
    }
    void tick()
    {
        const qint64 gap = m_sinceTick.restart();
        static const bool trace = qEnvironmentVariableIsSet("BULWARK_BENCH_TRACE");
        if (trace && gap > 40)
            qInfo("TRACE gap of %lld ms ended", gap);
        m_longest = std::max(m_longest, gap);
        m_over += gap > 50 ? 1 : 0;
    }
    qint64 longest() const { return m_longest; }
    int over() const { return m_over; }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
    int m_over = 0;
    int m_phase = 0;
};

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

template<typename Object, typename Signal>
void waitFor(Object *object, Signal signal, const std::function<bool()> &done)
{
    QEventLoop loop;
    const auto connection = QObject::connect(object, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    if (!done())
        loop.exec();
    QObject::disconnect(connection);
}

/// BULWARK_BENCH_TRACE: prints every event delivery on the GUI thread that takes 15 ms or more.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        static const bool trace = qEnvironmentVariableIsSet("BULWARK_BENCH_TRACE");
        if (!trace)
            return QApplication::notify(receiver, event);
        static int depth = 0;
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        ++depth;
        const bool r = QApplication::notify(receiver, event);
        --depth;
        if (t.elapsed() >= 15)
            std::fprintf(stderr,
                         "TRACE %*s%lld ms event %d to %s '%s'\n",
                         depth * 2,
                         "",
                         t.elapsed(),
                         type,
                         receiver->metaObject()->className(),
                         qPrintable(receiver->objectName()));
        return r;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    TracingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui REGISTER\n");
        return 2;
    }
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    StallMonitor monitor;
    struct Row {
        const char *step;
        qint64 longest;
        int over;
        QString note;
    };
    std::vector<Row> rows;

    // 1. Open.
    monitor.begin();
    QElapsedTimer clock;
    clock.start();
    bool opened = false;
    QObject::connect(&window, &MainWindow::registerOpened, [&](const QString &, bool ok) { opened = ok; });
    // BULWARK_BENCH_START_PAGE=0 opens it while the Dashboard is shown (the register page is hidden then).
    window.showPage(qEnvironmentVariableIntValue("BULWARK_BENCH_START_PAGE") == 0
                            && qEnvironmentVariableIsSet("BULWARK_BENCH_START_PAGE")
                        ? MainWindow::DashboardPageIndex
                        : MainWindow::RegisterPageIndex);
    window.openRegister(QString::fromLocal8Bit(argv[1]));
    waitFor(&window, &MainWindow::registerOpened, [&] { return !window.isLoading(); });
    const qint64 openMs = clock.elapsed();
    wait(200);                                      // paint, and whatever the pages do after the open
    window.showPage(MainWindow::RegisterPageIndex); // from the Dashboard: the element table is fitted when shown
    wait(100);
    rows.push_back(
        {"open the register", monitor.longest(), monitor.over(), QStringLiteral("shown after %1 ms").arg(openMs)});
    if (!opened) {
        std::fprintf(stderr, "could not open %s\n", argv[1]);
        return 1;
    }
    RegisterPage *page = window.registerPage();
    const int elements = page->elementModel()->rowCount();

    // 2. Scroll the element table from top to bottom in 100 jumps, then page by page for 50 pages.
    QTableView *view = page->elementView();
    monitor.begin();
    QScrollBar *bar = view->verticalScrollBar();
    for (int i = 0; i <= 100; ++i) {
        bar->setValue(bar->maximum() * i / 100);
        wait(8);
    }
    for (int i = 0; i < 50; ++i) {
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        wait(8);
    }
    rows.push_back({"scroll the element table", monitor.longest(), monitor.over(), QStringLiteral("151 scroll steps")});

    // 3. Type a filter, one character at a time, then clear it; sort by name and back by key.
    monitor.begin();
    for (const QString &text :
         {QStringLiteral("A"), QStringLiteral("AP"), QStringLiteral("APP"), QStringLiteral("APP-1"), QString()}) {
        page->searchField()->setText(text);
        waitFor(page->elementProxy(), &ElementFilterProxyModel::updated, [&] {
            return !page->elementProxy()->isUpdating();
        });
        wait(100);
    }
    rows.push_back(
        {"filter the element table", monitor.longest(), monitor.over(), QStringLiteral("4 keystrokes and a clear")});
    monitor.begin();
    clock.restart();
    view->sortByColumn(int(ElementTableModel::Column::Name), Qt::AscendingOrder);
    waitFor(
        page->elementProxy(), &ElementFilterProxyModel::updated, [&] { return !page->elementProxy()->isUpdating(); });
    const qint64 sortMs = clock.elapsed();
    wait(100);
    view->sortByColumn(int(ElementTableModel::Column::Key), Qt::AscendingOrder);
    waitFor(
        page->elementProxy(), &ElementFilterProxyModel::updated, [&] { return !page->elementProxy()->isUpdating(); });
    wait(100);
    rows.push_back({"sort by name, then by key",
                    monitor.longest(),
                    monitor.over(),
                    QStringLiteral("sorted by name %1 ms after the click (on a worker)").arg(sortMs)});

    // 4. The whole register's dependencies (about 460,000 rows) in their tab.
    monitor.begin();
    clock.restart();
    page->tabs()->setCurrentWidget(page->allDependencyView());
    auto *relations = qobject_cast<RelationTableModel *>(page->allDependencyView()->model());
    waitFor(relations, &RelationTableModel::loaded, [&] { return !relations->isLoading(); });
    const qint64 loadedMs = clock.elapsed();
    wait(100);
    page->allDependencyView()->verticalScrollBar()->setValue(page->allDependencyView()->verticalScrollBar()->maximum()
                                                             / 2);
    wait(50);
    rows.push_back({"show the Dependencies tab",
                    monitor.longest(),
                    monitor.over(),
                    QStringLiteral("%1 rows, shown %2 ms after the click (gathered and sorted on a worker)")
                        .arg(page->allDependencyView()->model()->rowCount())
                        .arg(loadedMs)});
    page->tabs()->setCurrentIndex(0);
    wait(50);

    // 5. Edit an element (one undoable, audited write), undo it, redo it.
    {
        const QString key = page->elementModel()->keyAt(elements / 2);
        const bulwark::Element before = *window.service()->element(key);
        bulwark::Element after = before;
        after.rtoMin = before.rtoMin.value_or(0) + 5;
        monitor.begin();
        window.undoStack()->push(RegisterCommand::editElement(window.service(), before, after).release());
        wait(50);
        window.undoStack()->undo();
        wait(50);
        window.undoStack()->redo();
        wait(50);
        rows.push_back(
            {"edit an element, undo, redo", monitor.longest(), monitor.over(), QStringLiteral("3 audited writes")});
    }

    // 6. A bulk edit of 20,000 elements (one step, written with a progress dialog), then its undo.
    {
        bulwark::ChangeSet bulk;
        for (int row = 0; row < std::min(elements, 20000); ++row) {
            bulwark::Element e = *window.service()->element(page->elementModel()->keyAt(row));
            e.owner = QStringLiteral("Bulk owner");
            bulk.add(e, bulwark::ChangeSet::Mode::Update);
        }
        monitor.begin();
        clock.restart();
        window.undoStack()->push(RegisterCommand::change(window.service(), bulk, QStringLiteral("bulk")).release());
        const qint64 writeMs = clock.elapsed();
        wait(50);
        clock.restart();
        window.undoStack()->undo();
        const qint64 undoMs = clock.elapsed();
        wait(50);
        rows.push_back(
            {"bulk edit of 20,000 elements, then undo",
             monitor.longest(),
             monitor.over(),
             QStringLiteral("written in %1 ms, undone in %2 ms, with a progress dialog").arg(writeMs).arg(undoMs)});
    }

    // 7. Select elements in the register (form, neighbours), then see each on the Map page with 2 hops.
    QRandomGenerator random(42);
    MapPage *map = window.mapPage();
    map->setHops(2);
    qint64 selectLongest = 0, mapLongest = 0;
    int selectOver = 0, mapOver = 0, drawn = 0, omitted = 0;
    qint64 layoutTotal = 0;
    const int picks = 20;
    for (int i = 0; i < picks; ++i) {
        window.showPage(MainWindow::RegisterPageIndex);
        wait(20);
        monitor.begin();
        const QString key
            = page->elementModel()->index(int(random.bounded(elements)), 0).data(ElementTableModel::KeyRole).toString();
        page->selectElement(key);
        wait(30);
        selectLongest = std::max(selectLongest, monitor.longest());
        selectOver += monitor.over();

        monitor.begin();
        clock.restart();
        window.showPage(MainWindow::MapPageIndex);
        waitFor(map, &MapPage::mapReady, [&] { return !map->isBusy(); });
        layoutTotal += clock.elapsed();
        wait(30);
        mapLongest = std::max(mapLongest, monitor.longest());
        if (qEnvironmentVariableIsSet("BULWARK_BENCH_VERBOSE"))
            std::fprintf(stderr, "pick %d: map stall %lld ms\n", i, monitor.longest());
        mapOver += monitor.over();
        drawn += map->scene()->nodeCount();
        omitted += map->infoLabel()->text().contains(QStringLiteral("not drawn")) ? 1 : 0;
    }
    rows.push_back(
        {"select an element in the register", selectLongest, selectOver, QStringLiteral("%1 elements").arg(picks)});
    rows.push_back(
        {"show it on the Map (2 hops)",
         mapLongest,
         mapOver,
         QStringLiteral(
             "%1 elements drawn on average, %2 of %3 capped at the limit; drawn %4 ms after the click on average")
             .arg(drawn / picks)
             .arg(omitted)
             .arg(picks)
             .arg(layoutTotal / picks)});

    // 8. An impact analysis of a widely shared element: the blast radius tables on the Impact page, then on the Map.
    {
        ImpactPage *impact = window.impactPage();
        window.showPage(MainWindow::ImpactPageIndex);
        wait(100);
        // The element most others depend on, read from the register through the model's keys.
        QString widest;
        qsizetype most = -1;
        for (const QString &key : window.service()->sortedKeys()) {
            const qsizetype n = qsizetype(window.service()->dependentsOf(key).size());
            if (n > most) {
                most = n;
                widest = key;
            }
        }
        impact->setFailedKeys({widest});
        monitor.begin();
        clock.restart();
        impact->run();
        waitFor(impact, &ImpactPage::finished, [&] { return !impact->isRunning(); });
        const qint64 impactMs = clock.elapsed();
        wait(100);
        rows.push_back({"run an impact analysis",
                        monitor.longest(),
                        monitor.over(),
                        QStringLiteral("%1 fails (%2 direct dependents): %3 elements not up, shown %4 ms after Run")
                            .arg(widest)
                            .arg(most)
                            .arg(impact->blastModel()->rowCount())
                            .arg(impactMs)});
        monitor.begin();
        clock.restart();
        impact->findChild<QPushButton *>(QStringLiteral("impactShowOnMap"))->click();
        waitFor(map, &MapPage::mapReady, [&] { return !map->isBusy(); });
        const qint64 mapMs = clock.elapsed();
        wait(100);
        rows.push_back(
            {"show its blast radius on the Map",
             monitor.longest(),
             monitor.over(),
             QStringLiteral("%1 elements drawn, %2 ms after the click").arg(map->scene()->nodeCount()).arg(mapMs)});

        // 9. Export that drawing as PNG and as SVG (painted on a worker since issue 11).
        const QTemporaryDir folder;
        for (const char *suffix : {"png", "svg"}) {
            monitor.begin();
            clock.restart();
            const QString path = folder.filePath(QStringLiteral("blast.%1").arg(QLatin1String(suffix)));
            bool ok = false;
            const auto connection = QObject::connect(
                map, &MapPage::exportFinished, map, [&](const QString &, bool written) { ok = written; });
            map->exportTo(path);
            waitFor(map, &MapPage::exportFinished, [&] { return !map->isExporting(); });
            QObject::disconnect(connection);
            const qint64 exportMs = clock.elapsed();
            wait(50);
            rows.push_back(
                {suffix[0] == 'p' ? "export the map as PNG" : "export the map as SVG",
                 monitor.longest(),
                 monitor.over(),
                 QStringLiteral("%1, written %2 ms after the click")
                     .arg(ok ? QStringLiteral("%1 KiB").arg(QFileInfo(path).size() / 1024) : QStringLiteral("FAILED"))
                     .arg(exportMs)});
        }
    }

    // 10. The blast radius of the most depended-on provider on the Map (issue 12: drawn as analysis::blastMap chooses:
    // the failed provider, the chains to the worst-hit critical functions and counted groups).
    {
        ImpactPage *impact = window.impactPage();
        window.showPage(MainWindow::ImpactPageIndex);
        wait(100);
        QString provider;
        qsizetype most = -1;
        for (const QString &key : window.service()->sortedKeys()) {
            if (window.service()->element(key)->kind != bulwark::ElementKind::Provider)
                continue;
            const qsizetype n = qsizetype(window.service()->dependentsOf(key).size());
            if (n > most) {
                most = n;
                provider = key;
            }
        }
        impact->setFailedKeys({provider});
        impact->run();
        waitFor(impact, &ImpactPage::finished, [&] { return !impact->isRunning(); });
        wait(100);
        monitor.begin();
        clock.restart();
        impact->findChild<QPushButton *>(QStringLiteral("impactShowOnMap"))->click();
        waitFor(map, &MapPage::mapReady, [&] { return !map->isBusy(); });
        const qint64 mapMs = clock.elapsed();
        wait(100);
        rows.push_back({"blast radius map 100k",
                        monitor.longest(),
                        monitor.over(),
                        QStringLiteral("%1 fails (%2 direct dependents, %3 elements not up): %4 nodes drawn (%5 "
                                       "groups), %6 ms after the click")
                            .arg(provider)
                            .arg(most)
                            .arg(impact->blastModel()->rowCount())
                            .arg(map->scene()->nodeCount())
                            .arg(map->scene()->graph().aggregates.size())
                            .arg(mapMs)});
    }

    std::printf("Register: %s, %d elements\n\n", argv[1], elements);
    std::printf("| step | longest GUI-thread stall | stalls over 50 ms | notes |\n|---|---|---|---|\n");
    qint64 worst = 0;
    for (const Row &row : rows) {
        std::printf("| %s | %lld ms | %d | %s |\n", row.step, row.longest, row.over, qPrintable(row.note));
        worst = std::max(worst, row.longest);
    }
    std::printf("\nWorst stall: %lld ms (target: every step under 50 ms)\n", worst);
    return 0;
}
