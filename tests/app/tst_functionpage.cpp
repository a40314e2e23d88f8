// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "gui/dashboardpage.h"
#include "gui/functionpage.h"
#include "gui/mainwindow.h"
#include "gui/mappage.h"
#include "gui/models/resulttablemodel.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace bulwark;
using namespace bulwark::gui;

/// Issue 12: a business function's page. Its SPOFs are the command line's (`bulwark spof --function KEY --json`,
/// run in this process), its scenarios' verdicts the Dashboard's, on the demo register.
class tst_FunctionPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void spofsEqualTheCommandLine();
    void scenariosAgreeWithTheDashboard();
    void tolerancesProvidersAndLocations();
    void opensFromTheDashboardAndShowsOnMap();
    void notAFunctionSaysSo();
    void sidebarOpensTheFirstCriticalFunction();

private:
    QJsonObject runCommand(const QStringList &arguments, int *exitCode);
    bool showFunction(const QString &key);

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_critical;
};

QJsonObject tst_FunctionPage::runCommand(const QStringList &arguments, int *exitCode)
{
    QString out, err;
    QTextStream os(&out), es(&err);
    *exitCode = cli::runCommandLine(QStringList{QStringLiteral("bulwark")} + arguments
                                        + QStringList{QStringLiteral("--db"), m_demo, QStringLiteral("--json")},
                                    os,
                                    es);
    os.flush();
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

bool tst_FunctionPage::showFunction(const QString &key)
{
    FunctionPage *page = m_window->functionPage();
    QSignalSpy refreshed(page, &FunctionPage::refreshed);
    m_window->openFunctionPage(key);
    return refreshed.wait(15000) && refreshed.last().first().toBool() && page->functionKey() == key;
}

void tst_FunctionPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(m_demo));
    int code = -1;
    // One more saved scenario, saved with only a tag (as tst_resultsagree does).
    runCommand({QStringLiteral("scenario"),
                QStringLiteral("save"),
                QStringLiteral("crypto-only"),
                QStringLiteral("--tag"),
                QStringLiteral("crypto")},
               &code);
    QCOMPARE(code, 0);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 720);
    m_window->show();
    QSignalSpy refreshed(m_window->dashboardPage(), &DashboardPage::refreshed);
    m_window->openRegister(m_demo);
    QVERIFY(refreshed.wait(15000));
    ResultTableModel *functions = m_window->dashboardPage()->functionModel();
    for (int row = 0; row < functions->rowCount(); ++row)
        m_critical << functions->row(row).key;
    QCOMPARE(m_critical.size(), 7); // the demo's critical functions
}

void tst_FunctionPage::spofsEqualTheCommandLine()
{
    int withSpofs = 0;
    for (const QString &key : std::as_const(m_critical)) {
        int code = -1;
        const QJsonObject cli = runCommand({QStringLiteral("spof"), QStringLiteral("--function"), key}, &code);
        QVERIFY2(code == 0 || code == 1, qPrintable(key));
        const QJsonArray functions = cli.value(u"functions").toArray();
        QCOMPARE(functions.size(), 1);
        QCOMPARE(functions.first()[u"key"].toString(), key);
        QStringList expected;
        for (const QJsonValue &spof : functions.first()[u"spofs"].toArray())
            expected << spof.toString();

        QVERIFY2(showFunction(key), qPrintable(key));
        ResultTableModel *spofs = m_window->functionPage()->spofModel();
        QStringList shown;
        for (int row = 0; row < spofs->rowCount(); ++row)
            shown << spofs->row(row).key;
        QCOMPARE(shown, expected); // in the command line's order: by key
        withSpofs += expected.isEmpty() ? 0 : 1;
        const QString summary = m_window->functionPage()->summary()->text();
        QVERIFY2(expected.isEmpty() ? summary.contains(u"No single point of failure")
                                    : summary.contains(QStringLiteral("%1 single point").arg(expected.size())),
                 qPrintable(summary));
    }
    QVERIFY(withSpofs > 0); // the comparison is not between empty lists only
}

void tst_FunctionPage::scenariosAgreeWithTheDashboard()
{
    // The Dashboard's worst scenario and result per critical function.
    ResultTableModel *dashboard = m_window->dashboardPage()->functionModel();
    int hit = 0;
    for (int row = 0; row < dashboard->rowCount(); ++row) {
        const QString key = dashboard->row(row).key;
        const QString worstScenario = dashboard->index(row, 3).data().toString();
        const QString worstResult = dashboard->index(row, 4).data().toString();
        QVERIFY2(showFunction(key), qPrintable(key));
        FunctionPage *page = m_window->functionPage();
        ResultTableModel *scenarios = page->scenarioModel();
        if (worstResult == analysis::Verdicts::text(analysis::Verdict::NotAffected)) {
            QVERIFY2(page->summary()->text().contains(u"None of the"), qPrintable(page->summary()->text()));
            continue;
        }
        ++hit;
        QVERIFY2(scenarios->rowCount() > 0, qPrintable(key));
        // The worst verdict among the scenarios shown is the Dashboard's, and its scenario is listed with it.
        bool found = false;
        int worst = int(analysis::Verdict::NotAffected);
        for (int r = 0; r < scenarios->rowCount(); ++r) {
            worst = std::min(worst, scenarios->index(r, 1).data(ResultTableModel::SortRole).toInt());
            found = found
                || (scenarios->row(r).key == worstScenario && scenarios->index(r, 1).data().toString() == worstResult);
        }
        QVERIFY2(found, qPrintable(key + u' ' + worstScenario + u' ' + worstResult));
        QCOMPARE(analysis::Verdicts::text(analysis::Verdict(worst)), worstResult);
        QVERIFY2(page->summary()->text().contains(worstResult), qPrintable(page->summary()->text()));
    }
    QVERIFY(hit > 0);

    // Every scenario the page lists affects the function in the command line's run of that scenario.
    const QString key = m_critical.first();
    QVERIFY(showFunction(key));
    ResultTableModel *scenarios = m_window->functionPage()->scenarioModel();
    for (int r = 0; r < scenarios->rowCount(); ++r) {
        int code = -1;
        const QJsonObject run
            = runCommand({QStringLiteral("scenario"), QStringLiteral("run"), scenarios->row(r).key}, &code);
        QStringList affected;
        for (const char *part : {"down", "degraded"}) {
            for (const QJsonValue &v : run.value(QLatin1String(part)).toArray())
                affected << v.toString();
        }
        QVERIFY2(affected.contains(key), qPrintable(scenarios->row(r).key));
    }
}

void tst_FunctionPage::tolerancesProvidersAndLocations()
{
    QVERIFY(showFunction(QStringLiteral("F-CARD")));
    FunctionPage *page = m_window->functionPage();
    QVERIFY2(page->title()->text().contains(u"F-CARD"), qPrintable(page->title()->text()));
    const QString tolerances = page->tolerances()->text();
    QVERIFY2(tolerances.contains(u"RTO") && tolerances.contains(u"MTPD") && tolerances.contains(u"availability"),
             qPrintable(tolerances));
    const RegisterService *service = m_window->service();
    const Element card = *service->element(QStringLiteral("F-CARD"));
    if (card.mtdMin)
        QVERIFY2(tolerances.contains(Vocabulary::minutesText(*card.mtdMin)), qPrintable(tolerances));
    QVERIFY(page->providerModel()->rowCount() > 0);
    QVERIFY(page->locationModel()->rowCount() > 0);
    for (int r = 0; r < page->providerModel()->rowCount(); ++r)
        QCOMPARE(service->element(page->providerModel()->row(r).key)->kind, ElementKind::Provider);
    for (int r = 0; r < page->locationModel()->rowCount(); ++r)
        QCOMPARE(service->element(page->locationModel()->row(r).key)->kind, ElementKind::Location);
    // Every SPOF is among what the function depends on.
    QStringList needs;
    for (int r = 0; r < page->needsModel()->rowCount(); ++r)
        needs << page->needsModel()->row(r).key;
    for (int r = 0; r < page->spofModel()->rowCount(); ++r)
        QVERIFY(needs.contains(page->spofModel()->row(r).key));
}

void tst_FunctionPage::opensFromTheDashboardAndShowsOnMap()
{
    // The Dashboard's table of critical functions has "Open Function Page" in its context menu.
    QTableView *functions = nullptr;
    for (QTableView *view : m_window->dashboardPage()->findChildren<QTableView *>()) {
        if (view->model() && view->model()->rowCount() > 0 && view->findChild<QAction *>(u"openFunctionPage"_qs)) {
            functions = view;
            break;
        }
    }
    QVERIFY(functions);
    functions->setCurrentIndex(functions->model()->index(0, 0));
    const QString key = functions->currentIndex().data(ResultTableModel::KeyRole).toString();
    FunctionPage *page = m_window->functionPage();
    QSignalSpy refreshed(page, &FunctionPage::refreshed);
    functions->findChild<QAction *>(u"openFunctionPage"_qs)->trigger();
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(page->functionKey(), key);
    auto *pages = m_window->findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget(), page);

    // "Show on map" centres the map on the function.
    QSignalSpy asked(page, &FunctionPage::showOnMapRequested);
    page->findChild<QPushButton *>(u"functionShowOnMap"_qs)->click();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toString(), key);
    QCOMPARE(pages->currentWidget(), m_window->mapPage());
    QCOMPARE(m_window->mapPage()->focusKey(), key);
}

void tst_FunctionPage::notAFunctionSaysSo()
{
    FunctionPage *page = m_window->functionPage();
    QSignalSpy refreshed(page, &FunctionPage::refreshed);
    m_window->openFunctionPage(QStringLiteral("PRV-TLK"));
    QVERIFY(refreshed.wait(15000));
    QVERIFY2(page->title()->text().contains(u"not a business function"), qPrintable(page->title()->text()));
    QCOMPARE(page->spofModel()->rowCount(), 0);
}

void tst_FunctionPage::sidebarOpensTheFirstCriticalFunction()
{
    // Issue 12: the page was reachable from context menus only. It has a sidebar entry (and so a View menu entry,
    // Ctrl+5); opened with no function chosen it shows the first critical function in key order.
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QSignalSpy opened(&window, &MainWindow::registerOpened);
    window.openRegister(m_demo);
    QVERIFY(opened.wait(15000));
    FunctionPage *page = window.functionPage();
    QCOMPARE(page->functionKey(), QString());
    const QList<QAction *> &actions = window.pageActions();
    QVERIFY(actions.size() > MainWindow::FunctionPageIndex);
    QCOMPARE(actions[MainWindow::FunctionPageIndex]->text(), QStringLiteral("Function"));
    QSignalSpy refreshed(page, &FunctionPage::refreshed);
    actions[MainWindow::FunctionPageIndex]->trigger();
    auto *pages = window.findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget(), page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->functionKey().isEmpty(), 15000);
    QStringList critical = m_critical;
    critical.sort();
    QCOMPARE(page->functionKey(), critical.first());
    QVERIFY(!refreshed.isEmpty());
    QVERIFY2(page->title()->text().startsWith(critical.first()), qPrintable(page->title()->text()));
    QCOMPARE(page->property("helpSection").toString(), QStringLiteral("function"));

    // Opened from a context menu, the sidebar marks it too.
    window.showPage(MainWindow::DashboardPageIndex);
    window.openFunctionPage(m_critical.last());
    QCOMPARE(pages->currentWidget(), page);
    QVERIFY(actions[MainWindow::FunctionPageIndex]->isChecked());
}

QTEST_MAIN(tst_FunctionPage)
#include "tst_functionpage.moc"
