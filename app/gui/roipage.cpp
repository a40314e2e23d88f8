// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/roipage.h"

#include "gui/commands/registercommand.h"
#include "gui/icons.h"
#include "gui/models/roitablemodel.h"
#include "gui/settings.h"
#include "gui/snapshotcache.h"
#include "gui/stalenotice.h"
#include "gui/tableexport.h"
#include "gui/theme.h"
#include "model/assessment/inputs.h"
#include "model/register/fields.h"
#include "model/register/registerservice.h"
#include "model/roi/checks.h"
#include "model/roi/package.h"
#include "model/roi/records.h"
#include "model/store/database.h"
#include "model/store/registerstore.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace bulwark::gui {
namespace {

/// The registered tables the builder reads besides the map (model/roi/builder.cpp): a register's assessments and
/// findings can be far larger than the map, and are left in the file.
QSet<QString> tablesTheBuilderReads()
{
    return {roi::entityType().token(),
            roi::branchType().token(),
            roi::arrangementType().token(),
            roi::serviceTermsType().token(),
            roi::functionTermsType().token(),
            roi::providerTermsType().token(),
            roi::definitionType().token(),
            assessment::exitPlanType().token()};
}

Error canceled()
{
    return makeError(Error::Code::Canceled, QString());
}

/// Runs on a worker: builds the register of information and checks it.
Result<RoiOutcome> compute(const QString &path, const roi::BuildOptions &options, Feedback &feedback)
{
    PartFeedback building(&feedback, 0, 80);
    auto built = RoiPage::build(path, options, building);
    if (!built)
        return built.error();
    PartFeedback checking(&feedback, 80, 20);
    const std::vector<roi::Problem> problems = roi::checkReport(built->report, &checking);
    if (feedback.isCanceled())
        return canceled();
    RoiOutcome outcome;
    outcome.entries = RoiProblemModel::entriesOf(roi::withNotes(built->notes, built->report, problems));
    outcome.report = std::make_shared<const roi::Report>(std::move(built->report));
    feedback.setProgress(100);
    return outcome;
}

/// The worst severity among `entries` of template `id` and how many there are of each.
struct TemplateProblems {
    std::array<int, 3> counts{};
    bool any() const { return counts[0] + counts[1] + counts[2] > 0; }
    roi::Severity worst() const
    {
        return counts[0] ? roi::Severity::Blocking : counts[1] ? roi::Severity::Error : roi::Severity::Warning;
    }
};

} // namespace

Result<roi::BuildResult> RoiPage::build(const QString &path, const roi::BuildOptions &options, Feedback &feedback)
{
    auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    PartFeedback loading(&feedback, 0, 70);
    auto stored = store::RegisterStore::load(**db, &loading, tablesTheBuilderReads());
    if (!stored)
        return stored.error();
    RegisterData data = std::move(stored->data);
    data.sort();
    if (feedback.isCanceled())
        return canceled();
    PartFeedback building(&feedback, 70, 30);
    roi::BuildResult result = roi::Builder::build(data, options, &building);
    if (feedback.isCanceled())
        return canceled();
    return result;
}

QDate RoiPage::defaultReferenceDate(const QDate &today)
{
    return QDate(today.year() - 1, 12, 31);
}

RoiPage::RoiPage(SnapshotCache *cache, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent),
      m_cache(cache),
      m_undoStack(undoStack),
      m_job(new BackgroundJob<RoiOutcome>(this)),
      m_exportJob(new BackgroundJob<QString>(this)),
      m_tableModel(new RoiTableModel(this)),
      m_proxy(new RoiFilterProxyModel(this)),
      m_problemModel(new RoiProblemModel(this))
{
    auto *outer = new QVBoxLayout(this);

    // The parameters of the filing, and the export.
    auto *parameters = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("&Reference date:"), this);
    m_referenceDate = new QDateEdit(defaultReferenceDate(), this);
    m_referenceDate->setObjectName(QStringLiteral("roiReferenceDate"));
    m_referenceDate->setCalendarPopup(true);
    m_referenceDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_referenceDate->setToolTip(tr("The date the register of information is reported as of (31 December of the year "
                                   "before, for the annual filing)"));
    dateLabel->setBuddy(m_referenceDate);
    auto *consolidationLabel = new QLabel(tr("C&onsolidation:"), this);
    m_consolidation = new QComboBox(this);
    m_consolidation->setObjectName(QStringLiteral("roiConsolidation"));
    m_consolidation->addItem(tr("Individual"), int(roi::Consolidation::Individual));
    m_consolidation->addItem(tr("Consolidated"), int(roi::Consolidation::Consolidated));
    m_consolidation->setToolTip(tr("Individual: the register of one entity. Consolidated: the register of the group, "
                                   "kept by its parent undertaking."));
    consolidationLabel->setBuddy(m_consolidation);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_export = new QPushButton(icon("export"), tr("E&xport Package..."), this);
    m_export->setObjectName(QStringLiteral("roiExport"));
    m_export->setToolTip(tr("Write the register of information as the xBRL-CSV package the supervisor receives"));
    parameters->addWidget(dateLabel);
    parameters->addWidget(m_referenceDate);
    parameters->addSpacing(12);
    parameters->addWidget(consolidationLabel);
    parameters->addWidget(m_consolidation);
    parameters->addSpacing(12);
    parameters->addWidget(m_progress);
    parameters->addStretch(1);
    parameters->addWidget(m_export);
    outer->addLayout(parameters);

    m_status = new QLabel(tr("Open a register to see its register of information."), this);
    m_status->setObjectName(QStringLiteral("roiStatus"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);
    m_stale = new StaleNotice(this);
    connect(m_stale, &StaleNotice::runAgainRequested, this, &RoiPage::refresh);
    outer->addWidget(m_stale);
    m_job->bindProgress(m_progress);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("roiTabs"));
    m_tabs->setDocumentMode(true);
    m_topSplitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_topSplitter->setChildrenCollapsible(false);

    // Left: the templates.
    auto *left = new QWidget(m_topSplitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *templatesLabel = new QLabel(tr("&Templates"), left);
    m_templates = new QTreeWidget(left);
    m_templates->setObjectName(QStringLiteral("roiTemplates"));
    m_templates->setColumnCount(3);
    m_templates->setHeaderLabels({tr("Template"), tr("Title"), tr("Rows")});
    m_templates->setRootIsDecorated(false);
    m_templates->setUniformRowHeights(true);
    m_templates->setAllColumnsShowFocus(true);
    m_templates->setWordWrap(false);
    m_templates->setTextElideMode(Qt::ElideRight);
    templatesLabel->setBuddy(m_templates);
    for (const roi::Template &t : roi::templates()) {
        auto *item = new QTreeWidgetItem(m_templates);
        item->setText(0, QString::fromLatin1(t.code));
        item->setText(1, t.titleText());
        item->setToolTip(1, t.titleText());
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, int(t.id));
    }
    m_templates->header()->setStretchLastSection(false);
    m_templates->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_templates->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_templates->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_templates->setCurrentItem(m_templates->topLevelItem(0));
    leftLayout->addWidget(templatesLabel);
    leftLayout->addWidget(m_templates, 1);

    // Right: the template chosen, as a table.
    auto *right = new QWidget(m_topSplitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    m_templateTitle = new QLabel(right);
    m_templateTitle->setObjectName(QStringLiteral("roiTemplateTitle"));
    m_templateTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_templateTitle->font();
    bold.setBold(true);
    m_templateTitle->setFont(bold);
    auto *filterLabel = new QLabel(tr("F&ilter:"), right);
    m_filter = new QLineEdit(right);
    m_filter->setObjectName(QStringLiteral("roiFilter"));
    m_filter->setPlaceholderText(tr("Rows containing..."));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    filterLabel->setBuddy(m_filter);
    titleRow->addWidget(m_templateTitle, 1);
    titleRow->addWidget(filterLabel);
    titleRow->addWidget(m_filter);
    rightLayout->addLayout(titleRow);
    m_proxy->setSourceModel(m_tableModel);
    m_table = new QTableView(right);
    m_table->setObjectName(QStringLiteral("roiTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the builder's order (by key) until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setResizeContentsPrecision(100); // columns fit the first 100 rows, not 50,000
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // the code stays in view
    installResultTableActions(m_table, QStringLiteral("register-of-information"));
    rightLayout->addWidget(m_table, 1);
    m_topSplitter->addWidget(left);
    m_topSplitter->addWidget(right);
    m_topSplitter->setStretchFactor(0, 0);
    m_topSplitter->setStretchFactor(1, 1);
    m_topSplitter->setSizes({420, 840});

    // Below: the problems.
    auto *bottom = new QWidget(m_splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemRow = new QHBoxLayout;
    auto *problemsLabel = new QLabel(tr("&Problems:"), bottom);
    m_summary = new QLabel(bottom);
    m_summary->setObjectName(QStringLiteral("roiSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setFont(bold);
    m_goToProblemButton = new QPushButton(tr("&Show in Table"), bottom);
    m_goToProblemButton->setObjectName(QStringLiteral("roiGoToProblem"));
    m_goToRecordButton = new QPushButton(icon("edit"), tr("&Go to Record"), bottom);
    m_goToRecordButton->setObjectName(QStringLiteral("roiGoToRecord"));
    problemRow->addWidget(problemsLabel);
    problemRow->addWidget(m_summary, 1);
    problemRow->addWidget(m_goToProblemButton);
    problemRow->addWidget(m_goToRecordButton);
    bottomLayout->addLayout(problemRow);
    auto *problemProxy = new QSortFilterProxyModel(this);
    problemProxy->setSourceModel(m_problemModel);
    problemProxy->setSortRole(RoiProblemModel::SortRole);
    problemProxy->setSortLocaleAware(true);
    m_problemView = new QTableView(bottom);
    m_problemView->setObjectName(QStringLiteral("roiProblems"));
    m_problemView->setModel(problemProxy);
    m_problemView->setSortingEnabled(true);
    m_problemView->sortByColumn(int(RoiProblemModel::Column::Severity), Qt::AscendingOrder); // blocking first
    m_problemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemView->setWordWrap(false);
    m_problemView->verticalHeader()->hide();
    m_problemView->verticalHeader()->setDefaultSectionSize(m_problemView->fontMetrics().height() + 8);
    m_problemView->horizontalHeader()->setStretchLastSection(true);
    problemsLabel->setBuddy(m_problemView);
    installResultTableActions(m_problemView, QStringLiteral("register-of-information-problems"));

    // Jumps: Enter or a double click shows the problem in the table; Go to Record opens what to fix.
    m_goToProblem = new QAction(tr("&Show in Table"), m_problemView);
    m_goToProblem->setObjectName(QStringLiteral("roiGoToProblemAction"));
    m_goToProblem->setStatusTip(tr("Select the problem's template, row and column (Enter, double click)"));
    m_goToRecord = new QAction(icon("edit"), tr("&Go to Record"), m_problemView);
    m_goToRecord->setObjectName(QStringLiteral("roiGoToRecordAction"));
    m_goToRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_goToRecord->setShortcutContext(Qt::WidgetShortcut);
    m_goToRecord->setStatusTip(tr("Open what to change to fix the problem: the record in its form, or the element in "
                                  "the Register (Ctrl+Return)"));
    m_problemView->insertActions(m_problemView->actions().value(0), {m_goToProblem, m_goToRecord});
    m_goToProblemButton->setToolTip(m_goToProblem->statusTip());
    m_goToRecordButton->setToolTip(m_goToRecord->statusTip());
    bottomLayout->addWidget(m_problemView, 1);

    auto *messageRow = new QHBoxLayout;
    m_message = new QLabel(bottom);
    m_message->setObjectName(QStringLiteral("roiMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_openFolder = new QPushButton(icon("open"), tr("Open Fol&der"), bottom);
    m_openFolder->setObjectName(QStringLiteral("roiOpenFolder"));
    m_openFolder->setToolTip(tr("Show the folder the package was written to"));
    m_openFolder->hide();
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_openFolder);
    bottomLayout->addLayout(messageRow);

    // The second tab: the records the templates are built from, to add, edit and delete.
    auto *dataTab = new QWidget(m_tabs);
    auto *dataLayout = new QVBoxLayout(dataTab);
    dataLayout->setContentsMargins(0, 4, 0, 0);
    auto *dataRow = new QHBoxLayout;
    auto *recordTableLabel = new QLabel(tr("Ta&ble:"), dataTab);
    m_recordTable = new QComboBox(dataTab);
    m_recordTable->setObjectName(QStringLiteral("roiRecordTable"));
    for (const EntityType *type : recordTypes()) {
        QString name = type->name();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_recordTable->addItem(name, type->token());
    }
    m_recordTable->setToolTip(tr("The records of the register of information kept beside the map"));
    recordTableLabel->setBuddy(m_recordTable);
    m_addRecord = new QAction(icon("add"), tr("&Add..."), dataTab);
    m_addRecord->setObjectName(QStringLiteral("roiAddRecord"));
    m_addRecord->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addRecord->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addRecord->setStatusTip(tr("Add a record to the table (Insert)"));
    m_editRecord = new QAction(icon("edit"), tr("&Edit..."), dataTab);
    m_editRecord->setObjectName(QStringLiteral("roiEditRecord"));
    m_editRecord->setStatusTip(tr("Edit the selected record (Enter, double click)"));
    m_deleteRecord = new QAction(icon("delete"), tr("&Delete"), dataTab);
    m_deleteRecord->setObjectName(QStringLiteral("roiDeleteRecord"));
    m_deleteRecord->setShortcut(QKeySequence::Delete);
    m_deleteRecord->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteRecord->setStatusTip(tr("Delete the selected records (Delete)"));
    dataTab->addActions({m_addRecord, m_deleteRecord});
    dataRow->addWidget(recordTableLabel);
    dataRow->addWidget(m_recordTable);
    dataRow->addStretch(1);
    for (QAction *action : {m_addRecord, m_editRecord, m_deleteRecord}) {
        auto *button = new QPushButton(action->icon(), action->text(), dataTab);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setToolTip(action->statusTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
        dataRow->addWidget(button);
    }
    dataLayout->addLayout(dataRow);
    m_recordModel = new QStandardItemModel(this);
    auto *recordProxy = new QSortFilterProxyModel(this);
    recordProxy->setSourceModel(m_recordModel);
    recordProxy->setSortLocaleAware(true);
    m_recordView = new QTableView(dataTab);
    m_recordView->setObjectName(QStringLiteral("roiRecords"));
    m_recordView->setModel(recordProxy);
    m_recordView->setSortingEnabled(true);
    m_recordView->sortByColumn(0, Qt::AscendingOrder);
    m_recordView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recordView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_recordView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recordView->setWordWrap(false);
    m_recordView->setAlternatingRowColors(true);
    m_recordView->verticalHeader()->hide();
    m_recordView->verticalHeader()->setDefaultSectionSize(m_recordView->fontMetrics().height() + 8);
    m_recordView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_recordView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_recordView->addActions({m_addRecord, m_editRecord, m_deleteRecord});
    dataLayout->addWidget(m_recordView, 1);
    m_tabs->addTab(m_topSplitter, tr("Te&mplates"));
    m_tabs->addTab(dataTab, tr("Re&cords"));
    m_tabs->setTabToolTip(0, tr("The 15 templates as they are filed, built from the map and the records"));
    m_tabs->setTabToolTip(1,
                          tr("The records of the register of information: entities, branches, arrangements, the "
                             "terms of services, functions and providers, definitions"));

    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({600, 180});
    outer->addWidget(m_splitter, 1);

    connect(m_referenceDate, &QDateEdit::dateChanged, this, &RoiPage::refresh);
    connect(m_consolidation, &QComboBox::currentIndexChanged, this, &RoiPage::refresh);
    connect(m_templates, &QTreeWidget::currentItemChanged, this, &RoiPage::templateChosen);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RoiFilterProxyModel::setFilterText);
    connect(m_problemView, &QTableView::activated, this, [this, problemProxy](const QModelIndex &index) {
        goToProblem(problemProxy->mapToSource(index).row());
    });
    connect(m_goToProblem, &QAction::triggered, this, [this] {
        if (const int row = currentProblemRow(); row >= 0)
            goToProblem(row);
    });
    connect(m_goToRecord, &QAction::triggered, this, [this] {
        if (const int row = currentProblemRow(); row >= 0)
            goToRecord(row);
    });
    connect(m_goToProblemButton, &QPushButton::clicked, m_goToProblem, &QAction::trigger);
    connect(m_goToRecordButton, &QPushButton::clicked, m_goToRecord, &QAction::trigger);
    connect(m_problemView->selectionModel(), &QItemSelectionModel::currentChanged, this, &RoiPage::updateActions);
    connect(m_export, &QPushButton::clicked, this, &RoiPage::exportDialog);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportedFolder));
    });
    connect(m_job, &BackgroundJobBase::runningChanged, this, &RoiPage::updateActions);
    connect(m_exportJob, &BackgroundJobBase::runningChanged, this, &RoiPage::updateActions);
    auto *buildShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    buildShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    buildShortcut->setWhatsThis(tr("Register of information: build and check again")); // in Help > Keyboard Shortcuts
    connect(buildShortcut, &QShortcut::activated, this, &RoiPage::refresh);

    connect(m_recordTable, &QComboBox::currentIndexChanged, this, &RoiPage::fillRecords);
    connect(m_recordView, &QTableView::activated, m_editRecord, &QAction::trigger); // Enter, double click
    connect(m_recordView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoiPage::updateActions);
    connect(m_addRecord, &QAction::triggered, this, [this] {
        if (const EntityType *type = currentRecordType())
            openRecord(*type, QString());
    });
    connect(m_editRecord, &QAction::triggered, this, [this] {
        const EntityType *type = currentRecordType();
        const QStringList keys = selectedRecordKeys();
        if (type && !keys.isEmpty())
            openRecord(*type, keys.first());
    });
    connect(m_deleteRecord, &QAction::triggered, this, &RoiPage::confirmRemove);

    templateChosen();
    fillRecords();
    updateActions();
}

RoiPage::~RoiPage() = default; // the jobs cancel and wait for their workers

roi::BuildOptions RoiPage::options() const
{
    roi::BuildOptions options;
    options.referenceDate = m_referenceDate->date();
    options.consolidation = roi::Consolidation(m_consolidation->currentData().toInt());
    options.reportingDate = QDate::currentDate();
    return options;
}

void RoiPage::setReferenceDate(const QDate &date)
{
    m_referenceDate->setDate(date);
}

void RoiPage::setConsolidation(roi::Consolidation consolidation)
{
    m_consolidation->setCurrentIndex(m_consolidation->findData(int(consolidation)));
}

bool RoiPage::isBuilding() const
{
    return m_job->isRunning();
}

void RoiPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_refreshOnShow, false))
        refresh();
    if (m_fitOnShow)
        fitTable();
}

void RoiPage::fitTable()
{
    // A hidden table measures nothing useful: fitted when shown.
    if (!m_table->isVisible()) {
        m_fitOnShow = true;
        return;
    }
    m_fitOnShow = false;
    // As wide as the values; a long heading ("c0020 LEI of the entity making use of the ICT service(s)") is cut at
    // about 24 characters (its tooltip has it whole), so that a template of 20 columns stays readable.
    // The values of the first 100 rows are measured (B_02.02 of a large register has tens of thousands).
    const QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int heading = metrics.averageCharWidth() * 24;
    const int padding = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 6;
    const int rows = std::min(m_proxy->rowCount(), 100);
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        int values = 0;
        for (int r = 0; r < rows; ++r)
            values = std::max(values, metrics.horizontalAdvance(m_proxy->index(r, c).data().toString()) + padding);
        m_table->setColumnWidth(c,
                                std::clamp(std::max(values, std::min(header->sectionSizeHint(c), heading)), 60, 320));
    }
}

void RoiPage::setService(RegisterService *service)
{
    m_refreshOnShow = false;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_stale->setComputedFrom(std::nullopt, m_cache->generation());
    m_message->hide();
    m_openFolder->hide();
    if (!service) {
        m_job->discard(); // that register is gone
        m_report.reset();
        m_tableModel->setTable(nullptr, currentTemplate());
        m_problemModel->setEntries({});
        m_summary->clear();
        fillRecords();
        m_status->setText(tr("Open a register to see its register of information."));
        m_status->show();
        present();
        return;
    }
    fillRecords();
    connect(service, &RegisterService::changed, this, [this] {
        fillRecords(); // a few hundred records at most: read from memory at once
        // What is shown was built from the register before this change: said until the new one is in.
        m_stale->setCurrentVersion(m_cache->generation());
        // Hidden behind another page: built when shown, not after every edit (a read of the whole register each).
        if (isHiddenInShownWindow(this)) {
            m_job->discard();
            m_refreshOnShow = true;
            return;
        }
        refresh();
    });
    if (isHiddenInShownWindow(this)) {
        m_job->discard();
        m_refreshOnShow = true;
        return;
    }
    refresh();
}

void RoiPage::refresh()
{
    if (!m_service)
        return;
    if (!m_report || !m_stale->isStale()) {
        m_status->setText(tr("Building the register of information..."));
        m_status->show();
    }
    const quint64 generation = m_cache->generation();
    const QString path = m_service->path();
    const roi::BuildOptions options = this->options();
    m_job->run([path, options](Feedback &feedback) { return compute(path, options, feedback); },
               [this, generation](Result<RoiOutcome> result) { refreshFinished(std::move(result), generation); });
}

void RoiPage::refreshFinished(Result<RoiOutcome> outcome, quint64 generation)
{
    if (!outcome) {
        if (outcome.error().code != Error::Code::Canceled) {
            m_status->setText(tr("The register of information cannot be built: %1").arg(outcome.error().message));
            m_status->show();
        }
        Q_EMIT refreshed(false);
        return;
    }
    m_report = outcome->report;
    m_problemModel->setEntries(std::move(outcome->entries));
    m_status->hide();
    present();
    m_stale->setComputedFrom(generation, m_cache->generation());
    Q_EMIT refreshed(true);
}

void RoiPage::present()
{
    // Problems per template, for the marks in the list.
    std::array<TemplateProblems, roi::templateCount> perTemplate{};
    for (const RoiProblemModel::Entry &entry : m_problemModel->entries()) {
        if (entry.hasTemplate)
            ++perTemplate[std::size_t(entry.problem.table)].counts[std::size_t(entry.problem.severity)];
    }
    for (int i = 0; i < m_templates->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_templates->topLevelItem(i);
        const auto id = roi::TemplateId(item->data(0, Qt::UserRole).toInt());
        const roi::Table *table = m_report ? &m_report->table(id) : nullptr;
        item->setText(2, table ? QLocale().toString(qlonglong(table->rows.size())) : QString());
        const TemplateProblems &p = perTemplate[std::size_t(id)];
        item->setIcon(0, p.any() ? RoiProblemModel::severityIcon(p.worst()) : QIcon());
        QStringList counts;
        if (p.counts[0])
            counts << tr("%Ln blocking", nullptr, p.counts[0]);
        if (p.counts[1])
            counts << tr("%Ln error(s)", nullptr, p.counts[1]);
        if (p.counts[2])
            counts << tr("%Ln warning(s)", nullptr, p.counts[2]);
        item->setToolTip(0, counts.isEmpty() ? QString() : counts.join(tr(", ")));
        item->setToolTip(2, table && !table->reported ? tr("Not reported (filing indicator false)") : QString());
    }
    m_tableModel->setTable(m_report, currentTemplate());
    fitTable();
    m_problemView->resizeColumnsToContents();
    // The message column takes the rest; the others stay readable.
    for (int c = 0; c + 1 < RoiProblemModel::columnTotal; ++c)
        m_problemView->setColumnWidth(c, std::min(m_problemView->columnWidth(c), 220));
    if (m_report) {
        m_summary->setText(m_problemModel->summary());
        QPalette palette = m_summary->palette();
        palette.setColor(QPalette::WindowText,
                         m_problemModel->count(roi::Severity::Blocking) ? theme::problemText()
                             : m_problemModel->entries().empty()        ? theme::green
                                                                        : this->palette().color(QPalette::WindowText));
        m_summary->setPalette(palette);
    }
    updateActions();
}

void RoiPage::templateChosen()
{
    const roi::Template &t = roi::templateOf(currentTemplate());
    m_templateTitle->setText(QStringLiteral("%1  %2").arg(QString::fromLatin1(t.code), t.titleText()));
    m_tableModel->setTable(m_report, t.id);
    m_table->scrollToTop();
    m_table->horizontalScrollBar()->setValue(0);
    fitTable();
}

void RoiPage::selectTemplate(roi::TemplateId id)
{
    m_templates->setCurrentItem(m_templates->topLevelItem(int(id)));
}

roi::TemplateId RoiPage::currentTemplate() const
{
    const QTreeWidgetItem *item = m_templates->currentItem();
    return item ? roi::TemplateId(item->data(0, Qt::UserRole).toInt()) : roi::TemplateId::B0101;
}

int RoiPage::currentProblemRow() const
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_problemView->model());
    const QModelIndex current = m_problemView->currentIndex();
    return current.isValid() ? proxy->mapToSource(current).row() : -1;
}

void RoiPage::updateActions()
{
    const bool problem = currentProblemRow() >= 0;
    const bool located = problem && m_problemModel->entry(currentProblemRow()).hasTemplate;
    const bool record = problem && !m_problemModel->entry(currentProblemRow()).problem.source.table.isEmpty();
    m_goToProblem->setEnabled(located);
    m_goToProblemButton->setEnabled(located);
    m_goToRecord->setEnabled(record && m_service);
    m_goToRecordButton->setEnabled(record && m_service);
    const bool records = m_service && currentRecordType();
    const bool selected = records && m_recordView->selectionModel()->hasSelection();
    m_addRecord->setEnabled(records);
    m_editRecord->setEnabled(selected);
    m_deleteRecord->setEnabled(selected);
    m_export->setEnabled(m_report && m_service && !m_job->isRunning() && !m_exportJob->isRunning());
    m_referenceDate->setEnabled(!m_exportJob->isRunning());
    m_consolidation->setEnabled(!m_exportJob->isRunning());
}

bool RoiPage::goToProblem(int row)
{
    if (row < 0 || row >= m_problemModel->rowCount())
        return false;
    const RoiProblemModel::Entry &entry = m_problemModel->entry(row);
    if (!entry.hasTemplate)
        return false;
    const roi::Problem &p = entry.problem;
    selectTemplate(p.table);
    if (p.row < 0 || p.row >= m_tableModel->rowCount()) {
        m_table->setFocus();
        return true;
    }
    const int column = roi::templateOf(p.table).column(p.column);
    const QModelIndex source = m_tableModel->index(p.row, std::max(column, 0));
    QModelIndex shown = m_proxy->mapFromSource(source);
    if (!shown.isValid()) { // the filter hides the row
        m_filter->clear();
        shown = m_proxy->mapFromSource(source);
    }
    QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::ClearAndSelect;
    if (column < 0)
        flags |= QItemSelectionModel::Rows;
    m_table->selectionModel()->setCurrentIndex(shown, flags);
    m_table->scrollTo(shown, QAbstractItemView::EnsureVisible);
    m_table->setFocus();
    return true;
}

void RoiPage::goToRecord(int row)
{
    if (row < 0 || row >= m_problemModel->rowCount() || !m_service)
        return;
    const roi::Source &source = m_problemModel->entry(row).problem.source;
    if (source.table == u"element") {
        if (!m_service->element(source.key)) {
            showMessage(tr("There is no element '%1' in the register.").arg(source.key), true);
            return;
        }
        Q_EMIT showElement(source.key);
        return;
    }
    const EntityType *type = EntityRegistry::find(source.table);
    if (!type || !recordForm(*type)) {
        showMessage(tr("This problem has no record in the register behind it."), false);
        return;
    }
    // The record in its dialog (one not there yet is added with that key); the Data tab shows its table behind.
    if (recordTypes().contains(type)) {
        showRecords(*type, source.key);
        m_tabs->setCurrentIndex(1);
    }
    openRecord(*type, source.key);
}

QList<const EntityType *> RoiPage::recordTypes()
{
    return {&roi::entityType(),
            &roi::branchType(),
            &roi::arrangementType(),
            &roi::serviceTermsType(),
            &roi::functionTermsType(),
            &roi::providerTermsType(),
            &roi::definitionType()};
}

const EntityType *RoiPage::currentRecordType() const
{
    return EntityRegistry::find(m_recordTable->currentData().toString());
}

void RoiPage::showRecords(const EntityType &type, const QString &key)
{
    const int index = m_recordTable->findData(type.token());
    if (index < 0)
        return;
    m_recordTable->setCurrentIndex(index); // fills the table
    if (key.isEmpty())
        return;
    const QAbstractItemModel *proxy = m_recordView->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex cell = proxy->index(r, 0);
        if (cell.data(Qt::UserRole).toString() == key) {
            m_recordView->selectionModel()->setCurrentIndex(
                cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_recordView->scrollTo(cell);
            return;
        }
    }
}

void RoiPage::fillRecords()
{
    const EntityType *type = currentRecordType();
    const std::optional<RecordForm> form = type ? recordForm(*type) : std::nullopt;
    const QStringList selected = selectedRecordKeys();
    const QString current = m_recordView->currentIndex().data(Qt::UserRole).toString();
    const bool refit = m_recordModel->property("token").toString() != (type ? type->token() : QString());
    m_recordModel->clear();
    m_recordModel->setProperty("token", type ? type->token() : QString());
    if (!form) {
        updateActions();
        return;
    }
    QStringList headings;
    for (const RecordForm::Field &field : form->fields)
        headings << (field.info.column ? Fields::text(field.info.column) : RecordForm::plainLabel(field));
    m_recordModel->setHorizontalHeaderLabels(headings);
    for (std::size_t c = 0; c < form->fields.size(); ++c)
        m_recordModel->horizontalHeaderItem(int(c))->setToolTip(RecordForm::plainLabel(form->fields[c]));
    if (m_service) {
        const QHash<QString, Record> records = m_service->records(*type);
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            const QStringList texts = form->texts(*it);
            QList<QStandardItem *> items;
            for (std::size_t c = 0; c < form->fields.size(); ++c) {
                const RecordForm::Field &field = form->fields[c];
                QString text = texts.value(qsizetype(c));
                // A choice reads as its label; the token is in the tooltip.
                for (const auto &[token, label] : field.choices) {
                    if (token == text && !text.isEmpty()) {
                        text = label;
                        break;
                    }
                }
                auto *item = new QStandardItem(text.section(QLatin1Char('\n'), 0, 0));
                item->setData(it.key(), Qt::UserRole);
                if (text != texts.value(qsizetype(c)) || text.contains(QLatin1Char('\n')))
                    item->setToolTip(
                        texts.value(qsizetype(c)) == text ? text : tr("%1 (%2)").arg(text, texts.value(qsizetype(c))));
                items << item;
            }
            m_recordModel->appendRow(items);
        }
    }
    // The selection survives a change (the table is filled again after each).
    QItemSelection selection;
    const QAbstractItemModel *proxy = m_recordView->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex cell = proxy->index(r, 0);
        const QString key = cell.data(Qt::UserRole).toString();
        if (selected.contains(key))
            selection.select(cell, proxy->index(r, proxy->columnCount() - 1));
        if (key == current)
            m_recordView->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::NoUpdate);
    }
    m_recordView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (refit) {
        m_recordView->resizeColumnsToContents();
        for (int c = 0; c < proxy->columnCount(); ++c)
            m_recordView->setColumnWidth(c, std::clamp(m_recordView->columnWidth(c), 60, 260));
    }
    updateActions();
}

QStringList RoiPage::selectedRecordKeys() const
{
    QStringList keys;
    for (const QModelIndex &row : m_recordView->selectionModel()->selectedRows())
        keys << row.data(Qt::UserRole).toString();
    return keys;
}

RecordDialog *RoiPage::openRecord(const EntityType &type, const QString &key)
{
    if (!m_service)
        return nullptr;
    std::optional<RecordForm> form = recordForm(type);
    if (!form)
        return nullptr;
    if (m_dialog)
        m_dialog->reject();
    const QHash<QString, Record> records = m_service->records(type);
    const auto existing = records.constFind(key);
    const std::optional<Record> record = existing == records.cend() ? std::nullopt : std::optional<Record>(*existing);
    auto *dialog = new RecordDialog(std::move(*form), record, this, key);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool adding = !record;
    // The register's own rules (the provider an arrangement names exists, a new key is free) as a dry run: a refusal
    // keeps the dialog open with its message.
    dialog->setCheck([this, adding](const Record &r) -> Result<void> {
        if (!m_service)
            return makeError(Error::Code::NotFound, tr("No register is open."));
        ChangeSet change;
        change.add(r, adding ? ChangeSet::Mode::Insert : ChangeSet::Mode::Upsert);
        auto checked = m_service->apply(change, Actor::current(), true);
        if (!checked)
            return checked.error();
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, adding] {
        const Record &r = dialog->record();
        if (!adding && dialog->original() == r)
            return; // nothing changed
        ChangeSet change;
        change.add(r, adding ? ChangeSet::Mode::Insert : ChangeSet::Mode::Upsert);
        const QString text
            = adding ? tr("Add %1 %2").arg(r.type->name(), r.key()) : tr("Edit %1 %2").arg(r.type->name(), r.key());
        if (pushRecordChange(change, text))
            showRecords(*r.type, r.key());
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

bool RoiPage::pushRecordChange(const ChangeSet &change, const QString &text)
{
    if (!m_service || !m_undoStack)
        return false;
    const int index = m_undoStack->index();
    m_undoStack->push(RegisterCommand::change(m_service, change, text).release());
    if (m_undoStack->index() != index + 1) // the write failed; the window shows why (writeFailed)
        return false;
    showMessage(tr("%1: done. Edit > Undo takes it back.").arg(text), false);
    Q_EMIT statusMessage(tr("%1: done. Edit > Undo takes it back.").arg(text));
    return true;
}

bool RoiPage::removeRecords(const EntityType &type, const QStringList &keys)
{
    if (!m_service || keys.isEmpty())
        return false;
    ChangeSet change;
    for (const QString &key : keys)
        change.removeRecords.emplace_back(&type, key);
    if (auto checked = m_service->apply(change, Actor::current(), true); !checked) {
        showMessage(checked.error().message, true);
        return false;
    }
    const QString text = keys.size() == 1 ? tr("Delete %1 %2").arg(type.name(), keys.first())
                                          : tr("Delete %Ln record(s)", nullptr, keys.size());
    return pushRecordChange(change, text);
}

void RoiPage::confirmRemove()
{
    const EntityType *type = currentRecordType();
    const QStringList keys = selectedRecordKeys();
    if (!type || keys.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question,
        tr("Delete Records"),
        keys.size() == 1 ? tr("Delete the %1 %2?").arg(type->name(), keys.first())
                         : tr("Delete %Ln record(s) of the table %1?", nullptr, keys.size()).arg(type->name()),
        QMessageBox::Cancel,
        this);
    box->setObjectName(QStringLiteral("roiDeleteQuestion"));
    box->setInformativeText(tr("Edit > Undo brings them back."));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString token = type->token();
    connect(box, &QMessageBox::finished, this, [this, box, remove, token, keys] {
        if (box->clickedButton() != remove)
            return;
        if (const EntityType *t = EntityRegistry::find(token))
            removeRecords(*t, keys);
    });
    box->open();
}

void RoiPage::focusSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RoiPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setPalette(palette());
    if (error)
        theme::markAsProblem(m_message);
    m_message->setVisible(!text.isEmpty());
    m_openFolder->hide();
}

Result<void> RoiPage::exportPackage(const QString &directory, bool evenIfBlocked)
{
    if (!m_report || !m_service)
        return makeError(Error::Code::Invalid, tr("There is no register of information to export yet."));
    if (m_job->isRunning())
        return makeError(Error::Code::Invalid,
                         tr("The register of information is being built; export it when it is done."));
    if (m_exportJob->isRunning())
        return makeError(Error::Code::Invalid, tr("A package is being written."));
    if (!evenIfBlocked && m_problemModel->count(roi::Severity::Blocking) > 0)
        return makeError(Error::Code::Invalid,
                         tr("The register of information has %Ln blocking problem(s): the supervisor would reject "
                            "the package.",
                            nullptr,
                            m_problemModel->count(roi::Severity::Blocking)));
    const std::shared_ptr<const roi::Report> report = m_report;
    const QDateTime timestamp = QDateTime::currentDateTime();
    m_exportedFolder = directory;
    showMessage(tr("Writing the package..."), false);
    m_exportJob->run(
        [report, directory, timestamp](Feedback &) -> Result<QString> {
            return roi::writePackageFile(directory, *report, timestamp);
        },
        [this](Result<QString> written) {
            if (!written) {
                if (written.error().code != Error::Code::Canceled)
                    showMessage(tr("The package was not written: %1").arg(written.error().message), true);
                Q_EMIT packageWritten(QString(), false);
                return;
            }
            showMessage(tr("Package written: %1").arg(QDir::toNativeSeparators(*written)), false);
            m_openFolder->show();
            Q_EMIT statusMessage(tr("Package written: %1").arg(QDir::toNativeSeparators(*written)));
            Q_EMIT packageWritten(*written, true);
        });
    return {};
}

void RoiPage::exportDialog()
{
    if (!m_report || m_job->isRunning())
        return;
    Settings settings;
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Export the Register of Information Package to"), settings.lastFolder());
    if (directory.isEmpty())
        return;
    settings.setLastFolder(directory);
    bool evenIfBlocked = false;
    if (const int blocking = m_problemModel->count(roi::Severity::Blocking)) {
        QMessageBox box(QMessageBox::Warning,
                        tr("Blocking Problems"),
                        tr("The register of information has %Ln blocking problem(s). The supervisor's reception "
                           "rejects a package with any of them.",
                           nullptr,
                           blocking),
                        QMessageBox::Cancel,
                        this);
        box.setInformativeText(tr("Fix them first (the Problems list shows where), or export anyway to look at the "
                                  "package."));
        QPushButton *anyway = box.addButton(tr("&Export Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != anyway)
            return;
        evenIfBlocked = true;
    }
    if (auto started = exportPackage(directory, evenIfBlocked); !started)
        showMessage(started.error().message, true);
}

} // namespace bulwark::gui
