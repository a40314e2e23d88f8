// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/formatregistry.h"
#include "model/register/changeset.h"
#include "model/register/registerservice.h"
#include "model/result.h"

#include <QCoreApplication>

namespace bulwark::exchange {

struct ImportOptions {
    Format format = Format::Auto; ///< Auto: FormatRegistry::detect (a folder or .csv file is CSV, anything else JSON)
    bool prune = false;           ///< remove what the register has and the file does not
    bool dryRun = false;          ///< validate and count, write nothing
};

/// Reads a file in any format of FormatRegistry that can be read and applies it to a register as one upsert by key: all
/// or nothing.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    [[nodiscard]] static Result<ChangeSet> read(const QString &path, Format format = Format::Auto);
    /// Adds to `changes` the removals that make the register equal to the file (for --prune).
    static void addPruning(ChangeSet &changes, const RegisterService &service);
    /// `feedback` (optional): progress of the write, and a cancel that rolls it back.
    [[nodiscard]] static Result<ChangeSummary> run(RegisterService &service,
                                                   const QString &path,
                                                   const ImportOptions &options,
                                                   const Actor &actor = Actor::current(),
                                                   Feedback *feedback = nullptr);
    static Format detect(const QString &path) { return FormatRegistry::detect(path); }
};

} // namespace bulwark::exchange
