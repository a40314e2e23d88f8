// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "gui/theme.h"
#include "model/exchange/formatregistry.h"
#include "model/exchange/importer.h"
#include "model/register/registerservice.h"
#include "model/result.h"
#include "model/store/registerlock.h"
#include "model/store/registerstore.h"

#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDialog;
class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QMimeData;
class QMenu;
class QMessageBox;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QToolButton;
class QUndoStack;

namespace bulwark::gui {

class AssessmentPage;
class DashboardPage;
class HelpWindow;
class FunctionPage;
class ImpactPage;
class ImportDialog;
class MapPage;
class RegisterPage;
class ReportsPage;
class RoiPage;
class SnapshotCache;

/// What the background load hands to the GUI thread.
struct LoadOutcome {
    std::shared_ptr<RegisterService::State> state; ///< built on the worker thread
};

/// The main window: a sidebar of pages (Register for now), menus, undo stack, status bar. Registers are
/// opened and imported on a worker thread (BackgroundJob) so that a 100,000-element register does not freeze the
/// window; nothing here waits for a worker except the destructor.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the register named in `arguments`, else the last one, else the demo (created on first run).
    void openInitialRegister(const QStringList &arguments);
    /// Opens `path` in the background and returns at once; the window stays usable and shows progress with Cancel.
    /// A newer open replaces one still running. registerOpened() says when it is done.
    void openRegister(const QString &path);
    bool isLoading() const;
    /// Imports a JSON file or CSV folder: a worker (with its own connection) reads the file, validates it and works out
    /// what it changes; the import preview (ImportDialog) shows that unless `askFirst` is false; then the change set is
    /// applied through the window's register as one undoable step (RegisterCommand, with progress when large). Fields
    /// the file leaves out keep their values unless the preview's choice says otherwise (issue 12).
    void importFile(const QString &path, bool askFirst = true);
    bool isImporting() const;
    /// Stops a running import while the file is read and checked; nothing is written.
    void cancelImport();
    /// The import preview while it is open, else null.
    ImportDialog *importPreview() const;
    /// Writes the register to `path` in `format` (exchange::Exporter; Auto: from the name) on a worker.
    void exportRegister(const QString &path, exchange::Format format = exchange::Format::Json);

    RegisterService *service() const { return m_service.get(); }
    RegisterPage *registerPage() const { return m_registerPage; }
    ImpactPage *impactPage() const { return m_impactPage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    MapPage *mapPage() const { return m_mapPage; }
    FunctionPage *functionPage() const { return m_functionPage; }
    AssessmentPage *assessmentPage() const { return m_assessmentPage; }
    ReportsPage *reportsPage() const { return m_reportsPage; }
    RoiPage *roiPage() const { return m_roiPage; }
    /// Shows the page of the business function `key` (not a sidebar page: it opens from a selection).
    void openFunctionPage(const QString &key);
    enum Page {
        DashboardPageIndex = 0,
        RegisterPageIndex = 1,
        MapPageIndex = 2,
        ImpactPageIndex = 3,
        FunctionPageIndex = 4,
        AssessmentPageIndex = 5,
        ReportsPageIndex = 6,
        RoiPageIndex = 7,
        PageCount = 8
    };
    /// Shows a page of the sidebar.
    void showPage(int index);
    QUndoStack *undoStack() const { return m_undoStack; }
    /// What dropping `mime` on the window does: open a register (.bulwark), import (a .json file, an elements.csv or a
    /// folder with one), or nothing. `path` receives the file.
    enum class DropAction { None, Open, Import };
    static DropAction dropActionFor(const QMimeData *mime, QString *path);
    /// Applies the settings that pages read (map limit and hops); called after the settings dialog.
    void applySettings();
    /// Writes the open register with its audit trail to a new file and opens that file (`path` empty: asks for a
    /// name). The way on when the register file was deleted or replaced while open; false when nothing was saved.
    bool saveCopyAs(const QString &path = {});
    /// The dialog that says the register file is gone (nullptr when it is not shown); for tests.
    QMessageBox *fileVanishedBox() const;

    /// The guide's part for the page shown (the page's "helpSection" property; Getting started without one).
    QString helpSection() const;
    /// Opens the guide (F1) at `section` (HelpWindow::sections()).
    void showHelp(const QString &section);
    HelpWindow *helpWindow() const { return m_helpWindow; }
    /// Every action's shortcut, by action text (Help > Keyboard Shortcuts), generated from the actions.
    QList<std::pair<QString, QKeySequence>> shortcutList() const;
    /// View > page actions, in sidebar order.
    const QList<QAction *> &pageActions() const { return m_pageActions; }
    /// View > Theme.
    void setTheme(theme::Choice choice);
    /// For tests: called with the Keyboard Shortcuts dialog before it runs.
    void setShortcutsDialogHook(std::function<void(QDialog *)> hook) { m_shortcutsShown = std::move(hook); }
    /// "Undo (Ctrl+Z)": `text` with the action's shortcut, once.
    static QString withShortcut(const QAction *action, const QString &text);

Q_SIGNALS:
    /// The open register's file was found deleted, moved or replaced: writing stopped, the user was told.
    void registerFileVanished(const QString &path);
    /// A register finished loading (or failed to); for tests and the status bar.
    void registerOpened(const QString &path, bool ok);
    /// A background import ended (ok false: refused or failed; nothing was written).
    void importFinished(const QString &path, bool ok);
    /// A background export ended.
    void exportFinished(const QString &path, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupMenus();
    void setupViewMenu();
    void showShortcutsInToolTips();
    void showShortcuts();
    void loadFinished(const QString &path, bool readOnly, Result<LoadOutcome> outcome);
    /// Another window or process has `path` open (`why` names it): asks whether to open it read-only.
    bool askToOpenReadOnly(const QString &path, const Error &why);
    void startImport(const QString &path, bool askFirst);
    void importDone(const QString &path, Result<std::shared_ptr<exchange::ImportPlan>> plan);
    void applyImport(const QString &path, exchange::ImportPlan plan);
    void setBusy(const QString &text, bool busy);
    void setService(std::unique_ptr<RegisterService> service);
    void updateRecentMenu();
    void updateStatus();
    /// Reads the register again when another program has changed it (every two seconds, and after a write found it).
    void checkForOutsideChanges();
    void readAgain();
    bool isBusyHere() const;
    void findInPage();
    void showError(const QString &title, const Error &error);
    QString m_initialNote; ///< said when the first of several registers given on the command line is open
    void newRegister();
    void openDialog();
    void importDialog();
    void exportDialog();
    void about();
    void settingsDialog();
    /// The open register's file was deleted or replaced (issue 12): stop writing and offer a copy.
    void fileVanished();
    /// Checks the open register's file against the one the service writes; calls fileVanished() when it is gone.
    bool checkRegisterFile();

    std::unique_ptr<RegisterService> m_service;
    QUndoStack *m_undoStack;
    BackgroundJob<LoadOutcome> *m_loadJob;
    BackgroundJob<std::shared_ptr<exchange::ImportPlan>> *m_importJob;
    BackgroundJob<void> *m_exportJob;
    bool m_loadPending = false;         ///< a loaded register waits for a write's progress dialog to close
    store::RegisterLock m_registerLock; ///< the mark that this window has the open register (none when read-only)
    store::RegisterLock m_openingLock;  ///< the mark of the register being opened
    bool m_askBeforeImport = true;
    QString m_importPath;
    QPointer<ImportDialog> m_importDialog;

    QTimer *m_outsideChanges = nullptr;
    bool m_readAgainPending = false;
    bool m_importing = false; ///< from the first check until the register is reloaded or the import ends
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    RegisterPage *m_registerPage;
    ImpactPage *m_impactPage;
    DashboardPage *m_dashboardPage;
    MapPage *m_mapPage;
    FunctionPage *m_functionPage;
    AssessmentPage *m_assessmentPage;
    ReportsPage *m_reportsPage;
    RoiPage *m_roiPage;
    SnapshotCache *m_snapshotCache;
    QLabel *m_fileLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newRegister = nullptr;
    QAction *m_open = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_about = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_find = nullptr;
    QAction *m_help = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_addFunction = nullptr;
    QList<QAction *> m_pageActions;
    QList<QAction *> m_themeActions;
    HelpWindow *m_helpWindow = nullptr; ///< made on first use, a child of the window
    std::function<void(QDialog *)> m_shortcutsShown;
    QFileSystemWatcher *m_fileWatcher = nullptr; ///< the open register's file and folder (issue 12)
    QPointer<QMessageBox> m_vanishedBox;
    bool m_fileVanished = false;                ///< the open register's file is gone; the service refuses to write
    std::unique_ptr<QTemporaryDir> m_auditCopy; ///< the Audit Trail's copy of a register whose file is gone
};

} // namespace bulwark::gui
