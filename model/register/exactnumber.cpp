// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/exactnumber.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace bulwark {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// A decimal number as sign, significant digits (no leading or trailing zeros) and exponent, so that two texts
/// of the same value compare equal: value = 0.digits * 10^exponent. Zero has no digits and no sign.
struct Decimal {
    bool negative = false;
    QByteArray digits;
    qint64 exponent = 0;
    bool operator==(const Decimal &) const = default;
};

/// The decimal value of a text in the JSON number grammar or in the canonical form ("1e+15", "1.5e-07").
Decimal decimalOf(QByteArrayView text)
{
    Decimal d;
    qsizetype i = 0;
    const qsizetype size = text.size();
    if (i < size && text[i] == '-') {
        d.negative = true;
        ++i;
    }
    qint64 point = 0; // digits before the decimal point
    for (; i < size && isDigit(text[i]); ++i) {
        d.digits += text[i];
        ++point;
    }
    if (i < size && text[i] == '.') {
        for (++i; i < size && isDigit(text[i]); ++i)
            d.digits += text[i];
    }
    qint64 exponent = 0;
    if (i < size && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < size && (text[i] == '+' || text[i] == '-'))
            negativeExponent = text[i++] == '-';
        for (; i < size && isDigit(text[i]); ++i)
            exponent = std::min<qint64>(exponent * 10 + (text[i] - '0'), qint64(1) << 40); // saturates
        if (negativeExponent)
            exponent = -exponent;
    }
    qsizetype leading = 0;
    while (leading < d.digits.size() && d.digits[leading] == '0')
        ++leading;
    d.digits.remove(0, leading);
    point -= leading;
    while (!d.digits.isEmpty() && d.digits.back() == '0')
        d.digits.chop(1);
    if (d.digits.isEmpty())
        return {};
    d.exponent = point + exponent;
    return d;
}

QString shown(QByteArrayView literal)
{
    const QString text = QString::fromLatin1(literal);
    return text.size() > 40 ? text.left(37) + QStringLiteral("...") : text;
}

Error numberError(const QString &message)
{
    return makeError(Error::Code::Invalid, message);
}

} // namespace

QString ExactNumber::grammarProblem(QByteArrayView s)
{
    const qsizetype size = s.size();
    qsizetype i = 0;
    if (size == 0)
        return tr("a number is missing");
    if (s[0] == '+')
        return tr("a number must not start with '+'");
    if (s[i] == '-')
        ++i;
    if (i == size || !isDigit(s[i])) {
        if (i < size && s[i] == '.')
            return tr("a number must start with a digit (write 0.5, not .5)");
        return tr("a '-' must be followed by digits");
    }
    if (s[i] == '0' && i + 1 < size && isDigit(s[i + 1]))
        return tr("a number must not start with 0 followed by more digits (write 1, not 01)");
    while (i < size && isDigit(s[i]))
        ++i;
    if (i < size && s[i] == '.') {
        ++i;
        if (i == size || !isDigit(s[i]))
            return tr("a decimal point must be followed by digits (write 1 or 1.0, not 1.)");
        while (i < size && isDigit(s[i]))
            ++i;
    }
    if (i < size && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < size && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (i == size || !isDigit(s[i]))
            return tr("an exponent must have digits (write 1e5, not 1e)");
        while (i < size && isDigit(s[i]))
            ++i;
    }
    if (i != size)
        return tr("this is not a number (a number is written like -12, 0.5 or 1.5e-7)");
    return {};
}

QString ExactNumber::canonical(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Result<double> ExactNumber::parse(QByteArrayView literal)
{
    if (const QString problem = grammarProblem(literal); !problem.isEmpty())
        return numberError(tr("'%1' is not a valid number: %2").arg(shown(literal), problem));
    double value = 0;
    const auto [end, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), value);
    if (ec == std::errc::result_out_of_range || !std::isfinite(value)) {
        return numberError(
            decimalOf(literal).exponent > 0
                ? tr("%1 is too large to be kept as a number; put it in quotes to keep it as text").arg(shown(literal))
                : tr("%1 is too close to zero to be kept as a number; put it in quotes to keep it as "
                     "text")
                      .arg(shown(literal)));
    }
    if (ec != std::errc() || end != literal.data() + literal.size())
        return numberError(tr("'%1' is not a valid number").arg(shown(literal)));
    if (std::abs(value) > double(maxSafeInteger))
        return numberError(tr("%1 cannot be kept exactly: whole numbers must lie between -%2 and %2; put it in quotes "
                              "to keep it as text")
                               .arg(shown(literal))
                               .arg(maxSafeInteger));
    const QString kept = canonical(value);
    if (decimalOf(literal) != decimalOf(kept.toLatin1()))
        return numberError(
            tr("%1 cannot be kept exactly: it would be stored as %2; write %2, or put the value in quotes "
               "to keep it as text")
                .arg(shown(literal), kept));
    return value;
}

bool ExactNumber::isExact(const QJsonValue &value)
{
    if (!value.isDouble())
        return true;
    // An integer beyond 2^53 held as qint64 comes out of toDouble() rounded, and so above the limit too.
    const double d = value.toDouble();
    return std::isfinite(d) && std::abs(d) <= double(maxSafeInteger);
}

QString ExactNumber::inexactMessage(const QJsonValue &value)
{
    const qint64 integer = value.toInteger(0);
    const QString text = integer != 0 ? QString::number(integer) : canonical(value.toDouble());
    return tr("%1 cannot be kept exactly: whole numbers must lie between -%2 and %2; put it in quotes to keep it as "
              "text")
        .arg(text)
        .arg(maxSafeInteger);
}

} // namespace bulwark
