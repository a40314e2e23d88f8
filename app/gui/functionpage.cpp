// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/functionpage.h"

#include "gui/fitcolumns.h"
#include "gui/icons.h"
#include "gui/snapshotcache.h"
#include "gui/stalenotice.h"
#include "gui/tableexport.h"
#include "gui/theme.h"
#include "model/analysis/failureset.h"
#include "model/analysis/spofanalysis.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <deque>

namespace bulwark::gui {
namespace {

using theme::amber;
using theme::green;
using theme::red;

void tabulate(FunctionPageData &d);

struct Request {
    QString path;
    QString key;
    std::shared_ptr<const analysis::GraphSnapshot> snapshot;
    QList<Scenario> scenarios; ///< by name
    bool pickFirst = false;    ///< no key: show the first critical function (the page is in view)
};

/// Runs on a worker thread. A register that cannot be read or a cancel is an error.
Result<FunctionPageData> compute(const Request &request, Feedback &feedback)
{
    FunctionPageData data;
    auto snapshot = SnapshotCache::cachedOrLoad(request.snapshot, request.path, &feedback);
    if (!snapshot)
        return snapshot.error();
    data.snapshot = *snapshot;
    const analysis::GraphSnapshot &s = *data.snapshot;
    for (int v = 0; v < s.size(); ++v) {
        if (s.isFunction(v))
            data.functions.push_back(v);
    }
    int f = s.indexOf(request.key);
    if (request.key.isEmpty() && request.pickFirst) {
        // Opened from the sidebar with nothing chosen: the first critical function (key order), else the first one.
        const auto critical
            = std::find_if(data.functions.begin(), data.functions.end(), [&s](int v) { return s.isCritical(v); });
        f = critical != data.functions.end() ? *critical : data.functions.empty() ? -1 : data.functions.front();
    }
    if (f < 0 || !s.isFunction(f))
        return data; // the page says so
    data.function = f;

    // Single points of failure: no failure is needed, and the analysis is the command line's (spofcommand.cpp).
    const analysis::SpofAnalysis spofs(s, &feedback);
    if (!spofs.isComplete() || feedback.isCanceled())
        return makeError(Error::Code::Canceled, FunctionPage::tr("The analysis was canceled."));
    data.spofs = spofs.spofsOf(f);

    // What it needs, directly or through other elements: a breadth-first walk along the dependencies.
    std::vector<int> hops(std::size_t(s.size()), -1);
    std::deque<int> queue{f};
    hops[std::size_t(f)] = 0;
    while (!queue.empty()) {
        const int u = queue.front();
        queue.pop_front();
        for (int e = s.outBegin(u); e < s.outEnd(u); ++e) {
            const int t = s.target(e);
            if (hops[std::size_t(t)] >= 0)
                continue;
            hops[std::size_t(t)] = hops[std::size_t(u)] + 1;
            queue.push_back(t);
        }
    }
    for (int v = 0; v < s.size(); ++v) {
        if (v != f && hops[std::size_t(v)] > 0)
            data.needs.push_back({v, hops[std::size_t(v)]});
    }

    // The saved scenarios, each judged as the Dashboard judges them (failureset.h, verdict.h).
    std::vector<std::optional<analysis::ImpactResult>> results;
    for (const Scenario &scenario : request.scenarios) {
        if (feedback.isCanceled())
            return makeError(Error::Code::Canceled, FunctionPage::tr("The analysis was canceled."));
        const auto failed = analysis::FailureSets::resolve(s, analysis::FailureSpec::of(scenario));
        results.push_back(failed ? std::optional(analysis::analyseImpact(s, *failed)) : std::nullopt);
    }
    std::vector<const analysis::ImpactResult *> impacts;
    for (const auto &result : results)
        impacts.push_back(result ? &*result : nullptr);
    const analysis::WorstVerdict worst = analysis::worstVerdicts(s, impacts)[std::size_t(f)];
    data.worst = worst.verdict;
    if (worst.impact >= 0)
        data.worstScenario = request.scenarios[worst.impact].name;
    data.scenarioCount = int(request.scenarios.size());
    for (qsizetype i = 0; i < request.scenarios.size(); ++i) {
        const Scenario &scenario = request.scenarios[i];
        const auto &result = results[std::size_t(i)];
        if (!result) {
            data.scenarios.push_back({scenario.name, scenario.description, std::nullopt, {}});
            continue;
        }
        const auto it = std::find_if(result->functions.begin(),
                                     result->functions.end(),
                                     [f](const analysis::FunctionImpact &impact) { return impact.element == f; });
        if (it != result->functions.end())
            data.scenarios.push_back({scenario.name, scenario.description, *it, analysis::judge(*it)});
    }
    tabulate(data);
    return data;
}

using theme::verdictColour;

QString availabilityText(double fraction)
{
    if (fraction < 0)
        return FunctionPage::tr("not recorded");
    return QLocale().toString(fraction * 100.0, 'g', 6) + QLatin1Char('%');
}

QString toleranceText(int minutes)
{
    return minutes < 0 ? FunctionPage::tr("not recorded") : Vocabulary::minutesText(minutes);
}

/// Builds the tables' rows on the worker: a function of a 100,000-element register may depend on thousands.
void tabulate(FunctionPageData &d)
{
    using Row = ResultTableModel::Row;
    using Cell = ResultTableModel::Cell;
    const analysis::GraphSnapshot &s = *d.snapshot;
    FunctionPageData::Tables &t = d.tables;
    std::vector<Row> spofs;
    for (const int v : d.spofs) {
        spofs.push_back(
            Row{s.key(v), {{s.key(v), {}}, {s.name(v), {}}, {Vocabulary::displayName(s.kind(v)), {}}}, red});
    }
    t.spofs = std::move(spofs);

    std::vector<Row> scenarios;
    for (const auto &hit : d.scenarios) {
        if (!hit.impact) {
            ++t.stale;
            scenarios.push_back(
                Row{hit.name,
                    {{hit.name, {}},
                     {analysis::Verdicts::text(analysis::Verdict::Unknown), int(analysis::Verdict::Unknown)},
                     {FunctionPage::tr("no longer matches the register"), {}},
                     {QString(), -1},
                     {QString(), -1},
                     {hit.description, {}}},
                    amber});
            continue;
        }
        ++t.hits;
        const analysis::FunctionImpact &impact = *hit.impact;
        scenarios.push_back(
            Row{hit.name,
                {{hit.name, {}},
                 {analysis::Verdicts::text(hit.verdict.overall), int(hit.verdict.overall)},
                 {impact.state == analysis::State::Down ? FunctionPage::tr("down") : FunctionPage::tr("degraded"),
                  int(impact.state)},
                 {Vocabulary::minutesText(impact.recoveryMin), impact.recoveryMin},
                 {toleranceText(impact.toleranceMin), impact.toleranceMin},
                 {hit.description, {}}},
                verdictColour(hit.verdict.overall)});
    }
    t.scenarios = std::move(scenarios);

    std::vector<bool> isSpof(std::size_t(s.size()), false);
    for (const int v : d.spofs)
        isSpof[std::size_t(v)] = true;
    std::vector<Row> providers, locations, needs;
    for (const auto &[v, hops] : d.needs) {
        const bool spof = isSpof[std::size_t(v)];
        const Cell single{spof ? FunctionPage::tr("yes") : QString(), spof ? 1 : 0};
        const QColor colour = spof ? red : QColor();
        if (s.kind(v) == ElementKind::Provider) {
            ++t.providerCount;
            providers.push_back(
                Row{s.key(v), {{s.key(v), {}}, {s.name(v), {}}, {QString::number(hops), hops}, single}, colour});
        } else if (s.kind(v) == ElementKind::Location) {
            ++t.locationCount;
            locations.push_back(
                Row{s.key(v),
                    {{s.key(v), {}}, {s.name(v), {}}, {s.country(v), {}}, {QString::number(hops), hops}, single},
                    colour});
        }
        needs.push_back(Row{s.key(v),
                            {{Vocabulary::displayName(s.kind(v)), int(s.kind(v))},
                             {s.key(v), {}},
                             {s.name(v), {}},
                             {QString::number(hops), hops},
                             single},
                            colour});
    }
    t.providers = std::move(providers);
    t.locations = std::move(locations);
    t.needs = std::move(needs);
}

QWidget *card(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

FunctionPage::FunctionPage(SnapshotCache *cache, QWidget *parent)
    : QWidget(parent),
      m_cache(cache),
      m_job(new BackgroundJob<FunctionPageData>(this)),
      m_spofModel(new ResultTableModel({tr("Element"), tr("Name"), tr("Kind")}, this)),
      m_scenarioModel(new ResultTableModel(
          {tr("Scenario"), tr("Result"), tr("Effect"), tr("Recovery"), tr("MTPD"), tr("Description")}, this)),
      m_providerModel(new ResultTableModel({tr("Provider"), tr("Name"), tr("Steps"), tr("SPOF")}, this)),
      m_locationModel(new ResultTableModel({tr("Location"), tr("Name"), tr("Country"), tr("Steps"), tr("SPOF")}, this)),
      m_needsModel(new ResultTableModel({tr("Kind"), tr("Element"), tr("Name"), tr("Steps"), tr("SPOF")}, this))
{
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("functionChooser"));
    m_chooser->setMinimumContentsLength(28);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setToolTip(tr("The business function this page shows"));
    m_showOnMap = new QPushButton(icon("map"), tr("Show on &Map"), this);
    m_showOnMap->setObjectName(QStringLiteral("functionShowOnMap"));
    m_showOnMap->setToolTip(tr("The dependency map around this function"));
    m_showOnMap->setEnabled(false);
    top->addWidget(new QLabel(tr("Business function:"), this));
    top->addWidget(m_chooser);
    top->addStretch(1);
    top->addWidget(m_showOnMap);
    outer->addLayout(top);

    m_title
        = new QLabel(tr("Choose a business function, or open one from the Dashboard, Register or Impact page."), this);
    m_title->setObjectName(QStringLiteral("functionTitle"));
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_title->setFont(font);
    m_tolerances = new QLabel(this);
    m_tolerances->setObjectName(QStringLiteral("functionTolerances"));
    m_tolerances->setWordWrap(true);
    m_tolerances->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("functionSummary"));
    m_summary->setWordWrap(true);
    outer->addWidget(m_title);
    outer->addWidget(m_tolerances);
    outer->addWidget(m_summary);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto *spofs = ResultTableModel::createView(m_spofModel, content);
    auto *scenarios = ResultTableModel::createView(m_scenarioModel, content);
    // The scenario's description is on the Dashboard and the Impact page; here the column would need a horizontal
    // scrollbar at 1280x720 (issue 12), so it is hidden here.
    scenarios->setColumnHidden(5, true);
    auto *providers = ResultTableModel::createView(m_providerModel, content);
    auto *locations = ResultTableModel::createView(m_locationModel, content);
    auto *needs = ResultTableModel::createView(m_needsModel, content);
    spofs->setObjectName(QStringLiteral("functionSpofs"));
    scenarios->setObjectName(QStringLiteral("functionScenarios"));
    spofs->sortByColumn(0, Qt::AscendingOrder); // by key, as `bulwark spof` lists them
    scenarios->sortByColumn(1, Qt::AscendingOrder);
    providers->sortByColumn(2, Qt::AscendingOrder);
    locations->sortByColumn(3, Qt::AscendingOrder);
    needs->sortByColumn(0, Qt::AscendingOrder);
    spofs->setToolTip(tr("Elements whose failure alone stops this function; no failure has to be run to know them"));
    grid->addWidget(card(tr("Single points of failure"), spofs, content), 0, 0);
    grid->addWidget(card(tr("Saved scenarios that hit it"), scenarios, content), 0, 1);
    grid->addWidget(card(tr("Providers it depends on"), providers, content), 1, 0);
    grid->addWidget(card(tr("Locations it depends on"), locations, content), 1, 1);
    grid->addWidget(card(tr("Everything it depends on, by kind"), needs, content), 2, 0, 1, 2);
    // The right-hand tables have more columns: they get a little more of the width.
    grid->setColumnStretch(0, 9);
    grid->setColumnStretch(1, 11);
    for (QTableView *view : {spofs, scenarios, providers, locations, needs})
        view->setMinimumHeight(170);
    installResultTableActions(spofs, QStringLiteral("function-spofs"));
    installResultTableActions(scenarios, QStringLiteral("function-scenarios"));
    installResultTableActions(providers, QStringLiteral("function-providers"));
    installResultTableActions(locations, QStringLiteral("function-locations"));
    installResultTableActions(needs, QStringLiteral("function-dependencies"));
    for (QTableView *view : {spofs, providers, locations, needs}) {
        connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
            Q_EMIT showElement(index.data(ResultTableModel::KeyRole).toString());
        });
    }
    connect(scenarios, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT runScenario(index.data(ResultTableModel::KeyRole).toString());
    });
    connect(m_chooser, &QComboBox::activated, this, [this](int index) {
        showFunction(m_chooser->itemData(index).toString());
    });
    connect(m_showOnMap, &QPushButton::clicked, this, [this] {
        if (!m_key.isEmpty())
            Q_EMIT showOnMapRequested(m_key);
    });
}

FunctionPage::~FunctionPage() = default; // the job cancels and waits for its worker

void FunctionPage::setService(RegisterService *service)
{
    m_refreshOnShow = false;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service) {
        connect(service, &RegisterService::changed, this, &FunctionPage::registerChanged);
    } else {
        m_job->discard();
        m_key.clear();
        clear(tr("Open a register to see its business functions."));
        m_chooser->clear();
    }
    registerChanged(); // now, or when shown
}

void FunctionPage::registerChanged()
{
    if (isHiddenInShownWindow(this)) { // computed when shown again (see isHiddenInShownWindow)
        m_job->discard();
        m_refreshOnShow = true;
        return;
    }
    refresh();
}

bool FunctionPage::isRefreshing() const
{
    return m_job->isRunning();
}

void FunctionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Changed while hidden (the refresh waited for the page to be shown), or opened from the sidebar without a
    // function: then the first critical function.
    if (std::exchange(m_refreshOnShow, false) || m_key.isEmpty())
        refresh();
}

void FunctionPage::showFunction(const QString &key)
{
    m_key = key;
    refresh();
}

void FunctionPage::refresh()
{
    if (!m_service)
        return;
    // A page out of view with no function chosen lists the functions only (no SPOF analysis on every change).
    Request request{
        m_service->path(), m_key, m_cache->snapshot(), m_service->scenarios().values(), m_key.isEmpty() && isVisible()};
    std::sort(request.scenarios.begin(), request.scenarios.end(), [](const Scenario &a, const Scenario &b) {
        return a.name < b.name;
    });
    const quint64 generation = m_cache->generation();
    m_job->run([request](Feedback &feedback) { return compute(request, feedback); },
               [this, generation](const Result<FunctionPageData> &result) { refreshFinished(result, generation); });
}

void FunctionPage::refreshFinished(const Result<FunctionPageData> &delivered, quint64 generation)
{
    if (!delivered) {
        if (delivered.error().code != Error::Code::Canceled)
            clear(delivered.error().message);
        Q_EMIT refreshed(false);
        return;
    }
    m_cache->offer(delivered->snapshot, generation);
    present(*delivered);
    Q_EMIT refreshed(true);
}

void FunctionPage::clear(const QString &message)
{
    m_title->setText(message);
    m_tolerances->clear();
    m_summary->clear();
    m_showOnMap->setEnabled(false);
    for (ResultTableModel *model : {m_spofModel, m_scenarioModel, m_providerModel, m_locationModel, m_needsModel})
        model->setRows({});
}

void FunctionPage::present(const FunctionPageData &d)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    if (m_key.isEmpty() && d.function >= 0)
        m_key = s.key(d.function); // the first critical function, chosen for a page opened with none

    {
        const QSignalBlocker blocker(m_chooser);
        m_chooser->clear();
        for (const int v : d.functions)
            m_chooser->addItem(QStringLiteral("%1  %2").arg(s.key(v), s.name(v)), s.key(v));
        m_chooser->setCurrentIndex(m_chooser->findData(m_key));
    }
    if (d.function < 0) {
        clear(m_key.isEmpty() ? tr("Choose a business function, or open one from the Dashboard, Register or Impact "
                                   "page.")
                              : tr("'%1' is not a business function of this register.").arg(m_key));
        return;
    }
    const int f = d.function;
    m_showOnMap->setEnabled(true);
    m_title->setText(QStringLiteral("%1  %2").arg(s.key(f), s.name(f))
                     + (s.isCritical(f) ? tr("  (critical or important)") : QString()));
    m_tolerances->setText(tr("RTO %1 · RPO %2 · max. tolerable downtime (MTPD) %3 · max. tolerable data loss %4 · "
                             "availability target %5")
                              .arg(toleranceText(s.rtoMin(f)),
                                   toleranceText(s.rpoMin(f)),
                                   toleranceText(s.mtdMin(f)),
                                   toleranceText(s.mtdlMin(f)),
                                   availabilityText(s.availability(f))));

    const FunctionPageData::Tables &t = d.tables;
    m_spofModel->setRows(t.spofs);
    m_scenarioModel->setRows(t.scenarios);
    m_providerModel->setRows(t.providers);
    m_locationModel->setRows(t.locations);
    m_needsModel->setRows(t.needs);
    // The four tables side by side share half the page each: at 1280x720 their columns must fit without a
    // horizontal scrollbar (issue 12), so names are cut at 170 pixels and other columns at 95 (full text in the
    // tooltip); the table of everything it needs spans the page.
    for (QTableView *view : findChildren<QTableView *>()) {
        const bool wide = view->model() == m_needsModel;
        if (!wide)
            view->setProperty(maxColumnWidthProperty, 95);
        fitColumns(view, wide ? 240 : 170);
    }

    QString summary = d.spofs.empty() ? tr("No single point of failure.")
                                      : tr("%Ln single point(s) of failure.", nullptr, int(d.spofs.size()));
    summary += QLatin1Char(' ');
    if (d.scenarioCount == 0)
        summary += tr("There are no saved scenarios.");
    else if (t.hits == 0)
        summary += tr("None of the %Ln saved scenario(s) hits it.", nullptr, d.scenarioCount);
    else
        summary
            += tr("%L1 of the %Ln saved scenario(s) hit it; the worst result is \"%2\" (%3).", nullptr, d.scenarioCount)
                   .arg(t.hits)
                   .arg(analysis::Verdicts::text(d.worst), d.worstScenario);
    if (t.stale > 0)
        summary += QLatin1Char(' ') + tr("%Ln no longer match(es) the register.", nullptr, t.stale);
    summary += QLatin1Char(' ')
        + tr("It depends on %Ln element(s), among them %1 and %2.", nullptr, int(d.needs.size()))
              .arg(tr("%Ln provider(s)", nullptr, t.providerCount), tr("%Ln location(s)", nullptr, t.locationCount));
    m_summary->setText(summary);
}

QAction *addOpenFunctionPageAction(QTableView *view,
                                   std::function<QString()> currentKey,
                                   std::function<void(const QString &)> open)
{
    auto *action = new QAction(FunctionPage::tr("Open &Function Page"), view);
    action->setObjectName(QStringLiteral("openFunctionPage"));
    action->setStatusTip(FunctionPage::tr("The function's single points of failure, scenarios, tolerances and "
                                          "providers on one page"));
    QObject::connect(action, &QAction::triggered, view, [currentKey = std::move(currentKey), open = std::move(open)] {
        const QString key = currentKey();
        if (!key.isEmpty())
            open(key);
    });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return action;
}

} // namespace bulwark::gui
