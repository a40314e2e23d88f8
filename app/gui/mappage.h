// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "gui/map/mapoverlay.h"
#include "model/analysis/blastmap.h"
#include "model/analysis/graphsnapshot.h"
#include "model/analysis/neighbourhood.h"
#include "model/analysis/propagation.h"
#include "model/result.h"
#include "model/store/registerstore.h"
#include "reports/map/maplayout.h"

#include <QPageSize>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPainter;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

class MapScene;
class MapView;
class SnapshotCache;

/// What the map worker hands to the GUI thread.
struct MapOutcome {
    std::shared_ptr<const analysis::GraphSnapshot> snapshot;
    quint64 generation = 0;
    std::optional<reports::MapGraph> graph;
    reports::MapGeometry geometry;
    int omitted = 0;
    QString focusKey;
    std::vector<int> spofs; ///< of the function shown (showFunction), sorted
    int affected = 0;       ///< a blast radius: every element not up
    int featured = 0;       ///< a blast radius: the critical functions whose chains are drawn
    bool aggregated = false;
    int groupedElements = 0; ///< elements counted in group nodes
};

/// The Map page: the dependency graph as a layered diagram laid out by Graphviz, in a zoomable view. On a large
/// register it draws the neighbourhood (N hops) of the chosen element rather than everything; clicking an element
/// highlights what it needs and what needs it; an impact analysis colours its blast radius up / degraded / down (a
/// blast radius beyond the limit is drawn as analysis::blastMap chooses: chains and counted groups). Back and Forward
/// (Alt+Left, Alt+Right) return to the places shown before. Reading the register and the layout run on a worker
/// thread; the GUI thread only builds the few hundred items.
class MapPage : public QWidget
{
    Q_OBJECT
public:
    explicit MapPage(SnapshotCache *cache, QWidget *parent = nullptr);
    ~MapPage() override;
    /// Puts the keyboard in the "find an element" field (Edit > Find, Ctrl+F, while this page is shown).
    void focusSearch();
    void setService(RegisterService *service);

    /// Draws the neighbourhood of `key` (hops and direction from the page's controls).
    void showAround(const QString &key);
    /// Draws every element (only offered up to the element limit).
    void showWholeRegister();
    /// Draws and colours the blast radius of an impact analysis.
    void showImpact(const MapOverlay &overlay);
    /// Centres on a business function (what it needs) and marks its single points of failure, as `bulwark spof
    /// --function` lists them (analysis::SpofAnalysis).
    void showFunction(const QString &functionKey);
    /// The single points of failure marked on the drawing (snapshot indices, sorted); empty unless showFunction.
    const std::vector<int> &markedSpofs() const { return m_spofs; }

    /// The place shown before the last re-centring or change of mode, and the one left by going back.
    bool canGoBack() const { return !m_back.empty(); }
    bool canGoForward() const { return !m_forward.empty(); }
    void goBack();
    void goForward();
    /// The drawing's grouping of a large blast radius (by kind by default).
    void setBlastGrouping(analysis::BlastGrouping grouping);
    /// The element the map is centred on; follows the register page's selection until an impact is shown.
    QString focusKey() const { return m_focusKey; }
    /// Called when another page selects an element: the map follows it (now if visible, else when shown).
    void followElement(const QString &key);

    /// A drawing is being made on the worker.
    bool isBusy() const { return m_job->isRunning(); }
    /// Stops a drawing in progress (the worker's result is thrown away; Graphviz itself finishes its layout).
    void cancel();
    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    QLabel *infoLabel() const { return m_info; }
    void setHops(int hops);
    void setDirection(analysis::Direction direction);
    /// The most elements drawn at once.
    int elementLimit() const { return m_limit; }
    void setElementLimit(int limit);

    /// Writes the drawing to `path` on a worker thread: SVG when it ends in .svg, else PNG (at twice the drawing's
    /// size, at most 16,000 pixels a side). Returns at once; exportFinished() tells the outcome. The page's progress
    /// bar and stop button follow it.
    void exportTo(const QString &path);
    bool isExporting() const { return m_exportJob->isRunning(); }
    /// The paper a PDF export is scaled to fit: QPageSize::Custom (the default) is one page the size of the figure.
    void setExportPage(QPageSize::PageSizeId size, bool landscape);
    /// The export's file name for what is shown, without a folder: "blast-radius-PRV-TLK-2026-11-30.svg",
    /// "around-DS-DWH.svg", "spofs-F-PAY.svg", "whole-register.svg".
    QString defaultExportName(const QString &suffix = QStringLiteral("svg")) const;
    /// The line an exported figure carries as evidence: when it was drawn and the register's state (audit head).
    QString figureCaption() const;

Q_SIGNALS:
    /// An export ended: `error` is empty when the file was written, else a message for the user (also when it was
    /// canceled).
    void exportFinished(const QString &path, bool ok, const QString &error);
    /// A drawing is on screen (ok) or could not be made.
    void mapReady(bool ok);
    void showElement(const QString &key);
    void failElement(const QString &key);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Mode { Around, Whole, Impact, Function };
    /// What is shown, for Back and Forward.
    struct Place {
        Mode mode = Mode::Around;
        QString focusKey;
        std::optional<MapOverlay> overlay;
    };
    Place currentPlace() const;
    /// Records the place shown (unless it is `next`) for Back, and forgets the places gone back from.
    void remember(const Place &next);
    void go(const Place &place, bool record = true);
    void updateHistoryButtons();
    void leaveWholeRegister();
    void request();
    void layoutFinished(Result<MapOutcome> outcome);
    void registerChanged();
    void buildCompleter();
    void searchEntered();
    void exportDialog();
    void contextMenu(const QString &key, const QPoint &screenPos);
    void updateInfo(const MapOutcome &outcome);

    QPointer<RegisterService> m_service;
    SnapshotCache *m_cache;
    BackgroundJob<MapOutcome> *m_job;
    BackgroundJob<void> *m_exportJob;
    MapScene *m_scene;
    MapView *m_view;
    QLineEdit *m_search;
    QSpinBox *m_hops;
    QComboBox *m_direction;
    QCheckBox *m_whole;
    QToolButton *m_backButton;
    QToolButton *m_forwardButton;
    QComboBox *m_grouping;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_info;
    QString m_drawingDescription; ///< what the drawing shows, for the label and the exported figure's subtitle
    QLabel *m_banner;
    QToolButton *m_clearImpact;
    QWidget *m_bannerRow;

    Mode m_mode = Mode::Around;
    QString m_focusKey;
    std::optional<MapOverlay> m_overlay;
    reports::MapGeometry m_geometry;                        ///< of the drawing shown, for export
    std::shared_ptr<const analysis::GraphSnapshot> m_drawn; ///< the snapshot of the drawing shown, for export
    std::shared_ptr<const std::vector<analysis::State>> m_drawnStates; ///< its impact colours, if any
    std::vector<int> m_drawnFailed;
    QString m_drawnTitle;
    std::vector<int> m_spofs;
    std::vector<Place> m_back, m_forward;
    bool m_hasPlace = false;      ///< something was shown (the first drawing is not a place to go back to before)
    store::AuditHead m_drawnHead; ///< the register's audit head when the drawing was asked for
    QPageSize::PageSizeId m_pageSize = QPageSize::Custom;
    bool m_landscape = false;
    bool m_showExportErrors = false; ///< the export came from the dialog: a failure is shown in a message box
    int m_limit = 300;
    bool m_stale = true; ///< the drawing does not match the request any more (draw when shown)
    bool m_completerStale = true;
};

} // namespace bulwark::gui
