// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/element.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace bulwark::exchange {

/// What the Docker Compose and Kubernetes readers share (docs/exchange.md, "Docker Compose" and "Kubernetes"): the
/// host names a configuration value gives, and the kind of a well-known database or broker.
class ServiceAddress
{
public:
    /// One host named by a value.
    struct Host {
        QString name;          ///< lower case, as DNS compares names
        bool withPort = false; ///< written host:port or scheme://host..., so surely an address; else the bare name
        bool operator==(const Host &other) const = default;
    };

    /// The hosts `value` names: the whole value, or each of its comma-separated parts, written as `host`,
    /// `host:port` or `scheme://[user[:password]@]host[:port][/path][?query]` (the scheme may have colons:
    /// `jdbc:postgresql://`). A host is a DNS name (letters, digits,
    /// `-`, `_` and `.`); IP addresses, `localhost`, wildcards and anything with other characters (white space, `=`,
    /// `/` outside a URL) name none. Everything else (connection strings such as `Host=db;Port=5432`) is not read.
    static QList<Host> hosts(QStringView value);

    /// The kind of a well-known data store (postgres, mysql, redis, valkey, mongo, elasticsearch, opensearch...:
    /// data_store) or broker or proxy (kafka, rabbitmq, nats, zookeeper, nginx...: infrastructure), judged by the
    /// words of the image's repository path (without registry and tag) and of the service's name; none otherwise.
    static std::optional<ElementKind> wellKnownKind(QStringView image, QStringView name);
};

} // namespace bulwark::exchange
