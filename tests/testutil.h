// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/registerservice.h"

#include <QTest>

#include <memory>

namespace bulwark::test {

inline Element element(const QString &key, ElementKind kind = ElementKind::Application, const QString &name = {})
{
    Element e;
    e.key = key;
    e.name = name.isEmpty() ? key : name;
    e.kind = kind;
    return e;
}

inline Dependency
dependency(const QString &from, const QString &to, Strength strength = Strength::Hard, const QString &group = {})
{
    Dependency d;
    d.from = from;
    d.to = to;
    d.strength = strength;
    d.group = group;
    return d;
}

inline RedundancyGroup group(const QString &element, const QString &name, int minUp, int failoverMin = 0)
{
    RedundancyGroup g;
    g.element = element;
    g.name = name;
    g.minUp = minUp;
    g.failoverMin = failoverMin;
    return g;
}

inline std::unique_ptr<RegisterService> openService(const QString &path)
{
    auto service = RegisterService::open(path, store::Database::OpenMode::CreateIfMissing);
    if (!service) {
        qWarning() << service.error().toString();
        return {};
    }
    return std::move(*service);
}

/// A small register: F needs APP (hard); APP needs DC1 and DC2 in group "dc" (1 of 2); APP needs MON (soft).
inline ChangeSet smallRegister()
{
    ChangeSet c;
    Element f = element(QStringLiteral("F"), ElementKind::Function, QStringLiteral("Payments"));
    f.criticality = Criticality::Critical;
    f.mtdMin = 240;
    c.add(f);
    c.add(element(QStringLiteral("APP")));
    c.add(element(QStringLiteral("DC1"), ElementKind::Facility));
    c.add(element(QStringLiteral("DC2"), ElementKind::Facility));
    c.add(element(QStringLiteral("MON")));
    c.add(group(QStringLiteral("APP"), QStringLiteral("dc"), 1, 15));
    c.add(dependency(QStringLiteral("F"), QStringLiteral("APP")));
    c.add(dependency(QStringLiteral("APP"), QStringLiteral("DC1"), Strength::Hard, QStringLiteral("dc")));
    c.add(dependency(QStringLiteral("APP"), QStringLiteral("DC2"), Strength::Hard, QStringLiteral("dc")));
    c.add(dependency(QStringLiteral("APP"), QStringLiteral("MON"), Strength::Soft));
    return c;
}

} // namespace bulwark::test
