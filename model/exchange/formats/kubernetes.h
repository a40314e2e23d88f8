// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/foreigngraph.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace bulwark::exchange {

/// Kubernetes manifests (docs/exchange.md, "Kubernetes"): one or more YAML documents (or a `List`) of objects.
/// Workloads (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, Pod) and Services
/// become nodes keyed `kind/namespace/name` ("deployment/default/frontend"). A Service needs the workloads whose pod
/// template labels its selector matches; a workload needs the Services that its containers' environment values name
/// (directly, or through a ConfigMap of the file). Other kinds are left out with one note per kind.
class Kubernetes
{
    Q_DECLARE_TR_FUNCTIONS(Kubernetes)

public:
    /// Reads a manifest file. Errors name the file, the line and the field.
    [[nodiscard]] static Result<ForeignGraph> read(const QByteArray &bytes, const QString &fileName);
    /// 80 for YAML with top-level `apiVersion:` and `kind:` lines whose apiVersion is not `backstage.io/...`, 70 for
    /// JSON that starts with an `apiVersion` or `kind` member (as `kubectl get -o json` writes it), in the first
    /// 64 KiB; else 0.
    static int sniff(QByteArrayView bytes);
};

} // namespace bulwark::exchange
