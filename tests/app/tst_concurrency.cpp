// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Several programs on one register (issue 10): writers in separate processes, a reader during writes, two imports
// into one new file, a service whose register another program changed, and the window reading it again.
#include "gui/elementeditor.h"
#include "gui/mainwindow.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"
#include "model/store/auditlog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace bulwark;

class tst_Concurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void concurrentWritersAllSucceed();
    void verifyDuringWritesSeesOneState();
    void refusedImportKeepsTheOtherImportsRegister();
    void slowerImportDoesNotReplaceTheFasterOne();
    void serviceCatchesUpWithAnotherProgram();
    void serviceRefusesAChangeThatNoLongerFits();
    void windowReadsAgainAfterACommandLineWrite();
    void sameElementWritersNeverLoseAnUpdate();
    void windowKeepsUnsavedEditsUntilTheyAreDone();
    void killedWritesLeaveTheLastCommittedState();
    void killedCreationLeavesNoHalfRegister();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, int timeoutMs = 60000);
    std::unique_ptr<QProcess> start(const QStringList &arguments);
    static Run finish(QProcess &process, int timeoutMs = 60000);
    /// A JSON register of `count` applications; with `broken`, the last dependency names an element that is missing,
    /// so that the import is refused only after the whole file was read and checked.
    QString writeLargeImport(const QString &name, int count, bool broken);
    QString verifyText();

    QTemporaryDir m_dir;
    QString m_path;
};

tst_Concurrency::Run tst_Concurrency::finish(QProcess &process, int timeoutMs)
{
    Run r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

std::unique_ptr<QProcess> tst_Concurrency::start(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(BULWARK_EXECUTABLE));
    process->setArguments(arguments);
    process->start();
    return process;
}

tst_Concurrency::Run tst_Concurrency::run(const QStringList &arguments, int timeoutMs)
{
    auto process = start(arguments);
    return finish(*process, timeoutMs);
}

QString tst_Concurrency::writeLargeImport(const QString &name, int count, bool broken)
{
    QJsonArray elements;
    QJsonArray dependencies;
    for (int i = 0; i < count; ++i) {
        elements.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("APP-%1").arg(i, 6, 10, QLatin1Char('0'))},
                                    {QStringLiteral("name"), QStringLiteral("Application %1").arg(i)},
                                    {QStringLiteral("kind"), QStringLiteral("application")}});
        if (i > 0)
            dependencies.append(
                QJsonObject{{QStringLiteral("from"), QStringLiteral("APP-%1").arg(i, 6, 10, QLatin1Char('0'))},
                            {QStringLiteral("to"), QStringLiteral("APP-%1").arg(i - 1, 6, 10, QLatin1Char('0'))},
                            {QStringLiteral("strength"), QStringLiteral("hard")}});
    }
    if (broken)
        dependencies.append(QJsonObject{{QStringLiteral("from"), QStringLiteral("APP-000000")},
                                        {QStringLiteral("to"), QStringLiteral("APP-MISSING")},
                                        {QStringLiteral("strength"), QStringLiteral("hard")}});
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("bulwark-register")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("elements"), elements},
                           {QStringLiteral("dependencies"), dependencies}};
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0)
        return {};
    return path;
}

QString tst_Concurrency::verifyText()
{
    const Run r = run({QStringLiteral("verify"), QStringLiteral("--db"), m_path});
    return QStringLiteral("exit %1: %2%3").arg(r.code).arg(r.out, r.err);
}

void tst_Concurrency::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Concurrency::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.bulwark").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(DemoRegister::create(m_path));
}

// Before: about half of the writes failed with "could not be updated while writing the audit trail" (the second
// writer appended after a trail head it had read before the first committed).
void tst_Concurrency::concurrentWritersAllSucceed()
{
    const QStringList keys{QStringLiteral("APP-CORE"),
                           QStringLiteral("APP-PAYHUB"),
                           QStringLiteral("APP-TM"),
                           QStringLiteral("APP-ALM"),
                           QStringLiteral("DS-TREAS"),
                           QStringLiteral("INF-AD"),
                           QStringLiteral("APP-CRM"),
                           QStringLiteral("APP-GL"),
                           QStringLiteral("APP-HR"),
                           QStringLiteral("APP-EBANK"),
                           QStringLiteral("APP-ESB"),
                           QStringLiteral("APP-IAM")};
    std::vector<std::unique_ptr<QProcess>> writers;
    for (const QString &key : keys)
        writers.push_back(start({QStringLiteral("set"),
                                 QStringLiteral("--db"),
                                 m_path,
                                 key,
                                 QStringLiteral("description=written concurrently to %1").arg(key)}));
    for (auto &writer : writers) {
        const Run r = finish(*writer);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"UNIQUE") && !r.err.contains(u"audit trail"), qPrintable(r.err));
    }
    const QString verified = verifyText();
    QVERIFY2(verified.startsWith(u"exit 0"), qPrintable(verified));
    auto service = RegisterService::open(m_path, store::Database::OpenMode::ReadOnly);
    QVERIFY(service);
    for (const QString &key : keys)
        QVERIFY((*service)->element(key)->description.endsWith(key));
    // 12 writes, one audit entry each, after the demo's entries: none lost, none doubled.
    auto entries = store::AuditLog::entries((*service)->database(), QString(), 12);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 12);
    for (const store::AuditEntry &e : std::as_const(*entries))
        QCOMPARE(e.action, store::AuditAction::Change);
}

// Before: verify read the register and the trail in two transactions and reported "MISMATCH ... changed outside
// Bulwark" on an untouched register in 4 of 6 tries while another process wrote.
void tst_Concurrency::verifyDuringWritesSeesOneState()
{
    std::vector<std::unique_ptr<QProcess>> writers;
    const QStringList keys{QStringLiteral("APP-CORE"),
                           QStringLiteral("APP-PAYHUB"),
                           QStringLiteral("APP-TM"),
                           QStringLiteral("APP-ALM"),
                           QStringLiteral("DS-TREAS"),
                           QStringLiteral("INF-AD"),
                           QStringLiteral("APP-CRM"),
                           QStringLiteral("APP-GL")};
    for (int i = 0; i < 8; ++i)
        writers.push_back(start({QStringLiteral("set"),
                                 QStringLiteral("--db"),
                                 m_path,
                                 keys[i],
                                 QStringLiteral("description=write %1").arg(i)}));
    for (int i = 0; i < 6; ++i) {
        const QString verified = verifyText();
        QVERIFY2(verified.startsWith(u"exit 0"), qPrintable(verified));
    }
    for (auto &writer : writers)
        QCOMPARE(finish(*writer).code, 0);
    const QString verified = verifyText();
    QVERIFY2(verified.startsWith(u"exit 0"), qPrintable(verified));
}

// Before: a refused slow import into a new file deleted the register that a second, successful import had just
// created and reported.
void tst_Concurrency::refusedImportKeepsTheOtherImportsRegister()
{
    const QString target = m_dir.filePath(QStringLiteral("new-refused.bulwark"));
    const QString slow = writeLargeImport(QStringLiteral("slow-broken.json"), 20000, true);
    const QString quick = writeLargeImport(QStringLiteral("quick.json"), 10, false);
    QVERIFY(!slow.isEmpty() && !quick.isEmpty());
    auto slowImport = start({QStringLiteral("import"), QStringLiteral("--db"), target, slow});
    // The slow import has begun its register (a temporary file beside the target) before the quick one starts.
    QTRY_VERIFY_WITH_TIMEOUT(
        !QDir(m_dir.path()).entryList({QStringLiteral(".new-refused.bulwark.*")}, QDir::Files | QDir::Hidden).isEmpty(),
        20000);
    const Run quickRun = run({QStringLiteral("import"), QStringLiteral("--db"), target, quick});
    const Run slowRun = finish(*slowImport);
    QVERIFY2(quickRun.code == 0, qPrintable(quickRun.err));
    QCOMPARE(slowRun.code, 2);
    QVERIFY2(slowRun.err.contains(u"APP-MISSING"), qPrintable(slowRun.err));
    QVERIFY(QFileInfo::exists(target));
    auto service = RegisterService::open(target, store::Database::OpenMode::ReadOnly);
    QVERIFY(service);
    QCOMPARE((*service)->elementCount(), 10);
    // Nothing else is left in the folder: no temporary register of the refused import.
    const QStringList leftovers
        = QDir(m_dir.path())
              .entryList({QStringLiteral(".new-refused*"), QStringLiteral("*.new")}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
}

void tst_Concurrency::slowerImportDoesNotReplaceTheFasterOne()
{
    const QString target = m_dir.filePath(QStringLiteral("new-race.bulwark"));
    const QString slow = writeLargeImport(QStringLiteral("slow-valid.json"), 20000, false);
    const QString quick = writeLargeImport(QStringLiteral("quick-valid.json"), 10, false);
    auto slowImport = start({QStringLiteral("import"), QStringLiteral("--db"), target, slow});
    QTRY_VERIFY_WITH_TIMEOUT(
        !QDir(m_dir.path()).entryList({QStringLiteral(".new-race.bulwark.*")}, QDir::Files | QDir::Hidden).isEmpty(),
        20000);
    const Run quickRun = run({QStringLiteral("import"), QStringLiteral("--db"), target, quick});
    const Run slowRun = finish(*slowImport);
    QVERIFY2(quickRun.code == 0, qPrintable(quickRun.err));
    // The slower import finds a register in place and says so; it does not replace it.
    QCOMPARE(slowRun.code, 2);
    QVERIFY2(slowRun.err.contains(u"Another program created"), qPrintable(slowRun.err));
    auto service = RegisterService::open(target, store::Database::OpenMode::ReadOnly);
    QVERIFY(service);
    QCOMPARE((*service)->elementCount(), 10);
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".new-race*")}, QDir::Files | QDir::Hidden).isEmpty());
}

// A service (the GUI's) that read the register before another program wrote: its next write reads the register
// again under the write lock, checks the change against it, and writes after the other program's entries.
void tst_Concurrency::serviceCatchesUpWithAnotherProgram()
{
    auto opened = RegisterService::open(m_path, store::Database::OpenMode::OpenExisting);
    QVERIFY(opened);
    RegisterService &service = **opened;
    QSignalSpy reloaded(&service, &RegisterService::reloaded);
    auto outdated = service.isOutdated();
    QVERIFY(outdated && !*outdated);

    const Run other = run({QStringLiteral("set"),
                           QStringLiteral("--db"),
                           m_path,
                           QStringLiteral("APP-CORE"),
                           QStringLiteral("owner=Changed elsewhere")});
    QVERIFY2(other.code == 0, qPrintable(other.err));
    outdated = service.isOutdated();
    QVERIFY(outdated && *outdated);

    ChangeSet changes;
    Element tm = *service.element(QStringLiteral("APP-TM"));
    tm.owner = QStringLiteral("Changed here");
    changes.add(tm, ChangeSet::Mode::Update);
    auto summary = service.apply(changes);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->elements.changed, 1);
    // The service now holds what the file holds: the other program's change too.
    QCOMPARE(service.element(QStringLiteral("APP-CORE"))->owner, QStringLiteral("Changed elsewhere"));
    QTRY_COMPARE(reloaded.count(), 1);
    const QString verified = verifyText();
    QVERIFY2(verified.startsWith(u"exit 0"), qPrintable(verified));
}

void tst_Concurrency::serviceRefusesAChangeThatNoLongerFits()
{
    auto opened = RegisterService::open(m_path, store::Database::OpenMode::OpenExisting);
    QVERIFY(opened);
    RegisterService &service = **opened;
    Element gone = *service.element(QStringLiteral("APP-ALM"));
    const Run other = run({QStringLiteral("remove"), QStringLiteral("--db"), m_path, QStringLiteral("APP-ALM")});
    QVERIFY2(other.code == 0, qPrintable(other.err));

    gone.owner = QStringLiteral("Edited after it was removed elsewhere");
    ChangeSet changes;
    changes.add(gone, ChangeSet::Mode::Update);
    auto summary = service.apply(changes);
    QVERIFY(!summary);
    QVERIFY2(summary.error().message.contains(u"changed by another program"), qPrintable(summary.error().message));
    QVERIFY2(summary.error().message.contains(u"Nothing was written"), qPrintable(summary.error().message));
    QVERIFY(!service.element(QStringLiteral("APP-ALM")));
    const QString verified = verifyText();
    QVERIFY2(verified.startsWith(u"exit 0"), qPrintable(verified));
}

void tst_Concurrency::windowReadsAgainAfterACommandLineWrite()
{
    gui::MainWindow window;
    window.show();
    QSignalSpy opened(&window, &gui::MainWindow::registerOpened);
    window.openRegister(m_path);
    QVERIFY(opened.wait(10000));
    QVERIFY(window.service());
    const Run other = run({QStringLiteral("set"),
                           QStringLiteral("--db"),
                           m_path,
                           QStringLiteral("APP-CORE"),
                           QStringLiteral("name=Renamed on the command line")});
    QVERIFY2(other.code == 0, qPrintable(other.err));
    // The window checks every two seconds and reads the register again on a worker.
    QVERIFY(opened.wait(10000));
    QVERIFY(window.service());
    QCOMPARE(window.service()->element(QStringLiteral("APP-CORE"))->name,
             QStringLiteral("Renamed on the command line"));
}

// Before the review: a writer that caught up re-validated its whole, stale element and wrote it over the other
// program's change to another field of the same element (a lost update, both reported success). Now each write either
// lands on top of the other's or is refused saying so; no successful write is lost.
void tst_Concurrency::sameElementWritersNeverLoseAnUpdate()
{
    int refused = 0;
    for (int round = 0; round < 6; ++round) {
        const QString owner = QStringLiteral("Owner %1").arg(round);
        const QString description = QStringLiteral("Description %1").arg(round);
        auto first = start({QStringLiteral("set"),
                            QStringLiteral("--db"),
                            m_path,
                            QStringLiteral("APP-CORE"),
                            QStringLiteral("owner=%1").arg(owner)});
        auto second = start({QStringLiteral("set"),
                             QStringLiteral("--db"),
                             m_path,
                             QStringLiteral("APP-CORE"),
                             QStringLiteral("description=%1").arg(description)});
        const Run a = finish(*first);
        const Run b = finish(*second);
        for (const Run *r : {&a, &b}) {
            if (r->code != 0) {
                QCOMPARE(r->code, 2);
                QVERIFY2(r->err.contains(u"changed by another program"), qPrintable(r->err));
                ++refused;
            }
        }
        auto service = RegisterService::open(m_path, store::Database::OpenMode::ReadOnly);
        QVERIFY(service);
        const Element *core = (*service)->element(QStringLiteral("APP-CORE"));
        if (a.code == 0)
            QCOMPARE(core->owner, owner);
        if (b.code == 0)
            QCOMPARE(core->description, description);
    }
    qInfo("%d of 12 concurrent writes to one element were refused as conflicts", refused);
    const QString verified = verifyText();
    QVERIFY2(verified.startsWith(u"exit 0"), qPrintable(verified));
}

// The window reads the register again after another program wrote, but not over edits the user has not applied.
void tst_Concurrency::windowKeepsUnsavedEditsUntilTheyAreDone()
{
    gui::MainWindow window;
    window.show();
    QSignalSpy opened(&window, &gui::MainWindow::registerOpened);
    window.openRegister(m_path);
    QVERIFY(opened.wait(10000));
    auto *editor = window.findChild<gui::ElementEditor *>();
    QVERIFY(editor);
    editor->setElement(QStringLiteral("APP-TM"));
    auto *owner = qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("owner")));
    QVERIFY(owner);
    owner->setText(QStringLiteral("Typed, not applied"));
    QVERIFY(editor->hasUnsavedEdits());
    const Run other = run({QStringLiteral("set"),
                           QStringLiteral("--db"),
                           m_path,
                           QStringLiteral("APP-CORE"),
                           QStringLiteral("name=Renamed while the user typed")});
    QVERIFY2(other.code == 0, qPrintable(other.err));
    QTest::qWait(4500); // two checks
    QCOMPARE(opened.count(), 1);
    QCOMPARE(owner->text(), QStringLiteral("Typed, not applied"));
    // Once the edit is applied, the window catches up.
    QVERIFY(editor->apply());
    QVERIFY(opened.wait(10000));
    QCOMPARE(window.service()->element(QStringLiteral("APP-CORE"))->name,
             QStringLiteral("Renamed while the user typed"));
    QCOMPARE(window.service()->element(QStringLiteral("APP-TM"))->owner, QStringLiteral("Typed, not applied"));
}

// kill -9 at random moments of an import into an existing register: the register always opens, verifies, and holds
// either everything it held before or everything after.
void tst_Concurrency::killedWritesLeaveTheLastCommittedState()
{
    const QString data = writeLargeImport(QStringLiteral("kill-import.json"), 4000, false);
    const qsizetype before = [&] {
        auto service = RegisterService::open(m_path, store::Database::OpenMode::ReadOnly);
        return service ? (*service)->elementCount() : -1;
    }();
    QVERIFY(before > 0);
    int killed = 0;
    for (int i = 0; i < 12; ++i) {
        auto process = start({QStringLiteral("import"), QStringLiteral("--db"), m_path, data});
        QVERIFY(process->waitForStarted());
        QTest::qWait(40 + (i * 97) % 700);
        if (process->state() == QProcess::Running) {
            process->kill();
            ++killed;
        }
        process->waitForFinished();
        const QString verified = verifyText();
        QVERIFY2(verified.startsWith(u"exit 0"), qPrintable(verified));
        auto service = RegisterService::open(m_path, store::Database::OpenMode::ReadOnly);
        QVERIFY(service);
        const qsizetype now = (*service)->elementCount();
        QVERIFY2(now == before || now == before + 4000, qPrintable(QString::number(now)));
        if (now == before + 4000) {
            // Imported: take it out again (one write) so the next round starts from the same state.
            service->reset();
            const Run removed = run({QStringLiteral("import"),
                                     QStringLiteral("--db"),
                                     m_path,
                                     QStringLiteral("--prune"),
                                     m_dir.filePath(QStringLiteral("before.json"))});
            QVERIFY2(removed.code == 0, qPrintable(removed.err));
        }
        if (i == 0) {
            // Keep what the register held before, to go back to it.
            service->reset();
            QCOMPARE(run({QStringLiteral("export"),
                          QStringLiteral("--db"),
                          m_path,
                          QStringLiteral("--output"),
                          m_dir.filePath(QStringLiteral("before.json"))})
                         .code,
                     0);
        }
    }
    QVERIFY2(killed > 0, "no import was killed while it ran; the delays need adjusting");
}

// kill -9 while a new register is being created: under its real name there is either nothing or a complete
// register, never a half-written one.
void tst_Concurrency::killedCreationLeavesNoHalfRegister()
{
    const QString data = writeLargeImport(QStringLiteral("kill-create.json"), 4000, false);
    int killed = 0;
    for (int i = 0; i < 8; ++i) {
        const QString target = m_dir.filePath(QStringLiteral("created-%1.bulwark").arg(i));
        auto process = start({QStringLiteral("import"), QStringLiteral("--db"), target, data});
        QVERIFY(process->waitForStarted());
        QTest::qWait(30 + (i * 131) % 600);
        if (process->state() == QProcess::Running) {
            process->kill();
            ++killed;
        }
        process->waitForFinished();
        if (!QFileInfo::exists(target))
            continue;
        auto service = RegisterService::open(target, store::Database::OpenMode::ReadOnly);
        QVERIFY2(service, qPrintable(service ? QString() : service.error().message));
        QCOMPARE((*service)->elementCount(), 4000);
    }
    QVERIFY2(killed > 0, "no import was killed while it ran; the delays need adjusting");
}

QTEST_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"
