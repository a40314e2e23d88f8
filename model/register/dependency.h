// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace bulwark {

/// Hard: the dependent element is down when the dependency is down. Soft: it is only degraded.
enum class Strength { Hard, Soft };

/// "from needs to". Identity is the pair (from, to); at most one dependency per pair.
struct Dependency {
    QString from;
    QString to;
    Strength strength = Strength::Hard;
    QString group;          ///< name of a redundancy group of `from`, or empty
    QJsonObject attributes; ///< fields the exchange format does not know, kept as they came

    bool operator==(const Dependency &other) const = default;
};

/// A redundancy group of an element: at least minUp of its member dependencies must be up.
struct RedundancyGroup {
    QString element;     ///< key of the element that owns the group
    QString name;        ///< unique per element
    int minUp = 1;       ///< k: members that must be up
    int failoverMin = 0; ///< minutes the element is interrupted when a member is lost but k remain
    QJsonObject attributes;

    bool operator==(const RedundancyGroup &other) const = default;
};

/// The identity of a dependency, as used in the audit trail: "FROM>TO".
inline QString dependencyId(const QString &from, const QString &to)
{
    return from + QLatin1Char('>') + to;
}

/// The identity of a group, as used in the audit trail: "ELEMENT#name".
inline QString groupId(const QString &element, const QString &name)
{
    return element + QLatin1Char('#') + name;
}

} // namespace bulwark
