// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/formatregistry.h"
#include "model/exchange/graphimport.h"
#include "model/exchange/importdiff.h"
#include "model/register/changeset.h"
#include "model/register/registerservice.h"
#include "model/result.h"

#include <QCoreApplication>

namespace bulwark::exchange {

struct ImportOptions {
    Format format = Format::Auto; ///< Auto: FormatRegistry::detect (a folder or .csv file is CSV, anything else JSON)
    bool prune = false;           ///< remove what the register has and the file does not
    bool dryRun = false;          ///< validate and count, write nothing
    /// A field the file leaves out (a JSON key that is absent, a CSV column that is missing or a cell that is empty)
    /// keeps the register's value instead of being cleared (docs/semantics.md, "Import"). The GUI's default is on;
    /// `bulwark import` turns it on with --keep-omitted.
    bool keepOmitted = false;
    // Maps from other tools (FormatInfo::isGraph(); docs/exchange.md, "Maps from other tools"); refused for the
    // register's own formats.
    std::optional<QString> prefix; ///< put before every key; unset: the format's default ("cdx:"), "" for none
    QString source;                ///< recorded on everything imported, scopes --prune; empty: the file's name
    QString mappingPath;           ///< a mapping file (JSON or YAML), or empty
    /// Overlays and an env file (`--overlay`, `--env-file`): only for a format that is kept in several files
    /// (FormatInfo::readProject, Docker Compose); refused for any other.
    ProjectFiles projectFiles;
};

/// How an import read its file: the format and how it was chosen, and what it noticed without refusing the file.
struct ImportReport {
    Format format = Format::Auto;
    QString formatName; ///< for people ("CycloneDX SBOM")
    QString detection;  ///< how the format was chosen, for people; empty when --format named it
    QList<ImportNote> notes;
};

/// What an import will do, worked out before anything is written: the change set to apply, the counts of a dry run
/// (validated against the whole register) and the change per key.
struct ImportPlan {
    ChangeSet changes;
    ChangeSummary summary;
    ImportDiff diff;
    /// Validated, and the change set that undoes it computed, where plan() ran (a worker): the window writes and
    /// undoes a large import without doing either again on its GUI thread while the register is still there.
    RegisterService::PreparedChange prepared;
    ChangeSet inverse;
    ImportReport report;
};

/// Reads a file in any format of FormatRegistry that can be read and applies it to a register as one upsert by key: all
/// or nothing.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    [[nodiscard]] static Result<ChangeSet> read(const QString &path, Format format = Format::Auto);
    /// Adds to `changes` the removals that make the register equal to the file (for --prune). `keepAbsentTables`
    /// (set with keepOmitted): a registered table of which the file has no values keeps the register's values.
    static void addPruning(ChangeSet &changes, const RegisterService &service, bool keepAbsentTables = false);
    /// Fills the fields that the file left out (ChangeSet::Item::omitted) of values the register has with the
    /// register's values, and keeps the register's attributes that the file does not name. An omitted element field
    /// that does not apply to the element's (new) kind stays empty. Values the register does not have are left alone.
    static void keepOmitted(ChangeSet &changes,
                            const QHash<QString, Element> &elements,
                            const QHash<QString, Dependency> &dependencies,
                            const QHash<QString, RedundancyGroup> &groups);
    /// Reads `path`, applies keepOmitted and prune as `options` say, validates the result with a dry run of
    /// `service` and computes the diff against it. Writes nothing. Safe on a worker thread with a service of its own.
    [[nodiscard]] static Result<ImportPlan>
    plan(RegisterService &service, const QString &path, const ImportOptions &options, Feedback *feedback = nullptr);
    /// `feedback` (optional): progress of the write, and a cancel that rolls it back.
    /// `report` (optional): the format read and the notes.
    [[nodiscard]] static Result<ChangeSummary> run(RegisterService &service,
                                                   const QString &path,
                                                   const ImportOptions &options,
                                                   const Actor &actor = Actor::current(),
                                                   Feedback *feedback = nullptr,
                                                   ImportReport *report = nullptr);
    /// The format an import of `path` reads: `format` when given, else recognised from the content (the first 64 KiB)
    /// or the name. `detection` (optional) says how, for people.
    static Format formatOf(const QString &path, Format format, QString *detection = nullptr);
    static Format detect(const QString &path) { return FormatRegistry::detect(path); }

private:
    /// The file's change set with the options applied (fields kept, pruning added): what plan() and run() write.
    [[nodiscard]] static Result<ChangeSet> changesFor(RegisterService &service,
                                                      const QString &path,
                                                      const ImportOptions &options,
                                                      Feedback *feedback,
                                                      ImportReport &report);
    /// A map from another tool: read, keyed, mapped; omitted fields kept; pruning scoped to its source.
    [[nodiscard]] static Result<ChangeSet> graphChangesFor(RegisterService &service,
                                                           const QString &path,
                                                           const FormatInfo &info,
                                                           const ImportOptions &options,
                                                           ImportReport &report);
    static Error canceled();
};

} // namespace bulwark::exchange
