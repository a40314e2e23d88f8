// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>

namespace bulwark {

/// The one rule for numbers the register keeps (as IEEE 754 doubles): a number is accepted only when Bulwark
/// writes it back as the same value, so nothing is rounded on its way in (issue 10; docs/exchange.md).
///
/// Accepted: whole numbers from -(2^53-1) to 2^53-1 (where every whole number is exact, as I-JSON, RFC 7493,
/// recommends) and fractions whose canonical form (the shortest text that reads back to the same double) is the
/// same decimal value: 1.0 is kept as 1, 0.1 as 0.1, 1.5e-7 as 1.5e-07. Refused: larger whole numbers (2^53 and
/// up), numbers that would be rounded (0.10000000000000001) and numbers beyond the range of a double (1e400,
/// 1e-400).
class ExactNumber
{
    Q_DECLARE_TR_FUNCTIONS(ExactNumber)
public:
    static constexpr qint64 maxSafeInteger = (qint64(1) << 53) - 1;

    /// Why `literal` does not follow the JSON number grammar (RFC 8259: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?),
    /// translated; empty when it does.
    static QString grammarProblem(QByteArrayView literal);
    /// The value of a number literal that is kept exactly; an error (without field) saying why not otherwise.
    [[nodiscard]] static Result<double> parse(QByteArrayView literal);
    /// The canonical text of a number: the shortest form that reads back to the same double ("1e+15", "0.1").
    static QString canonical(double value);
    /// Whether a JSON value in memory is a number this rule accepts: finite, and within +-maxSafeInteger.
    static bool isExact(const QJsonValue &value);
    /// The message for a number in memory that isExact() refuses, translated.
    static QString inexactMessage(const QJsonValue &value);
};

} // namespace bulwark
