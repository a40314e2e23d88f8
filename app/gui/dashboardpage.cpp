// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboardpage.h"

#include "gui/backgroundjob.h"
#include "gui/chartwidget.h"
#include "gui/fitcolumns.h"
#include "gui/functionpage.h"
#include "gui/icons.h"
#include "gui/models/requirementtreemodel.h"
#include "gui/models/resulttablemodel.h"
#include "gui/roipage.h"
#include "gui/snapshotcache.h"
#include "gui/stalenotice.h"
#include "gui/tableexport.h"
#include "gui/theme.h"
#include "model/analysis/components.h"
#include "model/analysis/failureset.h"
#include "model/analysis/spofanalysis.h"
#include "model/analysis/verdict.h"
#include "model/assessment/summary.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"
#include "model/roi/records.h"
#include "reports/charts/chartpainter.h"
#include "reports/resiliencetables.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bulwark::gui {
namespace {

using theme::amber;
using theme::green;
using theme::red;

void tabulate(DashboardData &d);

/// What a refresh needs: the cached snapshot (null: read the file) and the saved scenarios.
struct Request {
    QString path;
    std::shared_ptr<const analysis::GraphSnapshot> snapshot;
    QList<Scenario> scenarios;
    bool arrangements = false; ///< the register records contractual arrangements (else there are no supply chains)
};

/// Runs on a worker thread. A register that cannot be read or a cancel is an error (Canceled for a cancel). The
/// analyses and the tables are the reports' (reports::ResilienceData, reports::ResilienceTables), so the audit report
/// prints the numbers shown here.
Result<DashboardData> compute(const Request &request, Feedback &feedback)
{
    auto snapshot = SnapshotCache::cachedOrLoad(request.snapshot, request.path, &feedback);
    if (!snapshot)
        return snapshot.error();
    auto computed = reports::ResilienceData::compute(*snapshot, request.scenarios, &feedback);
    if (!computed)
        return computed.error();
    DashboardData data;
    static_cast<reports::ResilienceData &>(data) = std::move(*computed);
    tabulate(data);
    // The supply chains are the register of information's (issue 18): built as its page builds it by default.
    if (request.arrangements) {
        roi::BuildOptions options;
        options.referenceDate = RoiPage::defaultReferenceDate();
        options.reportingDate = QDate::currentDate();
        PartFeedback cancelOnly(&feedback, 100, 0); // the analyses reported 100 already
        auto built = RoiPage::build(request.path, options, cancelOnly);
        if (!built && built.error().code == Error::Code::Canceled)
            return built.error();
        if (built) // else the figure is not known; the rest of the dashboard stands
            data.subcontractors = roi::subcontractors(built->report);
    }
    return data;
}

/// Builds the tables' rows on the worker thread (at 100,000 elements there are thousands of rows) with the shared
/// table builders.
void tabulate(DashboardData &d)
{
    using reports::ResilienceTables;
    const reports::ResilienceData &r = d;
    DashboardData::Tables &t = d.tables;
    const QLocale locale;
    const int maxRows = DashboardData::Tables::maxRows;
    t.functions = ResultTableModel::rowsOf(ResilienceTables::criticalFunctions(r, locale));
    t.spofCount = int(r.spofRanking.size());
    t.spofs = ResultTableModel::rowsOf(ResilienceTables::spofs(r, locale, maxRows));
    t.providers = ResultTableModel::rowsOf(ResilienceTables::providers(r, locale));
    t.locations = ResultTableModel::rowsOf(ResilienceTables::locations(r, locale));
    t.scenarios = ResultTableModel::rowsOf(ResilienceTables::scenarios(r, locale));
    t.cycles = ResultTableModel::rowsOf(ResilienceTables::cycles(r, locale, maxRows));
    t.spofChart = ResilienceTables::spofSplit(r, locale);
    t.verdictChart = ResilienceTables::worstResults(r, locale);
    t.providerChart = ResilienceTables::providerConcentration(r, locale);
}

} // namespace

DashboardPage::DashboardPage(SnapshotCache *cache, QWidget *parent)
    : QWidget(parent),
      m_cache(cache),
      m_job(new BackgroundJob<DashboardData>(this)),
      m_functionModel(new ResultTableModel({tr("Critical function"),
                                            tr("Name"),
                                            tr("SPOFs"),
                                            tr("Worst scenario"),
                                            tr("Result"),
                                            tr("Recovery / MTD"),
                                            tr("Data loss / MTDL")},
                                           this)),
      m_spofModel(new ResultTableModel({tr("Element"), tr("Stops"), tr("Name")}, this)),
      m_providerModel(
          new ResultTableModel({tr("Provider"), tr("Name"), tr("Critical functions"), tr("ICT services")}, this)),
      m_locationModel(
          new ResultTableModel({tr("Location"), tr("Name"), tr("Country"), tr("Critical functions")}, this)),
      m_scenarioModel(new ResultTableModel(
          {tr("Scenario"), tr("Beyond tolerance"), tr("Unknown"), tr("Functions down"), tr("Description")}, this)),
      m_cycleModel(new ResultTableModel({tr("Elements that depend on each other")}, this))
{
    auto *outer = new QVBoxLayout(this);
    m_headline = new QLabel(tr("Open a register to see its state."), this);
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    m_headline->setWordWrap(true);
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_headline->setFont(font);
    outer->addWidget(m_headline);
    m_stale = new StaleNotice(this);
    connect(m_stale, &StaleNotice::runAgainRequested, this, &DashboardPage::refresh);
    outer->addWidget(m_stale);
    // The latest assessment at a glance (issue 13): its score and the open findings, a click away from the page.
    m_assessmentTile = new QCommandLinkButton(this);
    m_assessmentTile->setObjectName(QStringLiteral("dashboardAssessmentTile"));
    m_assessmentTile->setIcon(icon("assessment"));
    m_assessmentTile->hide();
    connect(m_assessmentTile, &QCommandLinkButton::clicked, this, &DashboardPage::assessmentRequested);
    outer->addWidget(m_assessmentTile);

    // An empty register: the three ways in, instead of empty charts (issue 12).
    m_greeting = new QWidget(this);
    m_greeting->setObjectName(QStringLiteral("dashboardGreeting"));
    auto *greetingLayout = new QVBoxLayout(m_greeting);
    greetingLayout->addStretch(1);
    auto *welcome = new QLabel(tr("<h2>This register is empty</h2><p>Start with what the organisation does, bring in "
                                  "a register you keep elsewhere, or look around in an example bank first.</p>"),
                               m_greeting);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    greetingLayout->addWidget(welcome);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    for (const char *name : {"greetAddFunction", "greetImport", "greetDemo"}) {
        auto *button = new QPushButton(m_greeting);
        button->setObjectName(QString::fromLatin1(name));
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        button->setEnabled(false);
        buttonRow->addWidget(button);
        m_greetingButtons.append(button);
    }
    buttonRow->addStretch(1);
    greetingLayout->addLayout(buttonRow);
    greetingLayout->addStretch(2);
    m_greeting->hide();
    outer->addWidget(m_greeting, 1);

    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    // The charts: reports' chart painters (the same as a report's figures) in the palette's colours (issue 14).
    m_kindChart = new ChartWidget(content);
    m_kindChart->setObjectName(QStringLiteral("dashboardKindChart"));
    // Critical functions: with and without a single point of failure, and their worst result in the saved scenarios.
    auto *functionCharts = new QWidget(content);
    auto *functionChartsLayout = new QVBoxLayout(functionCharts);
    functionChartsLayout->setContentsMargins(0, 0, 0, 0);
    functionChartsLayout->setSpacing(0);
    m_spofChart = new ChartWidget(functionCharts);
    m_spofChart->setObjectName(QStringLiteral("dashboardSpofChart"));
    m_spofChart->setClickable(false);
    m_verdictChart = new ChartWidget(functionCharts);
    m_verdictChart->setObjectName(QStringLiteral("dashboardVerdictChart"));
    m_verdictChart->setClickable(false);
    for (ChartWidget *chart : {m_spofChart, m_verdictChart}) {
        chart->setMinimumHeight(110);
        functionChartsLayout->addWidget(chart);
    }
    m_providerChart = new ChartWidget(content);
    m_providerChart->setObjectName(QStringLiteral("dashboardProviderChart"));
    for (ChartWidget *chart : {m_kindChart, m_providerChart})
        chart->setMinimumHeight(220);
    // Fourth-party concentration under the provider chart (issue 18).
    auto *providerCard = new QWidget(content);
    auto *providerCardLayout = new QVBoxLayout(providerCard);
    providerCardLayout->setContentsMargins(0, 0, 0, 0);
    m_providerChart->setParent(providerCard);
    providerCardLayout->addWidget(m_providerChart, 1);
    m_subcontractorFigure = new QLabel(providerCard);
    m_subcontractorFigure->setObjectName(QStringLiteral("dashboardSubcontractorFigure"));
    m_subcontractorFigure->setWordWrap(true);
    m_subcontractorFigure->setTextFormat(Qt::RichText);
    providerCardLayout->addWidget(m_subcontractorFigure);
    connect(m_kindChart, &ChartWidget::clicked, this, &DashboardPage::showKind);
    connect(m_providerChart, &ChartWidget::clicked, this, [this](int index) {
        if (index >= 0 && index < m_providerKeys.size())
            Q_EMIT showElement(m_providerKeys.at(index));
    });
    auto *functions = ResultTableModel::createView(m_functionModel, content);
    auto *spofs = ResultTableModel::createView(m_spofModel, content);
    auto *providers = ResultTableModel::createView(m_providerModel, content);
    auto *locations = ResultTableModel::createView(m_locationModel, content);
    auto *scenarios = ResultTableModel::createView(m_scenarioModel, content);
    auto *cycles = ResultTableModel::createView(m_cycleModel, content);
    functions->sortByColumn(4, Qt::AscendingOrder);
    spofs->sortByColumn(1, Qt::DescendingOrder);
    spofs->setToolTip(tr("Stops: how many critical or important functions this element stops on its own"));
    providers->sortByColumn(2, Qt::DescendingOrder);
    locations->sortByColumn(3, Qt::DescendingOrder);

    grid->addWidget(card(tr("Register"), m_kindChart), 0, 0);
    grid->addWidget(card(tr("Critical or important functions"), functionCharts), 0, 1);
    grid->addWidget(card(tr("Provider concentration"), providerCard), 0, 2);
    grid->addWidget(card(tr("Critical functions: single points of failure and scenarios"), functions), 1, 0, 1, 2);
    grid->addWidget(card(tr("What to fix first: single points of failure"), spofs), 1, 2);
    grid->addWidget(card(tr("Saved scenarios"), scenarios), 2, 0, 1, 2);
    grid->addWidget(card(tr("Circular dependencies"), cycles), 2, 2);
    grid->addWidget(card(tr("Providers"), providers), 3, 0, 1, 2);
    grid->addWidget(card(tr("Locations"), locations), 3, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    for (QTableView *view : {functions, spofs, providers, locations, scenarios, cycles})
        view->setMinimumHeight(180);
    installResultTableActions(functions, QStringLiteral("critical-functions"));
    installResultTableActions(spofs, QStringLiteral("what-to-fix-first"));
    installResultTableActions(scenarios, QStringLiteral("saved-scenarios"));
    installResultTableActions(cycles, QStringLiteral("circular-dependencies"));
    installResultTableActions(providers, QStringLiteral("providers"));
    installResultTableActions(locations, QStringLiteral("locations"));

    for (QTableView *view : {functions, spofs, providers, locations}) {
        connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
            Q_EMIT showElement(index.data(ResultTableModel::KeyRole).toString());
        });
    }
    for (QTableView *view : {functions}) {
        addOpenFunctionPageAction(
            view,
            [view] { return view->currentIndex().data(ResultTableModel::KeyRole).toString(); },
            [this](const QString &key) { Q_EMIT functionPageRequested(key); });
    }
    connect(scenarios, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT runScenario(index.data(ResultTableModel::KeyRole).toString());
    });
}

DashboardPage::~DashboardPage() = default; // the job cancels and waits for its worker

void DashboardPage::presentSubcontractors(const DashboardData &d)
{
    if (!d.subcontractors) {
        m_subcontractorFigure->setText(tr("Sub-contractor concentration: <b>not known</b>"));
        m_subcontractorFigure->setToolTip(
            tr("The supply chains come from the register of information: record the contractual arrangements with "
               "your ICT third-party providers, and the providers their providers depend on, to see it."));
        return;
    }
    const int count = roi::subcontractorConcentrationCount(*d.subcontractors);
    m_subcontractorFigure->setText(tr("Sub-contractor concentration: <b>%L1</b><br><small>sub-contractors in the "
                                      "supply chains of two or more direct providers</small>")
                                       .arg(count));
    QStringList lines;
    for (const roi::Subcontractor &s : *d.subcontractors) {
        if (s.isConcentration())
            lines << tr("%1: under %2").arg(s.name.toHtmlEscaped(), s.names.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_subcontractorFigure->setToolTip(
        lines.isEmpty() ? tr("No sub-contractor is in the supply chains of two or more of your direct providers.")
                        : tr("<p>A failure of one of these reaches you through more than one provider:</p>")
                + QStringLiteral("<ul><li>") + lines.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>"));
}

QWidget *DashboardPage::card(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, content->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

void DashboardPage::setGreetingActions(QAction *addFunction, QAction *import, QAction *openDemo)
{
    const QList<QAction *> actions{addFunction, import, openDemo};
    for (int i = 0; i < actions.size(); ++i) {
        QPushButton *button = m_greetingButtons[i];
        QAction *action = actions[i];
        button->setText(action->text());
        button->setIcon(action->icon());
        button->setToolTip(action->statusTip());
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    }
}

void DashboardPage::updateAssessmentTile()
{
    using namespace assessment;
    m_assessmentTile->setVisible(m_service && m_service->elementCount() > 0);
    if (!m_service)
        return;
    const auto latest = latestAssessment(m_service->records(assessmentType()));
    if (!latest) {
        m_assessmentTile->setText(tr("No assessment recorded yet"));
        m_assessmentTile->setDescription(
            tr("Run the DORA checks on the Assessment page and save them as an assessment."));
        return;
    }
    // Scored by the model (the scoring rule), not here.
    const AssessmentSummary summary = summarise(CatalogueLoader::dora(),
                                                latest->key,
                                                m_service->records(requirementResultType()),
                                                m_service->records(findingType()));
    // Whether a sign-off still holds, as the model reads it from the audit trail.
    const auto results = m_service->records(requirementResultType());
    auto signOff = [&](const Assessment &a) { return signOffLapse(m_service->database(), a, results); };
    QString status = displayName(latest->status);
    if (latest->status == AssessmentStatus::Approved) {
        const auto lapse = signOff(*latest);
        if (lapse && !lapse->unverified.isEmpty())
            status = tr("approved, sign-off unverified");
        else if (lapse && lapse->lapsed)
            status = tr("approved, sign-off LAPSED");
    }
    m_assessmentTile->setText(tr("Assessment %1 (%2): score %3")
                                  .arg(latest->key, status, RequirementTreeModel::scoreText(summary.score.overall)));
    QString description
        = tr("%1. %Ln open finding(s) in the register.", nullptr, summary.openFindings).arg(latest->title);
    // The latest sign-off, when the latest assessment is not approved yet: whether it still holds.
    const auto approved = latestAssessment(m_service->records(assessmentType()), true);
    if (approved && approved->key != latest->key) {
        const auto lapse = signOff(*approved);
        const QString state = !lapse       ? QString()
            : !lapse->unverified.isEmpty() ? tr("not verifiable in this register")
            : lapse->lapsed ? tr("LAPSED: the map changed %Ln time(s) since", nullptr, int(lapse->changes.size()))
                            : tr("valid");
        description += u' '
            + tr("Last sign-off: %1, approved by %2 on %3; %4.")
                  .arg(approved->key,
                       approved->approvedBy,
                       QLocale().toString(approved->approvedAt, QLocale::ShortFormat),
                       state);
    }
    m_assessmentTile->setDescription(description);
}

void DashboardPage::updateGreeting()
{
    const bool empty = m_service && m_service->elementCount() == 0;
    m_greeting->setVisible(empty);
    m_scroll->setVisible(!empty);
    updateAssessmentTile();
    if (empty)
        m_headline->setText(tr("Welcome to Bulwark."));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_refreshOnShow, false))
        refresh();
}

void DashboardPage::setService(RegisterService *service)
{
    m_refreshOnShow = false;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_stale->setComputedFrom(std::nullopt, m_cache->generation());
    if (service) {
        connect(service, &RegisterService::changed, this, [this] {
            // The numbers shown were computed from the register before this change: said until the new ones are in.
            m_stale->setCurrentVersion(m_cache->generation());
            // Hidden behind another page of the window: computed when shown again, not after every edit (a full
            // snapshot read of a large register per change competes with the GUI thread for the cores).
            if (isHiddenInShownWindow(this)) {
                m_job->discard();
                m_refreshOnShow = true;
                return;
            }
            refresh();
        });
    } else {
        m_job->discard(); // that register is gone
    }
    if (service && isHiddenInShownWindow(this)) { // computed when shown (see isHiddenInShownWindow)
        m_job->discard();
        m_refreshOnShow = true;
        updateGreeting();
        return;
    }
    refresh(); // replaces a refresh of the register before
}

bool DashboardPage::isRefreshing() const
{
    return m_job->isRunning();
}

void DashboardPage::refresh()
{
    updateGreeting();
    if (!m_service)
        return;
    // A newer refresh replaces the one running (the register changed again): only the latest is shown.
    if (!m_stale->isStale())
        m_headline->setText(tr("Analysing the register..."));
    Request request{m_service->path(),
                    m_cache->snapshot(),
                    m_service->scenarios().values(),
                    !m_service->records(roi::arrangementType()).isEmpty()};
    std::sort(request.scenarios.begin(), request.scenarios.end(), [](const Scenario &a, const Scenario &b) {
        return a.name < b.name;
    });
    const quint64 generation = m_cache->generation();
    m_job->run([request](Feedback &feedback) { return compute(request, feedback); },
               [this, generation](const Result<DashboardData> &result) { refreshFinished(result, generation); });
}

void DashboardPage::refreshFinished(const Result<DashboardData> &delivered, quint64 generation)
{
    if (!delivered) {
        if (delivered.error().code != Error::Code::Canceled)
            m_headline->setText(delivered.error().message);
        Q_EMIT refreshed(false);
        return;
    }
    const DashboardData &result = *delivered;
    m_cache->offer(result.snapshot, generation); // refused if the register changed meanwhile
    present(result);
    m_stale->setComputedFrom(generation, m_cache->generation());
    updateGreeting();
    Q_EMIT refreshed(true);
}

void DashboardPage::present(const DashboardData &d)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    const QLocale locale;

    // Elements by kind, one bar per kind in the kinds' order (a click shows the kind: bar i is kind i).
    {
        reports::BarChart chart;
        for (int k = 0; k < elementKindCount; ++k) {
            const int count = d.countByKind[std::size_t(k)];
            chart.bars.push_back(reports::ChartBar{
                Vocabulary::pluralName(ElementKind(k)),
                double(count),
                locale.toString(count),
                reports::Tone::Neutral,
                {},
                tr("%1: %L2 (click to list them)").arg(Vocabulary::pluralName(ElementKind(k))).arg(count)});
        }
        m_kindChart->setChart(std::make_shared<reports::BarChartPainter>(std::move(chart)));
    }

    const DashboardData::Tables &t = d.tables;
    const int withSpof = d.withSpof;
    const auto withPairs = std::count_if(
        d.criticalPairs.begin(), d.criticalPairs.end(), [](const analysis::FailurePairs &p) { return p.count > 0; });
    m_functionModel->setRows(t.functions);
    m_spofChart->setChart(std::make_shared<reports::SplitChartPainter>(t.spofChart));
    m_verdictChart->setChart(std::make_shared<reports::SplitChartPainter>(t.verdictChart));

    m_spofModel->setRows(t.spofs);

    m_providerModel->setRows(t.providers);
    m_locationModel->setRows(t.locations);
    // The six providers most critical functions rest on, largest share first, against the model's warning and alarm
    // levels (the same as the tables' row colours); a click shows the provider.
    m_providerKeys.clear();
    for (const reports::ChartBar &bar : t.providerChart.bars)
        m_providerKeys << bar.label;
    m_providerChart->setChart(std::make_shared<reports::BarChartPainter>(t.providerChart));

    m_scenarioModel->setRows(t.scenarios);
    m_cycleModel->setRows(t.cycles);
    presentSubcontractors(d);
    for (QTableView *view : findChildren<QTableView *>())
        fitColumns(view, 240);

    // What the saved scenarios say, unknown counted; without saved scenarios nothing is said about tolerance.
    const QString scenarios = d.scenarios.empty()
        ? tr("There are no saved scenarios, so nothing is known about tolerance yet: save one on the Impact page or "
             "with 'bulwark scenario save'.")
        : tr("In the %Ln saved scenario(s), %1 would be beyond tolerance in at least one, and %L2 unknown (a "
             "recovery time, RPO or tolerance not recorded).",
             nullptr,
             int(d.scenarios.size()))
              .arg(tr("%Ln critical or important function(s)", nullptr, d.worstCounts.breach))
              .arg(d.worstCounts.unknown);
    // Counts as people write them: plural forms, the locale's group separators (issue 12).
    m_headline->setText(
        tr("%Ln element(s).", nullptr, int(s.size())) + QLatin1Char(' ')
        + tr("%L1 of %L2 critical or important functions have a single point of failure.")
              .arg(withSpof)
              .arg(d.criticalFunctions.size())
        + QLatin1Char(' ')
        + tr("False redundancy: %L1 of %Ln redundancy group(s) can be broken by a single element "
             "outside them.",
             nullptr,
             int(d.redundancy.size()))
              .arg(d.falseRedundancies)
        + QLatin1Char(' ')
        + tr("%Ln critical or important function(s) can be stopped by a double failure.", nullptr, int(withPairs))
        + QLatin1Char(' ') + scenarios + QLatin1Char(' ')
        + tr("%Ln circular dependency(ies).", nullptr, int(d.cycles.size())));
    m_headline->setToolTip(
        tr("False redundancy: a redundancy group (elements that stand in for each other) that a single element "
           "outside it, such as a shared storage array, facility, provider or region, takes below its quorum on its "
           "own. A double failure: two elements, neither a single point of failure, whose failure together stops a "
           "critical or important function. 'bulwark redundancy' and 'bulwark spof --pairs' list them."));
    if (t.spofCount > DashboardData::Tables::maxRows || int(d.cycles.size()) > DashboardData::Tables::maxRows)
        m_headline->setText(m_headline->text() + QLatin1Char(' ')
                            + tr("The tables show the first %L1 of each list; the Impact page and the command line "
                                 "list them all.")
                                  .arg(DashboardData::Tables::maxRows));
}

} // namespace bulwark::gui
