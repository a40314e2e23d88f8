// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/changeset.h"
#include "model/register/registerdata.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace bulwark::exchange {

/// The bulwark-register v1 JSON exchange format (see ARCHITECTURE.md and docs/exchange.md).
class JsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)
public:
    static constexpr int version = 1;

    /// Reads a file into upserts, each with the line it starts on. Errors name the file, line and field.
    [[nodiscard]] static Result<ChangeSet> read(const QString &path);
    [[nodiscard]] static Result<ChangeSet> parse(const QByteArray &bytes, const QString &fileName);
    /// The canonical text: sorted by key, one value per line, the same bytes for the same register.
    static QByteArray write(const RegisterData &data);
};

} // namespace bulwark::exchange
