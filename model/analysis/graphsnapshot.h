// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"
#include "model/register/registerdata.h"
#include "model/register/snapshotcolumns.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace bulwark::analysis {

/// An immutable, compact copy of a register for analyses: elements are dense indices 0..n-1 in key order (so
/// results come out sorted by key), dependencies are CSR arrays in both directions, redundancy groups are indices
/// too. Built once, shared as std::shared_ptr<const GraphSnapshot>, read from any thread.
class GraphSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(GraphSnapshot)
public:
    static constexpr int unknown = SnapshotColumns::unknown; ///< a time that is not recorded

    /// Builds from columns (read from a file by store::SnapshotReader; store::loadSnapshot does both). Takes the
    /// columns' vectors over without copying them.
    static std::shared_ptr<const GraphSnapshot> build(SnapshotColumns &&columns);
    /// Builds from register values (tests, the GUI's in-memory register).
    static std::shared_ptr<const GraphSnapshot> fromRegister(const RegisterData &data);

    int size() const { return int(m_keys.size()); }
    int dependencyCount() const { return int(m_target.size()); }
    int groupCount() const { return int(m_groupOwner.size()); }

    const QString &key(int v) const { return m_keys[std::size_t(v)]; }
    /// The index of `key`, or -1: a binary search over the keys, which are in key order (a hash only when they are
    /// not, e.g. a register whose keys SQLite and Qt order differently).
    int indexOf(const QString &key) const;
    const QString &name(int v) const { return m_names[std::size_t(v)]; }
    ElementKind kind(int v) const { return ElementKind(m_kind[std::size_t(v)]); }
    bool isFunction(int v) const { return kind(v) == ElementKind::Function; }
    bool isCritical(int v) const { return m_critical[std::size_t(v)] != 0; }
    int rtoMin(int v) const { return m_rto[std::size_t(v)]; }
    int rpoMin(int v) const { return m_rpo[std::size_t(v)]; }
    int mtdMin(int v) const { return m_mtd[std::size_t(v)]; }
    int mtdlMin(int v) const { return m_mtdl[std::size_t(v)]; }
    /// Target availability as a fraction, or a negative number when not recorded.
    double availability(int v) const { return m_availability[std::size_t(v)]; }
    const QString &country(int v) const { return m_country[std::size_t(v)]; }
    const QString &region(int v) const { return m_region[std::size_t(v)]; }
    const QStringList &tags(int v) const { return m_tags[std::size_t(v)]; }

    /// Dependencies of v ("v needs target(e)") are the edges e in [outBegin(v), outEnd(v)).
    int outBegin(int v) const { return m_outOffset[std::size_t(v)]; }
    int outEnd(int v) const { return m_outOffset[std::size_t(v) + 1]; }
    int target(int e) const { return m_target[std::size_t(e)]; }
    bool isHard(int e) const { return m_hard[std::size_t(e)] != 0; }
    /// The redundancy group edge e belongs to, or -1.
    int edgeGroup(int e) const { return m_edgeGroup[std::size_t(e)]; }

    /// Dependents of v ("source(i) needs v") are the entries i in [inBegin(v), inEnd(v)); inEdge(i) is the edge.
    int inBegin(int v) const { return m_inOffset[std::size_t(v)]; }
    int inEnd(int v) const { return m_inOffset[std::size_t(v) + 1]; }
    int source(int i) const { return m_source[std::size_t(i)]; }
    int inEdge(int i) const { return m_inEdge[std::size_t(i)]; }

    int groupOwner(int g) const { return m_groupOwner[std::size_t(g)]; }
    const QString &groupName(int g) const { return m_groupName[std::size_t(g)]; }
    int groupMinUp(int g) const { return m_groupMinUp[std::size_t(g)]; }
    int groupFailoverMin(int g) const { return m_groupFailover[std::size_t(g)]; }
    int groupSize(int g) const { return m_groupSize[std::size_t(g)]; }

    /// Indices of the elements with these keys; unknown keys are returned in `unknownKeys`.
    std::vector<int> indicesOf(const QStringList &keys, QStringList *unknownKeys) const;
    /// A failure set: the elements with these keys plus every element whose region, country or tag is the given
    /// one (empty ones are ignored); sorted and unique. Unknown keys are returned in `unknownKeys`.
    std::vector<int> failureSet(const QStringList &keys,
                                const QString &region,
                                const QString &country,
                                const QString &tag,
                                QStringList *unknownKeys) const;
    /// The known key closest to `key` by edit distance (for "did you mean"), or empty.
    QString closestKey(const QString &key) const;

    /// The layout of serialize()'s payload; a stored payload of another format is not read.
    static constexpr std::uint32_t payloadFormat = 1;
    /// The snapshot as one payload (store::loadSnapshot keeps it in the register): a header (magic "BWGS", format,
    /// counts), then the arrays as held here, each 8-byte aligned, native little-endian, and the strings as one
    /// UTF-16 pool, each distinct string once. Deterministic: equal snapshots give equal bytes.
    QByteArray serialize() const;
    /// The snapshot of a payload written by serialize(), with its counts and every index checked against them
    /// (offsets monotone, targets, sources, groups and string ids in range, flags 0/1); a payload that fails any of
    /// these gives Error::Code::Format and is never used.
    [[nodiscard]] static Result<std::shared_ptr<const GraphSnapshot>> deserialize(const char *data, std::size_t size);
    /// The same arrays, strings and order, array by array (for tests and `verify`).
    bool operator==(const GraphSnapshot &other) const;

private:
    void index(std::vector<SnapshotColumns::Edge> &&edges);
    void buildKeyIndex();
    /// The in-edge arrays and group sizes from the out-edge arrays.
    void indexIncoming();

    std::vector<QString> m_keys, m_names, m_country, m_region;
    std::vector<QStringList> m_tags;
    QHash<QString, int> m_index; ///< only when the keys are not in order (see indexOf)
    std::vector<std::uint8_t> m_kind, m_critical;
    std::vector<int> m_rto, m_rpo, m_mtd, m_mtdl;
    std::vector<double> m_availability;
    std::vector<int> m_outOffset, m_target, m_edgeGroup;
    std::vector<std::uint8_t> m_hard;
    std::vector<int> m_inOffset, m_source, m_inEdge;
    std::vector<int> m_groupOwner, m_groupMinUp, m_groupFailover, m_groupSize;
    std::vector<QString> m_groupName;
};

} // namespace bulwark::analysis
