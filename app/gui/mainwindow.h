// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "model/exchange/formatregistry.h"
#include "model/register/registerservice.h"
#include "model/result.h"
#include "model/store/registerstore.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMimeData;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QToolButton;
class QUndoStack;

namespace bulwark::gui {

class DashboardPage;
class FunctionPage;
class ImpactPage;
class MapPage;
class RegisterPage;
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
    /// Imports a JSON file or CSV folder on a worker thread (with its own connection): first a dry run whose
    /// summary the user confirms (unless `askFirst` is false), then the import, then the register is reloaded.
    void importFile(const QString &path, bool askFirst = true);
    bool isImporting() const;
    /// Stops a running import: its write is rolled back, the register stays as it was.
    void cancelImport();
    /// Writes the register to `path` in `format` (exchange::Exporter; Auto: from the name) on a worker.
    void exportRegister(const QString &path, exchange::Format format = exchange::Format::Json);

    RegisterService *service() const { return m_service.get(); }
    RegisterPage *registerPage() const { return m_registerPage; }
    ImpactPage *impactPage() const { return m_impactPage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    MapPage *mapPage() const { return m_mapPage; }
    FunctionPage *functionPage() const { return m_functionPage; }
    /// Shows the page of the business function `key` (not a sidebar page: it opens from a selection).
    void openFunctionPage(const QString &key);
    enum Page { DashboardPageIndex = 0, RegisterPageIndex = 1, MapPageIndex = 2, ImpactPageIndex = 3, PageCount = 4 };
    /// Shows a page of the sidebar.
    void showPage(int index);
    QUndoStack *undoStack() const { return m_undoStack; }
    /// What dropping `mime` on the window does: open a register (.bulwark), import (a .json file, an elements.csv or a
    /// folder with one), or nothing. `path` receives the file.
    enum class DropAction { None, Open, Import };
    static DropAction dropActionFor(const QMimeData *mime, QString *path);
    /// Applies the settings that pages read (map limit and hops); called after the settings dialog.
    void applySettings();

Q_SIGNALS:
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
    void loadFinished(const QString &path, Result<LoadOutcome> outcome);
    void startImport(const QString &path, bool dryRun, bool askFirst);
    void importDone(const QString &path, bool dryRun, Result<ChangeSummary> summary);
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
    void newRegister();
    void openDialog();
    void importDialog();
    void exportDialog();
    void about();
    void settingsDialog();

    std::unique_ptr<RegisterService> m_service;
    QUndoStack *m_undoStack;
    BackgroundJob<LoadOutcome> *m_loadJob;
    BackgroundJob<ChangeSummary> *m_importJob;
    BackgroundJob<void> *m_exportJob;
    bool m_loadPending = false; ///< a loaded register waits for a write's progress dialog to close
    bool m_askBeforeImport = true;
    QString m_importPath;

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
};

} // namespace bulwark::gui
