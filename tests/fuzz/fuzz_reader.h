// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace bulwark::fuzz {

/// What one input did; the fuzzer ignores it, the corpus replay (tst_fuzzcorpus) counts it.
enum class Outcome {
    UnknownFormat, ///< the registry has no graph reader with this id
    Refused,       ///< the reader (or GraphImport) refused the bytes with an error: fine
    Read,          ///< read and keyed
};

/// The body of every fuzz target (tests/fuzz/fuzz_reader.cpp, docs/exchange.md "Fuzzing"): sniffs `bytes` and reads
/// them with the reader of the graph format `formatId` ("cyclonedx"); on success keys the graph with
/// GraphImport::toChanges, so that key derivation and notes are exercised too. Errors are values; a crash, a
/// sanitizer report, a leak or a hang is a finding.
Outcome readInput(QStringView formatId, QByteArrayView bytes);

/// Whether the registry has a graph reader with this id.
bool isGraphFormat(QStringView formatId);

} // namespace bulwark::fuzz
