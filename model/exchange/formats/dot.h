// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/foreigngraph.h"
#include "model/register/registerdata.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace bulwark::exchange {

/// Graphviz DOT, read through Graphviz's own parser (cgraph) and written (docs/exchange.md, "Graphviz DOT"). Nodes are
/// elements keyed by their DOT name; an edge a -> b means "a needs b"; `label` names a node, attributes that are
/// register fields set them, layout and drawing attributes are left out, the rest is kept.
class Dot
{
    Q_DECLARE_TR_FUNCTIONS(Dot)

public:
    /// Reads a DOT file from its bytes; `fileName` names it in notes and errors (a syntax error gives cgraph's line).
    /// Subgraphs nested deeper than ReadLimits::maxDepth are refused before cgraph sees the file. Thread-safe: cgraph's
    /// global state is guarded by a mutex.
    [[nodiscard]] static Result<ForeignGraph> read(const QByteArray &bytes, const QString &fileName);
    /// 90 for a file that starts (after comments) with `digraph` or `graph`, an optional name and `{`; else 0.
    static int sniff(QByteArrayView bytes);
    /// The register as a digraph: a node per element (label = name, its fields and attributes as attributes, a shape
    /// per kind) and an edge per dependency (strength; soft ones dashed).
    static QByteArray write(const RegisterData &data);
};

} // namespace bulwark::exchange
