// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/changeset.h"
#include "model/register/registerdata.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace bulwark::exchange {

/// One record of a CSV file with the line it starts on.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/// CSV as in RFC 4180: comma-separated, double quotes around fields that hold commas, quotes or line breaks.
/// Reads UTF-8 with or without a byte order mark and any of \r\n, \n or \r as line ends.
class CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)
public:
    /// Splits a whole file into records; errors name the line (an unterminated quote, invalid UTF-8).
    [[nodiscard]] static Result<QList<CsvRecord>> parse(const QByteArray &bytes, const QString &fileName);

    /// Reads elements.csv (required), dependencies.csv and groups.csv (optional) from a folder, or the folder
    /// of a given elements.csv. Field names as headers, as in the JSON format.
    [[nodiscard]] static Result<ChangeSet> readFolder(const QString &path);
    /// Writes the three files into `folder`, sorted, with unknown attributes as extra columns. The folder is
    /// replaced whole (SafeOutput::writeFolder): a failure or a kill leaves the earlier export as it was, and a
    /// folder that holds other files is refused.
    [[nodiscard]] static Result<void> writeFolder(const RegisterData &data, const QString &folder);

    /// One field as RFC 4180 writes it, in UTF-8: in double quotes (quotes inside doubled) when it holds a comma,
    /// a quote, a line break, or spaces at either end; as it is otherwise. For any CSV that Bulwark writes.
    static QByteArray quote(const QString &field);
};

} // namespace bulwark::exchange
