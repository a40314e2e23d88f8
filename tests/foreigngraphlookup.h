// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/foreigngraph.h"

#include <QList>
#include <QString>

/// Look-ups the tests of the readers of other tools' maps share: a node, an edge and the notes about a reference in
/// a ForeignGraph, by the source's own identifiers.
namespace bulwark::test {

inline const exchange::ForeignNode *node(const exchange::ForeignGraph &graph, const QString &id)
{
    for (const exchange::ForeignNode &n : graph.nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

inline const exchange::ForeignEdge *edge(const exchange::ForeignGraph &graph, const QString &from, const QString &to)
{
    for (const exchange::ForeignEdge &e : graph.edges) {
        if (e.from == from && e.to == to)
            return &e;
    }
    return nullptr;
}

inline QList<exchange::ImportNote> notesAbout(const exchange::ForeignGraph &graph, const QString &reference)
{
    QList<exchange::ImportNote> found;
    for (const exchange::ImportNote &n : graph.notes) {
        if (n.reference == reference)
            found << n;
    }
    return found;
}

} // namespace bulwark::test
