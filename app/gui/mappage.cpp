// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mappage.h"

#include "gui/elementcompleter.h"
#include "gui/icons.h"
#include "gui/map/mapscene.h"
#include "gui/map/mapview.h"
#include "gui/settings.h"
#include "gui/snapshotcache.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"
#include "reports/map/mappainter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace bulwark::gui {
namespace {

enum class RequestMode { Around, Whole, Impact };

struct MapRequest {
    QString path;
    std::shared_ptr<const analysis::GraphSnapshot> snapshot;
    quint64 generation = 0;
    RequestMode mode = RequestMode::Around;
    QString focusKey;
    int hops = 2;
    analysis::Direction direction = analysis::Direction::Both;
    int limit = 300;
    std::optional<MapOverlay> overlay;
};

Result<MapOutcome> buildMap(const MapRequest &request, Feedback &feedback)
{
    MapOutcome outcome;
    outcome.generation = request.generation;
    auto snapshot = SnapshotCache::cachedOrLoad(
        request.overlay ? request.overlay->snapshot : request.snapshot, request.path, &feedback);
    if (!snapshot)
        return snapshot.error();
    outcome.snapshot = *snapshot;
    const analysis::GraphSnapshot &s = *outcome.snapshot;
    std::vector<int> elements;
    RequestMode mode = request.mode;
    QString focus = request.focusKey;
    if (mode == RequestMode::Around && focus.isEmpty()) {
        // Nothing chosen yet: the whole map when it is small enough, else around the first critical function.
        if (s.size() <= request.limit) {
            mode = RequestMode::Whole;
        } else {
            int first = 0;
            for (int v = 0; v < s.size(); ++v) {
                if (s.isFunction(v) && s.isCritical(v)) {
                    first = v;
                    break;
                }
            }
            focus = s.size() > 0 ? s.key(first) : QString();
        }
    }
    switch (mode) {
        case RequestMode::Whole: {
            elements.resize(std::size_t(std::min(s.size(), request.limit)));
            std::iota(elements.begin(), elements.end(), 0);
            outcome.omitted = s.size() - int(elements.size());
            break;
        }
        case RequestMode::Around: {
            const int seed = s.indexOf(focus);
            if (seed < 0 && !focus.isEmpty())
                return makeError(Error::Code::NotFound, MapPage::tr("There is no element '%1'.").arg(focus));
            if (seed >= 0) {
                const analysis::Neighbourhood n
                    = analysis::neighbourhood(s, std::span(&seed, 1), request.hops, request.direction, request.limit);
                elements = n.elements;
                outcome.omitted = n.omitted;
                outcome.focusKey = focus;
            }
            break;
        }
        case RequestMode::Impact: {
            const analysis::Neighbourhood n
                = analysis::blastRadiusToDraw(s, request.overlay->failed, *request.overlay->states, request.limit);
            elements = n.elements;
            outcome.omitted = n.omitted;
            break;
        }
    }
    feedback.setProgress(60);
    if (feedback.isCanceled())
        return makeError(Error::Code::Canceled, MapPage::tr("Drawing the map was canceled."));
    reports::MapGraph graph = reports::MapGraph::induced(s, elements);
    auto geometry = reports::MapLayout::layout(s, graph);
    if (!geometry)
        return geometry.error();
    outcome.graph = std::move(graph);
    outcome.geometry = std::move(*geometry);
    feedback.setProgress(100);
    return outcome;
}

QString legendHtml()
{
    QStringList items;
    for (int k = 0; k < elementKindCount; ++k) {
        const auto kind = ElementKind(k);
        items << QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2")
                     .arg(reports::MapPainter::kindColour(kind).name(), Vocabulary::displayName(kind).toHtmlEscaped());
    }
    items << MapPage::tr("<b>&#8212;</b>&nbsp;hard &nbsp;<b>- -</b>&nbsp;soft &nbsp;&#9679;&nbsp;redundancy group "
                         "&nbsp;<span style='color:#c0392b'>&#9670;</span>&nbsp;critical");
    return items.join(QStringLiteral(" &nbsp; "));
}

} // namespace

MapPage::MapPage(SnapshotCache *cache, QWidget *parent)
    : QWidget(parent),
      m_cache(cache),
      m_job(new BackgroundJob<MapOutcome>(this)),
      m_exportJob(new BackgroundJob<void>(this)),
      m_scene(new MapScene(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(tr("Find an element: type a key or name, then Enter (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_hops = new QSpinBox(this);
    m_hops->setRange(1, 6);
    m_hops->setValue(2);
    m_hops->setPrefix(tr("Hops: "));
    m_hops->setToolTip(tr("How many dependency steps around the chosen element to draw"));
    m_direction = new QComboBox(this);
    m_direction->addItem(tr("Both ways"), int(analysis::Direction::Both));
    m_direction->addItem(tr("What it needs"), int(analysis::Direction::Needs));
    m_direction->addItem(tr("What needs it"), int(analysis::Direction::NeededBy));
    m_direction->setToolTip(tr("Which dependencies to follow from the chosen element"));
    m_whole = new QCheckBox(tr("&Whole register"), this);
    m_whole->setToolTip(tr("Draw every element (offered when the register is small enough to read)"));
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setIcon(icon("zoom-fit"));
    fit->setToolTip(tr("Fit the drawing to the window (Ctrl+0)"));
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("\u2212"));
    zoomOut->setIcon(icon("zoom-out"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setIcon(icon("zoom-in"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_export = new QPushButton(icon("image-export"), tr("E&xport..."), this);
    m_export->setToolTip(tr("Save the drawing as SVG or PNG"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    controls->addWidget(m_search, 3);
    controls->addWidget(m_hops);
    controls->addWidget(m_direction);
    controls->addWidget(m_whole);
    controls->addSpacing(12);
    controls->addWidget(zoomOut);
    controls->addWidget(fit);
    controls->addWidget(zoomIn);
    controls->addWidget(m_export);
    controls->addWidget(m_progress);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("mapCancel"));
    m_cancel->setIcon(icon("stop"));
    m_cancel->setToolTip(tr("Stop drawing (the layout in progress is thrown away)"));
    m_cancel->hide();
    controls->addWidget(m_cancel);
    layout->addLayout(controls);

    m_bannerRow = new QWidget(this);
    auto *bannerLayout = new QHBoxLayout(m_bannerRow);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(m_bannerRow);
    m_banner->setWordWrap(true);
    m_clearImpact = new QToolButton(m_bannerRow);
    m_clearImpact->setText(tr("Clear impact colours"));
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_clearImpact);
    m_bannerRow->hide();
    layout->addWidget(m_bannerRow);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("mapInfo"));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    m_view = new MapView(this);
    m_view->setObjectName(QStringLiteral("mapView"));
    m_view->setScene(m_scene);
    layout->addWidget(m_view, 1);

    auto *legend = new QLabel(legendHtml(), this);
    legend->setObjectName(QStringLiteral("mapLegend"));
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    layout->addWidget(legend);

    connect(m_search, &QLineEdit::returnPressed, this, &MapPage::searchEntered);
    connect(m_hops, &QSpinBox::valueChanged, this, [this] {
        if (m_mode == Mode::Around)
            request();
    });
    connect(m_direction, &QComboBox::activated, this, [this] {
        if (m_mode == Mode::Around)
            request();
    });
    connect(m_whole, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            showWholeRegister();
        else if (m_mode == Mode::Whole)
            showAround(m_focusKey);
    });
    connect(fit, &QToolButton::clicked, m_view, &MapView::fitAll);
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(0.8); });
    connect(m_export, &QPushButton::clicked, this, &MapPage::exportDialog);
    connect(m_clearImpact, &QToolButton::clicked, this, [this] {
        m_overlay.reset();
        showAround(m_focusKey);
    });
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fitAll(); });
    shortcut(QKeySequence::ZoomIn, [this] { m_view->zoomBy(1.25); });
    shortcut(QKeySequence::ZoomOut, [this] { m_view->zoomBy(0.8); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { m_scene->highlight(-1); });

    connect(m_scene, &MapScene::elementActivated, this, &MapPage::showAround);
    connect(m_scene, &MapScene::contextMenuRequested, this, &MapPage::contextMenu);
    // One progress bar and stop button for the drawing and the export (they rarely overlap; stop ends both).
    m_job->bindProgress(m_progress, m_cancel);
    m_exportJob->bindProgress(m_progress, m_cancel);
    connect(m_exportJob, &BackgroundJobBase::runningChanged, this, [this](bool running) {
        m_export->setEnabled(!running);
        m_cancel->setToolTip(running ? tr("Stop the export (nothing is written)")
                                     : tr("Stop drawing (the layout in progress is thrown away)"));
    });
    setEnabled(false);
}

MapPage::~MapPage() = default; // the jobs cancel their workers

void MapPage::setService(RegisterService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service)
        connect(service, &RegisterService::changed, this, &MapPage::registerChanged);
    m_overlay.reset();
    m_focusKey.clear();
    m_mode = Mode::Around;
    m_scene->clearMap();
    m_bannerRow->hide();
    m_completerStale = true;
    m_info->setText(service ? tr("Choose an element to see what it needs and what needs it.") : QString());
    setEnabled(service != nullptr);
    m_stale = true;
    if (service && isVisible())
        request();
}

void MapPage::registerChanged()
{
    m_completerStale = true;
    // The overlay's states belong to the register before the change.
    if (m_overlay) {
        m_overlay.reset();
        m_mode = Mode::Around;
    }
    m_stale = true;
    if (isVisible())
        request();
}

void MapPage::setHops(int hops)
{
    m_hops->setValue(hops);
}

void MapPage::setDirection(analysis::Direction direction)
{
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(int(direction))));
    if (m_mode == Mode::Around)
        request();
}

void MapPage::setElementLimit(int limit)
{
    m_limit = std::max(10, limit);
}

void MapPage::showAround(const QString &key)
{
    m_mode = Mode::Around;
    m_overlay.reset();
    m_focusKey = key;
    const QSignalBlocker blocker(m_whole);
    m_whole->setChecked(false);
    m_stale = true;
    if (isVisible())
        request();
}

void MapPage::followElement(const QString &key)
{
    if (m_mode == Mode::Impact || key.isEmpty() || key == m_focusKey)
        return;
    if (m_mode == Mode::Whole) {
        // The element is on the drawing already: just point at it.
        m_focusKey = key;
        const int node = m_scene->nodeOf(key);
        if (node >= 0) {
            m_scene->highlight(node);
            m_view->centerOn(m_scene->nodeCentre(node));
            return;
        }
    }
    showAround(key);
}

void MapPage::showWholeRegister()
{
    m_mode = Mode::Whole;
    m_overlay.reset();
    const QSignalBlocker blocker(m_whole);
    m_whole->setChecked(true);
    m_stale = true;
    if (isVisible())
        request();
}

void MapPage::showImpact(const MapOverlay &overlay)
{
    m_mode = Mode::Impact;
    m_overlay = overlay;
    const QSignalBlocker blocker(m_whole);
    m_whole->setChecked(false);
    m_banner->setText(
        tr("<b>Blast radius</b> of %1: <span style='color:#c0392b'>&#9632;</span> down, "
           "<span style='color:#d98c00'>&#9632;</span> degraded, the failed elements with a thick border.")
            .arg(overlay.title.toHtmlEscaped()));
    m_bannerRow->show();
    m_stale = true;
    if (isVisible())
        request();
}

void MapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_completerStale)
        buildCompleter();
    if (m_stale && m_service)
        request();
}

void MapPage::cancel()
{
    m_job->cancel();
}

void MapPage::request()
{
    if (!m_service)
        return;
    m_stale = false;
    MapRequest r;
    r.path = m_service->path();
    r.snapshot = m_cache->snapshot();
    r.generation = m_cache->generation();
    r.mode = m_mode == Mode::Whole ? RequestMode::Whole
        : m_mode == Mode::Impact   ? RequestMode::Impact
                                   : RequestMode::Around;
    r.focusKey = m_focusKey;
    r.hops = m_hops->value();
    r.direction = analysis::Direction(m_direction->currentData().toInt());
    r.limit = m_limit;
    r.overlay = m_mode == Mode::Impact ? m_overlay : std::nullopt;
    if (m_mode == Mode::Impact && !m_overlay)
        r.mode = RequestMode::Around;
    m_bannerRow->setVisible(r.mode == RequestMode::Impact);
    // A newer request replaces one still on the worker; only the latest drawing arrives.
    m_job->run([r](Feedback &feedback) { return buildMap(r, feedback); },
               [this](Result<MapOutcome> outcome) { layoutFinished(std::move(outcome)); });
}

void MapPage::layoutFinished(Result<MapOutcome> result)
{
    if (!result) {
        m_info->setText(result.error().code == Error::Code::Canceled
                            ? tr("Drawing the map was stopped. Choose an element, fewer steps or a smaller limit.")
                            : result.error().message);
        Q_EMIT mapReady(false);
        return;
    }
    MapOutcome &outcome = *result;
    if (outcome.snapshot && !m_overlay)
        m_cache->offer(outcome.snapshot, outcome.generation);
    const analysis::GraphSnapshot &s = *outcome.snapshot;
    const bool whole = outcome.focusKey.isEmpty() && m_mode != Mode::Impact;
    {
        const QSignalBlocker blocker(m_whole);
        m_whole->setEnabled(s.size() <= m_limit);
        m_whole->setChecked(whole && m_mode != Mode::Impact);
    }
    if (whole && m_mode == Mode::Around)
        m_mode = Mode::Whole;
    if (!outcome.focusKey.isEmpty())
        m_focusKey = outcome.focusKey;
    if (m_mode == Mode::Impact && m_overlay)
        m_scene->setMap(
            outcome.snapshot, std::move(*outcome.graph), outcome.geometry, m_overlay->states, m_overlay->failed);
    else
        m_scene->setMap(outcome.snapshot, std::move(*outcome.graph), outcome.geometry);
    m_geometry = std::move(outcome.geometry);
    m_drawn = outcome.snapshot;
    const bool impact = m_mode == Mode::Impact && m_overlay;
    m_drawnStates = impact ? m_overlay->states : nullptr;
    m_drawnFailed = impact ? m_overlay->failed : std::vector<int>();
    m_drawnTitle = impact ? m_overlay->title : QString();
    m_view->fitAll();
    const int focusNode = m_mode == Mode::Impact ? -1 : m_scene->nodeOf(m_focusKey);
    if (focusNode >= 0) {
        m_scene->highlight(focusNode);
        if (m_view->zoom() < 0.35)
            m_view->focusOn(m_scene->nodeCentre(focusNode));
    }
    updateInfo(outcome);
    Q_EMIT mapReady(true);
}

void MapPage::updateInfo(const MapOutcome &outcome)
{
    const analysis::GraphSnapshot &s = *outcome.snapshot;
    QString text;
    const int drawn = m_scene->nodeCount();
    const int dependencies = int(m_scene->graph().edges.size());
    if (m_mode == Mode::Impact) {
        text = tr("%n affected element(s) drawn", nullptr, drawn);
    } else if (m_mode == Mode::Whole) {
        text = tr("The whole register: %n element(s)", nullptr, drawn);
    } else {
        const int seed = s.indexOf(m_focusKey);
        text = tr("%1 (%2) and what lies within %n step(s)", nullptr, m_hops->value())
                   .arg(m_focusKey, seed >= 0 ? s.name(seed) : QString());
        text += QStringLiteral(": ") + tr("%n element(s)", nullptr, drawn);
    }
    text += QStringLiteral(", ") + tr("%n dependency(ies)", nullptr, dependencies);
    if (outcome.omitted > 0)
        text += QStringLiteral(". ")
            + tr("%n more not drawn to keep the map readable (limit %1, see Settings).", nullptr, outcome.omitted)
                  .arg(m_limit);
    else
        text += QLatin1Char('.');
    // What is drawn, kept apart from the screen's hint: an exported figure says the first and not the second.
    m_drawingDescription = text;
    m_info->setText(text + QLatin1Char(' ')
                    + tr("Click an element to follow its dependencies, double-click to centre the map on it."));
}

void MapPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MapPage::buildCompleter()
{
    m_completerStale = false;
    if (m_service)
        installElementCompleter(m_search, *m_service, [this] { searchEntered(); });
}

void MapPage::searchEntered()
{
    const QString key = m_search->text().section(QStringLiteral("  "), 0, 0).trimmed();
    if (key.isEmpty() || !m_service)
        return;
    if (!m_service->element(key)) {
        m_info->setText(tr("There is no element '%1'.").arg(key));
        return;
    }
    m_search->clear();
    const int node = m_scene->nodeOf(key);
    if (node >= 0 && m_mode != Mode::Around) {
        // On the drawing already (whole register or blast radius): point at it.
        m_scene->highlight(node);
        m_view->focusOn(m_scene->nodeCentre(node));
        return;
    }
    showAround(key);
}

void MapPage::contextMenu(const QString &key, const QPoint &screenPos)
{
    QMenu menu(this);
    menu.addAction(tr("&Centre the map here"), this, [this, key] { showAround(key); });
    menu.addAction(tr("Show in the &register"), this, [this, key] { Q_EMIT showElement(key); });
    menu.addAction(tr("&Fail it on the Impact page"), this, [this, key] { Q_EMIT failElement(key); });
    menu.addSeparator();
    menu.addAction(tr("Copy &key"), this, [key] { QApplication::clipboard()->setText(key); });
    menu.exec(screenPos);
}

void MapPage::exportTo(const QString &path)
{
    if (m_scene->nodeCount() == 0 || !m_drawn) {
        // Later, as every outcome of an export: a caller connects after calling.
        QMetaObject::invokeMethod(
            this,
            [this, path] { Q_EMIT exportFinished(path, false, tr("There is no drawing to export.")); },
            Qt::QueuedConnection);
        return;
    }
    // The figure as a reader of a report needs it: a title, what is drawn and from which register, a legend; the
    // highlight of the moment is left out. The worker paints from copies of the drawing's data (not the scene).
    reports::MapPainter::Figure figure;
    figure.title = m_drawnStates ? tr("Blast radius of %1").arg(m_drawnTitle) : tr("Dependency map");
    const QString file = m_service ? QFileInfo(m_service->path()).fileName() : QString();
    figure.subtitle
        = tr("Register %1. %2 Laid out with Graphviz dot; an arrow points from an element to what it needs.")
              .arg(file, m_drawingDescription);
    figure.failed = m_drawnFailed;
    m_exportJob->run(
        [path, figure, snapshot = m_drawn, states = m_drawnStates, graph = m_scene->graph(), geometry = m_geometry](
            Feedback &feedback) mutable -> Result<void> {
            figure.states = states.get();
            return reports::MapPainter::writeFigure(path, *snapshot, graph, geometry, figure, &feedback);
        },
        [this, path](Result<void> written) {
            const bool showErrors = std::exchange(m_showExportErrors, false);
            if (!written && showErrors && written.error().code != Error::Code::Canceled)
                QMessageBox::warning(this, tr("Export the map"), written.error().message);
            Q_EMIT exportFinished(path, bool(written), written ? QString() : written.error().message);
        },
        tr("Exporting the map to %1...").arg(QDir::toNativeSeparators(path)));
}

void MapPage::exportDialog()
{
    Settings settings;
    QString selected;
    const QString base = m_focusKey.isEmpty() ? QStringLiteral("map") : QStringLiteral("map-%1").arg(m_focusKey);
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("Export the map"),
                                                QDir(settings.lastFolder()).filePath(base + QStringLiteral(".svg")),
                                                tr("SVG image (*.svg);;PNG image (*.png)"),
                                                &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QStringLiteral("png")) ? QStringLiteral(".png") : QStringLiteral(".svg");
    settings.setLastFolder(QFileInfo(path).absolutePath());
    m_showExportErrors = true;
    exportTo(path);
}

} // namespace bulwark::gui
