// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include "gui/assessmentpage.h"
#include "gui/auditlogdialog.h"
#include "gui/commands/registercommand.h"
#include "gui/dashboardpage.h"
#include "gui/elementeditor.h"
#include "gui/functionpage.h"
#include "gui/helpwindow.h"
#include "gui/icons.h"
#include "gui/impactpage.h"
#include "gui/importdialog.h"
#include "gui/map/mapscene.h"
#include "gui/mappage.h"
#include "gui/promisefeedback.h"
#include "gui/registerpage.h"
#include "gui/reportspage.h"
#include "gui/roipage.h"
#include "gui/settings.h"
#include "gui/settingsdialog.h"
#include "gui/snapshotcache.h"
#include "gui/theme.h"
#include "model/exchange/demoregister.h"
#include "model/exchange/errorlist.h"
#include "model/exchange/exporter.h"
#include "model/exchange/formatregistry.h"
#include "model/exchange/importer.h"
#include "model/store/database.h"
#include "reports/reportinfo.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace bulwark::gui {
namespace {

store::Database::OpenMode openMode(const QString &path, bool readOnly)
{
    return readOnly ? store::Database::OpenMode::ReadOnly : store::Database::writableOrReadOnly(path);
}

Result<LoadOutcome> loadRegister(const QString &path, bool readOnly, Feedback &feedback)
{
    // A connection of this worker thread only; it opens (and migrates) the file and reads it whole. A register the
    // user may not change (an archive, an evidence share), or one another window has open, opens read-only.
    auto db = store::Database::open(path, openMode(path, readOnly));
    if (!db)
        return db.error();
    auto stored = store::RegisterStore::load(**db, &feedback);
    if (!stored)
        return stored.error();
    LoadOutcome outcome;
    outcome.state = std::make_shared<RegisterService::State>(RegisterService::State::build(std::move(*stored)));
    return outcome;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_undoStack(new QUndoStack(this)),
      m_loadJob(new BackgroundJob<LoadOutcome>(this)),
      m_importJob(new BackgroundJob<ImportPlanPtr>(this)),
      m_exportJob(new BackgroundJob<void>(this))
{
    setWindowTitle(tr("Bulwark"));
    setWindowIcon(QIcon(QStringLiteral(":/bulwark/icons/bulwark.svg")));
    setAcceptDrops(true); // a register file opens, a JSON file or CSV folder is imported

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(150);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(theme::sidebarStyleSheet());
    // "Register of Information" takes two lines rather than a scroll bar.
    m_sidebar->setWordWrap(true);
    m_sidebar->setTextElideMode(Qt::ElideNone);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages = new QStackedWidget(central);
    m_snapshotCache = new SnapshotCache(this);
    m_registerPage = new RegisterPage(m_undoStack, m_pages);
    m_impactPage = new ImpactPage(m_snapshotCache, m_pages);
    m_dashboardPage = new DashboardPage(m_snapshotCache, m_pages);
    m_mapPage = new MapPage(m_snapshotCache, m_pages);
    m_pages->addWidget(m_dashboardPage);
    m_pages->addWidget(m_registerPage);
    m_pages->addWidget(m_mapPage);
    m_pages->addWidget(m_impactPage);
    m_functionPage = new FunctionPage(m_snapshotCache, m_pages);
    m_pages->addWidget(m_functionPage);
    m_assessmentPage = new AssessmentPage(m_undoStack, m_pages);
    m_pages->addWidget(m_assessmentPage);
    m_reportsPage = new ReportsPage(m_pages);
    m_pages->addWidget(m_reportsPage);
    m_roiPage = new RoiPage(m_snapshotCache, m_undoStack, m_pages);
    m_pages->addWidget(m_roiPage);
    auto *item = new QListWidgetItem(icon("dashboard"), tr("Dashboard"), m_sidebar);
    item->setToolTip(tr("The state of resilience at a glance (Ctrl+1)"));
    item = new QListWidgetItem(icon("register"), tr("Register"), m_sidebar);
    item->setToolTip(tr("Business functions, applications, providers, locations and their dependencies (Ctrl+2)"));
    item = new QListWidgetItem(icon("map"), tr("Map"), m_sidebar);
    item->setToolTip(tr("The dependency map: what an element needs and what needs it (Ctrl+3)"));
    item = new QListWidgetItem(icon("impact"), tr("Impact"), m_sidebar);
    item->setToolTip(tr("What breaks if something fails: blast radius, tolerance, single points of failure (Ctrl+4)"));
    item = new QListWidgetItem(icon("function"), tr("Function"), m_sidebar);
    item->setToolTip(tr("One business function: its single points of failure, scenarios, tolerances, providers and "
                        "locations (Ctrl+5)"));
    item = new QListWidgetItem(icon("assessment"), tr("Assessment"), m_sidebar);
    item->setToolTip(
        tr("The DORA assessment: requirements, automated checks, findings, actions and sign-off (Ctrl+6)"));
    item = new QListWidgetItem(icon("report"), tr("Reports"), m_sidebar);
    item->setToolTip(tr("Reports for the management body, audit and the supervisor: preview and export as PDF, HTML "
                        "or CSV (Ctrl+7)"));
    item = new QListWidgetItem(icon("roi"), tr("Register of Information"), m_sidebar);
    item->setToolTip(tr("The DORA register of information built from the map: its 15 templates, the problems the "
                        "supervisor would find, and the package to file (Ctrl+8)"));
    auto showInRegister = [this](const QString &key) {
        showPage(RegisterPageIndex);
        m_registerPage->selectElement(key);
    };
    connect(m_impactPage, &ImpactPage::showElement, this, showInRegister);
    connect(m_mapPage, &MapPage::showElement, this, showInRegister);
    connect(m_registerPage, &RegisterPage::elementSelected, m_mapPage, &MapPage::followElement);
    connect(m_mapPage, &MapPage::failElement, this, [this](const QString &key) {
        showPage(ImpactPageIndex);
        m_impactPage->setFailedKeys({key});
        m_impactPage->run();
    });
    connect(m_impactPage, &ImpactPage::showOnMap, this, [this](const MapOverlay &overlay) {
        m_mapPage->showImpact(overlay);
        showPage(MapPageIndex);
    });
    connect(m_dashboardPage, &DashboardPage::showElement, this, showInRegister);
    connect(m_dashboardPage, &DashboardPage::showKind, this, [this](int kind) {
        showPage(RegisterPageIndex);
        m_registerPage->filterKind(kind);
    });
    connect(m_dashboardPage, &DashboardPage::runScenario, this, [this](const QString &name) {
        showPage(ImpactPageIndex);
        m_impactPage->runScenario(name);
    });
    // Ctrl+1... switch pages through the View menu's actions (setupMenus), one per sidebar entry.
    connect(m_functionPage, &FunctionPage::showElement, this, showInRegister);
    connect(m_functionPage, &FunctionPage::runScenario, this, [this](const QString &name) {
        showPage(ImpactPageIndex);
        m_impactPage->runScenario(name);
    });
    connect(m_functionPage, &FunctionPage::showOnMapRequested, this, [this](const QString &key) {
        m_mapPage->showFunction(key); // the function with its SPOFs marked
        showPage(MapPageIndex);
    });
    connect(m_dashboardPage, &DashboardPage::functionPageRequested, this, &MainWindow::openFunctionPage);
    connect(m_impactPage, &ImpactPage::functionPageRequested, this, &MainWindow::openFunctionPage);
    connect(m_registerPage, &RegisterPage::functionPageRequested, this, &MainWindow::openFunctionPage);
    connect(m_assessmentPage, &AssessmentPage::showElement, this, showInRegister);
    connect(m_assessmentPage, &AssessmentPage::showOnMap, this, [this](const QString &key) {
        // A function with its single points of failure marked; any other element with what is around it.
        const Element *element = m_service ? m_service->element(key) : nullptr;
        if (element && element->kind == ElementKind::Function)
            m_mapPage->showFunction(key);
        else
            m_mapPage->showAround(key);
        showPage(MapPageIndex);
    });
    connect(m_dashboardPage, &DashboardPage::assessmentRequested, this, [this] { showPage(AssessmentPageIndex); });
    connect(m_reportsPage, &ReportsPage::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
    connect(m_roiPage, &RoiPage::showElement, this, showInRegister);
    connect(m_roiPage, &RoiPage::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
    });
    m_sidebar->setCurrentRow(0);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_fileLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop opening the register"));
    m_cancel->hide();
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    // One progress bar and Cancel for both jobs: an import and an open never run at the same time.
    m_loadJob->bindProgress(m_progress, m_cancel);
    m_importJob->bindProgress(m_progress, m_cancel);
    // Another program (the command line, a second window) may write the register while it is open here: a cheap
    // check every two seconds reads it again when that happened.
    m_outsideChanges = new QTimer(this);
    m_outsideChanges->setInterval(2000);
    connect(m_outsideChanges, &QTimer::timeout, this, &MainWindow::checkForOutsideChanges);
    m_outsideChanges->start();
    // While a register opens, what needs it waits: the pages and the actions that read or write it.
    connect(m_loadJob, &BackgroundJobBase::runningChanged, this, [this](bool running) {
        m_cancel->setToolTip(running ? tr("Stop opening the register") : QString());
        for (QAction *action : {m_import, m_export})
            action->setEnabled(!running && m_service);
        m_undo->setEnabled(!running && m_undoStack->canUndo());
        m_redo->setEnabled(!running && m_undoStack->canRedo());
        m_pages->setEnabled(!running);
    });

    setupActions();
    setupMenus();
    applySettings();

    Settings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1440, available.width() * 95 / 100), std::min(900, available.height() * 92 / 100));
    }
    restoreState(settings.windowState());
    m_registerPage->splitter()->restoreState(settings.registerSplitter());
    setService(nullptr);
}

MainWindow::~MainWindow()
{
    // The jobs' destructors are the only waits on the GUI thread: a load still running at shutdown is canceled, an
    // import's write in progress rolls back.
}

void MainWindow::setupActions()
{
    m_newRegister = new QAction(icon("new"), tr("&New Register..."), this);
    m_newRegister->setObjectName(QStringLiteral("file_new"));
    m_newRegister->setShortcut(QKeySequence::New);
    m_newRegister->setStatusTip(tr("Create an empty register file"));
    connect(m_newRegister, &QAction::triggered, this, &MainWindow::newRegister);

    m_open = new QAction(icon("open"), tr("&Open..."), this);
    m_open->setObjectName(QStringLiteral("file_open"));
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a register file"));
    connect(m_open, &QAction::triggered, this, &MainWindow::openDialog);

    m_import = new QAction(icon("import"), tr("&Import..."), this);
    m_import->setObjectName(QStringLiteral("file_import"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Add or update elements from a bulwark-register JSON file or a CSV folder"));
    connect(m_import, &QAction::triggered, this, &MainWindow::importDialog);

    m_export = new QAction(icon("export"), tr("&Export..."), this);
    m_export->setObjectName(QStringLiteral("file_export"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setStatusTip(tr("Write the register as bulwark-register JSON or CSV"));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportDialog);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("file_quit"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("edit_undo"));
    m_undo->setIcon(icon("undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("edit_redo"));
    m_redo->setIcon(icon("redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    // The toolbar buttons keep one width ("Undo", "Redo"); what they would undo or redo is in the tooltip and the
    // Edit menu (issue 12).
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    const auto describe = [this] {
        m_undo->setToolTip(withShortcut(
            m_undo, m_undoStack->canUndo() ? tr("Undo %1").arg(m_undoStack->undoText()) : tr("Nothing to undo")));
        m_redo->setToolTip(withShortcut(
            m_redo, m_undoStack->canRedo() ? tr("Redo %1").arg(m_undoStack->redoText()) : tr("Nothing to redo")));
    };
    connect(m_undoStack, &QUndoStack::indexChanged, this, describe);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, describe);
    describe();

    // One Find for the window: it goes to the search field of the page that is shown (the Dashboard has none, so
    // it opens the Register's). A page's own Ctrl+F shortcut beside a window-wide one made the key ambiguous, and Qt
    // then triggers neither.
    m_find = new QAction(icon("find"), tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("edit_find"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setStatusTip(tr("Search the page that is shown"));
    connect(m_find, &QAction::triggered, this, &MainWindow::findInPage);
    addAction(m_find);

    m_settings = new QAction(icon("settings"), tr("&Settings..."), this);
    m_settings->setObjectName(QStringLiteral("settings"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsDialog);

    m_about = new QAction(icon("about"), tr("&About Bulwark"), this);
    m_about->setObjectName(QStringLiteral("help_about"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);

    // Help and the ways into an empty register (issue 12).
    m_help = new QAction(icon("about"), tr("Bulwark &Guide"), this);
    m_help->setObjectName(QStringLiteral("help_contents"));
    m_help->setShortcut(QKeySequence::HelpContents);
    m_help->setStatusTip(tr("Read the guide for the page that is shown"));
    connect(m_help, &QAction::triggered, this, [this] { showHelp(helpSection()); });
    addAction(m_help); // F1 also while the menu bar is hidden

    m_shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcuts->setObjectName(QStringLiteral("help_shortcuts"));
    m_shortcuts->setStatusTip(tr("List every keyboard shortcut"));
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_openDemo = new QAction(icon("open"), tr("Open the &Demo Register"), this);
    m_openDemo->setObjectName(QStringLiteral("file_demo"));
    m_openDemo->setStatusTip(tr("Open a small example bank to try every page"));
    connect(m_openDemo, &QAction::triggered, this, [this] {
        const QString demo = Settings::demoRegisterPath();
        if (!QFileInfo::exists(demo)) {
            if (auto created = DemoRegister::create(demo); !created) {
                showError(tr("Cannot Create the Demo Register"), created.error());
                return;
            }
        }
        openRegister(demo);
    });

    m_addFunction = new QAction(icon("add"), tr("Add a Business &Function"), this);
    m_addFunction->setObjectName(QStringLiteral("element_new_function"));
    m_addFunction->setStatusTip(tr("Start the register with what the organisation does"));
    connect(m_addFunction, &QAction::triggered, this, [this] {
        showPage(RegisterPageIndex);
        m_registerPage->filterKind(int(ElementKind::Function));
        m_registerPage->newElementAction()->trigger();
    });

    // The pages' parts of the guide; a page without one opens Getting started.
    m_dashboardPage->setProperty("helpSection", QStringLiteral("dashboard"));
    m_registerPage->setProperty("helpSection", QStringLiteral("register"));
    m_mapPage->setProperty("helpSection", QStringLiteral("map"));
    m_impactPage->setProperty("helpSection", QStringLiteral("impact"));
    m_functionPage->setProperty("helpSection", QStringLiteral("function"));
    m_assessmentPage->setProperty("helpSection", QStringLiteral("assessment"));
    m_reportsPage->setProperty("helpSection", QStringLiteral("reports"));
    m_roiPage->setProperty("helpSection", QStringLiteral("roi"));
    m_dashboardPage->setGreetingActions(m_addFunction, m_import, m_openDemo);
}

QString MainWindow::helpSection() const
{
    const QString section
        = m_pages->currentWidget() ? m_pages->currentWidget()->property("helpSection").toString() : QString();
    return section.isEmpty() ? QStringLiteral("getting-started") : section;
}

void MainWindow::showHelp(const QString &section)
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(this);
    m_helpWindow->showSection(section);
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

QList<std::pair<QString, QKeySequence>> MainWindow::shortcutList() const
{
    // Generated from the actions themselves, so the list cannot drift from the keys (issue 12).
    QList<std::pair<QString, QKeySequence>> list;
    QSet<QString> seen;
    const auto actions = findChildren<QAction *>();
    for (const QAction *action : actions) {
        QString text = action->text();
        text.remove(u'&');
        if (text.endsWith(QStringLiteral("...")))
            text.chop(3);
        for (const QKeySequence &key : action->shortcuts()) {
            const QString id = text + key.toString();
            if (key.isEmpty() || text.isEmpty() || seen.contains(id))
                continue;
            seen.insert(id);
            list.append({text, key});
        }
    }
    // A page's own keys (a QShortcut, no action) are listed when they say what they do (whatsThis).
    const auto shortcuts = findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts) {
        if (!shortcut->whatsThis().isEmpty() && !shortcut->key().isEmpty())
            list.append({shortcut->whatsThis(), shortcut->key()});
    }
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    return list;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    const auto list = shortcutList();
    auto *table = new QTableWidget(int(list.size()), 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list[row].first));
        table->setItem(row, 1, new QTableWidgetItem(list[row].second.toString(QKeySequence::NativeText)));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(480, 520);
    if (m_shortcutsShown)
        m_shortcutsShown(&dialog);
    dialog.exec();
}

void MainWindow::setTheme(theme::Choice choice)
{
    theme::apply(choice);
    Settings().setTheme(theme::token(choice));
    m_sidebar->setStyleSheet(theme::sidebarStyleSheet());
    for (MapScene *scene : findChildren<MapScene *>())
        scene->setBackgroundBrush(theme::mapBackground());
    for (QAction *action : std::as_const(m_themeActions))
        action->setChecked(theme::fromToken(action->data().toString()) == choice);
}

void MainWindow::showPage(int index)
{
    m_sidebar->setCurrentRow(index);
}

void MainWindow::openFunctionPage(const QString &key)
{
    m_functionPage->showFunction(key);
    showPage(FunctionPageIndex);
}

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newRegister);
    file->addAction(m_open);
    file->addAction(m_openDemo);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // Read again each time it opens: files come and go while the window is open.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_export);
    file->addSeparator();
    // The auditor's view (issue 12): the whole trail of the open register, read again each time it is opened.
    QAction *auditTrail = file->addAction(tr("Audit &Trail..."), this, [this] {
        if (!m_service)
            return;
        auto *dialog = findChild<AuditLogDialog *>();
        if (!dialog) {
            dialog = new AuditLogDialog(QString(), this);
            connect(dialog, &AuditLogDialog::saveCopyRequested, this, [this] { saveCopyAs(); });
        }
        if (!m_fileVanished) {
            dialog->load(m_service->path());
        } else {
            // The file is gone (issue 12): a worker cannot use this thread's connection, so the trail is read from a
            // copy made through it, which is what the window holds and what Save a Copy would write.
            m_auditCopy = std::make_unique<QTemporaryDir>();
            const QString copy = m_auditCopy->filePath(QStringLiteral("held.bulwark"));
            auto saved = m_auditCopy->isValid()
                ? m_service->saveCopy(copy)
                : Result<void>(makeError(Error::Code::Io, tr("No temporary folder for a copy of the register.")));
            if (saved)
                dialog->loadHeldCopy(m_service->path(), copy);
            else
                dialog->showFileGone(m_service->path(), saved.error().message);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    auditTrail->setObjectName(QStringLiteral("auditTrail"));
    auditTrail->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    // Every step of this session, to go back to any of them at once (QUndoView on the one undo stack).
    auto *history = new QDockWidget(tr("Undo History"), this);
    history->setObjectName(QStringLiteral("undoHistory"));
    auto *historyView = new QUndoView(m_undoStack, history);
    historyView->setEmptyLabel(tr("<opened register>"));
    history->setWidget(historyView);
    addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();
    QAction *showHistory = history->toggleViewAction();
    showHistory->setText(tr("Undo &History"));
    showHistory->setObjectName(QStringLiteral("edit_history"));
    edit->addAction(showHistory);
    edit->addSeparator();
    edit->addAction(m_registerPage->newElementAction());
    edit->addAction(m_addFunction);
    edit->addAction(m_registerPage->deleteElementsAction());
    edit->addAction(m_registerPage->bulkEditAction());
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_settings);

    setupViewMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_help);
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_open);
    toolBar->addAction(m_import);
    toolBar->addAction(m_export);
    toolBar->addSeparator();
    toolBar->addAction(m_undo);
    toolBar->addAction(m_redo);
    toolBar->addSeparator();
    toolBar->addAction(m_registerPage->newElementAction());
    toolBar->addAction(m_registerPage->deleteElementsAction());
    updateRecentMenu();
    showShortcutsInToolTips();
}

void MainWindow::setupViewMenu()
{
    // One checkable action per sidebar entry, Ctrl+1 to Ctrl+9 in order, following the sidebar both ways: a page
    // added to the sidebar before this runs gets its entry and key.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    auto *pages = new QActionGroup(this);
    pages->setExclusive(true);
    for (int row = 0; row < m_sidebar->count(); ++row) {
        const QListWidgetItem *item = m_sidebar->item(row);
        QAction *action = view->addAction(item->icon(), item->text());
        action->setObjectName(QStringLiteral("view_page_%1").arg(row));
        action->setCheckable(true);
        action->setActionGroup(pages);
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        action->setStatusTip(item->toolTip());
        connect(action, &QAction::triggered, this, [this, row] { showPage(row); });
        m_pageActions.append(action);
    }
    const auto follow = [this](int row) {
        if (row >= 0 && row < m_pageActions.size())
            m_pageActions[row]->setChecked(true);
    };
    connect(m_sidebar, &QListWidget::currentRowChanged, this, follow);
    follow(m_sidebar->currentRow());

    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    themes->setObjectName(QStringLiteral("themeMenu"));
    auto *themeGroup = new QActionGroup(this);
    const theme::Choice chosen = theme::fromToken(Settings().theme());
    for (const auto &[choice, text] : {std::pair{theme::Choice::System, tr("&System")},
                                       std::pair{theme::Choice::Light, tr("&Light")},
                                       std::pair{theme::Choice::Dark, tr("&Dark")}}) {
        QAction *action = themes->addAction(text);
        action->setObjectName(QStringLiteral("view_theme_") + theme::token(choice));
        action->setData(theme::token(choice));
        action->setCheckable(true);
        action->setChecked(choice == chosen);
        action->setActionGroup(themeGroup);
        const theme::Choice c = choice;
        connect(action, &QAction::triggered, this, [this, c] { setTheme(c); });
        m_themeActions.append(action);
    }
    if (chosen != theme::Choice::System)
        setTheme(chosen);
}

void MainWindow::showShortcutsInToolTips()
{
    // "Undo (Ctrl+Z)": every action's tooltip names its key (the Undo/Redo tooltips are set again as the stack
    // moves, through withShortcut()).
    const auto actions = findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action == m_undo || action == m_redo || action->shortcut().isEmpty())
            continue;
        action->setToolTip(withShortcut(action, action->toolTip()));
    }
}

QString MainWindow::withShortcut(const QAction *action, const QString &text)
{
    const QString key = action->shortcut().toString(QKeySequence::NativeText);
    const QString suffix = QStringLiteral(" (%1)").arg(key);
    if (key.isEmpty() || text.endsWith(suffix))
        return text;
    return text + suffix;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    // A file that was moved or deleted since is dropped from the list, not offered to fail (issue 12).
    Settings settings;
    QStringList files;
    for (const QString &path : settings.recentFiles()) {
        if (QFileInfo::exists(path))
            files << path;
        else
            settings.removeRecentFile(path);
    }
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action
            = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] {
            if (m_registerPage->editor()->confirmLeave()) // another register replaces the form (issue 12)
                openRegister(path);
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"));
        clear->setObjectName(QStringLiteral("clearRecent"));
        connect(clear, &QAction::triggered, this, [this] {
            Settings().clearRecentFiles();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::openInitialRegister(const QStringList &arguments)
{
    QStringList files;
    for (const QString &argument : arguments) {
        if (!argument.startsWith(u'-'))
            files << argument;
    }
    if (!files.isEmpty()) {
        openRegister(files.first());
        // A window shows one register: the others are named, not silently dropped (issue 15).
        if (files.size() > 1) {
            const QStringList others = files.mid(1);
            QStringList names;
            for (const QString &other : others)
                names << QDir::toNativeSeparators(other);
            m_initialNote = tr("A window shows one register: opened %1, not %2. Open them with File > Open or "
                               "start Bulwark once per register.")
                                .arg(QDir::toNativeSeparators(files.first()), names.join(QStringLiteral(", ")));
            const auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(this, &MainWindow::registerOpened, this, [this, connection](const QString &, bool) {
                disconnect(*connection);
                statusBar()->showMessage(m_initialNote, 30000);
            });
        }
        return;
    }
    const Settings settings;
    const QString last = settings.lastRegister();
    if (settings.reopenLastRegister() && !last.isEmpty() && QFileInfo::exists(last)) {
        openRegister(last);
        return;
    }
    const QString demo = Settings::demoRegisterPath();
    if (!QFileInfo::exists(demo)) {
        if (auto created = DemoRegister::create(demo); !created) {
            showError(tr("Cannot Create the Demo Register"), created.error());
            return;
        }
    }
    openRegister(demo);
}

bool MainWindow::isLoading() const
{
    return m_loadJob->isRunning() || m_loadPending;
}

void MainWindow::openRegister(const QString &path)
{
    // A newer open replaces one still running (which is canceled, not waited for).
    m_loadPending = false;
    // Another window or process with the register open says who it is; this one may still read it.
    bool readOnly = false;
    auto lock = store::RegisterLock::acquire(path);
    if (!lock) {
        if (!askToOpenReadOnly(path, lock.error()))
            return;
        readOnly = true;
    }
    m_openingLock = lock ? std::move(*lock) : store::RegisterLock();
    m_fileLabel->setText(tr("Opening %1...").arg(QDir::toNativeSeparators(path)));
    m_loadJob->run(
        [path, readOnly](Feedback &feedback) { return loadRegister(path, readOnly, feedback); },
        [this, path, readOnly](Result<LoadOutcome> outcome) { loadFinished(path, readOnly, std::move(outcome)); },
        tr("Opening %1...").arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::askToOpenReadOnly(const QString &path, const Error &why)
{
    QMessageBox box(
        QMessageBox::Information, tr("The Register Is Open Elsewhere"), why.message, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("registerLockedBox"));
    box.setInformativeText(tr("Read-only, you see the register as it is and can run every analysis and report; "
                              "changes are made in the window that has it open. If that window is gone (it crashed on "
                              "another computer), delete %1 and open the register again.")
                               .arg(QDir::toNativeSeparators(store::RegisterLock::lockPath(path))));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    const bool accepted = box.clickedButton() == readOnly;
    if (!accepted) {
        updateStatus();
        statusBar()->showMessage(tr("%1 was not opened.").arg(QDir::toNativeSeparators(path)), 5000);
        Q_EMIT registerOpened(path, false);
    }
    return accepted;
}

void MainWindow::loadFinished(const QString &path, bool readOnly, Result<LoadOutcome> outcome)
{
    if (m_service && m_service->isWriting()) {
        // Reached from the event loop of a write's progress dialog: the service is still in use on the stack.
        m_loadPending = true;
        auto shared = std::make_shared<Result<LoadOutcome>>(std::move(outcome));
        QTimer::singleShot(100, this, [this, path, readOnly, shared] {
            if (m_loadPending && !m_loadJob->isRunning()) {
                m_loadPending = false;
                loadFinished(path, readOnly, std::move(*shared));
            }
        });
        return;
    }
    // Held until the register is in use; a failed or canceled open lets it go here.
    store::RegisterLock opening = std::exchange(m_openingLock, store::RegisterLock());
    if (!outcome && outcome.error().code == Error::Code::Canceled) {
        updateStatus();
        statusBar()->showMessage(tr("Opening was canceled."), 5000);
        return;
    }
    Settings settings;
    if (!outcome) {
        updateStatus();
        if (outcome.error().code == Error::Code::NotFound)
            settings.removeRecentFile(path);
        updateRecentMenu();
        showError(tr("Cannot Open Register"), outcome.error());
        Q_EMIT registerOpened(path, false);
        return;
    }
    // The worker's connection is closed; this thread opens its own (already migrated, so this is quick).
    auto db = store::Database::open(path, openMode(path, readOnly));
    if (!db) {
        updateStatus();
        showError(tr("Cannot Open Register"), db.error());
        Q_EMIT registerOpened(path, false);
        return;
    }
    // The new register's mark replaces the old one's; reading the same file again keeps the mark it has.
    if (opening.isHeld())
        m_registerLock = std::move(opening);
    else if (!m_service || QFileInfo(m_service->path()) != QFileInfo(path))
        m_registerLock = store::RegisterLock();
    setService(std::make_unique<RegisterService>(std::move(*db), std::move(*outcome->state)));
    settings.addRecentFile(path);
    settings.setLastRegister(path);
    updateRecentMenu();
    Q_EMIT registerOpened(path, true);
}

void MainWindow::setService(std::unique_ptr<RegisterService> service)
{
    m_undoStack->clear();
    m_registerPage->setService(nullptr);
    m_impactPage->setService(nullptr);
    m_dashboardPage->setService(nullptr);
    m_mapPage->setService(nullptr);
    m_functionPage->setService(nullptr);
    m_assessmentPage->setService(nullptr);
    m_reportsPage->setService(nullptr);
    m_roiPage->setService(nullptr);
    m_snapshotCache->setService(nullptr);
    m_service = std::move(service);
    if (m_service) {
        connect(m_service.get(), &RegisterService::writeFailed, this, [this](const Error &error) {
            if (checkRegisterFile()) // a file that is gone has its own dialog, with the way out
                showError(tr("The Change Was Not Saved"), error);
        });
        connect(m_service.get(), &RegisterService::changed, this, &MainWindow::updateStatus);
        // A write found that another program had changed the file: show what the file holds now.
        connect(
            m_service.get(), &RegisterService::reloaded, this, [this] { readAgain(); }, Qt::QueuedConnection);
    }
    m_snapshotCache->setService(m_service.get()); // first: the pages must see the change after the cache did
    m_registerPage->setService(m_service.get());
    m_impactPage->setService(m_service.get());
    m_dashboardPage->setService(m_service.get());
    m_mapPage->setService(m_service.get());
    m_functionPage->setService(m_service.get());
    m_assessmentPage->setService(m_service.get());
    m_reportsPage->setService(m_service.get());
    m_roiPage->setService(m_service.get());
    m_import->setEnabled(m_service != nullptr);
    m_export->setEnabled(m_service != nullptr);
    // Issue 12: the file and its folder are watched, so that a register deleted or replaced while open is noticed at
    // once rather than at the next edit (which the service refuses then in any case).
    m_fileVanished = false;
    if (m_vanishedBox)
        m_vanishedBox->close();
    if (!m_fileWatcher) {
        m_fileWatcher = new QFileSystemWatcher(this);
        connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::checkRegisterFile);
        connect(m_fileWatcher, &QFileSystemWatcher::directoryChanged, this, &MainWindow::checkRegisterFile);
    }
    if (const QStringList watched = m_fileWatcher->files() + m_fileWatcher->directories(); !watched.isEmpty())
        m_fileWatcher->removePaths(watched);
    if (m_service)
        m_fileWatcher->addPaths({m_service->path(), QFileInfo(m_service->path()).absolutePath()});
    updateStatus();
}

QMessageBox *MainWindow::fileVanishedBox() const
{
    return m_vanishedBox;
}

bool MainWindow::checkRegisterFile()
{
    if (!m_service || m_service->database().fileState() == store::Database::FileState::Present)
        return true;
    fileVanished();
    return false;
}

void MainWindow::fileVanished()
{
    if (!m_service)
        return;
    const QString path = QDir::toNativeSeparators(m_service->path());
    const bool replaced = m_service->database().fileState() == store::Database::FileState::Replaced;
    m_fileLabel->setText(replaced ? tr("%1 was replaced by another file: changes are not saved.").arg(path)
                                  : tr("%1 was deleted or moved: changes are not saved.").arg(path));
    if (!std::exchange(m_fileVanished, true)) {
        // The pages go on showing the register as it is open here; a Dashboard that tried the file's name meanwhile
        // reads it again from there.
        m_snapshotCache->keepFromService();
        m_dashboardPage->refresh();
        Q_EMIT registerFileVanished(m_service->path());
    }
    if (m_vanishedBox && m_vanishedBox->isVisible()) {
        m_vanishedBox->raise();
        return;
    }
    // Not modal for the whole program (open(), not exec()): it comes from a file watcher or a refused write.
    auto *box = new QMessageBox(QMessageBox::Warning,
                                replaced ? tr("The Register File Was Replaced") : tr("The Register File Is Gone"),
                                replaced ? tr("%1 was replaced by another file while it was open here.").arg(path)
                                         : tr("%1 was deleted or moved while it was open here.").arg(path),
                                QMessageBox::NoButton,
                                this);
    box->setObjectName(QStringLiteral("fileVanishedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Bulwark has stopped writing to it: changes would be lost with it. The register as it "
                               "is open here, with its whole audit trail, can be saved to a new file, which is then "
                               "opened."));
    QPushButton *save = box->addButton(tr("&Save a Copy..."), QMessageBox::AcceptRole);
    box->addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box->setDefaultButton(save);
    connect(box, &QMessageBox::buttonClicked, this, [this, save](QAbstractButton *button) {
        if (button == save)
            QTimer::singleShot(0, this, [this] { saveCopyAs(); });
    });
    m_vanishedBox = box;
    box->open();
}

bool MainWindow::saveCopyAs(const QString &path)
{
    if (!m_service)
        return false;
    QString target = path;
    if (target.isEmpty()) {
        Settings settings;
        target = QFileDialog::getSaveFileName(this,
                                              tr("Save a Copy of the Register"),
                                              settings.lastFolder(),
                                              tr("Bulwark registers (*.bulwark);;All files (*)"));
        if (target.isEmpty())
            return false;
        if (QFileInfo(target).suffix().isEmpty())
            target += QStringLiteral(".bulwark");
        settings.setLastFolder(QFileInfo(target).absolutePath());
    }
    if (auto saved = m_service->saveCopy(target); !saved) {
        showError(tr("The Copy Was Not Saved"), saved.error());
        return false;
    }
    statusBar()->showMessage(tr("Saved the register to %1; it is open now.").arg(QDir::toNativeSeparators(target)),
                             8000);
    openRegister(target);
    return true;
}

void MainWindow::findInPage()
{
    QWidget *page = m_pages->currentWidget();
    if (page == m_mapPage) {
        m_mapPage->focusSearch();
    } else if (page == m_impactPage) {
        m_impactPage->focusSearch();
    } else if (page == m_assessmentPage) {
        m_assessmentPage->focusSearch();
    } else if (page == m_roiPage) {
        m_roiPage->focusSearch();
    } else {
        showPage(RegisterPageIndex);
        m_registerPage->focusSearch();
    }
}

bool MainWindow::isBusyHere() const
{
    // Not while this window writes (a large write's progress dialog runs the event loop), nor while the user has
    // unsaved edits in the form or a dialog open: reading the register again would replace what they work on.
    return !m_service || m_service->isWriting() || isLoading() || isImporting() || m_exportJob->isRunning()
        || QApplication::activeModalWidget() || m_registerPage->editor()->hasUnsavedEdits();
}

void MainWindow::checkForOutsideChanges()
{
    // A file that is gone is never read again by its name: another file may be there now (issue 12).
    if (m_fileVanished || !checkRegisterFile())
        return;
    if (m_readAgainPending && !isBusyHere()) {
        readAgain();
        return;
    }
    if (isBusyHere())
        return;
    auto outdated = m_service->isOutdated();
    if (outdated && *outdated)
        readAgain();
}

void MainWindow::readAgain()
{
    if (!m_service)
        return;
    if (isBusyHere()) {
        m_readAgainPending = true; // the two-second check does it once the window is free
        statusBar()->showMessage(tr("Another program changed the register; it is read again when your edit is done."));
        return;
    }
    m_readAgainPending = false;
    statusBar()->showMessage(tr("Another program changed the register; it was read again."), 8000);
    openRegister(m_service->path());
}

void MainWindow::updateStatus()
{
    if (!m_service) {
        m_fileLabel->setText(tr("No register open. Use File > Open or File > New Register."));
        setWindowFilePath(QString());
        setWindowTitle(tr("Bulwark"));
        return;
    }
    const QString path = QDir::toNativeSeparators(m_service->path());
    m_fileLabel->setText(tr("%1  |  %Ln element(s)", nullptr, int(m_service->elementCount())).arg(path)
                         + tr(", %Ln dependency(ies)", nullptr, int(m_service->dependencyCount())));
    setWindowTitle(m_service->database().isReadOnly()
                       ? tr("%1 (read-only) - Bulwark").arg(QFileInfo(m_service->path()).fileName())
                       : tr("%1 - Bulwark").arg(QFileInfo(m_service->path()).fileName()));
}

void MainWindow::showError(const QString &title, const Error &error)
{
    QMessageBox::warning(this, title, error.toString());
}

void MainWindow::newRegister()
{
    if (!m_registerPage->editor()->confirmLeave()) // the new register replaces the form (issue 12)
        return;
    Settings settings;
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Register"), settings.lastFolder(), tr("Bulwark registers (*.bulwark);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".bulwark");
    settings.setLastFolder(QFileInfo(path).absolutePath());
    // The file dialog asked before replacing an existing file. The old register goes with its journal files.
    if (QFileInfo::exists(path)) {
        if (!QFile::remove(path)) {
            showError(tr("Cannot Create Register"), makeError(Error::Code::Io, tr("%1 cannot be replaced.").arg(path)));
            return;
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    if (auto created = RegisterService::create(path); !created) {
        showError(tr("Cannot Create Register"), created.error());
        return;
    }
    openRegister(path);
}

void MainWindow::openDialog()
{
    if (!m_registerPage->editor()->confirmLeave()) // another register replaces the form (issue 12)
        return;
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Open Register"),
                                                      settings.lastFolder(),
                                                      tr("Bulwark registers (*.bulwark *.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    openRegister(path);
}

void MainWindow::importDialog()
{
    if (!m_service)
        return;
    Settings settings;
    const QString path
        = QFileDialog::getOpenFileName(this,
                                       tr("Import into the Register"),
                                       settings.lastFolder(),
                                       exchange::FormatRegistry::fileDialogFilters(exchange::FormatUse::Read));
    if (path.isEmpty())
        return;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    importFile(path, settings.confirmImports());
}

void MainWindow::cancelImport()
{
    if (m_importing)
        m_importJob->cancel(); // the worker only reads; nothing has been written
}

bool MainWindow::isImporting() const
{
    return m_importing;
}

ImportDialog *MainWindow::importPreview() const
{
    return m_importDialog;
}

void MainWindow::importFile(const QString &path, bool askFirst)
{
    if (!m_service || isImporting() || isLoading() || !checkRegisterFile()) // not into a file that is gone
        return;
    startImport(path, askFirst);
}

void MainWindow::setBusy(const QString &text, bool busy)
{
    // While a worker writes the file, the window shows but does not edit the register.
    m_registerPage->setEnabled(!busy);
    m_impactPage->setEnabled(!busy && m_service);
    m_assessmentPage->setEnabled(!busy && m_service);
    m_reportsPage->setEnabled(!busy && m_service);
    m_mapPage->setEnabled(!busy && m_service);
    for (QAction *action : {m_newRegister, m_open, m_import, m_export, m_undo, m_redo})
        action->setEnabled(!busy);
    if (!busy) {
        m_undo->setEnabled(m_undoStack->canUndo());
        m_redo->setEnabled(m_undoStack->canRedo());
    }
    m_progress->setRange(0, busy ? 0 : 100);
    m_progress->setVisible(busy);
    if (busy)
        m_fileLabel->setText(text);
    else
        updateStatus();
}

void MainWindow::startImport(const QString &path, bool askFirst)
{
    m_importing = true;
    m_importPath = path;
    m_askBeforeImport = askFirst;
    const QString db = m_service->path();
    setBusy(tr("Checking %1...").arg(QDir::toNativeSeparators(path)), true);
    m_cancel->setToolTip(tr("Stop the import (nothing is written)"));
    // Reading, checking and comparing a large file takes seconds: a worker with its own read-only connection does
    // it. Fields the file leaves out keep their values by default in the window (issue 12).
    exchange::ImportOptions options;
    options.keepOmitted = true;
    m_importJob->run(
        [db, path, options](Feedback &feedback) { return ImportDialog::planImport(db, path, options, feedback); },
        [this, path](Result<ImportPlanPtr> plan) { importDone(path, std::move(plan)); });
}

void MainWindow::importDone(const QString &path, Result<ImportPlanPtr> plan)
{
    setBusy({}, false);
    if (!plan && plan.error().code == Error::Code::Canceled) {
        m_importing = false;
        statusBar()->showMessage(tr("The import was canceled; nothing was written."), 8000);
        Q_EMIT importFinished(path, false);
        return;
    }
    if (!plan) {
        m_importing = false;
        // Every problem of the file at once (issue 12), one a line with its file, line and field.
        const QStringList problems = exchange::ErrorList::lines(plan.error());
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    tr("Nothing Was Imported"),
                                    tr("%1 cannot be imported; nothing was written. The file has these "
                                       "problems:")
                                        .arg(QFileInfo(path).fileName()),
                                    QMessageBox::Close,
                                    this);
        box->setObjectName(QStringLiteral("importErrors"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (problems.size() <= 12) {
            box->setInformativeText(problems.join(u'\n'));
        } else {
            box->setInformativeText(problems.mid(0, 10).join(u'\n') + u'\n' + tr("... see the details."));
            box->setDetailedText(problems.join(u'\n'));
        }
        box->open();
        Q_EMIT importFinished(path, false);
        return;
    }
    // A map from another tool is always previewed: its notes and its key prefix are to be seen before it is written.
    const auto format = exchange::FormatRegistry::find((*plan)->report.format);
    if (format && format->isGraph())
        m_askBeforeImport = true;
    // Asked first, the preview shows even a file that changes nothing: without keeping omitted fields it might.
    if ((*plan)->diff.isEmpty() && !m_askBeforeImport) {
        m_importing = false;
        statusBar()->showMessage(
            tr("%1 matches the register: there is nothing to change.").arg(QFileInfo(path).fileName()), 8000);
        Q_EMIT importFinished(path, true);
        return;
    }
    if (!m_askBeforeImport) {
        applyImport(path, std::move(**plan));
        return;
    }
    const QString db = m_service->path();
    exchange::ImportOptions initial;
    initial.keepOmitted = true;
    auto *dialog = new ImportDialog(
        path,
        std::move(*plan),
        initial,
        [db, path](const exchange::ImportOptions &options, Feedback &feedback) {
            return ImportDialog::planImport(db, path, options, feedback);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, path](int result) {
        if (result != QDialog::Accepted || !m_service) {
            m_importing = false;
            Q_EMIT importFinished(path, false);
            return;
        }
        applyImport(path, dialog->takePlan());
    });
    dialog->open();
}

void MainWindow::applyImport(const QString &path, exchange::ImportPlan plan)
{
    // One undoable step through the window's own register (issue 12): RegisterCommand works out the inverse before it
    // writes, and shows a progress dialog (with Cancel on the first write) for a large change set. A write that fails
    // or is canceled makes the command obsolete and QUndoStack drops it; the redo stack is then left as it was.
    const int before = m_undoStack->count();
    const int index = m_undoStack->index();
    const exchange::ImportDiff diff = std::move(plan.diff);
    // Validated and inverted on the import's worker already: not again here while the register is as it was then.
    m_undoStack->push(RegisterCommand::prepared(m_service.get(),
                                                std::move(plan.changes),
                                                std::move(plan.inverse),
                                                std::move(plan.prepared),
                                                tr("Import %1").arg(QFileInfo(path).fileName()))
                          .release());
    m_importing = false;
    const bool ok = m_undoStack->index() == index + 1 && m_undoStack->count() <= before + 1;
    if (ok) {
        statusBar()->showMessage(tr("Imported %1: %Ln element(s) added, %L2 changed. Edit > Undo takes it back.",
                                    nullptr,
                                    int(diff.elements.added))
                                     .arg(QFileInfo(path).fileName())
                                     .arg(diff.elements.changed),
                                 8000);
    } else {
        statusBar()->showMessage(tr("The import was not written; the register is as it was."), 8000);
    }
    updateStatus();
    Q_EMIT importFinished(path, ok);
}

void MainWindow::exportDialog()
{
    if (!m_service || m_exportJob->isRunning())
        return;
    Settings settings;
    QString selectedFilter;
    const QString path
        = QFileDialog::getSaveFileName(this,
                                       tr("Export Register"),
                                       settings.lastFolder(),
                                       exchange::FormatRegistry::fileDialogFilters(exchange::FormatUse::Write),
                                       &selectedFilter);
    if (path.isEmpty())
        return;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    const auto format = exchange::FormatRegistry::fromFileDialogFilter(selectedFilter, exchange::FormatUse::Write);
    exportRegister(path, format ? format->format : exchange::Format::Json);
}

void MainWindow::exportRegister(const QString &path, exchange::Format format)
{
    if (!m_service || m_exportJob->isRunning() || !checkRegisterFile()) // it reads the file by its name
        return;
    // A worker reads the register through its own connection (one read transaction: a consistent copy even while
    // the window goes on editing) and writes the file; 100,000 elements take a few seconds.
    statusBar()->showMessage(tr("Exporting to %1...").arg(QDir::toNativeSeparators(path)));
    const QString db = m_service->path();
    m_exportJob->run(
        [db, path, format](Feedback &feedback) -> Result<void> {
            auto service = RegisterService::open(db, store::Database::OpenMode::ReadOnly); // export only reads
            if (!service)
                return service.error();
            // As the command line: replaced whole once on disk, a failure keeps the earlier export (issue 10).
            return exchange::Exporter::run(**service, path, {format}, &feedback);
        },
        [this, path](Result<void> result) {
            if (!result)
                showError(tr("Export Failed"), result.error());
            else
                statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 5000);
            Q_EMIT exportFinished(path, bool(result));
        });
}

void MainWindow::about()
{
    QString versions;
    for (const auto &[library, version] : reports::ReportInfo::libraryVersions())
        versions += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(library, version);
    QMessageBox::about(this,
                       tr("About Bulwark"),
                       tr("<h3>Bulwark</h3><p>Maps which ICT services, assets, locations and third-party providers "
                          "support each business function, and shows what breaks when one of them fails.</p>"
                          "<p>Everything stays on this computer.</p><table>%1</table>")
                           .arg(versions));
}

void MainWindow::settingsDialog()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void MainWindow::applySettings()
{
    const Settings settings;
    m_mapPage->setElementLimit(settings.mapElementLimit());
    m_mapPage->setHops(settings.mapHops());
}

MainWindow::DropAction MainWindow::dropActionFor(const QMimeData *mime, QString *path)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return DropAction::None;
    const QFileInfo info(mime->urls().first().toLocalFile());
    if (path)
        *path = info.absoluteFilePath();
    if (!info.isDir() && info.suffix().toLower() == QStringLiteral("bulwark"))
        return DropAction::Open;
    return exchange::FormatRegistry::recognise(info.absoluteFilePath()) ? DropAction::Import : DropAction::None;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const DropAction action = dropActionFor(event->mimeData(), nullptr);
    if (action == DropAction::None || isLoading() || isImporting() || (action == DropAction::Import && !m_service))
        return event->ignore();
    event->acceptProposedAction();
    statusBar()->showMessage(action == DropAction::Open ? tr("Drop to open this register")
                                                        : tr("Drop to import into the open register"),
                             3000);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QString path;
    const DropAction action = dropActionFor(event->mimeData(), &path);
    if (action == DropAction::None)
        return event->ignore();
    event->acceptProposedAction();
    // Not from inside the drop handler: the import's confirmation dialog must not run in the drag's event loop.
    QMetaObject::invokeMethod(
        this,
        [this, action, path] {
            if (action == DropAction::Open)
                openRegister(path);
            else
                importFile(path, Settings().confirmImports());
        },
        Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Issue 12: edits in the form are applied, discarded or the window stays; a register whose file is gone is
    // offered as a copy before its last changes go with it.
    if (!m_registerPage->editor()->confirmLeave()) {
        event->ignore();
        return;
    }
    if (m_service && !checkRegisterFile()) {
        const auto answer = QMessageBox::warning(
            this,
            tr("The Register File Is Gone"),
            tr("%1 is no longer there: what is open here is lost when Bulwark closes. Save a copy first?")
                .arg(QDir::toNativeSeparators(m_service->path())),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveCopyAs())) {
            event->ignore();
            return;
        }
    }
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setRegisterSplitter(m_registerPage->splitter()->saveState());
    event->accept();
}

} // namespace bulwark::gui
