// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace bulwark::exchange {

/// Checks shared by the text importers.
class TextChecks
{
    Q_DECLARE_TR_FUNCTIONS(TextChecks)
public:
    /// 1-based line of a byte offset (counting \n, \r\n and lone \r as line ends).
    static int lineOf(const QByteArray &bytes, qsizetype offset);
    /// An error naming the line and column of the first byte that is not valid UTF-8, if any.
    [[nodiscard]] static Result<void> checkUtf8(const QByteArray &bytes, const QString &fileName);
    /// Drops a UTF-8 byte order mark.
    static QByteArray withoutBom(const QByteArray &bytes);
    /// Reads a whole file, with a clear error if it is missing, unreadable or empty.
    [[nodiscard]] static Result<QByteArray> readFile(const QString &path);
};

} // namespace bulwark::exchange
