// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/registerdata.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace bulwark::test {

/// A random register for the recovery tests (paths, budget, data loss): n elements, every 4th a function (most of
/// them critical, most with an mtd_min), every 5th a data store; RTOs, failovers, RPOs and MTDs drawn from small sets
/// so that equal times (ties) are common, each sometimes missing; up to two redundancy groups per element with
/// random k; hard and soft edges, mostly downwards plus forced cycles: back edges, self-loops and group members that
/// depend on their owner.
inline RegisterData randomRecoveryRegister(quint32 seed, int n)
{
    QRandomGenerator random(seed);
    static const int times[] = {0, 10, 20, 30, 60, 120};
    RegisterData data;
    for (int i = 0; i < n; ++i) {
        Element e;
        e.key = QStringLiteral("E%1").arg(i, 3, 10, QLatin1Char('0'));
        e.name = e.key;
        e.kind = i % 4 == 0 ? ElementKind::Function : i % 5 == 1 ? ElementKind::DataStore : ElementKind::Application;
        if (e.isFunction()) {
            e.criticality = random.bounded(4) ? Criticality::Critical : Criticality::Standard;
            if (random.bounded(5))
                e.mtdMin = times[random.bounded(6)];
            if (random.bounded(3))
                e.mtdlMin = times[random.bounded(6)];
        }
        if (random.bounded(6))
            e.rtoMin = times[1 + random.bounded(5)];
        if (e.kind == ElementKind::DataStore && random.bounded(5))
            e.rpoMin = times[random.bounded(6)];
        data.elements.push_back(e);
    }
    const auto key = [&](int i) { return data.elements[std::size_t(i)].key; };
    QSet<QString> edges; // "from>to": one dependency per pair, as the register allows
    const auto isNew = [&](const QString &from, const QString &to) {
        const QString id = from + u'>' + to;
        if (edges.contains(id))
            return false;
        edges.insert(id);
        return true;
    };
    for (int i = 0; i < n; ++i) {
        const int count = int(random.bounded(4));
        QList<int> targets;
        for (int j = 0; j < count; ++j) {
            const int roll = int(random.bounded(12));
            int t = roll == 0 ? i                      // self-loop
                : roll <= 2   ? int(random.bounded(n)) // anywhere: cycles
                              : i + 1 + int(random.bounded(std::max(1, n / 3)));
            if (t >= n || targets.contains(t))
                continue;
            targets << t;
        }
        // Groups: the first members go to group g, the next to group h.
        int used = 0;
        for (const QString &name : {QStringLiteral("g"), QStringLiteral("h")}) {
            const int left = int(targets.size()) - used;
            if (left < 1 || random.bounded(2))
                continue;
            const int size = 1 + int(random.bounded(left));
            int members = 0;
            for (int j = used; j < used + size; ++j) {
                if (!isNew(key(i), key(targets[j])))
                    continue;
                ++members;
                Dependency d;
                d.from = key(i);
                d.to = key(targets[j]);
                d.strength = random.bounded(3) == 0 ? Strength::Soft : Strength::Hard;
                d.group = name;
                data.dependencies.push_back(d);
                // A member that depends on its owner (a cycle through the group).
                if (random.bounded(8) == 0 && targets[j] != i) {
                    Dependency back;
                    back.from = key(targets[j]);
                    back.to = key(i);
                    back.strength = random.bounded(2) ? Strength::Soft : Strength::Hard;
                    if (isNew(back.from, back.to))
                        data.dependencies.push_back(back);
                }
            }
            used += size;
            if (members > 0)
                data.groups.push_back({key(i), name, 1 + int(random.bounded(members)), times[random.bounded(6)], {}});
        }
        for (int j = used; j < targets.size(); ++j) {
            if (!isNew(key(i), key(targets[j])))
                continue;
            Dependency d;
            d.from = key(i);
            d.to = key(targets[j]);
            d.strength = random.bounded(4) == 0 ? Strength::Soft : Strength::Hard;
            data.dependencies.push_back(d);
        }
    }
    return data;
}

} // namespace bulwark::test
