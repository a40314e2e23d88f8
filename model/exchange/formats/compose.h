// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/foreigngraph.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bulwark::exchange {

/// Docker Compose files (docs/exchange.md, "Docker Compose"): each service becomes a node keyed by its name;
/// `depends_on`, `links`, `volumes_from`, `network_mode`/`ipc`/`pid: service:x` and environment values that name
/// another service's host become "A needs B" edges. Variables (`${VAR}`, `${VAR:-default}`...) are taken from an env
/// file; overlays are merged over the first file in order, as `docker compose -f a.yaml -f b.yaml` does.
class Compose
{
    Q_DECLARE_TR_FUNCTIONS(Compose)

public:
    /// One file of a project: its bytes and the name that messages and notes give it.
    struct File {
        QByteArray bytes;
        QString name;
    };

    /// Reads one Compose file alone, without variables (FormatInfo::GraphReader): a variable without a default
    /// reads as empty, with a note. Errors name the file, the line and the field.
    [[nodiscard]] static Result<ForeignGraph> read(const QByteArray &bytes, const QString &fileName);
    /// Reads a project: `files` merged in order (the first is the base, each later one an overlay), variables from
    /// `env` (the `.env` format) when given.
    [[nodiscard]] static Result<ForeignGraph> readProject(const QList<File> &files, const std::optional<File> &env);
    /// What the Importer reads (FormatInfo::ProjectReader): the file at `path`, `files.overlays` over it, variables
    /// from `files.envFile`, else from `.env` in the folder of `path` when there is one (Docker Compose's default).
    [[nodiscard]] static Result<ForeignGraph> readPath(const QString &path, const ProjectFiles &files);
    /// 80 for YAML with a top-level `services:` key and no top-level `apiVersion:`, in the first 64 KiB; else 0.
    static int sniff(QByteArrayView bytes);

    /// The variables of an env file (`NAME=value` lines; `export`, quotes, `#` comments; a value may use the
    /// variables defined above it). What it cannot resolve is read as empty and noted in `notes`.
    [[nodiscard]] static Result<QHash<QString, QString>> readEnv(const File &env, QList<ImportNote> &notes);

    /// A variable that interpolate() found unset (or empty, for the `:?` form).
    struct Unset {
        QString name;
        QString message; ///< the `${VAR:?message}` text, or empty
    };
    /// `text` with Compose's interpolation applied: `$$`, `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
    /// `${VAR:?error}`, `${VAR?error}`, `${VAR:+other}`, `${VAR+other}`, nested in the defaults. An unset variable
    /// reads as empty and is appended to `unset`. The error (a `${` not closed, no name, an unknown operator, values
    /// nested too deep or longer than a MiB) is a message without file and line.
    [[nodiscard]] static Result<QString>
    interpolate(QStringView text, const QHash<QString, QString> &variables, QList<Unset> &unset);
};

} // namespace bulwark::exchange
