// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The records of the register of information in the window (issue 18) on the offscreen platform: the Data tab of the
// Register of Information page and the record dialog edit them through the register's write path as undoable steps;
// a value the rules refuse keeps the dialog open with a message naming the field; Go to Record opens the record.
#include "gui/mainwindow.h"
#include "gui/recorddialog.h"
#include "gui/roipage.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"
#include "model/roi/records.h"
#include "model/roi/templates.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace bulwark;
using namespace bulwark::gui;

namespace {
const QString arrangementKey = QStringLiteral("C-NWC-2021-FRA");
}

class tst_RoiRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editAnArrangementsEndDate();
    void addAndDeleteABranch();
    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();
    void goToRecordOpensTheDialog();

private:
    bool openOnPage();
    /// Selects `key` of `type` in the Data tab and presses Enter there: the dialog opens on it.
    RecordDialog *editWithEnter(const EntityType &type, const QString &key);
    static void setText(RecordDialog *dialog, const QString &token, const QString &text);
    static void pressOk(RecordDialog *dialog);
    roi::Arrangement arrangement() const;
    /// The values of column `code` of the B_02.02 rows of arrangement `key`.
    QStringList b0202(const QString &key, const char *code) const;

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
    RoiPage *m_page = nullptr;
};

void tst_RoiRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_RoiRecords::init()
{
    m_demo = m_dir.filePath(
        QStringLiteral("demo-%1-%2.bulwark")
            .arg(QString::fromLatin1(QTest::currentTestFunction()), QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(DemoRegister::create(m_demo));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page = m_window->roiPage();
    QVERIFY(m_page);
}

void tst_RoiRecords::cleanup()
{
    m_window.reset();
}

bool tst_RoiRecords::openOnPage()
{
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    QSignalSpy built(m_page, &RoiPage::refreshed);
    m_window->openRegister(m_demo);
    if (!opened.wait(15000) || !opened.last().at(1).toBool())
        return false;
    m_window->showPage(MainWindow::RoiPageIndex);
    if (built.isEmpty() && !built.wait(15000))
        return false;
    return built.last().first().toBool();
}

RecordDialog *tst_RoiRecords::editWithEnter(const EntityType &type, const QString &key)
{
    m_page->tabs()->setCurrentIndex(1);
    m_page->showRecords(type, key);
    QTableView *view = m_page->recordView();
    if (view->selectionModel()->selectedRows().size() != 1 || view->currentIndex().data(Qt::UserRole).toString() != key)
        return nullptr;
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    return m_page->recordDialog();
}

void tst_RoiRecords::setText(RecordDialog *dialog, const QString &token, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(dialog->editor(token));
    QVERIFY2(edit, qPrintable(token));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void tst_RoiRecords::pressOk(RecordDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

roi::Arrangement tst_RoiRecords::arrangement() const
{
    const Record record = m_window->service()->records(roi::arrangementType()).value(arrangementKey);
    return record.type ? TableType<roi::Arrangement>::value(record) : roi::Arrangement();
}

QStringList tst_RoiRecords::b0202(const QString &key, const char *code) const
{
    QStringList values;
    const roi::Template &t = roi::templateOf(roi::TemplateId::B0202);
    const int reference = t.column(u"c0010");
    const int column = t.column(QString::fromLatin1(code));
    for (const roi::Row &row : m_page->report()->table(roi::TemplateId::B0202).rows) {
        if (row.value(reference) == key)
            values << row.value(column);
    }
    return values;
}

void tst_RoiRecords::editAnArrangementsEndDate()
{
    QVERIFY(openOnPage());
    const QDate before = arrangement().end;
    const QStringList rowsBefore = b0202(arrangementKey, "c0080");
    QVERIFY(!rowsBefore.isEmpty());
    QVERIFY(!rowsBefore.contains(QStringLiteral("2031-06-30")));

    RecordDialog *dialog = editWithEnter(roi::arrangementType(), arrangementKey);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *key = qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("reference")));
    QVERIFY(key && key->isReadOnly());
    QCOMPARE(key->text(), arrangementKey);
    setText(dialog, QStringLiteral("end"), QStringLiteral("2031-06-30"));
    QSignalSpy built(m_page, &RoiPage::refreshed);
    QUndoStack *undo = m_window->findChild<QUndoStack *>();
    QVERIFY(undo);
    const int steps = undo->count();
    pressOk(dialog);
    QTRY_VERIFY(!m_page->recordDialog());
    QCOMPARE(arrangement().end, QDate(2031, 6, 30));
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY(built.wait(15000));
    const QStringList rowsAfter = b0202(arrangementKey, "c0080");
    QCOMPARE(rowsAfter.size(), rowsBefore.size());
    for (const QString &value : rowsAfter)
        QCOMPARE(value, QStringLiteral("2031-06-30"));
    // The Data tab shows the new date.
    QCOMPARE(m_page->recordView()->currentIndex().data(Qt::UserRole).toString(), arrangementKey);

    // Edit > Undo takes it back.
    auto *undoAction = m_window->findChild<QAction *>(QStringLiteral("edit_undo"));
    QVERIFY(undoAction && undoAction->isEnabled());
    built.clear();
    undoAction->trigger();
    QCOMPARE(arrangement().end, before);
    QVERIFY(built.wait(15000));
    QCOMPARE(b0202(arrangementKey, "c0080"), rowsBefore);
}

void tst_RoiRecords::addAndDeleteABranch()
{
    QVERIFY(openOnPage());
    const QString code = QStringLiteral("DEMOBANK-PRAG");
    const auto branches = [this] { return m_window->service()->records(roi::branchType()); };
    const QString headOffice
        = TableType<roi::Branch>::value(branches().value(QStringLiteral("DEMOBANK-WIEN"))).headOffice;
    QVERIFY(!headOffice.isEmpty());
    m_page->tabs()->setCurrentIndex(1);
    m_page->showRecords(roi::branchType());
    QCOMPARE(m_page->recordTableChoice()->currentData().toString(), QStringLiteral("roi_branch"));
    QCOMPARE(m_page->recordView()->model()->rowCount(), int(branches().size()));
    m_page->recordView()->setFocus();
    QTest::keyClick(m_page->recordView(), Qt::Key_Insert);
    RecordDialog *dialog = m_page->recordDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isNew());
    QVERIFY(!qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("code")))->isReadOnly());
    setText(dialog, QStringLiteral("code"), code);
    setText(dialog, QStringLiteral("head_office"), headOffice);
    setText(dialog, QStringLiteral("name"), QStringLiteral("Demo Bank AG, pobocka Praha"));
    setText(dialog, QStringLiteral("country"), QStringLiteral("CZ"));
    pressOk(dialog);
    QTRY_VERIFY(!m_page->recordDialog());
    QVERIFY(branches().contains(code));
    QCOMPARE(TableType<roi::Branch>::value(branches().value(code)).country, QStringLiteral("CZ"));
    QCOMPARE(m_page->recordView()->model()->rowCount(), int(branches().size()));
    QCOMPARE(m_page->recordView()->currentIndex().data(Qt::UserRole).toString(), code);

    // Delete asks first; Cancel keeps it, Delete removes it.
    QVERIFY(m_page->deleteRecordAction()->isEnabled());
    m_window->activateWindow(); // back from the dialog: shortcuts need the window active
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page->recordView()->setFocus();
    QTest::keyClick(m_page->recordView(), Qt::Key_Delete);
    auto *question = m_page->findChild<QMessageBox *>(QStringLiteral("roiDeleteQuestion"));
    QVERIFY(question);
    QVERIFY2(question->text().contains(code), qPrintable(question->text()));
    question->button(QMessageBox::Cancel)->click();
    QVERIFY(branches().contains(code));
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("roiDeleteQuestion")));
    m_page->deleteRecordAction()->trigger();
    question = m_page->findChild<QMessageBox *>(QStringLiteral("roiDeleteQuestion"));
    QVERIFY(question);
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    }
    QVERIFY(remove);
    remove->click();
    QVERIFY(!branches().contains(code));
    QCOMPARE(m_page->recordView()->model()->rowCount(), int(branches().size()));
    // Undo brings it back.
    m_window->findChild<QAction *>(QStringLiteral("edit_undo"))->trigger();
    QVERIFY(branches().contains(code));
}

void tst_RoiRecords::invalidValuesAreRefused_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::newRow("countryXX") << QStringLiteral("governing_law") << QStringLiteral("XX")
                               << QStringLiteral("Governing law (country)");
    QTest::newRow("month13") << QStringLiteral("end") << QStringLiteral("2026-13-01") << QStringLiteral("End");
    QTest::newRow("unknownProvider") << QStringLiteral("provider") << QStringLiteral("PRV-NOBODY")
                                     << QStringLiteral("PRV-NOBODY");
}

void tst_RoiRecords::invalidValuesAreRefused()
{
    QFETCH(QString, token);
    QFETCH(QString, text);
    QFETCH(QString, label);
    QVERIFY(openOnPage());
    const roi::Arrangement before = arrangement();
    QUndoStack *undo = m_window->findChild<QUndoStack *>();
    const int steps = undo->count();
    RecordDialog *dialog = editWithEnter(roi::arrangementType(), arrangementKey);
    QVERIFY(dialog);
    setText(dialog, token, text);
    pressOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    QVERIFY2(dialog->errorLabel()->text().contains(label), qPrintable(dialog->errorLabel()->text()));
    QVERIFY2(dialog->errorLabel()->text().contains(text), qPrintable(dialog->errorLabel()->text()));
    QVERIFY(arrangement() == before);
    QCOMPARE(undo->count(), steps);
    dialog->reject();
    QTRY_VERIFY(!m_page->recordDialog());
    QVERIFY(arrangement() == before);
    QCOMPARE(undo->count(), steps);
}

void tst_RoiRecords::goToRecordOpensTheDialog()
{
    QVERIFY(openOnPage());
    // Without the overarching arrangement the subsequent ones that name it are a blocking problem (R13).
    QSignalSpy built(m_page, &RoiPage::refreshed);
    ChangeSet change;
    change.removeRecords.push_back({&roi::arrangementType(), QStringLiteral("C-NWC-2021")});
    QVERIFY(m_window->service()->apply(change));
    QVERIFY(built.wait(15000));
    int row = -1;
    QString key;
    for (int r = 0; r < m_page->problemModel()->rowCount(); ++r) {
        const roi::Source &source = m_page->problemModel()->entry(r).problem.source;
        if (source.table == u"roi_arrangement") {
            row = r;
            key = source.key;
            break;
        }
    }
    QVERIFY(row >= 0);
    m_page->goToRecord(row);
    RecordDialog *dialog = m_page->recordDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isNew());
    QCOMPARE(dialog->original().key(), key);
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("reference")))->text(), key);
    QCOMPARE(m_page->tabs()->currentIndex(), 1);
    QCOMPARE(m_page->recordView()->currentIndex().data(Qt::UserRole).toString(), key);
    dialog->reject();
}

QTEST_MAIN(tst_RoiRecords)
#include "tst_roirecords.moc"
