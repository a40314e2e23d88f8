// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/foreigngraph.h"
#include "model/register/changeset.h"
#include "model/register/registerdata.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bulwark::exchange {

/// The register exchange formats. Auto: chosen from the path (FormatRegistry::detect).
/// The maps kept by other tools (issue 17) come after Bulwark's own two.
enum class Format {
    Auto,
    Json,
    Csv,
    Backstage,
    CycloneDx,
    Structurizr,
    GraphMl,
    Dot,
    Compose,
    Kubernetes,
    TerraformState,
};

/// Which way a format is used: read by an import, or written by an export.
enum class FormatUse { Read, Write };

/// One exchange format as the GUI, the command line, Importer and Exporter know it.
struct FormatInfo {
    /// Reads a file or folder into upserts; errors name the file, line and field.
    using Reader = Result<ChangeSet> (*)(const QString &path);
    /// The bytes of a format that is one file.
    using Encoder = QByteArray (*)(const RegisterData &data);
    /// Writes a format that is a folder of files, whole or not at all.
    using FolderWriter = Result<void> (*)(const RegisterData &data, const QString &folder);
    /// Reads a map kept by another tool from its bytes (`fileName` names it in notes and errors): nodes, edges and
    /// notes, not yet keyed (GraphImport keys them and applies the mapping file). Errors name file, line and field.
    using GraphReader = Result<ForeignGraph> (*)(const QByteArray &bytes, const QString &fileName);
    /// Reads a map kept in several files from the main file's path (Compose: the `.env` beside it and the overlays).
    /// The Importer calls it instead of readGraph where a format has one; readGraph stays the reading of one file's
    /// bytes alone (tests, fuzzing). Errors and notes name each file by its own name.
    using ProjectReader = Result<ForeignGraph> (*)(const QString &path, const ProjectFiles &files);
    /// How sure a format is that `head` (the first 64 KiB of a file, all of it when shorter) is its own: 0 not at
    /// all, up to 100. Only looks: cheap, text-level.
    using Sniffer = int (*)(QByteArrayView head);

    Format format = Format::Auto;
    QString id;           ///< the --format value; never translated ("json")
    QString name;         ///< for people, translated ("bulwark-register JSON")
    QStringList suffixes; ///< file name suffixes without the dot, lower case; the first is the one to add
    /// Set for a format that is a folder of files: the file an open dialog picks to stand for its folder.
    QString folderEntry;
    Reader read = nullptr;               ///< a register format's reader (JSON, CSV)
    GraphReader readGraph = nullptr;     ///< another tool's map: its reader
    ProjectReader readProject = nullptr; ///< another tool's map kept in several files: what the Importer reads
    Sniffer sniff = nullptr;             ///< recognises the format from the content (detectContent())
    QString defaultPrefix;               ///< another tool's map: the key prefix of an import that names none ("cdx:")
    Encoder encode = nullptr;            ///< set for a one-file format that can be exported
    FolderWriter writeFolder = nullptr;  ///< set for a folder format that can be exported

    bool isFolder() const { return !folderEntry.isEmpty(); }
    bool canRead() const { return read != nullptr || readGraph != nullptr; }
    bool isGraph() const { return readGraph != nullptr; }
    bool takesProjectFiles() const { return readProject != nullptr; }
    bool canWrite() const { return encode != nullptr || writeFolder != nullptr; }
    bool can(FormatUse use) const { return use == FormatUse::Read ? canRead() : canWrite(); }
    /// One file dialog filter: "bulwark-register JSON (*.json)"; a folder format shows its entry file when read
    /// ("CSV files in a folder (elements.csv)") and any name when written (the folder's name).
    QString fileDialogFilter(FormatUse use) const;
};

/// The one list of exchange formats: the file dialogs' filters, the command line's --format choices and help,
/// Importer and Exporter all read it. A new importer or exporter is one more row in formats() (formatregistry.cpp).
class FormatRegistry
{
    Q_DECLARE_TR_FUNCTIONS(FormatRegistry)
public:
    /// Every format, in the order they are offered; the first of each use is the default.
    static QList<FormatInfo> formats();
    /// The formats that can be read (or written), in the order they are offered.
    static QList<FormatInfo> formats(FormatUse use);
    static std::optional<FormatInfo> find(Format format);
    /// The format with this --format id ("json"), or none.
    static std::optional<FormatInfo> fromId(QStringView id);
    /// The format whose suffixes include `suffix` (no dot, any case), or none.
    static std::optional<FormatInfo> fromSuffix(QStringView suffix);
    /// What an import of `path` reads when no format is given: a folder or a file with a folder format's suffix
    /// is that format, a known suffix names its format, anything else is the first readable format (JSON).
    static Format detect(const QString &path);
    /// What an import of a file that begins with `head` reads when no format is given: the readable format whose
    /// sniffer is surest (the first in the list on a tie), else detect(path). `reason` (optional) says how it was
    /// chosen, for the dry run and the preview ("recognised from its content as CycloneDX SBOM").
    static Format detectContent(const QString &path, QByteArrayView head, QString *reason = nullptr);
    /// The readable format of what is at `path`, judged by names only (for a drop on the window): a folder that holds
    /// a folder format's entry file, that entry file itself, or a file with a one-file format's suffix; else none.
    static std::optional<FormatInfo> recognise(const QString &path);

    /// The filters of a file dialog: one per format of this use, in order; an open dialog adds "All files (*)" (a
    /// save dialog does not: the filter chosen is the format written).
    static QString fileDialogFilters(FormatUse use);
    /// The format of the filter a file dialog returns as selected, or none.
    static std::optional<FormatInfo> fromFileDialogFilter(const QString &filter, FormatUse use);

    /// The --format values of this use, in order: {"json", "csv"}.
    static QStringList ids(FormatUse use);
    /// The same as text for help and errors: "json or csv".
    static QString idChoices(FormatUse use);
};

} // namespace bulwark::exchange
