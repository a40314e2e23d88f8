// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "analysis/components.h"
#include "analysis/spofanalysis.h"
#include "fitcolumns.h"
#include "models/resulttablemodel.h"
#include "promisefeedback.h"
#include "register/registerservice.h"
#include "register/vocabulary.h"
#include "snapshotcache.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <algorithm>

namespace bulwark::gui {
namespace {

const QColor red(0xc0, 0x39, 0x2b);
const QColor amber(0xd9, 0x8c, 0x00);
const QColor green(0x2e, 0x8b, 0x57);
const QColor blue(0x2d, 0x4f, 0x7c);

void tabulate(DashboardData &d);

void compute(QPromise<DashboardData> &promise, const QString &path, const QList<Scenario> &scenarios)
{
    promise.setProgressRange(0, 100);
    PromiseFeedback<DashboardData> feedback(promise);
    DashboardData data;
    const auto done = [&] { promise.addResult(std::move(data)); };
    auto snapshot = SnapshotCache::load(path, &feedback);
    if (!snapshot) {
        data.error = snapshot.error();
        return done();
    }
    data.snapshot = *snapshot;
    const analysis::GraphSnapshot &s = **snapshot;
    data.countByKind.assign(elementKindCount, 0);
    for (int v = 0; v < s.size(); ++v) {
        ++data.countByKind[std::size_t(s.kind(v))];
        if (s.isCritical(v))
            data.criticalFunctions.push_back(v);
    }
    const analysis::SpofAnalysis spofs(s, &feedback);
    if (!spofs.isComplete()) {
        data.error = makeError(Error::Code::Canceled, DashboardPage::tr("The analysis was canceled."));
        return done();
    }
    for (const int f : data.criticalFunctions)
        data.spofsOfCritical.push_back(spofs.spofsOf(f));
    data.cycles = analysis::findCycles(s);
    data.concentration = analysis::analyseConcentration(s);
    for (const Scenario &scenario : scenarios) {
        DashboardData::ScenarioRun run{scenario.name, scenario.description, std::nullopt};
        QStringList unknown;
        const auto failed = s.failureSet(scenario.fail, scenario.region, scenario.country, scenario.tag, &unknown);
        if (unknown.isEmpty() && !failed.empty())
            run.result = analysis::analyseImpact(s, failed);
        data.scenarios.push_back(std::move(run));
    }
    tabulate(data);
    data.ok = true;
    done();
}

/// Builds the tables' rows from the analyses, on the worker thread: at 100,000 elements there are thousands of rows.
void tabulate(DashboardData &d)
{
    using Row = ResultTableModel::Row;
    const analysis::GraphSnapshot &s = *d.snapshot;
    const QLocale locale;
    DashboardData::Tables &t = d.tables;

    // Critical functions with and without a SPOF, and their worst scenario.
    int withSpof = 0;
    std::vector<Row> functions;
    for (std::size_t i = 0; i < d.criticalFunctions.size(); ++i) {
        const int f = d.criticalFunctions[i];
        const int spofCount = int(d.spofsOfCritical[i].size());
        withSpof += spofCount > 0 ? 1 : 0;
        QString worst = DashboardPage::tr("none affects it");
        QString verdict = DashboardPage::tr("Within tolerance");
        QColor status = green;
        int rank = 2;
        for (const auto &run : d.scenarios) {
            if (!run.result)
                continue;
            for (const auto &impact : run.result->functions) {
                if (impact.element != f)
                    continue;
                const int r = impact.withinTolerance == false ? 0 : !impact.withinTolerance ? 1 : 2;
                if (r < rank || worst == DashboardPage::tr("none affects it")) {
                    rank = std::min(rank, r);
                    worst = run.name;
                }
            }
        }
        if (rank == 0) {
            status = red;
            verdict = DashboardPage::tr("Beyond tolerance");
        } else if (rank == 1) {
            status = amber;
            verdict = DashboardPage::tr("Unknown");
        } else if (spofCount > 0) {
            status = amber;
            verdict = DashboardPage::tr("Within tolerance, has SPOFs");
        }
        functions.push_back(Row{s.key(f),
                                {{s.key(f), {}},
                                 {s.name(f), {}},
                                 {QString::number(spofCount), spofCount},
                                 {worst, {}},
                                 {verdict,
                                  status == red         ? 0
                                      : status == amber ? 1
                                                        : 2}},
                                status});
    }
    t.withSpof = withSpof;
    for (const Row &row : functions)
        t.beyondAny += row.status == red ? 1 : 0;
    t.functions = std::move(functions);

    // SPOFs ranked by the critical functions they stop.
    std::map<int, int> stops;
    for (const auto &list : d.spofsOfCritical) {
        for (const int x : list)
            ++stops[x];
    }
    std::vector<Row> spofs;
    for (const auto &[element, count] : stops)
        spofs.push_back(
            Row{s.key(element), {{s.key(element), {}}, {QString::number(count), count}, {s.name(element), {}}}, {}});
    // At a glance: the SPOFs that stop the most critical functions, the largest cycles; the Impact page and the
    // command line list them all.
    std::stable_sort(spofs.begin(), spofs.end(), [](const Row &a, const Row &b) {
        return a.cells[1].sortValue.toInt() > b.cells[1].sortValue.toInt();
    });
    t.spofCount = int(spofs.size());
    if (spofs.size() > std::size_t(DashboardData::Tables::maxRows))
        spofs.resize(std::size_t(DashboardData::Tables::maxRows));
    t.spofs = std::move(spofs);

    // Providers.
    std::vector<Row> providers;
    auto sorted = d.concentration.providers;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.criticalShare > b.criticalShare; });
    for (const auto &p : sorted) {
        providers.push_back(Row{
            s.key(p.element),
            {{s.key(p.element), {}},
             {s.name(p.element), {}},
             {QStringLiteral("%1 (%2%)").arg(p.criticalFunctions).arg(locale.toString(p.criticalShare * 100, 'f', 0)),
              p.criticalShare},
             {QStringLiteral("%1 (%2%)").arg(p.ictServices).arg(locale.toString(p.ictServiceShare * 100, 'f', 0)),
              p.ictServiceShare}},
            p.criticalShare > 0.75      ? red
                : p.criticalShare > 0.5 ? amber
                                        : QColor()});
    }
    t.providers = std::move(providers);
    t.providersByShare = std::move(sorted);

    // Locations: where the critical functions physically run.
    for (const auto &l : d.concentration.locations) {
        t.locations.push_back(Row{
            s.key(l.element),
            {{s.key(l.element), {}},
             {s.name(l.element), {}},
             {s.country(l.element), {}},
             {QStringLiteral("%1 (%2%)").arg(l.criticalFunctions).arg(locale.toString(l.criticalShare * 100, 'f', 0)),
              l.criticalShare}},
            l.criticalShare > 0.75      ? red
                : l.criticalShare > 0.5 ? amber
                                        : QColor()});
    }

    // Scenarios and cycles.
    std::vector<Row> scenarios;
    for (const auto &run : d.scenarios) {
        if (!run.result) {
            scenarios.push_back(Row{run.name,
                                    {{run.name, {}},
                                     {DashboardPage::tr("no longer matches the register"), -1},
                                     {QString(), -1},
                                     {run.description, {}}},
                                    amber});
            continue;
        }
        int beyond = 0, down = 0;
        for (const auto &f : run.result->functions) {
            beyond += s.isCritical(f.element) && f.withinTolerance == false ? 1 : 0;
            down += f.state == analysis::State::Down ? 1 : 0;
        }
        scenarios.push_back(Row{
            run.name,
            {{run.name, {}}, {QString::number(beyond), beyond}, {QString::number(down), down}, {run.description, {}}},
            beyond > 0 ? red : green});
    }
    t.scenarios = std::move(scenarios);
    std::vector<Row> cycles;
    for (const auto &cycle : d.cycles) {
        QStringList keys;
        for (const int v : cycle)
            keys << s.key(v);
        cycles.push_back(Row{keys.first(), {{keys.join(QStringLiteral(" <-> ")), {}}}, amber});
    }
    if (cycles.size() > std::size_t(DashboardData::Tables::maxRows))
        cycles.resize(std::size_t(DashboardData::Tables::maxRows));
    t.cycles = std::move(cycles);
}

QChartView *chartView(QChart *chart, QWidget *parent)
{
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

/// A chart of one horizontal bar set over `categories` (bottom to top), values on `values`.
QChart *horizontalBars(QBarSet *set, const QStringList &categories, QValueAxis *values)
{
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTruncateLabels(false);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->hide();
    return chart;
}

void replaceChart(QWidget *holder, QWidget *chart)
{
    auto *layout = holder->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    layout->addWidget(chart);
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent),
      m_watcher(new QFutureWatcher<DashboardData>(this)),
      m_functionModel(new ResultTableModel(
          {tr("Critical function"), tr("Name"), tr("SPOFs"), tr("Worst scenario"), tr("Result")}, this)),
      m_spofModel(new ResultTableModel({tr("Element"), tr("Stops"), tr("Name")}, this)),
      m_providerModel(
          new ResultTableModel({tr("Provider"), tr("Name"), tr("Critical functions"), tr("ICT services")}, this)),
      m_locationModel(
          new ResultTableModel({tr("Location"), tr("Name"), tr("Country"), tr("Critical functions")}, this)),
      m_scenarioModel(new ResultTableModel(
          {tr("Scenario"), tr("Beyond tolerance"), tr("Functions down"), tr("Description")}, this)),
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

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto holder = [content] {
        auto *w = new QWidget(content);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        return w;
    };
    m_kindChartHolder = holder();
    m_spofChartHolder = holder();
    m_providerChartHolder = holder();
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

    grid->addWidget(card(tr("Register"), m_kindChartHolder), 0, 0);
    grid->addWidget(card(tr("Critical or important functions"), m_spofChartHolder), 0, 1);
    grid->addWidget(card(tr("Provider concentration"), m_providerChartHolder), 0, 2);
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

    for (QTableView *view : {functions, spofs, providers, locations}) {
        connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
            Q_EMIT showElement(index.data(ResultTableModel::KeyRole).toString());
        });
    }
    connect(scenarios, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT runScenario(index.data(ResultTableModel::KeyRole).toString());
    });
    connect(m_watcher, &QFutureWatcher<DashboardData>::finished, this, &DashboardPage::refreshFinished);
}

DashboardPage::~DashboardPage()
{
    if (m_watcher->isRunning()) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

QWidget *DashboardPage::card(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, content->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

void DashboardPage::setService(RegisterService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_watcher->isRunning())
        m_watcher->cancel(); // that register is gone; refreshFinished() starts again
    if (service)
        connect(service, &RegisterService::changed, this, &DashboardPage::refresh);
    refresh();
}

bool DashboardPage::isRefreshing() const
{
    return m_refreshing;
}

void DashboardPage::refresh()
{
    if (!m_service)
        return;
    if (m_refreshing) {
        m_pending = true; // refresh again when this one is done
        return;
    }
    m_refreshing = true;
    m_headline->setText(tr("Analysing the register..."));
    const QString path = m_service->path();
    QList<Scenario> scenarios = m_service->scenarios().values();
    std::sort(scenarios.begin(), scenarios.end(), [](const Scenario &a, const Scenario &b) { return a.name < b.name; });
    m_watcher->setFuture(QtConcurrent::run(&compute, path, scenarios));
}

void DashboardPage::refreshFinished()
{
    m_refreshing = false;
    if (m_pending) {
        m_pending = false;
        refresh();
        return;
    }
    if (m_watcher->isCanceled() || m_watcher->future().resultCount() == 0) {
        Q_EMIT refreshed(false);
        return;
    }
    const DashboardData result = m_watcher->future().takeResult();
    if (!result.ok) {
        m_headline->setText(result.error.message);
        Q_EMIT refreshed(false);
        return;
    }
    present(result);
    Q_EMIT refreshed(true);
}

void DashboardPage::present(const DashboardData &d)
{
    const analysis::GraphSnapshot &s = *d.snapshot;
    const QLocale locale;

    // Elements by kind.
    {
        auto *set = new QBarSet(tr("Elements"));
        set->setColor(blue);
        QStringList categories;
        for (int k = elementKindCount - 1; k >= 0; --k) {
            *set << d.countByKind[std::size_t(k)];
            categories << Vocabulary::pluralName(ElementKind(k));
        }
        connect(set, &QBarSet::clicked, this, [this](int index) { Q_EMIT showKind(elementKindCount - 1 - index); });
        auto *values = new QValueAxis;
        values->setLabelFormat(QStringLiteral("%d"));
        QChart *chart = horizontalBars(set, categories, values);
        static_cast<QHorizontalBarSeries *>(chart->series().first())->setLabelsVisible(true);
        replaceChart(m_kindChartHolder, chartView(chart, m_kindChartHolder));
    }

    const DashboardData::Tables &t = d.tables;
    const int withSpof = t.withSpof;
    m_functionModel->setRows(t.functions);
    {
        auto *series = new QPieSeries;
        series->setHoleSize(0.5);
        auto *bad = series->append(tr("With a single point of failure (%1)").arg(withSpof), withSpof);
        auto *good = series->append(tr("Without (%1)").arg(int(d.criticalFunctions.size()) - withSpof),
                                    int(d.criticalFunctions.size()) - withSpof);
        bad->setColor(red);
        good->setColor(green);
        auto *chart = new QChart;
        chart->addSeries(series);
        replaceChart(m_spofChartHolder, chartView(chart, m_spofChartHolder));
    }

    m_spofModel->setRows(t.spofs);

    const auto &sorted = t.providersByShare;
    m_providerModel->setRows(t.providers);
    m_locationModel->setRows(t.locations);
    {
        auto *set = new QBarSet(tr("Share of critical functions (%)"));
        set->setColor(blue);
        QStringList categories;
        const int top = std::min<int>(6, int(sorted.size()));
        for (int i = top - 1; i >= 0; --i) {
            *set << sorted[std::size_t(i)].criticalShare * 100.0;
            categories << s.key(sorted[std::size_t(i)].element);
        }
        connect(set, &QBarSet::clicked, this, [this, sorted, top, snapshot = d.snapshot](int index) {
            Q_EMIT showElement(snapshot->key(sorted[std::size_t(top - 1 - index)].element));
        });
        auto *values = new QValueAxis;
        values->setRange(0, 100);
        values->setLabelFormat(QStringLiteral("%d%%"));
        QChart *chart = horizontalBars(set, categories, values);
        chart->setTitle(tr("HHI %1 (providers by critical functions)")
                            .arg(locale.toString(d.concentration.hhiProvidersByCriticalFunctions, 'f', 0)));
        replaceChart(m_providerChartHolder, chartView(chart, m_providerChartHolder));
    }

    m_scenarioModel->setRows(t.scenarios);
    m_cycleModel->setRows(t.cycles);
    for (QTableView *view : findChildren<QTableView *>())
        fitColumns(view, 240);

    const int beyondAny = t.beyondAny;
    m_headline->setText(
        tr("%1 elements. %2 of %3 critical or important functions have a single point of failure; %4 would be "
           "down beyond tolerance in a saved scenario. %5 circular dependencies.")
            .arg(s.size())
            .arg(withSpof)
            .arg(d.criticalFunctions.size())
            .arg(beyondAny)
            .arg(d.cycles.size()));
    if (t.spofCount > DashboardData::Tables::maxRows || int(d.cycles.size()) > DashboardData::Tables::maxRows)
        m_headline->setText(m_headline->text() + QLatin1Char(' ')
                            + tr("The tables show the first %1 of each list; the Impact page and the command line "
                                 "list them all.")
                                  .arg(DashboardData::Tables::maxRows));
}

} // namespace bulwark::gui
