// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboardpage.h"
#include "gui/helpwindow.h"
#include "gui/impactpage.h"
#include "gui/mainwindow.h"
#include "gui/models/relationtablemodel.h"
#include "gui/registerpage.h"
#include "gui/stalenotice.h"
#include "gui/theme.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

using namespace bulwark;
using namespace bulwark::gui;

/// The conventions people expect of a desktop program (issue 12): help on F1, a shortcut list, shortcuts in tooltips,
/// a View menu, a greeting on an empty register, results that say when the register has made them stale.
class tst_Conventions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void f1OpensThePagesGuide_data();
    void f1OpensThePagesGuide();
    void shortcutListComesFromTheActions();
    void viewMenuSwitchesPages();
    void emptyRegisterGreetsWithThreeWaysIn();
    void impactResultSaysWhenStale();
    void dashboardSaysWhenStale();
    void searchFiltersTheTabInView();
    void darkThemeIsApplied();
    void countsReadAsPeopleWriteThem();
    void issue12_pluralsReadAsPeopleWriteThem_data();
    void issue12_pluralsReadAsPeopleWriteThem();

private:
    bool openRegister(const QString &path);
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Conventions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Conventions::init()
{
    // A demo of its own for each test: the tests edit it.
    static int count = 0;
    m_demo = m_dir.filePath(QStringLiteral("demo-%1.bulwark").arg(++count));
    QVERIFY(DemoRegister::create(m_demo));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void tst_Conventions::cleanup()
{
    m_window.reset();
}

bool tst_Conventions::openRegister(const QString &path)
{
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(path);
    return opened.wait(15000) && opened.last().at(1).toBool();
}

void tst_Conventions::f1OpensThePagesGuide_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("heading");
    QTest::newRow("dashboard") << int(MainWindow::DashboardPageIndex) << "dashboard"
                               << "Dashboard";
    QTest::newRow("register") << int(MainWindow::RegisterPageIndex) << "register"
                              << "Register";
    QTest::newRow("map") << int(MainWindow::MapPageIndex) << "map"
                         << "Map";
    QTest::newRow("impact") << int(MainWindow::ImpactPageIndex) << "impact"
                            << "Impact";
    QTest::newRow("function") << int(MainWindow::FunctionPageIndex) << "function"
                              << "Function";
    QTest::newRow("assessment") << int(MainWindow::AssessmentPageIndex) << "assessment"
                                << "Assessment";
    QTest::newRow("reports") << int(MainWindow::ReportsPageIndex) << "reports"
                             << "Reports";
    QTest::newRow("roi") << int(MainWindow::RoiPageIndex) << "roi"
                         << "Register of information";
}

void tst_Conventions::f1OpensThePagesGuide()
{
    QFETCH(int, page);
    QFETCH(QString, section);
    QFETCH(QString, heading);
    QVERIFY(openRegister(m_demo));
    m_window->showPage(page);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    HelpWindow *help = m_window->helpWindow();
    QVERIFY2(help, "F1 opened no guide");
    QVERIFY(help->isVisible());
    QCOMPARE(help->currentSection(), section);
    // The part shipped with the program, read from the resources (offline).
    const QString text = help->browser()->toPlainText();
    QVERIFY2(text.startsWith(heading), qPrintable(text.left(80)));
    QVERIFY(text.size() > 400);
    // The contents list follows, and a click in it shows another part.
    auto *contents = help->findChild<QListWidget *>(QStringLiteral("helpContents"));
    QVERIFY(contents);
    QCOMPARE(contents->currentItem()->data(Qt::UserRole).toString(), section);
    contents->setCurrentRow(0);
    QCOMPARE(help->currentSection(), QStringLiteral("getting-started"));
    QVERIFY(help->browser()->toPlainText().startsWith(QStringLiteral("Getting started")));
}

void tst_Conventions::shortcutListComesFromTheActions()
{
    const QKeySequence undo(QKeySequence::Undo);
    const auto list = m_window->shortcutList();
    bool hasUndo = false, hasHelp = false, hasPage = false, hasRun = false;
    for (const auto &[text, key] : list) {
        hasRun = hasRun || key == QKeySequence(Qt::CTRL | Qt::Key_R); // the Impact page's own key
        hasUndo = hasUndo || (text == u"Undo" && key == undo);
        hasHelp = hasHelp || key == QKeySequence(QKeySequence::HelpContents);
        hasPage = hasPage || key == QKeySequence(Qt::CTRL | Qt::Key_4);
    }
    QVERIFY2(hasUndo, "Undo's shortcut is not in the list");
    QVERIFY(hasHelp);
    QVERIFY(hasPage);
    QVERIFY(hasRun);

    // Help > Keyboard Shortcuts shows that list.
    int rows = 0;
    bool undoRow = false;
    m_window->setShortcutsDialogHook([&](QDialog *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        rows = table ? table->rowCount() : -1;
        for (int row = 0; table && row < table->rowCount(); ++row)
            undoRow = undoRow
                || (table->item(row, 0)->text() == u"Undo"
                    && table->item(row, 1)->text() == undo.toString(QKeySequence::NativeText));
        QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
    });
    auto *action = m_window->findChild<QAction *>(QStringLiteral("help_shortcuts"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(rows, int(list.size()));
    QVERIFY(undoRow);

    // Tooltips name the key: "Undo (Ctrl+Z)", also after the stack moved.
    auto *undoAction = m_window->findChild<QAction *>(QStringLiteral("edit_undo"));
    QVERIFY(undoAction);
    const QString suffix = QStringLiteral(" (%1)").arg(undo.toString(QKeySequence::NativeText));
    QVERIFY2(undoAction->toolTip().endsWith(suffix), qPrintable(undoAction->toolTip()));
    auto *open = m_window->findChild<QAction *>(QStringLiteral("file_open"));
    QVERIFY2(open->toolTip().endsWith(
                 QStringLiteral(" (%1)").arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText))),
             qPrintable(open->toolTip()));
    m_window->undoStack()->push(new QUndoCommand(QStringLiteral("rename")));
    QCOMPARE(undoAction->toolTip(), QStringLiteral("Undo rename") + suffix);
}

void tst_Conventions::viewMenuSwitchesPages()
{
    auto *pages = m_window->findChild<QStackedWidget *>();
    auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(pages && sidebar);
    const QList<QAction *> &actions = m_window->pageActions();
    QCOMPARE(actions.size(), sidebar->count());
    QCOMPARE(actions.size(), int(MainWindow::PageCount));
    for (int i = actions.size() - 1; i >= 0; --i) {
        QVERIFY(actions[i]->isCheckable());
        QCOMPARE(actions[i]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QCOMPARE(actions[i]->text(), sidebar->item(i)->text());
        actions[i]->trigger();
        QCOMPARE(pages->currentIndex(), i);
        QCOMPARE(sidebar->currentRow(), i);
    }
    // The menu follows the sidebar.
    sidebar->setCurrentRow(MainWindow::MapPageIndex);
    QVERIFY(actions[MainWindow::MapPageIndex]->isChecked());
    QVERIFY(!actions[0]->isChecked());
    // And the keys work.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), int(MainWindow::ImpactPageIndex));
}

void tst_Conventions::emptyRegisterGreetsWithThreeWaysIn()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.bulwark"));
    QVERIFY(RegisterService::create(empty));
    QVERIFY(openRegister(empty));
    DashboardPage *dashboard = m_window->dashboardPage();
    m_window->showPage(MainWindow::DashboardPageIndex);
    QTRY_VERIFY(dashboard->greeting()->isVisible());

    // Each button triggers its action (the action's own work is not what is tested here: no file dialog).
    const QList<std::pair<QString, QString>> ways{
        {QStringLiteral("greetAddFunction"), QStringLiteral("element_new_function")},
        {QStringLiteral("greetImport"), QStringLiteral("file_import")},
        {QStringLiteral("greetDemo"), QStringLiteral("file_demo")}};
    for (const auto &[buttonName, actionName] : ways) {
        auto *button = dashboard->findChild<QPushButton *>(buttonName);
        auto *action = m_window->findChild<QAction *>(actionName);
        QVERIFY2(button && action, qPrintable(buttonName));
        QVERIFY(button->isVisibleTo(dashboard));
        QVERIFY2(button->isEnabled(), qPrintable(buttonName));
        QCOMPARE(button->text(), action->text());
        if (actionName != u"element_new_function")
            disconnect(action, &QAction::triggered, m_window.get(), nullptr);
        QSignalSpy triggered(action, &QAction::triggered);
        button->click();
        QCOMPARE(triggered.count(), 1);
    }
    // Adding a function starts a new business function on the Register page.
    auto *pages = m_window->findChild<QStackedWidget *>();
    QCOMPARE(pages->currentIndex(), int(MainWindow::RegisterPageIndex));

    // A register with elements shows the cards, not the greeting.
    QVERIFY(openRegister(m_demo));
    QSignalSpy refreshed(dashboard, &DashboardPage::refreshed);
    m_window->showPage(MainWindow::DashboardPageIndex);
    QTRY_VERIFY(!dashboard->greeting()->isVisible());
}

void tst_Conventions::impactResultSaysWhenStale()
{
    QVERIFY(openRegister(m_demo));
    ImpactPage *page = m_window->impactPage();
    m_window->showPage(MainWindow::ImpactPageIndex);
    StaleNotice *notice = page->staleNotice();
    QVERIFY(!notice->isVisible());
    QSignalSpy finished(page, &ImpactPage::finished);
    page->setFailedKeys({QStringLiteral("PRV-TLK")});
    page->run();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.last().first().toBool());
    QVERIFY(!notice->isStale());
    QVERIFY(!notice->isVisible());

    // An edit after the result: the page says so, calmly, and keeps the result.
    const int rows = page->functionModel()->rowCount();
    Element element = *m_window->service()->element(QStringLiteral("INF-HSM-CARD"));
    element.name = QStringLiteral("Card HSM (renamed)");
    ChangeSet change;
    change.add(element, ChangeSet::Mode::Update);
    QVERIFY(m_window->service()->apply(change));
    QVERIFY(notice->isStale());
    QVERIFY(notice->isVisible());
    QCOMPARE(page->functionModel()->rowCount(), rows);
    QVERIFY(notice->findChild<QLabel *>()->text().contains(QStringLiteral("changed since this was computed")));

    // Run again brings it up to date.
    notice->runAgainButton()->click();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.last().first().toBool());
    QVERIFY(!notice->isStale());
    QVERIFY(!notice->isVisible());
}

void tst_Conventions::dashboardSaysWhenStale()
{
    DashboardPage *page = m_window->dashboardPage();
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    QVERIFY(openRegister(m_demo));
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && refreshed.last().first().toBool() && !page->isRefreshing(), 15000);
    StaleNotice *notice = page->staleNotice();
    QVERIFY(!notice->isStale());
    Element element = *m_window->service()->element(QStringLiteral("INF-HSM-CARD"));
    element.name = QStringLiteral("Card HSM (renamed)");
    ChangeSet change;
    change.add(element, ChangeSet::Mode::Update);
    QVERIFY(m_window->service()->apply(change));
    QVERIFY(notice->isStale()); // the numbers on screen are from before the edit, until the refresh is in
    QVERIFY(refreshed.wait(15000));
    QVERIFY(refreshed.last().first().toBool());
    QVERIFY(!notice->isStale());
    QVERIFY(!notice->isVisible());
}

void tst_Conventions::searchFiltersTheTabInView()
{
    QVERIFY(openRegister(m_demo));
    m_window->showPage(MainWindow::RegisterPageIndex);
    RegisterPage *page = m_window->registerPage();
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("registerSearch"));
    auto *tabs = page->findChild<QTabWidget *>();
    QVERIFY(search && tabs);
    for (const QString &name : {QStringLiteral("allDependencyTable"), QStringLiteral("allGroupTable")}) {
        auto *view = page->findChild<QTableView *>(name);
        QVERIFY(view);
        tabs->setCurrentWidget(view);
        auto *model = qobject_cast<RelationTableModel *>(view->model());
        QVERIFY(model);
        search->clear();
        QTRY_VERIFY(model->rowCount() > 0);
        const int all = model->rowCount();
        // Keys and names count, as in the element table.
        search->setText(QStringLiteral("core"));
        QTRY_VERIFY(model->rowCount() < all);
        QVERIFY2(model->rowCount() > 0, qPrintable(name));
        for (int row = 0; row < model->rowCount(); ++row) {
            QString text;
            for (int column = 0; column < model->columnCount(); ++column)
                text += model->index(row, column).data().toString() + u' ';
            for (const QString &key : text.split(u' ', Qt::SkipEmptyParts)) {
                if (const auto element = m_window->service()->element(key))
                    text += element->name + u' ';
            }
            QVERIFY2(text.contains(QStringLiteral("core"), Qt::CaseInsensitive), qPrintable(text));
        }
        search->clear();
        QTRY_COMPARE(model->rowCount(), all);
    }
}

void tst_Conventions::darkThemeIsApplied()
{
    auto *dark = m_window->findChild<QAction *>(QStringLiteral("view_theme_dark"));
    auto *system = m_window->findChild<QAction *>(QStringLiteral("view_theme_system"));
    QVERIFY(dark && system);
    dark->trigger();
    QVERIFY(theme::isDark());
    QVERIFY(dark->isChecked());
    QCOMPARE(theme::current(), theme::Choice::Dark);
    const QPalette palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Base).lightness() < 80);
    QVERIFY(palette.color(QPalette::Text).lightness() > 180);
    system->trigger();
    QVERIFY(!theme::isDark());
    QVERIFY(system->isChecked());
}

void tst_Conventions::countsReadAsPeopleWriteThem()
{
    DashboardPage *page = m_window->dashboardPage();
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    QVERIFY(openRegister(m_demo));
    QVERIFY(refreshed.wait(15000));
    const QString headline = page->headline()->text();
    QVERIFY2(headline.contains(QStringLiteral("2 circular dependencies.")), qPrintable(headline));
    QVERIFY2(!headline.contains(QStringLiteral("(s)")) && !headline.contains(QStringLiteral("(ies)")),
             qPrintable(headline));
    QVERIFY2(headline.contains(QStringLiteral(" elements.")), qPrintable(headline));
}

void tst_Conventions::issue12_pluralsReadAsPeopleWriteThem_data()
{
    // Texts of the window, the command line and the model, as tr() looks them up (context and source); each needs
    // its English plural forms in resources/translations/bulwark_en.ts.
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QString registerPage = QStringLiteral("bulwark::gui::RegisterPage");
    QTest::newRow("registerOne") << registerPage << "%Ln element(s)" << 1 << "1 element";
    QTest::newRow("registerTwo") << registerPage << "%Ln element(s)" << 2 << "2 elements";
    QTest::newRow("registerMany") << registerPage << "%Ln element(s)" << 1234 << "1,234 elements";
    QTest::newRow("mapOne") << "bulwark::gui::MapPage"
                            << "%Ln dependency(ies)" << 1 << "1 dependency";
    QTest::newRow("mapMany") << "bulwark::gui::MapPage"
                             << "%Ln dependency(ies)" << 481259 << "481,259 dependencies";
    QTest::newRow("cliWrote") << "Context"
                              << "Wrote %1: %Ln element(s)" << 1234 << "Wrote %1: 1,234 elements";
    QTest::newRow("cliSpofs") << "Context"
                              << "    %Ln single point(s) of failure:\n"
                              << 1 << "    1 single point of failure:\n";
    QTest::newRow("modelGroup") << "bulwark::RegisterService"
                                << "group '%1' of '%2' needs %3 up but has only %Ln member(s)" << 1
                                << "group '%1' of '%2' needs %3 up but has only 1 member";
    QTest::newRow("functionStale") << "bulwark::gui::FunctionPage"
                                   << "%Ln no longer match(es) the register." << 1
                                   << "1 no longer matches the register.";
    QTest::newRow("auditEntries") << "bulwark::gui::AuditLogDialog"
                                  << "%Ln entries" << 1 << "1 entry";
}

void tst_Conventions::issue12_pluralsReadAsPeopleWriteThem()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString text
        = QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n);
    QLocale::setDefault(QLocale::system());
    QCOMPARE(text, expected);
}

QTEST_MAIN(tst_Conventions)
#include "tst_conventions.moc"
