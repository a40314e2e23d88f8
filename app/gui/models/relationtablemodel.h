// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "model/register/changeset.h"
#include "model/register/dependency.h"
#include "model/register/element.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <vector>

namespace bulwark {
class RegisterService;
}

namespace bulwark::gui {

/// Dependencies or redundancy groups of a register as a table, optionally narrowed to one element.
/// Rebuilt from the service's in-memory register when the register changes.
class RelationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Dependencies, Groups };
    /// The whole register's rows, or only those of one element (none until setElement()).
    enum class Scope { Register, Element };
    enum Role { SortRole = Qt::UserRole };
    /// For an element's dependencies: both directions, what it needs (outgoing) or what needs it (incoming).
    enum class Direction { Both, Needs, NeededBy };

    RelationTableModel(Kind kind, Scope scope, QObject *parent = nullptr);
    ~RelationTableModel() override;
    void setService(RegisterService *service);
    /// For Scope::Element: the rows that involve `key` (both directions for dependencies); empty: no rows.
    void setElement(const QString &key);
    /// Which of the element's dependencies are rows (Scope::Element, Kind::Dependencies); Both by default. The column
    /// headers say the direction: "Needs" for what it needs, "Needed by" for what needs it (issue 12).
    void setDirection(Direction direction);
    Direction direction() const { return m_direction; }
    /// An inactive model stays empty and skips reloads; the whole register's dependencies are only gathered
    /// (and kept up to date) while their tab is shown. Active by default.
    void setActive(bool active);
    /// For Scope::Register: only the rows whose element keys or names (or group name) contain `text`, ignoring case;
    /// empty: every row. The Register page's search field sets it for the tab in view (issue 12).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    /// The value shown in `row` (of this model, not of a proxy), or nullptr.
    const Dependency *dependencyAt(int row) const;
    const RedundancyGroup *groupAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts by a column (the key columns break ties). A register-scope table of more than 20,000 rows gathers and
    /// sorts them on a worker thread and shows them when ready; so does every reload after a change.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isLoading() const { return m_job->isRunning(); }
    /// Register-scope tables with more rows than this are gathered on a worker (default 20,000).
    void setSynchronousLimit(int rows) { m_synchronousLimit = rows; }

Q_SIGNALS:
    /// New rows are shown (at once, or when the worker finished).
    void loaded();

private:
    struct Rows {
        std::vector<Dependency> dependencies;
        std::vector<RedundancyGroup> groups;
    };
    struct Order {
        int column = 0;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    /// Every dependency or group of the copies given, in `order`. Runs on any thread.
    static Rows collect(Kind kind,
                        const QHash<QString, Dependency> &dependencies,
                        const QHash<QString, RedundancyGroup> &groups,
                        Order order,
                        const QHash<QString, Element> &elements = {},
                        const QString &filter = {});
    static void sortRows(Rows &rows, Order order);
    void reload();
    void show(Rows rows);

    Kind m_kind;
    Scope m_scope;
    QPointer<RegisterService> m_service;
    QString m_element;
    bool m_active = true;
    QString m_filter;
    Direction m_direction = Direction::Both;
    std::vector<Dependency> m_dependencies;
    std::vector<RedundancyGroup> m_groups;
    Order m_order;
    BackgroundJob<Rows> *m_job; ///< gathers and sorts a large register's rows on a worker
    int m_synchronousLimit = 20000;
};

} // namespace bulwark::gui
