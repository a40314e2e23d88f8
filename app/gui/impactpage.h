// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "gui/map/mapoverlay.h"
#include "gui/models/resulttablemodel.h"
#include "model/analysis/graphsnapshot.h"
#include "model/analysis/impact.h"
#include "model/analysis/spofanalysis.h"
#include "model/analysis/verdict.h"
#include "model/result.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace bulwark {
class RegisterService;
struct ChangeSummary;
}

namespace bulwark::gui {

class SnapshotCache;
class StaleNotice;

/// How a result view is sorted (a column and an order; column -1: as built).
struct SortSpec {
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// The Impact page's four tables, built and sorted on the worker.
struct ImpactTables {
    std::vector<ResultTableModel::Row> functions, blast, spofs, perFunction;
    int critical = 0;               ///< critical functions affected
    analysis::VerdictCounts counts; ///< their verdicts (analysis::countCriticalVerdicts)
};

/// What the analysis worker hands back to the Impact page.
struct ImpactOutcome {
    std::shared_ptr<const analysis::GraphSnapshot> snapshot;
    std::shared_ptr<const std::vector<analysis::SpofRank>> spofRanking;
    std::optional<analysis::ImpactResult> result;
    ImpactTables tables;
    Error error;
};

/// The Impact page: choose what fails (elements, providers, locations, a region, a country, a saved scenario),
/// run the analysis on a worker thread with progress and Cancel, and read the affected functions against their
/// tolerance (red / amber / green), the blast radius, and the single points of failure ranked by how many critical
/// functions they take down. The worker reads the register through its own connection; the snapshot and the SPOF
/// ranking are kept until the register changes.
class ImpactPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImpactPage(SnapshotCache *cache, QWidget *parent = nullptr);
    ~ImpactPage() override;
    /// Puts the keyboard in the "add an element that fails" field (Edit > Find, Ctrl+F, while this page is shown).
    void focusSearch();
    void setService(RegisterService *service);

    /// Loads the saved scenario `name` and runs it.
    void runScenario(const QString &name);
    /// Replaces the chosen elements (keys) and clears region, country, tag and scenario.
    void setFailedKeys(const QStringList &keys);
    QStringList failedKeys() const;
    bool isRunning() const;

    ResultTableModel *functionModel() const { return m_functionModel; }
    ResultTableModel *blastModel() const { return m_blastModel; }
    ResultTableModel *spofModel() const { return m_spofModel; }
    ResultTableModel *functionSpofModel() const { return m_functionSpofModel; }
    QLabel *summaryLabel() const { return m_summary; }
    /// The recovery path of the function selected in "Affected functions" (analysis::FunctionImpact::recoveryPath).
    QLabel *pathLabel() const { return m_pathLabel; }
    QPushButton *showPathButton() const { return m_showPath; }
    /// Selects the affected function `key` in "Affected functions" (its path is shown); false when it is not there.
    bool selectFunction(const QString &key);
    /// Shown while the result on screen was computed from an older register (issue 12).
    StaleNotice *staleNotice() const { return m_stale; }

public Q_SLOTS:
    void run();
    void cancel();

Q_SIGNALS:
    /// The analysis ended: ok false when it failed or was canceled.
    void finished(bool ok);
    /// The user asked to see an element in the register.
    void showElement(const QString &key);
    /// The user asked to see the blast radius on the map.
    void showOnMap(const bulwark::gui::MapOverlay &overlay);
    /// "Open Function Page" on a business function (issue 12).
    void functionPageRequested(const QString &key);

private:
    void addFromSearch();
    void loadScenario(int index);
    void analysisFinished(Result<ImpactOutcome> outcome);
    void registerChanged();
    void fillChoices();
    /// The search's completer lists every element (100,000 names on a large register): built only when the page
    /// is shown, not when a register opens.
    void buildCompleter();
    void showResult(const analysis::ImpactResult &result, ImpactTables tables);
    /// Shows the recovery path of the function selected in "Affected functions".
    void updatePath();
    /// The selected affected function's impact, or null.
    const analysis::FunctionImpact *selectedFunction() const;

    QPointer<RegisterService> m_service;
    SnapshotCache *m_cache;
    quint64 m_requestGeneration = 0;         ///< of the cache when the running analysis started
    std::optional<MapOverlay> m_lastOverlay; ///< the blast radius shown, for the map
    std::shared_ptr<const std::vector<analysis::SpofRank>> m_spofRanking;
    /// The result on screen and its snapshot, for the recovery paths of the affected functions.
    std::shared_ptr<const analysis::ImpactResult> m_result;
    std::shared_ptr<const analysis::GraphSnapshot> m_resultSnapshot;
    BackgroundJob<ImpactOutcome> *m_job;
    QLineEdit *m_search;
    QListWidget *m_failed;
    QComboBox *m_scenario;
    QComboBox *m_region;
    QComboBox *m_country;
    QComboBox *m_tag;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_showOnMap;
    QPushButton *m_showPath;
    QLabel *m_pathLabel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    StaleNotice *m_stale;
    QTabWidget *m_tabs;
    ResultTableModel *m_functionModel;
    ResultTableModel *m_blastModel;
    ResultTableModel *m_spofModel;
    ResultTableModel *m_functionSpofModel;
    QTableView *m_functionView = nullptr;
    QTableView *m_blastView = nullptr;
    QTableView *m_spofView = nullptr;
    QTableView *m_functionSpofView = nullptr;
    bool m_completerStale = true;
    bool m_choicesStale = false; ///< the register changed while another page was shown: fillChoices() when shown

protected:
    void showEvent(QShowEvent *event) override;
};

} // namespace bulwark::gui
