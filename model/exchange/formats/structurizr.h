// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/foreigngraph.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace bulwark::exchange {

/// A Structurizr (C4 model) workspace in its JSON form as a map (docs/exchange.md, "Structurizr"): software systems,
/// containers, components, deployment nodes (nested), infrastructure nodes and instances keyed by their workspace id;
/// relationships as "source needs destination"; containment and deployment as dependencies too. People are not
/// elements of the register: each is a note. The DSL (workspace.dsl) is not read.
class Structurizr
{
    Q_DECLARE_TR_FUNCTIONS(Structurizr)
public:
    [[nodiscard]] static Result<ForeignGraph> read(const QByteArray &bytes, const QString &fileName);
    /// For a JSON object with "model" and "softwareSystems" in what it is given (at most 4 MiB are looked at): 90 when
    /// "views", "documentation" or "configuration" is there too, else 60; anything else 0.
    static int sniff(QByteArrayView bytes);
};

} // namespace bulwark::exchange
