// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Register of information benchmark (issue 18): a register of N elements (default 100,000) with A contractual
// arrangements (default 5,000), then the build, the checks and the package in this process, and the whole commands
// `bulwark roi check` and `bulwark roi export` (median of 3 runs, peak memory). Usage:
//   bench_roi [N] [A] [DIR] [BULWARK]   (DIR: where the register is written; BULWARK: the executable to time)
#include "model/register/registerservice.h"
#include "model/roi/builder.h"
#include "model/roi/checks.h"
#include "model/roi/package.h"
#include "model/roi/records.h"
#include "spawnrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

using namespace bulwark;
using namespace bulwark::roi;
using bench::Run;
using bench::runOnce;

namespace {

/// An LEI with valid check digits (ISO 7064 MOD 97-10) from an 18-character base.
QString lei(const QString &base)
{
    int remainder = 0;
    for (const QChar c : base + QStringLiteral("00")) {
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = v >= 10 ? (remainder * 100 + v) % 97 : (remainder * 10 + v) % 97;
    }
    return base + QStringLiteral("%1").arg(98 - remainder, 2, 10, QLatin1Char('0'));
}

ChangeSet generate(int elements, int arrangements)
{
    QRandomGenerator random(18);
    ChangeSet c;
    const int functions = elements / 100;
    const int providers = arrangements / 2;
    const int services = arrangements;
    const int apps = elements * 3 / 10;
    const int infra = elements - functions - providers - services - apps;
    auto key = [](const char *prefix, int i) {
        return QStringLiteral("%1%2").arg(QLatin1StringView(prefix)).arg(i, 6, 10, QLatin1Char('0'));
    };
    const QString bank = lei(QStringLiteral("529900BENCHBANK001"));
    c.add(entityType().record({bank,
                               QStringLiteral("Bench Bank AG"),
                               QStringLiteral("DE"),
                               QStringLiteral("credit_institution"),
                               QStringLiteral("ultimate_parent"),
                               {},
                               QDate(2026, 11, 1),
                               QDate(2025, 1, 1),
                               {},
                               QStringLiteral("EUR"),
                               QStringLiteral("90000000000"),
                               true,
                               QStringLiteral("BaFin")}));
    for (int i = 0; i < functions; ++i) {
        Element e;
        e.key = key("F", i);
        e.name = QStringLiteral("Function %1").arg(i);
        e.kind = ElementKind::Function;
        e.criticality = i % 5 == 0 ? Criticality::Critical : Criticality::Standard;
        e.mtdMin = 240;
        e.mtdlMin = 60;
        c.add(e);
        c.add(functionTermsType().record(
            {e.key, {}, QStringLiteral("eba_TA:x162"), {}, {}, QDate(2026, 6, 1), QStringLiteral("medium")}));
        for (int k = 0; k < 10; ++k)
            c.add(Dependency{e.key, key("A", int(random.bounded(apps))), Strength::Hard, {}, {}});
    }
    for (int i = 0; i < providers; ++i) {
        Element e;
        e.key = key("P", i);
        e.name = QStringLiteral("Provider %1 GmbH").arg(i);
        e.kind = ElementKind::Provider;
        e.lei = lei(QStringLiteral("5299%1").arg(i, 14, 10, QLatin1Char('0')));
        e.country = QStringLiteral("DE");
        e.substitutability = Substitutability::Medium;
        e.exitPlan = true;
        c.add(e);
        if (i % 10 == 1) // a sub-contractor
            c.add(Dependency{e.key, key("P", int(random.bounded(providers))), Strength::Soft, {}, {}});
    }
    for (int i = 0; i < services; ++i) {
        Element e;
        e.key = key("S", i);
        e.name = QStringLiteral("Service %1").arg(i);
        e.kind = ElementKind::IctService;
        c.add(e);
        c.add(Dependency{e.key, key("P", i / 2), Strength::Hard, {}, {}});
        ServiceTerms t;
        t.element = e.key;
        t.arrangements = {key("C-", i)};
        t.type = QStringLiteral("S%1").arg(1 + i % 19, 2, 10, QLatin1Char('0'));
        t.providedIn = QStringLiteral("DE");
        t.storesData = true;
        t.storedIn = QStringLiteral("DE");
        t.processedIn = QStringLiteral("DE");
        t.sensitiveness = QStringLiteral("medium");
        t.reliance = QStringLiteral("material");
        t.lastAudit = QDate(2026, 3, 1);
        t.reintegration = QStringLiteral("difficult");
        t.impact = QStringLiteral("medium");
        t.alternatives = QStringLiteral("yes");
        c.add(serviceTermsType().record(std::move(t)));
        Arrangement a;
        a.reference = key("C-", i);
        a.type = QStringLiteral("standalone");
        a.provider = key("P", i / 2);
        a.currency = QStringLiteral("EUR");
        a.annualCost = QString::number(10000 + i);
        a.start = QDate(2022, 1, 1);
        a.noticeEntity = 90;
        a.noticeProvider = 180;
        a.governingLaw = QStringLiteral("DE");
        c.add(arrangementType().record(std::move(a)));
    }
    for (int i = 0; i < apps; ++i) {
        Element e;
        e.key = key("A", i);
        e.name = QStringLiteral("Application %1").arg(i);
        c.add(e);
        for (int k = 0; k < 3; ++k)
            c.add(Dependency{e.key, key("I", int(random.bounded(infra))), Strength::Hard, {}, {}});
        c.add(Dependency{e.key, key("S", int(random.bounded(services))), Strength::Hard, {}, {}});
    }
    for (int i = 0; i < infra; ++i) {
        Element e;
        e.key = key("I", i);
        e.name = QStringLiteral("Infrastructure %1").arg(i);
        e.kind = ElementKind::Infrastructure;
        c.add(e);
        // Layers below: each needs two further down (a map of ~4 dependencies per element).
        for (int k = 0; k < 2 && i + 1 < infra; ++k)
            c.add(Dependency{
                e.key, key("I", i + 1 + int(random.bounded(std::min(50, infra - i - 1)))), Strength::Hard, {}, {}});
    }
    // Dependencies may repeat (random): keep one of each.
    std::sort(c.dependencies.begin(), c.dependencies.end(), [](const auto &a, const auto &b) {
        return std::tie(a.value.from, a.value.to) < std::tie(b.value.from, b.value.to);
    });
    c.dependencies.erase(std::unique(c.dependencies.begin(),
                                     c.dependencies.end(),
                                     [](const auto &a, const auto &b) {
                                         return a.value.from == b.value.from && a.value.to == b.value.to;
                                     }),
                         c.dependencies.end());
    return c;
}

Run median(const QString &program, const QStringList &arguments)
{
    std::vector<Run> runs;
    for (int i = 0; i < 3; ++i)
        runs.push_back(runOnce(program, arguments));
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.ms < b.ms; });
    Run r = runs[1];
    for (const Run &x : runs)
        r.rssMb = std::max(r.rssMb, x.rssMb);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int elements = args.size() > 1 ? args[1].toInt() : 100000;
    const int arrangements = args.size() > 2 ? args[2].toInt() : 5000;
    const QString dir = args.size() > 3 ? args[3] : QDir::tempPath();
    const QString bulwark = args.size() > 4 ? args[4] : QString();
    const QString path = QDir(dir).filePath(QStringLiteral("bench-roi-%1.bulwark").arg(elements));
    QFile::remove(path);
    QElapsedTimer timer;
    timer.start();
    const ChangeSet changes = generate(elements, arrangements);
    auto created = RegisterService::create(path, [&](RegisterService &service) { return service.apply(changes); });
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
        return 1;
    }
    std::printf("register: %d elements, %zu dependencies, %d arrangements, written in %.1f s\n",
                elements,
                changes.dependencies.size(),
                arrangements,
                double(timer.elapsed()) / 1000.0);

    auto service = RegisterService::open(path, store::Database::OpenMode::ReadOnly);
    if (!service)
        return 1;
    timer.restart();
    const RegisterData data = (*service)->snapshot();
    const double snapshotMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const BuildResult built
        = Builder::build(data, {QDate(2026, 12, 31), Consolidation::Individual, QDate(2027, 1, 15)});
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    std::size_t rows = 0;
    for (const Table &t : built.report.tables)
        rows += t.rows.size();
    timer.restart();
    const std::vector<Problem> problems = checkReport(built.report);
    const double checkMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    auto zip = writePackage(built.report, QDateTime(QDate(2027, 1, 15), QTime(9, 30), Qt::UTC));
    const double writeMs = double(timer.nsecsElapsed()) / 1e6;
    QMap<QString, int> rules;
    for (const Problem &p : problems)
        ++rules[p.rule];
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        std::printf("  problem %s: %d\n", qPrintable(it.key()), it.value());
    std::printf("in process: register read %.0f ms; build %.0f ms (%zu rows, B_02.02 %zu); checks %.0f ms (%zu "
                "problems, %zu notes); package %.0f ms (%lld bytes)\n",
                snapshotMs,
                buildMs,
                rows,
                built.report.table(TemplateId::B0202).rows.size(),
                checkMs,
                problems.size(),
                built.notes.size(),
                writeMs,
                zip ? qint64(zip->size()) : -1LL);
    if (!bulwark.isEmpty()) {
        const Run check = median(bulwark,
                                 {QStringLiteral("roi"),
                                  QStringLiteral("check"),
                                  QStringLiteral("--db"),
                                  path,
                                  QStringLiteral("--ref-date"),
                                  QStringLiteral("2026-12-31")});
        const QString out = QDir(dir).filePath(QStringLiteral("bench-roi-out"));
        QDir().mkpath(out);
        const Run exported = median(bulwark,
                                    {QStringLiteral("roi"),
                                     QStringLiteral("export"),
                                     QStringLiteral("--db"),
                                     path,
                                     QStringLiteral("--ref-date"),
                                     QStringLiteral("2026-12-31"),
                                     QStringLiteral("--consolidation"),
                                     QStringLiteral("IND"),
                                     QStringLiteral("-o"),
                                     out,
                                     QStringLiteral("--timestamp"),
                                     QStringLiteral("20270115093000125")});
        const Run floor = median(bulwark, {QStringLiteral("--version")});
        std::printf("whole commands (median of 3): roi check %.0f ms, %ld MB (exit %d); roi export %.0f ms, %ld MB "
                    "(exit %d); bulwark --version %.0f ms\n",
                    check.ms,
                    check.rssMb,
                    check.code,
                    exported.ms,
                    exported.rssMb,
                    exported.code,
                    floor.ms);
        QDir(out).removeRecursively();
    }
    return 0;
}
