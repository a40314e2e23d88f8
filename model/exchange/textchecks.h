// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace bulwark::exchange {

/// Checks shared by the text importers.
class TextChecks
{
    Q_DECLARE_TR_FUNCTIONS(TextChecks)
public:
    /// 1-based line of a byte offset (counting \n, \r\n and lone \r as line ends).
    static int lineOf(const QByteArray &bytes, qsizetype offset);
    /// The offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and code points
    /// above U+10FFFF are invalid too), or -1 when all of `bytes` is valid.
    static qsizetype invalidUtf8At(QByteArrayView bytes);
    /// An error naming the line and column of the first byte that is not valid UTF-8, if any.
    [[nodiscard]] static Result<void> checkUtf8(const QByteArray &bytes, const QString &fileName);
    /// Decodes valid UTF-8 exactly: unlike QString::fromUtf8(), a U+FEFF at the start is kept (issue 10).
    static QString fromUtf8(QByteArrayView bytes);
    /// One command-line argument (the `position`th), decoded exactly; an error when it is not valid UTF-8, where
    /// QString::fromLocal8Bit() would put U+FFFD in place of the bytes.
    [[nodiscard]] static Result<QString> decodeArgument(const char *argument, int position);
    /// Drops a UTF-8 byte order mark.
    static QByteArray withoutBom(const QByteArray &bytes);
    /// Reads a whole file, with a clear error if it is missing, unreadable or empty.
    [[nodiscard]] static Result<QByteArray> readFile(const QString &path);
};

} // namespace bulwark::exchange
