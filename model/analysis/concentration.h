// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"

#include <QString>

#include <vector>

namespace bulwark::analysis {

/// How much of the register rests on one provider, location or country (DORA Art. 29: concentration risk).
struct ConcentrationEntry {
    int element = -1;          ///< a provider or location; -1 for a country
    QString country;           ///< for country entries
    int criticalFunctions = 0; ///< critical functions that depend on it, directly or through other elements
    double criticalShare = 0;  ///< of all critical functions
    int ictServices = 0;       ///< third-party ICT services that depend on it
    double ictServiceShare = 0;
};

struct ConcentrationResult {
    int criticalFunctionCount = 0;
    int ictServiceCount = 0;
    std::vector<ConcentrationEntry> providers; ///< sorted by key
    std::vector<ConcentrationEntry> locations; ///< sorted by key
    std::vector<ConcentrationEntry> countries; ///< sorted by country code
    /// Herfindahl-Hirschman indices, 0-10,000: the sum of squared percentage shares, where a provider's (or
    /// country's) share is its count divided by the sum of all counts.
    double hhiProvidersByIctServices = 0;
    double hhiProvidersByCriticalFunctions = 0;
    double hhiCountriesByCriticalFunctions = 0;
};

/// "Depends on" is transitive over every dependency, hard or soft. A country covers every element that records
/// it (providers, locations, facilities, ...).
ConcentrationResult analyseConcentration(const GraphSnapshot &snapshot);

} // namespace bulwark::analysis
