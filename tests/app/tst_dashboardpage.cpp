// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/chartwidget.h"
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

#include <array>
#include <vector>

using namespace bulwark;
using namespace bulwark::gui;

/// The Dashboard on the offscreen platform: computed off the GUI thread, refreshed after an edit.
class tst_DashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheDemo();
    void issue14_chartsClickThroughAndFollowThePalette();
    void iconsKeepContrastOnADarkPalette();
    void issue11_noSavedScenariosSaysSo();
    void issue11_oneVocabulary();
    void readsThroughTheSnapshotCache();
    void issue16_falseRedundancyIsCounted();
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
    QCOMPARE(page->providerModel()->rowCount(), 16); // the 15 external providers and the group's IT subsidiary

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

/// A point of `chart` over item `index` (-1 when none is).
QPoint pointOver(const ChartWidget *chart, int index)
{
    for (int y = 0; y < chart->height(); ++y) {
        const QPoint point(chart->width() / 2, y);
        if (chart->itemAt(point) == index)
            return point;
    }
    return {-1, -1};
}

} // namespace

void tst_DashboardPage::issue14_chartsClickThroughAndFollowThePalette()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(demo));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    DashboardPage *page = window.dashboardPage();
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    window.openRegister(demo);
    QVERIFY(refreshed.wait(15000));
    auto *kinds = page->findChild<ChartWidget *>(QStringLiteral("dashboardKindChart"));
    auto *providers = page->findChild<ChartWidget *>(QStringLiteral("dashboardProviderChart"));
    QVERIFY(kinds && providers && kinds->chart() && providers->chart());
    QCOMPARE(kinds->chart()->count(), elementKindCount);

    // A bar of the register chart lists its kind; a provider's bar shows the provider.
    QSignalSpy kind(page, &DashboardPage::showKind);
    const QPoint applications = pointOver(kinds, int(ElementKind::Application));
    QVERIFY(applications.y() >= 0);
    QTest::mouseClick(kinds, Qt::LeftButton, {}, applications);
    QCOMPARE(kind.size(), 1);
    QCOMPARE(kind.first().first().toInt(), int(ElementKind::Application));
    QSignalSpy element(page, &DashboardPage::showElement);
    const QPoint top = pointOver(providers, 0);
    QVERIFY(top.y() >= 0);
    QTest::mouseClick(providers, Qt::LeftButton, {}, top);
    QCOMPARE(element.size(), 1);
    const QString key = element.first().first().toString();
    QVERIFY2(key.startsWith(QStringLiteral("PRV-")), qPrintable(key));
    QVERIFY(providers->chart()->toolTip(0).startsWith(key));
    // The concentration levels are the model's (analysis::VerdictOptions), and each bar says its level in words.
    const auto *bars = dynamic_cast<const reports::BarChartPainter *>(providers->chart().get());
    QVERIFY(bars);
    const analysis::VerdictOptions levels;
    QCOMPARE(int(bars->chart().thresholds.size()), 2);
    QCOMPARE(bars->chart().thresholds[0].value, levels.concentrationWarningShare * 100);
    QCOMPARE(bars->chart().thresholds[1].value, levels.concentrationAlarmShare * 100);
    for (const reports::ChartBar &bar : bars->chart().bars) {
        const bool alarm = analysis::shareLevel(bar.value / 100, levels) == analysis::ShareLevel::Alarm;
        QCOMPARE(bar.valueText.endsWith(QStringLiteral(", alarm")), alarm);
    }

    // Dark and light: the chart's background is the palette's base, its text the palette's text (a palette change
    // reaches the widget as View > Theme's does; the application's palette is left alone for the other tests).
    QPalette dark = kinds->palette();
    dark.setColor(QPalette::Base, QColor(0x1f, 0x22, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    const QPalette light = kinds->palette();
    kinds->setPalette(dark);
    QCOMPARE(kinds->chart()->style().text, QColor(0xe6, 0xe8, 0xeb));
    QVERIFY2(kinds->grab().toImage().pixelColor(2, 2).lightness() < 80, "a dark chart under the dark palette");
    kinds->setPalette(light);
    QVERIFY2(kinds->grab().toImage().pixelColor(2, 2).lightness() > 200, "a light chart under the light palette");
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

// Issue 16: the headline counts the redundancy groups that something outside them breaks alone, and the critical
// functions a double failure stops. APP-DB's group 'db' has DB-1 and DB-2, both on STOR-1: a false redundancy.
// APP-WEB's group 'site' has SRV-A in DC-FRA and SRV-B in DC-BER: nothing breaks it alone. Pairs stop F-WEB ({SRV-A,
// SRV-B} and more) and F-DB ({DB-1, DB-2}); F-HR has none (its one dependency is a SPOF).
void tst_DashboardPage::issue16_falseRedundancyIsCounted()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("redundancy.bulwark"));
    {
        auto service = RegisterService::open(path, store::Database::OpenMode::CreateIfMissing);
        QVERIFY(service);
        ChangeSet c;
        auto add = [&c](const char *key, ElementKind kind) {
            Element e;
            e.key = QString::fromLatin1(key);
            e.name = e.key;
            e.kind = kind;
            e.rtoMin = 60;
            if (kind == ElementKind::Function) {
                e.criticality = Criticality::Critical;
                e.mtdMin = 240;
            }
            c.add(e);
        };
        for (const char *key : {"F-WEB", "F-DB", "F-HR"})
            add(key, ElementKind::Function);
        for (const char *key : {"APP-WEB", "APP-DB", "APP-HR"})
            add(key, ElementKind::Application);
        for (const char *key : {"SRV-A", "SRV-B", "DB-1", "DB-2", "STOR-1"})
            add(key, ElementKind::Infrastructure);
        for (const char *key : {"DC-FRA", "DC-BER"})
            add(key, ElementKind::Facility);
        for (const char *owner : {"APP-WEB", "APP-DB"}) {
            RedundancyGroup g;
            g.element = QString::fromLatin1(owner);
            g.name = g.element == u"APP-WEB" ? QStringLiteral("site") : QStringLiteral("db");
            g.minUp = 1;
            g.failoverMin = 5;
            c.add(g);
        }
        const std::vector<std::array<const char *, 3>> dependencies{{"F-WEB", "APP-WEB", ""},
                                                                    {"APP-WEB", "SRV-A", "site"},
                                                                    {"APP-WEB", "SRV-B", "site"},
                                                                    {"SRV-A", "DC-FRA", ""},
                                                                    {"SRV-B", "DC-BER", ""},
                                                                    {"F-DB", "APP-DB", ""},
                                                                    {"APP-DB", "DB-1", "db"},
                                                                    {"APP-DB", "DB-2", "db"},
                                                                    {"DB-1", "STOR-1", ""},
                                                                    {"DB-2", "STOR-1", ""},
                                                                    {"F-HR", "APP-HR", ""}};
        for (const auto &[from, to, group] : dependencies) {
            Dependency d;
            d.from = QString::fromLatin1(from);
            d.to = QString::fromLatin1(to);
            d.group = QString::fromLatin1(group);
            c.add(d);
        }
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
    QVERIFY2(headline.contains(QStringLiteral("False redundancy: 1 of 2 redundancy groups can be broken")),
             qPrintable(headline));
    QVERIFY2(headline.contains(QStringLiteral("2 critical or important functions can be stopped by a double failure")),
             qPrintable(headline));
    QVERIFY(page->headline()->toolTip().contains(QStringLiteral("False redundancy")));
}

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardpage.moc"
