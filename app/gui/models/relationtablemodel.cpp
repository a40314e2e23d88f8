// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationtablemodel.h"

#include "register/registerservice.h"
#include "register/vocabulary.h"

#include <algorithm>

namespace bulwark::gui {

RelationTableModel::RelationTableModel(Kind kind, Scope scope, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind), m_scope(scope)
{
}

void RelationTableModel::setService(RegisterService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service)
        connect(service, &RegisterService::changed, this, &RelationTableModel::reload);
    reload();
}

void RelationTableModel::setElement(const QString &key)
{
    if (m_scope != Scope::Element || key == m_element)
        return;
    m_element = key;
    reload();
}

void RelationTableModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    reload();
}

const Dependency *RelationTableModel::dependencyAt(int row) const
{
    return m_kind == Kind::Dependencies && row >= 0 && row < int(m_dependencies.size()) ? &m_dependencies[std::size_t(row)]
                                                                                      : nullptr;
}

const RedundancyGroup *RelationTableModel::groupAt(int row) const
{
    return m_kind == Kind::Groups && row >= 0 && row < int(m_groups.size()) ? &m_groups[std::size_t(row)] : nullptr;
}

void RelationTableModel::reload()
{
    beginResetModel();
    m_dependencies.clear();
    m_groups.clear();
    const bool whole = m_scope == Scope::Register;
    if (m_service && m_active && (whole || !m_element.isEmpty())) {
        if (m_kind == Kind::Dependencies) {
            if (whole) {
                m_dependencies.reserve(std::size_t(m_service->dependencyCount()));
                for (const Dependency &d : m_service->dependencies())
                    m_dependencies.push_back(d);
                std::sort(m_dependencies.begin(), m_dependencies.end(), [](const auto &a, const auto &b) {
                    return a.from != b.from ? a.from < b.from : a.to < b.to;
                });
            } else {
                m_dependencies = m_service->dependenciesOf(m_element);
                for (const Dependency &d : m_service->dependentsOf(m_element))
                    m_dependencies.push_back(d);
            }
        } else if (whole) {
            m_groups.reserve(std::size_t(m_service->groupCount()));
            for (const RedundancyGroup &g : m_service->groups())
                m_groups.push_back(g);
            std::sort(m_groups.begin(), m_groups.end(), [](const auto &a, const auto &b) {
                return a.element != b.element ? a.element < b.element : a.name < b.name;
            });
        } else {
            m_groups = m_service->groupsOf(m_element);
        }
    }
    endResetModel();
}

int RelationTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_kind == Kind::Dependencies ? m_dependencies.size() : m_groups.size());
}

int RelationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant RelationTableModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const int row = index.row();
    if (m_kind == Kind::Dependencies) {
        const Dependency &d = m_dependencies.at(std::size_t(row));
        const auto name = [this](const QString &key) {
            const Element *e = m_service ? m_service->element(key) : nullptr;
            return e ? QStringLiteral("%1  %2").arg(key, e->name) : key;
        };
        switch (index.column()) {
            case 0: return role == Qt::DisplayRole ? name(d.from) : d.from;
            case 1: return role == Qt::DisplayRole ? name(d.to) : d.to;
            case 2: return Vocabulary::displayName(d.strength);
            case 3: return d.group;
        }
        return {};
    }
    const RedundancyGroup &g = m_groups.at(std::size_t(row));
    switch (index.column()) {
        case 0: return g.element;
        case 1: return g.name;
        case 2: return g.minUp;
        case 3: return role == SortRole ? QVariant(g.failoverMin) : QVariant(tr("%n min", nullptr, g.failoverMin));
    }
    return {};
}

QVariant RelationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_kind == Kind::Dependencies) {
        const QString headers[] = {tr("Element"), tr("Needs"), tr("Strength"), tr("Redundancy group")};
        return headers[section];
    }
    const QString headers[] = {tr("Element"), tr("Group"), tr("Members needed up"), tr("Failover")};
    return headers[section];
}

} // namespace bulwark::gui
