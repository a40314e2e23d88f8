// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "model/analysis/blastmap.h"
#include "model/analysis/failureset.h"
#include "model/analysis/impact.h"
#include "model/analysis/neighbourhood.h"
#include "reports/map/maplayout.h"
#include "reports/map/mappainter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

#include <numeric>
#include <optional>

namespace bulwark::cli {

QString MapCommand::summary() const
{
    return Context::tr("Draw the dependency map, or a part of it, to an SVG or PNG file (laid out with Graphviz).");
}

QString MapCommand::arguments() const
{
    return {};
}

QStringList MapCommand::examples() const
{
    return {QStringLiteral("bulwark map --db bank.bulwark --out bank.svg"),
            QStringLiteral("bulwark map --db bank.bulwark --around APP-CORE --hops 2 --out core.svg"),
            QStringLiteral("bulwark map --db bank.bulwark --around F-PAY --direction needs --out payments.png"),
            QStringLiteral("bulwark map --db bank.bulwark --fail FAC-DC-FRA --out frankfurt.svg")};
}

void MapCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("out"), Context::tr("The file to write: .svg (vector) or .png."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("around"), Context::tr("Draw the neighbourhood of this element."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("hops"),
                      Context::tr("Dependency steps around --around (1-6, default 2)."),
                      QStringLiteral("N"),
                      QStringLiteral("2")});
    parser.addOption({QStringLiteral("direction"),
                      Context::tr("Which way from --around: both (what it needs and what needs it), needs, "
                                  "needed-by (default both)."),
                      QStringLiteral("WAY"),
                      QStringLiteral("both")});
    parser.addOption({QStringLiteral("limit"),
                      Context::tr("The most elements drawn (10-2000, default 300)."),
                      QStringLiteral("N"),
                      QStringLiteral("300")});
    Context::addFailureOptions(parser); // draws the blast radius, coloured
}

int MapCommand::run(Context &context) const
{
    const QCommandLineParser &parser = context.parser;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.fail(makeError(
            Error::Code::Invalid, Context::tr("--out FILE is required (.svg or .png)"), QStringLiteral("out")));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"svg" && suffix != u"png")
        return context.fail(makeError(
            Error::Code::Invalid, Context::tr("'%1' must end in .svg or .png").arg(out), QStringLiteral("out")));
    bool ok = false;
    const int hops = parser.value(QStringLiteral("hops")).toInt(&ok);
    if (!ok || hops < 1 || hops > 6)
        return context.fail(
            makeError(Error::Code::Invalid, Context::tr("must be a whole number from 1 to 6"), QStringLiteral("hops")));
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 10 || limit > 2000)
        return context.fail(makeError(
            Error::Code::Invalid, Context::tr("must be a whole number from 10 to 2000"), QStringLiteral("limit")));
    const QString way = parser.value(QStringLiteral("direction"));
    analysis::Direction direction = analysis::Direction::Both;
    if (way == u"needs")
        direction = analysis::Direction::Needs;
    else if (way == u"needed-by")
        direction = analysis::Direction::NeededBy;
    else if (way != u"both")
        return context.fail(makeError(Error::Code::Invalid,
                                      Context::tr("'%1' is not one of: both, needs, needed-by").arg(way),
                                      QStringLiteral("direction")));

    const bool failing = parser.isSet(QStringLiteral("fail")) || parser.isSet(QStringLiteral("region"))
        || parser.isSet(QStringLiteral("country")) || parser.isSet(QStringLiteral("tag"));
    const bool around = parser.isSet(QStringLiteral("around"));
    if (failing && around)
        return context.fail(makeError(Error::Code::Invalid,
                                      Context::tr("choose either --around or a failure, not both"),
                                      QStringLiteral("around")));

    auto snapshot = context.openSnapshot();
    if (!snapshot)
        return context.fail(snapshot.error());
    const analysis::GraphSnapshot &s = **snapshot;
    reports::MapPainter::Figure figure;
    analysis::Neighbourhood drawn;
    std::optional<reports::MapGraph> blast; // a failure's figure (elements and counted groups)
    std::vector<analysis::State> states;
    const QString registerName = QFileInfo(context.db()).fileName();
    if (failing) {
        auto failed = context.failureSet(s);
        if (!failed)
            return context.fail(failed.error());
        const analysis::ImpactResult result = analysis::analyseImpact(s, *failed);
        states = result.elementStates(s.size());
        // The figure the Map page draws of the same failure (docs/semantics.md, "Blast-radius map"): beyond the limit,
        // the failed elements, the chains to the worst-hit critical functions, the rest counted in groups.
        analysis::BlastMapOptions options;
        options.limit = limit;
        const analysis::BlastMap map = analysis::blastMap(s, result, options);
        blast = reports::MapGraph::ofBlastMap(map);
        for (const analysis::BlastMap::Group &g : map.groups)
            drawn.omitted += g.count;
        figure.states = &states;
        figure.failed = result.failed;
        figure.title = Context::tr("Blast radius of %1").arg(analysis::FailureSets::title(s, result.failed));
        figure.subtitle
            = Context::tr("Register %1. %Ln element(s) down, %2 degraded.", nullptr, int(result.down.size()))
                  .arg(registerName, QLocale().toString(qsizetype(result.degraded.size())));
        if (map.aggregated)
            figure.subtitle += QLatin1Char(' ')
                + Context::tr("Paths to the %Ln worst-hit critical function(s); the rest in groups.",
                              nullptr,
                              int(map.featured.size()));
    } else if (around) {
        auto seed = context.elementsOf(s, {parser.value(QStringLiteral("around"))});
        if (!seed)
            return context.fail(seed.error());
        drawn = analysis::neighbourhood(s, *seed, hops, direction, limit);
        const int v = seed->front();
        figure.title = Context::tr("%1 %2").arg(s.key(v), s.name(v));
        figure.subtitle = Context::tr("Register %1. What lies within %Ln step(s) (%2).", nullptr, hops)
                              .arg(registerName, way == u"both" ? Context::tr("both ways") : way);
    } else {
        if (s.size() > limit)
            return context.fail(makeError(Error::Code::Invalid,
                                          Context::tr("the register has %1 elements, more than --limit %2: choose "
                                                      "--around KEY, a failure, or a larger --limit")
                                              .arg(s.size())
                                              .arg(limit),
                                          QStringLiteral("limit")));
        drawn.elements.resize(std::size_t(s.size()));
        std::iota(drawn.elements.begin(), drawn.elements.end(), 0);
        figure.title = Context::tr("Dependency map");
        figure.subtitle = Context::tr("Register %1, every element.").arg(registerName);
    }
    if (drawn.omitted > 0 && !blast)
        figure.subtitle
            += QLatin1Char(' ') + Context::tr("%Ln more not drawn (limit %1).", nullptr, drawn.omitted).arg(limit);
    figure.subtitle += QLatin1Char(' ')
        + Context::tr("Laid out with Graphviz dot; an arrow points from an element to what it needs.");

    const reports::MapGraph graph = blast ? std::move(*blast) : reports::MapGraph::induced(s, drawn.elements);
    auto geometry = reports::MapLayout::layout(s, graph);
    if (!geometry)
        return context.fail(geometry.error());
    if (auto written = reports::MapPainter::writeFigure(out, s, graph, *geometry, figure); !written)
        return context.fail(written.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                                      {QStringLiteral("elements"), int(graph.elements.size())},
                                      {QStringLiteral("dependencies"), int(graph.edges.size())},
                                      {QStringLiteral("omitted"), drawn.omitted}});
    } else {
        context.out << Context::tr("Wrote %1: %Ln element(s)", nullptr, int(graph.elements.size()))
                           .arg(QDir::toNativeSeparators(out));
        if (!graph.aggregates.empty())
            context.out << ", "
                        << Context::tr("%1 more in %Ln group(s)", nullptr, int(graph.aggregates.size()))
                               .arg(QLocale().toString(drawn.omitted));
        context.out << ", " << Context::tr("%Ln dependency(ies)", nullptr, int(graph.edges.size()));
        if (drawn.omitted > 0 && graph.aggregates.empty())
            context.out << ", " << Context::tr("%Ln more not drawn", nullptr, drawn.omitted);
        context.out << ".\n";
    }
    return Ok;
}

} // namespace bulwark::cli
