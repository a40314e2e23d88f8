// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/registerdata.h"
#include "model/result.h"

#include <optional>
#include <vector>

namespace bulwark {

class RegisterService;

/// Which elements a listing shows: every condition given must hold (an empty text is no condition).
struct ElementFilter {
    std::optional<ElementKind> kind;
    QString tag; ///< one of the element's tags, exactly
    QString owner;
    QString region;
    QString country;
    bool critical = false; ///< only critical or important business functions (Element::isCritical)

    bool isEmpty() const
    {
        return !kind && tag.isEmpty() && owner.isEmpty() && region.isEmpty() && country.isEmpty() && !critical;
    }
    bool matches(const Element &e) const
    {
        return (!kind || e.kind == *kind) && (tag.isEmpty() || e.tags.contains(tag))
            && (owner.isEmpty() || e.owner == owner) && (region.isEmpty() || e.region == region)
            && (country.isEmpty() || e.country == country) && (!critical || e.isCritical());
    }
};

/// What `bulwark show` and `bulwark list` read of a register (issue 16). Two implementations answer the same:
/// ServiceReadView over a loaded RegisterService (the window, tests), and store::QueryReadView, which asks the file
/// one indexed query at a time (the command line: memory and time independent of the register's size).
/// Every list comes sorted as RegisterData::sort() sorts it.
class RegisterReadView
{
public:
    virtual ~RegisterReadView();
    virtual Result<std::optional<Element>> element(const QString &key) const = 0;
    /// What `key` needs, sorted by target key; what needs it, sorted by source key.
    virtual Result<std::vector<Dependency>> dependenciesOf(const QString &key) const = 0;
    virtual Result<std::vector<Dependency>> dependentsOf(const QString &key) const = 0;
    /// The groups `key` owns, sorted by name.
    virtual Result<std::vector<RedundancyGroup>> groupsOf(const QString &key) const = 0;
    /// The elements that pass `filter`, sorted by key.
    virtual Result<std::vector<Element>> elements(const ElementFilter &filter) const = 0;
    /// The dependencies from or to `key` (every one for an empty key), sorted by (from, to).
    virtual Result<std::vector<Dependency>> dependencies(const QString &key) const = 0;
    /// The groups of `key` (every one for an empty key), sorted by (element, name).
    virtual Result<std::vector<RedundancyGroup>> groups(const QString &key) const = 0;
};

/// RegisterReadView over a register held in memory.
class ServiceReadView : public RegisterReadView
{
public:
    explicit ServiceReadView(const RegisterService &service) : m_service(service) { }
    Result<std::optional<Element>> element(const QString &key) const override;
    Result<std::vector<Dependency>> dependenciesOf(const QString &key) const override;
    Result<std::vector<Dependency>> dependentsOf(const QString &key) const override;
    Result<std::vector<RedundancyGroup>> groupsOf(const QString &key) const override;
    Result<std::vector<Element>> elements(const ElementFilter &filter) const override;
    Result<std::vector<Dependency>> dependencies(const QString &key) const override;
    Result<std::vector<RedundancyGroup>> groups(const QString &key) const override;

private:
    const RegisterService &m_service;
};

namespace readview {
/// Sorts as RegisterData::sort() does.
void sortDependencies(std::vector<Dependency> &list);
void sortGroups(std::vector<RedundancyGroup> &list);
/// dependenciesOf(key) and dependentsOf(key) together, each dependency once (a self-dependency is in both), sorted.
std::vector<Dependency> dependenciesOfKey(std::vector<Dependency> out, const std::vector<Dependency> &in);
} // namespace readview

} // namespace bulwark
