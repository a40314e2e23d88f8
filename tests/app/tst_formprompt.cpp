// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/commands/registercommand.h"
#include "gui/elementeditor.h"
#include "gui/mainwindow.h"
#include "gui/models/elementtablemodel.h"
#include "gui/models/relationtablemodel.h"
#include "gui/models/resulttablemodel.h"
#include "gui/registerpage.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace bulwark;
using namespace bulwark::gui;

/// Issue 12: the element form is never thrown away silently. A modified form is marked, leaving it (another row, a
/// new element, closing the window) asks Apply / Discard / Cancel, one Apply names every invalid field, and the
/// panel follows the table.
class tst_FormPrompt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modifiedFormIsMarked();
    void rowChangeAsksAndCancelKeepsTheRowAndText();
    void rowChangeDiscardDropsTheEdit();
    void rowChangeApplyWritesTheEdit();
    void applyWithInvalidInputStays();
    void newElementAsksToo();
    void closeAsks();
    void openingARecentRegisterAsks();
    void removedElementDoesNotAsk();
    void everyFieldErrorAtOnce();
    void newElementShowsEmptyLists();
    void filteredAwayElementClearsTheForm();
    void dependencyPaneSeparatesNeedsFromNeededBy();

private:
    QLineEdit *field(const QString &token) const
    {
        return qobject_cast<QLineEdit *>(m_window->registerPage()->editor()->fieldWidget(token));
    }
    QString currentRowKey() const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    int m_asked = 0;
    QString m_question;
};

void tst_FormPrompt::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(m_demo));
}

void tst_FormPrompt::init()
{
    // A fresh register for each test: some write.
    m_path = m_dir.filePath(QStringLiteral("form.bulwark"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(m_path + QLatin1String(suffix));
    QVERIFY(QFile::copy(m_demo, m_path));
    QFile(m_path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(m_path);
    QVERIFY(opened.wait(10000));
    QVERIFY(m_window->service());
    m_window->showPage(MainWindow::RegisterPageIndex);
    m_asked = 0;
    m_question.clear();
}

void tst_FormPrompt::cleanup()
{
    m_window.reset();
}

QString tst_FormPrompt::currentRowKey() const
{
    const QModelIndex current = m_window->registerPage()->elementView()->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ElementTableModel::KeyRole).toString() : QString();
}

void tst_FormPrompt::modifiedFormIsMarked()
{
    RegisterPage *page = m_window->registerPage();
    page->selectElement(QStringLiteral("APP-CORE"));
    ElementEditor *editor = page->editor();
    auto *title = editor->findChild<QLabel *>(QStringLiteral("formTitle"));
    auto *apply = editor->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(title && apply);
    QVERIFY(!title->text().endsWith(u'*'));
    QVERIFY(!apply->isEnabled()); // nothing to apply
    QSignalSpy modified(editor, &ElementEditor::modifiedChanged);
    const QString before = field(QStringLiteral("owner"))->text();
    QTest::keyClicks(field(QStringLiteral("owner")), QStringLiteral("x"));
    QVERIFY(editor->hasUnsavedEdits());
    QVERIFY2(title->text().endsWith(u'*'), qPrintable(title->text()));
    QVERIFY(apply->isEnabled());
    QCOMPARE(modified.count(), 1);
    // Typing the old value back is no edit.
    field(QStringLiteral("owner"))->setText(before);
    QVERIFY(!editor->hasUnsavedEdits());
    QVERIFY(!title->text().endsWith(u'*'));
    QVERIFY(!apply->isEnabled());
    QCOMPARE(modified.count(), 2);
}

void tst_FormPrompt::rowChangeAsksAndCancelKeepsTheRowAndText()
{
    RegisterPage *page = m_window->registerPage();
    ElementEditor *editor = page->editor();
    page->selectElement(QStringLiteral("APP-CORE"));
    field(QStringLiteral("name"))->setText(QStringLiteral("Typed, not applied"));
    editor->execPrompt = [this](QMessageBox *box) {
        ++m_asked;
        m_question = box->text();
        return int(QMessageBox::Cancel);
    };
    page->selectElement(QStringLiteral("APP-HR"));
    QCOMPARE(m_asked, 1);
    QVERIFY2(m_question.contains(QStringLiteral("APP-CORE")), qPrintable(m_question));
    QCOMPARE(editor->elementKey(), QStringLiteral("APP-CORE"));
    QCOMPARE(currentRowKey(), QStringLiteral("APP-CORE"));
    QCOMPARE(page->selectedKeys(), QStringList{QStringLiteral("APP-CORE")});
    QCOMPARE(field(QStringLiteral("name"))->text(), QStringLiteral("Typed, not applied"));
    QVERIFY(editor->hasUnsavedEdits());
    QCOMPARE(m_window->undoStack()->count(), 0);
    // A click on a row of the table asks the same way.
    QTableView *view = page->elementView();
    const QModelIndex hr = [&] {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(ElementTableModel::KeyRole).toString() == u"APP-HR")
                return index;
        }
        return QModelIndex();
    }();
    QVERIFY(hr.isValid());
    view->scrollTo(hr);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(hr).center());
    QCOMPARE(m_asked, 2);
    QCOMPARE(currentRowKey(), QStringLiteral("APP-CORE"));
    QCOMPARE(field(QStringLiteral("name"))->text(), QStringLiteral("Typed, not applied"));
}

void tst_FormPrompt::rowChangeDiscardDropsTheEdit()
{
    RegisterPage *page = m_window->registerPage();
    ElementEditor *editor = page->editor();
    page->selectElement(QStringLiteral("APP-CORE"));
    const QString name = m_window->service()->element(QStringLiteral("APP-CORE"))->name;
    field(QStringLiteral("name"))->setText(QStringLiteral("Dropped"));
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Discard);
    };
    page->selectElement(QStringLiteral("APP-HR"));
    QCOMPARE(m_asked, 1);
    QCOMPARE(editor->elementKey(), QStringLiteral("APP-HR"));
    QCOMPARE(currentRowKey(), QStringLiteral("APP-HR"));
    QCOMPARE(m_window->service()->element(QStringLiteral("APP-CORE"))->name, name);
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(!editor->hasUnsavedEdits());
    // Back to it: the stored name.
    page->selectElement(QStringLiteral("APP-CORE"));
    QCOMPARE(m_asked, 1); // nothing unsaved, nothing asked
    QCOMPARE(field(QStringLiteral("name"))->text(), name);
}

void tst_FormPrompt::rowChangeApplyWritesTheEdit()
{
    RegisterPage *page = m_window->registerPage();
    ElementEditor *editor = page->editor();
    page->selectElement(QStringLiteral("APP-CORE"));
    field(QStringLiteral("name"))->setText(QStringLiteral("Applied on leaving"));
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Apply);
    };
    page->selectElement(QStringLiteral("APP-HR"));
    QCOMPARE(m_asked, 1);
    QCOMPARE(m_window->service()->element(QStringLiteral("APP-CORE"))->name, QStringLiteral("Applied on leaving"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(editor->elementKey(), QStringLiteral("APP-HR"));
    QCOMPARE(currentRowKey(), QStringLiteral("APP-HR"));
}

void tst_FormPrompt::applyWithInvalidInputStays()
{
    RegisterPage *page = m_window->registerPage();
    ElementEditor *editor = page->editor();
    page->selectElement(QStringLiteral("APP-CORE"));
    field(QStringLiteral("rto_min"))->setText(QStringLiteral("two hours and a bit"));
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Apply);
    };
    page->selectElement(QStringLiteral("APP-HR"));
    QCOMPARE(m_asked, 1);
    // Apply could not write: the form stays on its element with the problem shown.
    QCOMPARE(editor->elementKey(), QStringLiteral("APP-CORE"));
    QCOMPARE(currentRowKey(), QStringLiteral("APP-CORE"));
    QCOMPARE(editor->invalidFields(), QStringList{QStringLiteral("rto_min")});
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_FormPrompt::newElementAsksToo()
{
    RegisterPage *page = m_window->registerPage();
    ElementEditor *editor = page->editor();
    page->selectElement(QStringLiteral("APP-CORE"));
    field(QStringLiteral("owner"))->setText(QStringLiteral("Typed"));
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Cancel);
    };
    page->newElement();
    QCOMPARE(m_asked, 1);
    QVERIFY(!editor->isNewElement());
    QCOMPARE(editor->elementKey(), QStringLiteral("APP-CORE"));
    QCOMPARE(field(QStringLiteral("owner"))->text(), QStringLiteral("Typed"));

    // A new element being typed is unsaved too: another row asks; Cancel stays in the new form.
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Discard);
    };
    page->newElement();
    QCOMPARE(m_asked, 2);
    QVERIFY(editor->isNewElement());
    field(QStringLiteral("key"))->setText(QStringLiteral("APP-TYPED"));
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Cancel);
    };
    page->selectElement(QStringLiteral("APP-HR"));
    QCOMPARE(m_asked, 3);
    QVERIFY(editor->isNewElement());
    QCOMPARE(field(QStringLiteral("key"))->text(), QStringLiteral("APP-TYPED"));
    QCOMPARE(currentRowKey(), QString());
    // Apply adds it and then shows the row chosen.
    field(QStringLiteral("name"))->setText(QStringLiteral("Typed application"));
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Apply);
    };
    page->selectElement(QStringLiteral("APP-HR"));
    QCOMPARE(m_asked, 4);
    QVERIFY(m_window->service()->element(QStringLiteral("APP-TYPED")));
    QCOMPARE(editor->elementKey(), QStringLiteral("APP-HR"));
    QCOMPARE(currentRowKey(), QStringLiteral("APP-HR"));
}

void tst_FormPrompt::closeAsks()
{
    RegisterPage *page = m_window->registerPage();
    ElementEditor *editor = page->editor();
    page->selectElement(QStringLiteral("APP-CORE"));
    field(QStringLiteral("owner"))->setText(QStringLiteral("Typed before closing"));
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Cancel);
    };
    QVERIFY(!m_window->close());
    QCOMPARE(m_asked, 1);
    QVERIFY(m_window->isVisible());
    QCOMPARE(field(QStringLiteral("owner"))->text(), QStringLiteral("Typed before closing"));
    // Quit goes through the same question.
    auto *quit = m_window->findChild<QAction *>(QStringLiteral("file_quit"));
    QVERIFY(quit);
    quit->trigger();
    QCOMPARE(m_asked, 2);
    QVERIFY(m_window->isVisible());
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Apply);
    };
    QVERIFY(m_window->close());
    QCOMPARE(m_asked, 3);
    QCOMPARE(m_window->service()->element(QStringLiteral("APP-CORE"))->owner, QStringLiteral("Typed before closing"));
}

void tst_FormPrompt::removedElementDoesNotAsk()
{
    RegisterPage *page = m_window->registerPage();
    ElementEditor *editor = page->editor();
    page->selectElement(QStringLiteral("APP-HR"));
    field(QStringLiteral("owner"))->setText(QStringLiteral("Typed, then the element was deleted"));
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Cancel);
    };
    m_window->undoStack()->push(
        RegisterCommand::removeElements(m_window->service(), {QStringLiteral("APP-HR")}).release());
    QVERIFY(!m_window->service()->element(QStringLiteral("APP-HR")));
    QCOMPARE(m_asked, 0);
    QVERIFY(editor->elementKey() != QStringLiteral("APP-HR"));
}

void tst_FormPrompt::openingARecentRegisterAsks()
{
    RegisterPage *page = m_window->registerPage();
    ElementEditor *editor = page->editor();
    page->selectElement(QStringLiteral("APP-CORE"));
    field(QStringLiteral("owner"))->setText(QStringLiteral("Typed before opening"));
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QAction *first = recent->actions().value(0);
    QVERIFY(first && first->text().contains(QStringLiteral("form.bulwark")));
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Cancel);
    };
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    first->trigger();
    QCOMPARE(m_asked, 1);
    QVERIFY(!m_window->isLoading());
    QCOMPARE(field(QStringLiteral("owner"))->text(), QStringLiteral("Typed before opening"));
    editor->execPrompt = [this](QMessageBox *) {
        ++m_asked;
        return int(QMessageBox::Discard);
    };
    first->trigger();
    QCOMPARE(m_asked, 2);
    QVERIFY(opened.wait(10000));
}

void tst_FormPrompt::everyFieldErrorAtOnce()
{
    RegisterPage *page = m_window->registerPage();
    ElementEditor *editor = page->editor();
    page->selectElement(QStringLiteral("APP-CORE"));
    const Element before = *m_window->service()->element(QStringLiteral("APP-CORE"));
    // Three invalid values: one the form cannot read, two the register's rules refuse.
    field(QStringLiteral("name"))->setText(QString());
    field(QStringLiteral("rto_min"))->setText(QStringLiteral("soon"));
    field(QStringLiteral("availability"))->setText(QStringLiteral("1.5"));
    QVERIFY(!editor->apply());
    const QStringList invalid = editor->invalidFields();
    QCOMPARE(
        invalid,
        (QStringList{QStringLiteral("name"), QStringLiteral("availability"), QStringLiteral("rto_min")})); // form order
    for (const QString &token : invalid) {
        QVERIFY2(!editor->fieldError(token).isEmpty(), qPrintable(token));
        auto *error = editor->findChild<QLabel *>(token + QStringLiteral("Error"));
        QVERIFY2(error && error->isVisible(), qPrintable(token));
        QVERIFY(editor->fieldWidget(token)->styleSheet().contains(QStringLiteral("border")));
        // The list under the form names each field as its label does.
        QVERIFY2(editor->message().contains(ElementEditor::fieldName(token)), qPrintable(editor->message()));
    }
    QVERIFY2(editor->message().contains(QStringLiteral("RTO")), qPrintable(editor->message()));
    QVERIFY(editor->fieldError(QStringLiteral("owner")).isEmpty());
    // Nothing was written.
    QCOMPARE(*m_window->service()->element(QStringLiteral("APP-CORE")), before);
    QCOMPARE(m_window->undoStack()->count(), 0);

    // Correcting one field takes its complaint away; the others stay until the next Apply.
    field(QStringLiteral("rto_min"))->setText(QStringLiteral("90"));
    QVERIFY(editor->fieldError(QStringLiteral("rto_min")).isEmpty());
    QCOMPARE(editor->invalidFields().size(), 2);
    field(QStringLiteral("name"))->setText(QStringLiteral("Core banking"));
    field(QStringLiteral("availability"))->setText(QStringLiteral("0.999"));
    QVERIFY2(editor->apply(), qPrintable(editor->message()));
    QVERIFY(editor->invalidFields().isEmpty());
    QCOMPARE(m_window->service()->element(QStringLiteral("APP-CORE"))->rtoMin, 90);
}

void tst_FormPrompt::newElementShowsEmptyLists()
{
    RegisterPage *page = m_window->registerPage();
    page->selectElement(QStringLiteral("APP-CORE"));
    QVERIFY(page->neighbourView()->model()->rowCount() > 0);
    page->sideTabs()->setCurrentIndex(2); // history
    page->newElement();
    QCOMPARE(m_asked, 0); // nothing was unsaved
    QCOMPARE(page->neighbourView()->model()->rowCount(), 0);
    QCOMPARE(page->neededByView()->model()->rowCount(), 0);
    QCOMPARE(page->elementGroupView()->model()->rowCount(), 0);
    QCOMPARE(page->historyModel()->rowCount(), 0);
    QCOMPARE(currentRowKey(), QString());
    QVERIFY(!page->addDependencyAction()->isEnabled());
    auto *key = field(QStringLiteral("key"));
    QVERIFY(key->isEnabled() && key->text().isEmpty());
}

void tst_FormPrompt::filteredAwayElementClearsTheForm()
{
    RegisterPage *page = m_window->registerPage();
    ElementEditor *editor = page->editor();
    page->selectElement(QStringLiteral("APP-CORE"));
    QVERIFY(page->neighbourView()->model()->rowCount() > 0);
    QSignalSpy selected(page, &RegisterPage::elementSelected);
    QTest::keyClicks(page->searchField(), QStringLiteral("no element is called this"));
    QTRY_COMPARE(page->elementView()->model()->rowCount(), 0);
    QCOMPARE(editor->elementKey(), QString());
    QCOMPARE(page->neighbourView()->model()->rowCount(), 0);
    QCOMPARE(page->neededByView()->model()->rowCount(), 0);
    QVERIFY(!selected.isEmpty());
    QCOMPARE(selected.last().first().toString(), QString());
    // The filter cleared: the element comes back.
    page->searchField()->clear();
    QTRY_COMPARE(editor->elementKey(), QStringLiteral("APP-CORE"));
    QCOMPARE(currentRowKey(), QStringLiteral("APP-CORE"));
}

void tst_FormPrompt::dependencyPaneSeparatesNeedsFromNeededBy()
{
    RegisterPage *page = m_window->registerPage();
    page->selectElement(QStringLiteral("APP-CORE"));
    RegisterService *service = m_window->service();
    const auto needs = service->dependenciesOf(QStringLiteral("APP-CORE"));
    const auto neededBy = service->dependentsOf(QStringLiteral("APP-CORE"));
    QVERIFY(!needs.empty());
    QVERIFY(!neededBy.empty());
    QAbstractItemModel *needsModel = page->neighbourView()->model();
    QAbstractItemModel *neededByModel = page->neededByView()->model();
    QCOMPARE(needsModel->rowCount(), int(needs.size()));
    QCOMPARE(neededByModel->rowCount(), int(neededBy.size()));
    // Each list names the other end, under its own heading.
    QCOMPARE(needsModel->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Needs"));
    QCOMPARE(neededByModel->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Needed by"));
    QVERIFY(page->neighbourView()->isColumnHidden(0));
    QVERIFY(page->neededByView()->isColumnHidden(1));
    for (int row = 0; row < needsModel->rowCount(); ++row)
        QCOMPARE(needsModel->index(row, 0).data(RelationTableModel::SortRole).toString(), QStringLiteral("APP-CORE"));
    for (int row = 0; row < neededByModel->rowCount(); ++row)
        QCOMPARE(neededByModel->index(row, 1).data(RelationTableModel::SortRole).toString(),
                 QStringLiteral("APP-CORE"));
    auto *needsLabel = page->findChild<QLabel *>(QStringLiteral("needsLabel"));
    auto *neededByLabel = page->findChild<QLabel *>(QStringLiteral("neededByLabel"));
    QVERIFY(needsLabel && neededByLabel);
    QVERIFY2(needsLabel->text().contains(QStringLiteral("(%1)").arg(needs.size())), qPrintable(needsLabel->text()));
    QVERIFY2(neededByLabel->text().contains(QStringLiteral("(%1)").arg(neededBy.size())),
             qPrintable(neededByLabel->text()));
    // A selection in one list is the dependency Edit and Remove act on; the other list's selection goes.
    page->neighbourView()->selectRow(0);
    QVERIFY(page->findChild<QAction *>(QStringLiteral("dependency_remove"))->isEnabled());
    page->neededByView()->selectRow(0);
    QVERIFY(!page->neighbourView()->selectionModel()->hasSelection());
    QVERIFY(page->findChild<QAction *>(QStringLiteral("dependency_remove"))->isEnabled());
}

QTEST_MAIN(tst_FormPrompt)
#include "tst_formprompt.moc"
