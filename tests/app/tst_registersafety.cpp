// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/auditlogdialog.h"
#include "gui/dashboardpage.h"
#include "gui/elementeditor.h"
#include "gui/functionpage.h"
#include "gui/impactpage.h"
#include "gui/mainwindow.h"
#include "gui/mappage.h"
#include "gui/registerpage.h"
#include "gui/snapshotcache.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"
#include "model/store/auditlog.h"
#include "model/store/database.h"
#include "model/store/registerstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace bulwark;
using namespace bulwark::gui;

/// Issue 12: a register file deleted or replaced while it is open. Writing stops (nothing goes into a file nobody can
/// open again), the user is told, and the register as it is open, audit trail included, can be saved to a new file.
class tst_RegisterSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void serviceRefusesWritesToAMovedFile();
    void windowStopsWritingWhenTheFileIsDeleted();
    void windowStopsWritingWhenTheFileIsReplaced();
    void auditTrailOfADeletedFileShowsWhatTheWindowHolds();

private:
    /// A fresh copy of the demo register in the test folder.
    QString freshRegister(const QString &name);
    static qint64 auditSeq(const store::Database &db);
    /// Opens `path` in a window and waits for it.
    static bool open(MainWindow &window, const QString &path);

    QTemporaryDir m_dir;
    QString m_demo;
};

void tst_RegisterSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(m_demo));
}

QString tst_RegisterSafety::freshRegister(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_demo, path))
        return {};
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

qint64 tst_RegisterSafety::auditSeq(const store::Database &db)
{
    const auto head = store::RegisterStore::auditHead(db);
    return head ? head->seq : -1;
}

bool tst_RegisterSafety::open(MainWindow &window, const QString &path)
{
    QSignalSpy opened(&window, &MainWindow::registerOpened);
    window.openRegister(path);
    return opened.wait(10000) && opened.last().at(1).toBool() && window.service() && window.service()->path() == path;
}

void tst_RegisterSafety::serviceRefusesWritesToAMovedFile()
{
    const QString path = freshRegister(QStringLiteral("moved.bulwark"));
    auto service = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
    QVERIFY(service);
    Element core = *(*service)->element(QStringLiteral("APP-CORE"));
    core.owner = QStringLiteral("Written before the move");
    ChangeSet first;
    first.add(core, ChangeSet::Mode::Update);
    QVERIFY((*service)->apply(first));
    QCOMPARE((*service)->database().fileState(), store::Database::FileState::Present);
    const qint64 seq = auditSeq((*service)->database());

    // Moved away (a rename in the same folder): SQLite goes on writing into the file under its new name, which the
    // user no longer knows of; the service refuses.
    const QString elsewhere = m_dir.filePath(QStringLiteral("moved-away.bulwark"));
    QVERIFY(QFile::rename(path, elsewhere));
    QCOMPARE((*service)->database().fileState(), store::Database::FileState::Missing);
    core.owner = QStringLiteral("Written after the move");
    ChangeSet second;
    second.add(core, ChangeSet::Mode::Update);
    QSignalSpy failed(service->get(), &RegisterService::writeFailed);
    const auto refused = (*service)->apply(second);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Io);
    QVERIFY2(refused.error().message.contains(QStringLiteral("deleted or moved")), qPrintable(refused.error().message));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(auditSeq((*service)->database()), seq); // nothing went into the file
    QCOMPARE((*service)->element(QStringLiteral("APP-CORE"))->owner, QStringLiteral("Written before the move"));

    // The way out: a copy of what the connection holds, trail included.
    const QString copy = m_dir.filePath(QStringLiteral("moved-copy.bulwark"));
    QVERIFY((*service)->saveCopy(copy));
    service->reset();
    auto reopened = RegisterService::open(copy, store::Database::OpenMode::OpenExisting);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    QCOMPARE((*reopened)->element(QStringLiteral("APP-CORE"))->owner, QStringLiteral("Written before the move"));
    QCOMPARE(auditSeq((*reopened)->database()), seq);
    const auto verified = store::AuditLog::verify((*reopened)->database());
    QVERIFY(verified);
    QVERIFY(verified->isIntact());
    QCOMPARE(verified->entries, seq);
    // And it takes edits again.
    QVERIFY((*reopened)->apply(second));
}

void tst_RegisterSafety::windowStopsWritingWhenTheFileIsDeleted()
{
    const QString path = freshRegister(QStringLiteral("deleted.bulwark"));
    MainWindow window;
    window.show();
    QVERIFY(open(window, path));
    RegisterPage *page = window.registerPage();
    ElementEditor *editor = page->editor();

    // An edit before the file goes: its history must survive in the copy.
    page->selectElement(QStringLiteral("APP-CORE"));
    auto *owner = qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("owner")));
    QVERIFY(owner);
    owner->setText(QStringLiteral("Edited while the file was there"));
    QVERIFY(editor->apply());
    const qint64 seq = auditSeq(window.service()->database());
    QVERIFY(seq > 0);

    QSignalSpy vanished(&window, &MainWindow::registerFileVanished);
    QVERIFY(QFile::remove(path));
    // The file watcher notices at once, without an edit.
    QVERIFY(vanished.wait(5000));
    QCOMPARE(vanished.first().first().toString(), path);
    QMessageBox *box = window.fileVanishedBox();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("deleted")), qPrintable(box->text()));
    bool offersCopy = false;
    for (QAbstractButton *button : box->buttons())
        offersCopy |= button->text().remove(u'&').startsWith(QStringLiteral("Save a Copy"));
    QVERIFY(offersCopy);
    box->close();

    // The next edit is refused, and nothing lands in the unlinked file.
    owner->setText(QStringLiteral("Edited after the file was deleted"));
    QVERIFY(!editor->apply());
    QCOMPARE(auditSeq(window.service()->database()), seq);
    QCOMPARE(window.service()->element(QStringLiteral("APP-CORE"))->owner,
             QStringLiteral("Edited while the file was there"));
    QVERIFY(!QFile::exists(path)); // nothing created a new file under the old name either
    // The refused write brings the dialog back, not an error without a way out.
    QTRY_VERIFY(window.fileVanishedBox() && window.fileVanishedBox()->isVisible());

    // The pages (Dashboard, Map, Impact) go on analysing the register as it is open here: the snapshot comes through
    // the service's connection. A worker that reads the file by its name hears that it is gone, and gets no
    // command-line instruction.
    SnapshotCache cache;
    cache.setService(window.service());
    int shown = -1;
    cache.acquire(this, [&](SnapshotCache::SnapshotResult snapshot) { shown = snapshot ? (*snapshot)->size() : 0; });
    QTRY_VERIFY(shown >= 0);
    QCOMPARE(shown, int(window.service()->elementCount()));
    const auto byName = SnapshotCache::load(path, nullptr);
    QVERIFY(!byName);
    QVERIFY2(byName.error().message.contains(QStringLiteral("deleted or moved")), qPrintable(byName.error().message));
    QVERIFY2(!byName.error().message.contains(QStringLiteral("bulwark init")), qPrintable(byName.error().message));

    // Save a copy: it opens, with the whole trail, verified.
    editor->setElement(QStringLiteral("APP-CORE")); // the refused edit is dropped
    const QString copy = m_dir.filePath(QStringLiteral("deleted-copy.bulwark"));
    QSignalSpy opened(&window, &MainWindow::registerOpened);
    QVERIFY(window.saveCopyAs(copy));
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.last().at(0).toString(), copy);
    QVERIFY(opened.last().at(1).toBool());
    QCOMPARE(window.service()->path(), copy);
    QTRY_VERIFY(!window.fileVanishedBox());
    QCOMPARE(window.service()->element(QStringLiteral("APP-CORE"))->owner,
             QStringLiteral("Edited while the file was there"));
    QCOMPARE(auditSeq(window.service()->database()), seq);
    const auto history = store::AuditLog::entries(window.service()->database(), QStringLiteral("APP-CORE"), 0);
    QVERIFY(history);
    bool found = false;
    for (const store::AuditEntry &entry : *history)
        found |= entry.after.contains("Edited while the file was there");
    QVERIFY(found);
    const auto verified = store::AuditLog::verify(window.service()->database());
    QVERIFY(verified);
    QVERIFY(verified->isIntact());
    QCOMPARE(verified->entries, seq);
    // Editing goes on in the copy.
    page->selectElement(QStringLiteral("APP-CORE"));
    owner = qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("owner")));
    owner->setText(QStringLiteral("Edited in the copy"));
    QVERIFY(editor->apply());
    QCOMPARE(auditSeq(window.service()->database()), seq + 1);
}

void tst_RegisterSafety::windowStopsWritingWhenTheFileIsReplaced()
{
    const QString path = freshRegister(QStringLiteral("replaced.bulwark"));
    MainWindow window;
    window.show();
    QVERIFY(open(window, path));

    // Another register is renamed over it (as a sync tool or a restore from backup would do). A second name for the
    // replacement lets the test read it afterwards without the WAL file of the old name.
    const QString other = freshRegister(QStringLiteral("replacement.bulwark"));
    {
        auto replacement = RegisterService::open(other, store::Database::OpenMode::OpenExisting);
        QVERIFY(replacement);
        Element extra;
        extra.key = QStringLiteral("APP-ONLY-IN-THE-REPLACEMENT");
        extra.name = QStringLiteral("Only in the replacement");
        extra.kind = ElementKind::Application;
        ChangeSet add;
        add.add(extra);
        QVERIFY((*replacement)->apply(add));
        QVERIFY((*replacement)->database().checkpointAll(QStringLiteral("test")));
    }
    const QString otherName = m_dir.filePath(QStringLiteral("replacement-link.bulwark"));
    QVERIFY(::link(QFile::encodeName(other).constData(), QFile::encodeName(otherName).constData()) == 0);
    const qint64 otherSeq = [&] {
        auto db = store::Database::open(otherName, store::Database::OpenMode::ReadOnly);
        return db ? auditSeq(**db) : -1;
    }();
    QVERIFY(otherSeq > 0);
    const qint64 seq = auditSeq(window.service()->database());

    QSignalSpy vanished(&window, &MainWindow::registerFileVanished);
    QVERIFY(std::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);
    QVERIFY(vanished.wait(5000));
    QCOMPARE(window.service()->database().fileState(), store::Database::FileState::Replaced);
    QTRY_VERIFY(window.fileVanishedBox() && window.fileVanishedBox()->isVisible());
    QVERIFY2(window.fileVanishedBox()->text().contains(QStringLiteral("replaced")),
             qPrintable(window.fileVanishedBox()->text()));

    RegisterPage *page = window.registerPage();
    ElementEditor *editor = page->editor();
    page->selectElement(QStringLiteral("APP-CORE"));
    auto *owner = qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("owner")));
    QVERIFY(owner);
    owner->setText(QStringLiteral("Never written anywhere"));
    QVERIFY(!editor->apply());
    QCOMPARE(auditSeq(window.service()->database()), seq);

    // The pages analyse the register open here, not the replacement (which has one element more).
    SnapshotCache cache;
    cache.setService(window.service());
    int shown = -1;
    cache.acquire(this, [&](SnapshotCache::SnapshotResult snapshot) { shown = snapshot ? (*snapshot)->size() : 0; });
    QTRY_VERIFY(shown >= 0);
    QCOMPARE(shown, int(window.service()->elementCount()));

    const QString copy = m_dir.filePath(QStringLiteral("replaced-copy.bulwark"));
    editor->setElement(QStringLiteral("APP-CORE"));
    QVERIFY(window.saveCopyAs(copy));
    QTRY_COMPARE(window.service() ? window.service()->path() : QString(), copy);
    QCOMPARE(auditSeq(window.service()->database()), seq);
    const auto verified = store::AuditLog::verify(window.service()->database());
    QVERIFY(verified && verified->isIntact());
    auto replacement = store::Database::open(otherName, store::Database::OpenMode::ReadOnly);
    QVERIFY(replacement);
    QCOMPARE(auditSeq(**replacement), otherSeq);
}

void tst_RegisterSafety::auditTrailOfADeletedFileShowsWhatTheWindowHolds()
{
    // The Audit Trail read the register by its file name: once the file was gone it showed an error, or another
    // file's trail. It now shows the trail the window holds, says the file is gone, and offers Save a Copy.
    const QString path = freshRegister(QStringLiteral("audit-gone.bulwark"));
    MainWindow window;
    window.show();
    QVERIFY(open(window, path));
    RegisterPage *page = window.registerPage();
    page->selectElement(QStringLiteral("APP-CORE"));
    auto *owner = qobject_cast<QLineEdit *>(page->editor()->fieldWidget(QStringLiteral("owner")));
    QVERIFY(owner);
    owner->setText(QStringLiteral("Edited before the file went"));
    QVERIFY(page->editor()->apply());
    const qint64 seq = auditSeq(window.service()->database());
    // The pages read the register again after the edit, by its name; the file goes once they are done (a read that
    // starts as the file goes is another matter, not this test's).
    QTRY_VERIFY_WITH_TIMEOUT(!window.dashboardPage()->isRefreshing() && !window.functionPage()->isRefreshing()
                                 && !window.mapPage()->isBusy() && !window.impactPage()->isRunning(),
                             10000);

    QSignalSpy vanished(&window, &MainWindow::registerFileVanished);
    QVERIFY(QFile::remove(path));
    QVERIFY(vanished.wait(5000));
    if (QMessageBox *box = window.fileVanishedBox())
        box->close();

    auto *action = window.findChild<QAction *>(QStringLiteral("auditTrail"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<AuditLogDialog *>();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &AuditLogDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().first().toBool(), true);
    QCOMPARE(qint64(dialog->model()->rowCount()), seq); // every entry, the last edit's included
    QCOMPARE(dialog->path(), path);
    QVERIFY(dialog->fileGoneNotice()->isVisible());
    QVERIFY2(dialog->fileGoneNotice()->text().contains(QStringLiteral("deleted or replaced")),
             qPrintable(dialog->fileGoneNotice()->text()));
    auto *saveCopy = dialog->findChild<QPushButton *>(QStringLiteral("auditSaveCopy"));
    QVERIFY(saveCopy && saveCopy->isVisible());
    QVERIFY(!QFile::exists(path)); // reading it created nothing under the old name

    // Verify works on what the window holds.
    QSignalSpy verified(dialog, &AuditLogDialog::verified);
    dialog->verify();
    QVERIFY(verified.wait(10000));
    QCOMPARE(verified.first().first().toBool(), true);

    // Save a Copy is the window's (a file dialog there); the request reaches it.
    QSignalSpy asked(dialog, &AuditLogDialog::saveCopyRequested);
    QObject::disconnect(dialog, &AuditLogDialog::saveCopyRequested, &window, nullptr); // no modal file dialog here
    saveCopy->click();
    QCOMPARE(asked.size(), 1);
}

QTEST_MAIN(tst_RegisterSafety)
#include "tst_registersafety.moc"
