// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bulwark {

/// What an element of the map is. All kinds share one node space so that any of them can fail.
enum class ElementKind {
    Function,
    Application,
    DataStore,
    Infrastructure,
    Network,
    Facility,
    IctService,
    Provider,
    Location,
};
inline constexpr int elementKindCount = 9;

/// Criticality of a business function: "critical or important" in DORA's words, or standard.
enum class Criticality { Critical, Standard };

/// How easily a provider could be replaced: none (not substitutable) to high (easily).
enum class Substitutability { None, Low, Medium, High };

/// One element of the register. A plain value type; the key is its identity.
struct Element {
    QString key;
    QString name;
    ElementKind kind = ElementKind::Application;
    QString owner;
    QString description;
    QStringList tags;

    // Resilience attributes (any kind).
    std::optional<double> availability; ///< target availability as a fraction, 0..1
    std::optional<int> rtoMin;          ///< recovery time objective, minutes
    std::optional<int> rpoMin;          ///< recovery point objective, minutes

    // Business functions only.
    std::optional<Criticality> criticality;
    std::optional<int> mtdMin;  ///< impact tolerance: maximum tolerable downtime, minutes
    std::optional<int> mtdlMin; ///< impact tolerance: maximum tolerable data loss, minutes

    // Providers only.
    QString lei; ///< ISO 17442 legal entity identifier, or another identifier kept in attributes
    std::optional<Substitutability> substitutability;
    std::optional<bool> exitPlan;

    // Providers, locations and anything with a place.
    QString country; ///< ISO 3166-1 alpha-2
    QString region;  ///< free text, e.g. "eu-central"

    /// Fields the exchange format does not know, kept as they came (never dropped).
    QJsonObject attributes;

    bool isFunction() const { return kind == ElementKind::Function; }
    bool isCritical() const { return criticality == Criticality::Critical; }
    bool operator==(const Element &other) const = default;
};

} // namespace bulwark
