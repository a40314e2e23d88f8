// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/changeset.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDate>

namespace bulwark {

/// The bundled demo register (Demo Bank AG): the map from resources/demo/demo-bank.json and the assessment's inputs
/// (resilience tests, exit plans, a legacy system, a risk acceptance, settings), dated back from a reference day so
/// that "within 12 months" stays true whenever the demo is created (docs/cli.md, "bulwark demo").
class DemoRegister
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegister)
public:
    /// The demo's map as bulwark-register JSON bytes (without the assessment's inputs).
    static QByteArray json();
    /// The whole demo as one change set, its dates counted back from `today`: the same day gives the same demo.
    [[nodiscard]] static Result<ChangeSet> changes(QDate today);
    /// Creates a new register at `path` holding the demo dated from `today`. The file must not exist yet (or be
    /// empty).
    [[nodiscard]] static Result<ChangeSummary> create(const QString &path, QDate today = QDate::currentDate());
};

} // namespace bulwark
