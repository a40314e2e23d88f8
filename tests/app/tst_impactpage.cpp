// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "demoregister.h"
#include "impactpage.h"
#include "mainwindow.h"
#include "models/resulttablemodel.h"
#include "sqlitefile.h"
#include "store/database.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace bulwark;
using namespace bulwark::gui;

/// The Impact page on the offscreen platform: run an analysis off the GUI thread, read the results, cancel.
class tst_ImpactPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runsAndReadsResults();
    void scenarioRunsFromTheList();
    void cancelStopsALongAnalysis();
    void tagScenarioFailsWhatTheCommandLineFails();

private:
    int rowOf(ResultTableModel *model, const QString &key) const;
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ImpactPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(m_demo));
}

void tst_ImpactPage::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void tst_ImpactPage::cleanup()
{
    m_window.reset();
}

int tst_ImpactPage::rowOf(ResultTableModel *model, const QString &key) const
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->row(row).key == key)
            return row;
    }
    return -1;
}

void tst_ImpactPage::runsAndReadsResults()
{
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(m_demo);
    QVERIFY(opened.wait(10000));
    m_window->showPage(MainWindow::ImpactPageIndex);
    ImpactPage *page = m_window->impactPage();
    QVERIFY(page->isVisible());
    page->setFailedKeys({QStringLiteral("FAC-DC-FRA")});
    QSignalSpy finished(page, &ImpactPage::finished);
    page->run();
    QVERIFY(page->isRunning() || finished.size() == 1);
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);

    ResultTableModel *functions = page->functionModel();
    QCOMPARE(functions->rowCount(), 12);
    const int card = rowOf(functions, QStringLiteral("F-CARD"));
    QVERIFY(card >= 0);
    QCOMPARE(functions->index(card, 6).data().toString(), QStringLiteral("Beyond tolerance"));
    QCOMPARE(functions->index(card, 4).data(ResultTableModel::SortRole).toInt(), 480);
    QCOMPARE(functions->row(card).status, QColor(0xc0, 0x39, 0x2b)); // red
    const int aml = rowOf(functions, QStringLiteral("F-AML"));
    QCOMPARE(functions->index(aml, 6).data().toString(), QStringLiteral("Within tolerance"));
    QVERIFY(rowOf(page->blastModel(), QStringLiteral("FAC-DC-FRA")) >= 0);
    // What to fix first: the element that alone stops the most critical functions comes first.
    QVERIFY(page->spofModel()->rowCount() > 0);
    const int top = page->spofModel()->index(0, 3).data(ResultTableModel::SortRole).toInt();
    for (int row = 1; row < page->spofModel()->rowCount(); ++row)
        QVERIFY(page->spofModel()->index(row, 3).data(ResultTableModel::SortRole).toInt() <= top);
    // SPOFs per critical function: one row per critical function, the card HSM among card issuing's.
    ResultTableModel *perFunction = page->functionSpofModel();
    QCOMPARE(perFunction->rowCount(), 7);
    const int cardRow = rowOf(perFunction, QStringLiteral("F-CARD"));
    QVERIFY(cardRow >= 0);
    QVERIFY(perFunction->index(cardRow, 3).data().toString().contains(QStringLiteral("INF-HSM-CARD")));
    int listed = 0;
    for (int row = 0; row < page->spofModel()->rowCount(); ++row)
        listed += page->spofModel()->index(row, 3).data(ResultTableModel::SortRole).toInt();
    int perFunctionTotal = 0;
    for (int row = 0; row < perFunction->rowCount(); ++row)
        perFunctionTotal += perFunction->index(row, 2).data(ResultTableModel::SortRole).toInt();
    QCOMPARE(perFunctionTotal, listed); // the same pairs, seen from the other side
    QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("beyond tolerance")));
}

void tst_ImpactPage::scenarioRunsFromTheList()
{
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(m_demo);
    QVERIFY(opened.wait(10000));
    ImpactPage *page = m_window->impactPage();
    auto *scenarios = page->findChild<QComboBox *>(QStringLiteral("impactScenario"));
    QVERIFY(scenarios);
    const int index = scenarios->findData(QStringLiteral("telkora-outage"));
    QVERIFY(index > 0);
    QSignalSpy finished(page, &ImpactPage::finished);
    Q_EMIT scenarios->activated(index); // as a user's choice
    QCOMPARE(page->failedKeys(), QStringList{QStringLiteral("PRV-TLK")});
    QVERIFY(finished.wait(10000));
    QVERIFY(rowOf(page->functionModel(), QStringLiteral("F-ONLINE")) >= 0);
}

// Issue 11: the Impact page ignored a saved scenario's tag (a tag-only scenario was refused there, while the Dashboard
// and 'bulwark scenario run' used it). The page now fails what the command line fails.
void tst_ImpactPage::tagScenarioFailsWhatTheCommandLineFails()
{
    const QString path = m_dir.filePath(QStringLiteral("tagged.bulwark"));
    QVERIFY(DemoRegister::create(path));
    {
        auto service = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
        QVERIFY(service);
        ChangeSet c;
        Scenario cloud;
        cloud.name = QStringLiteral("all-cloud");
        cloud.description = QStringLiteral("Every cloud service at once");
        cloud.tag = QStringLiteral("cloud");
        c.add(cloud);
        QVERIFY((*service)->apply(c));
    }
    QString out, err;
    {
        QTextStream os(&out), es(&err);
        const int code = cli::runCommandLine({QStringLiteral("bulwark"),
                                              QStringLiteral("scenario"),
                                              QStringLiteral("run"),
                                              QStringLiteral("all-cloud"),
                                              QStringLiteral("--db"),
                                              path,
                                              QStringLiteral("--json")},
                                             os,
                                             es);
        QVERIFY2(code == 0 || code == 1, qPrintable(err)); // 1: a critical function beyond its tolerance
    }
    const QJsonObject cli = QJsonDocument::fromJson(out.toUtf8()).object();
    QSet<QString> expected;
    for (const char *part : {"down", "degraded"}) {
        for (const QJsonValue &key : cli.value(QLatin1String(part)).toArray())
            expected.insert(key.toString());
    }
    QVERIFY(expected.size() > 6);

    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(path);
    QVERIFY(opened.wait(10000));
    ImpactPage *page = m_window->impactPage();
    auto *scenarios = page->findChild<QComboBox *>(QStringLiteral("impactScenario"));
    const int index = scenarios->findData(QStringLiteral("all-cloud"));
    QVERIFY(index > 0);
    QSignalSpy finished(page, &ImpactPage::finished);
    Q_EMIT scenarios->activated(index);
    QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("impactTag"))->currentData().toString(),
             QStringLiteral("cloud"));
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QSet<QString> shown;
    for (int row = 0; row < page->blastModel()->rowCount(); ++row)
        shown.insert(page->blastModel()->row(row).key);
    QCOMPARE(shown, expected);
    // Function by function, the same functions are affected.
    QSet<QString> cliFunctions, pageFunctions;
    for (const QJsonValue &f : cli.value(QStringLiteral("functions")).toArray())
        cliFunctions.insert(f.toObject().value(QStringLiteral("key")).toString());
    for (int row = 0; row < page->functionModel()->rowCount(); ++row) {
        const QString key = page->functionModel()->row(row).key;
        if (expected.contains(key))
            pageFunctions.insert(key);
    }
    QCOMPARE(pageFunctions, cliFunctions);
}

void tst_ImpactPage::cancelStopsALongAnalysis()
{
    // A register of 150,000 elements written straight into the file: reading it takes long enough to cancel.
    const QString big = m_dir.filePath(QStringLiteral("big.bulwark"));
    {
        QVERIFY(store::Database::open(big, store::Database::OpenMode::CreateIfMissing));
    }
    QCOMPARE(test::sqliteExec(
                 big,
                 QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150000) "
                                "INSERT INTO element (key, name, kind) SELECT 'E' || i, 'Element ' || i, "
                                "'application' FROM n")),
             QString());
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(big);
    QVERIFY(opened.wait(30000));
    ImpactPage *page = m_window->impactPage();
    page->setFailedKeys({QStringLiteral("E1")});
    QSignalSpy finished(page, &ImpactPage::finished);
    page->run();
    page->cancel();
    QVERIFY(finished.size() == 1 || finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(page->summaryLabel()->text(), QStringLiteral("The analysis was canceled."));
    QCOMPARE(page->functionModel()->rowCount(), 0);
    // The page works again afterwards.
    page->run();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().toBool(), true);
}

QTEST_MAIN(tst_ImpactPage)
#include "tst_impactpage.moc"
