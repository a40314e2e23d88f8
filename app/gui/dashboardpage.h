// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "gui/models/resulttablemodel.h"
#include "model/result.h"
#include "model/roi/supplychain.h"
#include "reports/charts/chartpainter.h"
#include "reports/resiliencetables.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QCommandLinkButton;
class QLabel;
class QScrollArea;
class QPushButton;
class QTableView;

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

class ChartWidget;
class ResultTableModel;
class SnapshotCache;
class StaleNotice;

/// What the dashboard's worker computes from one snapshot: the reports' analyses (reports::ResilienceData, the numbers
/// the audit report prints) and the Dashboard's rows and charts built from them.
struct DashboardData : reports::ResilienceData {
    /// The tables' rows, built on the worker too (at 100,000 elements there are thousands of SPOF rows).
    struct Tables {
        static constexpr int maxRows = 300; ///< per table: a dashboard shows the top of each list
        int spofCount = 0;                  ///< before the cut
        std::vector<ResultTableModel::Row> functions, spofs, providers, locations, scenarios, cycles;
        /// The charts, from the same builders as the audit report's (reports::ResilienceTables).
        reports::SplitChart spofChart, verdictChart;
        reports::BarChart providerChart;
    } tables;
    /// Fourth-party concentration (issue 18): the sub-contractors of the register of information's supply chains
    /// (roi::subcontractors; those in the chains of two or more direct providers first). Not known (nullopt) when the
    /// register records no contractual arrangement or its register of information cannot be built.
    std::optional<std::vector<roi::Subcontractor>> subcontractors;
};

/// The Dashboard: the state of resilience at a glance. Elements by kind, critical functions with their single
/// points of failure and their worst result across the saved scenarios, the SPOFs that stop the most critical
/// functions, cycles, and provider concentration, as charts (reports' chart painters, ChartWidget) and tables.
/// Everything is computed on a worker from the shared snapshot (SnapshotCache; read from the file only when no page
/// holds a current one) and refreshed when the register changes; items click through to where they live. The verdicts
/// and thresholds are the model's (analysis/verdict.h).
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(SnapshotCache *cache, QWidget *parent = nullptr);
    ~DashboardPage() override;
    void setService(RegisterService *service);
    bool isRefreshing() const;

    ResultTableModel *functionModel() const { return m_functionModel; }
    ResultTableModel *spofModel() const { return m_spofModel; }
    ResultTableModel *providerModel() const { return m_providerModel; }
    ResultTableModel *locationModel() const { return m_locationModel; }
    ResultTableModel *scenarioModel() const { return m_scenarioModel; }
    QLabel *headline() const { return m_headline; }
    /// "Sub-contractor concentration": how many sub-contractors are in the supply chains of two or more direct
    /// providers (roi::subcontractorConcentrationCount), its tooltip naming them and those providers (issue 18).
    QLabel *subcontractorFigure() const { return m_subcontractorFigure; }
    /// Shown while the numbers on screen were computed from an older register (issue 12).
    StaleNotice *staleNotice() const { return m_stale; }
    /// The three ways into an empty register, shown instead of the cards while the register has no element: buttons
    /// that trigger these actions (issue 12).
    void setGreetingActions(QAction *addFunction, QAction *import, QAction *openDemo);
    QWidget *greeting() const { return m_greeting; }
    /// The latest assessment's score and the register's open findings, as the model summarises them (issue 13);
    /// clicking it asks for the Assessment page.
    QCommandLinkButton *assessmentTile() const { return m_assessmentTile; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed(bool ok);
    void showElement(const QString &key);
    void showKind(int kind);
    void runScenario(const QString &name);
    /// "Open Function Page" on a business function (issue 12).
    void functionPageRequested(const QString &key);
    /// The assessment tile was clicked.
    void assessmentRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateGreeting();
    void updateAssessmentTile();
    void refreshFinished(const Result<DashboardData> &delivered, quint64 generation);
    void present(const DashboardData &d);
    void presentSubcontractors(const DashboardData &d);
    QWidget *card(const QString &title, QWidget *content);

    QPointer<RegisterService> m_service;
    SnapshotCache *m_cache;
    BackgroundJob<DashboardData> *m_job;
    bool m_refreshOnShow = false; ///< the register changed while another page of the window was shown
    QLabel *m_headline;
    StaleNotice *m_stale;
    QWidget *m_greeting;
    QCommandLinkButton *m_assessmentTile;
    QScrollArea *m_scroll;
    QList<QPushButton *> m_greetingButtons;
    ChartWidget *m_kindChart;
    ChartWidget *m_spofChart;
    ChartWidget *m_verdictChart;
    ChartWidget *m_providerChart;
    QStringList m_providerKeys; ///< the provider chart's bars' keys, top to bottom
    QLabel *m_subcontractorFigure;
    ResultTableModel *m_functionModel;
    ResultTableModel *m_spofModel;
    ResultTableModel *m_providerModel;
    ResultTableModel *m_locationModel;
    ResultTableModel *m_scenarioModel;
    ResultTableModel *m_cycleModel;
};

} // namespace bulwark::gui
