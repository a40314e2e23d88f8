// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/foreigngraph.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace bulwark::exchange {

/// CycloneDX software bills of materials (JSON and XML, spec 1.4 to 1.7) as a map (docs/exchange.md, "CycloneDX"):
/// the root component, components and services (nested to any depth) keyed by their bom-ref, the `dependencies`
/// graph as "ref needs each of dependsOn", and each named supplier (of a component) or provider (of a service) as a
/// provider element the component needs.
class CycloneDx
{
    Q_DECLARE_TR_FUNCTIONS(CycloneDx)
public:
    /// JSON or XML, chosen by the first character that is not blank ('<': XML).
    [[nodiscard]] static Result<ForeignGraph> read(const QByteArray &bytes, const QString &fileName);
    [[nodiscard]] static Result<ForeignGraph> readJson(const QByteArray &bytes, const QString &fileName);
    [[nodiscard]] static Result<ForeignGraph> readXml(const QByteArray &bytes, const QString &fileName);
    /// 100 for JSON with "bomFormat": "CycloneDX" near its start or XML in a CycloneDX namespace; else 0.
    static int sniff(QByteArrayView bytes);
};

} // namespace bulwark::exchange
