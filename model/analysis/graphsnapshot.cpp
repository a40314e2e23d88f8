// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/graphsnapshot.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
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

void GraphSnapshot::buildKeyIndex()
{
    // Keys are unique and, read with ORDER BY key or sorted by fromRegister, in order: indexOf searches them. SQLite
    // orders by UTF-8 bytes, QString by UTF-16 units; they differ only above U+FFFF, where a hash takes over.
    m_index.clear();
    const bool ordered
        = std::adjacent_find(m_keys.begin(), m_keys.end(), [](const QString &a, const QString &b) { return !(a < b); })
        == m_keys.end();
    if (ordered)
        return;
    m_index.reserve(qsizetype(m_keys.size()));
    for (std::size_t v = 0; v < m_keys.size(); ++v)
        m_index.insert(m_keys[v], int(v));
}

int GraphSnapshot::indexOf(const QString &key) const
{
    if (!m_index.isEmpty())
        return m_index.value(key, -1);
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
    return it != m_keys.end() && *it == key ? int(it - m_keys.begin()) : -1;
}

void GraphSnapshot::index(std::vector<SnapshotColumns::Edge> &&edges)
{
    using Edge = SnapshotColumns::Edge;
    const std::size_t n = m_keys.size();
    buildKeyIndex();

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
    indexIncoming();
}

void GraphSnapshot::indexIncoming()
{
    const std::size_t n = m_keys.size();
    const std::size_t m = m_target.size();
    m_inOffset.assign(n + 1, 0);
    for (const int to : m_target)
        ++m_inOffset[std::size_t(to) + 1];
    std::partial_sum(m_inOffset.begin(), m_inOffset.end(), m_inOffset.begin());
    m_source.resize(m);
    m_inEdge.resize(m);
    std::vector<int> fill(m_inOffset.begin(), m_inOffset.end() - 1);
    for (std::size_t v = 0; v < n; ++v) {
        for (int e = m_outOffset[v]; e < m_outOffset[v + 1]; ++e) {
            const int slot = fill[std::size_t(m_target[std::size_t(e)])]++;
            m_source[std::size_t(slot)] = int(v);
            m_inEdge[std::size_t(slot)] = e;
        }
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

namespace {

static_assert(std::endian::native == std::endian::little, "the snapshot payload is little-endian");

constexpr char payloadMagic[4] = {'B', 'W', 'G', 'S'};

struct PayloadHeader {
    char magic[4];
    std::uint32_t format;
    std::uint32_t elements, dependencies, groups, strings, lists, listItems;
    std::uint64_t poolUnits;
};
static_assert(sizeof(PayloadHeader) == 40);

std::size_t aligned(std::size_t size)
{
    return (size + 7) & ~std::size_t(7);
}

/// Appends arrays, each padded to 8 bytes.
class PayloadWriter
{
public:
    template<typename T>
    void put(const T *data, std::size_t count)
    {
        const std::size_t bytes = count * sizeof(T);
        const qsizetype at = m_bytes.size();
        m_bytes.resize(at + qsizetype(aligned(bytes)));
        if (bytes > 0)
            std::memcpy(m_bytes.data() + at, data, bytes);
        std::memset(m_bytes.data() + at + qsizetype(bytes), 0, aligned(bytes) - bytes);
    }
    template<typename T>
    void put(const std::vector<T> &values)
    {
        put(values.data(), values.size());
    }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

/// Reads the arrays back, refusing to run past the end.
class PayloadReader
{
public:
    PayloadReader(const char *data, std::size_t size) : m_data(data), m_size(size) { }
    template<typename T>
    bool get(std::vector<T> &values, std::size_t count)
    {
        const std::size_t bytes = count * sizeof(T);
        if (count > m_size || bytes > m_size - m_at || aligned(bytes) > m_size - m_at)
            return false;
        values.resize(count);
        if (bytes > 0)
            std::memcpy(values.data(), m_data + m_at, bytes);
        m_at += aligned(bytes);
        return true;
    }
    const char *take(std::size_t bytes)
    {
        if (bytes > m_size - m_at || aligned(bytes) > m_size - m_at)
            return nullptr;
        const char *at = m_data + m_at;
        m_at += aligned(bytes);
        return at;
    }
    bool atEnd() const { return m_at == m_size; }

private:
    const char *m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

/// Distinct strings, each with an id in the order first met.
class StringTable
{
public:
    std::uint32_t id(const QString &text)
    {
        const auto it = m_ids.constFind(text);
        if (it != m_ids.constEnd())
            return *it;
        const auto next = std::uint32_t(m_offsets.size() - 1);
        m_ids.insert(text, next);
        m_pool.insert(m_pool.end(), text.utf16(), text.utf16() + text.size());
        m_offsets.push_back(m_pool.size());
        return next;
    }
    std::vector<std::uint64_t> m_offsets{0};
    std::vector<char16_t> m_pool;

private:
    QHash<QString, std::uint32_t> m_ids;
};

bool offsetsValid(const std::vector<int> &offsets, std::size_t end)
{
    if (offsets.empty() || offsets.front() != 0 || std::size_t(offsets.back()) != end)
        return false;
    return std::adjacent_find(offsets.begin(), offsets.end(), [](int a, int b) { return b < a; }) == offsets.end();
}

template<typename T>
bool allBelow(const std::vector<T> &values, std::int64_t low, std::int64_t high)
{
    return std::all_of(
        values.begin(), values.end(), [&](T v) { return std::int64_t(v) >= low && std::int64_t(v) < high; });
}

} // namespace

QByteArray GraphSnapshot::serialize() const
{
    StringTable strings;
    const std::size_t n = m_keys.size();
    const std::size_t g = m_groupOwner.size();
    std::vector<std::uint32_t> keyId(n), nameId(n), countryId(n), regionId(n), tagsId(n), groupNameId(g);
    for (std::size_t v = 0; v < n; ++v) {
        keyId[v] = strings.id(m_keys[v]);
        nameId[v] = strings.id(m_names[v]);
        countryId[v] = strings.id(m_country[v]);
        regionId[v] = strings.id(m_region[v]);
    }
    for (std::size_t i = 0; i < g; ++i)
        groupNameId[i] = strings.id(m_groupName[i]);
    // Tag lists: each distinct list once (list 0 is the empty one), as string ids.
    QHash<QStringList, std::uint32_t> listIds{{QStringList(), 0}};
    std::vector<std::uint32_t> listOffsets{0, 0}, listItems;
    for (std::size_t v = 0; v < n; ++v) {
        const auto it = listIds.constFind(m_tags[v]);
        if (it != listIds.constEnd()) {
            tagsId[v] = *it;
            continue;
        }
        tagsId[v] = std::uint32_t(listOffsets.size() - 1);
        listIds.insert(m_tags[v], tagsId[v]);
        for (const QString &tag : m_tags[v])
            listItems.push_back(strings.id(tag));
        listOffsets.push_back(std::uint32_t(listItems.size()));
    }

    PayloadHeader header{};
    std::memcpy(header.magic, payloadMagic, sizeof payloadMagic);
    header.format = payloadFormat;
    header.elements = std::uint32_t(n);
    header.dependencies = std::uint32_t(m_target.size());
    header.groups = std::uint32_t(g);
    header.strings = std::uint32_t(strings.m_offsets.size() - 1);
    header.lists = std::uint32_t(listOffsets.size() - 1);
    header.listItems = std::uint32_t(listItems.size());
    header.poolUnits = strings.m_pool.size();

    PayloadWriter w;
    w.put(&header, 1);
    w.put(m_outOffset);
    w.put(m_target);
    w.put(m_edgeGroup);
    w.put(m_hard);
    w.put(m_kind);
    w.put(m_critical);
    for (const auto *column : {&m_rto, &m_rpo, &m_mtd, &m_mtdl})
        w.put(*column);
    w.put(m_availability);
    for (const auto *column : {&m_groupOwner, &m_groupMinUp, &m_groupFailover})
        w.put(*column);
    for (const auto *column : {&keyId, &nameId, &countryId, &regionId, &tagsId, &groupNameId})
        w.put(*column);
    w.put(listOffsets);
    w.put(listItems);
    w.put(strings.m_offsets);
    w.put(strings.m_pool);
    return w.take();
}

Result<std::shared_ptr<const GraphSnapshot>> GraphSnapshot::deserialize(const char *data, std::size_t size)
{
    auto invalid = [](const char *what) {
        // Logged by the store, never shown as such: a rejected payload is simply rebuilt (and `verify` says why).
        return makeError(Error::Code::Format, QStringLiteral("snapshot payload rejected: %1").arg(QLatin1String(what)));
    };
    PayloadReader r(data, size);
    std::vector<PayloadHeader> headers;
    if (!r.get(headers, 1))
        return invalid("header");
    const PayloadHeader &h = headers.front();
    if (std::memcmp(h.magic, payloadMagic, sizeof payloadMagic) != 0 || h.format != payloadFormat)
        return invalid("format");
    const std::size_t n = h.elements, m = h.dependencies, g = h.groups;
    if (n > std::size_t(std::numeric_limits<int>::max()) - 1 || m > std::size_t(std::numeric_limits<int>::max())
        || g > std::size_t(std::numeric_limits<int>::max()))
        return invalid("counts");

    auto snapshot = std::make_shared<GraphSnapshot>();
    GraphSnapshot &s = *snapshot;
    std::vector<std::uint32_t> keyId, nameId, countryId, regionId, tagsId, groupNameId, listOffsets, listItems;
    std::vector<std::uint64_t> stringOffsets;
    bool ok = r.get(s.m_outOffset, n + 1) && r.get(s.m_target, m) && r.get(s.m_edgeGroup, m) && r.get(s.m_hard, m)
        && r.get(s.m_kind, n) && r.get(s.m_critical, n);
    for (auto *column : {&s.m_rto, &s.m_rpo, &s.m_mtd, &s.m_mtdl})
        ok = ok && r.get(*column, n);
    ok = ok && r.get(s.m_availability, n);
    for (auto *column : {&s.m_groupOwner, &s.m_groupMinUp, &s.m_groupFailover})
        ok = ok && r.get(*column, g);
    for (auto *column : {&keyId, &nameId, &countryId, &regionId, &tagsId})
        ok = ok && r.get(*column, n);
    ok = ok && r.get(groupNameId, g) && r.get(listOffsets, std::size_t(h.lists) + 1) && r.get(listItems, h.listItems)
        && r.get(stringOffsets, std::size_t(h.strings) + 1);
    const std::size_t poolBytes = std::size_t(h.poolUnits) * sizeof(char16_t);
    const char *pool = ok && h.poolUnits <= size ? r.take(poolBytes) : nullptr;
    if (!ok || !pool || !r.atEnd())
        return invalid("sizes");

    // Rule 4 of the trust check: every index within its range, before anything is indexed with it.
    if (!offsetsValid(s.m_outOffset, m) || !allBelow(s.m_target, 0, std::int64_t(n))
        || !allBelow(s.m_edgeGroup, -1, std::int64_t(g)) || !allBelow(s.m_hard, 0, 2)
        || !allBelow(s.m_kind, 0, elementKindCount) || !allBelow(s.m_critical, 0, 2)
        || !allBelow(s.m_groupOwner, -1, std::int64_t(n)))
        return invalid("ranges");
    if (stringOffsets.front() != 0 || stringOffsets.back() != h.poolUnits
        || std::adjacent_find(stringOffsets.begin(), stringOffsets.end(), [](auto a, auto b) { return b < a; })
            != stringOffsets.end()
        || listOffsets.front() != 0 || listOffsets.back() != h.listItems
        || std::adjacent_find(listOffsets.begin(), listOffsets.end(), [](auto a, auto b) { return b < a; })
            != listOffsets.end())
        return invalid("string offsets");
    for (const auto *column : {&keyId, &nameId, &countryId, &regionId, &groupNameId, &listItems}) {
        if (!allBelow(*column, 0, h.strings))
            return invalid("string ids");
    }
    if (!allBelow(tagsId, 0, h.lists))
        return invalid("tag lists");

    // Each distinct string becomes one QString, shared by every element that has it.
    std::vector<QString> text(h.strings);
    const auto *units = reinterpret_cast<const char16_t *>(pool);
    for (std::size_t i = 0; i < text.size(); ++i)
        text[i] = QString(reinterpret_cast<const QChar *>(units + stringOffsets[i]),
                          qsizetype(stringOffsets[i + 1] - stringOffsets[i]));
    std::vector<QStringList> lists(h.lists);
    for (std::size_t i = 0; i < lists.size(); ++i) {
        for (std::uint32_t item = listOffsets[i]; item < listOffsets[i + 1]; ++item)
            lists[i].append(text[listItems[item]]);
    }
    auto fill = [&](std::vector<QString> &column, const std::vector<std::uint32_t> &ids) {
        column.resize(ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i)
            column[i] = text[ids[i]];
    };
    fill(s.m_keys, keyId);
    fill(s.m_names, nameId);
    fill(s.m_country, countryId);
    fill(s.m_region, regionId);
    fill(s.m_groupName, groupNameId);
    s.m_tags.resize(n);
    for (std::size_t v = 0; v < n; ++v)
        s.m_tags[v] = lists[tagsId[v]];
    s.buildKeyIndex();
    s.indexIncoming();
    return std::shared_ptr<const GraphSnapshot>(std::move(snapshot));
}

bool GraphSnapshot::operator==(const GraphSnapshot &o) const
{
    return m_keys == o.m_keys && m_names == o.m_names && m_country == o.m_country && m_region == o.m_region
        && m_tags == o.m_tags && m_kind == o.m_kind && m_critical == o.m_critical && m_rto == o.m_rto
        && m_rpo == o.m_rpo && m_mtd == o.m_mtd && m_mtdl == o.m_mtdl && m_availability == o.m_availability
        && m_outOffset == o.m_outOffset && m_target == o.m_target && m_edgeGroup == o.m_edgeGroup && m_hard == o.m_hard
        && m_inOffset == o.m_inOffset && m_source == o.m_source && m_inEdge == o.m_inEdge
        && m_groupOwner == o.m_groupOwner && m_groupMinUp == o.m_groupMinUp && m_groupFailover == o.m_groupFailover
        && m_groupSize == o.m_groupSize && m_groupName == o.m_groupName;
}

} // namespace bulwark::analysis
