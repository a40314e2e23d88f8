// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/foreigngraph.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace bulwark::exchange {

/// The Backstage software catalog (docs/exchange.md, "Backstage catalog"): descriptor files (catalog-info.yaml, one
/// entity per YAML document) and the catalog API's JSON (an array of entities, or an object with "items").
/// Component, Resource, System, Domain and API entities become nodes keyed by their full entity reference
/// ("component:default/artist-lookup", lower case as Backstage compares them); their relations become "A needs B"
/// edges; User, Group, Location, Template and other kinds are left out with a note.
class Backstage
{
    Q_DECLARE_TR_FUNCTIONS(Backstage)

public:
    /// Reads a catalog file. Errors name the file, the line (YAML) and the field.
    [[nodiscard]] static Result<ForeignGraph> read(const QByteArray &bytes, const QString &fileName);
    /// 90 for YAML with a top-level `apiVersion: backstage.io/...` line or JSON whose first entity has such an
    /// apiVersion (looked for in the first 64 KiB); else 0.
    static int sniff(QByteArrayView bytes);

    /// The full reference "kind:namespace/name" in lower case of `ref`, written in any of Backstage's forms ("name",
    /// "kind:name", "kind:namespace/name", or an object {kind, namespace, name}), with `defaultKind` and
    /// `defaultNamespace` where it leaves them out; empty when it names no kind and `defaultKind` is empty, or is
    /// not a reference at all.
    static QString fullRef(const QJsonValue &ref, const QString &defaultKind, const QString &defaultNamespace);
};

} // namespace bulwark::exchange
