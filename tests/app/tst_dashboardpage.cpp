// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"
#include "demoregister.h"
#include "impactpage.h"
#include "mainwindow.h"
#include "models/resulttablemodel.h"
#include "register/registerservice.h"

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
    QVERIFY2(page->headline()->text().contains(QStringLiteral("2 circular dependencies")), qPrintable(page->headline()->text()));

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

    // An edit refreshes the dashboard.
    Element hsmElement = *window.service()->element(QStringLiteral("INF-HSM-CARD"));
    hsmElement.name = QStringLiteral("Card HSM (renamed)");
    ChangeSet change;
    change.add(hsmElement, ChangeSet::Mode::Update);
    QVERIFY(window.service()->apply(change));
    QVERIFY(refreshed.wait(15000));
}

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardpage.moc"
