// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QList>

namespace bulwark::exchange {

/// The problems a reader found in a file, collected so that an import names every one at once (issue 12) rather than
/// only the first. Keeps the first `limit` errors and counts the rest.
class ErrorList
{
    Q_DECLARE_TR_FUNCTIONS(ErrorList)
public:
    static constexpr qsizetype limit = 50;

    void add(const Error &error);
    bool isEmpty() const { return m_count == 0; }
    /// Every error added, kept or not.
    qsizetype count() const { return m_count; }
    const QList<Error> &errors() const { return m_errors; }
    /// One Error for a Result: the first error (its code, file, line, field and message as they were), with every
    /// further one appended to the message on a line of its own as Error::toString() writes it ("file:line: field
    /// 'x': ..."), and "... and N more problems" past the limit. Error::toString() of it lists them all.
    Error combined() const;
    /// The lines of a combined error's toString(), one problem each (the GUI lists them).
    static QStringList lines(const Error &error) { return error.toString().split(u'\n'); }

private:
    QList<Error> m_errors;
    qsizetype m_count = 0;
};

} // namespace bulwark::exchange
