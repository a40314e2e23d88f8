// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/vocabulary.h"

#include "model/i18n/language.h"

#include <QLocale>

#include <array>
#include <limits>

namespace bulwark {
namespace {

constexpr std::array<const char16_t *, elementKindCount> kindTokenTable = {u"function",
                                                                           u"application",
                                                                           u"data_store",
                                                                           u"infrastructure",
                                                                           u"network",
                                                                           u"facility",
                                                                           u"ict_service",
                                                                           u"provider",
                                                                           u"location"};
constexpr std::array<const char16_t *, 4> substitutabilityTokenTable = {u"none", u"low", u"medium", u"high"};

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<const char16_t *, N> &table, QStringView token)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (token == QStringView(table[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

QString Vocabulary::token(ElementKind kind)
{
    return QString::fromUtf16(kindTokenTable[static_cast<std::size_t>(kind)]);
}

QString Vocabulary::token(Criticality criticality)
{
    return criticality == Criticality::Critical ? QStringLiteral("critical") : QStringLiteral("standard");
}

QString Vocabulary::token(Substitutability substitutability)
{
    return QString::fromUtf16(substitutabilityTokenTable[static_cast<std::size_t>(substitutability)]);
}

QString Vocabulary::token(Strength strength)
{
    return strength == Strength::Hard ? QStringLiteral("hard") : QStringLiteral("soft");
}

std::optional<ElementKind> Vocabulary::kindFromToken(QStringView token)
{
    return lookup<ElementKind>(kindTokenTable, token);
}

std::optional<Criticality> Vocabulary::criticalityFromToken(QStringView token)
{
    if (token == u"critical")
        return Criticality::Critical;
    if (token == u"standard")
        return Criticality::Standard;
    return std::nullopt;
}

std::optional<Substitutability> Vocabulary::substitutabilityFromToken(QStringView token)
{
    return lookup<Substitutability>(substitutabilityTokenTable, token);
}

std::optional<Strength> Vocabulary::strengthFromToken(QStringView token)
{
    if (token == u"hard")
        return Strength::Hard;
    if (token == u"soft")
        return Strength::Soft;
    return std::nullopt;
}

QStringList Vocabulary::kindTokens()
{
    QStringList list;
    for (const auto *t : kindTokenTable)
        list << QString::fromUtf16(t);
    return list;
}

QString Vocabulary::displayName(ElementKind kind)
{
    switch (kind) {
        case ElementKind::Function: return tr("Business function");
        case ElementKind::Application: return tr("Application");
        case ElementKind::DataStore: return tr("Data store");
        case ElementKind::Infrastructure: return tr("Infrastructure");
        case ElementKind::Network: return tr("Network");
        case ElementKind::Facility: return tr("Facility");
        case ElementKind::IctService: return tr("Third-party ICT service");
        case ElementKind::Provider: return tr("Provider");
        case ElementKind::Location: return tr("Location");
    }
    return {};
}

QString Vocabulary::pluralName(ElementKind kind)
{
    switch (kind) {
        case ElementKind::Function: return tr("Business functions");
        case ElementKind::Application: return tr("Applications");
        case ElementKind::DataStore: return tr("Data stores");
        case ElementKind::Infrastructure: return tr("Infrastructure");
        case ElementKind::Network: return tr("Networks");
        case ElementKind::Facility: return tr("Facilities");
        case ElementKind::IctService: return tr("Third-party ICT services");
        case ElementKind::Provider: return tr("Providers");
        case ElementKind::Location: return tr("Locations");
    }
    return {};
}

QString Vocabulary::displayName(Criticality criticality)
{
    return criticality == Criticality::Critical ? tr("Critical or important") : tr("Standard");
}

QString Vocabulary::displayName(Substitutability substitutability)
{
    switch (substitutability) {
        case Substitutability::None: return tr("Not substitutable");
        case Substitutability::Low: return tr("Hard to substitute");
        case Substitutability::Medium: return tr("Substitutable with effort");
        case Substitutability::High: return tr("Easily substitutable");
    }
    return {};
}

QString Vocabulary::displayName(Strength strength)
{
    return strength == Strength::Hard ? tr("Hard") : tr("Soft");
}

QString Vocabulary::minutesText(int m, bool zeroIsNoOutage)
{
    if (m < 0 || m == std::numeric_limits<int>::max())
        return tr("unknown");
    if (m == 0)
        return zeroIsNoOutage ? tr("no outage") : tr("0 min");
    constexpr int day = 24 * 60;
    if (m % day == 0)
        return tr("%Ln day(s)", nullptr, m / day);
    if (m % 60 == 0)
        return tr("%1 h").arg(number(m / 60));
    return tr("%1 min").arg(number(m));
}

QString Vocabulary::inSentence(const QString &label)
{
    return i18n::currentLanguage() == u"en" ? label.toLower() : label;
}

QString Vocabulary::number(qint64 n)
{
    return i18n::locale().toString(n);
}

} // namespace bulwark
