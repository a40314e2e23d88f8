// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QStringView>

#include <optional>

namespace bulwark {

/// The one rule for the characters of a text value, whatever field it is in and whichever way it came (command
/// line, JSON, CSV, the window). Every value is stored exactly as it was validated, so characters that the storage,
/// the hash of the audit trail or the exchange formats would change or drop are refused here instead (issue 10;
/// docs/exchange.md, "Text values").
///
/// Refused: U+0000 and the other C0 controls except tab (U+0009) and line feed (U+000A), so also the carriage
/// return (U+000D) and U+007F; the C1 controls U+0080 to U+009F; U+FEFF (byte order mark) anywhere; the
/// noncharacters U+FDD0 to U+FDEF and U+xFFFE, U+xFFFF in every plane; unpaired surrogates; the line and paragraph
/// separators U+2028 and U+2029. Everything else is kept byte for byte.
class TextRule
{
    Q_DECLARE_TR_FUNCTIONS(TextRule)
public:
    /// Why a character is refused.
    enum class Refusal {
        None,
        Nul,
        Control,        ///< C0 control other than tab, line feed and carriage return, or U+007F
        CarriageReturn, ///< line breaks are a line feed alone
        C1Control,
        ByteOrderMark,
        Noncharacter,
        UnpairedSurrogate,
        LineSeparator, ///< U+2028 and U+2029
    };

    /// A refused character in a text.
    struct Finding {
        char32_t codePoint = 0; ///< for an unpaired surrogate, the code unit
        Refusal refusal = Refusal::None;
        qsizetype character = 0; ///< 1-based position in characters (code points) of the text
    };

    /// Why `codePoint` (a Unicode scalar value or a lone surrogate) is refused; None when it is allowed.
    static Refusal refusalOf(char32_t codePoint);
    /// The first refused character of `text`, if any.
    static std::optional<Finding> find(QStringView text);
    /// "contains U+FFFF (a noncharacter) at character 2", with advice where there is some; translated.
    static QString describe(const Finding &finding);
    /// "U+00E9": the notation the messages use for a code point.
    static QString codePointName(char32_t codePoint);
    /// An Invalid error for `field` when `text` has a refused character.
    [[nodiscard]] static Result<void> check(QStringView text, const QString &field);
};

} // namespace bulwark
