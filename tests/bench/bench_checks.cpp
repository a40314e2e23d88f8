// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checks benchmark: opens a register (bench_analysis N FOLDER writes one to FOLDER/analysis.bulwark), builds the
// check context and times each automated check on it, then all of them together. Usage: bench_checks REGISTER.
// Run by hand; not a timed test.
#include "model/analysis/graphsnapshot.h"
#include "model/assessment/check.h"
#include "model/register/registerservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace bulwark;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_checks REGISTER\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto service = RegisterService::open(QString::fromLocal8Bit(argv[1]), store::Database::OpenMode::OpenExisting);
    if (!service) {
        std::fprintf(stderr, "%s\n", qPrintable(service.error().toString()));
        return 2;
    }
    RegisterData data = (*service)->snapshot();
    data.sort();
    const double loadMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
    const double snapshotMs = timer.nsecsElapsed() / 1e6;

    // Each check on a fresh context (its lookups built inside the check's time), then all on one context.
    std::printf("checks benchmark: %d elements, %d dependencies (load %.0f ms, snapshot %.0f ms)\n",
                snapshot->size(),
                snapshot->dependencyCount(),
                loadMs,
                snapshotMs);
    std::printf("| check | status | findings | alone (fresh context) |\n|---|---|---|---|\n");
    for (const assessment::CheckInfo &check : assessment::checkList()) {
        const assessment::CheckContext context(data, snapshot, QDate(2026, 11, 30));
        timer.restart();
        const assessment::CheckOutcome outcome = check.run(context);
        std::printf("| %s | %s | %zu | %.0f ms |\n",
                    check.id,
                    qPrintable(assessment::token(outcome.status)),
                    outcome.findings.size(),
                    timer.nsecsElapsed() / 1e6);
    }
    timer.restart();
    std::size_t findings = 0;
    {
        const assessment::CheckContext context(data, snapshot, QDate(2026, 11, 30));
        for (const assessment::CheckInfo &check : assessment::checkList())
            findings += check.run(context).findings.size();
    }
    const double allMs = timer.nsecsElapsed() / 1e6;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("| all %zu checks on one context (context included) | | %zu | %.0f ms |\n",
                assessment::checkList().size(),
                findings,
                allMs);
    std::printf("peak memory %ld MB\n", usage.ru_maxrss / 1024);
    return 0;
}
