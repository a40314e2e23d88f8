// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target per graph format (tests/fuzz/CMakeLists.txt builds fuzz_<id> with BULWARK_FUZZ_FORMAT="<id>"),
// and the same body for the corpus replay of the normal test suite (tst_fuzzcorpus, built without the macro).

#include "fuzz_reader.h"

#include "model/exchange/formatregistry.h"
#include "model/exchange/graphimport.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace bulwark::fuzz {

namespace {

const exchange::FormatInfo *graphFormat(QStringView formatId)
{
    // formats() builds its list (and translated names) on each call: look each id up once per process.
    static QHash<QString, std::optional<exchange::FormatInfo>> cache;
    auto it = cache.find(formatId.toString());
    if (it == cache.end()) {
        std::optional<exchange::FormatInfo> info = exchange::FormatRegistry::fromId(formatId);
        if (info && !info->isGraph())
            info.reset();
        it = cache.insert(formatId.toString(), info);
    }
    return it->has_value() ? &**it : nullptr;
}

} // namespace

bool isGraphFormat(QStringView formatId)
{
    return graphFormat(formatId) != nullptr;
}

Outcome readInput(QStringView formatId, QByteArrayView bytes)
{
    const exchange::FormatInfo *info = graphFormat(formatId);
    if (info == nullptr)
        return Outcome::UnknownFormat;
    const QString fileName = QStringLiteral("fuzz-input");
    if (info->sniff != nullptr)
        (void)info->sniff(bytes);
    // Its own copy, as the Importer gives a reader the bytes of a file.
    const QByteArray copy = bytes.toByteArray();
    Result<exchange::ForeignGraph> graph = info->readGraph(copy, fileName);
    if (!graph)
        return Outcome::Refused;
    exchange::GraphImportOptions options;
    QList<exchange::ImportNote> notes = graph->notes;
    Result<ChangeSet> changes = exchange::GraphImport::toChanges(*graph, options, fileName, nullptr, notes);
    return changes ? Outcome::Read : Outcome::Refused;
}

} // namespace bulwark::fuzz

#ifdef BULWARK_FUZZ_FORMAT
// The fuzz target of one format. No event loop is needed; a QCoreApplication is made once so that the readers'
// tr() and anything that asks for the application (its name, its translators) behave as in the program.

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    if (QCoreApplication::instance() == nullptr)
        new QCoreApplication(*argc, *argv); // lives as long as the process (reachable: not a leak)
    if (!bulwark::fuzz::isGraphFormat(QStringLiteral(BULWARK_FUZZ_FORMAT))) {
        std::fprintf(stderr,
                     "fuzz_%s: the format registry has no reader of a graph format with the id \"%s\"\n",
                     BULWARK_FUZZ_FORMAT,
                     BULWARK_FUZZ_FORMAT);
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)bulwark::fuzz::readInput(QStringLiteral(BULWARK_FUZZ_FORMAT),
                                   QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
#endif
