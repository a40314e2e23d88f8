// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/registercommand.h"
#include "gui/elementeditor.h"
#include "gui/mainwindow.h"
#include "gui/mappage.h"
#include "gui/models/elementfilterproxymodel.h"
#include "gui/models/elementtablemodel.h"
#include "gui/models/relationtablemodel.h"
#include "gui/models/resulttablemodel.h"
#include "gui/registerpage.h"
#include "gui/relationdialogs.h"
#include "gui/settings.h"
#include "gui/settingsdialog.h"
#include "model/exchange/demoregister.h"
#include "model/exchange/jsonformat.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>

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
    void aNewerOpenReplacesTheOlder();
    void editUndoRedo();
    void invalidInputIsShownInline();
    void filterByTextAndKind();
    void addAndDeleteWithUndo();
    void importsInBackground();
    void dependencyAddEditRemoveWithUndo();
    void invalidDependencyIsShownInTheDialog();
    void groupCreateAndDissolveWithUndo();
    void bulkEditIsOneUndoStep();
    void historyShowsTheElementsChanges();
    void filterByOwnerTagAndCriticality();
    void dropImportsAJsonFile();
    void proxySortsAndFollowsEdits();
    void proxyFiltersOnAWorker();
    void filterKeepsTheCurrentElement();
    void wholeRegisterTablesEdit();
    void wholeRegisterTableSortsOnAWorker();
    void importCanBeCanceled();
    void exportsInBackground();
    void largeEditShowsProgressAndCanBeCanceled();
    void settingsDialogWritesAndApplies();
    void recentFilesDropMissingAndClear();
    void undoButtonsKeepTheirWidthAndHistoryShowsEveryStep();
    void issue12_elementTableFitsAt1280x720();

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

// Issue 11: openRegister returns at once and never waits for an open still running; the newer one replaces it, and
// what needs the register waits (disabled) until it is there.
void tst_RegisterPage::aNewerOpenReplacesTheOlder()
{
    const QString other = m_dir.filePath(QStringLiteral("other.bulwark"));
    QVERIFY(QFile::copy(m_path, other) || QFile::exists(other));
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(m_path);
    QVERIFY(m_window->isLoading());
    QVERIFY(!m_window->registerPage()->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("file_import"))->isEnabled());
    m_window->openRegister(other); // does not wait for the first
    QVERIFY(m_window->isLoading());
    QVERIFY(opened.wait(10000));
    QTest::qWait(100); // the replaced open must not arrive late
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), other);
    QCOMPARE(opened.first().at(1).toBool(), true);
    QCOMPARE(m_window->service()->path(), other);
    QVERIFY(!m_window->isLoading());
    QVERIFY(m_window->registerPage()->isEnabled());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("file_import"))->isEnabled());
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
        for (const auto column : {ElementTableModel::Column::Key,
                                  ElementTableModel::Column::Name,
                                  ElementTableModel::Column::Owner,
                                  ElementTableModel::Column::Tags})
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
        const int value
            = proxy->index(row, int(ElementTableModel::Column::RtoMin)).data(ElementTableModel::SortRole).toInt();
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
    m_window->importFile(file, false);
    QVERIFY(m_window->isImporting());
    QVERIFY(!m_window->registerPage()->isEnabled()); // no edits while a worker reads and checks the file
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.first().at(1).toBool(), true);
    // Issue 12: the import is written through the window's register as one undoable step, not by another
    // connection followed by a reload.
    QVERIFY(m_window->undoStack()->canUndo());
    QVERIFY(m_window->registerPage()->isEnabled());
    QCOMPARE(m_window->service()->elementCount(), before + 1);
    QCOMPARE(m_window->service()->element(QStringLiteral("APP-IMPORTED"))->rtoMin, 90);
    QCOMPARE(m_window->registerPage()->elementModel()->rowCount(), int(before + 1));
}

namespace {

/// Selects the row of `view` (behind a sort proxy over a RelationTableModel) that shows dependency from -> to.
bool selectDependencyRow(QTableView *view, const QString &from, const QString &to)
{
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model());
    const auto *model = qobject_cast<const RelationTableModel *>(proxy ? proxy->sourceModel() : view->model());
    for (int row = 0; row < model->rowCount(); ++row) {
        const Dependency *d = model->dependencyAt(row);
        if (d && d->from == from && d->to == to) {
            const QModelIndex index = model->index(row, 0);
            view->selectionModel()->select(proxy ? proxy->mapFromSource(index) : index,
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

bool selectGroupRow(QTableView *view, const QString &name)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(view->model());
    const auto *model = static_cast<const RelationTableModel *>(proxy->sourceModel());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (const RedundancyGroup *g = model->groupAt(row); g && g->name == name) {
            view->selectionModel()->select(proxy->mapFromSource(model->index(row, 0)),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

} // namespace

void tst_RegisterPage::dependencyAddEditRemoveWithUndo()
{
    RegisterPage *page = m_window->registerPage();
    RegisterService *service = m_window->service();
    page->selectElement(QStringLiteral("APP-HR"));
    QVERIFY(!service->dependency(QStringLiteral("APP-HR"), QStringLiteral("DS-GL")));
    // The dialog is filled in as a user would and accepted.
    page->execDialog = [](QDialog *dialog) {
        auto *d = qobject_cast<DependencyDialog *>(dialog);
        d->targetField()->setText(QStringLiteral("DS-GL  General ledger database"));
        d->strengthBox()->setCurrentIndex(d->strengthBox()->findData(int(Strength::Soft)));
        d->accept();
        return d->result();
    };
    page->addDependencyAction()->trigger();
    const Dependency *added = service->dependency(QStringLiteral("APP-HR"), QStringLiteral("DS-GL"));
    QVERIFY(added);
    QCOMPARE(added->strength, Strength::Soft);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Link APP-HR -> DS-GL"));
    m_window->undoStack()->undo();
    QVERIFY(!service->dependency(QStringLiteral("APP-HR"), QStringLiteral("DS-GL")));
    m_window->undoStack()->redo();
    QVERIFY(service->dependency(QStringLiteral("APP-HR"), QStringLiteral("DS-GL")));

    // Edit it from the side table: soft -> hard.
    QVERIFY(selectDependencyRow(page->neighbourView(), QStringLiteral("APP-HR"), QStringLiteral("DS-GL")));
    page->execDialog = [](QDialog *dialog) {
        auto *d = qobject_cast<DependencyDialog *>(dialog);
        d->strengthBox()->setCurrentIndex(d->strengthBox()->findData(int(Strength::Hard)));
        d->accept();
        return d->result();
    };
    page->editDependency();
    QCOMPARE(service->dependency(QStringLiteral("APP-HR"), QStringLiteral("DS-GL"))->strength, Strength::Hard);
    m_window->undoStack()->undo();
    QCOMPARE(service->dependency(QStringLiteral("APP-HR"), QStringLiteral("DS-GL"))->strength, Strength::Soft);

    // Remove it, undo brings it back.
    QVERIFY(selectDependencyRow(page->neighbourView(), QStringLiteral("APP-HR"), QStringLiteral("DS-GL")));
    page->removeDependency();
    QVERIFY(!service->dependency(QStringLiteral("APP-HR"), QStringLiteral("DS-GL")));
    m_window->undoStack()->undo();
    QVERIFY(service->dependency(QStringLiteral("APP-HR"), QStringLiteral("DS-GL")));
}

void tst_RegisterPage::invalidDependencyIsShownInTheDialog()
{
    RegisterPage *page = m_window->registerPage();
    page->selectElement(QStringLiteral("APP-HR"));
    QString shown;
    page->execDialog = [&shown](QDialog *dialog) {
        auto *d = qobject_cast<DependencyDialog *>(dialog);
        d->targetField()->setText(QStringLiteral("NO-SUCH-THING"));
        d->accept(); // refused: stays open with the service's message
        shown = d->messageLabel()->text();
        return d->result();
    };
    page->addDependencyAction()->trigger();
    QVERIFY2(shown.contains(QStringLiteral("NO-SUCH-THING")), qPrintable(shown));
    QVERIFY2(shown.startsWith(QStringLiteral("to:")), qPrintable(shown)); // names the field
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_RegisterPage::groupCreateAndDissolveWithUndo()
{
    RegisterPage *page = m_window->registerPage();
    RegisterService *service = m_window->service();
    // An element with two dependencies in no group.
    QString owner;
    QStringList members;
    for (const QString &key : service->sortedKeys()) {
        members.clear();
        for (const Dependency &d : service->dependenciesOf(key))
            if (d.group.isEmpty())
                members << d.to;
        if (members.size() >= 2) {
            owner = key;
            break;
        }
    }
    QVERIFY(!owner.isEmpty());
    page->selectElement(owner);
    page->execDialog = [&](QDialog *dialog) {
        auto *d = qobject_cast<GroupDialog *>(dialog);
        d->nameField()->setText(QStringLiteral("pair"));
        d->minUpBox()->setValue(1);
        d->failoverBox()->setValue(20);
        d->setMember(members[0], true);
        d->setMember(members[1], true);
        d->accept();
        return d->result();
    };
    page->addGroupAction()->trigger();
    const RedundancyGroup *g = service->group(owner, QStringLiteral("pair"));
    QVERIFY(g);
    QCOMPARE(g->failoverMin, 20);
    QCOMPARE(service->dependency(owner, members[0])->group, QStringLiteral("pair"));
    QCOMPARE(service->dependency(owner, members[1])->group, QStringLiteral("pair"));
    m_window->undoStack()->undo();
    QVERIFY(!service->group(owner, QStringLiteral("pair")));
    QVERIFY(service->dependency(owner, members[0])->group.isEmpty());
    m_window->undoStack()->redo();
    QVERIFY(service->group(owner, QStringLiteral("pair")));

    // A quorum above the members is refused in the dialog.
    QVERIFY(selectGroupRow(page->elementGroupView(), QStringLiteral("pair")));
    QString shown;
    page->execDialog = [&shown](QDialog *dialog) {
        auto *d = qobject_cast<GroupDialog *>(dialog);
        d->minUpBox()->setValue(3);
        d->accept();
        shown = d->messageLabel()->text();
        return d->result();
    };
    page->editGroup();
    QVERIFY2(shown.contains(QStringLiteral("min_up")), qPrintable(shown));
    QCOMPARE(service->group(owner, QStringLiteral("pair"))->minUp, 1);

    // Dissolve: the members stay as plain dependencies; undo restores the group and its members.
    QVERIFY(selectGroupRow(page->elementGroupView(), QStringLiteral("pair")));
    page->removeGroup();
    QVERIFY(!service->group(owner, QStringLiteral("pair")));
    QVERIFY(service->dependency(owner, members[0]));
    QVERIFY(service->dependency(owner, members[0])->group.isEmpty());
    m_window->undoStack()->undo();
    QVERIFY(service->group(owner, QStringLiteral("pair")));
    QCOMPARE(service->dependency(owner, members[1])->group, QStringLiteral("pair"));
}

void tst_RegisterPage::bulkEditIsOneUndoStep()
{
    RegisterPage *page = m_window->registerPage();
    RegisterService *service = m_window->service();
    const QStringList keys{QStringLiteral("APP-ALM"), QStringLiteral("APP-API"), QStringLiteral("APP-ATM")};
    QHash<QString, Element> before;
    for (const QString &key : keys)
        before.insert(key, *service->element(key));
    QItemSelection selection;
    for (const QString &key : keys) {
        const QModelIndex index
            = page->elementProxy()->mapFromSource(page->elementModel()->index(page->elementModel()->rowOf(key), 0));
        selection.select(index, index);
    }
    page->elementView()->selectionModel()->select(selection,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(page->selectedKeys().size(), 3);
    page->execDialog = [](QDialog *dialog) {
        auto *d = qobject_cast<BulkEditDialog *>(dialog);
        d->ownerCheck()->setChecked(true);
        d->ownerField()->setText(QStringLiteral("Resilience Office"));
        d->addTagsCheck()->setChecked(true);
        d->addTagsField()->setText(QStringLiteral("reviewed, 2026"));
        d->rtoCheck()->setChecked(true);
        d->rtoBox()->setValue(30);
        d->accept();
        return d->result();
    };
    page->bulkEditAction()->trigger();
    for (const QString &key : keys) {
        const Element *e = service->element(key);
        QCOMPARE(e->owner, QStringLiteral("Resilience Office"));
        QVERIFY(e->tags.contains(QStringLiteral("reviewed")) && e->tags.contains(QStringLiteral("2026")));
        QCOMPARE(e->rtoMin, 30);
    }
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    for (const QString &key : keys)
        QCOMPARE(*service->element(key), before.value(key));
}

void tst_RegisterPage::historyShowsTheElementsChanges()
{
    RegisterPage *page = m_window->registerPage();
    page->selectElement(QStringLiteral("APP-CORE"));
    ElementEditor *editor = page->editor();
    auto *rto = qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("rto_min")));
    rto->setText(QStringLiteral("45"));
    QVERIFY(editor->apply());
    page->sideTabs()->setCurrentIndex(2);
    ResultTableModel *history = page->historyModel();
    QVERIFY(history->rowCount() > 1); // its creation, its dependencies, and this change
    bool found = false;
    for (int row = 0; row < history->rowCount(); ++row) {
        const auto &r = history->row(row);
        if (r.cells[4].text.contains(QStringLiteral("RTO (minutes): 60 \u2192 45"))) { // issue 12: labels
            found = true;
            QCOMPARE(r.cells[2].text, QStringLiteral("change"));
            QVERIFY(!r.cells[1].text.isEmpty()); // who
        }
    }
    QVERIFY(found);
    // Another element's history does not show it.
    page->selectElement(QStringLiteral("APP-HR"));
    for (int row = 0; row < history->rowCount(); ++row)
        QVERIFY(!history->row(row).cells[4].text.contains(QStringLiteral("60 \u2192 45")));
}

void tst_RegisterPage::filterByOwnerTagAndCriticality()
{
    RegisterPage *page = m_window->registerPage();
    ElementFilterProxyModel *proxy = page->elementProxy();
    // Owners and tags are gathered on a worker.
    QTRY_VERIFY(page->ownerFilter()->count() > 1);
    QTRY_VERIFY(page->tagFilter()->count() > 1);
    const int owner = page->ownerFilter()->findData(QStringLiteral("Payments IT"));
    QVERIFY(owner > 0);
    page->ownerFilter()->setCurrentIndex(owner);
    QVERIFY(proxy->rowCount() > 0);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(m_window->service()->element(proxy->index(row, 0).data(ElementTableModel::KeyRole).toString())->owner,
                 QStringLiteral("Payments IT"));
    page->ownerFilter()->setCurrentIndex(0);
    page->criticalityFilter()->setCurrentIndex(page->criticalityFilter()->findData(int(Criticality::Critical)));
    QCOMPARE(proxy->rowCount(), 7); // the demo's critical functions
    page->criticalityFilter()->setCurrentIndex(0);
    const QString tag = page->tagFilter()->itemData(1).toString();
    page->tagFilter()->setCurrentIndex(1);
    QVERIFY(proxy->rowCount() > 0);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(m_window->service()
                    ->element(proxy->index(row, 0).data(ElementTableModel::KeyRole).toString())
                    ->tags.contains(tag));
}

void tst_RegisterPage::dropImportsAJsonFile()
{
    const QString file = m_dir.filePath(QStringLiteral("dropped.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "bulwark-register", "version": 1,
 "elements": [{"key": "APP-DROPPED", "name": "Dropped application", "kind": "application"}]})");
    f.close();
    Settings().setConfirmImports(false);
    // What a drag of the file from a file manager carries.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QCOMPARE(MainWindow::dropActionFor(&mime, nullptr), MainWindow::DropAction::Import);
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
    QCOMPARE(MainWindow::dropActionFor(&other, nullptr), MainWindow::DropAction::None);
    QMimeData registerFile;
    registerFile.setUrls({QUrl::fromLocalFile(m_path)});
    QCOMPARE(MainWindow::dropActionFor(&registerFile, nullptr), MainWindow::DropAction::Open);

    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.first().at(1).toBool(), true);
    QVERIFY(m_window->service()->element(QStringLiteral("APP-DROPPED")));
    Settings().setConfirmImports(true);
}

void tst_RegisterPage::settingsDialogWritesAndApplies()
{
    SettingsDialog dialog(m_window.get());
    dialog.mapLimitBox()->setValue(120);
    dialog.mapHopsBox()->setValue(3);
    dialog.reopenCheck()->setChecked(false);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QStringLiteral("system")); // the default: as the system
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.accept();
    m_window->applySettings();
    QCOMPARE(Settings().language(), QStringLiteral("de")); // read at the next start (main.cpp)
    QCOMPARE(Settings().mapElementLimit(), 120);
    QCOMPARE(Settings().mapHops(), 3);
    QCOMPARE(Settings().reopenLastRegister(), false);
    QCOMPARE(m_window->mapPage()->elementLimit(), 120);
    // Restore Defaults puts the documented defaults back.
    SettingsDialog again(m_window.get());
    QCOMPARE(again.mapLimitBox()->value(), 120);
    again.restoreDefaults();
    again.accept();
    m_window->applySettings();
    QCOMPARE(Settings().mapElementLimit(), Settings::defaultMapElementLimit);
    QCOMPARE(Settings().reopenLastRegister(), true);
    QCOMPARE(Settings().language(), QStringLiteral("system"));
    QCOMPARE(m_window->mapPage()->elementLimit(), Settings::defaultMapElementLimit);
}

namespace {

/// The keys shown by `proxy`, top to bottom.
QStringList shownKeys(const ElementFilterProxyModel *proxy)
{
    QStringList keys;
    for (int row = 0; row < proxy->rowCount(); ++row)
        keys << proxy->index(row, 0).data(ElementTableModel::KeyRole).toString();
    return keys;
}

} // namespace

void tst_RegisterPage::proxySortsAndFollowsEdits()
{
    RegisterPage *page = m_window->registerPage();
    ElementFilterProxyModel *proxy = page->elementProxy();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RegisterService *service = m_window->service();
    // Key order is the source order.
    QCOMPARE(shownKeys(proxy), service->sortedKeys());
    // By name, case-insensitive, the key breaking ties; descending is the exact reverse.
    page->elementView()->sortByColumn(int(ElementTableModel::Column::Name), Qt::AscendingOrder);
    const QStringList byName = shownKeys(proxy);
    QCOMPARE(byName.size(), service->sortedKeys().size());
    for (int i = 1; i < byName.size(); ++i) {
        const Element *a = service->element(byName[i - 1]);
        const Element *b = service->element(byName[i]);
        const int c = QString::compare(a->name, b->name, Qt::CaseInsensitive);
        QVERIFY2(c < 0 || (c == 0 && a->key < b->key), qPrintable(a->key + u' ' + b->key));
    }
    page->elementView()->sortByColumn(int(ElementTableModel::Column::Name), Qt::DescendingOrder);
    QStringList reversed = byName;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(shownKeys(proxy), reversed);
    page->elementView()->sortByColumn(int(ElementTableModel::Column::Name), Qt::AscendingOrder);

    // A rename moves the row to its place; an added element appears where it belongs; a removed one goes.
    page->selectElement(QStringLiteral("APP-HR"));
    Element hr = *service->element(QStringLiteral("APP-HR"));
    const Element before = hr;
    hr.name = QStringLiteral("aaa first by name");
    m_window->undoStack()->push(RegisterCommand::editElement(service, before, hr).release());
    QCOMPARE(shownKeys(proxy).first(), QStringLiteral("APP-HR"));
    QCOMPARE(page->selectedKeys(), QStringList{QStringLiteral("APP-HR")}); // the selection followed the row
    Element added = hr;
    added.key = QStringLiteral("APP-ZZZ");
    added.name = QStringLiteral("Mmm in the middle");
    m_window->undoStack()->push(RegisterCommand::addElement(service, added).release());
    QStringList expected = byName;
    expected.removeAll(QStringLiteral("APP-HR"));
    expected.prepend(QStringLiteral("APP-HR"));
    QStringList withAdded = shownKeys(proxy);
    QCOMPARE(withAdded.size(), expected.size() + 1);
    withAdded.removeAll(QStringLiteral("APP-ZZZ"));
    QCOMPARE(withAdded, expected);
    m_window->undoStack()->undo(); // removes APP-ZZZ
    QCOMPARE(shownKeys(proxy), expected);
    m_window->undoStack()->undo(); // the old name
    QCOMPARE(shownKeys(proxy), byName);
}

void tst_RegisterPage::proxyFiltersOnAWorker()
{
    RegisterPage *page = m_window->registerPage();
    ElementFilterProxyModel *proxy = page->elementProxy();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // What a 100,000-element register does: every filter and sort is computed on a worker.
    proxy->setSynchronousLimit(0);
    QSignalSpy updated(proxy, &ElementFilterProxyModel::updated);
    proxy->setText(QStringLiteral("frankfurt"));
    QVERIFY(proxy->isUpdating());
    proxy->setKind(ElementKind::Facility); // arrives while the first runs: computed again after it
    QTRY_VERIFY(!proxy->isUpdating());
    QVERIFY(updated.size() >= 1);
    const QStringList shown = shownKeys(proxy);
    QVERIFY(!shown.isEmpty());
    for (const QString &key : shown) {
        const Element *e = m_window->service()->element(key);
        QCOMPARE(e->kind, ElementKind::Facility);
        QVERIFY((e->key + e->name + e->owner + e->tags.join(u' '))
                    .contains(QStringLiteral("frankfurt"), Qt::CaseInsensitive));
    }
    // Sorting on the worker too, then back to everything.
    proxy->sort(int(ElementTableModel::Column::RtoMin), Qt::DescendingOrder);
    QTRY_VERIFY(!proxy->isUpdating());
    proxy->setText(QString());
    proxy->setKind(std::nullopt);
    proxy->sort(int(ElementTableModel::Column::Key), Qt::AscendingOrder);
    QTRY_VERIFY(!proxy->isUpdating());
    QCOMPARE(shownKeys(proxy), m_window->service()->sortedKeys());
}

void tst_RegisterPage::filterKeepsTheCurrentElement()
{
    RegisterPage *page = m_window->registerPage();
    page->selectElement(QStringLiteral("APP-CORE"));
    auto *name = qobject_cast<QLineEdit *>(page->editor()->fieldWidget(QStringLiteral("name")));
    name->setText(QStringLiteral("An edit not applied yet"));
    QTest::keyClicks(page->searchField(), QStringLiteral("core"));
    QCOMPARE(page->selectedKeys(), QStringList{QStringLiteral("APP-CORE")});
    QCOMPARE(page->editor()->elementKey(), QStringLiteral("APP-CORE"));
    QCOMPARE(name->text(), QStringLiteral("An edit not applied yet")); // the form was not reloaded
    page->searchField()->clear();
    QCOMPARE(page->selectedKeys(), QStringList{QStringLiteral("APP-CORE")});
}

void tst_RegisterPage::wholeRegisterTablesEdit()
{
    RegisterPage *page = m_window->registerPage();
    RegisterService *service = m_window->service();
    page->tabs()->setCurrentWidget(page->allDependencyView()); // the table fills when shown
    QCOMPARE(page->allDependencyView()->model()->rowCount(), int(service->dependencyCount()));
    QTableView *view = page->allDependencyView();
    QVERIFY(selectDependencyRow(view, QStringLiteral("F-PAY"), QStringLiteral("APP-PAYHUB")));
    const Strength before = service->dependency(QStringLiteral("F-PAY"), QStringLiteral("APP-PAYHUB"))->strength;
    const Strength flipped = before == Strength::Hard ? Strength::Soft : Strength::Hard;
    page->execDialog = [flipped](QDialog *dialog) {
        auto *d = qobject_cast<DependencyDialog *>(dialog);
        d->strengthBox()->setCurrentIndex(d->strengthBox()->findData(int(flipped)));
        d->accept();
        return d->result();
    };
    const QModelIndex cell = view->selectionModel()->selectedRows().first();
    Q_EMIT view->doubleClicked(cell);
    QCOMPARE(service->dependency(QStringLiteral("F-PAY"), QStringLiteral("APP-PAYHUB"))->strength, flipped);
    // Delete removes the selected dependency; undo brings it back.
    QVERIFY(selectDependencyRow(view, QStringLiteral("F-PAY"), QStringLiteral("APP-PAYHUB")));
    QAction *remove = nullptr;
    for (QAction *action : view->actions())
        if (action->shortcut() == QKeySequence(QKeySequence::Delete))
            remove = action;
    QVERIFY(remove);
    remove->trigger();
    QVERIFY(!service->dependency(QStringLiteral("F-PAY"), QStringLiteral("APP-PAYHUB")));
    m_window->undoStack()->undo();
    QVERIFY(service->dependency(QStringLiteral("F-PAY"), QStringLiteral("APP-PAYHUB")));
}

void tst_RegisterPage::wholeRegisterTableSortsOnAWorker()
{
    RegisterPage *page = m_window->registerPage();
    auto *model = qobject_cast<RelationTableModel *>(page->allDependencyView()->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setSynchronousLimit(0); // as a register of 500,000 dependencies would
    m_window->showPage(MainWindow::RegisterPageIndex);
    page->tabs()->setCurrentWidget(page->allDependencyView());
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), int(m_window->service()->dependencyCount()));
    // By "needs", descending: each row's target is not after the previous one's.
    page->allDependencyView()->sortByColumn(1, Qt::DescendingOrder);
    QVERIFY(model->isLoading());
    QTRY_VERIFY(!model->isLoading());
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->dependencyAt(row - 1)->to >= model->dependencyAt(row)->to);
    // A change reloads it (on the worker) with the new row, and the reader stays where they were.
    QScrollBar *bar = page->allDependencyView()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const int kept = bar->value();
    ChangeSet c;
    Dependency d;
    d.from = QStringLiteral("APP-HR");
    for (const QString &key : m_window->service()->sortedKeys()) {
        if (key != d.from && !m_window->service()->dependency(d.from, key)) {
            d.to = key;
            break;
        }
    }
    c.add(d, ChangeSet::Mode::Insert);
    QVERIFY(m_window->service()->apply(c));
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), int(m_window->service()->dependencyCount()));
    QTRY_COMPARE(bar->value(), kept);
}

void tst_RegisterPage::importCanBeCanceled()
{
    // 20,000 new elements: a few seconds of work, stopped at once.
    const QString file = m_dir.filePath(QStringLiteral("big.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "bulwark-register", "version": 1, "elements": [)");
    for (int i = 0; i < 20000; ++i)
        f.write(QStringLiteral(R"(%1{"key": "BIG-%2", "name": "Bulk %2", "kind": "application"})")
                    .arg(i ? QStringLiteral(",") : QString())
                    .arg(i)
                    .toUtf8());
    f.write("]}");
    f.close();
    const qsizetype before = m_window->service()->elementCount();
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    m_window->importFile(file, false);
    QVERIFY(m_window->isImporting());
    m_window->cancelImport();
    QVERIFY(imported.wait(20000));
    QCOMPARE(imported.first().at(1).toBool(), false);
    QVERIFY(!m_window->isImporting());
    QVERIFY(m_window->registerPage()->isEnabled());
    QCOMPARE(m_window->service()->elementCount(), before);
    auto reopened = RegisterService::open(m_path, store::Database::OpenMode::OpenExisting);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->elementCount(), before);
}

void tst_RegisterPage::exportsInBackground()
{
    const QString file = m_dir.filePath(QStringLiteral("exported.json"));
    QSignalSpy exported(m_window.get(), &MainWindow::exportFinished);
    m_window->exportRegister(file, exchange::Format::Json);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toBool(), true);
    auto read = exchange::JsonFormat::read(file);
    QVERIFY(read);
    QCOMPARE(qsizetype(read->elements.size()), m_window->service()->elementCount());
    QCOMPARE(qsizetype(read->dependencies.size()), m_window->service()->dependencyCount());
    // A folder that cannot be written: a clear error, reported once.
    exported.clear();
    QString shown;
    QTimer closer; // the error is shown in a message box: read it and close it
    connect(&closer, &QTimer::timeout, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->close();
        }
    });
    closer.start(20);
    m_window->exportRegister(m_dir.filePath(QStringLiteral("no/such/folder/x.json")), exchange::Format::Json);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toBool(), false);
    QVERIFY2(shown.contains(QStringLiteral("x.json")), qPrintable(shown));
}

void tst_RegisterPage::largeEditShowsProgressAndCanBeCanceled()
{
    RegisterService *service = m_window->service();
    const qsizetype before = service->elementCount();
    const int stackBefore = m_window->undoStack()->count();
    RegisterCommand::setProgressThreshold(100, 0); // as 2,000 would on a large register, shown at once
    ChangeSet many;
    for (int i = 0; i < 1500; ++i) {
        Element e;
        e.key = QStringLiteral("MANY-%1").arg(i, 4, 10, QLatin1Char('0'));
        e.name = e.key;
        many.add(e, ChangeSet::Mode::Insert);
    }
    // Cancel as soon as the dialog shows progress.
    bool sawDialog = false;
    QTimer canceler;
    connect(&canceler, &QTimer::timeout, this, [&sawDialog] {
        if (auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget())) {
            sawDialog = true;
            dialog->cancel();
        }
    });
    canceler.start(0);
    m_window->undoStack()->push(RegisterCommand::change(service, many, QStringLiteral("Add many")).release());
    canceler.stop();
    QVERIFY(sawDialog);
    QCOMPARE(service->elementCount(), before);             // rolled back
    QCOMPARE(m_window->undoStack()->count(), stackBefore); // and the step is gone
    // Without a cancel it goes through, with an undo step (undone without a Cancel button).
    m_window->undoStack()->push(RegisterCommand::change(service, many, QStringLiteral("Add many")).release());
    QCOMPARE(service->elementCount(), before + 1500);
    m_window->undoStack()->undo();
    QCOMPARE(service->elementCount(), before);
    RegisterCommand::setProgressThreshold(2000);
}

QTEST_MAIN(tst_RegisterPage)
// Issue 12: Open Recent offers only files that are still there, and can be cleared.
void tst_RegisterPage::recentFilesDropMissingAndClear()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    const QString gone = m_dir.filePath(QStringLiteral("gone.bulwark"));
    QVERIFY(DemoRegister::create(gone));
    {
        QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
        m_window->openRegister(gone);
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.first().at(1).toBool());
    }
    QVERIFY(Settings().recentFiles().contains(QFileInfo(gone).absoluteFilePath()));
    m_window->openRegister(m_path); // back to the demo, so that the other file can go
    QTRY_VERIFY(m_window->service() && m_window->service()->path() == m_path);
    QVERIFY(QFile::remove(gone));
    QFile::remove(gone + QStringLiteral("-wal"));
    QFile::remove(gone + QStringLiteral("-shm"));

    Q_EMIT menu->aboutToShow(); // as when the user opens it
    QStringList shown;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && action->objectName() != u"clearRecent")
            shown << action->text();
    }
    QVERIFY2(!shown.isEmpty(), "the demo is still there");
    for (const QString &text : shown)
        QVERIFY2(!text.contains(QStringLiteral("gone.bulwark")), qPrintable(text));
    QVERIFY(!Settings().recentFiles().contains(QFileInfo(gone).absoluteFilePath()));

    auto *clear = menu->findChild<QAction *>(QStringLiteral("clearRecent"));
    if (!clear) {
        for (QAction *action : menu->actions()) {
            if (action->objectName() == u"clearRecent")
                clear = action;
        }
    }
    QVERIFY(clear);
    clear->trigger();
    QVERIFY(Settings().recentFiles().isEmpty());
    QVERIFY(!menu->isEnabled());
}

// Issue 12: the toolbar's Undo keeps one text (the step is in its tooltip), and Edit > Undo History lists the steps.
void tst_RegisterPage::undoButtonsKeepTheirWidthAndHistoryShowsEveryStep()
{
    RegisterPage *page = m_window->registerPage();
    page->selectElement(QStringLiteral("APP-CORE"));
    auto *rto = qobject_cast<QLineEdit *>(page->editor()->fieldWidget(QStringLiteral("rto_min")));
    QVERIFY(rto);
    const auto before = m_window->service()->element(QStringLiteral("APP-CORE"))->rtoMin; // earlier tests edit it
    rto->clear();
    QTest::keyClicks(rto, QString::number(before.value_or(0) + 7));
    QVERIFY(page->editor()->apply());
    QCOMPARE(m_window->undoStack()->count(), 1);
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("edit_undo"));
    QVERIFY(undo);
    QCOMPARE(undo->iconText(), QStringLiteral("Undo"));
    QVERIFY2(undo->toolTip().contains(QStringLiteral("Edit APP-CORE")), qPrintable(undo->toolTip()));

    auto *history = m_window->findChild<QAction *>(QStringLiteral("edit_history"));
    QVERIFY(history);
    history->trigger();
    auto *view = m_window->findChild<QUndoView *>();
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 2); // the opened register, and the edit
    // Clicking the first row goes back to the register as it was opened.
    view->setCurrentIndex(view->model()->index(0, 0));
    QTRY_COMPARE(m_window->service()->element(QStringLiteral("APP-CORE"))->rtoMin, before);
}

/// Issue 12: at 1280x720 the element table's ten columns needed a horizontal scrollbar beside the form. The less used
/// ones are hidden by default, the header's context menu shows them again, and the choice is remembered.
void tst_RegisterPage::issue12_elementTableFitsAt1280x720()
{
    using Column = ElementTableModel::Column;
    const QStringList defaults{
        QStringLiteral("rpo"), QStringLiteral("mtd"), QStringLiteral("availability"), QStringLiteral("tags")};
    Settings().setHiddenElementColumns(defaults);
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 720);
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(m_path);
    QVERIFY(opened.wait(10000));
    m_window->showPage(MainWindow::RegisterPageIndex);
    QTableView *table = m_window->registerPage()->elementView();
    QTRY_VERIFY(table->isVisible());
    for (const Column hidden : {Column::RpoMin, Column::MtdMin, Column::Availability, Column::Tags})
        QVERIFY(table->isColumnHidden(int(hidden)));
    for (const Column shown :
         {Column::Key, Column::Name, Column::Kind, Column::Criticality, Column::Owner, Column::RtoMin})
        QVERIFY(!table->isColumnHidden(int(shown)));
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    QVERIFY2(table->columnWidth(int(Column::Name)) >= 120, qPrintable(QString::number(table->columnWidth(1))));

    // The header's context menu shows a hidden column, and a new window remembers it.
    auto *tags = table->horizontalHeader()->findChild<QAction *>(QStringLiteral("elementColumn_tags"));
    QVERIFY(tags);
    QVERIFY(!tags->isChecked());
    QVERIFY(table->horizontalHeader()->actions().contains(tags));
    tags->trigger();
    QVERIFY(!table->isColumnHidden(int(Column::Tags)));
    QVERIFY(!Settings().hiddenElementColumns().contains(QStringLiteral("tags")));
    {
        MainWindow other;
        QVERIFY(!other.registerPage()->elementView()->isColumnHidden(int(Column::Tags)));
        QVERIFY(other.registerPage()->elementView()->isColumnHidden(int(Column::RpoMin)));
    }
    tags->trigger();
    QVERIFY(table->isColumnHidden(int(Column::Tags)));
    Settings().setHiddenElementColumns(defaults);
}

#include "tst_registerpage.moc"
