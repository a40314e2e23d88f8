// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/propagation.h"
#include "model/register/vocabulary.h"

#include <QPair>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <memory>

namespace bulwark::test {

/// Builds small registers from a compact text, for analysis tests:
///   elements: "F:function:240 APP DC1:facility:60" = key[:kind token[:rto or, for functions, mtd]]
///   dependencies: "F>APP A>B~ APP>DC1@dc" (~ soft, @group), groups: "APP@dc=1/15" (k/failover)
inline RegisterData registerFrom(const QString &elements, const QString &dependencies, const QString &groups = {})
{
    RegisterData data;
    for (const QString &item : elements.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u':');
        Element e;
        e.key = parts[0];
        e.name = parts[0];
        e.kind = ElementKind::Application;
        if (parts.size() > 1)
            e.kind = Vocabulary::kindFromToken(parts[1]).value_or(ElementKind::Application);
        if (parts.size() > 2) {
            if (e.isFunction()) {
                e.mtdMin = parts[2].toInt();
                e.criticality = Criticality::Critical;
            } else {
                e.rtoMin = parts[2].toInt();
            }
        } else if (e.isFunction()) {
            e.criticality = Criticality::Critical;
        }
        data.elements.push_back(e);
    }
    for (QString item : dependencies.split(u' ', Qt::SkipEmptyParts)) {
        Dependency d;
        if (item.contains(u'~')) {
            d.strength = Strength::Soft;
            item.remove(u'~');
        }
        const qsizetype at = item.indexOf(u'@');
        if (at > 0) {
            d.group = item.mid(at + 1);
            item = item.left(at);
        }
        const QStringList ends = item.split(u'>');
        d.from = ends[0];
        d.to = ends[1];
        data.dependencies.push_back(d);
    }
    for (const QString &item : groups.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype at = item.indexOf(u'@');
        const qsizetype eq = item.indexOf(u'=');
        const QStringList numbers = item.mid(eq + 1).split(u'/');
        data.groups.push_back({item.left(at),
                               item.mid(at + 1, eq - at - 1),
                               numbers[0].toInt(),
                               numbers.value(1, QStringLiteral("0")).toInt(),
                               {}});
    }
    return data;
}

/// A random register: n elements (every 7th a function), about `degree` dependencies each, a share soft, some in
/// redundancy groups with random k, cycles allowed, RTOs random or missing.
inline RegisterData randomRegister(quint32 seed, int n, int degree)
{
    QRandomGenerator random(seed);
    RegisterData data;
    for (int i = 0; i < n; ++i) {
        Element e;
        e.key = QStringLiteral("E%1").arg(i, 4, 10, QLatin1Char('0'));
        e.name = e.key;
        e.kind = i % 7 == 0 ? ElementKind::Function : ElementKind::Application;
        if (e.isFunction()) {
            e.criticality = random.bounded(2) ? Criticality::Critical : Criticality::Standard;
            if (random.bounded(5))
                e.mtdMin = int(random.bounded(300));
        } else if (random.bounded(6)) {
            e.rtoMin = int(random.bounded(200));
        }
        data.elements.push_back(e);
    }
    for (int i = 0; i < n; ++i) {
        const int count = int(random.bounded(degree * 2 + 1));
        QList<int> targets;
        for (int j = 0; j < count; ++j) {
            // Mostly "downward" (to higher indices), sometimes back up to make cycles.
            int t = random.bounded(10) == 0 ? int(random.bounded(n)) : i + 1 + int(random.bounded(std::max(1, n / 4)));
            if (t >= n || targets.contains(t))
                continue;
            targets << t;
        }
        const bool grouped = targets.size() >= 2 && random.bounded(3) == 0;
        const int groupSize = grouped ? 2 + int(random.bounded(int(targets.size()) - 1)) : 0;
        for (int j = 0; j < targets.size(); ++j) {
            Dependency d;
            d.from = data.elements[std::size_t(i)].key;
            d.to = data.elements[std::size_t(targets[j])].key;
            d.strength = random.bounded(4) == 0 ? Strength::Soft : Strength::Hard;
            if (j < groupSize)
                d.group = QStringLiteral("g");
            data.dependencies.push_back(d);
        }
        if (grouped)
            data.groups.push_back({data.elements[std::size_t(i)].key,
                                   QStringLiteral("g"),
                                   1 + int(random.bounded(groupSize)),
                                   int(random.bounded(60)),
                                   {}});
    }
    return data;
}

/// A random register for double failures and common causes: randomRegister() plus a shared "provider" layer (the
/// last sixth of the elements, which many others need, hard), self-loops, and members that depend on their group's
/// owner, so that pairs and common causes are frequent and cycles run through groups.
inline RegisterData randomRegisterWithProviders(quint32 seed, int n)
{
    RegisterData data = randomRegister(seed, n, 2 + int(seed % 2));
    QRandomGenerator random(seed * 7919u + 13u);
    QSet<QPair<QString, QString>> edges;
    for (const Dependency &d : data.dependencies)
        edges.insert({d.from, d.to});
    const auto add = [&](int from, int to, bool hard) {
        const QString a = data.elements[std::size_t(from)].key, b = data.elements[std::size_t(to)].key;
        if (edges.contains({a, b}))
            return;
        edges.insert({a, b});
        Dependency d;
        d.from = a;
        d.to = b;
        d.strength = hard ? Strength::Hard : Strength::Soft;
        data.dependencies.push_back(d);
    };
    const int providers = std::max(2, n / 6);
    for (int i = 0; i < n - providers; ++i) {
        if (random.bounded(3) == 0)
            add(i, n - providers + int(random.bounded(providers)), true);
        if (random.bounded(25) == 0)
            add(i, i, random.bounded(2) == 0); // a self-loop
    }
    for (int p = n - providers; p < n - 1; ++p) {
        if (random.bounded(3) == 0)
            add(p, p + 1 + int(random.bounded(n - p - 1)), true);
    }
    for (const RedundancyGroup &g : data.groups) {
        if (random.bounded(3) != 0)
            continue;
        for (const Dependency &d : std::vector<Dependency>(data.dependencies)) {
            if (d.from == g.element && d.group == g.name) { // the first member needs its owner
                int owner = -1, member = -1;
                for (int i = 0; i < n; ++i) {
                    if (data.elements[std::size_t(i)].key == g.element)
                        owner = i;
                    if (data.elements[std::size_t(i)].key == d.to)
                        member = i;
                }
                add(member, owner, random.bounded(3) != 0);
                break;
            }
        }
    }
    return data;
}

/// The semantics applied literally: start with everything up but the failed set, apply the rules to every
/// element until nothing changes.
inline std::vector<analysis::State> naivePropagation(const analysis::GraphSnapshot &s, const std::vector<int> &failed)
{
    using analysis::State;
    std::vector<State> state(std::size_t(s.size()), State::Up);
    std::vector<bool> isFailed(std::size_t(s.size()), false);
    for (const int v : failed) {
        state[std::size_t(v)] = State::Down;
        isFailed[std::size_t(v)] = true;
    }
    bool changed = true;
    while (changed) {
        changed = false;
        for (int v = 0; v < s.size(); ++v) {
            if (isFailed[std::size_t(v)])
                continue;
            bool down = false, notUp = false;
            std::vector<int> notDownInGroup(std::size_t(s.groupCount()), 0);
            for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
                const State d = state[std::size_t(s.target(e))];
                notUp = notUp || d != State::Up;
                if (s.edgeGroup(e) >= 0)
                    notDownInGroup[std::size_t(s.edgeGroup(e))] += d != State::Down ? 1 : 0;
                else if (s.isHard(e) && d == State::Down)
                    down = true;
            }
            for (int g = 0; g < s.groupCount(); ++g) {
                if (s.groupOwner(g) == v && s.groupSize(g) > 0 && notDownInGroup[std::size_t(g)] < s.groupMinUp(g))
                    down = true;
            }
            const State next = down ? State::Down : notUp ? State::Degraded : State::Up;
            if (next > state[std::size_t(v)]) {
                state[std::size_t(v)] = next;
                changed = true;
            }
        }
    }
    return state;
}

} // namespace bulwark::test
