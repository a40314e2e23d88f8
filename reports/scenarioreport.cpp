// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/scenarioreport.h"

#include "model/analysis/blastmap.h"
#include "model/analysis/failureset.h"
#include "model/analysis/verdict.h"
#include "model/feedback.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"
#include "model/store/snapshotreader.h"
#include "reports/impacttables.h"
#include "reports/map/maplayout.h"
#include "reports/map/mappainter.h"

#include <QFileInfo>
#include <QPainter>

#include <algorithm>

namespace bulwark::reports {
namespace {

QString number(qint64 n)
{
    return Vocabulary::number(n);
}

/// The table with at most `max` rows, saying how many it left out.
void cut(Table &table, int max, const QString &order)
{
    const auto total = qsizetype(table.rows.size());
    if (max <= 0 || total <= max)
        return;
    table.rows.resize(std::size_t(max));
    if (table.keys.size() > max)
        table.keys.resize(max);
    table.note = ScenarioReport::tr("The first %1 of %2 rows, %3; 'bulwark scenario run' lists them all.")
                     .arg(number(max), number(total), order);
}

/// What a scenario fails, in words: "FAC-DC-FRA", "every element in region eu-central-1", ...
QString failsWords(const Scenario &s)
{
    QStringList parts;
    if (!s.fail.isEmpty())
        parts << s.fail.join(QStringLiteral(", "));
    if (!s.region.isEmpty())
        parts << ScenarioReport::tr("every element in region %1").arg(s.region);
    if (!s.country.isEmpty())
        parts << ScenarioReport::tr("every element in country %1").arg(s.country);
    if (!s.tag.isEmpty())
        parts << ScenarioReport::tr("every element tagged %1").arg(s.tag);
    return parts.isEmpty() ? ScenarioReport::tr("nothing") : parts.join(QStringLiteral("; "));
}

QString sectionId(const Scenario &s)
{
    return QStringLiteral("scenario-") + s.name;
}

/// Draws a blast-radius figure through MapPainter (the Map page's and `bulwark map`'s drawing), scaled into the
/// target. Owns what it draws, so it stays valid after the report's input is gone.
class MapFigure : public FigurePainter
{
public:
    MapFigure(std::shared_ptr<const analysis::GraphSnapshot> snapshot,
              MapGraph graph,
              MapGeometry geometry,
              std::vector<analysis::State> states,
              MapPainter::Figure figure)
        : m_snapshot(std::move(snapshot)),
          m_graph(std::move(graph)),
          m_geometry(std::move(geometry)),
          m_states(std::move(states)),
          m_figure(std::move(figure))
    {
        m_figure.states = &m_states;
        m_size = MapPainter::figureSize(m_geometry);
        // A map is wider than tall (a title band and a legend at least 900 points wide): turned a quarter, it runs
        // along the page's height and its text is drawn half as large again on A4 portrait.
        m_turned = m_size.width() > m_size.height();
    }
    QSizeF size() const override { return m_turned ? m_size.transposed() : m_size; }
    void paint(QPainter &painter, const QRectF &target) const override
    {
        const QSizeF outer = size();
        if (outer.isEmpty() || target.isEmpty())
            return;
        const qreal scale = std::min(target.width() / outer.width(), target.height() / outer.height());
        painter.save();
        painter.translate(target.left() + (target.width() - outer.width() * scale) / 2,
                          target.top() + (target.height() - outer.height() * scale) / 2);
        if (m_turned) { // the figure's top runs up the page's left edge: read it with the page turned clockwise
            painter.translate(0, outer.height() * scale);
            painter.rotate(-90);
        }
        painter.scale(scale, scale);
        MapPainter::paintFigure(painter, m_size, *m_snapshot, m_graph, m_geometry, m_figure);
        painter.restore();
    }

private:
    std::shared_ptr<const analysis::GraphSnapshot> m_snapshot;
    MapGraph m_graph;
    MapGeometry m_geometry;
    std::vector<analysis::State> m_states;
    MapPainter::Figure m_figure;
    QSizeF m_size; ///< as MapPainter draws it
    bool m_turned = false;
};

/// The figure of one scenario's blast radius, limited to what a reader can read on A4; a paragraph instead when the
/// layout fails.
Block mapBlock(const analysis::GraphSnapshot &s,
               const std::shared_ptr<const analysis::GraphSnapshot> &snapshot,
               const ScenarioRun &run,
               const ScenarioReportOptions &options)
{
    const analysis::ImpactResult &impact = *run.impact;
    analysis::BlastMapOptions mapOptions;
    mapOptions.limit = options.mapLimit;
    mapOptions.maxFunctions = options.mapFunctions;
    analysis::BlastMap map = analysis::blastMap(s, impact, mapOptions);
    // A large blast radius can fill the boxes with its groups by kind and state, leaving no room for a chain to a
    // critical function. Then the groups by state alone (the model's coarse grouping, which it takes when the groups
    // by kind would not fit the limit asked for) make room for the chains, within fewer boxes still.
    bool byStateOnly = false;
    if (map.aggregated && map.featured.empty() && analysis::countCriticalVerdicts(s, impact).total() > 0
        && map.groups.size() > 3) {
        analysis::BlastMapOptions coarse = mapOptions;
        coarse.limit = int(map.groups.size());
        analysis::BlastMap retried = analysis::blastMap(s, impact, coarse);
        if (!retried.featured.empty()) {
            map = std::move(retried);
            byStateOnly = true;
        }
    }
    MapGraph graph = MapGraph::ofBlastMap(map);
    auto geometry = MapLayout::layout(s, graph);
    if (!geometry)
        return Paragraph{
            ScenarioReport::tr("The map of the blast radius could not be laid out: %1").arg(geometry.error().message)};
    MapPainter::Figure figure;
    figure.title = ScenarioReport::tr("Blast radius of scenario %1").arg(run.scenario.name);
    figure.subtitle = ScenarioReport::tr("%1 down, %2 degraded. An arrow points from an element to what it needs.")
                          .arg(number(qint64(impact.down.size())), number(qint64(impact.degraded.size())));
    figure.failed = impact.failed;

    int grouped = 0;
    for (const analysis::BlastMap::Group &g : map.groups)
        grouped += g.count;
    Figure f;
    if (!map.aggregated) {
        f.caption = ScenarioReport::tr("Map of the blast radius of %1: every one of the %2 affected elements and every "
                                       "dependency between them.")
                        .arg(run.scenario.name, number(map.affected));
    } else {
        QStringList featured;
        for (const int v : map.featured)
            featured << s.key(v);
        f.caption
            = ScenarioReport::tr(
                  "Map of the blast radius of %1, limited to %2 boxes so that it reads on A4: the failed elements, the "
                  "dependency chains from the failure to the worst-hit critical or important functions (%3), and "
                  "the other %4 of the %5 affected elements counted %6. Left out: the single elements inside the "
                  "groups and the dependencies among them; the tables above list every one.")
                  .arg(run.scenario.name,
                       number(options.mapLimit),
                       featured.isEmpty() ? ScenarioReport::tr("none fitted beside the groups")
                                          : featured.join(QStringLiteral(", ")),
                       number(grouped),
                       number(map.affected),
                       (byStateOnly ? ScenarioReport::tr("by state (groups: %1), as groups by kind left no room for "
                                                         "a chain")
                                    : ScenarioReport::tr("by kind and state (groups: %1)"))
                           .arg(number(qint64(map.groups.size()))));
    }
    f.description = ScenarioReport::tr("Boxes: %1; arrows: %2; failed elements: %3.")
                        .arg(number(graph.nodeCount()),
                             number(qint64(graph.edges.size())),
                             analysis::FailureSets::title(s, impact.failed));
    f.painter = std::make_shared<MapFigure>(
        snapshot, std::move(graph), std::move(*geometry), impact.elementStates(s.size()), std::move(figure));
    return f;
}

/// The verdicts of the critical functions of an impact, in words, each named (the model's verdicts).
QString verdictWords(const analysis::GraphSnapshot &s, const analysis::ImpactResult &impact)
{
    std::vector<QStringList> byVerdict(5);
    int standard = 0;
    for (const analysis::FunctionImpact &f : impact.functions) {
        if (!s.isCritical(f.element)) {
            ++standard;
            continue;
        }
        byVerdict[std::size_t(analysis::judge(f).overall)] << s.key(f.element);
    }
    const analysis::VerdictCounts counts = analysis::countCriticalVerdicts(s, impact);
    QStringList sentences;
    if (counts.total() == 0) {
        sentences << ScenarioReport::tr("No critical or important function is affected.");
    } else {
        QStringList parts;
        for (const analysis::Verdict v : {analysis::Verdict::Breach,
                                          analysis::Verdict::Unknown,
                                          analysis::Verdict::LittleMargin,
                                          analysis::Verdict::Within}) {
            const QStringList &keys = byVerdict[std::size_t(v)];
            if (keys.isEmpty())
                continue;
            parts << ScenarioReport::tr("%1 %2 (%3)")
                         .arg(number(keys.size()),
                              Vocabulary::inSentence(analysis::Verdicts::text(v)),
                              keys.join(QStringLiteral(", ")));
        }
        sentences << ScenarioReport::tr("Critical or important functions affected: %1, of them %2.")
                         .arg(number(counts.total()), parts.join(QStringLiteral("; ")));
    }
    if (standard > 0)
        sentences << ScenarioReport::tr("Standard functions affected: %1.").arg(number(standard));
    return sentences.join(QLatin1Char(' '));
}

/// The worst overall verdict among the critical functions an impact affects (NotAffected: none is).
analysis::Verdict worstCritical(const analysis::GraphSnapshot &s, const analysis::ImpactResult &impact)
{
    analysis::Verdict worst = analysis::Verdict::NotAffected;
    for (const analysis::FunctionImpact &f : impact.functions) {
        if (s.isCritical(f.element))
            worst = analysis::worse(worst, analysis::judge(f).overall);
    }
    return worst;
}

std::vector<Section>
scenarioSections(const ScenarioReportInput &input, const ScenarioRun &run, const ScenarioReportOptions &options)
{
    const analysis::GraphSnapshot &s = *input.snapshot;
    const Scenario &sc = run.scenario;
    std::vector<Section> sections;
    Section main{sectionId(sc), ScenarioReport::tr("Scenario %1").arg(sc.name), 1, {}};
    if (!sc.description.isEmpty())
        main.blocks.push_back(Paragraph{sc.description});
    if (!run.impact) {
        main.blocks.push_back(KeyValues{{{ScenarioReport::tr("What fails"), failsWords(sc)},
                                         {ScenarioReport::tr("Status"),
                                          Text(ScenarioReport::tr("no longer matches the register"), Tone::Warning)}}});
        main.blocks.push_back(Paragraph{
            ScenarioReport::tr("This saved scenario no longer matches the register, so it cannot be run: %1 It is "
                               "reported here as saved. Change it with 'bulwark scenario save %2 --replace' or remove "
                               "it with 'bulwark scenario remove %2'.")
                .arg(run.problem.endsWith(u'.') ? run.problem : run.problem + u'.', sc.name)});
        sections.push_back(std::move(main));
        return sections;
    }
    const analysis::ImpactResult &impact = *run.impact;
    const analysis::VerdictCounts counts = analysis::countCriticalVerdicts(s, impact);
    const analysis::Verdict worst = worstCritical(s, impact);
    main.blocks.push_back(KeyValues{{
        {ScenarioReport::tr("What fails"), failsWords(sc)},
        {ScenarioReport::tr("Failed elements"),
         ScenarioReport::tr("%1: %2").arg(number(qint64(impact.failed.size())),
                                          analysis::FailureSets::title(s, impact.failed))},
        {ScenarioReport::tr("Blast radius"),
         ScenarioReport::tr("elements down: %1 (the failed ones included); degraded: %2")
             .arg(number(qint64(impact.down.size())), number(qint64(impact.degraded.size())))},
        {ScenarioReport::tr("Functions affected"),
         ScenarioReport::tr("%1, of them %2 critical or important")
             .arg(number(qint64(impact.functions.size())), number(counts.total()))},
        {ScenarioReport::tr("Beyond tolerance"),
         Text(number(counts.breach), counts.breach > 0 ? Tone::Bad : Tone::Neutral)},
        {ScenarioReport::tr("Unknown"),
         Text(number(counts.unknown), counts.unknown > 0 ? Tone::Warning : Tone::Neutral)},
        {ScenarioReport::tr("Worst verdict"),
         Text(worst == analysis::Verdict::NotAffected ? ScenarioReport::tr("No critical or important function affected")
                                                      : analysis::Verdicts::text(worst),
              ImpactTables::tone(worst))},
    }});
    main.blocks.push_back(Paragraph{verdictWords(s, impact)});
    sections.push_back(std::move(main));

    Section functions{
        sectionId(sc) + QStringLiteral("-functions"), ScenarioReport::tr("%1: affected functions").arg(sc.name), 2, {}};
    functions.blocks.push_back(Paragraph{ScenarioReport::tr(
        "Each affected business function's recovery estimate (when it is back, from the recovery times recorded along "
        "its dependencies) against its impact tolerance (maximum tolerable downtime), and its data loss against its "
        "maximum tolerable data loss. The verdict takes the worse of the two; unknown means a time or a tolerance is "
        "not recorded, so it may be beyond tolerance. The worst first.")});
    Table f = ImpactTables::functions(s, impact);
    f.id = sectionId(sc) + QStringLiteral("-functions");
    ImpactTables::sort(f, ImpactTables::functionVerdictColumn, Qt::AscendingOrder);
    cut(f, options.maxRows, ScenarioReport::tr("the worst first"));
    if (f.rows.empty())
        functions.blocks.push_back(Paragraph{ScenarioReport::tr("No business function is affected.")});
    else
        functions.blocks.push_back(std::move(f));
    sections.push_back(std::move(functions));

    Section blast{sectionId(sc) + QStringLiteral("-blast"), ScenarioReport::tr("%1: blast radius").arg(sc.name), 2, {}};
    Table byKind = ImpactTables::blastByKind(s, impact);
    byKind.id = sectionId(sc) + QStringLiteral("-blast-by-kind");
    blast.blocks.push_back(std::move(byKind));
    Table elements = ImpactTables::blast(s, impact);
    elements.id = sectionId(sc) + QStringLiteral("-blast");
    elements.caption = ScenarioReport::tr("Elements down or degraded");
    // As built: the down elements, then the degraded ones, each in key order.
    cut(elements, options.maxRows, ScenarioReport::tr("down before degraded, then by key"));
    blast.blocks.push_back(std::move(elements));
    sections.push_back(std::move(blast));

    Section fix{
        sectionId(sc) + QStringLiteral("-fix-first"), ScenarioReport::tr("%1: what to fix first").arg(sc.name), 2, {}};
    std::vector<int> affected;
    affected.reserve(impact.down.size() + impact.degraded.size());
    affected.insert(affected.end(), impact.down.begin(), impact.down.end());
    affected.insert(affected.end(), impact.degraded.begin(), impact.degraded.end());
    std::sort(affected.begin(), affected.end());
    Table spofs = ImpactTables::spofs(s, input.ranking, &affected);
    spofs.id = sectionId(sc) + QStringLiteral("-fix-first");
    fix.blocks.push_back(Paragraph{ScenarioReport::tr(
        "The single points of failure in this blast radius: elements this scenario takes down or degrades that alone "
        "stop critical or important functions, those that stop the most first (the register's ranking, as on the "
        "Impact page's 'What to fix first').")});
    cut(spofs, options.maxRows, ScenarioReport::tr("those that stop the most critical functions first"));
    if (spofs.rows.empty())
        fix.blocks.push_back(
            Paragraph{ScenarioReport::tr("No element in this blast radius is a single point of failure of a critical "
                                         "or important function.")});
    else
        fix.blocks.push_back(std::move(spofs));
    sections.push_back(std::move(fix));

    Section map{sectionId(sc) + QStringLiteral("-map"), ScenarioReport::tr("%1: map").arg(sc.name), 2, {}};
    map.blocks.push_back(mapBlock(s, input.snapshot, run, options));
    sections.push_back(std::move(map));
    return sections;
}

} // namespace

Result<ScenarioReportInput>
ScenarioReport::collect(const RegisterService &service, const ScenarioReportOptions &options, Feedback *feedback)
{
    const QHash<QString, Scenario> &saved = service.scenarios();
    if (saved.isEmpty())
        return makeError(Error::Code::NotFound,
                         tr("The register holds no saved scenario. Save one with 'bulwark scenario save NAME --fail "
                            "KEY --description TEXT' (or --region, --country, --tag) and report again."));
    QStringList names = options.scenarios;
    if (names.isEmpty()) {
        names = saved.keys();
        names.sort();
    }
    QStringList unknown;
    for (const QString &name : std::as_const(names)) {
        if (!saved.contains(name) && !unknown.contains(name))
            unknown << name;
    }
    if (!unknown.isEmpty()) {
        QStringList known = saved.keys();
        known.sort();
        const QString missing = QStringLiteral("'") + unknown.join(QStringLiteral("', '")) + QStringLiteral("'");
        return makeError(Error::Code::NotFound,
                         (unknown.size() == 1 ? tr("There is no saved scenario %1. The saved ones are: %2.")
                                              : tr("There are no saved scenarios %1. The saved ones are: %2."))
                             .arg(missing, known.join(QStringLiteral(", "))));
    }
    names.removeDuplicates();

    ScenarioReportInput input;
    input.registerName = QFileInfo(service.database().path()).fileName();
    input.auditHead = service.auditHead();
    PartFeedback reading(feedback, 0, 40);
    auto snapshot = store::loadSnapshot(service.database(), &reading);
    if (!snapshot)
        return snapshot.error();
    input.snapshot = *snapshot;
    const analysis::GraphSnapshot &s = *input.snapshot;
    PartFeedback searching(feedback, 40, 20);
    const analysis::SpofAnalysis spofs(s, &searching);
    PartFeedback ranking(feedback, 60, 20);
    input.ranking = analysis::rankSpofs(s, spofs, &ranking);
    if (feedback && feedback->isCanceled())
        return makeError(Error::Code::Canceled, tr("The report was canceled."));
    for (qsizetype i = 0; i < names.size(); ++i) {
        ScenarioRun run;
        run.scenario = saved.value(names[i]);
        auto failed = analysis::FailureSets::resolve(s, analysis::FailureSpec::of(run.scenario));
        if (failed)
            run.impact = analysis::analyseImpact(s, *failed);
        else
            run.problem = failed.error().message;
        input.runs.push_back(std::move(run));
        if (feedback) {
            if (feedback->isCanceled())
                return makeError(Error::Code::Canceled, tr("The report was canceled."));
            feedback->setProgress(80 + 20.0 * double(i + 1) / double(names.size()));
        }
    }
    return input;
}

Document
ScenarioReport::build(const ScenarioReportInput &input, const ScenarioReportOptions &options, Feedback *feedback)
{
    const analysis::GraphSnapshot &s = *input.snapshot;
    Document d;
    d.title = tr("Scenario report");
    d.subtitle = input.runs.size() == 1 ? tr("Scenario %1").arg(input.runs.front().scenario.name)
                                        : tr("%1 saved failure scenarios").arg(number(qint64(input.runs.size())));
    d.entity = options.entity.isEmpty() ? input.registerName : options.entity;
    d.classification = options.classification;
    d.date = options.date.isValid() ? options.date : QDate::currentDate();
    QStringList names;
    for (const ScenarioRun &run : input.runs)
        names << run.scenario.name;
    d.cover.rows = {
        {tr("Scenarios"), names.join(QStringLiteral(", "))},
        {tr("Register"),
         tr("%1: %2 elements, %3 dependencies").arg(input.registerName, number(s.size()), number(s.dependencyCount()))},
        {tr("Audit-trail head"),
         tr("entry %1, SHA-256 %2").arg(number(input.auditHead.seq), QString::fromLatin1(input.auditHead.hash))},
    };

    // Summary of every chosen scenario.
    Section summary{QStringLiteral("summary"), tr("Summary"), 1, {}};
    summary.blocks.push_back(Paragraph{
        tr("Saved failure scenarios in this report: %1. Each is run against the register as it stands at audit-trail "
           "entry %2: the scenario's elements fail, the failure travels along the recorded dependencies (hard ones "
           "stop what needs them, redundancy groups hold while enough members stay up), and every affected business "
           "function's recovery estimate and data loss are judged against its impact tolerance.")
            .arg(number(qint64(input.runs.size())), number(input.auditHead.seq))});
    Table table;
    table.id = QStringLiteral("scenario-summary");
    table.caption = tr("Scenarios at a glance");
    table.headers = {tr("Scenario"),
                     tr("What fails"),
                     tr("Elements down"),
                     tr("Degraded"),
                     tr("Critical functions affected"),
                     tr("Beyond tolerance"),
                     tr("Unknown"),
                     tr("Worst verdict")};
    table.numeric = {false, false, true, true, true, true, true, false};
    for (const ScenarioRun &run : input.runs) {
        if (!run.impact) {
            const Text none(QStringLiteral("-"));
            table.rows.push_back({run.scenario.name,
                                  failsWords(run.scenario),
                                  none,
                                  none,
                                  none,
                                  none,
                                  none,
                                  Text(tr("No longer matches the register"), Tone::Warning)});
        } else {
            const analysis::ImpactResult &impact = *run.impact;
            const analysis::VerdictCounts counts = analysis::countCriticalVerdicts(s, impact);
            const analysis::Verdict worst = worstCritical(s, impact);
            const int down = int(impact.down.size()), degraded = int(impact.degraded.size());
            table.rows.push_back(
                {run.scenario.name,
                 failsWords(run.scenario),
                 Text(number(down), Tone::Neutral, down),
                 Text(number(degraded), Tone::Neutral, degraded),
                 Text(number(counts.total()), Tone::Neutral, counts.total()),
                 Text(number(counts.breach), counts.breach > 0 ? Tone::Bad : Tone::Neutral, counts.breach),
                 Text(number(counts.unknown), counts.unknown > 0 ? Tone::Warning : Tone::Neutral, counts.unknown),
                 Text(worst == analysis::Verdict::NotAffected ? tr("None affected") : analysis::Verdicts::text(worst),
                      ImpactTables::tone(worst),
                      int(worst))});
        }
        table.keys << QString();
    }
    summary.blocks.push_back(std::move(table));
    d.sections.push_back(std::move(summary));

    for (std::size_t i = 0; i < input.runs.size(); ++i) {
        if (feedback && feedback->isCanceled())
            return {};
        for (Section &section : scenarioSections(input, input.runs[i], options))
            d.sections.push_back(std::move(section));
        if (feedback)
            feedback->setProgress(100.0 * double(i + 1) / double(input.runs.size()));
    }

    Section method{QStringLiteral("method"), tr("Appendix: method"), 1, {}};
    method.blocks.push_back(Paragraph{
        tr("Verdicts: beyond tolerance when a recovery estimate or data loss is known to exceed the function's impact "
           "tolerance; unknown when a recovery time, recovery point or tolerance is not recorded; within, little "
           "margin when it uses more than half of the tolerance; within tolerance otherwise. The worst verdict of a "
           "scenario is the worst among the critical or important functions it affects.")});
    method.blocks.push_back(Paragraph{
        tr("What to fix first: every element that alone stops at least one critical or important function (a single "
           "point of failure), those that stop the most first, ties in key order; per scenario, those in its blast "
           "radius.")});
    method.blocks.push_back(Paragraph{
        tr("Maps: at most %1 boxes each. When a blast radius is larger, the map shows the failed elements, the "
           "shortest dependency chains from the failure to the %2 worst-hit critical or important functions, and "
           "counts the other affected elements in groups by kind and state.")
            .arg(number(options.mapLimit), number(options.mapFunctions))});
    method.blocks.push_back(KeyValues{
        {{tr("Produced with"), tr("Bulwark %1").arg(QStringLiteral(BULWARK_VERSION))},
         {tr("Audit-trail head"),
          tr("entry %1, SHA-256 %2").arg(number(input.auditHead.seq), QString::fromLatin1(input.auditHead.hash))}}});
    d.sections.push_back(std::move(method));
    return d;
}

} // namespace bulwark::reports
