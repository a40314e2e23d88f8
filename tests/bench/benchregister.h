// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The seeded generator of large registers shared by the benchmarks (bench_analysis) and the tests that need a
// 100,000-element register (tst_blastmapscale). Needs SQLite3 and bulwark_model.

#include "model/store/database.h"

#include <QRandomGenerator>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

namespace bulwark::bench {

inline bool check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        return false;
    }
    return true;
}

/// A register shaped like a bank's map, scaled up: layers from business functions down to applications, data
/// stores, infrastructure, network, facilities, third-party services, providers and locations. Elements belong to
/// one of 100 domains and depend (about 5 dependencies each) mostly on the next layers of their own domain, one in
/// ten on shared elements (directory, DNS, core network, big providers). One element in ten has a redundancy
/// group (1 of 2, or 2 of 3), one dependency in six is soft, and one in 200 points back up a layer (cycles).
///
/// BULWARK_BENCH_GROUP_PERCENT=P (1 to 100) gives a group to P in 100 of the elements that have three or more
/// dependencies instead of one element in ten: P=73 at 1,000,000 elements gives the 643,000 groups of issue 16's
/// register.
inline bool writeRegister(const QString &path, int n)
{
    const int groupPercent = std::clamp(qEnvironmentVariableIntValue("BULWARK_BENCH_GROUP_PERCENT"), 0, 100);
    {
        auto created = store::Database::open(path, store::Database::OpenMode::CreateIfMissing);
        if (!created)
            return false;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    sqlite3_exec(db, "PRAGMA synchronous = OFF; BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *element = nullptr, *group = nullptr, *dependency = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO element (id, key, name, kind, criticality, rto_min, mtd_min, availability) VALUES "
                       "(?1, ?2, ?2, ?3, ?4, ?5, ?6, 0.999)",
                       -1,
                       &element,
                       nullptr);
    sqlite3_prepare_v2(
        db,
        "INSERT INTO redundancy_group (id, element_id, name, min_up, failover_min) VALUES (?1, ?2, 'g', ?3, 15)",
        -1,
        &group,
        nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO dependency (from_id, to_id, strength, group_id) VALUES (?1, ?2, ?3, ?4)",
                       -1,
                       &dependency,
                       nullptr);
    struct Layer {
        const char *kind;
        double share;
    };
    const Layer layers[] = {{"function", 0.02},
                            {"application", 0.28},
                            {"data_store", 0.15},
                            {"infrastructure", 0.30},
                            {"network", 0.08},
                            {"facility", 0.05},
                            {"ict_service", 0.06},
                            {"provider", 0.03},
                            {"location", 0.03}};
    const int layerCount = int(std::size(layers));
    const int domains = std::max(1, n / 1000);
    // Elements are numbered layer by layer; within a layer, by domain.
    std::vector<int> layerStart(std::size_t(layerCount) + 1, 1);
    for (int l = 0; l < layerCount; ++l)
        layerStart[std::size_t(l) + 1] = layerStart[std::size_t(l)] + std::max(domains, int(n * layers[l].share));
    const int total = layerStart.back() - 1;
    auto layerOf = [&](int id) {
        int l = 0;
        while (id >= layerStart[std::size_t(l) + 1])
            ++l;
        return l;
    };
    auto domainOf = [&](int id) {
        const int l = layerOf(id);
        const int size = layerStart[std::size_t(l) + 1] - layerStart[std::size_t(l)];
        return int((long long)(id - layerStart[std::size_t(l)]) * domains / size);
    };
    QRandomGenerator random(7);
    // Pick an element of layer l in domain d (or anywhere for shared picks).
    auto pick = [&](int l, int d) {
        const int begin = layerStart[std::size_t(l)];
        const int size = layerStart[std::size_t(l) + 1] - begin;
        if (d < 0)
            return begin + int(random.bounded(std::max(1, size / domains))); // the shared first slice of the layer
        const int from = begin + int((long long)d * size / domains);
        const int to = begin + int((long long)(d + 1) * size / domains);
        return from + int(random.bounded(std::max(1, to - from)));
    };
    for (int i = 1; i <= total; ++i) {
        const int l = layerOf(i);
        const bool function = l == 0;
        const QByteArray key = "E" + QByteArray::number(i).rightJustified(7, '0');
        sqlite3_bind_int(element, 1, i);
        sqlite3_bind_text(element, 2, key.constData(), int(key.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(element, 3, layers[l].kind, -1, SQLITE_STATIC);
        if (function) {
            sqlite3_bind_text(element, 4, i % 2 ? "critical" : "standard", -1, SQLITE_STATIC);
            sqlite3_bind_null(element, 5);
            sqlite3_bind_int(element, 6, 240);
        } else {
            sqlite3_bind_null(element, 4);
            sqlite3_bind_int(element, 5, 30 + int(random.bounded(480)));
            sqlite3_bind_null(element, 6);
        }
        if (!check(sqlite3_step(element), db))
            return false;
        sqlite3_reset(element);
    }
    int groupId = 0;
    for (int i = 1; i <= total; ++i) {
        const int l = layerOf(i);
        if (l == layerCount - 1)
            continue; // locations depend on nothing
        const int d = domainOf(i);
        int targets[5];
        int count = 0;
        const int wanted = l >= layerCount - 3 ? 1 : 5;
        for (int attempt = 0; count < wanted && attempt < 50; ++attempt) {
            int t;
            if (random.bounded(200) == 0 && l > 0) {
                t = pick(l - 1, d); // back up a layer: a cycle
            } else {
                const int down = std::min(layerCount - 1, l + 1 + int(random.bounded(2)));
                t = pick(down, random.bounded(10) == 0 ? -1 : d);
            }
            if (t == i || std::find(targets, targets + count, t) != targets + count)
                continue;
            targets[count++] = t;
        }
        // Without P: one element in ten. With P: a fixed pseudo-random choice (Knuth's multiplicative hash of i), so
        // that the same N and P always give the same register.
        const bool chosen
            = groupPercent > 0 ? (std::uint32_t(i) * 2654435761u) % 100u < std::uint32_t(groupPercent) : i % 10 == 3;
        const int grouped = count >= 3 && chosen ? (i % 20 == 3 || (groupPercent > 0 && i % 2 == 1) ? 3 : 2) : 0;
        if (grouped) {
            ++groupId;
            sqlite3_bind_int(group, 1, groupId);
            sqlite3_bind_int(group, 2, i);
            sqlite3_bind_int(group, 3, grouped == 3 ? 2 : 1);
            if (!check(sqlite3_step(group), db))
                return false;
            sqlite3_reset(group);
        }
        for (int j = 0; j < count; ++j) {
            sqlite3_bind_int(dependency, 1, i);
            sqlite3_bind_int(dependency, 2, targets[j]);
            const bool member = j < grouped;
            sqlite3_bind_text(dependency, 3, !member && random.bounded(6) == 0 ? "soft" : "hard", -1, SQLITE_STATIC);
            if (member)
                sqlite3_bind_int(dependency, 4, groupId);
            else
                sqlite3_bind_null(dependency, 4);
            if (!check(sqlite3_step(dependency), db))
                return false;
            sqlite3_reset(dependency);
        }
    }
    sqlite3_finalize(element);
    sqlite3_finalize(group);
    sqlite3_finalize(dependency);
    const bool ok = check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    sqlite3_close(db);
    return ok;
}

} // namespace bulwark::bench
