// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/changeset.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace bulwark {
class RegisterService;
struct Element;
}

namespace bulwark::gui {

/// The elements of a register, one row each, read from the service's in-memory register (no SQL per cell).
/// Follows the service's changes with fine-grained signals so that selections survive edits.
class ElementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Key, Name, Kind, Criticality, Owner, RtoMin, RpoMin, MtdMin, Availability, Tags, Count };
    enum Role { SortRole = Qt::UserRole, KeyRole, KindRole };

    explicit ElementTableModel(QObject *parent = nullptr);
    /// Shows `service`'s elements (nullptr: none). Resets the model.
    void setService(RegisterService *service);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QString &keyAt(int row) const { return m_keys.at(row); }
    /// Rows are in key order: a binary search.
    int rowOf(const QString &key) const;
    /// The element shown in `row`, or nullptr.
    const Element *elementAt(int row) const;
    /// The keys in row order (sorted), shared: a worker may keep a copy.
    const QStringList &keys() const { return m_keys; }
    RegisterService *service() const { return m_service; }

private:
    void apply(const ChangeSummary &summary);

    QPointer<RegisterService> m_service;
    QStringList m_keys;
};

} // namespace bulwark::gui
