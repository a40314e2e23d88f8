// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/foreigngraph.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace bulwark::exchange {

/// The named values a graph file gives for one node (GraphML data keys, DOT attributes), turned into a ForeignNode the
/// same way for both (docs/exchange.md, "GraphML" and "Graphviz DOT"): a name that is one of the register's element
/// field tokens sets that field (checked against the node's kind; a value the register would refuse is a note and
/// left out), `label` names the node where no `name` does, `type` and `labelV` give the source's type, anything else
/// is kept as an attribute under its own name.
class NodeValues
{
    Q_DECLARE_TR_FUNCTIONS(NodeValues)

public:
    /// `text` is the value as written; `typed` the value kept as an attribute (a number where the file says so).
    void add(const QString &name, const QString &text, const QJsonValue &typed)
    {
        m_values.append({name, text, typed});
    }
    void add(const QString &name, const QString &text) { add(name, text, QJsonValue(text)); }
    bool isEmpty() const { return m_values.isEmpty(); }
    /// Sets `node`'s kind, name, fields and attributes; what it cannot take becomes a note on `file`.
    void applyTo(ForeignNode &node, const QString &file, QList<ImportNote> &notes) const;

private:
    struct Value {
        QString name;
        QString text;
        QJsonValue typed;
    };
    QList<Value> m_values;
};

} // namespace bulwark::exchange
