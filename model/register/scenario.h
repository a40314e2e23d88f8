// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace bulwark {

/// A named, saved failure set ("loss of data centre Frankfurt", "exit from provider X") that can be run again.
/// It fails the listed elements, plus every element with the region, country or tag when those are set.
struct Scenario {
    QString name; ///< key syntax; the identity
    QString description;
    QStringList fail; ///< element keys, sorted
    QString region;
    QString country;
    QString tag;

    bool operator==(const Scenario &other) const = default;
};

} // namespace bulwark
