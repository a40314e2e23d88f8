// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/spofanalysis.h"

#include "model/analysis/components.h"
#include "model/analysis/propagation.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace bulwark::analysis {

template<typename Visit>
void SpofAnalysis::search(int start, std::vector<int> &stamp, int mark, std::vector<int> &stack, Visit &&visit) const
{
    // Depth-first over kill edges: hard dependencies outside groups, and group generators. `visit` returns whether
    // to go on below the element.
    stack.clear();
    if (stamp[std::size_t(start)] == mark)
        return;
    stamp[std::size_t(start)] = mark;
    stack.push_back(start);
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        if (!visit(v))
            continue;
        for (int e = m_snapshot.outBegin(v); e < m_snapshot.outEnd(v); ++e) {
            if (m_snapshot.edgeGroup(e) >= 0 || !m_snapshot.isHard(e))
                continue;
            const int d = m_snapshot.target(e);
            if (stamp[std::size_t(d)] != mark) {
                stamp[std::size_t(d)] = mark;
                stack.push_back(d);
            }
        }
        for (const int d : m_extra[std::size_t(v)]) {
            if (stamp[std::size_t(d)] != mark) {
                stamp[std::size_t(d)] = mark;
                stack.push_back(d);
            }
        }
    }
}

SpofAnalysis::Workspace::Workspace(const GraphSnapshot &s)
    : snapshot(s),
      stamp(std::size_t(s.size()), 0),
      count(std::size_t(s.size()), 0),
      countStamp(std::size_t(s.size()), 0),
      flag(std::size_t(s.size()), 0),
      local(std::size_t(s.size()), 0),
      groupLeft(std::size_t(s.groupCount()), 0),
      groupStamp(std::size_t(s.groupCount()), 0)
{ }

SpofAnalysis::Workspace::~Workspace() = default;

Propagator &SpofAnalysis::Workspace::propagator()
{
    if (!m_propagator)
        m_propagator = std::make_unique<Propagator>(snapshot);
    return *m_propagator;
}

SpofAnalysis::~SpofAnalysis() = default;

namespace {

std::vector<int> membersOf(const GraphSnapshot &s, int g)
{
    std::vector<int> members;
    const int owner = s.groupOwner(g);
    if (owner < 0)
        return members;
    for (int e = s.outBegin(owner); e < s.outEnd(owner); ++e) {
        if (s.edgeGroup(e) == g)
            members.push_back(s.target(e));
    }
    std::sort(members.begin(), members.end());
    return members;
}

/// The members a group must lose before it loses its quorum (n - k + 1).
int lossesToBreak(const GraphSnapshot &s, int g, std::size_t members)
{
    return int(members) - s.groupMinUp(g) + 1;
}

} // namespace

namespace {

/// The kill graph with the strongly connected components of its fixed edges (hard dependencies outside groups)
/// contracted: every element of such a component kills what the others kill, so counting kills per component gives
/// the same answer as per element. On a map whose hard dependencies form large cycles the contracted graph is small,
/// and a group's kill count costs the components below its members instead of the elements (issue 16: a dense
/// random map of 100,000 elements took 518 s to resolve its groups element by element).
struct ContractedKillGraph {
    std::vector<int> component;                ///< per element
    std::vector<int> representative;           ///< per component: its smallest element
    std::vector<int> start, target;            ///< fixed kill edges between components (CSR, no duplicates)
    std::vector<std::vector<int>> extra;       ///< kill edges from groups between components (only ever grows)
    std::vector<int> stamp, count, countStamp; ///< search scratch per component
    std::vector<int> stack;
    int mark = 0;

    explicit ContractedKillGraph(const GraphSnapshot &s)
    {
        const Components fixed
            = stronglyConnectedComponents(s, [&s](int e) { return s.edgeGroup(e) < 0 && s.isHard(e); });
        component = fixed.component;
        const auto n = std::size_t(fixed.count);
        representative.assign(n, -1);
        for (int v = s.size() - 1; v >= 0; --v)
            representative[std::size_t(component[std::size_t(v)])] = v;
        // Edges grouped by source component: count, then fill, skipping duplicates with a stamp per source.
        std::vector<std::vector<int>> members(n);
        for (int v = 0; v < s.size(); ++v)
            members[std::size_t(component[std::size_t(v)])].push_back(v);
        stamp.assign(n, -1);
        start.assign(n + 1, 0);
        for (std::size_t c = 0; c < n; ++c) {
            for (const int v : members[c]) {
                for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
                    if (s.edgeGroup(e) >= 0 || !s.isHard(e))
                        continue;
                    const int d = component[std::size_t(s.target(e))];
                    if (std::size_t(d) != c && stamp[std::size_t(d)] != int(c)) {
                        stamp[std::size_t(d)] = int(c);
                        target.push_back(d);
                    }
                }
            }
            start[c + 1] = int(target.size());
        }
        extra.resize(n);
        stamp.assign(n, 0);
        count.assign(n, 0);
        countStamp.assign(n, 0);
    }

    template<typename Visit>
    void search(int from, int searchMark, Visit &&visit)
    {
        stack.clear();
        if (stamp[std::size_t(from)] == searchMark)
            return;
        stamp[std::size_t(from)] = searchMark;
        stack.push_back(from);
        while (!stack.empty()) {
            const int c = stack.back();
            stack.pop_back();
            if (!visit(c))
                continue;
            const auto push = [&](int d) {
                if (stamp[std::size_t(d)] != searchMark) {
                    stamp[std::size_t(d)] = searchMark;
                    stack.push_back(d);
                }
            };
            for (int i = start[std::size_t(c)]; i < start[std::size_t(c) + 1]; ++i)
                push(target[std::size_t(i)]);
            for (const int d : extra[std::size_t(c)])
                push(d);
        }
    }

    /// The generators of a group with `members` that must lose `threshold` of them: the first components on the
    /// way down from the members that kill at least `threshold` members, as their representatives.
    std::vector<int> generators(const std::vector<int> &members, int threshold)
    {
        const int round = ++mark;
        for (const int m : members) {
            search(component[std::size_t(m)], ++mark, [&](int c) {
                const auto i = std::size_t(c);
                if (countStamp[i] != round) {
                    countStamp[i] = round;
                    count[i] = 0;
                }
                ++count[i];
                return true;
            });
        }
        std::vector<int> result;
        const int searchMark = ++mark;
        for (const int m : members) {
            search(component[std::size_t(m)], searchMark, [&](int c) {
                if (countStamp[std::size_t(c)] == round && count[std::size_t(c)] >= threshold) {
                    result.push_back(c);
                    return false;
                }
                return true;
            });
        }
        return result;
    }

    void addExtra(int from, const std::vector<int> &to)
    {
        auto &list = extra[std::size_t(component[std::size_t(from)])];
        for (const int x : to) {
            const int c = component[std::size_t(x)];
            if (c != component[std::size_t(from)] && std::find(list.begin(), list.end(), c) == list.end())
                list.push_back(c);
        }
    }
};

} // namespace

SpofAnalysis::SpofAnalysis(const GraphSnapshot &s, Feedback *feedback) : m_snapshot(s), m_extra(std::size_t(s.size()))
{
    // Groups per owner.
    std::vector<std::vector<int>> groupsOf(std::size_t(s.size()));
    for (int g = 0; g < s.groupCount(); ++g) {
        if (s.groupSize(g) > 0 && s.groupOwner(g) >= 0)
            groupsOf[std::size_t(s.groupOwner(g))].push_back(g);
    }
    ContractedKillGraph contracted(s);
    // Only edges that can put an element down matter: hard ones outside groups, and group members.
    const Components components
        = stronglyConnectedComponents(s, [&s](int e) { return s.edgeGroup(e) >= 0 || s.isHard(e); });
    std::vector<int> order(std::size_t(s.size()));
    std::vector<int> start(std::size_t(components.count) + 1, 0);
    for (int v = 0; v < s.size(); ++v)
        ++start[std::size_t(components.component[std::size_t(v)]) + 1];
    for (std::size_t c = 1; c < start.size(); ++c)
        start[c] += start[c - 1];
    {
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (int v = 0; v < s.size(); ++v)
            order[std::size_t(fill[std::size_t(components.component[std::size_t(v)])]++)] = v;
    }
    // Components come dependencies first, so a group's members are settled before the group is resolved.
    int resolved = 0;
    for (int c = 0; c < components.count; ++c) {
        const auto first = order.begin() + start[std::size_t(c)];
        const auto last = order.begin() + start[std::size_t(c) + 1];
        const bool cyclic = last - first > 1;
        bool changed = true;
        while (changed) {
            changed = false;
            for (auto it = first; it != last; ++it) {
                const int u = *it;
                if (feedback && (++resolved & 0x3f) == 0) {
                    if (feedback->isCanceled()) {
                        m_complete = false;
                        return;
                    }
                    feedback->setProgress(90.0 * c / std::max(1, components.count));
                }
                if (groupsOf[std::size_t(u)].empty())
                    continue;
                std::vector<int> extra;
                for (const int g : groupsOf[std::size_t(u)]) {
                    const std::vector<int> members = membersOf(s, g);
                    const int threshold = lossesToBreak(s, g, members.size()); // members X must take down
                    if (threshold <= 0)
                        continue;
                    for (const int generator : contracted.generators(members, threshold)) {
                        const int x = contracted.representative[std::size_t(generator)];
                        if (generator != contracted.component[std::size_t(u)])
                            extra.push_back(x);
                    }
                }
                std::sort(extra.begin(), extra.end());
                extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
                if (extra != m_extra[std::size_t(u)]) {
                    contracted.addExtra(u, extra);
                    m_extra[std::size_t(u)] = std::move(extra);
                    changed = cyclic; // inside a cycle, other members' groups may now lose more
                }
            }
        }
    }
}

int SpofAnalysis::countKills(const std::vector<int> &members, Workspace &ws) const
{
    // One search per member over the kill graph: x is counted once for every member it takes down alone.
    const int round = ws.nextMark();
    for (const int m : members) {
        const int mark = ws.nextMark();
        search(m, ws.stamp, mark, ws.stack, [&](int x) {
            const auto i = std::size_t(x);
            if (ws.countStamp[i] != round) {
                ws.countStamp[i] = round;
                ws.count[i] = 0;
            }
            ++ws.count[i];
            return true;
        });
    }
    return round;
}

std::vector<int> SpofAnalysis::spofsOf(int function) const
{
    Workspace workspace(m_snapshot);
    return spofsOf(function, workspace);
}

std::vector<int> SpofAnalysis::spofsOf(int function, Workspace &ws) const
{
    std::vector<int> result;
    search(function, ws.stamp, ws.nextMark(), ws.stack, [&](int x) {
        if (x != function)
            result.push_back(x);
        return true;
    });
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<int> SpofAnalysis::bruteForce(const GraphSnapshot &snapshot, int function)
{
    Propagator propagator(snapshot);
    std::vector<int> result;
    for (int x = 0; x < snapshot.size(); ++x) {
        if (x == function)
            continue;
        const int failed[] = {x};
        if (propagator.run(failed)[std::size_t(function)] == State::Down)
            result.push_back(x);
    }
    return result;
}

FailurePairs SpofAnalysis::pairsOf(int function, std::size_t limit, Workspace &ws) const
{
    const GraphSnapshot &s = m_snapshot;
    FailurePairs result;
    result.function = function;
    // 1. F and its SPOFs are never in a pair: flag them.
    const int excluded = ws.nextMark();
    search(function, ws.flag, excluded, ws.stack, [](int) { return true; });
    // 2. The down-closure of F (hard edges outside groups, group member edges), and the groups owned inside it
    // that need two or more losses: a pair can only put F down through such a group (the lemma in semantics.md).
    // The closure gets local indices (ws.local) and its reverse down-edges, for the propagations of step 4.
    std::vector<int> members;
    std::vector<int> &closure = ws.closure;
    const int inClosure = ws.nextMark();
    {
        closure.clear();
        ws.stamp[std::size_t(function)] = inClosure;
        closure.push_back(function);
        for (std::size_t next = 0; next < closure.size(); ++next) {
            const int u = closure[next];
            ws.local[std::size_t(u)] = int(next);
            for (int e = s.outBegin(u); e < s.outEnd(u); ++e) {
                const int g = s.edgeGroup(e);
                if (g < 0 && !s.isHard(e))
                    continue; // a soft dependency outside a group never carries "down"
                const int d = s.target(e);
                if (g >= 0 && lossesToBreak(s, g, std::size_t(s.groupSize(g))) >= 2)
                    members.push_back(d);
                if (ws.stamp[std::size_t(d)] != inClosure) {
                    ws.stamp[std::size_t(d)] = inClosure;
                    closure.push_back(d);
                }
            }
        }
        // Reverse down-edges inside the closure (CSR): who depends on each element, and through which group.
        ws.reverseStart.assign(closure.size() + 1, 0);
        for (const int u : closure) {
            for (int e = s.outBegin(u); e < s.outEnd(u); ++e) {
                if (s.edgeGroup(e) >= 0 || s.isHard(e))
                    ++ws.reverseStart[std::size_t(ws.local[std::size_t(s.target(e))]) + 1];
            }
        }
        for (std::size_t i = 1; i < ws.reverseStart.size(); ++i)
            ws.reverseStart[i] += ws.reverseStart[i - 1];
        ws.reverseSource.resize(std::size_t(ws.reverseStart.back()));
        ws.reverseGroup.resize(std::size_t(ws.reverseStart.back()));
        std::vector<int> fill(ws.reverseStart.begin(), ws.reverseStart.end() - 1);
        for (std::size_t i = 0; i < closure.size(); ++i) {
            const int u = closure[i];
            for (int e = s.outBegin(u); e < s.outEnd(u); ++e) {
                if (s.edgeGroup(e) < 0 && !s.isHard(e))
                    continue;
                const auto at = std::size_t(fill[std::size_t(ws.local[std::size_t(s.target(e))])]++);
                ws.reverseSource[at] = int(i);
                ws.reverseGroup[at] = s.edgeGroup(e);
            }
        }
    }
    // 3. Candidates: the elements that alone take down such a member, without F and its SPOFs.
    std::vector<int> candidates;
    {
        const int mark = ws.nextMark();
        for (const int m : members) {
            search(m, ws.stamp, mark, ws.stack, [&](int x) {
                if (ws.flag[std::size_t(x)] != excluded)
                    candidates.push_back(x);
                return true;
            });
        }
    }
    if (candidates.size() < 2)
        return result;
    std::sort(candidates.begin(), candidates.end());
    // 4. Every pair of candidates, propagated inside the closure (down only, stopping when F goes down); they come
    // out sorted, so the first `limit` are kept as found.
    ws.down.assign(closure.size(), 0);
    int run = 0;
    const auto putsDown = [&](int a, int b) {
        ++run;
        std::vector<int> &stack = ws.stack;
        stack.clear();
        for (const int x : {a, b}) {
            const int l = ws.local[std::size_t(x)];
            ws.down[std::size_t(l)] = run;
            stack.push_back(l);
        }
        const int groupRun = ws.nextMark();
        while (!stack.empty()) {
            const int w = stack.back();
            stack.pop_back();
            for (int i = ws.reverseStart[std::size_t(w)]; i < ws.reverseStart[std::size_t(w) + 1]; ++i) {
                const int u = ws.reverseSource[std::size_t(i)];
                if (ws.down[std::size_t(u)] == run)
                    continue;
                const int g = ws.reverseGroup[std::size_t(i)];
                if (g >= 0) {
                    const auto gi = std::size_t(g);
                    if (ws.groupStamp[gi] != groupRun) {
                        ws.groupStamp[gi] = groupRun;
                        ws.groupLeft[gi] = s.groupSize(g);
                    }
                    if (--ws.groupLeft[gi] >= s.groupMinUp(g))
                        continue;
                }
                if (u == 0)
                    return true; // local 0 is the function
                ws.down[std::size_t(u)] = run;
                stack.push_back(u);
            }
        }
        return false;
    };
    for (std::size_t i = 0; i + 1 < candidates.size(); ++i) {
        for (std::size_t j = i + 1; j < candidates.size(); ++j) {
            if (!putsDown(candidates[i], candidates[j]))
                continue;
            ++result.count;
            if (result.pairs.size() < limit)
                result.pairs.emplace_back(candidates[i], candidates[j]);
        }
    }
    return result;
}

std::vector<std::pair<int, int>> SpofAnalysis::pairsBruteForce(const GraphSnapshot &snapshot, int function)
{
    std::vector<bool> excluded(std::size_t(snapshot.size()), false);
    excluded[std::size_t(function)] = true;
    for (const int x : bruteForce(snapshot, function))
        excluded[std::size_t(x)] = true;
    Propagator propagator(snapshot);
    std::vector<std::pair<int, int>> result;
    for (int a = 0; a < snapshot.size(); ++a) {
        if (excluded[std::size_t(a)])
            continue;
        for (int b = a + 1; b < snapshot.size(); ++b) {
            if (excluded[std::size_t(b)])
                continue;
            const int failed[] = {a, b};
            if (propagator.run(failed)[std::size_t(function)] == State::Down)
                result.emplace_back(a, b);
        }
    }
    return result;
}

GroupCauses SpofAnalysis::commonCauses(int group, Workspace &ws) const
{
    const GraphSnapshot &s = m_snapshot;
    GroupCauses result;
    const std::vector<int> members = membersOf(s, group);
    const int threshold = lossesToBreak(s, group, members.size());
    if (members.empty() || threshold <= 0)
        return result;
    const int owner = s.groupOwner(group);
    const int round = countKills(members, ws);
    const auto isCause
        = [&](int x) { return ws.countStamp[std::size_t(x)] == round && ws.count[std::size_t(x)] >= threshold; };
    const auto isMember = [&](int x) { return std::binary_search(members.begin(), members.end(), x); };
    // The causes, each with the members it takes down: a second search per member (members in key order, so the
    // lists come out sorted). ws.flag holds a cause's index into its list.
    std::vector<int> causes;
    {
        const int mark = ws.nextMark();
        for (const int m : members) {
            search(m, ws.stamp, mark, ws.stack, [&](int x) {
                if (isCause(x) && x != owner)
                    causes.push_back(x);
                return true;
            });
        }
    }
    std::sort(causes.begin(), causes.end());
    for (const int x : causes) {
        auto &list = isMember(x) ? result.members : result.common;
        ws.flag[std::size_t(x)] = int(list.size());
        list.push_back({x, {}, false});
    }
    const auto causeOf = [&](int x) -> GroupCause & {
        auto &list = isMember(x) ? result.members : result.common;
        return list[std::size_t(ws.flag[std::size_t(x)])];
    };
    for (const int m : members) {
        search(m, ws.stamp, ws.nextMark(), ws.stack, [&](int x) {
            if (isCause(x) && x != owner)
                causeOf(x).membersLost.push_back(m);
            return true;
        });
    }
    // Nearest: reached from a member without passing another common cause.
    const int mark = ws.nextMark();
    for (const int m : members) {
        search(m, ws.stamp, mark, ws.stack, [&](int x) {
            if (isCause(x) && x != owner && !isMember(x)) {
                causeOf(x).nearest = true;
                return false;
            }
            return true;
        });
    }
    return result;
}

GroupCauses SpofAnalysis::commonCausesBruteForce(const GraphSnapshot &s, int group)
{
    GroupCauses result;
    const std::vector<int> members = membersOf(s, group);
    const int owner = s.groupOwner(group);
    if (members.empty() || lossesToBreak(s, group, members.size()) <= 0)
        return result;
    Propagator propagator(s);
    std::vector<std::vector<int>> downUnder(members.size()); // per member: which single failures take it down
    for (int x = 0; x < s.size(); ++x) {
        if (x == owner)
            continue;
        const int failed[] = {x};
        const auto &state = propagator.run(failed);
        std::vector<int> lost;
        for (const int m : members) {
            if (state[std::size_t(m)] == State::Down)
                lost.push_back(m);
        }
        if (int(members.size() - lost.size()) >= s.groupMinUp(group))
            continue;
        const bool member = std::binary_search(members.begin(), members.end(), x);
        (member ? result.members : result.common).push_back({x, lost, false});
    }
    // "nearest" depends on paths, not on single failures; the hand cases in tests/model/tst_commoncauses.cpp check it.
    return result;
}

namespace {

/// Runs `work(index, workspace)` for every index in [0, count) on two threads (this one and a helper), each with its
/// own workspace; indices are taken in order from a shared counter. Stops early when `feedback` cancels.
template<typename Work>
void onTwoThreads(const GraphSnapshot &s, std::size_t count, Feedback *feedback, Work &&work)
{
    std::atomic<std::size_t> next = 0;
    const auto loop = [&](SpofAnalysis::Workspace &workspace) {
        for (std::size_t i = next++; i < count; i = next++) {
            if (feedback && feedback->isCanceled())
                return;
            work(i, workspace);
        }
    };
    SpofAnalysis::Workspace mine(s);
    if (count < 2) {
        loop(mine);
        return;
    }
    std::thread helper([&] {
        SpofAnalysis::Workspace theirs(s);
        loop(theirs);
    });
    loop(mine);
    helper.join();
}

/// Everything the critical functions reach over edges that can carry "down": where a group matters to them.
std::vector<bool> criticalClosure(const GraphSnapshot &s)
{
    std::vector<bool> seen(std::size_t(s.size()), false);
    std::vector<int> stack;
    for (int f = 0; f < s.size(); ++f) {
        if (s.isFunction(f) && s.isCritical(f) && !seen[std::size_t(f)]) {
            seen[std::size_t(f)] = true;
            stack.push_back(f);
        }
    }
    while (!stack.empty()) {
        const int u = stack.back();
        stack.pop_back();
        for (int e = s.outBegin(u); e < s.outEnd(u); ++e) {
            if (s.edgeGroup(e) < 0 && !s.isHard(e))
                continue;
            const int d = s.target(e);
            if (!seen[std::size_t(d)]) {
                seen[std::size_t(d)] = true;
                stack.push_back(d);
            }
        }
    }
    return seen;
}

} // namespace

bool pairsOfFunctions(const GraphSnapshot &s,
                      const SpofAnalysis &spofs,
                      std::span<const int> functions,
                      std::size_t limit,
                      const std::function<void(FailurePairs &&)> &emit,
                      Feedback *feedback)
{
    // In batches, so that the pairs held at once are those of one batch; inside a batch both threads take the next
    // function from a shared counter.
    constexpr std::size_t batch = 64;
    std::vector<FailurePairs> results;
    for (std::size_t first = 0; first < functions.size(); first += batch) {
        const std::size_t count = std::min(batch, functions.size() - first);
        results.assign(count, {});
        onTwoThreads(s, count, feedback, [&](std::size_t i, SpofAnalysis::Workspace &workspace) {
            results[i] = spofs.pairsOf(functions[first + i], limit, workspace);
        });
        if (feedback && feedback->isCanceled())
            return false;
        for (FailurePairs &pairs : results)
            emit(std::move(pairs));
        if (feedback)
            feedback->setProgress(100.0 * double(first + count) / double(functions.size()));
    }
    return true;
}

std::vector<FailurePairs>
criticalPairCounts(const GraphSnapshot &s, const SpofAnalysis &spofs, Feedback *feedback, std::size_t limit)
{
    std::vector<int> functions;
    for (int f = 0; f < s.size(); ++f) {
        if (s.isFunction(f) && s.isCritical(f))
            functions.push_back(f);
    }
    std::vector<FailurePairs> result;
    result.reserve(functions.size());
    if (!pairsOfFunctions(
            s, spofs, functions, limit, [&](FailurePairs &&pairs) { result.push_back(std::move(pairs)); }, feedback))
        return {};
    return result;
}

std::vector<RedundancyGroupReport>
redundancyReport(const GraphSnapshot &s, const SpofAnalysis &spofs, Feedback *feedback, int owner)
{
    std::vector<int> groups;
    for (int g = 0; g < s.groupCount(); ++g) {
        if (s.groupSize(g) > 0 && s.groupOwner(g) >= 0 && (owner < 0 || s.groupOwner(g) == owner))
            groups.push_back(g);
    }
    std::sort(groups.begin(), groups.end(), [&s](int a, int b) {
        if (s.groupOwner(a) != s.groupOwner(b))
            return s.groupOwner(a) < s.groupOwner(b); // indices are in key order
        return s.groupName(a) < s.groupName(b);
    });
    const std::vector<bool> critical = criticalClosure(s);
    std::vector<RedundancyGroupReport> report(groups.size());
    onTwoThreads(s, groups.size(), feedback, [&](std::size_t i, SpofAnalysis::Workspace &workspace) {
        const int g = groups[i];
        RedundancyGroupReport &r = report[i];
        r.group = g;
        r.owner = s.groupOwner(g);
        r.members = membersOf(s, g);
        r.minUp = s.groupMinUp(g);
        r.noSpare = r.minUp >= int(r.members.size());
        r.servesCritical = critical[std::size_t(r.owner)];
        GroupCauses causes = spofs.commonCauses(g, workspace);
        r.commonCauses = std::move(causes.common);
        r.memberCauses = std::move(causes.members);
    });
    if (feedback && feedback->isCanceled())
        return {};
    // Regions and countries are not elements: fail each as `impact --region` / `--country` does, and see which
    // groups keep fewer than k members that are not down.
    QStringList regions, countries;
    for (int v = 0; v < s.size(); ++v) {
        if (!s.region(v).isEmpty())
            regions << s.region(v);
        if (!s.country(v).isEmpty())
            countries << s.country(v);
    }
    for (QStringList *list : {&regions, &countries}) {
        list->sort();
        list->removeDuplicates();
    }
    Propagator propagator(s);
    for (const bool region : {true, false}) {
        for (const QString &name : std::as_const(region ? regions : countries)) {
            if (feedback && feedback->isCanceled())
                return {};
            const std::vector<int> failed
                = s.failureSet({}, region ? name : QString(), region ? QString() : name, {}, nullptr);
            const std::vector<State> &state = propagator.run(failed);
            for (RedundancyGroupReport &r : report) {
                int notDown = 0;
                for (const int m : r.members)
                    notDown += state[std::size_t(m)] != State::Down ? 1 : 0;
                if (notDown < r.minUp)
                    (region ? r.sharedRegions : r.sharedCountries) << name;
            }
        }
    }
    return report;
}

int falseRedundancyCount(const std::vector<RedundancyGroupReport> &report)
{
    return int(std::count_if(report.begin(), report.end(), [](const auto &r) { return r.isFalseRedundancy(); }));
}

std::vector<SpofRank> rankSpofs(const GraphSnapshot &s, const SpofAnalysis &spofs, Feedback *feedback)
{
    std::vector<std::vector<int>> stops(std::size_t(s.size()));
    for (int f = 0; f < s.size(); ++f) {
        if (feedback && feedback->isCanceled())
            return {};
        if (!s.isCritical(f))
            continue;
        for (const int x : spofs.spofsOf(f))
            stops[std::size_t(x)].push_back(f);
    }
    std::vector<SpofRank> ranking;
    for (int x = 0; x < s.size(); ++x) {
        if (!stops[std::size_t(x)].empty())
            ranking.push_back({x, std::move(stops[std::size_t(x)])});
    }
    std::stable_sort(ranking.begin(), ranking.end(), [](const SpofRank &a, const SpofRank &b) {
        return a.functions.size() > b.functions.size();
    });
    return ranking;
}

} // namespace bulwark::analysis
