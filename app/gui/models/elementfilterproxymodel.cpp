// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/elementfilterproxymodel.h"

#include "gui/models/elementtablemodel.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"

#include <algorithm>
#include <numeric>

namespace bulwark::gui {
namespace {

using Column = ElementTableModel::Column;

int compareOptional(const auto &a, const auto &b)
{
    // Not recorded sorts before any value.
    if (!a || !b)
        return a ? 1 : b ? -1 : 0;
    return *a < *b ? -1 : *b < *a ? 1 : 0;
}

int compareText(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive);
}

} // namespace

ElementFilterProxyModel::ElementFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent),
      m_job(new BackgroundJob<std::vector<int>>(this))
{ }

ElementFilterProxyModel::~ElementFilterProxyModel() = default; // the job cancels its worker

void ElementFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<ElementTableModel *>(model);
    Q_ASSERT(m_source || !model);
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            beginResetModel();
            m_rows.clear();
            m_position.clear();
            ++m_sourceRevision;
        });
        connect(m_source, &QAbstractItemModel::modelReset, this, &ElementFilterProxyModel::sourceReset);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &ElementFilterProxyModel::sourceRowsInserted);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &ElementFilterProxyModel::sourceRowsRemoved);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &ElementFilterProxyModel::sourceDataChanged);
    }
    m_rows.clear();
    m_position.clear();
    endResetModel();
    refresh(false);
}

// --- criteria ---------------------------------------------------------------------------------------------------

void ElementFilterProxyModel::setText(const QString &text)
{
    if (text.trimmed() == m_criteria.text)
        return;
    m_criteria.text = text.trimmed();
    refresh(false);
}

void ElementFilterProxyModel::setKind(std::optional<ElementKind> kind)
{
    if (kind == m_criteria.kind)
        return;
    m_criteria.kind = kind;
    refresh(false);
}

void ElementFilterProxyModel::setOwner(const QString &owner)
{
    if (owner == m_criteria.owner)
        return;
    m_criteria.owner = owner;
    refresh(false);
}

void ElementFilterProxyModel::setTag(const QString &tag)
{
    if (tag == m_criteria.tag)
        return;
    m_criteria.tag = tag;
    refresh(false);
}

void ElementFilterProxyModel::setCriticality(std::optional<Criticality> criticality)
{
    if (criticality == m_criteria.criticality)
        return;
    m_criteria.criticality = criticality;
    refresh(false);
}

void ElementFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        column = 0; // "no sort" is the source order, which is key order
    if (column == m_criteria.column && order == m_criteria.order)
        return;
    m_criteria.column = column;
    m_criteria.order = order;
    refresh(true);
}

bool ElementFilterProxyModel::accepts(const Criteria &c, const Element &e)
{
    if (c.kind && e.kind != *c.kind)
        return false;
    if (!c.owner.isEmpty() && e.owner != c.owner)
        return false;
    if (!c.tag.isEmpty() && !e.tags.contains(c.tag))
        return false;
    if (c.criticality && (!e.isFunction() || e.criticality != c.criticality))
        return false;
    if (c.text.isEmpty())
        return true;
    auto has = [&c](const QString &field) { return field.contains(c.text, Qt::CaseInsensitive); };
    if (has(e.key) || has(e.name) || has(e.owner) || has(Vocabulary::displayName(e.kind)))
        return true;
    return std::any_of(e.tags.begin(), e.tags.end(), has);
}

bool ElementFilterProxyModel::lessThan(const Criteria &c, const Element &a, const Element &b)
{
    int r = 0;
    switch (Column(c.column)) {
        case Column::Key: break;
        case Column::Name: r = compareText(a.name, b.name); break;
        case Column::Kind: r = compareText(Vocabulary::displayName(a.kind), Vocabulary::displayName(b.kind)); break;
        case Column::Criticality: r = compareOptional(a.criticality, b.criticality); break;
        case Column::Owner: r = compareText(a.owner, b.owner); break;
        case Column::RtoMin: r = compareOptional(a.rtoMin, b.rtoMin); break;
        case Column::RpoMin: r = compareOptional(a.rpoMin, b.rpoMin); break;
        case Column::MtdMin: r = compareOptional(a.mtdMin, b.mtdMin); break;
        case Column::Availability: r = compareOptional(a.availability, b.availability); break;
        case Column::Tags: r = compareText(a.tags.join(u','), b.tags.join(u',')); break;
        case Column::Count: break;
    }
    if (r == 0)
        r = QString::compare(a.key, b.key); // keys are unique: a total order
    return c.order == Qt::AscendingOrder ? r < 0 : r > 0;
}

std::vector<int> ElementFilterProxyModel::compute(const Criteria &c,
                                                  const QStringList &keys,
                                                  const QHash<QString, Element> &elements,
                                                  const Feedback *feedback)
{
    std::vector<int> rows;
    if (!c.filters() && c.sortsBySourceOrder() && keys.size() == elements.size()) {
        // Every row in the source's order (the keys are the register's own, so each has its element): no look-ups,
        // which after a bulk edit of a 100,000-element register cost the GUI thread about 20 ms.
        rows.resize(std::size_t(keys.size()));
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    std::vector<const Element *> element(std::size_t(keys.size()), nullptr);
    rows.reserve(std::size_t(keys.size()));
    for (int i = 0; i < int(keys.size()); ++i) {
        if (feedback && i % 8192 == 0 && feedback->isCanceled())
            return rows; // a newer request replaced this one: nobody reads the answer

        const auto it = elements.constFind(keys[i]);
        if (it == elements.constEnd())
            continue;
        element[std::size_t(i)] = &*it;
        if (!c.filters() || accepts(c, *it))
            rows.push_back(i);
    }
    if (!c.sortsBySourceOrder()) {
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            return lessThan(c, *element[std::size_t(a)], *element[std::size_t(b)]);
        });
    }
    return rows;
}

// --- computing and showing the order ----------------------------------------------------------------------------

void ElementFilterProxyModel::refresh(bool orderOnly)
{
    // A request still on the worker is replaced; its change was never shown, so it is part of this one.
    if (m_job->isRunning())
        orderOnly = orderOnly && m_runningOrderOnly;
    if (!m_source || !m_source->service()) {
        m_job->discard();
        if (!m_rows.empty())
            show({}, false);
        return;
    }
    const QStringList keys = m_source->keys(); // shared copies: O(1)
    const QHash<QString, Element> elements = m_source->service()->elements();
    if (keys.size() <= m_synchronousLimit || (!m_criteria.filters() && m_criteria.sortsBySourceOrder())) {
        m_job->discard();
        show(compute(m_criteria, keys, elements), orderOnly);
        return;
    }
    m_runningOrderOnly = orderOnly;
    m_runningRevision = m_sourceRevision;
    m_job->run(
        [criteria = m_criteria, keys, elements](Feedback &feedback) -> Result<std::vector<int>> {
            return compute(criteria, keys, elements, &feedback);
        },
        [this](Result<std::vector<int>> rows) { workerFinished(std::move(rows)); });
}

void ElementFilterProxyModel::workerFinished(Result<std::vector<int>> rows)
{
    if (!rows)
        return; // canceled: the rows shown stay
    if (m_runningRevision != m_sourceRevision) {
        refresh(m_runningOrderOnly); // rows came or went meanwhile: the result's row numbers are stale
        return;
    }
    show(std::move(*rows), m_runningOrderOnly);
}

void ElementFilterProxyModel::show(std::vector<int> rows, bool orderOnly)
{
    if (orderOnly && rows.size() == m_rows.size()) {
        // Same rows, new order: a layout change keeps the selection and the current row.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        std::vector<int> sourceRows;
        sourceRows.reserve(std::size_t(before.size()));
        for (const QModelIndex &index : before)
            sourceRows.push_back(index.isValid() ? m_rows[std::size_t(index.row())] : -1);
        m_rows = std::move(rows);
        rebuildPositions();
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int source = sourceRows[std::size_t(i)];
            const int row = source >= 0 && source < int(m_position.size()) ? m_position[std::size_t(source)] : -1;
            after << (row >= 0 ? index(row, before[i].column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        rebuildPositions();
        endResetModel();
    }
    Q_EMIT updated();
}

void ElementFilterProxyModel::rebuildPositions()
{
    m_position.assign(std::size_t(m_source ? m_source->rowCount() : 0), -1);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i] >= 0 && m_rows[i] < int(m_position.size()))
            m_position[std::size_t(m_rows[i])] = int(i);
    }
}

// --- following the source ---------------------------------------------------------------------------------------

int ElementFilterProxyModel::insertPosition(int sourceRow) const
{
    if (m_criteria.sortsBySourceOrder())
        return int(std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow) - m_rows.begin());
    const Element *e = m_source->elementAt(sourceRow);
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), sourceRow, [&](int, int row) {
        const Element *other = m_source->elementAt(row);
        return other && lessThan(m_criteria, *e, *other);
    });
    return int(it - m_rows.begin());
}

void ElementFilterProxyModel::insertSourceRow(int sourceRow)
{
    const int row = insertPosition(sourceRow);
    beginInsertRows({}, row, row);
    m_rows.insert(m_rows.begin() + row, sourceRow);
    rebuildPositions();
    endInsertRows();
}

void ElementFilterProxyModel::removeProxyRow(int proxyRow)
{
    beginRemoveRows({}, proxyRow, proxyRow);
    m_rows.erase(m_rows.begin() + proxyRow);
    rebuildPositions();
    endRemoveRows();
}

void ElementFilterProxyModel::sourceReset()
{
    // The rows go until the new order is known; on a small register (or with no filter) that is at once.
    rebuildPositions();
    endResetModel();
    refresh(false);
}

void ElementFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    ++m_sourceRevision;
    const int count = last - first + 1;
    for (int &row : m_rows) {
        if (row >= first)
            row += count;
    }
    rebuildPositions();
    for (int source = first; source <= last; ++source) {
        const Element *e = m_source->elementAt(source);
        if (e && accepts(m_criteria, *e))
            insertSourceRow(source);
    }
}

void ElementFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    ++m_sourceRevision;
    std::vector<int> gone;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i] >= first && m_rows[i] <= last)
            gone.push_back(int(i));
    }
    for (auto it = gone.rbegin(); it != gone.rend(); ++it) { // from the bottom: earlier rows keep their numbers
        beginRemoveRows({}, *it, *it);
        m_rows.erase(m_rows.begin() + *it);
        endRemoveRows();
    }
    const int count = last - first + 1;
    for (int &row : m_rows) {
        if (row > last)
            row -= count;
    }
    rebuildPositions();
}

void ElementFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    ++m_sourceRevision;
    for (int source = topLeft.row(); source <= bottomRight.row(); ++source) {
        if (source < 0 || source >= int(m_position.size()))
            continue;
        const Element *e = m_source->elementAt(source);
        const bool accepted = e && accepts(m_criteria, *e);
        const int row = m_position[std::size_t(source)];
        if (row < 0) {
            if (accepted)
                insertSourceRow(source);
            continue;
        }
        if (!accepted) {
            removeProxyRow(row);
            continue;
        }
        auto before = [&](int a, int b) { // element of source row a comes before that of b
            const Element *x = m_source->elementAt(a);
            const Element *y = m_source->elementAt(b);
            return x && y && lessThan(m_criteria, *x, *y);
        };
        const bool inPlace = m_criteria.sortsBySourceOrder()
            || ((row == 0 || !before(source, m_rows[std::size_t(row - 1)]))
                && (row + 1 == int(m_rows.size()) || !before(m_rows[std::size_t(row + 1)], source)));
        if (!inPlace) {
            // Move the row (not remove and insert): the selection and the current row go with it.
            m_rows.erase(m_rows.begin() + row);
            const int target = insertPosition(source);   // among the other rows
            m_rows.insert(m_rows.begin() + row, source); // back until the move is announced
            const int destination = target >= row ? target + 1 : target;
            if (destination != row && destination != row + 1) {
                beginMoveRows({}, row, row, {}, destination);
                m_rows.erase(m_rows.begin() + row);
                m_rows.insert(m_rows.begin() + target, source);
                rebuildPositions();
                endMoveRows();
            }
        }
        const int now = m_position[std::size_t(source)];
        Q_EMIT dataChanged(index(now, topLeft.column()), index(now, bottomRight.column()));
    }
}

// --- the model interface ----------------------------------------------------------------------------------------

QModelIndex ElementFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ElementFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int ElementFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ElementFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool ElementFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex ElementFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_source->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ElementFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_position.size()))
        return {};
    const int row = m_position[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant ElementFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source)
        return {};
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return section >= 0 && section < int(m_rows.size())
        ? m_source->headerData(m_rows[std::size_t(section)], orientation, role)
        : QVariant();
}

} // namespace bulwark::gui
