// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roi/templates.h"

#include <QStringList>

#include <vector>

namespace bulwark::roi {

/// A sub-contractor (rank 2 or more in B_05.02) and the direct providers whose chains it is in.
struct Subcontractor {
    QString code;                ///< identification code (B_05.01.c0010)
    QString name;                ///< legal name (B_05.01.c0050), or the code when B_05.01 has no row for it
    QStringList directProviders; ///< codes of the rank-1 providers above it, sorted
    QStringList names;           ///< their names, in the same order
    QStringList arrangements;    ///< the arrangements whose chains hold it, sorted
    /// Fourth-party concentration (DORA Art 29; ../shared/DORA.md 6.8): one sub-contractor under several direct
    /// providers, so that its failure reaches the entity through more than one door.
    bool isConcentration() const { return directProviders.size() >= 2; }
};

/// Every sub-contractor of the report's supply chains: those under the most direct providers first, then by code.
/// Decided here once; the Dashboard, the assessment check and the reports only present it.
std::vector<Subcontractor> subcontractors(const Report &report);

/// How many sub-contractors are a fourth-party concentration (isConcentration()).
int subcontractorConcentrationCount(const std::vector<Subcontractor> &list);

} // namespace bulwark::roi
