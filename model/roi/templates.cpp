// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The templates' columns, keys and references as the EBA DORA 4.0 taxonomy declares them (tab/b_XX.XX.json,
// tableTemplates.<T>.tc:keys; ../shared/DORA.md section 4.3). Labels are Bulwark's own words.
#include "model/roi/templates.h"

#include <QCoreApplication>

namespace bulwark::roi {

namespace {

using K = ValueKind;
using L = CodeList;
using T = TemplateId;

// clang-format off
const std::vector<Template> &catalogue()
{
    static const std::vector<Template> all{
        {T::B0101, "B_01.01", "b_01.01.csv", QT_TRANSLATE_NOOP("Roi", "Entity maintaining the register"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "LEI of the entity maintaining the register"), K::Lei, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "Name of the entity"), K::Text, {}},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Country of the entity"), K::Country, {}},
          {"c0040", QT_TRANSLATE_NOOP("Roi", "Type of entity"), K::Code, L::EntityType},
          {"c0050", QT_TRANSLATE_NOOP("Roi", "Competent authority"), K::Text, {}},
          {"c0060", QT_TRANSLATE_NOOP("Roi", "Date of the reporting"), K::Date, {}}},
         {0}, {}},
        {T::B0102, "B_01.02", "b_01.02.csv", QT_TRANSLATE_NOOP("Roi", "Entities in the scope of the register"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "LEI of the entity"), K::Lei, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "Name of the entity"), K::Text, {}},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Country of the entity"), K::Country, {}},
          {"c0040", QT_TRANSLATE_NOOP("Roi", "Type of entity"), K::Code, L::EntityType},
          {"c0050", QT_TRANSLATE_NOOP("Roi", "Hierarchy of the entity in the group"), K::Code, L::Hierarchy},
          {"c0060", QT_TRANSLATE_NOOP("Roi", "LEI of the direct parent undertaking"), K::Lei, {}},
          {"c0070", QT_TRANSLATE_NOOP("Roi", "Date of the last update"), K::Date, {}},
          {"c0080", QT_TRANSLATE_NOOP("Roi", "Date of integration into the register"), K::Date, {}},
          {"c0090", QT_TRANSLATE_NOOP("Roi", "Date of deletion from the register"), K::Date, {}},
          {"c0100", QT_TRANSLATE_NOOP("Roi", "Currency of the total assets"), K::Currency, {}},
          {"c0110", QT_TRANSLATE_NOOP("Roi", "Value of the total assets"), K::Monetary, {}}},
         {0}, {{"R6", {5}, T::B0102}}},
        {T::B0103, "B_01.03", "b_01.03.csv", QT_TRANSLATE_NOOP("Roi", "Branches"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Identification code of the branch"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "LEI of the head office"), K::Lei, {}},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Name of the branch"), K::Text, {}},
          {"c0040", QT_TRANSLATE_NOOP("Roi", "Country of the branch"), K::Country, {}}},
         {0, 1}, {{"R3", {1}, T::B0102}}},
        {T::B0201, "B_02.01", "b_02.01.csv", QT_TRANSLATE_NOOP("Roi", "Contractual arrangements: general information"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Contractual arrangement reference number"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "Type of contractual arrangement"), K::Code, L::ArrangementType},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Overarching arrangement reference number"), K::Text, {}},
          {"c0040", QT_TRANSLATE_NOOP("Roi", "Currency of the annual expense"), K::Currency, {}},
          {"c0050", QT_TRANSLATE_NOOP("Roi", "Annual expense or estimated cost"), K::Monetary, {}}},
         {0}, {{"R13", {2}, T::B0201}}},
        {T::B0202, "B_02.02", "b_02.02.csv", QT_TRANSLATE_NOOP("Roi", "Contractual arrangements: specific information"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Contractual arrangement reference number"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "LEI of the entity using the services"), K::Lei, {}},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Identification code of the provider"), K::Text, {}},
          {"c0040", QT_TRANSLATE_NOOP("Roi", "Type of code of the provider"), K::Code, L::IdentifierType},
          {"c0050", QT_TRANSLATE_NOOP("Roi", "Function identifier"), K::Text, {}},
          {"c0060", QT_TRANSLATE_NOOP("Roi", "Type of ICT services"), K::Code, L::ServiceType},
          {"c0070", QT_TRANSLATE_NOOP("Roi", "Start date of the arrangement"), K::Date, {}},
          {"c0080", QT_TRANSLATE_NOOP("Roi", "End date of the arrangement"), K::Date, {}},
          {"c0090", QT_TRANSLATE_NOOP("Roi", "Reason for termination or ending"), K::Code, L::TerminationReason},
          {"c0100", QT_TRANSLATE_NOOP("Roi", "Notice period for the entity (days)"), K::Integer, {}},
          {"c0110", QT_TRANSLATE_NOOP("Roi", "Notice period for the provider (days)"), K::Integer, {}},
          {"c0120", QT_TRANSLATE_NOOP("Roi", "Country of the governing law"), K::Country, {}},
          {"c0130", QT_TRANSLATE_NOOP("Roi", "Country where the services are provided"), K::Country, {}},
          {"c0140", QT_TRANSLATE_NOOP("Roi", "Storage of data"), K::Code, L::YesNo},
          {"c0150", QT_TRANSLATE_NOOP("Roi", "Location of the data at rest"), K::Country, {}},
          {"c0160", QT_TRANSLATE_NOOP("Roi", "Location of the data processing"), K::Country, {}},
          {"c0170", QT_TRANSLATE_NOOP("Roi", "Sensitiveness of the data stored"), K::Code, L::Sensitiveness},
          {"c0180", QT_TRANSLATE_NOOP("Roi", "Level of reliance on the services"), K::Code, L::Reliance}},
         {0, 1, 2, 4, 5, 12, 14, 15}, {{"R7", {4, 1}, T::B0601}, {"R17", {0, 2}, T::B0302}}},
        {T::B0203, "B_02.03", "b_02.03.csv", QT_TRANSLATE_NOOP("Roi", "Intra-group arrangements and the arrangements they rely on"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Reference number of the intra-group arrangement"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "Reference number of the linked arrangement"), K::Text, {}},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Link"), K::Boolean, {}}},
         {0, 1}, {{"R11", {0}, T::B0201}, {"R12", {1}, T::B0201}}},
        {T::B0301, "B_03.01", "b_03.01.csv", QT_TRANSLATE_NOOP("Roi", "Entities signing the arrangements to receive services"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Contractual arrangement reference number"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "LEI of the entity signing the arrangement"), K::Lei, {}},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Link"), K::Boolean, {}}},
         {0, 1}, {{"R2", {1}, T::B0102}, {"R10", {0}, T::B0201}}},
        {T::B0302, "B_03.02", "b_03.02.csv", QT_TRANSLATE_NOOP("Roi", "Providers signing the arrangements"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Contractual arrangement reference number"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "Identification code of the provider"), K::Text, {}},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Type of code of the provider"), K::Code, L::IdentifierType}},
         {0, 1}, {{"R9", {0}, T::B0201}, {"R19", {1}, T::B0501}}},
        {T::B0303, "B_03.03", "b_03.03.csv", QT_TRANSLATE_NOOP("Roi", "Entities signing arrangements to provide ICT services in the group"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Contractual arrangement reference number"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "LEI of the entity providing the services"), K::Lei, {}},
          {"c0031", QT_TRANSLATE_NOOP("Roi", "Link"), K::Boolean, {}}},
         {0, 1}, {{"R1", {1}, T::B0102}, {"R8", {0}, T::B0201}}},
        {T::B0401, "B_04.01", "b_04.01.csv", QT_TRANSLATE_NOOP("Roi", "Entities using the services"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Contractual arrangement reference number"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "LEI of the entity using the services"), K::Lei, {}},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Nature of the entity"), K::Code, L::EntityNature},
          {"c0040", QT_TRANSLATE_NOOP("Roi", "Identification code of the branch"), K::Text, {}}},
         {0, 1, 3}, {{"R4", {1}, T::B0102}, {"R16", {0}, T::B0201}}},
        {T::B0501, "B_05.01", "b_05.01.csv", QT_TRANSLATE_NOOP("Roi", "ICT third-party service providers"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Identification code of the provider"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "Type of code of the provider"), K::Code, L::IdentifierType},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Additional identification code"), K::Text, {}},
          {"c0040", QT_TRANSLATE_NOOP("Roi", "Type of the additional code"), K::Code, L::IdentifierType},
          {"c0050", QT_TRANSLATE_NOOP("Roi", "Legal name of the provider"), K::Text, {}},
          {"c0060", QT_TRANSLATE_NOOP("Roi", "Name in the Latin alphabet"), K::Text, {}},
          {"c0070", QT_TRANSLATE_NOOP("Roi", "Type of person"), K::Code, L::PersonType},
          {"c0080", QT_TRANSLATE_NOOP("Roi", "Country of the headquarters"), K::Country, {}},
          {"c0090", QT_TRANSLATE_NOOP("Roi", "Currency of the annual expense"), K::Currency, {}},
          {"c0100", QT_TRANSLATE_NOOP("Roi", "Total annual expense or estimated cost"), K::Monetary, {}},
          {"c0110", QT_TRANSLATE_NOOP("Roi", "Identification code of the ultimate parent"), K::Text, {}},
          {"c0120", QT_TRANSLATE_NOOP("Roi", "Type of code of the ultimate parent"), K::Code, L::IdentifierType}},
         {0}, {{"R18", {10}, T::B0501}}},
        {T::B0502, "B_05.02", "b_05.02.csv", QT_TRANSLATE_NOOP("Roi", "ICT service supply chains"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Contractual arrangement reference number"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "Type of ICT services"), K::Code, L::ServiceType},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Identification code of the provider"), K::Text, {}},
          {"c0040", QT_TRANSLATE_NOOP("Roi", "Type of code of the provider"), K::Code, L::IdentifierType},
          {"c0050", QT_TRANSLATE_NOOP("Roi", "Rank"), K::Integer, {}},
          {"c0060", QT_TRANSLATE_NOOP("Roi", "Identification code of the recipient of the sub-contracted services"), K::Text, {}},
          {"c0070", QT_TRANSLATE_NOOP("Roi", "Type of code of the recipient"), K::Code, L::IdentifierType}},
         {0, 1, 2, 4, 5}, {{"R14", {0}, T::B0201}, {"R20", {2}, T::B0501}, {"R21", {5}, T::B0501}}},
        {T::B0601, "B_06.01", "b_06.01.csv", QT_TRANSLATE_NOOP("Roi", "Functions"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Function identifier"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "Licensed activity"), K::LicensedActivity, {}},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Function name"), K::Text, {}},
          {"c0040", QT_TRANSLATE_NOOP("Roi", "LEI of the entity"), K::Lei, {}},
          {"c0050", QT_TRANSLATE_NOOP("Roi", "Criticality or importance"), K::Code, L::Criticality},
          {"c0060", QT_TRANSLATE_NOOP("Roi", "Reasons for the criticality or importance"), K::Text, {}},
          {"c0070", QT_TRANSLATE_NOOP("Roi", "Date of the last assessment of criticality"), K::Date, {}},
          {"c0080", QT_TRANSLATE_NOOP("Roi", "Recovery time objective (hours)"), K::Integer, {}},
          {"c0090", QT_TRANSLATE_NOOP("Roi", "Recovery point objective (hours)"), K::Integer, {}},
          {"c0100", QT_TRANSLATE_NOOP("Roi", "Impact of discontinuing the function"), K::Code, L::Impact}},
         {0, 3}, {{"R5", {3}, T::B0102}}},
        {T::B0701, "B_07.01", "b_07.01.csv", QT_TRANSLATE_NOOP("Roi", "Assessment of the ICT services"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Contractual arrangement reference number"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "Identification code of the provider"), K::Text, {}},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Type of code of the provider"), K::Code, L::IdentifierType},
          {"c0040", QT_TRANSLATE_NOOP("Roi", "Type of ICT services"), K::Code, L::ServiceType},
          {"c0050", QT_TRANSLATE_NOOP("Roi", "Substitutability of the provider"), K::Code, L::Substitutability},
          {"c0060", QT_TRANSLATE_NOOP("Roi", "Reason for poor substitutability"), K::Code, L::SubstitutionReason},
          {"c0070", QT_TRANSLATE_NOOP("Roi", "Date of the last audit of the provider"), K::Date, {}},
          {"c0080", QT_TRANSLATE_NOOP("Roi", "Exit plan exists"), K::Code, L::YesNo},
          {"c0090", QT_TRANSLATE_NOOP("Roi", "Possibility of reintegration in-house"), K::Code, L::Reintegration},
          {"c0100", QT_TRANSLATE_NOOP("Roi", "Impact of discontinuing the services"), K::Code, L::Impact},
          {"c0110", QT_TRANSLATE_NOOP("Roi", "Alternative providers identified"), K::Code, L::Alternatives},
          {"c0120", QT_TRANSLATE_NOOP("Roi", "Alternative providers"), K::Text, {}}},
         {0, 1, 3}, {{"R15", {0}, T::B0201}, {"R22", {1}, T::B0501}}},
        {T::B9901, "B_99.01", "b_99.01.csv", QT_TRANSLATE_NOOP("Roi", "The entity's definitions of the options it uses"),
         {{"c0010", QT_TRANSLATE_NOOP("Roi", "Definition: standalone arrangement"), K::Text, {}},
          {"c0020", QT_TRANSLATE_NOOP("Roi", "Definition: overarching arrangement"), K::Text, {}},
          {"c0030", QT_TRANSLATE_NOOP("Roi", "Definition: subsequent or associated arrangement"), K::Text, {}},
          {"c0040", QT_TRANSLATE_NOOP("Roi", "Definition: low sensitiveness of data"), K::Text, {}},
          {"c0050", QT_TRANSLATE_NOOP("Roi", "Definition: medium sensitiveness of data"), K::Text, {}},
          {"c0060", QT_TRANSLATE_NOOP("Roi", "Definition: high sensitiveness of data"), K::Text, {}},
          {"c0070", QT_TRANSLATE_NOOP("Roi", "Definition: low impact of discontinuing a function"), K::Text, {}},
          {"c0080", QT_TRANSLATE_NOOP("Roi", "Definition: medium impact of discontinuing a function"), K::Text, {}},
          {"c0090", QT_TRANSLATE_NOOP("Roi", "Definition: high impact of discontinuing a function"), K::Text, {}},
          {"c0100", QT_TRANSLATE_NOOP("Roi", "Definition: not substitutable"), K::Text, {}},
          {"c0110", QT_TRANSLATE_NOOP("Roi", "Definition: substitutable with great difficulty"), K::Text, {}},
          {"c0120", QT_TRANSLATE_NOOP("Roi", "Definition: substitutable with medium difficulty"), K::Text, {}},
          {"c0130", QT_TRANSLATE_NOOP("Roi", "Definition: easily substitutable"), K::Text, {}},
          {"c0140", QT_TRANSLATE_NOOP("Roi", "Definition: easy reintegration"), K::Text, {}},
          {"c0150", QT_TRANSLATE_NOOP("Roi", "Definition: difficult reintegration"), K::Text, {}},
          {"c0160", QT_TRANSLATE_NOOP("Roi", "Definition: highly complex reintegration"), K::Text, {}},
          {"c0170", QT_TRANSLATE_NOOP("Roi", "Definition: low impact of discontinuing a service"), K::Text, {}},
          {"c0180", QT_TRANSLATE_NOOP("Roi", "Definition: medium impact of discontinuing a service"), K::Text, {}},
          {"c0190", QT_TRANSLATE_NOOP("Roi", "Definition: high impact of discontinuing a service"), K::Text, {}}},
         {}, {}},
    };
    return all;
}
// clang-format on

} // namespace

int Template::column(QStringView c) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (c == QLatin1StringView(columns[i].code))
            return int(i);
    }
    return -1;
}

QString Template::titleText() const
{
    return QCoreApplication::translate("Roi", title);
}

std::span<const Template> templates()
{
    return catalogue();
}

const Template &templateOf(TemplateId id)
{
    return catalogue()[std::size_t(id)];
}

const Template *templateByCode(QStringView code)
{
    for (const Template &t : catalogue()) {
        if (code == QLatin1StringView(t.code))
            return &t;
    }
    return nullptr;
}

const Template *templateByFile(QStringView file)
{
    for (const Template &t : catalogue()) {
        if (file == QLatin1StringView(t.file))
            return &t;
    }
    return nullptr;
}

Report::Report()
{
    for (int i = 0; i < templateCount; ++i)
        tables[std::size_t(i)].id = TemplateId(i);
}

namespace written {

namespace {
const QLatin1StringView countryPrefix("eba_GA:");
const QLatin1StringView currencyPrefix("eba_CU:");
} // namespace

QString country(const QString &iso)
{
    return iso.isEmpty() ? QString() : countryPrefix + iso;
}

QString currency(const QString &iso)
{
    return iso.isEmpty() ? QString() : currencyPrefix + iso;
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString code(CodeList list, const QString &token)
{
    if (token.isEmpty())
        return {};
    const Code *c = Codes::byToken(list, token);
    return c ? QString::fromLatin1(c->eba) : QString();
}

QString countryOf(QStringView w)
{
    return w.startsWith(countryPrefix) ? w.mid(countryPrefix.size()).toString() : QString();
}

QString currencyOf(QStringView w)
{
    return w.startsWith(currencyPrefix) ? w.mid(currencyPrefix.size()).toString() : QString();
}

QString tokenOf(CodeList list, QStringView w)
{
    const Code *c = Codes::byEba(list, w);
    return c ? QString::fromLatin1(c->token) : QString();
}

} // namespace written

} // namespace bulwark::roi
