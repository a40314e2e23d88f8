// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboardpage.h"
#include "gui/icons.h"
#include "gui/impactpage.h"
#include "gui/mainwindow.h"
#include "gui/models/resulttablemodel.h"
#include "gui/snapshotcache.h"
#include "gui/stalenotice.h"
#include "model/analysis/verdict.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"
#include "model/store/database.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::gui;

/// The Dashboard on the offscreen platform: computed off the GUI thread, refreshed after an edit.
class tst_DashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheDemo();
    void iconsKeepContrastOnADarkPalette();
    void issue11_noSavedScenariosSaysSo();
    void issue11_oneVocabulary();
    void readsThroughTheSnapshotCache();
};

void tst_DashboardPage::showsTheDemo()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(demo));
    MainWindow window;
    window.show();
    DashboardPage *page = window.dashboardPage();
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    window.openRegister(demo);
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(refreshed.last().first().toBool(), true);
    QVERIFY2(page->headline()->text().contains(QStringLiteral("2 circular dependencies")),
             qPrintable(page->headline()->text()));

    ResultTableModel *functions = page->functionModel();
    QCOMPARE(functions->rowCount(), 7); // the critical functions
    bool cardBeyond = false;
    for (int row = 0; row < functions->rowCount(); ++row) {
        if (functions->row(row).key == u"F-CARD")
            cardBeyond = functions->index(row, 4).data().toString() == u"Beyond tolerance";
    }
    QVERIFY(cardBeyond); // the loss-of-dc-frankfurt scenario
    bool hsm = false;
    for (int row = 0; row < page->spofModel()->rowCount(); ++row)
        hsm = hsm || page->spofModel()->row(row).key == u"INF-HSM-CARD";
    QVERIFY(hsm);
    QCOMPARE(page->providerModel()->rowCount(), 15);

    // Clicking a scenario through runs it on the Impact page.
    QSignalSpy analysed(window.impactPage(), &ImpactPage::finished);
    Q_EMIT page->runScenario(QStringLiteral("telkora-outage"));
    QVERIFY(analysed.wait(10000));
    QCOMPARE(window.impactPage()->failedKeys(), QStringList{QStringLiteral("PRV-TLK")});

    // An edit refreshes the dashboard: while another page is shown it is marked stale and computed when shown again
    // (issue 12: not a whole-register read per edit behind the user's back).
    Element hsmElement = *window.service()->element(QStringLiteral("INF-HSM-CARD"));
    hsmElement.name = QStringLiteral("Card HSM (renamed)");
    ChangeSet change;
    change.add(hsmElement, ChangeSet::Mode::Update);
    refreshed.clear();
    QVERIFY(window.service()->apply(change));
    QVERIFY(!page->isVisible());
    QVERIFY(!page->isRefreshing());
    QVERIFY(page->staleNotice()->isStale());
    window.showPage(MainWindow::DashboardPageIndex);
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(refreshed.last().first().toBool(), true);
    QVERIFY(!page->staleNotice()->isStale());
}

namespace {

/// The mean lightness (0-255) of the drawn (not transparent) pixels of an icon.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0, count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
        }
    }
    return count ? int(sum / count) : -1;
}

} // namespace

void tst_DashboardPage::iconsKeepContrastOnADarkPalette()
{
    const QPalette original = QGuiApplication::palette();
    const int onLight = inkLightness(gui::icon("open"));
    QVERIFY2(onLight >= 0 && onLight < 110, qPrintable(QString::number(onLight))); // dark strokes
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    const int onDark = inkLightness(gui::icon("open"));
    QApplication::setPalette(original);
    QVERIFY2(onDark > 180, qPrintable(QString::number(onDark))); // light strokes on a dark window
}

// Issue 11: on a register without saved scenarios the headline said "0 would be down beyond tolerance in a saved
// scenario", which reads as reassurance when nothing was analysed.
void tst_DashboardPage::issue11_noSavedScenariosSaysSo()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.bulwark"));
    QVERIFY(DemoRegister::create(path));
    {
        auto service = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
        QVERIFY(service);
        ChangeSet c;
        c.removeScenarios = (*service)->scenarios().keys();
        QVERIFY(!c.removeScenarios.isEmpty());
        QVERIFY((*service)->apply(c));
    }
    MainWindow window;
    window.show();
    DashboardPage *page = window.dashboardPage();
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    window.openRegister(path);
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(refreshed.last().first().toBool(), true);
    const QString headline = page->headline()->text();
    QVERIFY2(headline.contains(QStringLiteral("no saved scenarios")), qPrintable(headline));
    QVERIFY2(!headline.contains(QStringLiteral("beyond tolerance")), qPrintable(headline));
    // No function reads as within a tolerance no scenario tested.
    for (int row = 0; row < page->functionModel()->rowCount(); ++row)
        QCOMPARE(page->functionModel()->index(row, 4).data().toString(),
                 analysis::Verdicts::text(analysis::Verdict::NotAffected));
}

// Issue 11: "Within tolerance, has SPOFs" existed only here; the Result column now speaks the model's verdicts, and
// the SPOFs have their own column.
void tst_DashboardPage::issue11_oneVocabulary()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(demo));
    MainWindow window;
    window.show();
    DashboardPage *page = window.dashboardPage();
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    window.openRegister(demo);
    QVERIFY(refreshed.wait(15000));
    QHash<QString, int> words; // the model's words, and the level each names
    for (const auto v : {analysis::Verdict::Breach,
                         analysis::Verdict::Unknown,
                         analysis::Verdict::LittleMargin,
                         analysis::Verdict::Within,
                         analysis::Verdict::NotAffected})
        words.insert(analysis::Verdicts::text(v), int(v));
    ResultTableModel *functions = page->functionModel();
    QVERIFY(functions->rowCount() > 0);
    for (int row = 0; row < functions->rowCount(); ++row) {
        const QString verdict = functions->index(row, 4).data().toString();
        QVERIFY2(words.contains(verdict), qPrintable(verdict));
        QCOMPARE(functions->index(row, 4).data(ResultTableModel::SortRole).toInt(), words.value(verdict));
    }
    const QString headline = page->headline()->text();
    QVERIFY2(headline.contains(QStringLiteral("unknown")), qPrintable(headline)); // unknown is counted too
}

// The Dashboard reads the shared snapshot: after a refresh the cache holds it, a refresh without a change reuses it,
// and a change gives a new one.
void tst_DashboardPage::readsThroughTheSnapshotCache()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(demo));
    MainWindow window;
    window.show();
    auto *cache = window.findChild<SnapshotCache *>();
    QVERIFY(cache);
    DashboardPage *page = window.dashboardPage();
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    window.openRegister(demo);
    QVERIFY(refreshed.wait(15000));
    const auto first = cache->snapshot();
    QVERIFY(first);
    page->refresh();
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(cache->snapshot(), first); // not read again
    Element e = *window.service()->element(QStringLiteral("INF-HSM-CARD"));
    e.name = QStringLiteral("Card HSM (renamed)");
    ChangeSet change;
    change.add(e, ChangeSet::Mode::Update);
    QVERIFY(window.service()->apply(change));
    QVERIFY(refreshed.wait(15000));
    QVERIFY(cache->snapshot());
    QVERIFY(cache->snapshot() != first);
    const auto renamed = cache->snapshot();
    QCOMPARE(renamed->name(renamed->indexOf(QStringLiteral("INF-HSM-CARD"))), QStringLiteral("Card HSM (renamed)"));
}

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardpage.moc"
