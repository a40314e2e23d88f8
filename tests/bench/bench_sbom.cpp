// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SBOM import benchmark (issue 17: "a 2 MB SBOM imports in under 2 s"). Builds a CycloneDX JSON BOM of at least
// MEGABYTES MB (default 2) by repeating the components and dependencies of the real laravel sample
// (../shared/samples/cyclonedx/laravel-7.12.0.bom.1.4.json) with new bom-refs, then times the reader, GraphImport and
// a whole Importer::run into a fresh register. Two shapes: the sample's components as they are, and the same without
// their externalReferences (more components per megabyte). Usage: bench_sbom [MEGABYTES]. Run by hand; not a timed
// test.
#include "model/exchange/formats/cyclonedx.h"
#include "model/exchange/graphimport.h"
#include "model/exchange/importer.h"
#include "model/register/registerservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace bulwark;
using namespace bulwark::exchange;

namespace {

/// The sample's content repeated (copy k's bom-refs end in "~k") until the text has at least `bytes` bytes.
QByteArray scaled(const QJsonObject &sample, qint64 bytes, bool lean, int &components, int &edges)
{
    const QJsonArray sampleComponents = sample.value(u"components").toArray();
    const QJsonArray sampleDependencies = sample.value(u"dependencies").toArray();
    const QString rootRef
        = sample.value(u"metadata").toObject().value(u"component").toObject().value(u"bom-ref").toString();
    QJsonArray allComponents, allDependencies;
    QJsonArray rootNeeds;
    components = 1;
    edges = 0;
    qint64 size = 0;
    for (int k = 0; size < bytes; ++k) {
        const QString suffix = QStringLiteral("~%1").arg(k);
        for (const QJsonValue &value : sampleComponents) {
            QJsonObject c = value.toObject();
            c.insert(QStringLiteral("bom-ref"), c.value(u"bom-ref").toString() + suffix);
            c.insert(QStringLiteral("purl"), c.value(u"purl").toString() + suffix);
            if (lean)
                c.remove(QStringLiteral("externalReferences"));
            allComponents.append(c);
            ++components;
            size += QJsonDocument(c).toJson().size();
        }
        for (const QJsonValue &value : sampleDependencies) {
            QJsonObject d = value.toObject();
            const QString ref = d.value(u"ref").toString();
            if (ref == rootRef) {
                for (const QJsonValue &to : d.value(u"dependsOn").toArray())
                    rootNeeds.append(to.toString() + suffix);
                continue;
            }
            d.insert(QStringLiteral("ref"), ref + suffix);
            QJsonArray needs;
            for (const QJsonValue &to : d.value(u"dependsOn").toArray())
                needs.append(to.toString() + suffix);
            if (!needs.isEmpty())
                d.insert(QStringLiteral("dependsOn"), needs);
            edges += int(needs.size());
            allDependencies.append(d);
            size += QJsonDocument(d).toJson().size();
        }
    }
    allDependencies.append(QJsonObject{{QStringLiteral("ref"), rootRef}, {QStringLiteral("dependsOn"), rootNeeds}});
    edges += int(rootNeeds.size());
    QJsonObject bom = sample;
    bom.insert(QStringLiteral("components"), allComponents);
    bom.insert(QStringLiteral("dependencies"), allDependencies);
    return QJsonDocument(bom).toJson();
}

int run(const QJsonObject &sample, qint64 bytes, bool lean, const QTemporaryDir &dir)
{
    int components = 0, edges = 0;
    const QByteArray text = scaled(sample, bytes, lean, components, edges);
    const QString name = lean ? QStringLiteral("lean.cdx.json") : QStringLiteral("full.cdx.json");
    QElapsedTimer timer;
    timer.start();
    auto graph = CycloneDx::read(text, name);
    if (!graph) {
        std::fprintf(stderr, "%s\n", qPrintable(graph.error().toString()));
        return 1;
    }
    const double readMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    QList<ImportNote> notes;
    GraphImportOptions options;
    options.prefix = QStringLiteral("cdx:");
    auto changes = GraphImport::toChanges(*graph, options, name, nullptr, notes);
    if (!changes) {
        std::fprintf(stderr, "%s\n", qPrintable(changes.error().toString()));
        return 1;
    }
    const double keyMs = timer.nsecsElapsed() / 1e6;
    // The whole import from the file, into a fresh register (validation, write, audit trail).
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return 1;
    file.close();
    auto service = RegisterService::open(dir.filePath(name + QStringLiteral(".bulwark")),
                                         store::Database::OpenMode::CreateIfMissing);
    if (!service)
        return 1;
    timer.restart();
    auto summary = Importer::run(**service, file.fileName(), ImportOptions{});
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString()));
        return 1;
    }
    const double importMs = timer.nsecsElapsed() / 1e6;
    std::printf("| %s | %.2f MB | %d | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms |\n",
                lean ? "lean (no externalReferences)" : "as the sample",
                text.size() / 1e6,
                components,
                edges,
                readMs,
                keyMs,
                readMs + keyMs,
                importMs);
    return notes.isEmpty() && graph->nodes.size() == components ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double megabytes = argc > 1 ? QByteArray(argv[1]).toDouble() : 2.0;
    QFile file(QStringLiteral(BULWARK_SAMPLES_DIR "/cyclonedx/laravel-7.12.0.bom.1.4.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        return 2;
    }
    const QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();
    QTemporaryDir dir;
    std::printf("| shape | size | components | dependencies | read | GraphImport | read + GraphImport | Importer::run "
                "(fresh register) |\n|---|---|---|---|---|---|---|---|\n");
    const qint64 bytes = qint64(megabytes * 1e6);
    return run(sample, bytes, false, dir) | run(sample, bytes, true, dir);
}
