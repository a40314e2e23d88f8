// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "model/register/element.h"

#include <QAbstractProxyModel>
#include <QHash>

#include <optional>
#include <vector>

namespace bulwark::gui {

class ElementTableModel;

/// Filters and sorts the element table. Unlike QSortFilterProxyModel, it computes the whole row order at once (a
/// vector of source rows) and shows it with one reset (filter) or one layout change (sort), so a filter that keeps
/// every other row of 100,000 costs the same as one that keeps a block. On registers above the synchronous limit the
/// order is computed on a worker thread from shared copies of the keys and elements, and shown when ready; single
/// rows added, removed or changed in between are placed by binary search. Sorting by key ascending is the source
/// order (the source keeps its rows in key order), so it costs nothing. Text columns sort case-insensitively with the
/// key as tie-break, so the order is total and the same on every run.
class ElementFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ElementFilterProxyModel(QObject *parent = nullptr);
    ~ElementFilterProxyModel() override;
    /// Must be an ElementTableModel.
    void setSourceModel(QAbstractItemModel *model) override;

    void setText(const QString &text);
    void setKind(std::optional<ElementKind> kind);
    /// Only elements with this owner / this tag (empty: any).
    void setOwner(const QString &owner);
    void setTag(const QString &tag);
    /// Only business functions of this criticality (none: any element).
    void setCriticality(std::optional<Criticality> criticality);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_criteria.column; }
    Qt::SortOrder sortOrder() const { return m_criteria.order; }

    /// Registers with more rows than this are filtered and sorted on a worker (default 20,000).
    void setSynchronousLimit(int rows) { m_synchronousLimit = rows; }
    /// A filter or sort is being computed on the worker.
    bool isUpdating() const { return m_job->isRunning(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    /// Column titles come straight from the source (also when no row is shown).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A new filter or order is shown (at once, or when the worker finished).
    void updated();

private:
    struct Criteria {
        QString text;
        std::optional<ElementKind> kind;
        QString owner;
        QString tag;
        std::optional<Criticality> criticality;
        int column = 0;
        Qt::SortOrder order = Qt::AscendingOrder;
        bool filters() const { return !text.isEmpty() || kind || !owner.isEmpty() || !tag.isEmpty() || criticality; }
        bool sortsBySourceOrder() const { return column <= 0 && order == Qt::AscendingOrder; }
    };
    static bool accepts(const Criteria &c, const Element &e);
    static bool lessThan(const Criteria &c, const Element &a, const Element &b);
    /// The source rows to show, in order. Runs on any thread; stops early (with a partial answer) when `feedback`
    /// is canceled.
    static std::vector<int> compute(const Criteria &c,
                                    const QStringList &keys,
                                    const QHash<QString, Element> &elements,
                                    const Feedback *feedback = nullptr);

    /// Recomputes the rows after the criteria changed; `orderOnly` when the set of rows stays the same.
    void refresh(bool orderOnly);
    void show(std::vector<int> rows, bool orderOnly);
    void rebuildPositions();
    int insertPosition(int sourceRow) const;
    void insertSourceRow(int sourceRow);
    void removeProxyRow(int proxyRow);

    void sourceReset();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void workerFinished(Result<std::vector<int>> rows);

    ElementTableModel *m_source = nullptr;
    Criteria m_criteria;
    std::vector<int> m_rows;                ///< proxy row -> source row
    std::vector<int> m_position;            ///< source row -> proxy row, or -1
    BackgroundJob<std::vector<int>> *m_job; ///< the latest filter or sort on the worker
    quint64 m_sourceRevision = 0;           ///< increases with every structural change of the source
    quint64 m_runningRevision = 0;          ///< the source's revision when the job started
    bool m_runningOrderOnly = false;        ///< the job's rows are the ones shown, in a new order
    int m_synchronousLimit = 20000;
};

} // namespace bulwark::gui
