// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace bulwark::exchange {

/// A JSON file of another tool, read as every JSON reader of formats/ reads it: its text without a byte order mark and
/// the parsed document.
struct JsonText {
    QByteArray text; ///< the bytes without a UTF-8 byte order mark, for line numbers (TextChecks::lineOf)
    QJsonDocument document;
};

/// The opening every reader of another tool's JSON shares: the size limit (ReadLimits::maxFileBytes), UTF-8, the byte
/// order mark, and QJsonDocument's parse with the line of its error. Refusals name the file and the line.
class JsonDocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonDocumentReader)

public:
    [[nodiscard]] static Result<JsonText> read(const QByteArray &bytes, const QString &fileName);
};

} // namespace bulwark::exchange
