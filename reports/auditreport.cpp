// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/auditreport.h"

#include "model/analysis/neighbourhood.h"
#include "model/assessment/check.h"
#include "model/assessment/compare.h"
#include "model/assessment/summary.h"
#include "model/feedback.h"
#include "model/i18n/language.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"
#include "model/store/snapshotreader.h"
#include "reports/charts/chartpainter.h"
#include "reports/map/mapfigure.h"
#include "reports/reportinfo.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace bulwark::reports {
namespace {

using namespace assessment;

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : AuditReport::tr("not set");
}

QString percent(double score)
{
    // A no-break space: the number and its unit stay on one line in a narrow column.
    return score < 0 ? AuditReport::tr("not scored")
                     : QStringLiteral("%1\u00a0%").arg(i18n::locale().toString(score, 'f', 1));
}

QString number(qint64 n)
{
    return i18n::locale().toString(n);
}

Tone resultTone(RequirementResult result)
{
    switch (result) {
        case RequirementResult::Compliant: return Tone::Good;
        case RequirementResult::PartiallyCompliant: return Tone::Warning;
        case RequirementResult::NonCompliant: return Tone::Bad;
        case RequirementResult::NotApplicable:
        case RequirementResult::NotAssessed: break;
    }
    return Tone::Neutral;
}

Tone severityTone(Severity severity)
{
    return severity >= Severity::High ? Tone::Bad : severity == Severity::Medium ? Tone::Warning : Tone::Neutral;
}

QString checkTitle(const QString &id)
{
    if (id.isEmpty())
        return AuditReport::tr("findings entered by hand");
    const CheckInfo *info = findCheck(id);
    return info ? QCoreApplication::translate("Checks", info->title) : id;
}

/// The table with at most `max` rows, saying how many it left out.
void cut(Table &table, int max, const QString &order)
{
    const auto total = qsizetype(table.rows.size());
    if (max <= 0 || total <= max)
        return;
    table.rows.resize(std::size_t(max));
    table.note = AuditReport::tr("The first %1 of %2 rows, %3; 'bulwark assess' lists them all.")
                     .arg(number(max), number(total), order);
}

QString signOffWords(const Assessment &a, const SignOffLapse &signOff)
{
    if (a.status != AssessmentStatus::Approved)
        return AuditReport::tr("not signed off (%1)").arg(Vocabulary::inSentence(displayName(a.status)));
    if (!signOff.unverified.isEmpty())
        return AuditReport::tr("cannot be verified in this register: %1").arg(signOff.unverified);
    if (signOff.lapsed)
        return AuditReport::tr(
            "lapsed: the map changed %n time(s) after the approval", nullptr, int(signOff.changes.size()));
    return AuditReport::tr("valid: the map has not changed since the approval");
}

Tone signOffTone(const Assessment &a, const SignOffLapse &signOff)
{
    if (a.status != AssessmentStatus::Approved)
        return Tone::Warning;
    return signOff.isValid() ? Tone::Good : Tone::Bad;
}

/// The map's sections: critical functions against their tolerances, a dependency map per critical function, single
/// points of failure, cycles and concentration. The tables are the Dashboard's (ResilienceTables).
void addResilienceSections(Document &d, const ResilienceData &r, const AuditReportOptions &options)
{
    const analysis::GraphSnapshot &s = *r.snapshot;
    // The report's language's numbers (Reports::build speaks it on this thread): "1,234" or "1.234".
    const QLocale numbers = i18n::locale();
    const int critical = int(r.criticalFunctions.size());

    Section functions{QStringLiteral("critical-functions"), AuditReport::tr("Critical functions"), 1, {}};
    functions.blocks.push_back(Paragraph{
        AuditReport::tr("The map as the register stands on the report's date: %1 critical or important functions. %2 "
                        "of them have a single point of failure, an element whose failure alone stops the function.")
            .arg(number(critical), number(r.withSpof))});
    if (r.scenarios.empty()) {
        functions.blocks.push_back(Paragraph{AuditReport::tr(
            "No failure scenario is saved, so no recovery has been estimated against the tolerances. Save the "
            "scenarios the business continuity plan names (the Impact page, or 'bulwark scenario save').")});
    } else {
        functions.blocks.push_back(Paragraph{
            AuditReport::tr("Each function's worst result across the %1 saved failure scenarios: the recovery "
                            "estimate of the scenario that hurts it most against its maximum tolerable downtime "
                            "(MTD). %2 would be beyond tolerance in at least one scenario, %3 unknown (a recovery "
                            "time or a tolerance is not recorded), %4 within with little margin, %5 within, and %6 "
                            "are affected by none.")
                .arg(number(qint64(r.scenarios.size())),
                     number(r.worstCounts.breach),
                     number(r.worstCounts.unknown),
                     number(r.worstCounts.littleMargin),
                     number(r.worstCounts.within),
                     number(critical - r.worstCounts.total()))});
    }
    const SplitChart spofSplit = ResilienceTables::spofSplit(r, numbers);
    functions.blocks.push_back(Figure{AuditReport::tr("Critical functions with and without a single point of failure"),
                                      AuditReport::tr("%1 of %2 critical functions have a single point of failure.")
                                          .arg(number(r.withSpof), number(critical)),
                                      std::make_shared<SplitChartPainter>(spofSplit)});
    if (!r.scenarios.empty()) {
        functions.blocks.push_back(
            Figure{AuditReport::tr("Critical functions by their worst result in the saved scenarios"),
                   AuditReport::tr(
                       "Beyond tolerance %1, unknown %2, within with little margin %3, within %4, not affected %5.")
                       .arg(number(r.worstCounts.breach),
                            number(r.worstCounts.unknown),
                            number(r.worstCounts.littleMargin),
                            number(r.worstCounts.within),
                            number(critical - r.worstCounts.total())),
                   std::make_shared<SplitChartPainter>(ResilienceTables::worstResults(r, numbers))});
    }
    Table functionTable = ResilienceTables::criticalFunctions(r, numbers, options.maxRows);
    functions.blocks.push_back(functionTable);
    functions.blocks.push_back(ResilienceTables::scenarios(r, numbers, options.maxRows));
    d.sections.push_back(functions);

    // One map per critical function: what it needs, nearest first, its single points of failure marked.
    Section maps{
        QStringLiteral("dependency-maps"), AuditReport::tr("Dependency maps of the critical functions"), 1, {}};
    maps.blocks.push_back(Paragraph{
        AuditReport::tr(
            "Each map shows a function at the top and what it needs below it, nearest first: solid arrows are hard "
            "dependencies, dashed ones soft, and a dot marks a member of a redundancy group. Single points of failure "
            "are outlined and labelled SPOF. A map keeps at most %1 elements so that it reads on paper; the Map page "
            "and 'bulwark map --around KEY' draw the whole neighbourhood.")
            .arg(options.mapElements)});
    std::vector<std::vector<int>> spofsOf(std::size_t(s.size()));
    for (const analysis::SpofRank &rank : r.spofRanking) {
        for (const int f : rank.functions)
            spofsOf[std::size_t(f)].push_back(rank.element);
    }
    const std::size_t mapsAt = d.sections.size();
    d.sections.push_back(maps);
    int drawn = 0;
    for (const int f : r.criticalFunctions) {
        if (drawn >= options.maxMaps)
            break;
        std::vector<int> spofs = spofsOf[std::size_t(f)];
        std::sort(spofs.begin(), spofs.end());
        const std::vector<std::uint8_t> needs = analysis::reachable(s, f, analysis::Direction::Needs);
        const int total = int(std::count(needs.begin(), needs.end(), std::uint8_t(1)));
        std::vector<int> seeds{f};
        const analysis::Neighbourhood around
            = analysis::neighbourhood(s, seeds, s.size(), analysis::Direction::Needs, options.mapElements);
        std::vector<int> shown = around.elements;
        std::vector<int> marked;
        for (const int spof : spofs) {
            if (std::binary_search(shown.begin(), shown.end(), spof))
                marked.push_back(spof);
        }
        MapPainter::Figure look;
        look.title = QStringLiteral("%1: %2").arg(s.key(f), s.name(f));
        look.subtitle = AuditReport::tr("what it needs, nearest first");
        look.spofs = marked;
        auto figure = MapFigure::create(r.snapshot, MapGraph::induced(s, shown), look);
        Section one{QStringLiteral("map-%1").arg(s.key(f)), QStringLiteral("%1: %2").arg(s.key(f), s.name(f)), 2, {}};
        if (!figure) {
            one.blocks.push_back(
                Paragraph{AuditReport::tr("The map could not be drawn: %1").arg(figure.error().message)});
        } else {
            const int left = total - (int(shown.size()) - 1);
            QString caption = left > 0
                ? AuditReport::tr("%1 needs %2 elements; the %3 nearest are drawn.")
                      .arg(s.key(f), number(total), number(qint64(shown.size()) - 1))
                : AuditReport::tr("%1 needs %2 elements, all drawn.").arg(s.key(f), number(total));
            caption += QLatin1Char(' ')
                + (spofs.empty() ? AuditReport::tr("It has no single point of failure.")
                                 : AuditReport::tr("Single points of failure: %1 (%2 drawn).")
                                       .arg(number(qint64(spofs.size())), number(qint64(marked.size()))));
            QStringList keys;
            for (const int v : shown)
                keys << s.key(v);
            one.blocks.push_back(Figure{
                caption,
                AuditReport::tr("Dependency map of %1 showing %2.").arg(s.key(f), keys.join(QStringLiteral(", "))),
                *figure});
        }
        d.sections.push_back(one);
        ++drawn;
    }
    if (critical > drawn) {
        d.sections[mapsAt].blocks.push_back(
            Paragraph{AuditReport::tr("%1 of the %2 critical functions are drawn, in key order.")
                          .arg(number(drawn), number(critical))});
    }

    // Single points of failure, cycles, concentration.
    Section weak{QStringLiteral("spof-cycles-concentration"),
                 AuditReport::tr("Single points of failure, cycles and concentration"),
                 1,
                 {}};
    weak.blocks.push_back(Paragraph{
        r.spofRanking.empty()
            ? AuditReport::tr("No element alone stops a critical or important function.")
            : AuditReport::tr("%1 elements are each a single point of failure of at least one critical or important "
                              "function. Those that stop the most functions come first: they are what to fix first.")
                  .arg(number(qint64(r.spofRanking.size())))});
    if (!r.spofRanking.empty())
        weak.blocks.push_back(ResilienceTables::spofs(r, numbers, std::min(options.maxRows, 50)));
    weak.blocks.push_back(Paragraph{
        r.cycles.empty()
            ? AuditReport::tr("No elements depend on each other in a cycle.")
            : AuditReport::tr("%1 groups of elements depend on each other in a cycle, so none of them can be recovered "
                              "first; each needs a documented start-up order.")
                  .arg(number(qint64(r.cycles.size())))});
    if (!r.cycles.empty())
        weak.blocks.push_back(ResilienceTables::cycles(r, numbers, std::min(options.maxRows, 50)));
    const analysis::ConcentrationResult &c = r.concentration;
    weak.blocks.push_back(Paragraph{
        AuditReport::tr("Concentration: the Herfindahl-Hirschman index of the providers by the critical functions that "
                        "depend on them is %1 (of 10,000; the share of each provider in percent, squared and summed), "
                        "by the third-party ICT services %2, and of the countries by critical functions %3. A provider "
                        "or location that more than %4 % of the critical functions depend on is a warning (amber), "
                        "more than %5 % an alarm (red).")
            .arg(numbers.toString(c.hhiProvidersByCriticalFunctions, 'f', 0),
                 numbers.toString(c.hhiProvidersByIctServices, 'f', 0),
                 numbers.toString(c.hhiCountriesByCriticalFunctions, 'f', 0),
                 numbers.toString(analysis::VerdictOptions{}.concentrationWarningShare * 100, 'f', 0),
                 numbers.toString(analysis::VerdictOptions{}.concentrationAlarmShare * 100, 'f', 0))});
    if (!c.providers.empty()) {
        const BarChart providerChart = ResilienceTables::providerConcentration(r, numbers);
        QStringList described;
        for (const ChartBar &bar : providerChart.bars)
            described << QStringLiteral("%1 %2").arg(bar.label, bar.valueText);
        weak.blocks.push_back(Figure{AuditReport::tr("The providers most critical functions depend on, by share"),
                                     described.join(QStringLiteral("; ")),
                                     std::make_shared<BarChartPainter>(providerChart)});
        weak.blocks.push_back(ResilienceTables::providers(r, numbers, options.maxRows));
    }
    if (!c.locations.empty())
        weak.blocks.push_back(ResilienceTables::locations(r, numbers, options.maxRows));
    d.sections.push_back(weak);

    // Double failures, false redundancy, the RTO budget.
    Section deeper{QStringLiteral("pairs-redundancy-budget"),
                   AuditReport::tr("Double failures, false redundancy and the RTO budget"),
                   1,
                   {}};
    int withPairs = 0;
    for (const analysis::FailurePairs &p : r.criticalPairs)
        withPairs += p.count > 0 ? 1 : 0;
    deeper.blocks.push_back(Paragraph{
        withPairs == 0
            ? AuditReport::tr("No pair of failures stops a critical or important function unless one of the two "
                              "already stops it alone.")
            : AuditReport::tr("%1 of the %2 critical or important functions can be stopped by two failures at once, "
                              "though neither failure alone stops them: a pair is two elements that together take the "
                              "function down. These are the severe but plausible scenarios the business impact "
                              "analysis and the continuity plans should cover; many pairs mean the function rests on "
                              "few independent paths.")
                  .arg(number(withPairs), number(qint64(r.criticalFunctions.size())))});
    if (withPairs > 0)
        deeper.blocks.push_back(ResilienceTables::doubleFailures(r, numbers, std::min(options.maxRows, 50)));
    int noSpare = 0;
    for (const analysis::RedundancyGroupReport &g : r.redundancy)
        noSpare += g.noSpare && g.servesCritical ? 1 : 0;
    QString redundancyText = r.redundancy.empty() ? AuditReport::tr("The register records no redundancy groups.")
        : r.falseRedundancies == 0
        ? AuditReport::tr("Each of the %1 redundancy groups survives the failure of any one element outside it.")
              .arg(number(qint64(r.redundancy.size())))
        : AuditReport::tr("%1 of the %2 redundancy groups are redundant on paper only: one element outside the "
                          "group (a shared storage array, facility, provider or region) takes down enough of its "
                          "members to break it. The nearest common causes are what the members share directly; "
                          "making them independent is what restores the redundancy.")
              .arg(number(r.falseRedundancies), number(qint64(r.redundancy.size())));
    int falseUnderCritical = 0;
    for (const analysis::RedundancyGroupReport &g : r.redundancy)
        falseUnderCritical += g.isFalseRedundancy() && g.servesCritical ? 1 : 0;
    if (r.falseRedundancies > 0)
        redundancyText += QLatin1Char(' ')
            + AuditReport::tr("%1 of them serve a critical or important function (each a finding of the check "
                              "redundancy-common-cause).")
                  .arg(number(falseUnderCritical));
    if (noSpare > 0)
        redundancyText += QLatin1Char(' ')
            + AuditReport::tr("%1 groups under critical or important functions have no spare: they need every member, "
                              "so the loss of any one breaks them.")
                  .arg(number(noSpare));
    deeper.blocks.push_back(Paragraph{redundancyText});
    if (r.falseRedundancies > 0)
        deeper.blocks.push_back(ResilienceTables::falseRedundancies(r, numbers, std::min(options.maxRows, 50)));
    int shortfalls = 0;
    for (const analysis::RtoBudget &b : r.budget)
        shortfalls += b.isShort() ? 1 : 0;
    deeper.blocks.push_back(Paragraph{
        shortfalls == 0
            ? AuditReport::tr("Every element that alone stops a critical or important function has a recovery time "
                              "objective within the function's maximum tolerable downtime, where both are recorded.")
            : AuditReport::tr("%1 elements alone stop a critical or important function but have a recovery time "
                              "objective longer than the function can tolerate. The budget of an element is the "
                              "shortest maximum tolerable downtime among the functions its failure alone stops; the "
                              "shortfall is how much its RTO must come down to meet it.")
                  .arg(number(shortfalls))});
    if (shortfalls > 0)
        deeper.blocks.push_back(ResilienceTables::budgetShortfalls(r, numbers, std::min(options.maxRows, 50)));
    d.sections.push_back(deeper);
}

} // namespace

Result<AuditReportInput>
AuditReport::collect(const RegisterService &service, const AuditReportOptions &options, Feedback *feedback)
{
    AuditReportInput input;
    const auto assessments = service.records(assessmentType());
    std::optional<Assessment> chosen;
    if (options.assessment.isEmpty()) {
        chosen = latestAssessment(assessments);
        if (!chosen)
            return makeError(Error::Code::NotFound,
                             tr("The register holds no assessment yet. Record one with 'bulwark assess run --save "
                                "KEY' or on the Assessment page."));
    } else {
        if (!assessments.contains(options.assessment))
            return makeError(Error::Code::NotFound, tr("There is no assessment '%1'.").arg(options.assessment));
        chosen = TableType<Assessment>::value(assessments.value(options.assessment));
    }
    input.assessment = *chosen;
    input.results = service.records(requirementResultType());
    auto signOff = signOffLapse(service.database(), input.assessment, input.results);
    if (!signOff)
        return signOff.error();
    input.signOff = std::move(*signOff);
    input.catalogue = &CatalogueLoader::dora();
    input.findings = service.records(findingType());
    input.actions = service.records(remediationActionType());
    input.acceptances = service.records(riskAcceptanceType());
    input.evidence = service.records(evidenceType());
    input.auditHead = service.auditHead();
    input.registerName = QFileInfo(service.database().path()).fileName();
    input.elementCount = int(service.elementCount());
    input.dependencyCount = int(service.dependencyCount());
    // The map's analyses, as the Dashboard computes them (progress: the snapshot is most of the work).
    PartFeedback reading(feedback, 0, 60);
    auto snapshot = store::loadSnapshot(service.database(), &reading);
    if (!snapshot)
        return snapshot.error();
    PartFeedback analysing(feedback, 60, 40);
    auto resilience = ResilienceData::compute(*snapshot, service.scenarios().values(), &analysing);
    if (!resilience)
        return resilience.error();
    input.resilience = std::move(*resilience);
    return input;
}

Document AuditReport::build(const AuditReportInput &input, const AuditReportOptions &options)
{
    const Assessment &a = input.assessment;
    const Catalogue &catalogue = *input.catalogue;
    const QDate today = options.date.isValid() ? options.date : QDate::currentDate();
    // The findings of this assessment (its run found them; findings are kept register-wide).
    QHash<QString, Record> found;
    for (auto it = input.findings.constBegin(); it != input.findings.constEnd(); ++it) {
        if (wasFoundBy(TableType<FindingValue>::value(*it), a))
            found.insert(it.key(), *it);
    }
    const AssessmentSummary summary = summarise(catalogue, a.key, input.results, found);

    Document d;
    d.title = tr("Resilience audit report");
    d.subtitle = tr("Assessment %1: %2").arg(a.key, a.title);
    d.entity = options.entity.isEmpty() ? input.registerName : options.entity;
    d.classification = options.classification;
    d.date = today;
    d.cover.rows = {
        {tr("Assessment"), QStringLiteral("%1: %2").arg(a.key, a.title)},
        {tr("Framework"), QStringLiteral("%1 %2").arg(catalogue.name, a.catalogueVersion)},
        {tr("Scope"), a.scope.isEmpty() ? tr("every business function") : a.scope.join(QStringLiteral(", "))},
        {tr("Period"), tr("%1 to %2").arg(iso(a.periodStart), iso(a.periodEnd))},
        {tr("Status"), displayName(a.status)},
        {tr("Sign-off"), Text(signOffWords(a, input.signOff), signOffTone(a, input.signOff))},
        {tr("Overall score"), percent(summary.score.overall)},
        {tr("Register"),
         tr("%1: %2 elements, %3 dependencies")
             .arg(input.registerName, number(input.elementCount), number(input.dependencyCount))},
        {tr("Audit-trail head"),
         tr("entry %1, SHA-256 %2").arg(number(input.auditHead.seq), QString::fromLatin1(input.auditHead.hash))},
    };

    // Executive summary.
    Section summarySection{QStringLiteral("executive-summary"), tr("Executive summary"), 1, {}};
    const auto &c = summary.counts;
    summarySection.blocks.push_back(Paragraph{
        tr("Assessed against %1 (version %2), %3 scores %4 overall. Of %5 requirements, %6 are compliant, %7 partially "
           "compliant and %8 non-compliant; %9 are left to the assessor's judgement and not yet assessed, and %10 do "
           "not apply.")
            .arg(catalogue.name,
                 a.catalogueVersion,
                 d.entity,
                 percent(summary.score.overall),
                 number(qint64(catalogue.requirements.size())),
                 number(c[int(RequirementResult::Compliant)]),
                 number(c[int(RequirementResult::PartiallyCompliant)]),
                 number(c[int(RequirementResult::NonCompliant)]),
                 number(c[int(RequirementResult::NotAssessed)]))
            .arg(number(c[int(RequirementResult::NotApplicable)]))});
    summarySection.blocks.push_back(Paragraph{tr("Sign-off: %1.").arg(signOffWords(a, input.signOff))});
    if (input.resilience) {
        const ResilienceData &r = *input.resilience;
        summarySection.blocks.push_back(Paragraph{
            r.scenarios.empty()
                ? tr("The map holds %1 critical or important functions; %2 of them have a single point of failure. No "
                     "failure scenario is saved, so no recovery is estimated against the tolerances.")
                      .arg(number(qint64(r.criticalFunctions.size())), number(r.withSpof))
                : tr("The map holds %1 critical or important functions; %2 of them have a single point of failure. In "
                     "the %3 saved failure scenarios, %4 would be beyond their impact tolerance in at least one and "
                     "%5 unknown.")
                      .arg(number(qint64(r.criticalFunctions.size())),
                           number(r.withSpof),
                           number(qint64(r.scenarios.size())),
                           number(r.worstCounts.breach),
                           number(r.worstCounts.unknown))});
    }
    const std::vector<FindingGroup> groups = openFindingsByCheck(found);
    if (groups.empty()) {
        summarySection.blocks.push_back(Paragraph{tr("The assessment left no finding open.")});
    } else {
        summarySection.blocks.push_back(Paragraph{
            tr("Its checks found %1 findings that are open or in remediation. What matters most, the most severe "
               "first:")
                .arg(number(summary.openFindings))});
        Bullets top;
        for (std::size_t i = 0; i < groups.size() && i < 5; ++i) {
            const FindingGroup &g = groups[i];
            top.items.emplace_back(tr("%1 (%2): %3 open, the most severe %4.")
                                       .arg(checkTitle(g.check),
                                            g.check.isEmpty() ? tr("manual") : g.check,
                                            number(g.count),
                                            Vocabulary::inSentence(displayName(g.severity))),
                                   severityTone(g.severity));
        }
        summarySection.blocks.push_back(top);
    }
    d.sections.push_back(summarySection);

    // Scores per chapter.
    Section scores{QStringLiteral("scores"), tr("Scores by chapter"), 1, {}};
    scores.blocks.push_back(Paragraph{tr("Each requirement scores 100 % when compliant, 50 % when partially compliant "
                                         "and 0 % when non-compliant or not assessed; one that does not apply is left "
                                         "out. A chapter's score is the mean of its requirements' (appendix).")});
    Table chapterTable;
    chapterTable.id = QStringLiteral("scores-by-chapter");
    chapterTable.caption = tr("Requirements and score per chapter");
    // The chapter's number goes with its title: eight columns keep their words whole on A4 portrait.
    chapterTable.headers = {tr("Chapter"),
                            tr("Total"),
                            tr("Compliant"),
                            tr("Partially"),
                            tr("Non-compliant"),
                            tr("Not assessed"),
                            tr("Not applicable"),
                            tr("Score")};
    chapterTable.numeric = {false, true, true, true, true, true, true, true};
    std::vector<ChapterScore> chapterScores; // the chart above the table: the same scores, tones and words
    for (const QString &chapter : catalogue.chapters) {
        std::array<int, 5> counts{};
        int total = 0;
        for (const Requirement &r : catalogue.requirements) {
            if (r.chapter != chapter)
                continue;
            ++total;
            ++counts[int(summary.results.value(r.id).effective())];
        }
        const double score = summary.score.byChapter.value(chapter, -1);
        const Tone tone = score < 0 ? Tone::Neutral
            : score >= 75           ? Tone::Good
            : score >= 40           ? Tone::Warning
                                    : Tone::Bad;
        chapterTable.rows.push_back({QStringLiteral("%1 %2").arg(chapter, catalogue.chapterTitles.value(chapter)),
                                     number(total),
                                     number(counts[int(RequirementResult::Compliant)]),
                                     number(counts[int(RequirementResult::PartiallyCompliant)]),
                                     number(counts[int(RequirementResult::NonCompliant)]),
                                     number(counts[int(RequirementResult::NotAssessed)]),
                                     number(counts[int(RequirementResult::NotApplicable)]),
                                     Text(percent(score), tone)});
        chapterScores.push_back(
            {tr("%1 %2").arg(chapter, catalogue.chapterTitles.value(chapter)).trimmed(), score, percent(score), tone});
    }
    chapterTable.rows.push_back({tr("All"),
                                 number(qint64(catalogue.requirements.size())),
                                 number(c[int(RequirementResult::Compliant)]),
                                 number(c[int(RequirementResult::PartiallyCompliant)]),
                                 number(c[int(RequirementResult::NonCompliant)]),
                                 number(c[int(RequirementResult::NotAssessed)]),
                                 number(c[int(RequirementResult::NotApplicable)]),
                                 percent(summary.score.overall)});
    QStringList chartWords;
    for (const ChapterScore &chapterScore : chapterScores)
        chartWords << tr("%1: %2").arg(chapterScore.label, chapterScore.scoreText);
    scores.blocks.push_back(Figure{tr("Score per chapter, 0-100 %"),
                                   chartWords.join(QStringLiteral("; ")),
                                   std::make_shared<BarChartPainter>(scoreChart(chapterScores))});
    scores.blocks.push_back(chapterTable);
    d.sections.push_back(scores);

    // Requirements.
    Section requirements{QStringLiteral("requirements"), tr("Requirements"), 1, {}};
    Table requirementTable;
    requirementTable.id = QStringLiteral("requirements");
    requirementTable.caption = tr("Each requirement's result (the assessor's judgement where recorded)");
    requirementTable.headers = {tr("Requirement"), tr("Reference"), tr("Title"), tr("Result"), tr("By"), tr("Notes")};
    for (const Requirement &r : catalogue.requirements) {
        const RequirementResultValue value = summary.results.value(r.id);
        requirementTable.rows.push_back({r.id,
                                         r.reference,
                                         r.title,
                                         Text(displayName(value.effective()), resultTone(value.effective())),
                                         value.judgement          ? tr("assessor")
                                             : r.checks.isEmpty() ? QString()
                                                                  : tr("checks"),
                                         value.notes});
    }
    requirements.blocks.push_back(requirementTable);
    d.sections.push_back(requirements);

    if (input.resilience)
        addResilienceSections(d, *input.resilience, options);

    // Findings.
    Section findings{QStringLiteral("findings"), tr("Findings"), 1, {}};
    std::array<int, 4> byStatus{};
    std::vector<const FindingValue *> open;
    for (const Record &r : found) {
        const FindingValue &f = TableType<FindingValue>::value(r);
        ++byStatus[int(f.status)];
        if (isOpen(f.status))
            open.push_back(&f);
    }
    findings.blocks.push_back(Paragraph{
        tr("The checks of this assessment found %1 findings: %2 open, %3 in remediation, %4 with an accepted risk and "
           "%5 closed since. A finding is kept across runs by its check and the elements it names, so it keeps its "
           "history; the register holds %6 in all.")
            .arg(number(found.size()),
                 number(byStatus[int(FindingStatus::Open)]),
                 number(byStatus[int(FindingStatus::InRemediation)]),
                 number(byStatus[int(FindingStatus::RiskAccepted)]),
                 number(byStatus[int(FindingStatus::Closed)]),
                 number(input.findings.size()))});
    std::sort(open.begin(), open.end(), [](const FindingValue *x, const FindingValue *y) {
        return x->severity != y->severity ? x->severity > y->severity : x->key < y->key;
    });
    Table findingTable;
    findingTable.id = QStringLiteral("findings");
    findingTable.caption = tr("Open findings, the most severe first");
    // The check goes with the finding's key and the owner with the status, and the elements are named in what was
    // found: five columns leave the finding's words room on A4 portrait.
    findingTable.headers
        = {tr("Severity"), tr("Finding (check)"), tr("What was found"), tr("Status (owner)"), tr("First seen")};
    for (const FindingValue *f : open)
        findingTable.rows.push_back(
            {Text(displayName(f->severity), severityTone(f->severity)),
             QStringLiteral("%1 (%2)").arg(f->key, f->check.isEmpty() ? tr("manual") : f->check),
             f->message,
             f->owner.isEmpty() ? displayName(f->status) : tr("%1 (%2)").arg(displayName(f->status), f->owner),
             iso(f->firstSeen)});
    cut(findingTable, options.maxRows, tr("the most severe first"));
    findings.blocks.push_back(findingTable);
    d.sections.push_back(findings);

    // Remediation actions.
    Section actions{QStringLiteral("actions"), tr("Remediation actions"), 1, {}};
    std::vector<RemediationAction> actionList;
    for (const Record &r : input.actions)
        actionList.push_back(TableType<RemediationAction>::value(r));
    std::sort(actionList.begin(), actionList.end(), [](const RemediationAction &x, const RemediationAction &y) {
        return x.due != y.due ? x.due < y.due : x.key < y.key;
    });
    int overdue = 0;
    Table actionTable;
    actionTable.id = QStringLiteral("actions");
    actionTable.caption = tr("Remediation actions by due date (as of %1)").arg(iso(today));
    actionTable.headers = {tr("Action"), tr("Title"), tr("Owner"), tr("Due"), tr("Status"), tr("Findings")};
    for (const RemediationAction &action : actionList) {
        const bool late = action.isOverdue(today);
        overdue += late ? 1 : 0;
        actionTable.rows.push_back(
            {action.key,
             action.title,
             action.owner,
             iso(action.due),
             late ? Text(tr("%1, OVERDUE").arg(displayName(action.status)), Tone::Bad)
                  : Text(displayName(action.status), action.status == ActionStatus::Done ? Tone::Good : Tone::Neutral),
             action.findings.join(QStringLiteral(", "))});
    }
    actions.blocks.push_back(Paragraph{actionList.empty()
                                           ? tr("No remediation action is recorded.")
                                           : tr("%1 actions, %2 of them overdue on %3.")
                                                 .arg(number(qint64(actionList.size())), number(overdue), iso(today))});
    if (!actionList.empty()) {
        cut(actionTable, options.maxRows, tr("by due date"));
        actions.blocks.push_back(actionTable);
    }
    d.sections.push_back(actions);

    // Accepted risks.
    Section risks{QStringLiteral("accepted-risks"), tr("Accepted risks"), 1, {}};
    Table riskTable;
    riskTable.id = QStringLiteral("accepted-risks");
    riskTable.caption = tr("Risk acceptances and their review dates (as of %1)").arg(iso(today));
    riskTable.headers = {tr("Acceptance"),
                         tr("Check"),
                         tr("Elements"),
                         tr("Reason"),
                         tr("Approved by"),
                         tr("Accepted"),
                         tr("Review"),
                         tr("State")};
    QStringList riskKeys = input.acceptances.keys();
    riskKeys.sort();
    for (const QString &key : std::as_const(riskKeys)) {
        const RiskAcceptance r
            = TableType<RiskAcceptance>::value(input.acceptances.value(key)); // a copy: value() gives a temporary
        const bool current = r.isCurrent(today);
        riskTable.rows.push_back({r.key,
                                  r.check,
                                  r.subjects.join(QStringLiteral(", ")),
                                  r.reason,
                                  r.approver,
                                  iso(r.accepted),
                                  iso(r.review),
                                  current ? Text(tr("current"), Tone::Good) : Text(tr("PAST REVIEW"), Tone::Bad)});
    }
    if (riskTable.rows.empty())
        risks.blocks.push_back(Paragraph{tr("No risk is accepted.")});
    else
        risks.blocks.push_back(riskTable);
    d.sections.push_back(risks);

    // Evidence.
    Section evidence{QStringLiteral("evidence"), tr("Evidence"), 1, {}};
    evidence.blocks.push_back(Paragraph{tr("Files are stored inside the register; the SHA-256 identifies their bytes, "
                                           "and 'bulwark verify' hashes them again.")});
    Table evidenceTable;
    evidenceTable.id = QStringLiteral("evidence");
    evidenceTable.caption = tr("Evidence and its validity (as of %1)").arg(iso(today));
    // Six columns, so that the SHA-256 has room on A4 portrait.
    evidenceTable.headers = {tr("Evidence"), tr("File"), tr("SHA-256"), tr("Valid"), tr("State"), tr("Requirements")};
    QStringList evidenceKeys = input.evidence.keys();
    evidenceKeys.sort();
    for (const QString &key : std::as_const(evidenceKeys)) {
        const Evidence e = TableType<Evidence>::value(input.evidence.value(key)); // a copy: value() gives a temporary
        const EvidenceStatus status = evidenceStatus(e, today);
        const Tone tone = status == EvidenceStatus::Expired ? Tone::Bad
            : status == EvidenceStatus::Expiring            ? Tone::Warning
                                                            : Tone::Neutral;
        evidenceTable.rows.push_back(
            {QStringLiteral("%1: %2").arg(e.key, e.title),
             e.fileName.isEmpty() ? tr("(link to elements)") : tr("%1, %2 bytes").arg(e.fileName, number(e.size)),
             e.sha256,
             tr("%1 to %2").arg(iso(e.effective), e.expires.isValid() ? iso(e.expires) : tr("no expiry")),
             Text(status == EvidenceStatus::Expired ? displayName(status).toUpper() : displayName(status), tone),
             e.requirements.join(QStringLiteral(", "))});
    }
    if (evidenceTable.rows.empty())
        evidence.blocks.push_back(Paragraph{tr("No evidence is stored.")});
    else
        evidence.blocks.push_back(evidenceTable);
    d.sections.push_back(evidence);

    // Sign-off.
    Section signOff{QStringLiteral("sign-off"), tr("Sign-off"), 1, {}};
    KeyValues block;
    block.rows
        = {{tr("Status"), displayName(a.status)},
           {tr("Prepared by"), a.preparer},
           {tr("Submitted by"),
            a.submittedBy.isEmpty() ? tr("not submitted") : tr("%1 on %2").arg(a.submittedBy, iso(a.submittedAt))},
           {tr("Approved by"),
            a.approvedBy.isEmpty() ? tr("not approved") : tr("%1 on %2").arg(a.approvedBy, iso(a.approvedAt))}};
    if (a.status == AssessmentStatus::Approved) {
        block.rows.emplace_back(tr("Register fingerprint"),
                                tr("entry %1, SHA-256 %2").arg(number(a.registerSeq.value_or(0)), a.registerHash));
        block.rows.emplace_back(tr("Results fingerprint"), tr("SHA-256 %1").arg(a.resultsHash));
    }
    block.rows.emplace_back(tr("Sign-off"), Text(signOffWords(a, input.signOff), signOffTone(a, input.signOff)));
    signOff.blocks.push_back(block);
    if (!input.signOff.changes.empty()) {
        Table changes;
        changes.id = QStringLiteral("changes-since-approval");
        changes.caption = tr("Changes of the map after the approval, newest first");
        changes.headers = {tr("Entry"), tr("When (UTC)"), tr("Who"), tr("Change"), tr("What"), tr("Key")};
        changes.numeric = {true};
        for (const store::AuditEntry &e : input.signOff.changes)
            changes.rows.push_back(
                {number(e.seq), e.at, e.actor, store::AuditLog::token(e.action), e.entityToken(), e.entityKey});
        cut(changes, options.maxRows, tr("newest first"));
        signOff.blocks.push_back(changes);
    }
    d.sections.push_back(signOff);

    // Appendix.
    Section appendix{QStringLiteral("appendix"), tr("Appendix: method"), 1, {}};
    appendix.blocks.push_back(Paragraph{
        tr("Automated checks run against the register: the map of business functions, the ICT services, assets, "
           "locations and providers they need, and the records of tests, exit plans and reviews. A check fails only on "
           "findings that no current risk acceptance covers. A requirement with no bound check is left to the "
           "assessor (not assessed until judged); one whose checks all do not apply does not apply; one with an open "
           "high or critical finding is non-compliant; any other failure makes it partially compliant; otherwise it "
           "is compliant. An assessor's judgement replaces the checks' result.")});
    appendix.blocks.push_back(Paragraph{
        tr("Scores: 100 % for compliant, 50 % for partially compliant, 0 % for non-compliant and not assessed; "
           "requirements that do not apply are left out. Article, chapter and overall scores are the means of their "
           "requirements' scores.")});
    KeyValues facts;
    QStringList libraries;
    for (const auto &[name, version] : ReportInfo::libraryVersions())
        libraries << QStringLiteral("%1 %2").arg(name, version);
    facts.rows = {
        {tr("Catalogue"), QStringLiteral("%1 (%2), version %3").arg(catalogue.name, catalogue.id, catalogue.version)},
        {tr("Sources"), catalogue.source},
        {tr("Audit-trail head"),
         tr("entry %1, SHA-256 %2").arg(number(input.auditHead.seq), QString::fromLatin1(input.auditHead.hash))},
        {tr("Produced by"),
         tr("Bulwark %1 (%2)").arg(QStringLiteral(BULWARK_VERSION), libraries.join(QStringLiteral(", ")))},
        {tr("Report date"), iso(today)}};
    appendix.blocks.push_back(facts);
    d.sections.push_back(appendix);
    return d;
}

} // namespace bulwark::reports
