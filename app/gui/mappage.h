// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "gui/map/mapoverlay.h"
#include "model/analysis/graphsnapshot.h"
#include "model/analysis/neighbourhood.h"
#include "model/analysis/propagation.h"
#include "model/result.h"
#include "reports/map/maplayout.h"

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
};

/// The Map page: the dependency graph as a layered diagram laid out by Graphviz, in a zoomable view. On a large
/// register it draws the neighbourhood (N hops) of the chosen element rather than everything; clicking an element
/// highlights what it needs and what needs it; an impact analysis colours its blast radius up / degraded / down.
/// Reading the register and the layout run on a worker thread; the GUI thread only builds the few hundred items.
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
    enum class Mode { Around, Whole, Impact };
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
    bool m_showExportErrors = false; ///< the export came from the dialog: a failure is shown in a message box
    int m_limit = 300;
    bool m_stale = true; ///< the drawing does not match the request any more (draw when shown)
    bool m_completerStale = true;
};

} // namespace bulwark::gui
