// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis benchmark: writes a register of N elements (see writeRegister: layered like a bank's map, about 5
// dependencies each, redundancy groups, soft edges and cycles) straight into a register file, then times the snapshot,
// single-failure blast radius, SPOFs of all critical functions and cycles, each next to its floor (a plain traversal of
// the same arrays) or its naive version. Usage: bench_analysis [elements=100000] [folder]. Run by hand; not a timed
// test. With a third argument "snapshot": only the snapshot rows, on FOLDER's register if there is one.
#include "benchregister.h"
#include "model/analysis/availability.h"
#include "model/analysis/components.h"
#include "model/analysis/graphsnapshot.h"
#include "model/analysis/impact.h"
#include "model/analysis/propagation.h"
#include "model/analysis/recoverypath.h"
#include "model/analysis/rtobudget.h"
#include "model/analysis/spofanalysis.h"
#include "model/store/database.h"
#include "model/store/snapshotcache.h"
#include "model/store/snapshotreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <random>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace bulwark;
using namespace bulwark::analysis;

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir tmp;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    const QString path = folder + QStringLiteral("/analysis.bulwark");
    // "snapshot" as third argument: only the snapshot rows, on the register already in FOLDER if there is one.
    const bool snapshotOnly = argc > 3 && QByteArray(argv[3]) == "snapshot";
    QElapsedTimer timer;
    timer.start();
    if (!snapshotOnly || !QFile::exists(path)) {
        QFile::remove(path);
        if (!bench::writeRegister(path, n))
            return 2;
    }
    const qint64 writeMs = timer.restart();

    auto db = store::Database::open(path, store::Database::OpenMode::OpenExisting);
    if (!db || !(*db)->execute(QStringLiteral("DELETE FROM graph_snapshot"), QStringLiteral("bench")))
        return 2;
    timer.restart();
    auto loaded = store::loadSnapshot(**db);
    if (!loaded)
        return 2;
    const double snapshotMs = timer.nsecsElapsed() / 1e6;
    const GraphSnapshot &s = **loaded;

    // The snapshot stored in the register (issue 16): stored once, then loaded from the blob with the whole trust
    // check (head, SHA-256, ranges); its parts alone; the floor is a memcpy of the payload.
    store::SnapshotOrigin origin;
    if (!store::loadSnapshot(**db, nullptr, &origin) || !store::SnapshotCache::storeIfBuilt(**db, s, origin))
        return 2;
    std::vector<double> blobMs;
    for (int i = 0; i < 3; ++i) {
        timer.restart();
        auto fromBlob = store::loadSnapshot(**db, nullptr, &origin);
        blobMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!fromBlob || !origin.stored || !(**fromBlob == s))
            return 2;
    }
    const QByteArray payload = s.serialize();
    timer.restart();
    const auto sum = store::SnapshotCache::checksum(GraphSnapshot::payloadFormat, origin.head.hash, payload);
    const double checksumMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const bool parsed = bool(GraphSnapshot::deserialize(payload.constData(), std::size_t(payload.size())));
    const double deserializeMs = timer.nsecsElapsed() / 1e6;
    std::vector<char> copy(std::size_t(payload.size()));
    timer.restart();
    std::memcpy(copy.data(), payload.constData(), copy.size());
    const double memcpyMs = timer.nsecsElapsed() / 1e6;
    if (!parsed || sum.isEmpty() || copy.empty())
        return 2;
    auto printSnapshotRows = [&] {
        std::printf("| snapshot from the database's tables (before issue 16: always) | %.0f ms | %.1f ms memcpy of "
                    "the %.1f MB payload | %.0fx | < 1000 ms |\n",
                    snapshotMs,
                    memcpyMs,
                    payload.size() / 1e6,
                    snapshotMs / std::max(1e-6, memcpyMs));
        std::printf("| snapshot from the stored blob, trust check included (median of 3) | %.0f ms | %.1f ms memcpy | "
                    "%.0fx | < 100 ms (< 1000 ms at 1M) |\n",
                    median(blobMs),
                    memcpyMs,
                    median(blobMs) / std::max(1e-6, memcpyMs));
        std::printf("| its parts: SHA-256 of the payload (on a second thread) / deserialize with range checks | %.0f "
                    "ms / %.0f ms | | | |\n",
                    checksumMs,
                    deserializeMs);
    };
    if (snapshotOnly) {
        std::printf("snapshot benchmark: %d elements, %d dependencies, %d groups\n| measure | time | floor or naive | "
                    "ratio | target at 100k |\n|---|---|---|---|---|\n",
                    s.size(),
                    s.dependencyCount(),
                    s.groupCount());
        printSnapshotRows();
        std::printf("| peak memory | %ld MB | | | < 2048 MB at 1M |\n", peakRssMb());
        return 0;
    }

    // Blast radius of single failures: the propagation, and the floor (a plain traversal of the same in-edges
    // from the failed element, which visits at least everything the propagation can reach).
    // Failures are drawn from the lower half of the map (infrastructure and below), where blast radii are large.
    QRandomGenerator random(11);
    std::vector<int> sample;
    for (int i = 0; i < 200; ++i)
        sample.push_back(s.size() / 2 + int(random.bounded(s.size() - s.size() / 2)));
    Propagator propagator(s);
    std::vector<double> propagationMs, floorMs;
    std::vector<int> stamp(std::size_t(s.size()), -1), stack;
    long long affectedTotal = 0;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        const int failed[] = {sample[i]};
        QElapsedTimer t;
        t.start();
        propagator.run(failed);
        int affected = 0;
        for (const int v : propagator.touched())
            affected += propagator.state(v) != State::Up ? 1 : 0;
        propagationMs.push_back(t.nsecsElapsed() / 1e6);
        affectedTotal += affected;
        t.restart();
        stack.assign(1, sample[i]);
        stamp[std::size_t(sample[i])] = int(i);
        int visited = 0;
        while (!stack.empty()) {
            const int w = stack.back();
            stack.pop_back();
            ++visited;
            for (int k = s.inBegin(w); k < s.inEnd(w); ++k) {
                const int u = s.source(k);
                if (stamp[std::size_t(u)] != int(i)) {
                    stamp[std::size_t(u)] = int(i);
                    stack.push_back(u);
                }
            }
        }
        floorMs.push_back(t.nsecsElapsed() / 1e6);
        if (visited < affected)
            return 3; // cannot happen: the floor visits everything upstream
    }

    // SPOFs of every critical function, and the naive way (one propagation per candidate) measured on a sample
    // of candidates for one function and scaled to all of them.
    std::vector<int> critical;
    for (int v = 0; v < s.size(); ++v) {
        if (s.isCritical(v))
            critical.push_back(v);
    }
    timer.restart();
    const SpofAnalysis spof(s);
    const double spofBuildMs = timer.nsecsElapsed() / 1e6;
    long long spofCount = 0;
    for (const int f : critical)
        spofCount += qsizetype(spof.spofsOf(f).size());
    const double spofMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const int naiveSample = std::min(2000, s.size());
    int naiveHits = 0;
    for (int i = 0; i < naiveSample; ++i) {
        const int failed[] = {int(random.bounded(s.size()))};
        naiveHits += propagator.run(failed)[std::size_t(critical.front())] == State::Down ? 1 : 0;
    }
    const double naiveMs = timer.nsecsElapsed() / 1e6 * (double(s.size()) / naiveSample) * double(critical.size());

    // RTO budget of every element (issue 16), after the SPOF build; its floor is that build.
    timer.restart();
    const auto budgets = rtoBudget(s, spof);
    const double budgetMs = timer.nsecsElapsed() / 1e6;

    // A big failure: the element most others depend on directly (a data centre in this map). The recovery path of
    // every affected function against the propagation (the floor), and the data-loss pass against the walk per
    // function it replaced.
    int big = 0;
    for (int v = 0; v < s.size(); ++v) {
        if (s.inEnd(v) - s.inBegin(v) > s.inEnd(big) - s.inBegin(big))
            big = v;
    }
    const int bigFailed[] = {big};
    timer.restart();
    propagator.run(bigFailed);
    const double bigPropagationMs = timer.nsecsElapsed() / 1e6;
    std::vector<FunctionImpact> bigFunctions;
    int bigAffected = 0;
    for (const int v : propagator.touched()) {
        if (propagator.state(v) == State::Up)
            continue;
        ++bigAffected;
        if (s.isFunction(v)) {
            FunctionImpact f;
            f.element = v;
            bigFunctions.push_back(f);
        }
    }
    timer.restart();
    const RecoveryDetail detail = propagator.recoveryDetail();
    const RecoveryPaths paths(s, propagator, detail);
    std::size_t pathSteps = 0;
    for (FunctionImpact &f : bigFunctions) {
        f.recoveryPath = paths.pathOf(f.element);
        pathSteps += f.recoveryPath.elements.size();
    }
    const double pathMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    addDataLoss(s, propagator, bigFunctions);
    const double dataLossMs = timer.nsecsElapsed() / 1e6;
    std::size_t lostStores = 0;
    for (const FunctionImpact &f : bigFunctions)
        lostStores += f.lostDataStores.size();
    timer.restart();
    std::vector<int> seen(std::size_t(s.size()), -1);
    std::size_t walkStores = 0;
    for (std::size_t i = 0; i < bigFunctions.size(); ++i) { // the walk before issue 16, per function
        stack.assign(1, bigFunctions[i].element);
        seen[std::size_t(bigFunctions[i].element)] = int(i);
        while (!stack.empty()) {
            const int w = stack.back();
            stack.pop_back();
            walkStores += s.kind(w) == ElementKind::DataStore && propagator.state(w) == State::Down ? 1 : 0;
            for (int e = s.outBegin(w); e < s.outEnd(w); ++e) {
                const int d = s.target(e);
                if (seen[std::size_t(d)] != int(i) && propagator.state(d) != State::Up) {
                    seen[std::size_t(d)] = int(i);
                    stack.push_back(d);
                }
            }
        }
    }
    const double walkMs = timer.nsecsElapsed() / 1e6;
    if (walkStores != lostStores)
        return 4; // cannot happen: tests/model/tst_recoverypath.cpp checks the two agree

    // Double failures of every critical function (issue 16) on 2 threads, next to the SPOF row as the floor; every
    // pair of a sample of functions is checked with a whole-register propagation.
    timer.restart();
    const std::vector<FailurePairs> pairCounts = criticalPairCounts(s, spof);
    const double pairsMs = timer.nsecsElapsed() / 1e6;
    std::size_t pairTotal = 0, pairMax = 0;
    for (const FailurePairs &p : pairCounts) {
        pairTotal += p.count;
        pairMax = std::max(pairMax, p.count);
    }
    {
        SpofAnalysis::Workspace workspace(s);
        for (std::size_t i = 0; i < critical.size(); i += std::max<std::size_t>(1, critical.size() / 20)) {
            const FailurePairs some = spof.pairsOf(critical[i], 50, workspace);
            for (const auto &[a, b] : some.pairs) {
                const int failed[] = {a, b};
                if (propagator.run(failed)[std::size_t(critical[i])] != State::Down)
                    return 4; // a pair that does not put the function down: a bug
            }
        }
    }
    // Common causes of every redundancy group (the whole `redundancy` report, regions and countries included),
    // next to the kill graph's build as the floor.
    timer.restart();
    const auto redundancy = redundancyReport(s, spof);
    const double redundancyMs = timer.nsecsElapsed() / 1e6;

    // Cycles (Boost.Graph strong components) and the floor: one depth-first pass over every edge.
    timer.restart();
    const auto cycles = findCycles(s);
    const double cyclesMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    std::fill(stamp.begin(), stamp.end(), -1);
    long long edgeVisits = 0;
    for (int root = 0; root < s.size(); ++root) {
        if (stamp[std::size_t(root)] >= 0)
            continue;
        stack.assign(1, root);
        stamp[std::size_t(root)] = 0;
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (int e = s.outBegin(v); e < s.outEnd(v); ++e) {
                ++edgeVisits;
                if (stamp[std::size_t(s.target(e))] < 0) {
                    stamp[std::size_t(s.target(e))] = 0;
                    stack.push_back(s.target(e));
                }
            }
        }
    }
    const double dfsMs = timer.nsecsElapsed() / 1e6;

    // Monte Carlo: 10,000 trials over the critical functions on 2 threads (every element 99.9 % available, as
    // the register writer sets it).
    timer.restart();
    AvailabilityOptions options;
    options.trials = 10000;
    options.threads = 2;
    const auto estimates = estimateAvailability(s, critical, options);
    const double monteCarloMs = timer.nsecsElapsed() / 1e6;
    // Its floor: drawing one random number per element per trial, with no propagation.
    timer.restart();
    std::mt19937_64 draw(1);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    double sink = 0;
    for (int t = 0; t < 1000; ++t) {
        for (int v = 0; v < s.size(); ++v)
            sink += uniform(draw) < 0.001 ? 1 : 0;
    }
    const double drawAllMs = timer.nsecsElapsed() / 1e6 * 10; // scaled to 10,000 trials, one thread

    std::printf("analysis benchmark: %d elements, %d dependencies, %d groups, %zu critical functions "
                "(register written in %lld ms)\n",
                s.size(),
                s.dependencyCount(),
                s.groupCount(),
                critical.size(),
                writeMs);
    std::printf("| measure | time | floor or naive | ratio | target at 100k |\n|---|---|---|---|---|\n");
    printSnapshotRows();
    std::printf("| one failure's blast radius (median of 200; mean %lld affected) | %.3f ms | %.3f ms traversal | "
                "%.1fx | < 5 ms |\n",
                affectedTotal / 200,
                median(propagationMs),
                median(floorMs),
                median(propagationMs) / std::max(1e-6, median(floorMs)));
    std::printf(
        "| SPOFs of all critical functions (%lld found) | %.0f ms | %.0f ms naive (estimated) | %.4fx | < 2000 ms |\n",
        spofCount,
        spofMs,
        naiveMs,
        spofMs / std::max(1e-6, naiveMs));
    std::printf(
        "| RTO budget of every element (%zu with a budget), after the SPOF build | %.0f ms | %.0f ms SPOF build | "
        "%.2fx | |\n",
        budgets.size(),
        budgetMs,
        spofBuildMs,
        budgetMs / std::max(1e-6, spofBuildMs));
    std::printf("| recovery paths of all %zu functions of failing %s (%d affected, %zu path elements) | %.1f ms | "
                "%.1f ms propagation | %.1fx | |\n",
                bigFunctions.size(),
                qPrintable(s.key(big)),
                bigAffected,
                pathSteps,
                pathMs,
                bigPropagationMs,
                pathMs / std::max(1e-6, bigPropagationMs));
    std::printf("| data loss of the same functions (%zu lost stores listed) | %.1f ms | %.1f ms walk per function "
                "(before issue 16) | %.3fx | |\n",
                lostStores,
                dataLossMs,
                walkMs,
                dataLossMs / std::max(1e-6, walkMs));
    std::printf(
        "| double failures of all critical functions, 2 threads (%zu pairs, max %zu) | %.0f ms | %.0f ms SPOFs | "
        "%.1fx | < 30000 ms |\n",
        pairTotal,
        pairMax,
        pairsMs,
        spofMs,
        pairsMs / std::max(1e-6, spofMs));
    std::printf("| common causes of all groups, 2 threads (%zu groups, %d false redundancies) | %.0f ms | %.0f ms kill "
                "graph | %.1fx | |\n",
                redundancy.size(),
                falseRedundancyCount(redundancy),
                redundancyMs,
                spofBuildMs,
                redundancyMs / std::max(1e-6, spofBuildMs));
    std::printf("| cycles (%zu found) | %.0f ms | %.0f ms DFS | %.1fx | < 200 ms |\n",
                cycles.size(),
                cyclesMs,
                dfsMs,
                cyclesMs / std::max(1e-6, dfsMs));
    std::printf("| Monte Carlo, 10,000 trials, 2 threads (%zu functions) | %.0f ms | %.0f ms one draw per element | "
                "%.2fx | < 10000 ms |\n",
                estimates.size(),
                monteCarloMs,
                drawAllMs,
                monteCarloMs / std::max(1e-6, drawAllMs));
    std::printf("| peak memory | %ld MB | | | < 2048 MB at 1M |\n", peakRssMb());
    return naiveHits >= 0 && edgeVisits > 0 && sink >= 0 ? 0 : 1;
}
