// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/changeset.h"
#include "model/result.h"

#include <QCoreApplication>

namespace bulwark {

/// The bundled demo register (Demo Bank AG), from resources/demo/demo-bank.json.
class DemoRegister
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegister)
public:
    /// The demo as bulwark-register JSON bytes.
    static QByteArray json();
    /// Creates a new register at `path` holding the demo. The file must not exist yet (or be empty).
    [[nodiscard]] static Result<ChangeSummary> create(const QString &path);
};

} // namespace bulwark
