// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/graphsnapshot.h"

#include <algorithm>
#include <numeric>

namespace bulwark::analysis {
namespace {

int minutesOr(const std::optional<int> &value)
{
    return value ? *value : GraphSnapshot::unknown;
}

int levenshtein(QStringView a, QStringView b, int limit)
{
    std::vector<int> previous(std::size_t(b.size()) + 1), current(std::size_t(b.size()) + 1);
    std::iota(previous.begin(), previous.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toUpper() == b[j - 1].toUpper() ? 0 : 1;
            current[std::size_t(j)] = std::min(
                {previous[std::size_t(j)] + 1, current[std::size_t(j) - 1] + 1, previous[std::size_t(j) - 1] + cost});
            best = std::min(best, current[std::size_t(j)]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[std::size_t(b.size())];
}

} // namespace

std::shared_ptr<const GraphSnapshot> GraphSnapshot::build(SnapshotColumns &&columns)
{
    auto snapshot = std::make_shared<GraphSnapshot>();
    GraphSnapshot &s = *snapshot;
    s.m_keys = std::move(columns.keys);
    s.m_names = std::move(columns.names);
    s.m_country = std::move(columns.countries);
    s.m_region = std::move(columns.regions);
    s.m_tags = std::move(columns.tags);
    s.m_kind = std::move(columns.kinds);
    s.m_critical = std::move(columns.critical);
    s.m_rto = std::move(columns.rtoMin);
    s.m_rpo = std::move(columns.rpoMin);
    s.m_mtd = std::move(columns.mtdMin);
    s.m_mtdl = std::move(columns.mtdlMin);
    s.m_availability = std::move(columns.availability);
    s.m_groupOwner = std::move(columns.groupOwners);
    s.m_groupName = std::move(columns.groupNames);
    s.m_groupMinUp = std::move(columns.groupMinUp);
    s.m_groupFailover = std::move(columns.groupFailoverMin);
    s.index(std::move(columns.edges));
    return snapshot;
}

void GraphSnapshot::index(std::vector<SnapshotColumns::Edge> &&edges)
{
    using Edge = SnapshotColumns::Edge;
    const std::size_t n = m_keys.size();
    m_index.reserve(qsizetype(n));
    for (std::size_t v = 0; v < n; ++v)
        m_index.insert(m_keys[v], int(v));

    // Out edges: sorted by source, then by target within a source for a stable order.
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    m_outOffset.assign(n + 1, 0);
    m_target.resize(edges.size());
    m_hard.resize(edges.size());
    m_edgeGroup.resize(edges.size());
    for (std::size_t e = 0; e < edges.size(); ++e) {
        ++m_outOffset[std::size_t(edges[e].from) + 1];
        m_target[e] = edges[e].to;
        m_hard[e] = edges[e].hard ? 1 : 0;
        m_edgeGroup[e] = edges[e].group;
    }
    std::partial_sum(m_outOffset.begin(), m_outOffset.end(), m_outOffset.begin());

    m_inOffset.assign(n + 1, 0);
    for (const Edge &edge : edges)
        ++m_inOffset[std::size_t(edge.to) + 1];
    std::partial_sum(m_inOffset.begin(), m_inOffset.end(), m_inOffset.begin());
    m_source.resize(edges.size());
    m_inEdge.resize(edges.size());
    std::vector<int> fill(m_inOffset.begin(), m_inOffset.end() - 1);
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const int slot = fill[std::size_t(edges[e].to)]++;
        m_source[std::size_t(slot)] = edges[e].from;
        m_inEdge[std::size_t(slot)] = int(e);
    }
    m_groupSize.assign(m_groupOwner.size(), 0);
    for (const int g : m_edgeGroup) {
        if (g >= 0)
            ++m_groupSize[std::size_t(g)];
    }
}

std::shared_ptr<const GraphSnapshot> GraphSnapshot::fromRegister(const RegisterData &unsorted)
{
    std::vector<const Element *> elements;
    elements.reserve(unsorted.elements.size());
    for (const Element &e : unsorted.elements)
        elements.push_back(&e);
    std::sort(elements.begin(), elements.end(), [](const Element *a, const Element *b) { return a->key < b->key; });
    SnapshotColumns c;
    for (const Element *e : elements) {
        c.keys.push_back(e->key);
        c.names.push_back(e->name);
        c.kinds.push_back(std::uint8_t(e->kind));
        c.critical.push_back(e->isFunction() && e->isCritical() ? 1 : 0);
        c.rtoMin.push_back(minutesOr(e->rtoMin));
        c.rpoMin.push_back(minutesOr(e->rpoMin));
        c.mtdMin.push_back(minutesOr(e->mtdMin));
        c.mtdlMin.push_back(minutesOr(e->mtdlMin));
        c.availability.push_back(e->availability.value_or(-1.0));
        c.countries.push_back(e->country);
        c.regions.push_back(e->region);
        c.tags.push_back(e->tags);
    }
    QHash<QString, int> index;
    for (std::size_t v = 0; v < c.keys.size(); ++v)
        index.insert(c.keys[v], int(v));
    QHash<QString, int> groupIndex;
    for (const RedundancyGroup &g : unsorted.groups) {
        const int owner = index.value(g.element, -1);
        if (owner < 0)
            continue;
        groupIndex.insert(groupId(g.element, g.name), int(c.groupOwners.size()));
        c.groupOwners.push_back(owner);
        c.groupNames.push_back(g.name);
        c.groupMinUp.push_back(g.minUp);
        c.groupFailoverMin.push_back(g.failoverMin);
    }
    c.edges.reserve(unsorted.dependencies.size());
    for (const Dependency &d : unsorted.dependencies) {
        const int from = index.value(d.from, -1);
        const int to = index.value(d.to, -1);
        if (from < 0 || to < 0)
            continue;
        c.edges.push_back({from,
                           to,
                           d.strength == Strength::Hard,
                           d.group.isEmpty() ? -1 : groupIndex.value(groupId(d.from, d.group), -1)});
    }
    return build(std::move(c));
}

std::vector<int> GraphSnapshot::indicesOf(const QStringList &keys, QStringList *unknownKeys) const
{
    std::vector<int> indices;
    for (const QString &key : keys) {
        const int v = indexOf(key);
        if (v >= 0)
            indices.push_back(v);
        else if (unknownKeys)
            unknownKeys->append(key);
    }
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    return indices;
}

std::vector<int> GraphSnapshot::failureSet(const QStringList &keys,
                                           const QString &region,
                                           const QString &country,
                                           const QString &tag,
                                           QStringList *unknownKeys) const
{
    std::vector<int> failed = indicesOf(keys, unknownKeys);
    if (!region.isEmpty() || !country.isEmpty() || !tag.isEmpty()) {
        for (int v = 0; v < size(); ++v) {
            if ((!region.isEmpty() && m_region[std::size_t(v)] == region)
                || (!country.isEmpty() && m_country[std::size_t(v)] == country)
                || (!tag.isEmpty() && m_tags[std::size_t(v)].contains(tag)))
                failed.push_back(v);
        }
        std::sort(failed.begin(), failed.end());
        failed.erase(std::unique(failed.begin(), failed.end()), failed.end());
    }
    return failed;
}

QString GraphSnapshot::closestKey(const QString &key) const
{
    const int limit = std::max(2, int(key.size()) / 3);
    int best = limit + 1;
    QString closest;
    for (const QString &candidate : m_keys) {
        if (std::abs(int(candidate.size() - key.size())) > limit)
            continue;
        const int distance = levenshtein(key, candidate, limit);
        if (distance < best) {
            best = distance;
            closest = candidate;
        }
    }
    return closest;
}

} // namespace bulwark::analysis
