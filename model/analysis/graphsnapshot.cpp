// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphsnapshot.h"

#include "register/vocabulary.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

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

void GraphSnapshot::build(std::vector<Edge> &&edges)
{
    const std::size_t n = m_keys.size();
    m_index.reserve(qsizetype(n));
    for (std::size_t v = 0; v < n; ++v)
        m_index.insert(m_keys[v], int(v));

    // Out edges: counting sort by source, then by target within a source for a stable order.
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
    auto snapshot = std::make_shared<GraphSnapshot>();
    std::vector<const Element *> elements;
    elements.reserve(unsorted.elements.size());
    for (const Element &e : unsorted.elements)
        elements.push_back(&e);
    std::sort(elements.begin(), elements.end(), [](const Element *a, const Element *b) { return a->key < b->key; });
    GraphSnapshot &s = *snapshot;
    for (const Element *e : elements) {
        s.m_keys.push_back(e->key);
        s.m_names.push_back(e->name);
        s.m_kind.push_back(std::uint8_t(e->kind));
        s.m_critical.push_back(e->isFunction() && e->isCritical() ? 1 : 0);
        s.m_rto.push_back(minutesOr(e->rtoMin));
        s.m_rpo.push_back(minutesOr(e->rpoMin));
        s.m_mtd.push_back(minutesOr(e->mtdMin));
        s.m_mtdl.push_back(minutesOr(e->mtdlMin));
        s.m_availability.push_back(e->availability.value_or(-1.0));
        s.m_country.push_back(e->country);
        s.m_region.push_back(e->region);
        s.m_tags.push_back(e->tags);
    }
    QHash<QString, int> index;
    for (std::size_t v = 0; v < s.m_keys.size(); ++v)
        index.insert(s.m_keys[v], int(v));
    QHash<QString, int> groupIndex;
    for (const RedundancyGroup &g : unsorted.groups) {
        const int owner = index.value(g.element, -1);
        if (owner < 0)
            continue;
        groupIndex.insert(groupId(g.element, g.name), int(s.m_groupOwner.size()));
        s.m_groupOwner.push_back(owner);
        s.m_groupName.push_back(g.name);
        s.m_groupMinUp.push_back(g.minUp);
        s.m_groupFailover.push_back(g.failoverMin);
    }
    std::vector<Edge> edges;
    edges.reserve(unsorted.dependencies.size());
    for (const Dependency &d : unsorted.dependencies) {
        const int from = index.value(d.from, -1);
        const int to = index.value(d.to, -1);
        if (from < 0 || to < 0)
            continue;
        edges.push_back({from,
                         to,
                         d.strength == Strength::Hard,
                         d.group.isEmpty() ? -1 : groupIndex.value(groupId(d.from, d.group), -1)});
    }
    s.build(std::move(edges));
    return snapshot;
}

Result<std::shared_ptr<const GraphSnapshot>> GraphSnapshot::load(const store::Database &db, Feedback *feedback)
{
    auto snapshot = std::make_shared<GraphSnapshot>();
    GraphSnapshot &s = *snapshot;
    const QString operation = tr("reading the register for analysis");
    const store::ReadTransaction consistent(db.connection()); // one state across the three queries
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    auto canceled = [&] { return feedback && feedback->isCanceled(); };

    std::vector<int> vertexOfId;
    if (!q.exec(QStringLiteral("SELECT id, key, name, kind, criticality = 'critical', rto_min, rpo_min, mtd_min, "
                               "mtdl_min, availability, country, region, tags FROM element ORDER BY key")))
        return store::Database::databaseError(operation, q.lastError().text());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (vertexOfId.size() <= std::size_t(id))
            vertexOfId.resize(std::size_t(id) * 2 + 16, -1);
        vertexOfId[std::size_t(id)] = int(s.m_keys.size());
        s.m_keys.push_back(q.value(1).toString());
        s.m_names.push_back(q.value(2).toString());
        s.m_kind.push_back(
            std::uint8_t(Vocabulary::kindFromToken(q.value(3).toString()).value_or(ElementKind::Application)));
        s.m_critical.push_back(q.value(4).toInt() == 1 ? 1 : 0);
        for (auto [column, target] :
             {std::pair{5, &s.m_rto}, std::pair{6, &s.m_rpo}, std::pair{7, &s.m_mtd}, std::pair{8, &s.m_mtdl}}) {
            const QVariant v = q.value(column);
            target->push_back(v.isNull() ? unknown : v.toInt());
        }
        const QVariant availability = q.value(9);
        s.m_availability.push_back(availability.isNull() ? -1.0 : availability.toDouble());
        s.m_country.push_back(q.value(10).toString());
        s.m_region.push_back(q.value(11).toString());
        const QString tags = q.value(12).toString();
        s.m_tags.push_back(tags.isEmpty() ? QStringList() : tags.split(QLatin1Char(';')));
    }
    if (canceled())
        return makeError(Error::Code::Canceled, tr("The analysis was canceled."));
    if (feedback)
        feedback->setProgress(30);

    std::vector<int> groupOfId;
    if (!q.exec(QStringLiteral("SELECT id, element_id, name, min_up, failover_min FROM redundancy_group")))
        return store::Database::databaseError(operation, q.lastError().text());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (groupOfId.size() <= std::size_t(id))
            groupOfId.resize(std::size_t(id) * 2 + 16, -1);
        groupOfId[std::size_t(id)] = int(s.m_groupOwner.size());
        const qint64 owner = q.value(1).toLongLong();
        s.m_groupOwner.push_back(owner >= 0 && std::size_t(owner) < vertexOfId.size() ? vertexOfId[std::size_t(owner)]
                                                                                      : -1);
        s.m_groupName.push_back(q.value(2).toString());
        s.m_groupMinUp.push_back(q.value(3).toInt());
        s.m_groupFailover.push_back(q.value(4).toInt());
    }

    std::vector<Edge> edges;
    if (!q.exec(QStringLiteral("SELECT from_id, to_id, strength = 'hard', group_id FROM dependency")))
        return store::Database::databaseError(operation, q.lastError().text());
    // Ids come from the same transaction, so they are known; the checks guard against a damaged file.
    auto vertex
        = [&](qint64 id) { return id >= 0 && std::size_t(id) < vertexOfId.size() ? vertexOfId[std::size_t(id)] : -1; };
    while (q.next()) {
        const QVariant group = q.value(3);
        const int from = vertex(q.value(0).toLongLong());
        const int to = vertex(q.value(1).toLongLong());
        const qint64 groupId = group.isNull() ? -1 : group.toLongLong();
        const int g = groupId >= 0 && std::size_t(groupId) < groupOfId.size() ? groupOfId[std::size_t(groupId)] : -1;
        if (from < 0 || to < 0)
            continue;
        edges.push_back({from, to, q.value(2).toInt() == 1, g});
        if ((edges.size() & 0xffff) == 0 && canceled())
            return makeError(Error::Code::Canceled, tr("The analysis was canceled."));
    }
    if (feedback)
        feedback->setProgress(80);
    s.build(std::move(edges));
    if (feedback)
        feedback->setProgress(100);
    return std::shared_ptr<const GraphSnapshot>(std::move(snapshot));
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
