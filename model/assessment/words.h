// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <span>

namespace bulwark::assessment::words {

/// The stored token and the display name of one value of an enum; a table of them lists the values in enum order.
struct Word {
    const char *token;
    const char *name; ///< QT_TRANSLATE_NOOP("Assessment", ...)
};

inline QString token(std::span<const Word> words, int value)
{
    return value >= 0 && value < int(words.size()) ? QString::fromLatin1(words[std::size_t(value)].token) : QString();
}

inline QString name(std::span<const Word> words, int value)
{
    return value >= 0 && value < int(words.size())
        ? QCoreApplication::translate("Assessment", words[std::size_t(value)].name)
        : QString();
}

/// The enum value whose token is `token`, or none.
template<typename E>
std::optional<E> find(std::span<const Word> words, QStringView token)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (token == QLatin1StringView(words[i].token))
            return E(int(i));
    }
    return std::nullopt;
}

} // namespace bulwark::assessment::words
