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
#include "model/store/registerlock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSysInfo>
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
    void theWindowMarksTheRegisterItHasOpen();
    void aRegisterOpenInAnotherProcessSaysWhoAndOpensReadOnly();
    void aRegisterOpenElsewhereCanBeLeftClosed();
    void aMarkLeftByAGoneProcessIsTakenOver();

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

namespace {

/// Answers the "open elsewhere" question with the button whose text contains `answer` ("Read-Only" or "Cancel"),
/// and keeps what it said.
struct LockAnswer {
    QString text;
    QTimer watcher;
    LockAnswer(QObject *context, const QString &answer)
    {
        QObject::connect(&watcher, &QTimer::timeout, context, [this, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            text = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(u'&').contains(answer)) {
                    button->click();
                    return;
                }
            }
            box->reject();
        });
        watcher.start(20);
    }
};

void writeMark(const QString &registerPath, const QString &user, const QString &host, qint64 pid)
{
    QFile mark(store::RegisterLock::lockPath(registerPath));
    QVERIFY(mark.open(QIODevice::WriteOnly | QIODevice::Truncate));
    mark.write(QStringLiteral("%1\n%2\n%3\n2026-11-30T09:15:00Z\n").arg(user, host).arg(pid).toUtf8());
}

} // namespace

void tst_OpenFiles::theWindowMarksTheRegisterItHasOpen()
{
    const QString lock = store::RegisterLock::lockPath(m_first);
    {
        MainWindow window;
        window.show();
        bool opened = false;
        QVERIFY(open(window, {m_first}, &opened).isEmpty());
        QVERIFY(opened);
        QVERIFY(QFileInfo::exists(lock));
        const QList<QByteArray> lines = test::fileBytes(lock).split('\n');
        QVERIFY(lines.size() >= 4);
        QCOMPARE(lines.at(1), QSysInfo::machineHostName().toUtf8());
        QCOMPARE(lines.at(2), QByteArray::number(QCoreApplication::applicationPid()));
        QVERIFY(!window.service()->database().isReadOnly());
        // Another register in the same window: the first is no longer marked, the second is.
        QVERIFY(open(window, {m_second}, &opened).isEmpty());
        QVERIFY(!QFileInfo::exists(lock));
        QVERIFY(QFileInfo::exists(store::RegisterLock::lockPath(m_second)));
    }
    QVERIFY2(!QFileInfo::exists(store::RegisterLock::lockPath(m_second)), "the window closed, its mark stayed");
}

void tst_OpenFiles::aRegisterOpenInAnotherProcessSaysWhoAndOpensReadOnly()
{
    // A real second process: the program itself, with its window on the register (offscreen).
    QProcess other;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("USER"), QStringLiteral("anna"));
    other.setProcessEnvironment(env);
    other.start(QStringLiteral(BULWARK_EXECUTABLE), {m_first});
    QVERIFY(other.waitForStarted(10000));
    const QString lock = store::RegisterLock::lockPath(m_first);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(lock), 20000);

    MainWindow window;
    window.show();
    QSignalSpy done(&window, &MainWindow::registerOpened);
    LockAnswer answer(&window, QStringLiteral("Read-Only"));
    window.openInitialRegister({m_first});
    QVERIFY(done.wait(20000));
    QVERIFY2(answer.text.contains(QStringLiteral("anna")) && answer.text.contains(QSysInfo::machineHostName())
                 && answer.text.contains(QString::number(other.processId())),
             qPrintable(answer.text));
    QVERIFY(done.first().at(1).toBool());
    QVERIFY(window.service());
    QVERIFY(window.service()->database().isReadOnly());
    QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")), qPrintable(window.windowTitle()));
    // The other window's mark is untouched by the reader.
    QVERIFY(test::fileBytes(lock).startsWith("anna\n"));
    other.terminate();
    QVERIFY(other.waitForFinished(10000));
}

void tst_OpenFiles::aRegisterOpenElsewhereCanBeLeftClosed()
{
    // A mark from another machine cannot be checked: it counts as held.
    writeMark(m_second, QStringLiteral("ben"), QStringLiteral("ws-elsewhere-17"), 4242);
    MainWindow window;
    window.show();
    QSignalSpy done(&window, &MainWindow::registerOpened);
    LockAnswer answer(&window, QStringLiteral("Cancel"));
    window.openInitialRegister({m_second});
    QVERIFY(!done.isEmpty() || done.wait(20000)); // a question answered "no" ends before the call returns
    QVERIFY(!done.first().at(1).toBool());
    QVERIFY(!window.service());
    QVERIFY2(answer.text.contains(QStringLiteral("ben on ws-elsewhere-17 (process 4242) since 2026-11-30 09:15 UTC")),
             qPrintable(answer.text));
    QVERIFY(test::fileBytes(store::RegisterLock::lockPath(m_second)).startsWith("ben\n"));
    QFile::remove(store::RegisterLock::lockPath(m_second));
}

void tst_OpenFiles::aMarkLeftByAGoneProcessIsTakenOver()
{
    // A window that crashed left its mark; its process is gone, so the mark is stale and nobody is asked.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForStarted(10000));
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished(10000));
    writeMark(m_second, QStringLiteral("carla"), QSysInfo::machineHostName(), pid);
    QVERIFY(!store::RegisterLock::holder(m_second));
    MainWindow window;
    window.show();
    bool opened = false;
    QVERIFY(open(window, {m_second}, &opened).isEmpty());
    QVERIFY(opened);
    QVERIFY(!window.service()->database().isReadOnly());
    QCOMPARE(test::fileBytes(store::RegisterLock::lockPath(m_second)).split('\n').at(2),
             QByteArray::number(QCoreApplication::applicationPid()));
}

QTEST_MAIN(tst_OpenFiles)
#include "tst_openfiles.moc"
