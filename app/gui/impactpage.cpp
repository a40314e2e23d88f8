// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/impactpage.h"

#include "gui/backgroundjob.h"
#include "gui/elementcompleter.h"
#include "gui/fitcolumns.h"
#include "gui/functionpage.h"
#include "gui/icons.h"
#include "gui/models/resulttablemodel.h"
#include "gui/snapshotcache.h"
#include "gui/stalenotice.h"
#include "gui/tableexport.h"
#include "model/analysis/failureset.h"
#include "model/analysis/spofanalysis.h"
#include "model/analysis/verdict.h"
#include "model/register/registerservice.h"
#include "reports/impacttables.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace bulwark::gui {
namespace {

struct Request {
    QString path;
    QStringList keys;
    QString region;
    QString country;
    QString tag;
    std::shared_ptr<const analysis::GraphSnapshot> snapshot;
    std::shared_ptr<const std::vector<analysis::SpofRank>> ranking;
    std::array<SortSpec, 4> order; ///< of the four result views, so that rows arrive sorted
};

ImpactTables tabulate(const analysis::GraphSnapshot &s,
                      const analysis::ImpactResult &result,
                      const std::vector<analysis::SpofRank> &ranking,
                      const std::array<SortSpec, 4> &order);

/// Runs on a worker thread: reads the register (unless a snapshot is cached), ranks SPOFs, propagates. A cancel or a
/// register that cannot be read is an error (Canceled for a cancel); a failure that matches nothing travels in the
/// outcome with the snapshot, so that the page can keep that snapshot.
Result<ImpactOutcome> analyse(const Request &request, Feedback &feedback)
{
    ImpactOutcome outcome;
    auto snapshot = SnapshotCache::cachedOrLoad(request.snapshot, request.path, &feedback);
    if (!snapshot)
        return snapshot.error();
    outcome.snapshot = *snapshot;
    outcome.spofRanking = request.ranking;
    if (!outcome.spofRanking) {
        const analysis::SpofAnalysis spofs(*outcome.snapshot, &feedback);
        outcome.spofRanking = std::make_shared<const std::vector<analysis::SpofRank>>(
            analysis::rankSpofs(*outcome.snapshot, spofs, &feedback));
    }
    if (feedback.isCanceled())
        return makeError(Error::Code::Canceled, QString());
    const analysis::GraphSnapshot &s = *outcome.snapshot;
    const auto failed = analysis::FailureSets::resolve(
        s, analysis::FailureSpec{request.keys, request.region, request.country, request.tag});
    if (!failed) {
        outcome.error = failed.error();
        return outcome;
    }
    outcome.result = analysis::analyseImpact(s, *failed);
    feedback.setProgress(90);
    outcome.tables = tabulate(s, *outcome.result, *outcome.spofRanking, request.order);
    feedback.setProgress(100);
    return outcome;
}

/// Builds the result tables' rows (on the worker: a blast radius can be 30,000 rows) with the report's table builders
/// (reports::ImpactTables, so that the screen and the scenario report show the same numbers) and sorts each as its
/// view is.
ImpactTables tabulate(const analysis::GraphSnapshot &s,
                      const analysis::ImpactResult &result,
                      const std::vector<analysis::SpofRank> &ranking,
                      const std::array<SortSpec, 4> &order)
{
    using Tables = reports::ImpactTables;
    ImpactTables t;
    t.functions = ResultTableModel::rowsOf(Tables::functions(s, result));
    t.blast = ResultTableModel::rowsOf(Tables::blast(s, result));
    t.spofs = ResultTableModel::rowsOf(Tables::spofs(s, ranking));
    t.perFunction = ResultTableModel::rowsOf(Tables::spofsPerFunction(s, ranking));
    t.counts = analysis::countCriticalVerdicts(s, result);
    t.critical = t.counts.total();
    ResultTableModel::sortRows(t.functions, order[0].column, order[0].order);
    ResultTableModel::sortRows(t.blast, order[1].column, order[1].order);
    ResultTableModel::sortRows(t.spofs, order[2].column, order[2].order);
    ResultTableModel::sortRows(t.perFunction, order[3].column, order[3].order);
    return t;
}

} // namespace

ImpactPage::ImpactPage(SnapshotCache *cache, QWidget *parent)
    : QWidget(parent),
      m_cache(cache),
      m_job(new BackgroundJob<ImpactOutcome>(this)),
      m_functionModel(new ResultTableModel(reports::ImpactTables::functionHeaders(), this)),
      m_blastModel(new ResultTableModel(reports::ImpactTables::blastHeaders(), this)),
      m_spofModel(new ResultTableModel(reports::ImpactTables::spofHeaders(), this)),
      m_functionSpofModel(new ResultTableModel(reports::ImpactTables::perFunctionHeaders(), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *chooseRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("impactSearch"));
    m_search->setPlaceholderText(tr("Add an element that fails: type a key or name, then Enter"));
    m_search->setClearButtonEnabled(true);
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("impactScenario"));
    m_scenario->setToolTip(tr("Load a saved scenario"));
    m_region = new QComboBox(this);
    m_region->setToolTip(tr("Fail every element in a region"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("impactCountry"));
    m_country->setToolTip(tr("Fail every element in a country"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("impactTag"));
    m_tag->setToolTip(tr("Fail every element with a tag"));
    chooseRow->addWidget(m_search, 2);
    chooseRow->addWidget(m_scenario, 1);
    chooseRow->addWidget(m_region);
    chooseRow->addWidget(m_country);
    chooseRow->addWidget(m_tag);
    layout->addLayout(chooseRow);

    auto *failedRow = new QHBoxLayout;
    m_failed = new QListWidget(this);
    m_failed->setObjectName(QStringLiteral("impactFailed"));
    m_failed->setFlow(QListView::LeftToRight);
    m_failed->setWrapping(true);
    m_failed->setMaximumHeight(m_failed->fontMetrics().height() * 3 + 12);
    m_failed->setToolTip(tr("Elements that fail. Delete removes the selected ones."));
    auto *clear = new QPushButton(tr("C&lear"), this);
    m_run = new QPushButton(icon("run"), tr("&Run"), this);
    m_run->setDefault(true);
    m_run->setToolTip(tr("Run the analysis (Ctrl+R)"));
    m_cancel = new QPushButton(icon("stop"), tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_showOnMap = new QPushButton(icon("map"), tr("Show on &map"), this);
    m_showOnMap->setObjectName(QStringLiteral("impactShowOnMap"));
    m_showOnMap->setToolTip(tr("Colour the blast radius on the dependency map"));
    m_showOnMap->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    failedRow->addWidget(m_failed, 1);
    failedRow->addWidget(clear);
    failedRow->addWidget(m_run);
    failedRow->addWidget(m_progress);
    failedRow->addWidget(m_cancel);
    failedRow->addWidget(m_showOnMap);
    layout->addLayout(failedRow);

    m_summary = new QLabel(tr("Choose what fails and press Run."), this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    layout->addWidget(m_summary);
    m_stale = new StaleNotice(this);
    connect(m_stale, &StaleNotice::runAgainRequested, this, &ImpactPage::run);
    layout->addWidget(m_stale);

    m_tabs = new QTabWidget(this);
    auto *functions = m_functionView = ResultTableModel::createView(m_functionModel, m_tabs);
    auto *blast = m_blastView = ResultTableModel::createView(m_blastModel, m_tabs);
    auto *spofs = m_spofView = ResultTableModel::createView(m_spofModel, m_tabs);
    auto *functionSpofs = m_functionSpofView = ResultTableModel::createView(m_functionSpofModel, m_tabs);
    // Worst first: beyond tolerance, unknown, little margin, within (analysis::Verdict); down before degraded.
    functions->sortByColumn(6, Qt::AscendingOrder);
    blast->sortByColumn(3, Qt::DescendingOrder);
    spofs->sortByColumn(3, Qt::DescendingOrder);
    functionSpofs->sortByColumn(2, Qt::DescendingOrder);
    m_tabs->addTab(functions, tr("Affected &functions"));
    m_tabs->addTab(blast, tr("&Blast radius"));
    m_tabs->addTab(spofs, tr("&What to fix first"));
    m_tabs->addTab(functionSpofs, tr("SPOFs per &critical function"));
    layout->addWidget(m_tabs, 1);

    // The recovery path of the selected affected function (docs/semantics.md, "Recovery path"), and its highlight
    // on the map.
    auto *pathRow = new QHBoxLayout;
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("impactRecoveryPath"));
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_showPath = new QPushButton(icon("map"), tr("Show &path on map"), this);
    m_showPath->setObjectName(QStringLiteral("impactShowPath"));
    m_showPath->setToolTip(tr("Colour the blast radius on the dependency map and mark the selected function's "
                              "recovery path"));
    m_showPath->setEnabled(false);
    pathRow->addWidget(m_pathLabel, 1);
    pathRow->addWidget(m_showPath);
    layout->addLayout(pathRow);
    installResultTableActions(functions, QStringLiteral("impact-affected-functions"));
    installResultTableActions(blast, QStringLiteral("impact-blast-radius"));
    installResultTableActions(spofs, QStringLiteral("impact-what-to-fix-first"));
    installResultTableActions(functionSpofs, QStringLiteral("impact-spofs-per-function"));
    for (QTableView *view : {functions, blast, spofs, functionSpofs}) {
        connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
            Q_EMIT showElement(index.data(ResultTableModel::KeyRole).toString());
        });
    }

    for (QTableView *view : {functions, functionSpofs}) {
        addOpenFunctionPageAction(
            view,
            [view] { return view->currentIndex().data(ResultTableModel::KeyRole).toString(); },
            [this](const QString &key) { Q_EMIT functionPageRequested(key); });
    }

    connect(m_functionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImpactPage::updatePath);
    connect(m_showPath, &QPushButton::clicked, this, [this] {
        const analysis::FunctionImpact *f = selectedFunction();
        if (!m_lastOverlay || !f)
            return;
        MapOverlay overlay = *m_lastOverlay;
        overlay.path = f->recoveryPath.elements;
        Q_EMIT showOnMap(overlay);
    });
    updatePath();

    connect(m_search, &QLineEdit::returnPressed, this, &ImpactPage::addFromSearch);
    connect(m_scenario, &QComboBox::activated, this, &ImpactPage::loadScenario);
    connect(clear, &QPushButton::clicked, this, [this] { setFailedKeys({}); });
    connect(m_run, &QPushButton::clicked, this, &ImpactPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &ImpactPage::cancel);
    connect(m_showOnMap, &QPushButton::clicked, this, [this] {
        if (m_lastOverlay)
            Q_EMIT showOnMap(*m_lastOverlay);
    });
    auto *runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    runShortcut->setWhatsThis(tr("Impact: run the analysis")); // listed in Help > Keyboard Shortcuts
    connect(runShortcut, &QShortcut::activated, this, &ImpactPage::run);
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_failed);
    removeShortcut->setContext(Qt::WidgetShortcut);
    removeShortcut->setWhatsThis(tr("Impact: remove the selected elements that fail"));
    connect(removeShortcut, &QShortcut::activated, this, [this] { qDeleteAll(m_failed->selectedItems()); });
    m_job->bindProgress(m_progress, m_cancel);
}

ImpactPage::~ImpactPage() = default; // the job cancels and waits for its worker

void ImpactPage::setService(RegisterService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_spofRanking.reset();
    m_lastOverlay.reset();
    m_showOnMap->setEnabled(false);
    if (service)
        connect(service, &RegisterService::changed, this, &ImpactPage::registerChanged);
    fillChoices();
    setFailedKeys({});
    m_functionModel->setRows({});
    m_blastModel->setRows({});
    m_spofModel->setRows({});
    m_functionSpofModel->setRows({});
    m_result.reset();
    m_resultSnapshot.reset();
    updatePath();
    m_summary->setText(tr("Choose what fails and press Run."));
    m_stale->setComputedFrom(std::nullopt, m_cache->generation());
    setEnabled(service != nullptr);
}

void ImpactPage::registerChanged()
{
    // The SPOF ranking and the last blast radius no longer match the register (the cache forgets its snapshot).
    m_spofRanking.reset();
    m_lastOverlay.reset();
    m_showOnMap->setEnabled(false);
    m_showPath->setEnabled(false);
    m_stale->setCurrentVersion(m_cache->generation());
    // The region, country and tag lists scan every element: done when the page is shown again (see
    // isHiddenInShownWindow), not on the GUI thread after every edit made on another page.
    if (isHiddenInShownWindow(this)) {
        m_choicesStale = true;
        return;
    }
    fillChoices();
}

void ImpactPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_choicesStale, false))
        fillChoices(); // builds the completer too
    else if (m_completerStale)
        buildCompleter();
}

void ImpactPage::buildCompleter()
{
    m_completerStale = false;
    if (m_service)
        installElementCompleter(m_search, *m_service, [this] { addFromSearch(); });
}

void ImpactPage::fillChoices()
{
    QSet<QString> regions, countries, tags;
    if (m_service) {
        for (const Element &e : m_service->elements()) {
            if (!e.region.isEmpty())
                regions.insert(e.region);
            if (!e.country.isEmpty())
                countries.insert(e.country);
            for (const QString &tag : e.tags)
                tags.insert(tag);
        }
    }
    m_completerStale = true;
    if (isVisible())
        buildCompleter();

    auto fill = [](QComboBox *box, const QString &none, QStringList values) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(none, QString());
        values.sort();
        for (const QString &v : values)
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_region, tr("No region"), QStringList(regions.begin(), regions.end()));
    fill(m_country, tr("No country"), QStringList(countries.begin(), countries.end()));
    fill(m_tag, tr("No tag"), QStringList(tags.begin(), tags.end()));
    m_scenario->clear();
    m_scenario->addItem(tr("Load a scenario..."));
    if (m_service) {
        QStringList names = m_service->scenarios().keys();
        names.sort();
        for (const QString &name : names) {
            const Scenario &s = m_service->scenarios()[name];
            m_scenario->addItem(s.description.isEmpty() ? name : QStringLiteral("%1 - %2").arg(name, s.description),
                                name);
        }
    }
}

void ImpactPage::addFromSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_service)
        return;
    const QString key = text.section(QStringLiteral("  "), 0, 0).trimmed();
    if (!m_service->element(key)) {
        m_summary->setText(tr("There is no element '%1'.").arg(key));
        return;
    }
    if (!failedKeys().contains(key)) {
        auto *item = new QListWidgetItem(key, m_failed);
        item->setToolTip(m_service->element(key)->name);
    }
    m_search->clear();
}

void ImpactPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ImpactPage::loadScenario(int index)
{
    const QString name = m_scenario->itemData(index).toString();
    if (!m_service || name.isEmpty())
        return;
    const Scenario &s = m_service->scenarios()[name];
    setFailedKeys(s.fail);
    m_region->setCurrentIndex(std::max(0, m_region->findData(s.region)));
    m_country->setCurrentIndex(std::max(0, m_country->findData(s.country)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(s.tag)));
    m_scenario->setCurrentIndex(index);
    run();
}

void ImpactPage::runScenario(const QString &name)
{
    const int index = m_scenario->findData(name);
    if (index > 0)
        loadScenario(index);
}

void ImpactPage::setFailedKeys(const QStringList &keys)
{
    m_failed->clear();
    for (const QString &key : keys)
        new QListWidgetItem(key, m_failed);
    m_region->setCurrentIndex(0);
    m_country->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    m_scenario->setCurrentIndex(0);
}

QStringList ImpactPage::failedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_failed->count(); ++i)
        keys << m_failed->item(i)->text();
    return keys;
}

bool ImpactPage::isRunning() const
{
    return m_job->isRunning();
}

void ImpactPage::run()
{
    if (!m_service || m_job->isRunning())
        return;
    Request request;
    request.path = m_service->path();
    request.keys = failedKeys();
    request.region = m_region->currentData().toString();
    request.country = m_country->currentData().toString();
    request.tag = m_tag->currentData().toString();
    request.snapshot = m_cache->snapshot();
    request.order = {SortSpec{m_functionModel->sortColumn(), m_functionModel->sortOrder()},
                     SortSpec{m_blastModel->sortColumn(), m_blastModel->sortOrder()},
                     SortSpec{m_spofModel->sortColumn(), m_spofModel->sortOrder()},
                     SortSpec{m_functionSpofModel->sortColumn(), m_functionSpofModel->sortOrder()}};
    m_requestGeneration = m_cache->generation();
    request.ranking = m_spofRanking;
    if (request.keys.isEmpty() && request.region.isEmpty() && request.country.isEmpty() && request.tag.isEmpty()) {
        m_summary->setText(tr("Choose at least one element, a region, a country or a tag that fails."));
        return;
    }
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Analysing..."));
    m_job->run([request](Feedback &feedback) { return analyse(request, feedback); },
               [this](Result<ImpactOutcome> outcome) { analysisFinished(std::move(outcome)); });
}

void ImpactPage::cancel()
{
    m_job->cancel();
}

void ImpactPage::analysisFinished(Result<ImpactOutcome> delivered)
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    if (!delivered) {
        m_summary->setText(delivered.error().code == Error::Code::Canceled ? tr("The analysis was canceled.")
                                                                           : delivered.error().message);
        Q_EMIT finished(false);
        return;
    }
    ImpactOutcome outcome = std::move(*delivered);
    const bool current = m_requestGeneration == m_cache->generation();
    if (outcome.snapshot)
        m_cache->offer(outcome.snapshot, m_requestGeneration);
    if (outcome.spofRanking && current)
        m_spofRanking = outcome.spofRanking;
    if (!outcome.result) {
        m_summary->setText(outcome.error.message);
        Q_EMIT finished(false);
        return;
    }
    m_result = std::make_shared<const analysis::ImpactResult>(*outcome.result);
    m_resultSnapshot = outcome.snapshot;
    showResult(*outcome.result, std::move(outcome.tables));
    m_stale->setComputedFrom(m_requestGeneration, m_cache->generation());
    // Keep the blast radius for the map (only while it matches the register).
    if (current) {
        const analysis::ImpactResult &r = *outcome.result;
        auto states = std::make_shared<std::vector<analysis::State>>(r.elementStates(outcome.snapshot->size()));
        QString title = analysis::FailureSets::title(*outcome.snapshot, r.failed);
        if (m_scenario->currentIndex() > 0)
            title = tr("scenario %1 (%2)").arg(m_scenario->currentData().toString(), title);
        m_lastOverlay = MapOverlay{outcome.snapshot, std::move(states), r.failed, title, {}};
        m_showOnMap->setEnabled(true);
    }
    updatePath();
    Q_EMIT finished(true);
}

void ImpactPage::showResult(const analysis::ImpactResult &result, ImpactTables tables)
{
    m_functionModel->setRows(std::move(tables.functions), true);
    m_blastModel->setRows(std::move(tables.blast), true);
    m_spofModel->setRows(std::move(tables.spofs), true);
    m_functionSpofModel->setRows(std::move(tables.perFunction), true);
    for (QTableView *view : {m_functionView, m_blastView, m_spofView, m_functionSpofView})
        fitColumns(view, 360); // a view in a hidden tab is fitted when it is shown
    // Unknown is counted and said, never folded into "within" (issue 11).
    // Counts as people write them: plural forms, the locale's group separators (issue 12).
    m_summary->setText(tr("%Ln function(s) affected, %L1 of them critical or important: %L2 beyond tolerance, %L3 "
                          "unknown (a recovery time, RPO or tolerance not recorded), %L4 within with little margin.",
                          nullptr,
                          int(result.functions.size()))
                           .arg(tables.critical)
                           .arg(tables.counts.breach)
                           .arg(tables.counts.unknown)
                           .arg(tables.counts.littleMargin)
                       + QLatin1Char(' ')
                       + tr("Blast radius: %Ln element(s) down, %L1 degraded.", nullptr, int(result.down.size()))
                             .arg(result.degraded.size()));
}

const analysis::FunctionImpact *ImpactPage::selectedFunction() const
{
    if (!m_result || !m_resultSnapshot)
        return nullptr;
    const QModelIndex current = m_functionView->currentIndex();
    if (!current.isValid())
        return nullptr;
    const int v = m_resultSnapshot->indexOf(current.data(ResultTableModel::KeyRole).toString());
    const auto &functions = m_result->functions;
    const auto it = std::find_if(
        functions.begin(), functions.end(), [v](const analysis::FunctionImpact &f) { return f.element == v; });
    return it == functions.end() ? nullptr : &*it;
}

bool ImpactPage::selectFunction(const QString &key)
{
    QAbstractItemModel *model = m_functionView->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ResultTableModel::KeyRole).toString() == key) {
            m_tabs->setCurrentWidget(m_functionView);
            m_functionView->setCurrentIndex(index);
            m_functionView->selectRow(row);
            return true;
        }
    }
    return false;
}

void ImpactPage::updatePath()
{
    const analysis::FunctionImpact *f = selectedFunction();
    m_showPath->setEnabled(f && m_lastOverlay && !f->recoveryPath.elements.empty());
    m_pathLabel->setToolTip(QString());
    if (!f) {
        m_pathLabel->setText(m_result ? tr("Select an affected function to see its recovery path: the chain of "
                                           "dependencies its recovery time comes from.")
                                      : QString());
        return;
    }
    const analysis::GraphSnapshot &s = *m_resultSnapshot;
    const analysis::RecoveryPath &path = f->recoveryPath;
    if (path.elements.empty() || !path.end) {
        m_pathLabel->setText(
            tr("%1 recovers without interruption: nothing it needs is down for any time.").arg(s.key(f->element)));
        return;
    }
    QStringList keys, lines;
    for (const int v : path.elements) {
        keys << s.key(v);
        lines << QStringLiteral("%1  %2").arg(s.key(v), s.name(v));
    }
    const analysis::RecoveryPathEnd &end = *path.end;
    const bool known = end.timeMin != analysis::Propagator::unknownRecovery;
    QString where;
    if (end.kind == analysis::RecoveryPathEnd::Kind::Failover)
        where = known
            ? tr("%1's group '%2' failover %L3 min").arg(s.key(end.element), s.groupName(end.group)).arg(end.timeMin)
            : tr("%1's group '%2' failover, not recorded").arg(s.key(end.element), s.groupName(end.group));
    else
        where = known ? tr("%1's RTO %L2 min").arg(s.key(end.element)).arg(end.timeMin)
                      : tr("%1's RTO, not recorded").arg(s.key(end.element));
    m_pathLabel->setText(tr("Recovery path of %1: %2. Its recovery time comes from %3.")
                             .arg(s.key(f->element), keys.join(QStringLiteral(" \u2192 ")), where));
    m_pathLabel->setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace bulwark::gui
