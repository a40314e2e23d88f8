// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/element.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace bulwark::gui {

/// Filters elements by free text (key, name, owner, tags) and kind; sorts numbers as numbers.
class ElementFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ElementFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setKind(std::optional<ElementKind> kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    std::optional<ElementKind> m_kind;
};

} // namespace bulwark::gui
