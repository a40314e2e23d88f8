// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/foreigngraph.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace bulwark::exchange {

/// Terraform (and OpenTofu) state, format version 4, as `terraform state pull` writes it (docs/exchange.md,
/// "Terraform state"). Each managed resource instance is a node keyed by its full address
/// (`module.app["blue"].aws_instance.web[0]`) with a kind from its resource type; its recorded `dependencies` become
/// "instance needs every instance of that resource"; the cloud provider of each resource and its region become a
/// provider and a location node it needs, so that concentration on a cloud provider and region falls out of the
/// import. Data sources, access-control and policy resources, Terraform's helper resources, attachments and
/// associations, and deposed objects are left out, each kind counted in a note. Outputs and check results are not
/// read; no attribute values are kept except `id`, `arn` and `name`, and never one Terraform marks sensitive.
class Terraform
{
    Q_DECLARE_TR_FUNCTIONS(Terraform)
public:
    /// Reads a state file. Errors name the file, the line and the field (`resources[3].instances[0].index_key`).
    [[nodiscard]] static Result<ForeignGraph> read(const QByteArray &bytes, const QString &fileName);
    /// For a JSON object whose top-level "version" is the number 4: 100 with both "terraform_version" and
    /// "lineage", 90 with one of them, 50 with only "resources"; anything else 0. Looks at the first 64 KiB.
    static int sniff(QByteArrayView bytes);
};

} // namespace bulwark::exchange
