// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/impact.h"
#include "model/analysis/propagation.h"
#include "model/analysis/verdict.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace bulwark::analysis {

/// How the elements of a large blast radius that are not drawn one by one are grouped (docs/semantics.md,
/// "Blast-radius map").
enum class BlastGrouping : std::uint8_t {
    Kind,    ///< by element kind (the default): "212 applications down"
    Country, ///< by the country recorded on the element ("no country" for the others)
};

/// What to draw of a blast radius: some elements one by one, the rest as counted groups, and the links between them.
/// Nodes are numbered elements first, then groups: node i < elements.size() is elements[i], node elements.size() + j
/// is groups[j].
struct BlastMap {
    /// Affected elements of one kind (or country) and one state, drawn as one node with their count.
    struct Group {
        ElementKind kind = ElementKind::Application; ///< the kind of every member (Kind), else the most common one
        QString value;                               ///< the grouping value: the kind's token, or the country
        State state = State::Down;                   ///< the state of every member
        bool failed = false;                         ///< the members are failed elements (failed ones only)
        int count = 0;                               ///< how many elements it stands for
        QString label;                               ///< "1,804 applications" (translated, the locale's digits)
        QString detail;                              ///< "degraded", "down", "failed", with the country if grouped so
    };
    /// "from needs to" between two nodes: a dependency between two drawn elements, or the way the failure travelled
    /// into or out of a group (some member of `from` needs something in `to`).
    struct Link {
        int from = -1;
        int to = -1;
        bool hard = true;     ///< a hard dependency (for a group: at least one of the links it stands for is hard)
        bool grouped = false; ///< a redundancy-group member (elements only)
    };
    std::vector<int> elements; ///< snapshot indices, sorted
    std::vector<Group> groups; ///< in order: failed first, then by state (down, degraded), then kind or country
    std::vector<Link> links;   ///< no duplicates, no link from a node to itself
    std::vector<int> featured; ///< the critical functions whose paths are drawn, worst verdict first
    bool aggregated = false;   ///< false: every affected element is in `elements` (the blast radius fits the limit)
    int affected = 0;          ///< every element that is not up (the failed ones included)

    int nodeCount() const { return int(elements.size() + groups.size()); }
};

struct BlastMapOptions {
    int limit = 300;       ///< the most nodes drawn (elements and groups together)
    int maxFunctions = 10; ///< the most critical functions whose paths are drawn
    BlastGrouping grouping = BlastGrouping::Kind;
    int maxGroupValues = 12; ///< countries beyond the largest ones are grouped as "other countries"
    VerdictOptions verdicts;
};

/// The figure that explains a failure within `options.limit` nodes (docs/semantics.md, "Blast-radius map"). When
/// every affected element fits, it is drawn one by one with every dependency between them. Otherwise: the failed
/// elements (at most a third of the limit; the rest become a failed group), the shortest dependency chain from a
/// failed element to each of the worst-hit critical functions (worst by analysis::judge's overall verdict, then down
/// before degraded, then the longest recovery, then key order), and every other affected element in a group of its
/// kind (or country) and state. Each element that is not failed links towards the failure along its chain, so every
/// node reaches a failed element through the links. O(affected elements and their dependencies).
[[nodiscard]] BlastMap
blastMap(const GraphSnapshot &s, const ImpactResult &impact, const BlastMapOptions &options = {});

/// The critical functions of an impact ordered worst-hit first (see blastMap).
[[nodiscard]] std::vector<int>
worstHitCriticalFunctions(const GraphSnapshot &s, const ImpactResult &impact, const VerdictOptions &options = {});

/// Whether every node of `map` reaches a failed element (or a failed group) through its links: the picture is
/// connected to its cause. For tests and checks.
[[nodiscard]] bool reachesTheFailure(const BlastMap &map, std::span<const int> failed);

/// The names of a group's members in a map's text ("1,804 applications"), in the locale's digits.
class BlastMapText
{
    Q_DECLARE_TR_FUNCTIONS(BlastMapText)
public:
    static QString count(ElementKind kind, int n);
    static QString elements(int n);
    static QString state(State state, bool failed);
};

} // namespace bulwark::analysis
