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

/// GraphML as yEd, Gephi, Boost (write_graphml), NetworkX and TinkerPop write it, read and written (docs/exchange.md,
/// "GraphML"). Nodes are elements keyed by their GraphML id (nested graphs' "n0::n1" ids as given); an edge source ->
/// target means "source needs target"; data keys whose attr.name is a register field set that field.
class GraphMl
{
    Q_DECLARE_TR_FUNCTIONS(GraphMl)

public:
    /// Reads a GraphML file from its bytes; `fileName` names it in notes and errors (which give the line and the
    /// element). A document type declaration that declares entities is refused (no entity expansion at all).
    [[nodiscard]] static Result<ForeignGraph> read(const QByteArray &bytes, const QString &fileName);
    /// 95 for a file with a <graphml> element near its start, else 0.
    static int sniff(QByteArrayView bytes);
    /// The register as GraphML: each element a node (id = key) with a data value per field set (attr.name = the field's
    /// token), its attributes and a label for Gephi (`label`) and yEd (a ShapeNode label); each dependency an edge
    /// with its strength, group and attributes. GraphImport reads it back to the same elements and dependencies.
    static QByteArray write(const RegisterData &data);
};

} // namespace bulwark::exchange
