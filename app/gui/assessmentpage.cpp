// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/assessmentpage.h"

#include "gui/actiondialog.h"
#include "gui/commands/registercommand.h"
#include "gui/comparisondialog.h"
#include "gui/evidencedialog.h"
#include "gui/fitcolumns.h"
#include "gui/icons.h"
#include "gui/models/requirementtreemodel.h"
#include "gui/stalenotice.h"
#include "gui/tableexport.h"
#include "gui/theme.h"
#include "model/analysis/graphsnapshot.h"
#include "model/assessment/catalogue.h"
#include "model/assessment/evidence.h"
#include "model/assessment/review.h"
#include "model/register/registerservice.h"
#include "model/store/auditlog.h"
#include "model/store/database.h"
#include "model/store/registerstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace bulwark::gui {
namespace {

using namespace assessment;

QColor severityColour(Severity severity)
{
    switch (severity) {
        case Severity::Critical:
        case Severity::High: return theme::red;
        case Severity::Medium: return theme::amber;
        case Severity::Low: return {};
    }
    return {};
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// How a table's rows are sorted (a column and an order; column -1: as built).
struct RowOrder {
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// The run's findings as rows of the findings table (on the worker: a large register has many thousands).
std::vector<ResultTableModel::Row> runFindingRows(const AssessmentRun &run)
{
    std::vector<ResultTableModel::Row> rows;
    for (const CheckRun &check : run.checks) {
        const QString id = QString::fromLatin1(check.check->id);
        for (const Finding &f : check.outcome.findings) {
            const QString key = findingKey(id, f.subjects);
            const bool accepted = !f.acceptedBy.isEmpty();
            rows.push_back(ResultTableModel::Row{key,
                                                 {{displayName(f.severity), int(f.severity)},
                                                  {f.subjects.join(QStringLiteral(", ")), {}},
                                                  {f.message, {}},
                                                  {accepted ? AssessmentPage::tr("risk accepted (%1)").arg(f.acceptedBy)
                                                            : AssessmentPage::tr("found, not saved"),
                                                   {}},
                                                  {id, {}},
                                                  {QString(), {}},
                                                  {QString(), {}},
                                                  {QString(), {}},
                                                  {key, {}}},
                                                 accepted ? QColor() : severityColour(f.severity)});
        }
    }
    return rows;
}

/// The register's findings as rows of the findings table (on the worker).
std::vector<ResultTableModel::Row> storedFindingRows(const QHash<QString, Record> &records)
{
    std::vector<ResultTableModel::Row> rows;
    rows.reserve(std::size_t(records.size()));
    for (const Record &r : records) {
        const FindingValue &f = TableType<FindingValue>::value(r);
        const QColor colour = f.status == FindingStatus::Closed ? theme::green
            : f.status == FindingStatus::RiskAccepted           ? QColor()
                                                                : severityColour(f.severity);
        rows.push_back(ResultTableModel::Row{f.key,
                                             {{displayName(f.severity), int(f.severity)},
                                              {f.subjects.join(QStringLiteral(", ")), {}},
                                              {f.message, {}},
                                              {displayName(f.status), int(f.status)},
                                              {f.check.isEmpty() ? AssessmentPage::tr("(manual)") : f.check, {}},
                                              {f.owner, {}},
                                              {dateText(f.firstSeen), {}},
                                              {dateText(f.lastSeen), {}},
                                              {f.key, {}}},
                                             colour});
    }
    return rows;
}

/// Filters, sorts and cuts the findings (on the worker).
Result<FindingTable> filterFindings(std::shared_ptr<const std::vector<ResultTableModel::Row>> all,
                                    const QHash<QString, Record> &stored,
                                    const QString &filter,
                                    RowOrder order,
                                    Feedback &feedback)
{
    FindingTable table;
    table.all
        = all ? std::move(all) : std::make_shared<const std::vector<ResultTableModel::Row>>(storedFindingRows(stored));
    if (feedback.isCanceled())
        return makeError(Error::Code::Canceled, QString());
    std::vector<ResultTableModel::Row> matched;
    for (const ResultTableModel::Row &row : *table.all) {
        bool keep = filter.isEmpty();
        for (std::size_t c = 0; !keep && c < row.cells.size(); ++c)
            keep = row.cells[c].text.contains(filter, Qt::CaseInsensitive);
        if (keep)
            matched.push_back(row);
    }
    table.matched = int(matched.size());
    ResultTableModel::sortRows(matched, order.column, order.order);
    if (matched.size() > std::size_t(AssessmentPage::maxFindingRows))
        matched.resize(std::size_t(AssessmentPage::maxFindingRows));
    table.shown = std::move(matched);
    return table;
}

/// Runs on a worker: reads the register through a connection of its own and runs the catalogue's checks over it.
Result<AssessmentRunOutcome> runChecks(
    const QString &path, const QStringList &scope, const QDate &today, const Catalogue *catalogue, Feedback &feedback)
{
    auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    PartFeedback loading(&feedback, 0, 35);
    // Only the tables the checks read: the findings and results of earlier runs can be far larger than the map.
    auto stored = store::RegisterStore::load(**db, &loading, tablesTheChecksRead());
    if (!stored)
        return stored.error();
    RegisterData data = std::move(stored->data);
    data.sort();
    if (feedback.isCanceled())
        return makeError(Error::Code::Canceled, QString());
    const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
    feedback.setProgress(40);
    PartFeedback checking(&feedback, 40, 58);
    const CheckContext context(data, snapshot, today, {}, &checking, scope);
    auto run = runAssessment(*catalogue, context);
    if (!run)
        return run.error();
    AssessmentRunOutcome outcome;
    outcome.findingRows = std::make_shared<const std::vector<ResultTableModel::Row>>(runFindingRows(*run));
    outcome.run = std::make_shared<const AssessmentRun>(std::move(*run));
    outcome.stored = outcome.run;
    if (auto english = runAssessmentForRecord(*catalogue, context)) { // findings are stored in English
        if (!*english)
            return english->error();
        outcome.stored = std::make_shared<const AssessmentRun>(std::move(**english));
    }
    outcome.scope = scope;
    outcome.today = today;
    feedback.setProgress(100);
    return outcome;
}

QColor evidenceColour(EvidenceStatus status)
{
    switch (status) {
        case EvidenceStatus::Valid: return theme::green;
        case EvidenceStatus::Expiring: return theme::amber;
        case EvidenceStatus::Expired: return theme::red;
        case EvidenceStatus::NotYet: return RequirementTreeModel::colour(RequirementResult::NotAssessed);
    }
    return {};
}

QString checkStatusWord(CheckStatus status)
{
    switch (status) {
        case CheckStatus::Pass: return AssessmentPage::tr("pass");
        case CheckStatus::Fail: return AssessmentPage::tr("FAIL");
        case CheckStatus::NotApplicable: return AssessmentPage::tr("not applicable");
    }
    return {};
}

QColor checkStatusColour(CheckStatus status)
{
    switch (status) {
        case CheckStatus::Pass: return theme::green;
        case CheckStatus::Fail: return theme::red;
        case CheckStatus::NotApplicable: return RequirementTreeModel::colour(RequirementResult::NotApplicable);
    }
    return {};
}

/// Whether a change touches more than the assessment's own tables (then the checks' results may be out of date).
bool isMaterial(const ChangeSummary &summary)
{
    if (summary.elements.total() + summary.dependencies.total() + summary.groups.total() + summary.scenarios.total()
        > 0)
        return true;
    const QStringList own{assessmentType().token(),
                          requirementResultType().token(),
                          findingType().token(),
                          remediationActionType().token(),
                          evidenceType().token()};
    for (auto it = summary.records.cbegin(); it != summary.records.cend(); ++it) {
        if (it.value().total() > 0 && !own.contains(it.key()))
            return true;
    }
    return false;
}

/// Changes of fewer values are checked with a dry run before they are pushed (see push()).
constexpr std::size_t smallChange = 2000;
constexpr int maxFindingsPerCheck = 25; ///< in a requirement's details; the Findings tab lists them all

} // namespace

/// A word on a tint of its colour, readable in light and dark palettes (the tint is mixed into the base colour).
QString resultBadge(const QString &word, const QColor &colour)
{
    if (!colour.isValid())
        return word.toHtmlEscaped();
    const QColor base = QApplication::palette().color(QPalette::Base);
    const double a = theme::isDark() ? 0.45 : 0.25;
    const QColor mixed = QColor::fromRgbF(float(colour.redF() * a + base.redF() * (1 - a)),
                                          float(colour.greenF() * a + base.greenF() * (1 - a)),
                                          float(colour.blueF() * a + base.blueF() * (1 - a)));
    return QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>")
        .arg(mixed.name(), word.toHtmlEscaped());
}

AssessmentPage::AssessmentPage(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent),
      m_undoStack(undoStack),
      m_job(new BackgroundJob<AssessmentRunOutcome>(this)),
      m_catalogue(&CatalogueLoader::dora()),
      m_requirementModel(new RequirementTreeModel(this)),
      m_findingModel(new ResultTableModel({tr("Severity"),
                                           tr("Elements"),
                                           tr("Message"),
                                           tr("Status"),
                                           tr("Check"),
                                           tr("Owner"),
                                           tr("First seen"),
                                           tr("Last seen"),
                                           tr("Finding")},
                                          this)),
      m_actionModel(new ResultTableModel(
          {tr("Action"), tr("Title"), tr("Owner"), tr("Due"), tr("Status"), tr("Findings")}, this)),
      m_evidenceModel(new ResultTableModel({tr("Evidence"),
                                            tr("Title"),
                                            tr("Status"),
                                            tr("Effective"),
                                            tr("Expires"),
                                            tr("Requirements"),
                                            tr("File"),
                                            tr("Size"),
                                            tr("SHA-256"),
                                            tr("Assessment"),
                                            tr("Added by")},
                                           this))
{
    auto *layout = new QVBoxLayout(this);

    // What is assessed, against which catalogue, where it stands, and its score.
    auto *top = new QHBoxLayout;
    auto *chooseLabel = new QLabel(tr("&Assessment:"), this);
    m_assessment = new QComboBox(this);
    m_assessment->setObjectName(QStringLiteral("assessmentChoice"));
    m_assessment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_assessment->setMinimumContentsLength(24);
    m_assessment->setToolTip(tr("A stored assessment, or the live register (the checks' last run, not saved)"));
    chooseLabel->setBuddy(m_assessment);
    m_catalogueLabel = new QLabel(this);
    m_catalogueLabel->setObjectName(QStringLiteral("assessmentCatalogue"));
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("assessmentScore"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_score->setFont(big);
    top->addWidget(chooseLabel);
    top->addWidget(m_assessment);
    top->addWidget(m_catalogueLabel);
    top->addStretch(1);
    top->addWidget(m_score);
    layout->addLayout(top);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("assessmentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    connect(m_status, &QLabel::linkActivated, this, [this] { showChangesSinceApproval(); });
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(icon("run"), tr("&Run Checks"), this);
    m_run->setObjectName(QStringLiteral("assessmentRun"));
    m_run->setToolTip(tr("Run the automated checks on the register (Ctrl+R)"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel = new QPushButton(icon("stop"), tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("assessmentCancel"));
    m_cancel->hide();
    m_save = new QPushButton(tr("Save as Assessment..."), this);
    m_save->setObjectName(QStringLiteral("assessmentSave"));
    m_submit = new QPushButton(tr("S&ubmit..."), this);
    m_submit->setObjectName(QStringLiteral("assessmentSubmit"));
    m_submit->setToolTip(tr("Submit the draft for approval by a different person"));
    m_approve = new QPushButton(tr("A&pprove..."), this);
    m_approve->setObjectName(QStringLiteral("assessmentApprove"));
    m_approve->setToolTip(tr("Approve a submitted assessment (four eyes); it is frozen afterwards"));
    buttons->addWidget(m_run);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_approve);
    m_compare = new QPushButton(tr("&Compare With..."), this);
    m_compare->setObjectName(QStringLiteral("assessmentCompare"));
    m_compare->setToolTip(tr("Compare this assessment with another one: scores, requirements and findings"));
    buttons->addWidget(m_compare);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_summaryLabel = new QLabel(tr("Press Run Checks to assess the register."), this);
    m_summaryLabel->setObjectName(QStringLiteral("assessmentSummary"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("assessmentMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_stale = new StaleNotice(this);
    connect(m_stale, &StaleNotice::runAgainRequested, this, &AssessmentPage::run);
    layout->addWidget(m_stale);

    // The requirement tree beside the tabs: the requirement's details, the findings, the actions.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeView(m_splitter);
    m_tree->setObjectName(QStringLiteral("requirementTree"));
    m_tree->setModel(m_requirementModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(int(RequirementTreeModel::Column::Requirement), QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(int(RequirementTreeModel::Column::Result), QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(int(RequirementTreeModel::Column::Score), QHeaderView::ResizeToContents);
    // The reference is in each row's tooltip and in the details: the tree keeps its width for the titles.
    m_tree->setColumnHidden(int(RequirementTreeModel::Column::Reference), true);
    m_tabs = new QTabWidget(m_splitter);

    auto *detailTab = new QWidget(m_tabs);
    auto *detailLayout = new QVBoxLayout(detailTab);
    detailLayout->setContentsMargins(4, 4, 4, 4);
    m_detail = new QTextBrowser(detailTab);
    m_detail->setObjectName(QStringLiteral("requirementDetail"));
    m_detail->setOpenLinks(false); // element links go to the Register and the Map
    m_detail->setPlaceholderText(tr("Choose a requirement in the tree."));
    detailLayout->addWidget(m_detail, 1);
    auto *judgeBox = new QGroupBox(tr("Assessor's judgement"), detailTab);
    auto *judgeLayout = new QGridLayout(judgeBox);
    m_judgement = new QComboBox(judgeBox);
    m_judgement->setObjectName(QStringLiteral("requirementJudgement"));
    m_judgement->addItem(tr("As the checks say (no judgement)"), -1);
    for (const RequirementResult r : {RequirementResult::Compliant,
                                      RequirementResult::PartiallyCompliant,
                                      RequirementResult::NonCompliant,
                                      RequirementResult::NotApplicable,
                                      RequirementResult::NotAssessed})
        m_judgement->addItem(displayName(r), int(r));
    m_notes = new QPlainTextEdit(judgeBox);
    m_notes->setObjectName(QStringLiteral("requirementNotes"));
    m_notes->setPlaceholderText(tr("Notes: why, and what evidence was seen"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 3 + 12);
    m_recordJudgement = new QPushButton(tr("Record &Judgement"), judgeBox);
    m_recordJudgement->setObjectName(QStringLiteral("requirementRecordJudgement"));
    m_judgementNote = new QLabel(judgeBox);
    m_judgementNote->setWordWrap(true);
    judgeLayout->addWidget(m_judgement, 0, 0);
    judgeLayout->addWidget(m_recordJudgement, 0, 1);
    judgeLayout->addWidget(m_notes, 1, 0, 1, 2);
    judgeLayout->addWidget(m_judgementNote, 2, 0, 1, 2);
    judgeLayout->setColumnStretch(0, 1);
    detailLayout->addWidget(judgeBox);
    m_tabs->addTab(detailTab, tr("Re&quirement"));

    auto *findingTab = new QWidget(m_tabs);
    auto *findingLayout = new QVBoxLayout(findingTab);
    findingLayout->setContentsMargins(4, 4, 4, 4);
    m_findingSearch = new QLineEdit(findingTab);
    m_findingSearch->setObjectName(QStringLiteral("findingFilter"));
    m_findingSearch->setPlaceholderText(tr("Filter the findings: a key, check, element, owner or word"));
    m_findingSearch->setClearButtonEnabled(true);
    findingLayout->addWidget(m_findingSearch);
    m_findingView = ResultTableModel::createView(m_findingModel, findingTab);
    m_findingView->setObjectName(QStringLiteral("findingTable"));
    m_findingView->sortByColumn(0, Qt::DescendingOrder); // the most severe first
    m_findingView->setProperty(maxColumnWidthProperty, 420);
    findingLayout->addWidget(m_findingView, 1);
    m_findingNote = new QLabel(findingTab);
    m_findingNote->setObjectName(QStringLiteral("findingNote"));
    m_findingNote->setWordWrap(true);
    m_findingNote->hide();
    findingLayout->addWidget(m_findingNote);
    installResultTableActions(m_findingView, QStringLiteral("assessment-findings"));
    m_tabs->addTab(findingTab, tr("&Findings"));

    m_actionView = ResultTableModel::createView(m_actionModel, m_tabs);
    m_actionView->setObjectName(QStringLiteral("actionTable"));
    m_actionView->sortByColumn(3, Qt::AscendingOrder); // due first
    installResultTableActions(m_actionView, QStringLiteral("assessment-actions"));
    m_tabs->addTab(m_actionView, tr("Ac&tions"));

    m_evidenceView = ResultTableModel::createView(m_evidenceModel, m_tabs);
    m_evidenceView->setObjectName(QStringLiteral("evidenceTable"));
    m_evidenceView->sortByColumn(2, Qt::AscendingOrder); // expired first
    m_evidenceView->setToolTip(tr("Drop a file on the page to add it as evidence for the requirement selected"));
    installResultTableActions(m_evidenceView, QStringLiteral("assessment-evidence"));
    m_tabs->addTab(m_evidenceView, tr("E&vidence"));
    setAcceptDrops(true); // a file dropped on the page becomes evidence, after a confirmation

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setSizes({500, 600});
    layout->addWidget(m_splitter, 1);

    // A finding's elements: double-click shows the first in the Register; the context menu has each, and the Map.
    connect(m_findingView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QStringList subjects = findingSubjects(index);
        if (!subjects.isEmpty())
            Q_EMIT showElement(subjects.first());
    });
    auto *showInRegister = new QAction(tr("Show in &Register"), m_findingView);
    showInRegister->setObjectName(QStringLiteral("findingShowInRegister"));
    auto *showOnMapAction = new QAction(icon("map"), tr("Show on &Map"), m_findingView);
    showOnMapAction->setObjectName(QStringLiteral("findingShowOnMap"));
    m_findingView->addAction(showInRegister);
    m_findingView->addAction(showOnMapAction);
    connect(showInRegister, &QAction::triggered, this, [this] {
        const QStringList subjects = findingSubjects(m_findingView->currentIndex());
        if (!subjects.isEmpty())
            Q_EMIT showElement(subjects.first());
    });
    connect(showOnMapAction, &QAction::triggered, this, [this] {
        const QStringList subjects = findingSubjects(m_findingView->currentIndex());
        if (!subjects.isEmpty())
            Q_EMIT showOnMap(subjects.first());
    });

    // Remediation: a new action for the findings chosen, or a change of an action (double-click or its menu).
    auto *newAction = new QAction(tr("New Remediation &Action..."), m_findingView);
    newAction->setObjectName(QStringLiteral("findingNewAction"));
    m_findingView->addAction(newAction);
    connect(newAction, &QAction::triggered, this, [this] {
        QStringList keys;
        for (const QModelIndex &index : m_findingView->selectionModel()->selectedRows())
            keys << m_findingModel->row(index.row()).key;
        if (keys.isEmpty() && m_findingView->currentIndex().isValid())
            keys << m_findingModel->row(m_findingView->currentIndex().row()).key;
        (void)editAction({}, keys); // a refusal is shown on the page
    });
    auto *editActionItem = new QAction(tr("&Edit Action..."), m_actionView);
    editActionItem->setObjectName(QStringLiteral("actionEdit"));
    m_actionView->addAction(editActionItem);
    auto editCurrent = [this] {
        const QModelIndex index = m_actionView->currentIndex();
        if (index.isValid())
            (void)editAction(m_actionModel->row(index.row()).key, {});
    };
    connect(editActionItem, &QAction::triggered, this, editCurrent);
    connect(m_actionView, &QTableView::doubleClicked, this, editCurrent);

    connect(m_assessment, &QComboBox::activated, this, [this] { assessmentChosen(); });
    connect(m_run, &QPushButton::clicked, this, &AssessmentPage::run);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (shownAssessment())
            (void)saveResults();
        else
            askSaveAs();
    });
    connect(m_submit, &QPushButton::clicked, this, [this] { openSignOff(SignOffDialog::Step::Submit); });
    connect(m_approve, &QPushButton::clicked, this, [this] { openSignOff(SignOffDialog::Step::Approve); });
    connect(m_compare, &QPushButton::clicked, this, [this] { openComparison(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showDetail(); });
    connect(m_detail, &QTextBrowser::anchorClicked, this, &AssessmentPage::linkActivated);
    connect(m_recordJudgement, &QPushButton::clicked, this, &AssessmentPage::recordJudgement);
    // Typing filters after a pause; a click on a header sorts the rows shown at once and, when the table shows only
    // the first of many, takes the first of all in the new order on the worker.
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, [this] { tabulateFindings(false); });
    connect(m_findingSearch, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_findingView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        if (m_findingsMatched > m_findingModel->rowCount())
            tabulateFindings(false);
    });
    connect(m_requirementModel, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    auto *runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    runShortcut->setWhatsThis(tr("Assessment: run the checks")); // listed in Help > Keyboard Shortcuts
    connect(runShortcut, &QShortcut::activated, this, &AssessmentPage::run);

    m_findingJob = new BackgroundJob<FindingTable>(this);
    m_saveJob = new BackgroundJob<std::shared_ptr<SavePlan>>(this);
    m_job->bindProgress(m_progress, m_cancel);
    m_saveJob->bindProgress(m_progress, m_cancel);
    connect(m_job, &BackgroundJobBase::runningChanged, this, [this] { updateButtons(); });
    setService(nullptr);
}

AssessmentPage::~AssessmentPage() = default; // the job cancels and waits for its worker

void AssessmentPage::setService(RegisterService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_job->discard();
    m_service = service;
    m_last.reset();
    m_version = m_runVersion = 0;
    m_stale->setComputedFrom(std::nullopt, 0);
    m_runOnShow = service != nullptr;
    m_message->hide();
    if (service)
        connect(service, &RegisterService::changed, this, &AssessmentPage::registerChanged);
    fillAssessments();
    present();
    setEnabled(service != nullptr);
    if (service && isVisible() && !isHiddenInShownWindow(this))
        run();
}

void AssessmentPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_presentOnShow, false)) {
        fillAssessments();
        present();
    }
    // The checks run when the page is first shown on a register, not when a register opens elsewhere.
    if (m_service && std::exchange(m_runOnShow, false) && !m_last && !m_job->isRunning())
        run();
}

void AssessmentPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_service) {
        present(); // the badges mix their colours into the palette's base
    }
}

void AssessmentPage::registerChanged(const ChangeSummary &summary)
{
    // A change of the map or of the checks' inputs makes the last run stale; the assessment's own writes (results,
    // judgements, findings, sign-off) do not.
    if (isMaterial(summary)) {
        ++m_version;
        m_stale->setCurrentVersion(m_version);
    }
    // Hidden behind another page: shown again when the page is (a large register has many findings to tabulate).
    if (isHiddenInShownWindow(this)) {
        m_presentOnShow = true;
        return;
    }
    const QString shown = assessmentKey();
    fillAssessments();
    const bool findingsChanged = summary.records.value(findingType().token()).total() > 0 || assessmentKey() != shown;
    present(findingsChanged ? Findings::Tabulate : Findings::Keep);
}

void AssessmentPage::fillAssessments()
{
    const QString current = m_assessment->currentData().toString();
    const QSignalBlocker blocker(m_assessment);
    m_assessment->clear();
    m_assessment->addItem(tr("Live register (not saved)"), QString());
    if (m_service) {
        const auto records = m_service->records(assessmentType());
        QStringList keys = records.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const Assessment &a = TableType<Assessment>::value(*records.constFind(key));
            m_assessment->addItem(tr("%1: %2 (%3)").arg(a.key, a.title, displayName(a.status)), a.key);
        }
    }
    m_assessment->setCurrentIndex(std::max(0, m_assessment->findData(current)));
}

QString AssessmentPage::assessmentKey() const
{
    return m_assessment->currentData().toString();
}

void AssessmentPage::showAssessment(const QString &key)
{
    const int index = m_assessment->findData(key);
    if (index < 0)
        return;
    m_assessment->setCurrentIndex(index);
    assessmentChosen();
}

void AssessmentPage::assessmentChosen()
{
    m_message->hide();
    present();
    // The details of the checks come from a run over the assessment's scope.
    const auto a = shownAssessment();
    const QStringList scope = a ? a->scope : QStringList();
    if (m_service && (!m_last || m_last->scope != scope) && !m_job->isRunning())
        run();
}

std::optional<Assessment> AssessmentPage::shownAssessment() const
{
    const QString key = assessmentKey();
    if (!m_service || key.isEmpty())
        return std::nullopt;
    const auto records = m_service->records(assessmentType());
    const auto it = records.constFind(key);
    if (it == records.constEnd())
        return std::nullopt;
    return TableType<Assessment>::value(*it);
}

bool AssessmentPage::isRunning() const
{
    return m_job->isRunning();
}

void AssessmentPage::run()
{
    if (!m_service || m_job->isRunning())
        return;
    const auto a = shownAssessment();
    const QStringList scope = a ? a->scope : QStringList();
    const QString path = m_service->path();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const Catalogue *catalogue = m_catalogue;
    const quint64 version = m_version;
    m_summaryLabel->setText(tr("Running the checks..."));
    m_job->run([path, scope, today, catalogue](
                   Feedback &feedback) { return runChecks(path, scope, today, catalogue, feedback); },
               [this, version](Result<AssessmentRunOutcome> outcome) {
                   m_runVersion = version;
                   runFinished(std::move(outcome));
               },
               tr("Running the checks..."));
    updateButtons();
}

void AssessmentPage::cancel()
{
    m_job->cancel();
}

void AssessmentPage::runFinished(Result<AssessmentRunOutcome> outcome)
{
    if (!outcome) {
        showMessage(outcome.error().code == Error::Code::Canceled ? tr("The checks were canceled.")
                                                                  : outcome.error().message,
                    outcome.error().code != Error::Code::Canceled);
        present();
        Q_EMIT finished(false);
        return;
    }
    m_last = std::move(*outcome);
    m_stale->setComputedFrom(m_runVersion, m_version);
    present();
    Q_EMIT finished(true);
}

void AssessmentPage::present(Findings findings)
{
    const auto a = shownAssessment();
    const bool live = !a;
    m_lapseChanges.clear();
    m_catalogueLabel->setText(tr("%1 %2").arg(m_catalogue->name, m_catalogue->version));
    m_catalogueLabel->setToolTip(m_catalogue->source);
    if (!m_service) {
        m_summary = {};
        m_requirementModel->clear();
        m_status->clear();
        m_score->clear();
        m_summaryLabel->setText(tr("Open a register to assess it."));
        tabulateFindings(true);
        presentActions();
        presentEvidence();
        updateButtons();
        return;
    }
    if (live) {
        m_summary = m_last ? summarise(*m_last->run) : AssessmentSummary{};
        m_status->setText(tr("Live register: the checks' last run, not saved. Save it as an assessment to judge, "
                             "submit and approve it."));
    } else {
        m_summary = summarise(
            *m_catalogue, a->key, m_service->records(requirementResultType()), m_service->records(findingType()));
        QString status;
        switch (a->status) {
            case AssessmentStatus::Draft:
                status = tr("%1 prepared by %2.")
                             .arg(resultBadge(displayName(a->status), {}), a->preparer.toHtmlEscaped());
                break;
            case AssessmentStatus::Submitted:
                status = tr("%1 by %2 on %3; a different person approves it.")
                             .arg(resultBadge(displayName(a->status), theme::amber),
                                  a->submittedBy.toHtmlEscaped(),
                                  dateText(a->submittedAt));
                break;
            case AssessmentStatus::Approved: {
                status = tr("%1 by %2 on %3 (submitted by %4): frozen.")
                             .arg(resultBadge(displayName(a->status), theme::green),
                                  a->approvedBy.toHtmlEscaped(),
                                  dateText(a->approvedAt),
                                  a->submittedBy.toHtmlEscaped());
                const auto lapse = signOffLapse(m_service->database(), *a, m_service->records(requirementResultType()));
                if (!lapse) {
                    status += QLatin1Char(' ') + lapse.error().message.toHtmlEscaped();
                } else if (!lapse->unverified.isEmpty()) {
                    status += QLatin1Char(' ')
                        + tr("Sign-off %1: %2")
                              .arg(resultBadge(tr("UNVERIFIED"), theme::amber), lapse->unverified.toHtmlEscaped());
                } else if (lapse->lapsed) {
                    m_lapseChanges = lapse->changes;
                    status += QLatin1Char(' ')
                        + tr("Sign-off %1: the map changed after the approval (%Ln change(s), <a href=\"changes\">"
                             "show them</a>).",
                             nullptr,
                             int(lapse->changes.size()))
                              .arg(resultBadge(tr("LAPSED"), theme::red));
                } else {
                    status += QLatin1Char(' ')
                        + tr("Sign-off %1: the map has not changed since.").arg(resultBadge(tr("valid"), theme::green));
                }
                break;
            }
        }
        m_status->setText(status);
    }
    const bool hasResults = !live || m_last;
    m_requirementModel->setResults(m_catalogue, m_summary);
    if (!hasResults) {
        m_score->setText(tr("Score: not run"));
        m_summaryLabel->setText(m_job->isRunning() ? tr("Running the checks...")
                                                   : tr("Press Run Checks to assess the register."));
    } else {
        m_score->setText(tr("Score %1").arg(RequirementTreeModel::scoreText(m_summary.score.overall)));
        const auto &c = m_summary.counts;
        QString text = tr("%Ln requirement(s): %L1 compliant, %L2 partially compliant, %L3 non-compliant, %L4 not "
                          "applicable, %L5 not assessed.",
                          nullptr,
                          int(m_catalogue->requirements.size()))
                           .arg(c[0])
                           .arg(c[1])
                           .arg(c[2])
                           .arg(c[3])
                           .arg(c[4]);
        text += QLatin1Char(' ') + tr("%Ln open finding(s).", nullptr, m_summary.openFindings);
        if (m_last) {
            int failed = 0;
            for (const CheckRun &check : m_last->run->checks)
                failed += check.outcome.status == CheckStatus::Fail ? 1 : 0;
            text += QLatin1Char(' ')
                + tr("Checks run on %1: %L2 of %Ln failed.", nullptr, int(m_last->run->checks.size()))
                      .arg(QLocale().toString(m_last->today, QLocale::ShortFormat))
                      .arg(failed);
        }
        m_summaryLabel->setText(text);
    }
    if (findings == Findings::Tabulate)
        tabulateFindings(true);
    presentActions();
    presentEvidence();
    showDetail();
    updateButtons();
}

void AssessmentPage::tabulateFindings(bool rebuild)
{
    // The rows shown before go with the next request, so that half a million of them are freed on the worker.
    std::shared_ptr<const std::vector<ResultTableModel::Row>> previous;
    if (rebuild) {
        previous = std::move(m_allFindings);
        m_storedFindings.clear();
        if (!m_service)
            m_allFindings = std::make_shared<const std::vector<ResultTableModel::Row>>();
        else if (shownAssessment())
            m_storedFindings = m_service->records(findingType()); // the register's, kept across runs with history
        else
            m_allFindings = m_last ? m_last->findingRows : std::make_shared<const std::vector<ResultTableModel::Row>>();
    }
    // Until the worker has built the rows, a new filter or order builds them from the same findings again.
    const std::shared_ptr<const std::vector<ResultTableModel::Row>> all = m_allFindings;
    const QHash<QString, Record> stored = m_storedFindings;
    const QString filter = m_findingSearch->text().trimmed();
    const RowOrder order{m_findingModel->sortColumn(), m_findingModel->sortOrder()};
    m_filterDelay->stop();
    m_findingJob->run(
        [all, stored, filter, order, previous](Feedback &feedback) mutable {
            previous.reset();
            return filterFindings(all, stored, filter, order, feedback);
        },
        [this](Result<FindingTable> table) {
            if (!table)
                return;
            m_allFindings = table->all;
            m_storedFindings.clear();
            m_findingsMatched = table->matched;
            m_findingModel->setRows(std::move(table->shown), true);
            const int total = int(m_allFindings->size());
            m_tabs->setTabText(1, tr("&Findings (%L1)").arg(total));
            const bool cut = m_findingsMatched > m_findingModel->rowCount();
            m_findingNote->setVisible(cut || m_findingsMatched < total);
            if (cut)
                m_findingNote->setText(tr("The table shows the first %L1 of %L2 findings in this order; filter to "
                                          "narrow them, or list them all with 'bulwark assess run'.")
                                           .arg(m_findingModel->rowCount())
                                           .arg(m_findingsMatched));
            else
                m_findingNote->setText(tr("%L1 of %L2 findings match the filter.").arg(m_findingsMatched).arg(total));
            fitColumns(m_findingView, 240);
            Q_EMIT findingsShown();
        });
}

void AssessmentPage::setFindingFilter(const QString &text)
{
    m_findingSearch->setText(text);
    tabulateFindings(false);
}

void AssessmentPage::presentActions()
{
    std::vector<ResultTableModel::Row> rows;
    int overdue = 0;
    if (m_service) {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        const auto records = m_service->records(remediationActionType());
        for (const Record &r : records) {
            const RemediationAction &a = TableType<RemediationAction>::value(r);
            const bool late = a.isOverdue(today); // the model decides what is overdue
            overdue += late ? 1 : 0;
            rows.push_back(ResultTableModel::Row{
                a.key,
                {{a.key, {}},
                 {a.title, {}},
                 {a.owner, {}},
                 {dateText(a.due), a.due.isValid() ? QVariant(a.due.toJulianDay()) : QVariant(qint64(1) << 40)},
                 {late ? tr("%1, OVERDUE").arg(displayName(a.status)) : displayName(a.status),
                  late ? -1 : int(a.status)},
                 {a.findings.join(QStringLiteral(", ")), {}}},
                late                                 ? theme::red
                    : a.status == ActionStatus::Done ? theme::green
                                                     : QColor()});
        }
    }
    m_actionModel->setRows(std::move(rows));
    m_tabs->setTabText(2,
                       overdue > 0 ? tr("Ac&tions (%L1, %L2 overdue)").arg(m_actionModel->rowCount()).arg(overdue)
                                   : tr("Ac&tions (%L1)").arg(m_actionModel->rowCount()));
    fitColumns(m_actionView);
}

void AssessmentPage::presentEvidence()
{
    std::vector<ResultTableModel::Row> rows;
    int expired = 0;
    if (m_service) {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        const auto records = m_service->records(evidenceType());
        for (const Record &r : records) {
            const Evidence &e = TableType<Evidence>::value(r);
            const EvidenceStatus status = evidenceStatus(e, today); // the model decides what is expired
            expired += status == EvidenceStatus::Expired ? 1 : 0;
            rows.push_back(ResultTableModel::Row{
                e.key,
                {{e.key, {}},
                 {e.title, {}},
                 {status == EvidenceStatus::Expired ? displayName(status).toUpper() : displayName(status),
                  int(status == EvidenceStatus::Expired ? -1 : int(status))},
                 {dateText(e.effective), {}},
                 {dateText(e.expires), {}},
                 {e.requirements.join(QStringLiteral(", ")), {}},
                 {e.hasFile() ? e.fileName : tr("(link to %1)").arg(e.elements.join(QStringLiteral(", "))), {}},
                 {e.hasFile() ? QLocale().formattedDataSize(e.size) : QString(), e.size},
                 {e.sha256, {}},
                 {e.assessment, {}},
                 {e.addedBy, {}}},
                evidenceColour(status)});
        }
    }
    m_evidenceModel->setRows(std::move(rows));
    m_tabs->setTabText(3,
                       expired > 0 ? tr("E&vidence (%L1, %L2 expired)").arg(m_evidenceModel->rowCount()).arg(expired)
                                   : tr("E&vidence (%L1)").arg(m_evidenceModel->rowCount()));
    fitColumns(m_evidenceView, 260);
}

const CheckRun *AssessmentPage::checkRun(const QString &id) const
{
    if (!m_last)
        return nullptr;
    for (const CheckRun &check : m_last->run->checks) {
        if (QLatin1String(check.check->id) == id)
            return &check;
    }
    return nullptr;
}

void AssessmentPage::selectRequirement(const QString &id)
{
    const QModelIndex index = m_requirementModel->indexOf(id);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tabs->setCurrentIndex(0);
}

void AssessmentPage::showDetail()
{
    const Requirement *r = m_requirementModel->requirement(m_tree->currentIndex());
    const auto a = shownAssessment();
    const bool draft = a && a->status == AssessmentStatus::Draft;
    m_judgement->setEnabled(r && draft);
    m_notes->setEnabled(r && draft);
    m_recordJudgement->setEnabled(r && draft);
    if (!a)
        m_judgementNote->setText(tr("Save the run as an assessment to record a judgement."));
    else if (a->status == AssessmentStatus::Approved)
        m_judgementNote->setText(tr("Approved by %1 on %2: frozen, its results can no longer change.")
                                     .arg(a->approvedBy, dateText(a->approvedAt)));
    else if (a->status == AssessmentStatus::Submitted)
        m_judgementNote->setText(tr("Submitted: it is judged as it stands until it is approved."));
    else
        m_judgementNote->setText(tr("Your judgement wins over the checks' result; Edit > Undo takes it back."));
    if (!r) {
        m_detail->clear();
        m_judgement->setCurrentIndex(0);
        m_notes->clear();
        return;
    }
    const auto it = m_summary.results.constFind(r->id);
    const RequirementResultValue value = it != m_summary.results.cend() ? *it : RequirementResultValue{};
    const RequirementResult effective = value.effective();
    m_judgement->setCurrentIndex(std::max(0, m_judgement->findData(value.judgement ? int(*value.judgement) : -1)));
    m_notes->setPlainText(value.notes);

    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("%1: %2").arg(r->id, r->title).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("<b>Reference:</b> %1 &middot; chapter %2, %3")
                         .arg(r->reference.toHtmlEscaped(), r->chapter.toHtmlEscaped(), r->article.toHtmlEscaped()));
    QString result
        = tr("<b>Result:</b> %1").arg(resultBadge(displayName(effective), RequirementTreeModel::colour(effective)));
    if (value.judgement)
        result
            += QLatin1Char(' ') + tr("(the assessor's judgement; the checks said %1)").arg(displayName(value.result));
    else if (r->checks.isEmpty())
        result += QLatin1Char(' ') + tr("(no automated check: the assessor judges it)");
    html += QStringLiteral("<p>%1</p>").arg(result);
    if (!value.notes.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Notes:"), value.notes.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(r->description.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Evidence that satisfies it"), r->guidance.toHtmlEscaped());
    {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        QStringList items;
        const auto evidence = m_service ? m_service->records(evidenceType()) : QHash<QString, Record>();
        for (const Record &record : evidence) {
            const Evidence &e = TableType<Evidence>::value(record);
            if (!e.requirements.contains(r->id))
                continue;
            const EvidenceStatus status = evidenceStatus(e, today);
            items << QStringLiteral("<li>%1 %2 <small>(%3%4)</small></li>")
                         .arg(resultBadge(displayName(status), evidenceColour(status)),
                              e.title.toHtmlEscaped(),
                              e.hasFile() ? e.fileName.toHtmlEscaped() : tr("link"),
                              e.expires.isValid() ? tr(", expires %1").arg(dateText(e.expires)) : QString());
        }
        items.sort();
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Evidence"));
        html += items.isEmpty() ? QStringLiteral("<p>%1</p>")
                                      .arg(tr("None recorded. Drop a file on the page to add it for this requirement."))
                                : QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
    }
    if (!r->checks.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Automated checks"));
        if (!m_last)
            html += QStringLiteral("<p>%1</p>").arg(tr("The checks have not run yet: press Run Checks."));
        for (const QString &id : r->checks) {
            const CheckInfo *info = findCheck(id);
            const CheckRun *check = checkRun(id);
            const QString title = info ? QCoreApplication::translate("Checks", info->title) : id;
            const QString reference = info ? QString::fromLatin1(info->reference) : QString();
            html += QStringLiteral("<p>%1 <b>%2</b><br><small>%3 &middot; %4</small></p>")
                        .arg(check ? resultBadge(checkStatusWord(check->outcome.status),
                                                 checkStatusColour(check->outcome.status))
                                   : resultBadge(tr("not run"), {}),
                             title.toHtmlEscaped(),
                             id.toHtmlEscaped(),
                             reference.toHtmlEscaped());
            if (!check || check->outcome.findings.empty())
                continue;
            html += QStringLiteral("<ul>");
            int shown = 0;
            for (std::size_t i = 0; i < check->outcome.findings.size(); ++i) {
                const Finding &f = check->outcome.findings[i];
                if (++shown > maxFindingsPerCheck) {
                    html += QStringLiteral("<li>%1</li>")
                                .arg(tr("... and %L1 more in the Findings tab.")
                                         .arg(int(check->outcome.findings.size()) - maxFindingsPerCheck));
                    break;
                }
                QStringList links;
                for (const QString &subject : f.subjects) {
                    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(subject));
                    links << QStringLiteral("<a href=\"element:%1\">%2</a> (<a href=\"map:%1\">%3</a>)")
                                 .arg(encoded, subject.toHtmlEscaped(), tr("map"));
                }
                QString line = QStringLiteral("%1 %2").arg(
                    resultBadge(displayName(f.severity), severityColour(f.severity)), f.message.toHtmlEscaped());
                if (!f.acceptedBy.isEmpty())
                    line += QLatin1Char(' ') + tr("(risk accepted: %1)").arg(f.acceptedBy.toHtmlEscaped());
                if (!links.isEmpty())
                    line += QStringLiteral("<br><small>%1 %2</small>").arg(tr("Elements:"), links.join(u' '));
                // The check's suggested fix, applied as one undoable change of the register.
                if (f.fix)
                    line += QStringLiteral("<br><small><a href=\"fix:%1/%2\">%3</a></small>")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)))
                                .arg(i)
                                .arg(tr("Apply the suggested fix: %1").arg(f.fixText.toHtmlEscaped()));
                html += QStringLiteral("<li>%1</li>").arg(line);
            }
            html += QStringLiteral("</ul>");
        }
    }
    // Links in a colour that reads on the palette's base, light or dark (the dark palette's link blue does not).
    m_detail->document()->setDefaultStyleSheet(
        QStringLiteral("a { color: %1; }")
            .arg(theme::isDark() ? QStringLiteral("#8ab4f8") : QStringLiteral("#1a5fb4")));
    m_detail->setHtml(html);
}

void AssessmentPage::linkActivated(const QUrl &url)
{
    const QString key = QUrl::fromPercentEncoding(url.path().toUtf8());
    if (url.scheme() == u"element")
        Q_EMIT showElement(key);
    else if (url.scheme() == u"map")
        Q_EMIT showOnMap(key);
    else if (url.scheme() == u"fix")
        applyFix(key);
}

Result<void> AssessmentPage::editAction(const QString &key, const QStringList &findingKeys)
{
    if (!m_service)
        return makeError(Error::Code::NotFound, tr("No register is open."));
    const auto actions = m_service->records(remediationActionType());
    const auto findings = m_service->records(findingType());
    RemediationAction action;
    const bool existing = !key.isEmpty();
    if (existing) {
        if (!actions.contains(key))
            return makeError(Error::Code::NotFound, tr("There is no action '%1'.").arg(key));
        action = TableType<RemediationAction>::value(actions.value(key));
    } else {
        for (const QString &f : findingKeys) {
            if (!findings.contains(f)) {
                const QString text = tr("Finding %1 is not saved in the register yet: save the checks' results "
                                        "first, then plan its remediation.")
                                         .arg(f);
                showMessage(text, true);
                return makeError(Error::Code::NotFound, text);
            }
        }
        if (findingKeys.isEmpty()) {
            const QString text = tr("Choose the findings the action answers first.");
            showMessage(text, true);
            return makeError(Error::Code::Invalid, text);
        }
        action.findings = findingKeys;
    }
    QStringList used = actions.keys();
    ActionDialog dialog(action, existing, used, findings, this);
    if (dialog.exec() != QDialog::Accepted)
        return makeError(Error::Code::Canceled, tr("Canceled."));
    auto change = dialog.change();
    if (!change)
        return change.error();
    const RemediationAction chosen = dialog.action();
    return push(*change,
                existing ? tr("Change remediation action %1").arg(chosen.key)
                         : tr("Add remediation action %1").arg(chosen.key));
}

void AssessmentPage::applyFix(const QString &link)
{
    // "check id/index of the finding in the check's last outcome", as showRequirement wrote it.
    const qsizetype slash = link.lastIndexOf(u'/');
    const CheckRun *check = checkRun(link.left(slash));
    bool ok = false;
    const int index = link.mid(slash + 1).toInt(&ok);
    if (!check || !ok || index < 0 || std::size_t(index) >= check->outcome.findings.size())
        return;
    const assessment::Finding &finding = check->outcome.findings[std::size_t(index)];
    if (!finding.fix)
        return;
    if (push(*finding.fix, tr("Fix: %1").arg(finding.fixText)))
        run(); // the checks again, on the mended register
}

QStringList AssessmentPage::findingSubjects(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    // The Elements column lists them (element keys hold no comma).
    const QString elements = m_findingModel->row(index.row()).cells[1].text;
    return elements.isEmpty() ? QStringList() : elements.split(QStringLiteral(", "));
}

void AssessmentPage::updateButtons()
{
    const bool running = m_job->isRunning();
    const auto a = shownAssessment();
    const bool current = m_last && !m_stale->isStale();
    m_run->setEnabled(m_service && !running);
    m_save->setText(a ? tr("&Save Results") : tr("&Save as Assessment..."));
    m_save->setEnabled(m_service && !running && !m_saveJob->isRunning() && current
                       && (!a || a->status == AssessmentStatus::Draft));
    m_save->setToolTip(a ? tr("Record the checks' last run as the results of this draft (keeps judgements and notes)")
                         : tr("Record the checks' last run as a new draft assessment"));
    m_submit->setEnabled(m_service && a && a->status == AssessmentStatus::Draft);
    m_approve->setEnabled(m_service && a && a->status == AssessmentStatus::Submitted);
    m_compare->setEnabled(m_service && a && m_assessment->count() > 2); // the live register and two stored ones
}

void AssessmentPage::showMessage(const QString &text, bool error)
{
    m_message->setText(error ? tr("Not done: %1").arg(text) : text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, theme::problemText());
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

Result<void> AssessmentPage::push(const ChangeSet &change, const QString &text)
{
    if (!m_service)
        return makeError(Error::Code::NotFound, tr("No register is open."));
    // Asked of the register first (a dry run): a refusal by its rules (a frozen assessment, four eyes) is shown as
    // its own message rather than as a failed write. A large change (the findings of a run on a large register) is
    // validated once, by the command's write with its progress dialog; a refusal then comes through writeFailed.
    const std::size_t size = change.records.size() + change.removeRecords.size();
    if (size < smallChange) {
        const auto checked = m_service->apply(change, Actor::current(), true);
        if (!checked) {
            showMessage(checked.error().message, true);
            return checked.error();
        }
    }
    const int index = m_undoStack->index();
    m_undoStack->push(RegisterCommand::change(m_service, change, text).release());
    if (m_undoStack->index() != index + 1) // the write failed; the window shows why (writeFailed)
        return makeError(Error::Code::Io, tr("The change was not saved."));
    showMessage(tr("%1: done. Edit > Undo takes it back.").arg(text), false);
    return {};
}

Result<void> AssessmentPage::saveAs(const QString &key, const QString &title)
{
    if (!m_service || !m_last)
        return makeError(Error::Code::Invalid, tr("Run the checks first."));
    if (m_service->records(assessmentType()).contains(key)) {
        const Error error = makeError(
            Error::Code::Conflict,
            tr("There is an assessment '%1' already: choose it and save the results into it, or choose another key.")
                .arg(key));
        showMessage(error.message, true);
        return error;
    }
    Assessment a;
    a.key = key;
    a.title = title.isEmpty() ? tr("Assessment %1").arg(key) : title;
    a.preparer = Actor::current().user;
    a.scope = m_last->scope;
    return record(a, tr("Save assessment %1").arg(key));
}

Result<void> AssessmentPage::saveResults()
{
    const auto a = shownAssessment();
    if (!a || !m_last)
        return makeError(Error::Code::Invalid, tr("Choose a draft assessment and run the checks first."));
    if (m_last->scope != a->scope)
        return makeError(Error::Code::Conflict, tr("The checks ran on another scope: run them again first."));
    return record(*a, tr("Save results of %1").arg(a->key));
}

Result<void> AssessmentPage::record(Assessment a, const QString &text)
{
    if (m_stale->isStale())
        return makeError(Error::Code::Conflict, tr("The register changed since the checks ran: run them again first."));
    if (m_saveJob->isRunning())
        return makeError(Error::Code::Conflict, tr("A save is under way."));
    a.catalogue = m_catalogue->id;
    a.catalogueVersion = m_catalogue->version;
    a.periodEnd = m_last->today;
    // On a worker, with a connection of its own (as an import): the change (half a million findings on a large
    // register), its validation and its inverse; the window then writes it as one undoable step.
    const QString path = m_service->path();
    const auto run = m_last->stored;
    const QDate today = m_last->today;
    const QString key = a.key;
    m_message->hide();
    m_saveJob->run(
        [path, run, a, today](Feedback &feedback) -> Result<std::shared_ptr<SavePlan>> {
            auto service = RegisterService::open(path, store::Database::OpenMode::ReadOnly, &feedback);
            if (!service)
                return service.error();
            auto plan = std::make_shared<SavePlan>();
            plan->forward = recordRun(
                *run, a, (*service)->records(requirementResultType()), (*service)->records(findingType()), today);
            auto prepared = (*service)->prepare(plan->forward);
            if (!prepared)
                return prepared.error();
            plan->backward = (*service)->inverse(plan->forward);
            plan->prepared = std::move(*prepared);
            return plan;
        },
        [this, key, text](Result<std::shared_ptr<SavePlan>> plan) {
            bool ok = false;
            if (!plan) {
                if (plan.error().code != Error::Code::Canceled)
                    showMessage(plan.error().message, true);
            } else if (m_service) {
                const int index = m_undoStack->index();
                m_undoStack->push(RegisterCommand::prepared(m_service,
                                                            std::move((*plan)->forward),
                                                            std::move((*plan)->backward),
                                                            std::move((*plan)->prepared),
                                                            text)
                                      .release());
                ok = m_undoStack->index() == index + 1;
                if (ok) {
                    showMessage(tr("%1: done. Edit > Undo takes it back.").arg(text), false);
                    fillAssessments();
                    showAssessment(key);
                }
            }
            updateButtons();
            Q_EMIT saved(ok);
        },
        tr("Saving..."));
    updateButtons();
    return {};
}

Result<void> AssessmentPage::setJudgement(const QString &requirement,
                                          std::optional<RequirementResult> judgement,
                                          const QString &notes)
{
    const auto a = shownAssessment();
    if (!a)
        return makeError(Error::Code::Invalid, tr("Save the run as an assessment to record a judgement."));
    // The same change as 'bulwark assess judge' makes (the model's).
    const auto change = judgeRequirement(
        m_service->records(requirementResultType()), a->key, requirement, judgement, std::optional<QString>(notes));
    if (!change) {
        showMessage(change.error().message, true);
        return change.error();
    }
    return push(*change, tr("Judge %1 in %2").arg(requirement, a->key));
}

void AssessmentPage::recordJudgement()
{
    const Requirement *r = m_requirementModel->requirement(m_tree->currentIndex());
    if (!r)
        return;
    const int chosen = m_judgement->currentData().toInt();
    const std::optional<RequirementResult> judgement
        = chosen < 0 ? std::nullopt : std::optional<RequirementResult>(RequirementResult(chosen));
    (void)setJudgement(r->id, judgement, m_notes->toPlainText());
}

void AssessmentPage::askSaveAs()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("saveAssessmentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save as Assessment"));
    auto *form = new QFormLayout(dialog);
    auto *key = new QLineEdit(QStringLiteral("A-%1").arg((m_today.isValid() ? m_today : QDate::currentDate()).year()),
                              dialog);
    auto *title = new QLineEdit(dialog);
    title->setPlaceholderText(tr("e.g. DORA assessment 2026"));
    form->addRow(tr("&Key:"), key);
    form->addRow(tr("&Title:"), title);
    form->addRow(new QLabel(
        tr("Recorded as a draft prepared by %1, with the checks' results and findings.").arg(Actor::current().user),
        dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, key, title] {
        // The dialog stays open on a refusal it can correct (a key in use); the save itself runs in the background.
        if (saveAs(key->text().trimmed(), title->text().trimmed()))
            dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->open();
}

SignOffDialog *AssessmentPage::openSignOff(SignOffDialog::Step step)
{
    const auto a = shownAssessment();
    if (!m_service || !a)
        return nullptr;
    auto *dialog = new SignOffDialog(step, *m_service, *a, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Assessment &after = dialog->signedOff();
        (void)push(dialog->change(),
                   dialog->step() == SignOffDialog::Step::Approve ? tr("Approve %1").arg(after.key)
                                                                  : tr("Submit %1").arg(after.key));
    });
    dialog->open();
    return dialog;
}

ComparisonDialog *AssessmentPage::openComparison()
{
    const auto a = shownAssessment();
    if (!m_service || !a)
        return nullptr;
    auto *dialog = new ComparisonDialog(*m_service, *m_catalogue, a->key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComparisonDialog::showElement, this, &AssessmentPage::showElement);
    dialog->open();
    return dialog;
}

void AssessmentPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!m_service || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile()
        || QFileInfo(mime->urls().first().toLocalFile()).isDir()
        || QFileInfo(mime->urls().first().toLocalFile()).suffix().toLower() == u"bulwark")
        return event->ignore(); // a register file is the window's to open
    event->acceptProposedAction();
}

void AssessmentPage::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return event->ignore();
    event->acceptProposedAction();
    // Dropped on a requirement of the tree: evidence for that one.
    const QPoint onTree = m_tree->viewport()->mapFrom(this, event->position().toPoint());
    if (m_tree->viewport()->rect().contains(onTree)) {
        const QModelIndex index = m_tree->indexAt(onTree);
        if (m_requirementModel->requirement(index))
            m_tree->setCurrentIndex(index.siblingAtColumn(0));
    }
    const QString path = mime->urls().first().toLocalFile();
    // Not from inside the drop handler: the confirmation must not run in the drag's event loop.
    QMetaObject::invokeMethod(
        this, [this, path] { addEvidenceFile(path); }, Qt::QueuedConnection);
}

EvidenceDialog *AssessmentPage::addEvidenceFile(const QString &path)
{
    if (!m_service)
        return nullptr;
    QFile file(path);
    const QFileInfo info(path);
    if (info.size() > maxEvidenceBytes) {
        showMessage(tr("%1 is %2; evidence files are stored up to %3.")
                        .arg(info.fileName(),
                             QLocale().formattedDataSize(info.size()),
                             QLocale().formattedDataSize(maxEvidenceBytes)),
                    true);
        return nullptr;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return nullptr;
    }
    EvidenceFile evidence;
    evidence.fileName = info.fileName();
    evidence.bytes = file.readAll();
    if (const Requirement *r = m_requirementModel->requirement(m_tree->currentIndex()))
        evidence.requirements = QStringList{r->id};
    evidence.assessment = assessmentKey();
    auto *dialog = new EvidenceDialog(std::move(evidence), m_service->records(evidenceType()).keys(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto change = dialog->change();
        if (!change) {
            showMessage(change.error().message, true);
            return;
        }
        (void)push(*change, tr("Add evidence %1").arg(dialog->keyEdit()->text().trimmed()));
    });
    dialog->open();
    return dialog;
}

void AssessmentPage::showChangesSinceApproval()
{
    QStringList lines;
    for (const store::AuditEntry &e : m_lapseChanges)
        lines << QStringLiteral("#%1 %2 %3 %4 (%5, %6)")
                     .arg(e.seq)
                     .arg(store::AuditLog::token(e.action), e.entityToken(), e.entityKey, e.actor, e.at);
    auto *box = new QMessageBox(
        QMessageBox::Information,
        tr("Changes Since the Approval"),
        tr("The map changed in %Ln way(s) after the approval, so the sign-off has lapsed:", nullptr, int(lines.size())),
        QMessageBox::Close,
        this);
    box->setObjectName(QStringLiteral("lapseChanges"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(lines.mid(0, 12).join(u'\n'));
    if (lines.size() > 12)
        box->setDetailedText(lines.join(u'\n'));
    box->open();
}

void AssessmentPage::focusSearch()
{
    m_tabs->setCurrentIndex(1);
    m_findingSearch->setFocus(Qt::ShortcutFocusReason);
    m_findingSearch->selectAll();
}

} // namespace bulwark::gui
