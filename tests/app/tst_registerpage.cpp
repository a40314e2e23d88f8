// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoregister.h"
#include "elementeditor.h"
#include "mainwindow.h"
#include "models/elementfilterproxymodel.h"
#include "models/elementtablemodel.h"
#include "registerpage.h"
#include "commands/registercommand.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace bulwark;
using namespace bulwark::gui;

/// The Register page on the offscreen platform: open in the background, edit, undo, redo, filter.
class tst_RegisterPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensInBackground();
    void editUndoRedo();
    void invalidInputIsShownInline();
    void filterByTextAndKind();
    void addAndDeleteWithUndo();
    void importsInBackground();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void tst_RegisterPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(m_path));
}

void tst_RegisterPage::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(m_path);
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().at(1).toBool(), true);
    QVERIFY(m_window->service());
}

void tst_RegisterPage::cleanup()
{
    m_window.reset();
}

void tst_RegisterPage::opensInBackground()
{
    RegisterPage *page = m_window->registerPage();
    QAbstractItemModelTester tester(page->elementModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->elementModel()->rowCount(), int(m_window->service()->elementCount()));
    QVERIFY(page->elementModel()->rowCount() >= 150);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo.bulwark")));
}

void tst_RegisterPage::editUndoRedo()
{
    RegisterPage *page = m_window->registerPage();
    QAbstractItemModelTester tester(page->elementModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->selectElement(QStringLiteral("APP-CORE"));
    ElementEditor *editor = page->editor();
    QCOMPARE(editor->elementKey(), QStringLiteral("APP-CORE"));
    auto *rto = qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("rto_min")));
    QVERIFY(rto);
    QCOMPARE(rto->text(), QStringLiteral("60"));
    rto->clear();
    QTest::keyClicks(rto, QStringLiteral("45"));
    QVERIFY(editor->apply());
    RegisterService *service = m_window->service();
    QCOMPARE(service->element(QStringLiteral("APP-CORE"))->rtoMin, 45);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit APP-CORE"));

    m_window->undoStack()->undo();
    QCOMPARE(service->element(QStringLiteral("APP-CORE"))->rtoMin, 60);
    QCOMPARE(rto->text(), QStringLiteral("60")); // the form follows the register
    m_window->undoStack()->redo();
    QCOMPARE(service->element(QStringLiteral("APP-CORE"))->rtoMin, 45);

    // The table shows the new value through dataChanged, without a reset.
    const int row = page->elementModel()->rowOf(QStringLiteral("APP-CORE"));
    const QModelIndex cell = page->elementModel()->index(row, int(ElementTableModel::Column::RtoMin));
    QCOMPARE(cell.data(ElementTableModel::SortRole).toInt(), 45);

    // Undo is itself audited: a reopened register has the value, and the audit trail has three entries for it.
    m_window->undoStack()->undo();
    m_window.reset();
    auto reopened = RegisterService::open(m_path, store::Database::OpenMode::OpenExisting);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->element(QStringLiteral("APP-CORE"))->rtoMin, 60);
}

void tst_RegisterPage::invalidInputIsShownInline()
{
    RegisterPage *page = m_window->registerPage();
    page->selectElement(QStringLiteral("PRV-NWC"));
    ElementEditor *editor = page->editor();
    auto *lei = qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("lei")));
    QVERIFY(lei && lei->isEnabled());
    const QString before = lei->text();
    lei->setText(QStringLiteral("529900T8BM49AURSDO56"));
    QVERIFY(!editor->apply());
    QVERIFY2(editor->message().contains(QStringLiteral("not a valid LEI")), qPrintable(editor->message()));
    QCOMPARE(m_window->service()->element(QStringLiteral("PRV-NWC"))->lei, before);
    QCOMPARE(m_window->undoStack()->count(), 0);
    // Function-only fields are disabled for a provider.
    QVERIFY(!editor->fieldWidget(QStringLiteral("mtd_min"))->isEnabled());
}

void tst_RegisterPage::filterByTextAndKind()
{
    RegisterPage *page = m_window->registerPage();
    ElementFilterProxyModel *proxy = page->elementProxy();
    const int all = proxy->rowCount();
    QTest::keyClicks(page->searchField(), QStringLiteral("kestrel"));
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < all);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        QString text;
        for (const auto column : {ElementTableModel::Column::Key, ElementTableModel::Column::Name,
                                  ElementTableModel::Column::Owner, ElementTableModel::Column::Tags})
            text += proxy->index(row, int(column)).data().toString() + u' ';
        QVERIFY2(text.contains(QStringLiteral("kestrel"), Qt::CaseInsensitive), qPrintable(text));
    }
    page->searchField()->clear();
    QCOMPARE(proxy->rowCount(), all);
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(int(ElementKind::Function)));
    QCOMPARE(proxy->rowCount(), 12);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row, 0).data().toString().startsWith(QStringLiteral("F-")));
    // Sorting by RTO sorts numbers as numbers.
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(int(ElementKind::Application)));
    page->elementView()->sortByColumn(int(ElementTableModel::Column::RtoMin), Qt::AscendingOrder);
    int previous = -1;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const int value = proxy->index(row, int(ElementTableModel::Column::RtoMin)).data(ElementTableModel::SortRole).toInt();
        QVERIFY(value >= previous);
        previous = value;
    }
}

void tst_RegisterPage::addAndDeleteWithUndo()
{
    RegisterPage *page = m_window->registerPage();
    RegisterService *service = m_window->service();
    const qsizetype elements = service->elementCount();
    const qsizetype dependencies = service->dependencyCount();
    page->newElement();
    ElementEditor *editor = page->editor();
    qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("key")))->setText(QStringLiteral("APP-NEW"));
    qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("name")))->setText(QStringLiteral("New application"));
    QVERIFY2(editor->apply(), qPrintable(editor->message()));
    QCOMPARE(service->elementCount(), elements + 1);
    QCOMPARE(page->selectedKeys(), QStringList{QStringLiteral("APP-NEW")});
    m_window->undoStack()->undo();
    QCOMPARE(service->elementCount(), elements);

    // Deleting removes dependencies too; undo brings all of them back.
    m_window->undoStack()->push(RegisterCommand::removeElements(service, {QStringLiteral("APP-MSGGW")}).release());
    QVERIFY(!service->element(QStringLiteral("APP-MSGGW")));
    QVERIFY(service->dependencyCount() < dependencies);
    m_window->undoStack()->undo();
    QVERIFY(service->element(QStringLiteral("APP-MSGGW")));
    QCOMPARE(service->dependencyCount(), dependencies);
}

void tst_RegisterPage::importsInBackground()
{
    const QString file = m_dir.filePath(QStringLiteral("more.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "bulwark-register", "version": 1,
 "elements": [{"key": "APP-IMPORTED", "name": "Imported application", "kind": "application", "rto_min": 90}],
 "dependencies": [{"from": "APP-IMPORTED", "to": "APP-CORE", "strength": "soft"}]})");
    f.close();
    const qsizetype before = m_window->service()->elementCount();
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    QSignalSpy reopened(m_window.get(), &MainWindow::registerOpened);
    m_window->importFile(file, false);
    QVERIFY(m_window->isImporting());
    QVERIFY(!m_window->registerPage()->isEnabled()); // no edits while another connection writes
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.first().at(1).toBool(), true);
    QVERIFY(reopened.wait(10000));
    QVERIFY(m_window->registerPage()->isEnabled());
    QCOMPARE(m_window->service()->elementCount(), before + 1);
    QCOMPARE(m_window->service()->element(QStringLiteral("APP-IMPORTED"))->rtoMin, 90);
    QCOMPARE(m_window->registerPage()->elementModel()->rowCount(), int(before + 1));
}

QTEST_MAIN(tst_RegisterPage)
#include "tst_registerpage.moc"
