// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/entitytype.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

/// What the register of information needs beyond the map, as registered tables (schema v10; docs/roi.md). The map
/// keeps what it already holds: names, countries, providers' LEIs, substitutability and exit plans, functions'
/// criticality and recovery objectives, and the dependencies from which the supported functions and the supply
/// chains are computed. Tokens of the closed lists are those of model/roi/codes.cpp.
namespace bulwark::roi {

/// An entity in the scope of the register (B_01.02); the one marked `reporting` maintains it (B_01.01).
struct Entity {
    QString lei; ///< the key
    QString name;
    QString country;   ///< ISO 3166-1 alpha-2
    QString type;      ///< CodeList::EntityType token
    QString hierarchy; ///< CodeList::Hierarchy token
    QString parent;    ///< LEI of the direct parent undertaking
    QDate updated;
    QDate integrated;
    QDate deleted;
    QString currency;    ///< ISO 4217, of the total assets
    QString totalAssets; ///< a whole or decimal amount, in `currency`
    std::optional<bool> reporting;
    QString authority; ///< the competent authority (reporting entity)
    bool operator==(const Entity &) const = default;
};

/// A branch of an entity in scope outside its home country (B_01.03).
struct Branch {
    QString code;       ///< the key: the branch's identification code
    QString headOffice; ///< LEI
    QString name;
    QString country;
    bool operator==(const Branch &) const = default;
};

/// A contractual arrangement for ICT services (B_02.01, and the contract-wide columns of B_02.02, B_02.03, B_03.xx).
struct Arrangement {
    QString reference;   ///< the key
    QString type;        ///< CodeList::ArrangementType token
    QString overarching; ///< reference of the overarching arrangement (subsequent ones)
    QString provider;    ///< element key of the provider that signed it
    QString currency;
    QString annualCost;
    QDate start;
    QDate end;                         ///< empty: open-ended
    QString termination;               ///< CodeList::TerminationReason token
    std::optional<int> noticeEntity;   ///< days
    std::optional<int> noticeProvider; ///< days
    QString governingLaw;              ///< ISO 3166-1 alpha-2
    QStringList signing;               ///< LEIs of the entities that signed it (B_03.01); empty: the reporting entity
    QStringList reliesOn;              ///< an intra-group arrangement: the external arrangements it relies on (B_02.03)
    QStringList branches;              ///< codes of branches that use the services (B_04.01)
    bool operator==(const Arrangement &) const = default;
};

/// An ICT service element (kind ict_service) as the register of information sees it: the arrangement it is
/// provided under, its type, where it is provided and where its data lives (B_02.02), and its assessment (B_07.01).
struct ServiceTerms {
    QString element;          ///< the key: element key of the ICT service
    QStringList arrangements; ///< references of the arrangements it is provided under (an ended one too, that year)
    QString type;             ///< CodeList::ServiceType token, S01..S19
    QString providedIn;       ///< ISO country where the service is provided
    std::optional<bool> storesData;
    QString storedIn;           ///< ISO country of the data at rest
    QString processedIn;        ///< ISO country of the data processing
    QString sensitiveness;      ///< CodeList::Sensitiveness token
    QString reliance;           ///< CodeList::Reliance token
    QString substitutability;   ///< CodeList::Substitutability token; empty: from the provider's substitutability
    QString substitutionReason; ///< CodeList::SubstitutionReason token
    QDate lastAudit;
    QString reintegration; ///< CodeList::Reintegration token
    QString impact;        ///< CodeList::Impact token: of discontinuing the service
    QString alternatives;  ///< CodeList::Alternatives token
    QString alternativeNames;
    bool operator==(const ServiceTerms &) const = default;
};

/// A business function element as B_06.01 sees it: its identifier, licensed activity, entity and assessment.
struct FunctionTerms {
    QString element;    ///< the key: element key of the function
    QString identifier; ///< the function identifier reported; empty: the element key
    QString activity;   ///< licensed activity, EBA code eba_TA:x..
    QString entity;     ///< LEI of the entity that performs it; empty: the reporting entity
    QString reasons;    ///< why it is critical or important
    QDate assessed;     ///< date of the last assessment of its criticality
    QString impact;     ///< CodeList::Impact token: of discontinuing the function
    bool operator==(const FunctionTerms &) const = default;
};

/// A provider element as B_05.01 sees it: how it is identified, its ultimate parent and, for an intra-group
/// provider, the entity in scope it is.
struct ProviderTerms {
    QString element;  ///< the key: element key of the provider
    QString codeType; ///< CodeList::IdentifierType token; empty: lei when the element has one
    QString code;     ///< the identification code when it is not the element's LEI
    QString additionalCode;
    QString additionalType;
    QString latinName;
    QString personType; ///< CodeList::PersonType token; empty: legal person
    QString currency;
    QString annualCost; ///< total annual expense; empty: the sum of its arrangements' when they share a currency
    QString parent;     ///< element key of the ultimate parent provider; empty: the provider is its own
    QString entity;     ///< LEI of the entity in scope this provider is (an intra-group provider, B_03.03)
    bool operator==(const ProviderTerms &) const = default;
};

/// The entity's own definition of one option it uses (B_99.01), keyed by the column code.
struct Definition {
    QString column; ///< the key: "c0010".."c0190"
    QString text;
    bool operator==(const Definition &) const = default;
};

const TableType<Entity> &entityType();
const TableType<Branch> &branchType();
const TableType<Arrangement> &arrangementType();
const TableType<ServiceTerms> &serviceTermsType();
const TableType<FunctionTerms> &functionTermsType();
const TableType<ProviderTerms> &providerTermsType();
const TableType<Definition> &definitionType();

} // namespace bulwark::roi
