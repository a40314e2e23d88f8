// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/textrule.h"

namespace bulwark {

TextRule::Refusal TextRule::refusalOf(char32_t c)
{
    if (c >= 0x20 && c < 0x7f)
        return Refusal::None;
    if (c == u'\t' || c == u'\n')
        return Refusal::None;
    if (c == 0)
        return Refusal::Nul;
    if (c == u'\r')
        return Refusal::CarriageReturn;
    if (c < 0x80)
        return Refusal::Control; // the rest of C0, and U+007F
    if (c < 0xa0)
        return Refusal::C1Control;
    if (c == 0xfeff)
        return Refusal::ByteOrderMark;
    if (c == 0x2028 || c == 0x2029)
        return Refusal::LineSeparator;
    if (c >= 0xd800 && c <= 0xdfff)
        return Refusal::UnpairedSurrogate;
    if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe || c > 0x10ffff)
        return Refusal::Noncharacter;
    return Refusal::None;
}

std::optional<TextRule::Finding> TextRule::find(QStringView text)
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    qsizetype character = 0;
    for (qsizetype i = 0; i < size; ++i) {
        ++character;
        char32_t c = data[i];
        if (c >= 0x20 && c < 0x7f)
            continue; // the common case, kept short
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
            c = QChar::surrogateToUcs4(data[i], data[i + 1]);
            ++i;
        }
        if (const Refusal refusal = refusalOf(c); refusal != Refusal::None)
            return Finding{c, refusal, character};
    }
    return std::nullopt;
}

QString TextRule::codePointName(char32_t codePoint)
{
    return QStringLiteral("U+%1").arg(
        QString::number(uint(codePoint), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

QString TextRule::describe(const Finding &f)
{
    const QString code = codePointName(f.codePoint);
    const QString at = QString::number(f.character);
    switch (f.refusal) {
        case Refusal::Nul:
            return tr("contains %1 (a NUL character) at character %2; of the control characters only tab and line "
                      "feed are allowed")
                .arg(code, at);
        case Refusal::Control:
        case Refusal::C1Control:
            return tr("contains %1 (a control character) at character %2; of the control characters only tab and "
                      "line feed are allowed")
                .arg(code, at);
        case Refusal::CarriageReturn:
            return tr("contains %1 (a carriage return) at character %2; write line breaks as a line feed alone")
                .arg(code, at);
        case Refusal::ByteOrderMark:
            return tr("contains %1 (a byte order mark) at character %2; a byte order mark may start a file, but not "
                      "be part of a value")
                .arg(code, at);
        case Refusal::Noncharacter: return tr("contains %1 (a noncharacter) at character %2").arg(code, at);
        case Refusal::UnpairedSurrogate:
            return tr("contains %1 (half of a UTF-16 surrogate pair, not a character) at character %2").arg(code, at);
        case Refusal::LineSeparator:
            return tr("contains %1 (a Unicode line or paragraph separator) at character %2; write line breaks as a "
                      "line feed")
                .arg(code, at);
        case Refusal::None: break;
    }
    return {};
}

Result<void> TextRule::check(QStringView text, const QString &field)
{
    if (const auto finding = find(text))
        return makeError(Error::Code::Invalid, describe(*finding), field);
    return {};
}

} // namespace bulwark
