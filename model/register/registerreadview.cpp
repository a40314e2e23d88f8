// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/registerreadview.h"

#include "model/register/registerservice.h"

#include <algorithm>

namespace bulwark {

RegisterReadView::~RegisterReadView() = default;

namespace readview {

void sortDependencies(std::vector<Dependency> &list)
{
    std::sort(list.begin(), list.end(), [](const Dependency &a, const Dependency &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
}

void sortGroups(std::vector<RedundancyGroup> &list)
{
    std::sort(list.begin(), list.end(), [](const RedundancyGroup &a, const RedundancyGroup &b) {
        return a.element != b.element ? a.element < b.element : a.name < b.name;
    });
}

std::vector<Dependency> dependenciesOfKey(std::vector<Dependency> out, const std::vector<Dependency> &in)
{
    for (const Dependency &d : in) {
        if (d.from != d.to) // a self-dependency is among the outgoing ones already
            out.push_back(d);
    }
    sortDependencies(out);
    return out;
}

} // namespace readview

Result<std::optional<Element>> ServiceReadView::element(const QString &key) const
{
    const Element *e = m_service.element(key);
    return e ? std::optional<Element>(*e) : std::nullopt;
}

Result<std::vector<Dependency>> ServiceReadView::dependenciesOf(const QString &key) const
{
    return m_service.dependenciesOf(key);
}

Result<std::vector<Dependency>> ServiceReadView::dependentsOf(const QString &key) const
{
    return m_service.dependentsOf(key);
}

Result<std::vector<RedundancyGroup>> ServiceReadView::groupsOf(const QString &key) const
{
    return m_service.groupsOf(key);
}

Result<std::vector<Element>> ServiceReadView::elements(const ElementFilter &filter) const
{
    std::vector<Element> list;
    for (const QString &key : m_service.sortedKeys()) {
        if (const Element *e = m_service.element(key); e && filter.matches(*e))
            list.push_back(*e);
    }
    return list;
}

Result<std::vector<Dependency>> ServiceReadView::dependencies(const QString &key) const
{
    if (!key.isEmpty())
        return readview::dependenciesOfKey(m_service.dependenciesOf(key), m_service.dependentsOf(key));
    std::vector<Dependency> list;
    list.reserve(std::size_t(m_service.dependencies().size()));
    for (const Dependency &d : m_service.dependencies())
        list.push_back(d);
    readview::sortDependencies(list);
    return list;
}

Result<std::vector<RedundancyGroup>> ServiceReadView::groups(const QString &key) const
{
    if (!key.isEmpty())
        return m_service.groupsOf(key);
    std::vector<RedundancyGroup> list;
    for (const RedundancyGroup &g : m_service.groups())
        list.push_back(g);
    readview::sortGroups(list);
    return list;
}

} // namespace bulwark
