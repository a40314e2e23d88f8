// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/availability.h"

#include "model/analysis/propagation.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <optional>
#include <random>
#include <thread>

namespace bulwark::analysis {
namespace {

constexpr int blockSize = 256;

/// Elements grouped by failure probability in (2^-(b+1), 2^-b], each bucket sampled by geometric skips at the
/// bucket's largest probability and thinned to each element's own.
struct FailureSampler {
    struct Bucket {
        std::vector<int> elements;
        std::vector<double> probability;
        double maxProbability = 0;
    };
    std::vector<Bucket> buckets;

    explicit FailureSampler(const GraphSnapshot &s)
    {
        buckets.resize(64);
        for (int v = 0; v < s.size(); ++v) {
            const double a = s.availability(v);
            if (a < 0 || a >= 1 || s.isFunction(v)) // a function's availability is its objective, not a failure rate
                continue;
            const double p = 1.0 - a;
            const int b = std::clamp(int(std::floor(-std::log2(p))), 0, 63);
            Bucket &bucket = buckets[std::size_t(b)];
            bucket.elements.push_back(v);
            bucket.probability.push_back(p);
            bucket.maxProbability = std::max(bucket.maxProbability, p);
        }
        std::erase_if(buckets, [](const Bucket &b) { return b.elements.empty(); });
    }

    void sample(std::mt19937_64 &random, std::vector<int> &failed) const
    {
        failed.clear();
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        for (const Bucket &bucket : buckets) {
            const std::size_t n = bucket.elements.size();
            if (bucket.maxProbability >= 1.0) {
                for (std::size_t i = 0; i < n; ++i) {
                    if (uniform(random) < bucket.probability[i])
                        failed.push_back(bucket.elements[i]);
                }
                continue;
            }
            const double logKeep = std::log1p(-bucket.maxProbability);
            std::size_t i = 0;
            while (true) {
                // Skip the elements that do not fail at the bucket's highest probability.
                const double u = 1.0 - uniform(random); // in (0, 1]
                const double skip = std::floor(std::log(u) / logKeep);
                if (skip >= double(n - i))
                    break;
                i += std::size_t(skip);
                if (uniform(random) * bucket.maxProbability < bucket.probability[i])
                    failed.push_back(bucket.elements[i]);
                ++i;
                if (i >= n)
                    break;
            }
        }
    }
};

AvailabilityEstimate estimate(int element, int trials, int down)
{
    AvailabilityEstimate e;
    e.element = element;
    e.downTrials = down;
    if (trials <= 0)
        return e;
    const double n = trials;
    const double p = (n - down) / n;
    const double z = 1.959963984540054;
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    e.availability = p;
    e.low = std::max(0.0, centre - half);
    e.high = std::min(1.0, centre + half);
    return e;
}

/// Only "down" matters to the estimate, and an element's being down depends only on the elements it reaches over
/// down-carrying edges (hard dependencies outside groups, and group members of either strength). So each trial
/// propagates down-ness alone, inside the down-closure of the requested elements: failures outside it are drawn (the
/// random stream stays the same) but cannot reach a requested element, and nothing above it is visited.
class DownPropagator
{
public:
    DownPropagator(const GraphSnapshot &s, std::span<const int> requested)
        : m_snapshot(s),
          m_inScope(std::size_t(s.size()), 0),
          m_down(std::size_t(s.size()), 0),
          m_groupNotDown(std::size_t(s.groupCount()))
    {
        std::vector<int> stack(requested.begin(), requested.end());
        for (const int v : requested)
            m_inScope[std::size_t(v)] = 1;
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
                const int d = s.target(e);
                if ((s.edgeGroup(e) >= 0 || s.isHard(e)) && !m_inScope[std::size_t(d)]) {
                    m_inScope[std::size_t(d)] = 1;
                    stack.push_back(d);
                }
            }
        }
        // Dependents inside the scope over down-carrying edges, as compressed rows: (dependent, group or -1).
        m_offset.assign(std::size_t(s.size()) + 1, 0);
        for (int w = 0; w < s.size(); ++w) {
            int count = 0;
            if (m_inScope[std::size_t(w)]) {
                for (int i = s.inBegin(w); i < s.inEnd(w); ++i)
                    count += carries(s.inEdge(i)) && m_inScope[std::size_t(s.source(i))] ? 1 : 0;
            }
            m_offset[std::size_t(w) + 1] = m_offset[std::size_t(w)] + count;
        }
        m_dependent.resize(std::size_t(m_offset.back()));
        m_group.resize(std::size_t(m_offset.back()));
        for (int w = 0; w < s.size(); ++w) {
            if (!m_inScope[std::size_t(w)])
                continue;
            int at = m_offset[std::size_t(w)];
            for (int i = s.inBegin(w); i < s.inEnd(w); ++i) {
                if (carries(s.inEdge(i)) && m_inScope[std::size_t(s.source(i))]) {
                    m_dependent[std::size_t(at)] = s.source(i);
                    m_group[std::size_t(at)] = s.edgeGroup(s.inEdge(i));
                    ++at;
                }
            }
        }
        for (int g = 0; g < s.groupCount(); ++g)
            m_groupNotDown[std::size_t(g)] = s.groupSize(g);
    }

    bool inScope(int v) const { return m_inScope[std::size_t(v)] != 0; }

    /// Propagates `failed` and returns the elements that are down (in no order); valid until the next run.
    const std::vector<int> &run(std::span<const int> failed)
    {
        for (const int v : m_downList)
            m_down[std::size_t(v)] = 0;
        m_downList.clear();
        for (const int g : m_touchedGroups)
            m_groupNotDown[std::size_t(g)] = m_snapshot.groupSize(g);
        m_touchedGroups.clear();
        for (const int v : failed) {
            if (inScope(v))
                setDown(v);
        }
        for (std::size_t next = 0; next < m_downList.size(); ++next) {
            const int w = m_downList[next];
            for (int i = m_offset[std::size_t(w)]; i < m_offset[std::size_t(w) + 1]; ++i) {
                const int u = m_dependent[std::size_t(i)];
                const int g = m_group[std::size_t(i)];
                if (g < 0) {
                    setDown(u);
                    continue;
                }
                int &notDown = m_groupNotDown[std::size_t(g)];
                if (notDown == m_snapshot.groupSize(g))
                    m_touchedGroups.push_back(g);
                if (--notDown == m_snapshot.groupMinUp(g) - 1)
                    setDown(u);
            }
        }
        return m_downList;
    }

private:
    bool carries(int e) const { return m_snapshot.edgeGroup(e) >= 0 || m_snapshot.isHard(e); }
    void setDown(int v)
    {
        if (!m_down[std::size_t(v)]) {
            m_down[std::size_t(v)] = 1;
            m_downList.push_back(v);
        }
    }

    const GraphSnapshot &m_snapshot;
    std::vector<std::uint8_t> m_inScope;
    std::vector<int> m_offset, m_dependent, m_group;
    std::vector<std::uint8_t> m_down;
    std::vector<int> m_downList;
    std::vector<int> m_groupNotDown;
    std::vector<int> m_touchedGroups;
};

} // namespace

std::vector<AvailabilityEstimate> estimateAvailability(const GraphSnapshot &s,
                                                       std::span<const int> elements,
                                                       const AvailabilityOptions &options,
                                                       Feedback *feedback)
{
    const FailureSampler sampler(s);
    const DownPropagator prototype(s, elements);
    // One tally slot per distinct requested element.
    std::vector<int> slot(std::size_t(s.size()), -1);
    int slots = 0;
    for (const int v : elements) {
        if (slot[std::size_t(v)] < 0)
            slot[std::size_t(v)] = slots++;
    }
    const int trials = std::max(0, options.trials);
    const int blocks = (trials + blockSize - 1) / blockSize;
    std::vector<int> down(std::size_t(slots), 0);
    std::mutex mutex;
    std::atomic<int> nextBlock = 0;
    std::atomic<int> doneBlocks = 0;
    std::atomic<bool> canceled = false;
    const std::thread::id caller = std::this_thread::get_id();
    auto worker = [&] {
        DownPropagator propagator = prototype;
        std::optional<Propagator> general;
        if (options.reference)
            general.emplace(s);
        std::vector<int> failed;
        std::vector<int> localDown(std::size_t(slots), 0);
        for (int block = nextBlock++; block < blocks && !canceled; block = nextBlock++) {
            std::seed_seq seq{std::uint32_t(options.seed), std::uint32_t(options.seed >> 32), std::uint32_t(block)};
            std::mt19937_64 random(seq);
            const int count = std::min(blockSize, trials - block * blockSize);
            for (int t = 0; t < count; ++t) {
                sampler.sample(random, failed);
                if (failed.empty())
                    continue;
                if (general) {
                    const auto &state = general->run(failed);
                    for (const int v : general->touched()) {
                        if (state[std::size_t(v)] == State::Down && slot[std::size_t(v)] >= 0)
                            ++localDown[std::size_t(slot[std::size_t(v)])];
                    }
                    continue;
                }
                for (const int v : propagator.run(failed)) {
                    if (slot[std::size_t(v)] >= 0)
                        ++localDown[std::size_t(slot[std::size_t(v)])];
                }
            }
            ++doneBlocks;
            if (feedback) {
                if (feedback->isCanceled())
                    canceled = true;
                else if (std::this_thread::get_id() == caller)
                    feedback->setProgress(100.0 * doneBlocks / std::max(1, blocks)); // only the caller reports
            }
        }
        const std::lock_guard lock(mutex);
        for (std::size_t i = 0; i < localDown.size(); ++i)
            down[i] += localDown[i];
    };
    const int threadCount = std::clamp(options.threads, 1, 64);
    std::vector<std::thread> threads;
    for (int t = 1; t < threadCount; ++t)
        threads.emplace_back(worker);
    worker(); // the calling thread works too
    for (std::thread &t : threads)
        t.join();
    if (feedback)
        feedback->setProgress(100.0 * doneBlocks / std::max(1, blocks));
    if (canceled)
        return {};
    std::vector<AvailabilityEstimate> result;
    for (const int v : elements)
        result.push_back(estimate(v, trials, down[std::size_t(slot[std::size_t(v)])]));
    return result;
}

double exactAvailability(const GraphSnapshot &s, int element)
{
    std::vector<int> canFail;
    for (int v = 0; v < s.size(); ++v) {
        const double a = s.availability(v);
        if (a >= 0 && a < 1 && !s.isFunction(v))
            canFail.push_back(v);
    }
    if (canFail.size() > 20)
        return std::nan("");
    Propagator propagator(s);
    double available = 0;
    std::vector<int> failed;
    for (std::uint32_t mask = 0; mask < (1u << canFail.size()); ++mask) {
        double probability = 1;
        failed.clear();
        for (std::size_t i = 0; i < canFail.size(); ++i) {
            const double a = s.availability(canFail[i]);
            if (mask & (1u << i)) {
                probability *= 1 - a;
                failed.push_back(canFail[i]);
            } else {
                probability *= a;
            }
        }
        if (propagator.run(failed)[std::size_t(element)] != State::Down)
            available += probability;
    }
    return available;
}

} // namespace bulwark::analysis
