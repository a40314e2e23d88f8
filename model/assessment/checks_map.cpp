// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The checks on the map: mapping, tolerances, single points of failure, recovery, confinement, cycles, concentration
// and ownership. The rules are in docs/assessment.md ("Checks on the map").
#include "model/analysis/components.h"
#include "model/analysis/concentration.h"
#include "model/analysis/propagation.h"
#include "model/analysis/rtobudget.h"
#include "model/analysis/spofanalysis.h"
#include "model/analysis/verdict.h"
#include "model/assessment/checks.h"
#include "model/register/vocabulary.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace bulwark::assessment::checks {

namespace {

/// The messages' translation context.
class MapChecks
{
    Q_DECLARE_TR_FUNCTIONS(MapChecks)
};

using analysis::GraphSnapshot;

/// Collects one check's findings: its id and severity (from its CheckInfo) looked up once.
class Findings
{
public:
    explicit Findings(const char *id) : m_id(QString::fromLatin1(id))
    {
        const CheckInfo *info = findCheck(m_id);
        Q_ASSERT(info);
        m_severity = info ? info->severity : Severity::Medium;
    }

    Finding &add(QStringList subjects, QString message)
    {
        Finding &f = m_list.emplace_back();
        f.check = m_id;
        f.severity = m_severity;
        f.subjects = std::move(subjects);
        f.message = std::move(message);
        return f;
    }

    /// Fail with the findings sorted by subjects, or pass.
    CheckOutcome outcome()
    {
        const auto bySubjects = [](const Finding &a, const Finding &b) { return a.subjects < b.subjects; };
        if (!std::is_sorted(m_list.begin(), m_list.end(), bySubjects))
            std::stable_sort(m_list.begin(), m_list.end(), bySubjects);
        CheckOutcome result;
        result.status = m_list.empty() ? CheckStatus::Pass : CheckStatus::Fail;
        result.findings = std::move(m_list);
        return result;
    }

private:
    QString m_id;
    Severity m_severity = Severity::Medium;
    std::vector<Finding> m_list;
};

CheckOutcome notApplicable()
{
    return {CheckStatus::NotApplicable, {}};
}

/// "'KEY' (Name)", or "'KEY'" when the name is the key.
QString named(const GraphSnapshot &s, int v)
{
    if (s.name(v).isEmpty() || s.name(v) == s.key(v))
        return QStringLiteral("'%1'").arg(s.key(v));
    return QStringLiteral("'%1' (%2)").arg(s.key(v), s.name(v));
}

QString minutes(int value)
{
    return Vocabulary::minutesText(value, false);
}

bool isCanceled(const CheckContext &context)
{
    return context.feedback() && context.feedback()->isCanceled();
}

/// Every element some critical function in scope needs, as a mask over the snapshot.
std::vector<char> supportMask(const CheckContext &context)
{
    std::vector<char> mask(std::size_t(context.snapshot().size()), 0);
    for (const int f : context.criticalFunctions()) {
        for (const int v : context.closureOf(f))
            mask[std::size_t(v)] = 1;
    }
    return mask;
}

/// The part of a snapshot that a function and its closure make up: every dependency of those elements stays inside,
/// so a failure inside propagates and recovers there exactly as in the whole snapshot (docs/assessment.md).
struct SubSnapshot {
    std::shared_ptr<const GraphSnapshot> snapshot;
    std::vector<int> global; ///< sub index -> snapshot index
};

SubSnapshot subSnapshot(const GraphSnapshot &s, std::vector<int> elements, std::vector<int> &local)
{
    // `elements` sorted by index is sorted by key, as a snapshot wants; `local` maps snapshot -> sub (-1 outside).
    std::sort(elements.begin(), elements.end());
    SnapshotColumns c;
    const std::size_t n = elements.size();
    c.keys.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int v = elements[i];
        local[std::size_t(v)] = int(i);
        c.keys.push_back(s.key(v));
        c.names.push_back(s.name(v));
        c.countries.push_back(s.country(v));
        c.regions.push_back(s.region(v));
        c.tags.push_back(s.tags(v));
        c.kinds.push_back(std::uint8_t(s.kind(v)));
        c.critical.push_back(s.isCritical(v) ? 1 : 0);
        c.rtoMin.push_back(s.rtoMin(v));
        c.rpoMin.push_back(s.rpoMin(v));
        c.mtdMin.push_back(s.mtdMin(v));
        c.mtdlMin.push_back(s.mtdlMin(v));
        c.availability.push_back(s.availability(v));
    }
    QHash<int, int> groups;
    for (std::size_t i = 0; i < n; ++i) {
        const int v = elements[i];
        for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
            const int to = local[std::size_t(s.target(e))];
            Q_ASSERT(to >= 0); // a closure holds every dependency of its elements
            int group = -1;
            if (const int g = s.edgeGroup(e); g >= 0) {
                auto it = groups.constFind(g);
                if (it == groups.constEnd()) {
                    it = groups.insert(g, int(c.groupOwners.size()));
                    c.groupOwners.push_back(int(i));
                    c.groupNames.push_back(s.groupName(g));
                    c.groupMinUp.push_back(s.groupMinUp(g));
                    c.groupFailoverMin.push_back(s.groupFailoverMin(g));
                }
                group = *it;
            }
            c.edges.push_back({int(i), to, s.isHard(e), group});
        }
    }
    SubSnapshot sub{GraphSnapshot::build(std::move(c)), std::move(elements)};
    for (const int v : sub.global)
        local[std::size_t(v)] = -1;
    return sub;
}

} // namespace

CheckOutcome criticalFunctionsMapped(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    Findings findings("cif-mapped");
    for (const int f : context.criticalFunctions()) {
        bool provider = false, location = false;
        for (const int v : context.closureOf(f)) {
            provider = provider || s.kind(v) == ElementKind::Provider;
            location = location || s.kind(v) == ElementKind::Location;
        }
        if (provider && location)
            continue;
        const QString message = !provider && !location
            ? MapChecks::tr("Critical function %1 reaches neither a provider nor a location through its dependencies.")
            : !provider ? MapChecks::tr("Critical function %1 reaches no provider through its dependencies.")
                        : MapChecks::tr("Critical function %1 reaches no location through its dependencies.");
        findings.add({s.key(f)}, message.arg(named(s, f)));
    }
    return findings.outcome();
}

CheckOutcome danglingReferences(const CheckContext &context)
{
    Findings findings("dangling-references");
    auto exists = [&](const QString &key) { return context.element(key) != nullptr; };
    auto quotedList = [](const QStringList &keys) {
        QStringList quoted;
        for (const QString &k : keys)
            quoted << QStringLiteral("'%1'").arg(k);
        return quoted.join(QStringLiteral(", "));
    };
    for (const ResilienceTest *t : context.records(resilienceTestType())) {
        QStringList missing, kept;
        for (const QString &key : t->scope)
            (exists(key) ? kept : missing) << key;
        if (missing.isEmpty())
            continue;
        // One fix for the record, removing every missing key: applying any of its findings' fixes resolves them all.
        ResilienceTest fixed = *t;
        fixed.scope = kept;
        ChangeSet fix;
        fix.add(resilienceTestType().record(fixed), ChangeSet::Mode::Update);
        const QString fixText
            = MapChecks::tr("Remove %1 from the scope of resilience test '%2'").arg(quotedList(missing), t->key);
        for (const QString &key : missing) {
            Finding &f = findings.add(
                {key, resilienceTestType().token() + u':' + t->key},
                MapChecks::tr("Resilience test '%1' has '%2' in its scope, but there is no element '%2'.")
                    .arg(t->key, key));
            f.fix = fix;
            f.fixText = fixText;
        }
    }
    for (const Scenario &sc : context.data().scenarios) {
        QStringList missing, kept;
        for (const QString &key : sc.fail)
            (exists(key) ? kept : missing) << key;
        if (missing.isEmpty())
            continue;
        std::optional<ChangeSet> fix;
        QString fixText;
        if (!kept.isEmpty() || !sc.region.isEmpty() || !sc.country.isEmpty() || !sc.tag.isEmpty()) {
            Scenario fixed = sc;
            fixed.fail = kept;
            fix.emplace();
            fix->add(fixed, ChangeSet::Mode::Update);
            fixText
                = MapChecks::tr("Remove %1 from the elements scenario '%2' fails").arg(quotedList(missing), sc.name);
        }
        for (const QString &key : missing) {
            Finding &f = findings.add(
                {key, QStringLiteral("scenario:") + sc.name},
                MapChecks::tr("Scenario '%1' fails '%2', but there is no element '%2'.").arg(sc.name, key));
            f.fix = fix;
            f.fixText = fixText;
        }
    }
    for (const ExitPlan *p : context.records(exitPlanType())) {
        if (!exists(p->provider))
            findings.add({p->provider, exitPlanType().token() + u':' + p->provider},
                         MapChecks::tr("There is an exit plan for provider '%1', but there is no element '%1'.")
                             .arg(p->provider));
    }
    for (const LegacySystem *l : context.records(legacySystemType())) {
        if (!exists(l->element))
            findings.add(
                {l->element, legacySystemType().token() + u':' + l->element},
                MapChecks::tr("'%1' is recorded as a legacy system, but there is no element '%1'.").arg(l->element));
    }
    return findings.outcome();
}

namespace {

/// One finding per critical function that lacks one of two recorded times.
CheckOutcome missingTimes(const CheckContext &context,
                          const char *id,
                          int (GraphSnapshot::*first)(int) const,
                          const char *firstName,
                          int (GraphSnapshot::*second)(int) const,
                          const char *secondName)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    Findings findings(id);
    const QString text = MapChecks::tr("Critical function %1 has no %2 recorded.");
    const QString firstText = MapChecks::tr(firstName), secondText = MapChecks::tr(secondName);
    const QString both = MapChecks::tr("%1 and %2").arg(firstText, secondText);
    for (const int f : context.criticalFunctions()) {
        const bool noFirst = (s.*first)(f) == GraphSnapshot::unknown;
        const bool noSecond = (s.*second)(f) == GraphSnapshot::unknown;
        if (noFirst || noSecond)
            findings.add({s.key(f)},
                         text.arg(named(s, f),
                                  noFirst && noSecond ? both
                                      : noFirst       ? firstText
                                                      : secondText));
    }
    return findings.outcome();
}

} // namespace

CheckOutcome toleranceSet(const CheckContext &context)
{
    return missingTimes(context,
                        "cif-tolerance-set",
                        &GraphSnapshot::mtdMin,
                        QT_TRANSLATE_NOOP("MapChecks", "maximum tolerable downtime (mtd_min)"),
                        &GraphSnapshot::mtdlMin,
                        QT_TRANSLATE_NOOP("MapChecks", "maximum tolerable data loss (mtdl_min)"));
}

CheckOutcome recoveryObjectivesSet(const CheckContext &context)
{
    return missingTimes(context,
                        "cif-rto-rpo-set",
                        &GraphSnapshot::rtoMin,
                        QT_TRANSLATE_NOOP("MapChecks", "recovery time objective (rto_min)"),
                        &GraphSnapshot::rpoMin,
                        QT_TRANSLATE_NOOP("MapChecks", "recovery point objective (rpo_min)"));
}

CheckOutcome noSinglePointOfFailure(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    Findings findings("cif-no-spof");
    const analysis::SpofAnalysis &spofs = context.spofs();
    const QString text = MapChecks::tr(
        "%1 is a single point of failure of critical function %2: its failure alone takes the function down.");
    for (const int f : context.criticalFunctions()) {
        const QString function = named(s, f);
        for (const int x : spofs.spofsOf(f))
            findings.add({s.key(f), s.key(x)}, text.arg(named(s, x), function));
    }
    return findings.outcome();
}

CheckOutcome recoveryWithinTolerance(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    const analysis::VerdictOptions &options = context.thresholds().verdict;
    const auto breaches = [&](int actual, int tolerance) {
        return analysis::judgeAgainstTolerance(actual, tolerance, options) == analysis::Verdict::Breach;
    };
    const QString selfText = MapChecks::tr(
        "If critical function %1 fails itself, it is back after %2, beyond its maximum tolerable downtime of %3.");
    const QString text = MapChecks::tr(
        "If %1 fails alone, critical function %2 is back after %3, beyond its maximum tolerable downtime of %4.");
    Findings findings("cif-recovery-within-tolerance");
    std::vector<int> local(std::size_t(s.size()), -1);
    for (const int f : context.criticalFunctions()) {
        if (isCanceled(context))
            break;
        const int mtd = s.mtdMin(f);
        if (mtd == GraphSnapshot::unknown)
            continue; // every verdict would be unknown: cif-tolerance-set reports the missing tolerance
        // A single failure of X affects f only when X is f or in f's closure. Under a single failure every recovery
        // time is 0, X's RTO (or unknown) or a group's failover time, so X can breach only when its RTO or a failover
        // in the closure exceeds the tolerance (docs/assessment.md).
        std::vector<int> elements = context.closureOf(f);
        elements.insert(std::lower_bound(elements.begin(), elements.end(), f), f);
        int maxFailover = 0;
        for (const int v : elements) {
            for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
                if (const int g = s.edgeGroup(e); g >= 0)
                    maxFailover = std::max(maxFailover, s.groupFailoverMin(g));
            }
        }
        const bool failoverBreaches = breaches(maxFailover, mtd);
        std::vector<int> candidates;
        for (const int v : elements) {
            if (failoverBreaches || (s.rtoMin(v) != GraphSnapshot::unknown && breaches(s.rtoMin(v), mtd)))
                candidates.push_back(v);
        }
        if (candidates.empty())
            continue;
        const SubSnapshot sub = subSnapshot(s, std::move(elements), local);
        auto localOf = [&](int v) {
            return int(std::lower_bound(sub.global.begin(), sub.global.end(), v) - sub.global.begin());
        };
        const int fl = localOf(f);
        const QString function = named(s, f);
        analysis::Propagator propagator(*sub.snapshot);
        for (const int x : candidates) {
            const int failed[] = {localOf(x)};
            propagator.run(failed);
            if (propagator.state(fl) == analysis::State::Up)
                continue;
            const int recovery = propagator.recoveryTimes()[std::size_t(fl)];
            if (!breaches(recovery, mtd))
                continue;
            findings.add({s.key(f), s.key(x)},
                         x == f ? selfText.arg(function, minutes(recovery), minutes(mtd))
                                : text.arg(named(s, x), function, minutes(recovery), minutes(mtd)));
        }
    }
    return findings.outcome();
}

CheckOutcome dataLossWithinTolerance(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    Findings findings("cif-data-loss-within-tolerance");
    const QString text = MapChecks::tr("Critical function %1 needs data store %2, whose recovery point objective of %3 "
                                       "exceeds the function's maximum tolerable data loss of %4.");
    for (const int f : context.criticalFunctions()) {
        const int mtdl = s.mtdlMin(f);
        if (mtdl == GraphSnapshot::unknown)
            continue;
        for (const int d : context.closureOf(f)) {
            if (s.kind(d) == ElementKind::DataStore && s.rpoMin(d) != GraphSnapshot::unknown && s.rpoMin(d) > mtdl)
                findings.add({s.key(f), s.key(d)},
                             text.arg(named(s, f), named(s, d), minutes(s.rpoMin(d)), minutes(mtdl)));
        }
    }
    return findings.outcome();
}

CheckOutcome dependencyRecoveryConsistent(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    Findings findings("dependency-rto-consistent");
    const QString text
        = MapChecks::tr("Critical function %1 has a recovery time objective of %2, but %3, which it needs, has %4.");
    for (const int f : context.criticalFunctions()) {
        const int rto = s.rtoMin(f);
        if (rto == GraphSnapshot::unknown)
            continue; // cif-rto-rpo-set reports it
        for (const int v : context.closureOf(f)) {
            if (s.rtoMin(v) != GraphSnapshot::unknown && s.rtoMin(v) > rto)
                findings.add({s.key(f), s.key(v)},
                             text.arg(named(s, f), minutes(rto), named(s, v), minutes(s.rtoMin(v))));
        }
    }
    return findings.outcome();
}

namespace {

/// A finding per critical function whose closure holds exactly one element of `kind`.
CheckOutcome confinedTo(const CheckContext &context, const char *id, ElementKind kind, const char *text)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    Findings findings(id);
    const QString message = MapChecks::tr(text);
    for (const int f : context.criticalFunctions()) {
        int count = 0, only = -1;
        for (const int v : context.closureOf(f)) {
            if (s.kind(v) == kind && ++count == 1)
                only = v;
        }
        if (count == 1)
            findings.add({s.key(f), s.key(only)}, message.arg(named(s, f), named(s, only)));
    }
    return findings.outcome();
}

} // namespace

CheckOutcome notConfinedToOneLocation(const CheckContext &context)
{
    return confinedTo(context,
                      "cif-not-one-location",
                      ElementKind::Location,
                      QT_TRANSLATE_NOOP("MapChecks", "Critical function %1 depends on one location only: %2."));
}

CheckOutcome notConfinedToOneRegion(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    Findings findings("cif-not-one-region");
    const QString text = MapChecks::tr("Every location critical function %1 depends on is in region '%2'.");
    for (const int f : context.criticalFunctions()) {
        const QString *region = nullptr;
        bool several = false;
        for (const int v : context.closureOf(f)) {
            if (s.kind(v) != ElementKind::Location || s.region(v).isEmpty())
                continue;
            if (!region)
                region = &s.region(v);
            else if (*region != s.region(v))
                several = true;
        }
        if (region && !several)
            findings.add({s.key(f)}, text.arg(named(s, f), *region));
    }
    return findings.outcome();
}

CheckOutcome notConfinedToOneProvider(const CheckContext &context)
{
    return confinedTo(context,
                      "cif-not-one-provider",
                      ElementKind::Provider,
                      QT_TRANSLATE_NOOP("MapChecks", "Critical function %1 depends on one provider only: %2."));
}

CheckOutcome noCycles(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    Findings findings("no-cycles");
    for (const std::vector<int> &cycle : analysis::findCycles(s)) {
        QStringList keys, names;
        for (const int v : cycle) {
            keys << s.key(v);
            names << named(s, v);
        }
        findings.add(keys,
                     cycle.size() == 1 ? MapChecks::tr("%1 depends on itself.").arg(names.front())
                                       : MapChecks::tr("These elements depend on each other in a cycle: %1.")
                                             .arg(names.join(QStringLiteral(", "))));
    }
    return findings.outcome();
}

namespace {

/// "above the warning level (50 %)" or "above the alarm level (75 %)".
QString levelText(analysis::ShareLevel level, const analysis::VerdictOptions &options)
{
    const QLocale locale;
    return level == analysis::ShareLevel::Alarm
        ? MapChecks::tr("above the alarm level (%1 %)")
              .arg(locale.toString(options.concentrationAlarmShare * 100, 'f', 0))
        : MapChecks::tr("above the warning level (%1 %)")
              .arg(locale.toString(options.concentrationWarningShare * 100, 'f', 0));
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral(" %");
}

} // namespace

CheckOutcome providerConcentration(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    const std::vector<char> needed = supportMask(context);
    const analysis::VerdictOptions &options = context.thresholds().verdict;
    const analysis::ConcentrationResult &r = context.concentration();
    Findings findings("provider-concentration");
    for (const analysis::ConcentrationEntry &p : r.providers) {
        const analysis::ShareLevel level = analysis::shareLevel(p.criticalShare, options);
        if (level == analysis::ShareLevel::Normal || !needed[std::size_t(p.element)])
            continue;
        findings.add({s.key(p.element)},
                     MapChecks::tr("%1 of %2 critical functions (%3) depend on provider %4: %5.")
                         .arg(QString::number(p.criticalFunctions),
                              QString::number(r.criticalFunctionCount),
                              percent(p.criticalShare),
                              named(s, p.element),
                              levelText(level, options)));
    }
    return findings.outcome();
}

CheckOutcome countryConcentration(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    // Only countries that a critical function in scope records or needs.
    const std::vector<char> needed = supportMask(context);
    QSet<QString> relevant;
    for (int v = 0; v < s.size(); ++v) {
        if (needed[std::size_t(v)] && !s.country(v).isEmpty())
            relevant.insert(s.country(v));
    }
    for (const int f : context.criticalFunctions()) {
        if (!s.country(f).isEmpty())
            relevant.insert(s.country(f));
    }
    const analysis::VerdictOptions &options = context.thresholds().verdict;
    const analysis::ConcentrationResult &r = context.concentration();
    Findings findings("country-concentration");
    for (const analysis::ConcentrationEntry &c : r.countries) {
        const analysis::ShareLevel level = analysis::shareLevel(c.criticalShare, options);
        if (level == analysis::ShareLevel::Normal || !relevant.contains(c.country))
            continue;
        findings.add({c.country},
                     MapChecks::tr("%1 of %2 critical functions (%3) are in or depend on country %4: %5.")
                         .arg(QString::number(c.criticalFunctions),
                              QString::number(r.criticalFunctionCount),
                              percent(c.criticalShare),
                              c.country,
                              levelText(level, options)));
    }
    return findings.outcome();
}

CheckOutcome supportingElementsOwned(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    const std::vector<char> needed = supportMask(context);
    Findings findings("supporting-elements-owned");
    const QString text = MapChecks::tr("%1 (%2) supports critical functions but has no owner.");
    for (int v = 0; v < s.size(); ++v) {
        if (!needed[std::size_t(v)] || s.kind(v) == ElementKind::Location || s.kind(v) == ElementKind::Provider)
            continue;
        const Element *e = context.element(s.key(v));
        if (e && !e->owner.trimmed().isEmpty())
            continue;
        findings.add({s.key(v)}, text.arg(named(s, v), Vocabulary::displayName(s.kind(v))));
    }
    return findings.outcome();
}

} // namespace bulwark::assessment::checks

namespace bulwark::assessment::checks {

namespace {

/// "Infrastructure 'SAN-1' (Storage array)": the kind first, so that a risk officer sees what is shared.
QString kindAndName(const GraphSnapshot &s, int v)
{
    return MapChecks::tr("%1 %2", "an element's kind, then the element")
        .arg(Vocabulary::displayName(s.kind(v)), named(s, v));
}

/// The first `most` texts joined, with "and N more" when there are more.
QString someOf(const QStringList &texts, qsizetype most)
{
    if (texts.size() <= most)
        return texts.join(QStringLiteral(", "));
    return MapChecks::tr("%1 and %n more", nullptr, int(texts.size() - most))
        .arg(texts.first(most).join(QStringLiteral(", ")));
}

/// Every critical function in scope and everything they need, as a mask over the snapshot.
std::vector<char> criticalMask(const CheckContext &context)
{
    std::vector<char> mask = supportMask(context);
    for (const int f : context.criticalFunctions())
        mask[std::size_t(f)] = 1;
    return mask;
}

constexpr qsizetype examples = 3;

} // namespace

CheckOutcome redundancyWithoutCommonCause(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    const std::vector<char> needed = criticalMask(context);
    Findings findings("redundancy-common-cause");
    const QString regionText = MapChecks::tr("The loss of region %1 breaks it too.");
    for (const analysis::RedundancyGroupReport &r :
         analysis::redundancyReport(s, context.spofs(), context.feedback())) {
        // servesCritical: a critical function's failure can come from it (hard dependencies); `needed`: in scope.
        if (!r.isFalseRedundancy() || !r.servesCritical || !needed[std::size_t(r.owner)])
            continue;
        QStringList nearest;
        for (const analysis::GroupCause &c : r.commonCauses) {
            if (c.nearest)
                nearest << kindAndName(s, c.element);
        }
        QString message = MapChecks::tr("Redundancy group '%1' of %2 needs %3 of its %4 members, but %n element(s) "
                                        "outside it take down enough members alone to break it. Nearest shared: %5.",
                                        nullptr,
                                        int(r.commonCauses.size()))
                              .arg(s.groupName(r.group),
                                   named(s, r.owner),
                                   QString::number(r.minUp),
                                   QString::number(r.members.size()),
                                   someOf(nearest, examples));
        if (!r.sharedRegions.isEmpty())
            message += QLatin1Char(' ') + regionText.arg(r.sharedRegions.join(QStringLiteral(", ")));
        findings.add({s.key(r.owner), s.groupName(r.group)}, message);
    }
    return findings.outcome();
}

CheckOutcome noDoubleFailure(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    Findings findings("cif-double-failure");
    // Both cores, as the command line and the report find them; a few pairs kept to name, the count exact.
    analysis::pairsOfFunctions(
        s,
        context.spofs(),
        context.criticalFunctions(),
        std::size_t(examples),
        [&](analysis::FailurePairs &&pairs) {
            if (pairs.count == 0)
                return;
            QStringList shown;
            for (const auto &[a, b] : pairs.pairs)
                shown << MapChecks::tr("'%1' with '%2'").arg(s.key(a), s.key(b));
            if (pairs.count > pairs.pairs.size())
                shown << MapChecks::tr("%n more", nullptr, int(pairs.count - pairs.pairs.size()));
            findings.add({s.key(pairs.function)},
                         MapChecks::tr("%n pair(s) of elements take critical function %1 down when both fail, though "
                                       "neither does alone: %2.",
                                       nullptr,
                                       int(pairs.count))
                             .arg(named(s, pairs.function), shown.join(QStringLiteral("; "))));
        },
        context.feedback());
    return findings.outcome();
}

CheckOutcome recoveryWithinBudget(const CheckContext &context)
{
    const GraphSnapshot &s = context.snapshot();
    if (context.criticalFunctions().empty())
        return notApplicable();
    std::vector<char> inScope(std::size_t(s.size()), 0);
    for (const int f : context.criticalFunctions())
        inScope[std::size_t(f)] = 1;
    Findings findings("rto-budget");
    const QString text = MapChecks::tr(
        "%1 has a recovery time objective of %2, but its failure alone takes down critical function %3, whose maximum "
        "tolerable downtime is %4: its RTO must come down by %5 (or it must stop being needed alone).");
    for (const analysis::RtoBudget &b : analysis::rtoBudget(s, context.spofs(), context.feedback())) {
        // With a scope, the budget counts when the function that sets it is in scope (docs/assessment.md).
        if (!b.isShort() || !inScope[std::size_t(b.function)])
            continue;
        findings.add({s.key(b.element)},
                     text.arg(named(s, b.element),
                              minutes(b.rtoMin),
                              named(s, b.function),
                              minutes(b.budgetMin),
                              minutes(*b.shortfallMin)));
    }
    return findings.outcome();
}

} // namespace bulwark::assessment::checks
