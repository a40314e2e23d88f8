// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, opening files the way desktop users do: `bulwark FILE` opens the window on that register, `bulwark FILE1
// FILE2` opens the first and says so, a file that is not a register or is newer than this Bulwark gets the window's
// refusal (the same as File > Open), and a register file that is not there is named on the command line.
#include "../clirun.h"
#include "../sqlitefile.h"
#include "gui/mainwindow.h"
#include "gui/settings.h"
#include "model/exchange/demoregister.h"
#include "model/logfile.h"
#include "model/register/registerservice.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bulwark;
using namespace bulwark::gui;

class tst_OpenFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensTheFileGiven();
    void opensTheFirstOfTwoAndSaysSo();
    void notARegisterIsRefused();
    void newerRegisterIsRefused();
    void missingFileIsNamedOnTheCommandLine();
    void dataFolderIsBulwarkAndTakesTheOldOne();

private:
    /// Opens `arguments` as main() does and returns the refusal's text ("" when none was shown).
    QString open(MainWindow &window, const QStringList &arguments, bool *opened);
    QTemporaryDir m_dir;
    QString m_first, m_second;
};

void tst_OpenFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_first = m_dir.filePath(QStringLiteral("first.bulwark"));
    m_second = m_dir.filePath(QStringLiteral("second.bulwark"));
    QVERIFY(DemoRegister::create(m_first));
    QVERIFY(DemoRegister::create(m_second));
}

QString tst_OpenFiles::open(MainWindow &window, const QStringList &arguments, bool *opened)
{
    QSignalSpy done(&window, &MainWindow::registerOpened);
    QString refusal;
    // A refusal is a modal message box: read it and close it when it comes up.
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, &window, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            refusal = box->text();
            box->accept();
        }
    });
    watcher.start(20);
    window.openInitialRegister(arguments);
    if (done.isEmpty() && !done.wait(20000))
        return QStringLiteral("(nothing happened)");
    *opened = done.first().at(1).toBool();
    return refusal;
}

void tst_OpenFiles::opensTheFileGiven()
{
    MainWindow window;
    window.show();
    bool opened = false;
    const QString refusal = open(window, {m_first}, &opened);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    QVERIFY(opened);
    QVERIFY(window.service());
    QCOMPARE(window.service()->path(), m_first);
}

void tst_OpenFiles::opensTheFirstOfTwoAndSaysSo()
{
    MainWindow window;
    window.show();
    bool opened = false;
    QVERIFY(open(window, {m_first, m_second}, &opened).isEmpty());
    QVERIFY(opened);
    QCOMPARE(window.service()->path(), m_first);
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.contains(QStringLiteral("second.bulwark")) && said.contains(QStringLiteral("first.bulwark")),
             qPrintable(said));
}

void tst_OpenFiles::notARegisterIsRefused()
{
    const QString notes = m_dir.filePath(QStringLiteral("notes.bulwark"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are meeting notes, not a register.\n");
    file.close();
    MainWindow window;
    window.show();
    bool opened = true;
    const QString refusal = open(window, {notes}, &opened);
    QVERIFY(!opened);
    QVERIFY2(refusal.contains(QStringLiteral("notes.bulwark")), qPrintable(refusal));
    QVERIFY(!window.service());
}

void tst_OpenFiles::newerRegisterIsRefused()
{
    const QString newer = m_dir.filePath(QStringLiteral("newer.bulwark"));
    QVERIFY(DemoRegister::create(newer));
    QCOMPARE(test::sqliteExec(newer, QStringLiteral("PRAGMA user_version = 999")), QString());
    MainWindow window;
    window.show();
    bool opened = true;
    const QString refusal = open(window, {newer}, &opened);
    QVERIFY(!opened);
    QVERIFY2(refusal.contains(QStringLiteral("newer")), qPrintable(refusal));
    QVERIFY(!window.service());
}

void tst_OpenFiles::missingFileIsNamedOnTheCommandLine()
{
    QString err;
    QCOMPARE(test::runCli({m_dir.filePath(QStringLiteral("missing.bulwark"))}, nullptr, &err), 2);
    QVERIFY2(err.contains(QStringLiteral("there is no file")) && err.contains(QStringLiteral("missing.bulwark")),
             qPrintable(err));
    QCOMPARE(test::runCli({QStringLiteral("frobnicate")}, nullptr, &err), 2);
    QVERIFY2(err.contains(QStringLiteral("not a command")), qPrintable(err));
}

void tst_OpenFiles::dataFolderIsBulwarkAndTakesTheOldOne()
{
    // ~/.local/share/Bulwark (here the test-mode data location): what the old ".../Bulwark/Bulwark" held moves up.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QVERIFY(!base.isEmpty());
    const QString folder = base + QStringLiteral("/Bulwark");
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/Bulwark")));
    QFile old(folder + QStringLiteral("/Bulwark/demo-bank.bulwark"));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old demo");
    old.close();
    QCOMPARE(dataFolder(), folder);
    QCOMPARE(test::fileBytes(folder + QStringLiteral("/demo-bank.bulwark")), QByteArray("old demo"));
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/Bulwark")));
    QCOMPARE(Settings::demoRegisterPath(), folder + QStringLiteral("/demo-bank.bulwark"));
    // A file already in the new folder is never replaced by an old one.
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/Bulwark")));
    QFile older(folder + QStringLiteral("/Bulwark/demo-bank.bulwark"));
    QVERIFY(older.open(QIODevice::WriteOnly));
    older.write("older");
    older.close();
    QCOMPARE(dataFolder(), folder);
    QCOMPARE(test::fileBytes(folder + QStringLiteral("/demo-bank.bulwark")), QByteArray("old demo"));
    QDir(folder).removeRecursively();
}

QTEST_MAIN(tst_OpenFiles)
#include "tst_openfiles.moc"
