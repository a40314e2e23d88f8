// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/dependency.h"
#include "model/register/element.h"
#include "model/register/entitytype.h"
#include "model/register/scenario.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <vector>

namespace bulwark {

/// A whole register as plain values: what an import produces and an export consumes.
struct RegisterData {
    std::vector<Element> elements;
    std::vector<Dependency> dependencies;
    std::vector<RedundancyGroup> groups;
    std::vector<Scenario> scenarios;
    std::vector<Record> records; ///< values of registered tables (EntityRegistry)
    /// Stored content (evidence files) by SHA-256 (lower-case hex). Filled for an export (RegisterService::contents())
    /// and by an import; RegisterService::snapshot() leaves it empty (the bytes stay in the file until asked for).
    std::map<QString, QByteArray> contents;

    /// Sorts every list by key (elements), (from, to) (dependencies), (element, name) (groups), name (scenarios).
    void sort();
    bool operator==(const RegisterData &other) const = default;
};

} // namespace bulwark
