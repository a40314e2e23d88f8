// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/relationtablemodel.h"

#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"

#include <algorithm>

namespace bulwark::gui {

RelationTableModel::RelationTableModel(Kind kind, Scope scope, QObject *parent)
    : QAbstractTableModel(parent),
      m_kind(kind),
      m_scope(scope),
      m_job(new BackgroundJob<Rows>(this))
{ }

RelationTableModel::~RelationTableModel() = default; // the job cancels its worker

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

void RelationTableModel::setDirection(Direction direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void RelationTableModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    reload();
}

void RelationTableModel::setFilterText(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_scope == Scope::Register)
        reload();
}

const Dependency *RelationTableModel::dependencyAt(int row) const
{
    return m_kind == Kind::Dependencies && row >= 0 && row < int(m_dependencies.size())
        ? &m_dependencies[std::size_t(row)]
        : nullptr;
}

const RedundancyGroup *RelationTableModel::groupAt(int row) const
{
    return m_kind == Kind::Groups && row >= 0 && row < int(m_groups.size()) ? &m_groups[std::size_t(row)] : nullptr;
}

void RelationTableModel::sortRows(Rows &rows, Order order)
{
    const bool ascending = order.order == Qt::AscendingOrder;
    auto finish = [ascending](int r) { return ascending ? r < 0 : r > 0; };
    std::sort(rows.dependencies.begin(), rows.dependencies.end(), [&](const Dependency &a, const Dependency &b) {
        int r = 0;
        switch (order.column) {
            case 1: r = QString::compare(a.to, b.to); break;
            case 2: r = int(a.strength) - int(b.strength); break;
            case 3: r = QString::compare(a.group, b.group); break;
            default: break;
        }
        if (r == 0)
            r = QString::compare(a.from, b.from);
        if (r == 0)
            r = QString::compare(a.to, b.to);
        return finish(r);
    });
    std::sort(rows.groups.begin(), rows.groups.end(), [&](const RedundancyGroup &a, const RedundancyGroup &b) {
        int r = 0;
        switch (order.column) {
            case 1: r = QString::compare(a.name, b.name); break;
            case 2: r = a.minUp - b.minUp; break;
            case 3: r = a.failoverMin - b.failoverMin; break;
            default: break;
        }
        if (r == 0)
            r = QString::compare(a.element, b.element);
        if (r == 0)
            r = QString::compare(a.name, b.name);
        return finish(r);
    });
}

RelationTableModel::Rows RelationTableModel::collect(Kind kind,
                                                     const QHash<QString, Dependency> &dependencies,
                                                     const QHash<QString, RedundancyGroup> &groups,
                                                     Order order,
                                                     const QHash<QString, Element> &elements,
                                                     const QString &filter)
{
    Rows rows;
    if (kind == Kind::Dependencies)
        rows.dependencies.assign(dependencies.cbegin(), dependencies.cend());
    else
        rows.groups.assign(groups.cbegin(), groups.cend());
    if (!filter.isEmpty()) {
        // An element matches by key or name, as in the element table's search.
        const auto matches = [&](const QString &key) {
            if (key.contains(filter, Qt::CaseInsensitive))
                return true;
            const auto it = elements.constFind(key);
            return it != elements.cend() && it->name.contains(filter, Qt::CaseInsensitive);
        };
        std::erase_if(rows.dependencies, [&](const Dependency &d) {
            return !matches(d.from) && !matches(d.to) && !d.group.contains(filter, Qt::CaseInsensitive);
        });
        std::erase_if(rows.groups, [&](const RedundancyGroup &g) {
            return !matches(g.element) && !g.name.contains(filter, Qt::CaseInsensitive);
        });
    }
    sortRows(rows, order);
    return rows;
}

void RelationTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        column = 0;
    if (column == m_order.column && order == m_order.order)
        return;
    m_order = {column, order};
    reload();
}

void RelationTableModel::reload()
{
    if (!m_service || !m_active) {
        m_job->discard();
        show({});
        return;
    }
    if (m_scope == Scope::Element) {
        Rows rows;
        if (!m_element.isEmpty()) {
            if (m_kind == Kind::Dependencies) {
                if (m_direction != Direction::NeededBy)
                    rows.dependencies = m_service->dependenciesOf(m_element);
                if (m_direction != Direction::Needs) {
                    for (const Dependency &d : m_service->dependentsOf(m_element))
                        rows.dependencies.push_back(d);
                }
            } else {
                rows.groups = m_service->groupsOf(m_element);
            }
        }
        m_job->discard();
        show(std::move(rows)); // a view's proxy sorts these few rows
        return;
    }
    // Shared copies (O(1)); gathered and sorted here or, for a large register, on a worker.
    const QHash<QString, Dependency> dependencies = m_service->dependencies();
    const QHash<QString, RedundancyGroup> groups = m_service->groups();
    const QHash<QString, Element> elements = m_filter.isEmpty() ? QHash<QString, Element>() : m_service->elements();
    const qsizetype count = m_kind == Kind::Dependencies ? dependencies.size() : groups.size();
    if (count <= m_synchronousLimit) {
        m_job->discard();
        show(collect(m_kind, dependencies, groups, m_order, elements, m_filter));
        return;
    }
    // A newer reload replaces one still on the worker; only the latest rows arrive.
    m_job->run([kind = m_kind, dependencies, groups, order = m_order, elements, filter = m_filter](
                   Feedback &) -> Result<Rows> { return collect(kind, dependencies, groups, order, elements, filter); },
               [this](Result<Rows> rows) {
                   if (rows && m_active)
                       show(std::move(*rows));
               });
}

void RelationTableModel::show(Rows rows)
{
    beginResetModel();
    m_dependencies = std::move(rows.dependencies);
    m_groups = std::move(rows.groups);
    endResetModel();
    Q_EMIT loaded();
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
        case 3:
            return role == SortRole ? QVariant(g.failoverMin) : QVariant(Vocabulary::minutesText(g.failoverMin, false));
    }
    return {};
}

QVariant RelationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_kind == Kind::Dependencies) {
        const QString headers[] = {m_direction == Direction::NeededBy ? tr("Needed by") : tr("Element"),
                                   tr("Needs"),
                                   tr("Strength"),
                                   m_scope == Scope::Element ? tr("Group") : tr("Redundancy group")};
        return headers[section];
    }
    const QString headers[] = {tr("Element"), tr("Group"), tr("Members needed up"), tr("Failover")};
    return headers[section];
}

} // namespace bulwark::gui
