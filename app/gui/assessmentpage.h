// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "gui/models/resulttablemodel.h"
#include "gui/signoffdialog.h"
#include "model/assessment/run.h"
#include "model/assessment/summary.h"
#include "model/assessment/workflow.h"
#include "model/register/registerservice.h"
#include "model/result.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeView;
class QUndoStack;

namespace bulwark::gui {

class ComparisonDialog;
class EvidenceDialog;
class RequirementTreeModel;
class ResultTableModel;
class StaleNotice;

/// What the Assessment page's worker hands back: one run of the checks over the register as its file holds it.
struct AssessmentRunOutcome {
    std::shared_ptr<const assessment::AssessmentRun> run;
    std::shared_ptr<const assessment::AssessmentRun> stored; ///< the same run as the register stores it (English)
    QStringList scope;                                       ///< the function keys it covered (empty: all)
    QDate today;                                             ///< the date the checks counted from
    std::shared_ptr<const std::vector<ResultTableModel::Row>> findingRows; ///< as table rows (built on the worker)
};

/// The findings table's rows: filtered, sorted and cut on a worker (a run on 100,000 elements finds half a million).
struct FindingTable {
    std::shared_ptr<const std::vector<ResultTableModel::Row>> all; ///< every finding of what is shown
    std::vector<ResultTableModel::Row> shown;                      ///< those matching the filter, sorted, cut
    int matched = 0;                                               ///< before the cut
};

/// A word on a tint of its colour (rich text), readable in light and dark palettes (the tint is mixed into the
/// palette's base colour); an invalid colour: the word alone.
QString resultBadge(const QString &word, const QColor &colour);

/// A save of a run, worked out on a worker: the change, its inverse and its validation (RegisterService::prepare).
struct SavePlan {
    ChangeSet forward;
    ChangeSet backward;
    RegisterService::PreparedChange prepared;
};

/// The Assessment page (issue 13): a DORA assessment of the open register. Choose a stored assessment or the live
/// register, run the automated checks on a worker (with progress and Cancel), read the requirement tree (chapter >
/// requirement, each result as a word and a colour, scores per chapter and overall), a requirement's description,
/// evidence guidance and bound checks with their findings (element keys link to the Register and the Map), the
/// findings and the remediation actions. Saving results, the assessor's judgement, submitting and approving are
/// undoable writes through RegisterService (RegisterCommand); every verdict, score and sign-off rule is the
/// model's (model/assessment), the page only presents it.
class AssessmentPage : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentPage(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~AssessmentPage() override;
    void setService(RegisterService *service);

    /// Shows stored assessment `key`, or the live register (its last run, not saved) when `key` is empty.
    void showAssessment(const QString &key);
    /// The assessment shown (empty: the live register).
    QString assessmentKey() const;
    /// Selects a requirement in the tree and shows its details.
    void selectRequirement(const QString &id);
    bool isRunning() const;
    /// The date the checks count from (default: today; tests and screenshots fix it).
    void setToday(const QDate &today) { m_today = today; }

    /// Records the last run as a new draft assessment `key` (Save as Assessment...): one undoable step. The change is
    /// worked out and checked on a worker; saved() says when it is written (or refused). An error here: not started.
    [[nodiscard]] Result<void> saveAs(const QString &key, const QString &title);
    /// Records the last run as the results of the draft shown (Save Results), the same way.
    [[nodiscard]] Result<void> saveResults();
    /// The assessor's judgement of a requirement of the draft shown (nullopt: the checks' result counts) and notes:
    /// one undoable step; a frozen assessment refuses with the register rule's message.
    [[nodiscard]] Result<void> setJudgement(const QString &requirement,
                                            std::optional<assessment::RequirementResult> judgement,
                                            const QString &notes);
    /// Opens the sign-off dialog for the assessment shown (window-modal, returns at once); accepting it writes the
    /// sign-off as one undoable step. Null when nothing can be signed off.
    SignOffDialog *openSignOff(SignOffDialog::Step step);
    /// Opens the comparison of the assessment shown with another stored one (Compare With...; returns at once).
    /// Null when no stored assessment is shown.
    ComparisonDialog *openComparison();
    /// Offers the file at `path` as evidence for the requirement selected (and the assessment shown): opens the
    /// confirmation with its name, size, SHA-256 and dates (returns at once); accepting writes it as one undoable
    /// step. What dropping a file on the page does. Null when the file cannot be read (the page says why).
    EvidenceDialog *addEvidenceFile(const QString &path);
    ResultTableModel *evidenceModel() const { return m_evidenceModel; }

    RequirementTreeModel *requirementModel() const { return m_requirementModel; }
    ResultTableModel *findingModel() const { return m_findingModel; }
    ResultTableModel *actionModel() const { return m_actionModel; }
    /// Filters the findings table (the filter field's text): every row with a cell containing `text`, case
    /// insensitive. The table follows on a worker; findingsShown() says when.
    void setFindingFilter(const QString &text);
    /// The findings that match the filter (the table shows the first maxFindingRows of them).
    int findingsMatched() const { return m_findingsMatched; }
    static constexpr int maxFindingRows = 5000;
    QComboBox *assessmentBox() const { return m_assessment; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *scoreLabel() const { return m_score; }
    QLabel *messageLabel() const { return m_message; }
    QTextBrowser *detailBrowser() const { return m_detail; }
    QTreeView *requirementView() const { return m_tree; }
    StaleNotice *staleNotice() const { return m_stale; }
    /// Puts the keyboard in the findings filter (Edit > Find while this page is shown).
    void focusSearch();

    /// Opens the remediation action dialog: for action `key`, or (empty key) a new action answering `findingKeys`
    /// (findings saved in the register); accepted, records it as one undoable change (assessment::recordAction).
    Result<void> editAction(const QString &key, const QStringList &findingKeys);

public Q_SLOTS:
    /// Runs the checks of the catalogue on a worker over the register's file (the scope of the assessment shown).
    void run();
    void cancel();

Q_SIGNALS:
    /// A run of the checks ended: ok false when it failed or was canceled.
    void finished(bool ok);
    /// The user asked to see an element in the register.
    void showElement(const QString &key);
    /// The user asked to see an element (a function with its single points of failure) on the map.
    void showOnMap(const QString &key);
    /// A save of the last run ended: ok when it was written.
    void saved(bool ok);
    /// The findings table was filled (after a run, a save, a change of the findings, a filter or a sort).
    void findingsShown();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void registerChanged(const ChangeSummary &summary);
    void fillAssessments();
    void assessmentChosen();
    void runFinished(Result<AssessmentRunOutcome> outcome);
    /// Shows the results of what is chosen: the stored assessment's or the last run's.
    enum class Findings { Keep, Tabulate };
    void present(Findings findings = Findings::Tabulate);
    /// Fills the findings table on a worker: from the register's findings (a stored assessment) or the last run's
    /// (the live register); `rebuild` false keeps the rows built last and only filters and sorts them again.
    void tabulateFindings(bool rebuild);
    void presentActions();
    void presentEvidence();
    void showDetail();
    void updateButtons();
    void askSaveAs();
    void recordJudgement();
    /// Applies the suggested fix of the finding a "fix:" link names, as one undoable change, and runs the checks again.
    void applyFix(const QString &link);
    void linkActivated(const QUrl &url);
    void showChangesSinceApproval();
    void showMessage(const QString &text, bool error);
    Result<void> record(assessment::Assessment a, const QString &text);
    /// Pushes `change` as one undoable step after a dry run: the register's refusal comes back as an error.
    Result<void> push(const ChangeSet &change, const QString &text);
    std::optional<assessment::Assessment> shownAssessment() const;
    const assessment::CheckRun *checkRun(const QString &id) const;
    QStringList findingSubjects(const QModelIndex &index) const;

    QPointer<RegisterService> m_service;
    QUndoStack *m_undoStack;
    BackgroundJob<AssessmentRunOutcome> *m_job;
    const assessment::Catalogue *m_catalogue;
    QDate m_today;
    std::optional<AssessmentRunOutcome> m_last; ///< the last run of this register
    quint64 m_version = 0;                      ///< counts the register's material changes (not the assessment's own)
    quint64 m_runVersion = 0;                   ///< the version the last run read
    bool m_runOnShow = true;
    bool m_presentOnShow = false;            ///< the register changed while the page was hidden
    assessment::AssessmentSummary m_summary; ///< of what is shown
    std::vector<store::AuditEntry> m_lapseChanges;
    BackgroundJob<FindingTable> *m_findingJob;
    BackgroundJob<std::shared_ptr<SavePlan>> *m_saveJob;
    std::shared_ptr<const std::vector<ResultTableModel::Row>> m_allFindings; ///< of what is shown, unfiltered
    QHash<QString, Record> m_storedFindings; ///< the register's findings, until the worker has made rows of them
    int m_findingsMatched = 0;
    QTimer *m_filterDelay;

    QComboBox *m_assessment;
    QLabel *m_catalogueLabel;
    QLabel *m_status;
    QLabel *m_score;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QPushButton *m_save;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_compare;
    QLabel *m_summaryLabel;
    QLabel *m_message;
    StaleNotice *m_stale;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    RequirementTreeModel *m_requirementModel;
    QTabWidget *m_tabs;
    QTextBrowser *m_detail;
    QComboBox *m_judgement;
    QPlainTextEdit *m_notes;
    QPushButton *m_recordJudgement;
    QLabel *m_judgementNote;
    QLineEdit *m_findingSearch;
    ResultTableModel *m_findingModel;
    QLabel *m_findingNote;
    QTableView *m_findingView;
    ResultTableModel *m_actionModel;
    QTableView *m_actionView;
    ResultTableModel *m_evidenceModel;
    QTableView *m_evidenceView;
};

} // namespace bulwark::gui
