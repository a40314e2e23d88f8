// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "gui/models/resulttablemodel.h"
#include "model/analysis/graphsnapshot.h"
#include "model/analysis/impact.h"
#include "model/analysis/verdict.h"
#include "model/result.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

class SnapshotCache;

/// What the function page's worker computes for one business function from one snapshot.
struct FunctionPageData {
    std::shared_ptr<const analysis::GraphSnapshot> snapshot;
    int function = -1;      ///< -1: the key is not in the register
    std::vector<int> spofs; ///< analysis::SpofAnalysis::spofsOf, as `bulwark spof --function KEY`: sorted by key
    /// A saved scenario that hits the function (it is not up in it), or that no longer matches the register.
    struct ScenarioHit {
        QString name;
        QString description;
        std::optional<analysis::FunctionImpact> impact; ///< empty: the scenario no longer matches the register
        analysis::FunctionVerdict verdict;
    };
    std::vector<ScenarioHit> scenarios; ///< by name
    int scenarioCount = 0;              ///< saved scenarios in all
    /// The worst verdict across the saved scenarios, with the one that gives it: analysis::worstVerdicts as the
    /// Dashboard computes it (NotAffected and -1 when none hits the function).
    analysis::Verdict worst = analysis::Verdict::NotAffected;
    QString worstScenario;
    /// Everything the function depends on, directly or through other elements, with the fewest hops to it.
    struct Needed {
        int element = -1;
        int hops = 0;
    };
    std::vector<Needed> needs;  ///< by key
    std::vector<int> functions; ///< every business function of the register (for the chooser), by key
    /// The tables' rows, built on the worker (as the Dashboard's).
    struct Tables {
        std::vector<ResultTableModel::Row> spofs, scenarios, providers, locations, needs;
        int hits = 0;  ///< saved scenarios that hit the function
        int stale = 0; ///< saved scenarios that no longer match the register
        int providerCount = 0, locationCount = 0;
    } tables;
};

/// A business function's page (issue 12): its single points of failure by name (computed without any failure, by
/// the same analysis as `bulwark spof --function`), the saved scenarios that hit it with their verdicts (the
/// model's, as on the Dashboard), its tolerances, the providers and locations it depends on, and "Show on map".
/// Computed on a worker from the shared snapshot (SnapshotCache) and again when the register changes.
class FunctionPage : public QWidget
{
    Q_OBJECT
public:
    explicit FunctionPage(SnapshotCache *cache, QWidget *parent = nullptr);
    ~FunctionPage() override;
    void setService(RegisterService *service);

    QString functionKey() const { return m_key; }
    bool isRefreshing() const;
    ResultTableModel *spofModel() const { return m_spofModel; }
    ResultTableModel *scenarioModel() const { return m_scenarioModel; }
    ResultTableModel *providerModel() const { return m_providerModel; }
    ResultTableModel *locationModel() const { return m_locationModel; }
    ResultTableModel *needsModel() const { return m_needsModel; }
    QLabel *title() const { return m_title; }
    QLabel *tolerances() const { return m_tolerances; }
    QLabel *summary() const { return m_summary; }

public Q_SLOTS:
    /// Shows the function with this key (computed on a worker; refreshed() tells when it is shown).
    void showFunction(const QString &key);
    void refresh();

Q_SIGNALS:
    void refreshed(bool ok);
    /// "Show on map": the map centred on the function (the lead marks its SPOFs there).
    void showOnMapRequested(const QString &functionKey);
    void showElement(const QString &key);
    void runScenario(const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void registerChanged();
    void refreshFinished(const Result<FunctionPageData> &delivered, quint64 generation);
    void present(const FunctionPageData &d);
    void clear(const QString &message);

    QPointer<RegisterService> m_service;
    SnapshotCache *m_cache;
    BackgroundJob<FunctionPageData> *m_job;
    bool m_refreshOnShow = false; ///< the register changed while another page of the window was shown
    QString m_key;
    QComboBox *m_chooser;
    QLabel *m_title;
    QLabel *m_tolerances;
    QLabel *m_summary;
    QPushButton *m_showOnMap;
    ResultTableModel *m_spofModel;
    ResultTableModel *m_scenarioModel;
    ResultTableModel *m_providerModel;
    ResultTableModel *m_locationModel;
    ResultTableModel *m_needsModel;
};

/// Adds "Open Function Page" to `view`'s context menu (its actions): it calls `open` with `currentKey()` when that
/// is not empty. For the tables of functions on the Dashboard, Register and Impact pages.
QAction *addOpenFunctionPageAction(QTableView *view,
                                   std::function<QString()> currentKey,
                                   std::function<void(const QString &)> open);

} // namespace bulwark::gui
