// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mappage.h"

#include "gui/elementcompleter.h"
#include "gui/icons.h"
#include "gui/map/mapscene.h"
#include "gui/map/mapview.h"
#include "gui/settings.h"
#include "gui/snapshotcache.h"
#include "model/analysis/impact.h"
#include "model/analysis/spofanalysis.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"
#include "reports/map/mappainter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <numeric>

namespace bulwark::gui {
namespace {

enum class RequestMode { Around, Whole, Impact, Function };

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
    analysis::BlastGrouping grouping = analysis::BlastGrouping::Kind;
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
    std::optional<reports::MapGraph> drawn; // a graph made by the mode itself (not the elements' induced one)
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
            // The verdicts rank the functions whose chains are drawn: the impact again, on this worker (the
            // overlay carries the states only). Same snapshot, same failure: the same states.
            const analysis::ImpactResult impact = analysis::analyseImpact(s, request.overlay->failed);
            if (feedback.isCanceled())
                return makeError(Error::Code::Canceled, MapPage::tr("Drawing the map was canceled."));
            analysis::BlastMapOptions options;
            options.limit = request.limit;
            options.grouping = request.grouping;
            const analysis::BlastMap map = analysis::blastMap(s, impact, options);
            outcome.affected = map.affected;
            outcome.featured = int(map.featured.size());
            outcome.aggregated = map.aggregated;
            for (const analysis::BlastMap::Group &g : map.groups)
                outcome.groupedElements += g.count;
            drawn = reports::MapGraph::ofBlastMap(map);
            break;
        }
        case RequestMode::Function: {
            const int function = s.indexOf(focus);
            if (function < 0)
                return makeError(Error::Code::NotFound, MapPage::tr("There is no element '%1'.").arg(focus));
            // The same analysis as `bulwark spof --function`.
            const analysis::SpofAnalysis spofs(s, &feedback);
            if (!spofs.isComplete())
                return makeError(Error::Code::Canceled, MapPage::tr("Drawing the map was canceled."));
            outcome.spofs = spofs.spofsOf(function);
            std::sort(outcome.spofs.begin(), outcome.spofs.end());
            // What the function needs, nearest first within the limit; its SPOFs whatever the limit.
            const analysis::Neighbourhood n
                = analysis::neighbourhood(s,
                                          std::span(&function, 1),
                                          std::numeric_limits<int>::max() / 2,
                                          analysis::Direction::Needs,
                                          std::max(1, request.limit - int(outcome.spofs.size())));
            elements = n.elements;
            elements.insert(elements.end(), outcome.spofs.begin(), outcome.spofs.end());
            outcome.omitted = n.omitted;
            outcome.focusKey = focus;
            break;
        }
    }
    feedback.setProgress(60);
    if (feedback.isCanceled())
        return makeError(Error::Code::Canceled, MapPage::tr("Drawing the map was canceled."));
    reports::MapGraph graph = drawn ? std::move(*drawn) : reports::MapGraph::induced(s, elements);
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
                         "&nbsp;<span style='color:#c0392b'>&#9670;</span>&nbsp;critical")
          << MapPage::tr("<span style='color:%1'>&#9633;</span>&nbsp;single point of failure (SPOF)")
                 .arg(reports::MapPainter::spofColour().name())
          << MapPage::tr("&#9636;&nbsp;a group of affected elements, with their count");
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
    m_whole->setObjectName(QStringLiteral("mapWhole"));
    m_whole->setToolTip(tr("Draw every element (offered when the register is small enough to read); clear it to go "
                           "back to what was shown before"));
    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(QStringLiteral("mapBack"));
    m_backButton->setArrowType(Qt::LeftArrow);
    m_backButton->setToolTip(tr("Back to the place shown before (Alt+Left)"));
    m_forwardButton = new QToolButton(this);
    m_forwardButton->setObjectName(QStringLiteral("mapForward"));
    m_forwardButton->setArrowType(Qt::RightArrow);
    m_forwardButton->setToolTip(tr("Forward again (Alt+Right)"));
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
    m_export->setToolTip(tr("Save the drawing as SVG, PDF (on A4 or A3 if asked) or PNG"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    controls->addWidget(m_backButton);
    controls->addWidget(m_forwardButton);
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
    m_clearImpact->setObjectName(QStringLiteral("mapClearImpact"));
    m_clearImpact->setText(tr("Clear impact colours"));
    m_grouping = new QComboBox(m_bannerRow);
    m_grouping->setObjectName(QStringLiteral("mapGrouping"));
    m_grouping->addItem(tr("Group the rest by kind"), int(analysis::BlastGrouping::Kind));
    m_grouping->addItem(tr("Group the rest by country"), int(analysis::BlastGrouping::Country));
    m_grouping->setToolTip(tr("A blast radius larger than the limit draws the failed elements and the chains to the "
                              "worst-hit critical functions; the other affected elements are counted in groups"));
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_grouping);
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
            leaveWholeRegister();
    });
    connect(m_backButton, &QToolButton::clicked, this, &MapPage::goBack);
    connect(m_forwardButton, &QToolButton::clicked, this, &MapPage::goForward);
    connect(m_grouping, &QComboBox::activated, this, [this] {
        if (m_mode == Mode::Impact)
            request();
    });
    connect(fit, &QToolButton::clicked, m_view, &MapView::fitAll);
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(0.8); });
    connect(m_export, &QPushButton::clicked, this, &MapPage::exportDialog);
    // Back returns to the blast radius: go() records it with its overlay before dropping it.
    connect(m_clearImpact, &QToolButton::clicked, this, [this] { showAround(m_focusKey); });
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fitAll(); });
    shortcut(QKeySequence::ZoomIn, [this] { m_view->zoomBy(1.25); });
    shortcut(QKeySequence::ZoomOut, [this] { m_view->zoomBy(0.8); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { m_scene->highlight(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { goBack(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { goForward(); });
    updateHistoryButtons();

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
    m_back.clear();
    m_forward.clear();
    m_hasPlace = false;
    m_spofs.clear();
    updateHistoryButtons();
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
    // The overlay's states belong to the register before the change; so do the blast radii in the history.
    if (m_overlay) {
        m_overlay.reset();
        m_mode = Mode::Around;
    }
    const auto stale = [](const Place &place) { return place.mode == Mode::Impact; };
    m_back.erase(std::remove_if(m_back.begin(), m_back.end(), stale), m_back.end());
    m_forward.erase(std::remove_if(m_forward.begin(), m_forward.end(), stale), m_forward.end());
    updateHistoryButtons();
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
    go({Mode::Around, key, std::nullopt});
}

void MapPage::showFunction(const QString &functionKey)
{
    go({Mode::Function, functionKey, std::nullopt});
}

MapPage::Place MapPage::currentPlace() const
{
    return {m_mode, m_focusKey, m_mode == Mode::Impact ? m_overlay : std::nullopt};
}

void MapPage::remember(const Place &next)
{
    if (!m_hasPlace)
        return;
    const Place now = currentPlace();
    const auto same = [](const Place &a, const Place &b) {
        if (a.mode != b.mode)
            return false;
        if (a.mode == Mode::Impact)
            return a.overlay && b.overlay && a.overlay->states == b.overlay->states
                && a.overlay->failed == b.overlay->failed && a.overlay->path == b.overlay->path;
        return a.mode == Mode::Whole || a.focusKey == b.focusKey;
    };
    if (same(now, next))
        return;
    m_back.push_back(now);
    constexpr std::size_t depth = 50;
    if (m_back.size() > depth)
        m_back.erase(m_back.begin());
    m_forward.clear();
    updateHistoryButtons();
}

void MapPage::go(const Place &place, bool record)
{
    if (record)
        remember(place);
    m_mode = place.mode;
    m_focusKey = place.focusKey;
    m_overlay = place.mode == Mode::Impact ? place.overlay : std::nullopt;
    if (place.mode != Mode::Function)
        m_spofs.clear();
    {
        const QSignalBlocker blocker(m_whole);
        m_whole->setChecked(place.mode == Mode::Whole);
    }
    if (place.mode == Mode::Impact && m_overlay) {
        m_banner->setText(
            tr("<b>Blast radius</b> of %1: <span style='color:#c0392b'>&#9632;</span> down, "
               "<span style='color:#d98c00'>&#9632;</span> degraded, the failed elements with a thick border.")
                .arg(m_overlay->title.toHtmlEscaped()));
        if (!m_overlay->path.empty() && m_overlay->snapshot)
            m_banner->setText(m_banner->text() + QLatin1Char(' ')
                              + tr("The recovery path of %1 is marked in blue.")
                                    .arg(m_overlay->snapshot->key(m_overlay->path.front()).toHtmlEscaped()));
        m_bannerRow->show();
    }
    m_stale = true;
    if (isVisible())
        request();
}

void MapPage::goBack()
{
    if (m_back.empty())
        return;
    m_forward.push_back(currentPlace());
    const Place place = m_back.back();
    m_back.pop_back();
    updateHistoryButtons();
    go(place, false);
}

void MapPage::goForward()
{
    if (m_forward.empty())
        return;
    m_back.push_back(currentPlace());
    const Place place = m_forward.back();
    m_forward.pop_back();
    updateHistoryButtons();
    go(place, false);
}

void MapPage::updateHistoryButtons()
{
    m_backButton->setEnabled(!m_back.empty());
    m_forwardButton->setEnabled(!m_forward.empty());
}

void MapPage::leaveWholeRegister()
{
    if (!m_back.empty()) {
        goBack();
        return;
    }
    // Nothing before it (the first drawing of a small register): around the highlighted element, else the first
    // critical function, else the first element. Never an empty centre, which would draw everything again.
    QString key = m_scene->keyOf(m_scene->highlighted());
    if (key.isEmpty() && !m_focusKey.isEmpty())
        key = m_focusKey;
    if (const analysis::GraphSnapshot *s = m_scene->snapshot(); key.isEmpty() && s && s->size() > 0) {
        key = s->key(0);
        for (int v = 0; v < s->size(); ++v) {
            if (s->isFunction(v) && s->isCritical(v)) {
                key = s->key(v);
                break;
            }
        }
    }
    if (key.isEmpty()) {
        const QSignalBlocker blocker(m_whole);
        m_whole->setChecked(true);
        return;
    }
    showAround(key);
}

void MapPage::setBlastGrouping(analysis::BlastGrouping grouping)
{
    m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(int(grouping))));
    if (m_mode == Mode::Impact)
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
    go({Mode::Whole, m_focusKey, std::nullopt});
}

void MapPage::showImpact(const MapOverlay &overlay)
{
    go({Mode::Impact, m_focusKey, overlay}); // the centre is kept for "Clear impact colours"
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
        : m_mode == Mode::Function ? RequestMode::Function
                                   : RequestMode::Around;
    r.grouping = analysis::BlastGrouping(m_grouping->currentData().toInt());
    m_drawnHead = m_service->auditHead();
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
    m_grouping->setVisible(impact && outcome.aggregated);
    m_spofs = m_mode == Mode::Function ? outcome.spofs : std::vector<int>();
    m_scene->setSpofs(m_spofs);
    if (impact)
        m_scene->highlightPath(m_overlay->path);
    m_hasPlace = true;
    m_view->fitAll();
    const int focusNode = m_mode == Mode::Impact ? -1 : m_scene->nodeOf(m_focusKey);
    if (focusNode >= 0) {
        m_scene->highlight(focusNode);
        if (m_view->zoom() < 0.35)
            m_view->focusOn(m_scene->nodeCentre(focusNode));
    }
    if (impact && !m_scene->pathNodes().empty() && m_view->zoom() < 0.35) {
        // Too small to read whole: the recovery path marked, in view.
        QRectF pathArea;
        for (const int node : m_scene->pathNodes())
            pathArea = pathArea.united(m_scene->nodeRect(node));
        m_view->focusOnArea(pathArea.adjusted(-40, -40, 40, 40));
    } else if (impact && m_view->zoom() < 0.35) {
        // Too small to read whole: keep the failed elements (or their group) in view, at a readable zoom.
        QRectF failedArea;
        for (int node = 0; node < m_scene->nodeCount(); ++node) {
            const bool failed = m_scene->isAggregate(node)
                ? m_scene->graph().aggregates[std::size_t(node) - m_scene->graph().elements.size()].failed
                : std::binary_search(
                    m_drawnFailed.begin(), m_drawnFailed.end(), m_scene->graph().elements[std::size_t(node)]);
            if (failed)
                failedArea = failedArea.united(m_scene->nodeRect(node));
        }
        if (!failedArea.isEmpty())
            m_view->focusOn(failedArea.center());
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
    const QLocale locale;
    if (m_mode == Mode::Impact && outcome.aggregated) {
        text = tr("%1 elements affected, too many to draw one by one: the failed elements and the chains to the %2 "
                  "worst-hit critical functions are drawn (%3 elements), the other %4 are counted in %5 groups")
                   .arg(locale.toString(outcome.affected),
                        locale.toString(outcome.featured),
                        locale.toString(int(m_scene->graph().elements.size())),
                        locale.toString(outcome.groupedElements),
                        locale.toString(int(m_scene->graph().aggregates.size())));
    } else if (m_mode == Mode::Impact) {
        text = tr("%Ln affected element(s) drawn", nullptr, drawn);
    } else if (m_mode == Mode::Function) {
        const int function = s.indexOf(m_focusKey);
        text = tr("%1 (%2), what it needs: %Ln element(s)", nullptr, drawn)
                   .arg(m_focusKey, function >= 0 ? s.name(function) : QString());
        text += QStringLiteral("; ")
            + (outcome.spofs.empty()
                   ? tr("no single point of failure")
                   : tr("%Ln single point(s) of failure marked SPOF", nullptr, int(outcome.spofs.size())));
    } else if (m_mode == Mode::Whole) {
        text = tr("The whole register: %Ln element(s)", nullptr, drawn);
    } else {
        const int seed = s.indexOf(m_focusKey);
        text = tr("%1 (%2) and what lies within %Ln step(s)", nullptr, m_hops->value())
                   .arg(m_focusKey, seed >= 0 ? s.name(seed) : QString());
        text += QStringLiteral(": ") + tr("%Ln element(s)", nullptr, drawn);
    }
    text += QStringLiteral(", ") + tr("%Ln dependency(ies)", nullptr, dependencies);
    if (outcome.omitted > 0)
        text += QStringLiteral(". ")
            + tr("%Ln more not drawn to keep the map readable (limit %1, see Settings).", nullptr, outcome.omitted)
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
    figure.title = m_drawnStates   ? tr("Blast radius of %1").arg(m_drawnTitle)
        : m_mode == Mode::Function ? tr("Single points of failure of %1").arg(m_focusKey)
                                   : tr("Dependency map");
    figure.caption = figureCaption();
    figure.spofs = m_spofs;
    figure.pageSize = m_pageSize;
    figure.landscape = m_landscape;
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

void MapPage::setExportPage(QPageSize::PageSizeId size, bool landscape)
{
    m_pageSize = size;
    m_landscape = landscape;
}

QString MapPage::defaultExportName(const QString &suffix) const
{
    // Only what a file name may safely hold: keys keep letters, digits, '-', '_' and '.'.
    const auto safe = [](QString text) {
        for (QChar &c : text)
            if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
                c = u'-';
        return text;
    };
    QString base;
    if (m_drawnStates && m_drawn) {
        QStringList keys;
        for (std::size_t i = 0; i < m_drawnFailed.size() && i < 3; ++i)
            keys << safe(m_drawn->key(m_drawnFailed[i]));
        if (m_drawnFailed.size() > 3)
            keys << QStringLiteral("and-%1-more").arg(m_drawnFailed.size() - 3);
        base = QStringLiteral("blast-radius-%1-%2").arg(keys.join(u'-'), QDate::currentDate().toString(Qt::ISODate));
    } else if (m_mode == Mode::Function && !m_focusKey.isEmpty()) {
        base = QStringLiteral("spofs-%1").arg(safe(m_focusKey));
    } else if (m_mode == Mode::Around && !m_focusKey.isEmpty()) {
        base = QStringLiteral("around-%1").arg(safe(m_focusKey));
    } else {
        base = QStringLiteral("whole-register");
    }
    return base + u'.' + suffix;
}

QString MapPage::figureCaption() const
{
    const QString when = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (m_drawnHead.seq <= 0)
        return tr("Drawn %1 from a register with no audit entries yet.").arg(when);
    return tr("Drawn %1. Register state: audit entry %2, hash %3.")
        .arg(when, QString::number(m_drawnHead.seq), QString::fromLatin1(m_drawnHead.hash));
}

void MapPage::exportDialog()
{
    Settings settings;
    QString selected;
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("Export the map"),
                                                QDir(settings.lastFolder()).filePath(defaultExportName()),
                                                tr("SVG image (*.svg);;PDF document (*.pdf);;PNG image (*.png)"),
                                                &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QStringLiteral("png")) ? QStringLiteral(".png")
            : selected.contains(QStringLiteral("pdf"))   ? QStringLiteral(".pdf")
                                                         : QStringLiteral(".svg");
    if (QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0) {
        // Paper: the figure scaled to fit the page chosen (never enlarged).
        const QStringList pages{tr("One page the size of the figure"),
                                tr("A4 portrait"),
                                tr("A4 landscape"),
                                tr("A3 portrait"),
                                tr("A3 landscape")};
        bool ok = false;
        const QString page = QInputDialog::getItem(
            this, tr("Export the map"), tr("Page size (the figure is scaled to fit):"), pages, 0, false, &ok);
        if (!ok)
            return;
        const qsizetype choice = pages.indexOf(page);
        setExportPage(choice <= 0       ? QPageSize::Custom
                          : choice <= 2 ? QPageSize::A4
                                        : QPageSize::A3,
                      choice == 2 || choice == 4);
    }
    settings.setLastFolder(QFileInfo(path).absolutePath());
    m_showExportErrors = true;
    exportTo(path);
}

} // namespace bulwark::gui
