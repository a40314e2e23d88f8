// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "gui/models/roiproblemmodel.h"
#include "gui/recorddialog.h"
#include "model/register/changeset.h"
#include "model/result.h"
#include "model/roi/builder.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QUndoStack;

namespace bulwark {
class EntityType;
class RegisterService;
} // namespace bulwark

namespace bulwark::gui {

class RoiFilterProxyModel;
class RoiTableModel;
class SnapshotCache;
class StaleNotice;

/// What the page's worker hands back: the register of information built from the register's file, and every
/// problem of it (the builder's notes first).
struct RoiOutcome {
    std::shared_ptr<const roi::Report> report;
    std::vector<RoiProblemModel::Entry> entries;
};

/// The Register of Information page (issue 18): the 15 templates of the DORA register of information as Bulwark
/// builds them from the map (roi::Builder) for a reference date and a consolidation, each as a table; the problems
/// the supervisor's reception and Bulwark's own checks find (roi::checkReport) with the builder's notes, each a jump
/// to its template, row and column and to the record to fix; and the export of the xBRL-CSV package
/// (roi::writePackageFile). Built and checked on a worker (BackgroundJob) from the register's file, again after every
/// change (while hidden: when shown, with the StaleNotice meanwhile). The rules are the model's (model/roi/); the page
/// only presents them.
class RoiPage : public QWidget
{
    Q_OBJECT
public:
    /// Record edits are pushed onto `undoStack` (the window's), so that Edit > Undo takes them back.
    RoiPage(SnapshotCache *cache, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~RoiPage() override;
    void setService(RegisterService *service);

    /// Reads the register at `path` through a connection of its own (the map and the tables the builder reads) and
    /// builds its register of information: for worker threads (the Dashboard's too). Progress 0-100 and cancel through
    /// `feedback` (a cancel gives Error::Code::Canceled).
    [[nodiscard]] static Result<roi::BuildResult>
    build(const QString &path, const roi::BuildOptions &options, Feedback &feedback);
    /// 31 December of the year before `today`: the reference date of the annual filing.
    static QDate defaultReferenceDate(const QDate &today = QDate::currentDate());

    /// The options the fields say (reference date, consolidation; the reporting date is today).
    roi::BuildOptions options() const;
    void setReferenceDate(const QDate &date);
    void setConsolidation(roi::Consolidation consolidation);
    bool isBuilding() const;
    /// The report shown (null before the first build).
    std::shared_ptr<const roi::Report> report() const { return m_report; }

    QTreeWidget *templateList() const { return m_templates; }
    QTableView *tableView() const { return m_table; }
    RoiTableModel *tableModel() const { return m_tableModel; }
    QTableView *problemView() const { return m_problemView; }
    RoiProblemModel *problemModel() const { return m_problemModel; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    StaleNotice *staleNotice() const { return m_stale; }
    QAction *goToRecordAction() const { return m_goToRecord; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *recordTableChoice() const { return m_recordTable; }
    QTableView *recordView() const { return m_recordView; }
    QAction *addRecordAction() const { return m_addRecord; }
    QAction *editRecordAction() const { return m_editRecord; }
    QAction *deleteRecordAction() const { return m_deleteRecord; }
    /// The record dialog open now (opened by Add, Edit or Go to Record), or nullptr.
    RecordDialog *recordDialog() const { return m_dialog; }

    /// The registered tables the Data tab edits: the register of information's seven.
    static QList<const EntityType *> recordTypes();
    /// Shows the records of `type` in the Data tab, and selects the one with `key` (if any).
    void showRecords(const EntityType &type, const QString &key = {});
    /// Opens the record dialog on the record `key` of `type`; to add one when `key` is empty or not there (with that
    /// key). OK pushes the change onto the undo stack. Returns the dialog (window-modal, deleted when closed).
    RecordDialog *openRecord(const EntityType &type, const QString &key);
    /// Removes the records `keys` of `type` as one undoable step (no question asked). False when it was refused.
    bool removeRecords(const EntityType &type, const QStringList &keys);

    /// Shows template `id` in the table.
    void selectTemplate(roi::TemplateId id);
    /// The template shown.
    roi::TemplateId currentTemplate() const;
    /// Jumps to the problem in row `row` of the problem model: its template, row and column are selected in the table
    /// (the filter is cleared when it hides the row). False when it has no template (a note of the builder).
    bool goToProblem(int row);
    /// Opens what to fix for the problem in row `row` of the problem model (see goToRecord()).
    void goToRecord(int row);
    /// Puts the keyboard in the table's filter (Edit > Find while this page is shown).
    void focusSearch();

    /// Writes the package of the report shown into `directory` on a worker; packageWritten() says when. Refused (an
    /// error, nothing started) while there is no report, while it is being built, and when it has blocking problems
    /// unless `evenIfBlocked`.
    [[nodiscard]] Result<void> exportPackage(const QString &directory, bool evenIfBlocked = false);

public Q_SLOTS:
    /// Builds and checks the register of information again, on a worker.
    void refresh();
    /// Export Package...: asks for a folder, and what to do when blocking problems remain, then exportPackage().
    void exportDialog();

Q_SIGNALS:
    /// A build ended: ok false when it failed or was canceled.
    void refreshed(bool ok);
    /// A package was written (ok, `path` the file) or not (`path` empty; the page says why).
    void packageWritten(const QString &path, bool ok);
    /// The user asked to see an element in the register.
    void showElement(const QString &key);
    /// A line for the window's status bar.
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshFinished(Result<RoiOutcome> outcome, quint64 generation);
    void present();
    void templateChosen();
    void fitTable();
    void updateActions();
    void fillRecords();
    const EntityType *currentRecordType() const;
    QStringList selectedRecordKeys() const;
    void confirmRemove();
    bool pushRecordChange(const ChangeSet &change, const QString &text);
    void showMessage(const QString &text, bool error);
    int currentProblemRow() const;

    QPointer<RegisterService> m_service;
    SnapshotCache *m_cache;
    QUndoStack *m_undoStack;
    BackgroundJob<RoiOutcome> *m_job;
    BackgroundJob<QString> *m_exportJob;
    bool m_refreshOnShow = false; ///< the register changed while another page was shown
    bool m_fitOnShow = false;     ///< the table's columns are fitted when it is next shown
    std::shared_ptr<const roi::Report> m_report;
    QString m_exportedFolder;

    QLabel *m_status;
    StaleNotice *m_stale;
    QDateEdit *m_referenceDate;
    QComboBox *m_consolidation;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QSplitter *m_splitter;
    QSplitter *m_topSplitter;
    QTreeWidget *m_templates;
    QLabel *m_templateTitle;
    QLineEdit *m_filter;
    RoiTableModel *m_tableModel;
    RoiFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    RoiProblemModel *m_problemModel;
    QTableView *m_problemView;
    QAction *m_goToProblem;
    QAction *m_goToRecord;
    QPushButton *m_goToProblemButton;
    QPushButton *m_goToRecordButton;
    QLabel *m_message;
    QPushButton *m_openFolder;
    QTabWidget *m_tabs;
    QComboBox *m_recordTable;
    QStandardItemModel *m_recordModel;
    QTableView *m_recordView;
    QAction *m_addRecord;
    QAction *m_editRecord;
    QAction *m_deleteRecord;
    QPointer<RecordDialog> m_dialog;
};

} // namespace bulwark::gui
