// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formats/serviceaddress.h"

#include <QSet>

namespace bulwark::exchange {
namespace {

bool isHostCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'
        || u == u'.';
}

bool isDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

/// `text` as a host name, or empty: DNS characters only, not an IP address, not a loopback or wildcard name.
QString hostName(QStringView text)
{
    if (text.isEmpty() || text.size() > 253 || text.startsWith(u'.') || text.endsWith(u'.'))
        return {};
    bool digitsAndDots = true;
    for (const QChar c : text) {
        if (!isHostCharacter(c))
            return {};
        if (c != u'.' && !c.isDigit())
            digitsAndDots = false;
    }
    if (digitsAndDots)
        return {}; // an IPv4 address or a number
    const QString name = text.toString().toLower();
    if (name == u"localhost" || name.endsWith(u".localhost"))
        return {};
    return name;
}

/// host or host:port (the port digits, or empty where a variable was not set).
std::optional<ServiceAddress::Host> hostAndPort(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        const QString name = hostName(text);
        return name.isEmpty() ? std::nullopt : std::optional(ServiceAddress::Host{name, false});
    }
    if (!isDigits(text.sliced(colon + 1)))
        return std::nullopt;
    const QString name = hostName(text.first(colon));
    return name.isEmpty() ? std::nullopt : std::optional(ServiceAddress::Host{name, true});
}

std::optional<ServiceAddress::Host> oneHost(QStringView part)
{
    if (const qsizetype scheme = part.indexOf(u"://"); scheme >= 0) {
        if (scheme == 0)
            return std::nullopt;
        for (const QChar c : part.first(scheme)) {
            if (!c.isLetterOrNumber() && c != u'+' && c != u'-' && c != u'.' && c != u':') // jdbc:postgresql://
                return std::nullopt;
        }
        QStringView authority = part.sliced(scheme + 3);
        for (qsizetype i = 0; i < authority.size(); ++i) {
            if (authority[i] == u'/' || authority[i] == u'?' || authority[i] == u'#') {
                authority = authority.first(i);
                break;
            }
        }
        if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0)
            authority = authority.sliced(at + 1);
        auto host = hostAndPort(authority);
        if (host)
            host->withPort = true;
        return host;
    }
    return hostAndPort(part);
}

QStringList words(QStringView text)
{
    QStringList list;
    QString word;
    for (const QChar c : text) {
        if (c == u'-' || c == u'_' || c == u'.' || c == u'/') {
            if (!word.isEmpty())
                list << word;
            word.clear();
        } else {
            word += c.toLower();
        }
    }
    if (!word.isEmpty())
        list << word;
    return list;
}

/// The repository path of an image reference without its registry, tag and digest: "postgres" of
/// "docker.io/library/postgres:18.4", "bitnami/postgresql" of "bitnami/postgresql@sha256:...".
QStringView repositoryPath(QStringView image)
{
    if (const qsizetype at = image.indexOf(u'@'); at >= 0)
        image = image.first(at);
    const qsizetype slash = image.lastIndexOf(u'/');
    if (const qsizetype colon = image.lastIndexOf(u':'); colon > slash)
        image = image.first(colon);
    if (const qsizetype first = image.indexOf(u'/'); first >= 0) {
        const QStringView registry = image.first(first);
        if (registry.contains(u'.') || registry.contains(u':') || registry == u"localhost")
            image = image.sliced(first + 1);
    }
    return image;
}

} // namespace

QList<ServiceAddress::Host> ServiceAddress::hosts(QStringView value)
{
    QList<Host> list;
    value = value.trimmed();
    if (value.isEmpty() || value.size() > 4096)
        return list;
    for (QStringView part : value.split(u',')) {
        part = part.trimmed();
        if (const auto host = oneHost(part); host && !list.contains(*host))
            list << *host;
    }
    return list;
}

std::optional<ElementKind> ServiceAddress::wellKnownKind(QStringView image, QStringView name)
{
    static const QSet<QString> stores{
        QStringLiteral("postgres"),      QStringLiteral("postgresql"),  QStringLiteral("postgis"),
        QStringLiteral("timescaledb"),   QStringLiteral("mysql"),       QStringLiteral("mariadb"),
        QStringLiteral("mongo"),         QStringLiteral("mongodb"),     QStringLiteral("redis"),
        QStringLiteral("valkey"),        QStringLiteral("keydb"),       QStringLiteral("memcached"),
        QStringLiteral("elasticsearch"), QStringLiteral("opensearch"),  QStringLiteral("cassandra"),
        QStringLiteral("scylla"),        QStringLiteral("couchdb"),     QStringLiteral("couchbase"),
        QStringLiteral("clickhouse"),    QStringLiteral("influxdb"),    QStringLiteral("neo4j"),
        QStringLiteral("cockroach"),     QStringLiteral("cockroachdb"), QStringLiteral("mssql"),
        QStringLiteral("sqlserver"),     QStringLiteral("oracle"),      QStringLiteral("minio"),
        QStringLiteral("etcd"),          QStringLiteral("db"),          QStringLiteral("database"),
    };
    static const QSet<QString> infrastructure{
        QStringLiteral("kafka"),
        QStringLiteral("zookeeper"),
        QStringLiteral("rabbitmq"),
        QStringLiteral("activemq"),
        QStringLiteral("artemis"),
        QStringLiteral("nats"),
        QStringLiteral("pulsar"),
        QStringLiteral("mosquitto"),
        QStringLiteral("redpanda"),
        QStringLiteral("emqx"),
        QStringLiteral("nginx"),
        QStringLiteral("haproxy"),
        QStringLiteral("traefik"),
        QStringLiteral("envoy"),
        QStringLiteral("consul"),
        QStringLiteral("vault"),
    };
    const QStringList all = words(repositoryPath(image)) + words(name);
    for (const QString &word : all) {
        if (stores.contains(word))
            return ElementKind::DataStore;
    }
    for (const QString &word : all) {
        if (infrastructure.contains(word))
            return ElementKind::Infrastructure;
    }
    return std::nullopt;
}

} // namespace bulwark::exchange
