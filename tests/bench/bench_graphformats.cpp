// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the import of a large GraphML map (issue 17: a 100,000-node GraphML in under 15 s): writes a file shaped as
// NetworkX or TinkerPop write one (typed keys, a name and a type per node, a label per edge), then times the read
// (GraphMl::read), the keying (GraphImport::toChanges) and the whole `bulwark import` into a new register
// (exchange::Importer::run: read, key, validate, write, audit). Usage: bench_graphformats [nodes=100000] [edges per
// node=5]; prints a Markdown table with wall and CPU time and the peak resident memory.
#include "model/exchange/formats/graphml.h"
#include "model/exchange/graphimport.h"
#include "model/exchange/importer.h"
#include "model/register/registerservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace bulwark;
using namespace bulwark::exchange;

namespace {

long peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
        }
    }
    return 0;
}

qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + qint64(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

QByteArray generate(int nodes, int edgesPerNode)
{
    QRandomGenerator random(17);
    QByteArray out;
    out.reserve(qsizetype(nodes) * (120 + edgesPerNode * 110));
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
           "<key id=\"d0\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
           "<key id=\"d1\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
           "<key id=\"d2\" for=\"node\" attr.name=\"replicas\" attr.type=\"int\"/>\n"
           "<key id=\"d3\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
           "<graph id=\"G\" edgedefault=\"directed\">\n";
    const char *types[] = {"service", "database", "queue", "host", "network"};
    for (int i = 0; i < nodes; ++i) {
        out += "<node id=\"n" + QByteArray::number(i) + "\"><data key=\"d0\">Component " + QByteArray::number(i)
            + "</data><data key=\"d1\">" + types[i % 5] + "</data><data key=\"d2\">" + QByteArray::number(1 + i % 7)
            + "</data></node>\n";
    }
    qint64 edge = 0;
    for (int i = 0; i < nodes; ++i) {
        for (int k = 0; k < edgesPerNode; ++k) {
            // Distinct targets per node (a pair repeats rarely; GraphImport keeps one dependency per pair).
            int target = int(random.bounded(nodes));
            if (target == i)
                target = (target + 1) % nodes;
            out += "<edge id=\"e" + QByteArray::number(edge++) + "\" source=\"n" + QByteArray::number(i)
                + "\" target=\"n" + QByteArray::number(target) + "\"><data key=\"d3\">calls</data></edge>\n";
        }
    }
    out += "</graph>\n</graphml>\n";
    return out;
}

void row(const char *step, qint64 wallMs, qint64 cpu, const QString &what)
{
    std::printf(
        "| %s | %.2f s | %.2f s | %ld MB | %s |\n", step, wallMs / 1000.0, cpu / 1000.0, peakRssMb(), qPrintable(what));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int nodes = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int perNode = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("map.graphml"));
    {
        const QByteArray bytes = generate(nodes, perNode);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return 1;
        std::printf("GraphML: %d nodes, %d edges, %.1f MB\n\n", nodes, nodes * perNode, bytes.size() / 1048576.0);
    }
    std::printf("| step | wall | CPU | peak | result |\n|---|---|---|---|---|\n");
    QElapsedTimer timer;
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        timer.start();
        qint64 cpu = cpuMs();
        const QByteArray bytes = in.readAll();
        const auto graph = GraphMl::read(bytes, QStringLiteral("map.graphml"));
        if (!graph) {
            std::fprintf(stderr, "%s\n", qPrintable(graph.error().toString()));
            return 1;
        }
        row("GraphMl::read",
            timer.elapsed(),
            cpuMs() - cpu,
            QStringLiteral("%1 nodes, %2 edges").arg(graph->nodes.size()).arg(graph->edges.size()));
        timer.restart();
        cpu = cpuMs();
        QList<ImportNote> notes;
        const auto changes
            = GraphImport::toChanges(*graph, GraphImportOptions{QStringLiteral("gml:"), {}, {}}, file, nullptr, notes);
        if (!changes)
            return 1;
        row("GraphImport::toChanges",
            timer.elapsed(),
            cpuMs() - cpu,
            QStringLiteral("%1 elements, %2 dependencies")
                .arg(qsizetype(changes->elements.size()))
                .arg(qsizetype(changes->dependencies.size())));
    }
    const QString path = dir.filePath(QStringLiteral("import.bulwark"));
    if (!RegisterService::create(path))
        return 1;
    auto service = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
    if (!service)
        return 1;
    // As `bulwark import` does: the process ends after its one write.
    (*service)->setKeepsRegisterAfterWrite(false);
    timer.restart();
    const qint64 cpu = cpuMs();
    ImportReport report;
    const auto summary = Importer::run(**service, file, ImportOptions{}, Actor::current(), nullptr, &report);
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString()));
        return 1;
    }
    row("whole import (Importer::run: read, key, validate, write, audit)",
        timer.elapsed(),
        cpuMs() - cpu,
        QStringLiteral("%1 elements, %2 dependencies added; goal < 15 s")
            .arg(summary->elements.added)
            .arg(summary->dependencies.added));
    return 0;
}
