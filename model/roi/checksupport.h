// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roi/checks.h"

#include <QCoreApplication>

/// What checks.cpp and dpmrules.cpp share to build a Problem: safe cell access, the row's words for messages.
/// Private to model/roi.
namespace bulwark::roi::support {

/// The cell, or an empty string when the row is shorter than the template.
inline const QString &cell(const Row &row, int column)
{
    static const QString empty;
    return column >= 0 && column < row.values.size() ? row.values[column] : empty;
}

class Words
{
    Q_DECLARE_TR_FUNCTIONS(Roi)
public:
    /// How a message names a column: "Name of the entity" (c0020).
    static QString column(const Template &templ, int column);
    /// How a message shows a value: a closed list's label with its code, else the value in quotes.
    static QString value(const Template &templ, int column, const QString &value);
    /// How a message names a row: its key, or its number in a template without key.
    static QString row(const Template &templ, const Row &row, int index);
};

/// A problem of one row (`column` -1 when no single column is at fault).
Problem rowProblem(const char *rule,
                   Severity severity,
                   const Template &templ,
                   const Row &row,
                   int index,
                   int column,
                   const QString &message);

} // namespace bulwark::roi::support
