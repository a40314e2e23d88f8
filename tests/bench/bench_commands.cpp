// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-command benchmark (issue 16): runs the bulwark binary as a separate process, as a user does, for the commands
// that answer about one element (show, list with a filter, set, link, unlink, add, remove), and prints wall time and
// peak resident memory of each beside `bulwark --version` (the floor: process start) and, with --before BINARY, the
// same command run by an older binary on a copy of the same register (the "today" column).
// Usage: bench_commands [elements=100000 | REGISTER.bulwark] [folder] [--before BINARY] [--runs N]
// A number writes a fresh register with the shared generator (benchregister.h); a file is copied into the folder
// first (it is never written to). Run by hand, not as a timed test.
#include "benchregister.h"
#include "spawnrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace bulwark;
using bench::Run;
using bench::runOnce;

namespace {

/// The median time and the largest peak of `runs` runs; `prepare` (optional) runs before each (undoes a write).
Run measure(const QString &program, const QStringList &arguments, int runs)
{
    std::vector<double> times;
    Run result;
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(program, arguments);
        times.push_back(r.ms);
        result.rssMb = std::max(result.rssMb, r.rssMb);
        result.code = r.code;
    }
    std::sort(times.begin(), times.end());
    result.ms = times[times.size() / 2];
    return result;
}

QString cell(const Run &r)
{
    if (r.code < 0)
        return QStringLiteral("-");
    return QStringLiteral("%1 ms, %2 MB").arg(r.ms, 0, 'f', r.ms < 100 ? 1 : 0).arg(r.rssMb);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString before;
    int runs = 5;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--before" && i + 1 < args.size()) {
            before = args[i + 1];
            args.remove(i, 2);
            --i;
        } else if (args[i] == u"--runs" && i + 1 < args.size()) {
            runs = std::max(1, args[i + 1].toInt());
            args.remove(i, 2);
            --i;
        }
    }
    const QString source = args.value(0, QStringLiteral("100000"));
    QTemporaryDir temporary;
    const QString folder = args.size() > 1 ? args[1] : temporary.path();
    QDir().mkpath(folder);
    const QString bulwark
        = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../../app/bulwark"));
    if (!QFileInfo(bulwark).isExecutable()) {
        std::fprintf(stderr, "no bulwark binary at %s\n", qPrintable(bulwark));
        return 2;
    }
    // One register per binary, so that the writes of one do not change what the other measures.
    const QString mine = folder + QStringLiteral("/commands.bulwark");
    const QString theirs = folder + QStringLiteral("/commands-before.bulwark");
    for (const QString &path : {mine, theirs}) {
        if (path == theirs && before.isEmpty())
            continue;
        for (const auto *suffix : {u"", u"-wal", u"-shm"})
            QFile::remove(path + QString::fromUtf16(suffix));
        bool ok = false;
        if (QFileInfo(source).isFile())
            ok = QFile::copy(source, path);
        else
            ok = bench::writeRegister(path, source.toInt());
        if (!ok) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 2;
        }
    }
    const QString key = QStringLiteral("E0000001");
    const QString other = QStringLiteral("E0000002");
    struct Step {
        const char *measure;
        QStringList arguments;
        const char *target;
    };
    // Each write is followed by its undo (the next step) so that every run sees the same register.
    const std::vector<Step> steps{
        {"show KEY --json", {QStringLiteral("show"), key, QStringLiteral("--json")}, "< 100 ms"},
        {"show KEY", {QStringLiteral("show"), key}, "< 100 ms"},
        {"list --kind location --json",
         {QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("location"), QStringLiteral("--json")},
         "< 100 ms*"},
        {"set KEY rto_min=31", {QStringLiteral("set"), key, QStringLiteral("rto_min=31")}, "< 100 ms"},
        {"set KEY rto_min= (back)", {QStringLiteral("set"), key, QStringLiteral("rto_min=")}, "< 100 ms"},
        {"link KEY OTHER --soft", {QStringLiteral("link"), key, other, QStringLiteral("--soft")}, "< 100 ms"},
        {"unlink KEY OTHER", {QStringLiteral("unlink"), key, other}, "< 100 ms"},
        {"add NEW --kind application",
         {QStringLiteral("add"),
          QStringLiteral("BENCH-NEW"),
          QStringLiteral("--kind"),
          QStringLiteral("application"),
          QStringLiteral("--name"),
          QStringLiteral("New")},
         "< 100 ms"},
        {"remove NEW", {QStringLiteral("remove"), QStringLiteral("BENCH-NEW")}, "< 100 ms"},
    };
    const Run floor = measure(bulwark, {QStringLiteral("--version")}, runs);
    std::printf("Whole commands on %s (%d runs each: median time, largest peak RSS)\n\n",
                qPrintable(QFileInfo(source).isFile() ? source : source + QStringLiteral(" generated elements")),
                runs);
    std::printf("| measure | time | floor (--version) | today | target |\n|---|---|---|---|---|\n");
    for (const Step &step : steps) {
        // A write and its undo alternate, so each is run once per round, round after round.
        const Run now = measure(bulwark, QStringList{step.arguments} << QStringLiteral("--db") << mine, 1);
        Run today;
        if (!before.isEmpty())
            today = measure(before, QStringList{step.arguments} << QStringLiteral("--db") << theirs, 1);
        Run best = now;
        std::vector<double> times{now.ms};
        for (int i = 1; i < runs
             && (QString::fromLatin1(step.measure).startsWith(u"show")
                 || QString::fromLatin1(step.measure).startsWith(u"list"));
             ++i) {
            const Run r = runOnce(bulwark, QStringList{step.arguments} << QStringLiteral("--db") << mine);
            times.push_back(r.ms);
            best.rssMb = std::max(best.rssMb, r.rssMb);
        }
        std::sort(times.begin(), times.end());
        best.ms = times[times.size() / 2];
        std::printf("| %s | %s%s | %s | %s | %s |\n",
                    step.measure,
                    qPrintable(cell(best)),
                    best.code == 0 ? "" : qPrintable(QStringLiteral(" (exit %1)").arg(best.code)),
                    qPrintable(cell(floor)),
                    qPrintable(before.isEmpty() ? QStringLiteral("(--before)") : cell(today)),
                    step.target);
    }
    std::printf("\n* list prints every match: its time grows with the number of matches, not with the register.\n");
    return 0;
}
