// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/map/maplayout.h"

#include <QLoggingCategory>

#include <algorithm>
#include <graphviz/gvc.h>
#include <mutex>

Q_LOGGING_CATEGORY(lcLayout, "bulwark.reports.layout")

namespace bulwark::reports {
namespace {

std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

/// Graphviz's context, created once and kept for the life of the process (it holds the loaded plugins). Call with
/// the mutex held.
GVC_t *sharedContext()
{
    static GVC_t *context = gvContext();
    return context;
}

/// Graphviz's API takes char * for names and values it does not change.
char *text(const char *value)
{
    return const_cast<char *>(value);
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

/// A graph that is closed whatever happens.
struct GraphHandle {
    GVC_t *context = nullptr;
    Agraph_t *graph = nullptr;
    bool laidOut = false;
    ~GraphHandle()
    {
        if (graph && laidOut)
            gvFreeLayout(context, graph);
        if (graph)
            agclose(graph);
    }
};

bool isBottomKind(ElementKind kind)
{
    return kind == ElementKind::Location || kind == ElementKind::Provider;
}

} // namespace

MapGraph MapGraph::induced(const analysis::GraphSnapshot &s, std::span<const int> elements)
{
    MapGraph graph;
    graph.elements.assign(elements.begin(), elements.end());
    std::sort(graph.elements.begin(), graph.elements.end());
    graph.elements.erase(std::unique(graph.elements.begin(), graph.elements.end()), graph.elements.end());
    // Position of each element in the drawing, found by binary search in the sorted list (no n-sized array: the
    // snapshot can be a million elements and the drawing a few hundred).
    auto position = [&](int v) {
        const auto it = std::lower_bound(graph.elements.begin(), graph.elements.end(), v);
        return it != graph.elements.end() && *it == v ? int(it - graph.elements.begin()) : -1;
    };
    for (int i = 0; i < int(graph.elements.size()); ++i) {
        const int v = graph.elements[std::size_t(i)];
        for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
            const int j = position(s.target(e));
            if (j >= 0)
                graph.edges.push_back({i, j, s.isHard(e), s.edgeGroup(e) >= 0});
        }
    }
    return graph;
}

MapGraph MapGraph::ofBlastMap(const analysis::BlastMap &map)
{
    MapGraph graph;
    graph.elements = map.elements;
    graph.aggregates.reserve(map.groups.size());
    for (const analysis::BlastMap::Group &g : map.groups)
        graph.aggregates.push_back({g.kind, g.label, g.detail, g.count, g.state, g.failed});
    graph.edges.reserve(map.links.size());
    for (const analysis::BlastMap::Link &l : map.links)
        graph.edges.push_back({l.from, l.to, l.hard, l.grouped});
    return graph;
}

Result<MapGeometry> MapLayout::layout(const analysis::GraphSnapshot &s, const MapGraph &graph)
{
    MapGeometry geometry;
    if (graph.nodeCount() == 0)
        return geometry;

    const std::lock_guard lock(graphvizMutex());
    GVC_t *context = sharedContext();
    if (!context)
        return makeError(Error::Code::Unsupported, tr("The Graphviz layout library could not be started."));

    GraphHandle handle;
    handle.context = context;
    handle.graph = agopen(text("map"), Agdirected, nullptr);
    Agraph_t *g = handle.graph;
    agattr(g, AGRAPH, text("rankdir"), text("TB"));
    agattr(g, AGRAPH, text("nodesep"), text("0.25"));
    agattr(g, AGRAPH, text("ranksep"), text("0.6"));
    agattr(g, AGRAPH, text("ordering"), text(""));
    agattr(g, AGNODE, text("shape"), text("box"));
    agattr(g, AGNODE, text("fixedsize"), text("true"));
    agattr(g, AGNODE, text("label"), text(""));
    agattr(g, AGNODE, text("width"), text(inches(nodeWidth).constData()));
    agattr(g, AGNODE, text("height"), text(inches(nodeHeight).constData()));
    agattr(g, AGEDGE, text("arrowsize"), text("0.7"));

    const std::size_t nodeCount = std::size_t(graph.nodeCount());
    std::vector<int> outDegree(nodeCount, 0);
    for (const MapGraph::Edge &e : graph.edges)
        ++outDegree[std::size_t(e.from)];

    Agraph_t *top = agsubg(g, text("top"), 1);
    agsafeset(top, text("rank"), text("min"), text(""));
    Agraph_t *bottom = agsubg(g, text("bottom"), 1);
    agsafeset(bottom, text("rank"), text("max"), text(""));

    std::vector<Agnode_t *> nodes;
    nodes.reserve(nodeCount);
    for (std::size_t i = 0; i < nodeCount; ++i) {
        const QByteArray name = "n" + QByteArray::number(qulonglong(i));
        Agnode_t *node = agnode(g, text(name.constData()), 1);
        nodes.push_back(node);
        const ElementKind kind
            = i < graph.elements.size() ? s.kind(graph.elements[i]) : graph.aggregates[i - graph.elements.size()].kind;
        if (i >= graph.elements.size()) // a group: wider, for its count and its stack
            agsafeset(node, text("width"), text(inches(aggregateWidth).constData()), text(""));
        if (kind == ElementKind::Function)
            agsubnode(top, node, 1);
        else if (isBottomKind(kind) && outDegree[i] == 0)
            agsubnode(bottom, node, 1);
    }
    std::vector<Agedge_t *> edges;
    edges.reserve(graph.edges.size());
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        const MapGraph::Edge &e = graph.edges[i];
        const QByteArray name = "e" + QByteArray::number(qulonglong(i));
        edges.push_back(agedge(g, nodes[std::size_t(e.from)], nodes[std::size_t(e.to)], text(name.constData()), 1));
    }

    if (gvLayout(context, g, "dot") != 0) {
        qCWarning(lcLayout) << "Graphviz dot layout failed for" << nodeCount << "nodes";
        return makeError(Error::Code::Unsupported,
                         tr("The map could not be laid out: Graphviz's dot layout is not available."));
    }
    handle.laidOut = true;

    const boxf bb = GD_bb(g);
    const double height = bb.UR.y;
    auto point = [height](pointf p) { return QPointF(p.x, height - p.y); };
    geometry.bounds = QRectF(0, 0, bb.UR.x, bb.UR.y);
    geometry.nodes.reserve(nodes.size());
    for (Agnode_t *node : nodes)
        geometry.nodes.push_back({point(ND_coord(node)), QSizeF(ND_width(node) * 72.0, ND_height(node) * 72.0)});
    geometry.edges.resize(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        // agedge returns the same edge for a second dependency between the same pair; there is none (keys are unique).
        const splines *spl = ED_spl(edges[i]);
        if (!spl || spl->size == 0)
            continue;
        MapGeometry::Edge &out = geometry.edges[i];
        const bezier &b = spl->list[0];
        out.spline.reserve(int(b.size));
        for (int k = 0; k < b.size; ++k)
            out.spline.append(point(b.list[k]));
        if (b.eflag) {
            out.hasArrow = true;
            out.arrowTip = point(b.ep);
        }
    }
    return geometry;
}

QString MapLayout::graphvizVersion()
{
    const std::lock_guard lock(graphvizMutex());
    GVC_t *context = sharedContext();
    return context ? QString::fromLatin1(gvcVersion(context)) : QString();
}

} // namespace bulwark::reports
