// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/dependency.h"
#include "model/register/element.h"
#include "model/register/scenario.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace bulwark {

/// Converts register values to and from the bulwark-register v1 field vocabulary: canonical JSON (fixed field
/// order, absent fields left out, so the same value always gives the same bytes) and text fields (CSV cells,
/// command-line `field=value`). Errors name the field; callers add file and line.
class RegisterCodec
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCodec)
public:
    /// The known fields of each value, in canonical order.
    static const QStringList &elementFields();
    static const QStringList &dependencyFields();
    static const QStringList &groupFields();

    /// Compact canonical JSON object, e.g. {"key":"F-PAY","name":"Payments","kind":"function",...}.
    static QByteArray toJson(const Element &element);
    static QByteArray toJson(const Dependency &dependency);
    static QByteArray toJson(const RedundancyGroup &group);
    static QByteArray toJson(const Scenario &scenario);

    [[nodiscard]] static Result<Element> elementFromJson(const QJsonObject &object);
    [[nodiscard]] static Result<Dependency> dependencyFromJson(const QJsonObject &object);
    [[nodiscard]] static Result<RedundancyGroup> groupFromJson(const QJsonObject &object);
    [[nodiscard]] static Result<Scenario> scenarioFromJson(const QJsonObject &object);

    /// Sets one field from text; an empty text clears an optional field. Unknown fields become attributes.
    /// The field name and the text meet TextRule before anything is trimmed; whole numbers are digits with an optional
    /// '-' only, and availability follows ExactNumber (issue 10).
    [[nodiscard]] static Result<void> setField(Element &element, const QString &field, const QString &text);
    [[nodiscard]] static Result<void> setField(Dependency &dependency, const QString &field, const QString &text);
    [[nodiscard]] static Result<void> setField(RedundancyGroup &group, const QString &field, const QString &text);

    /// The text form of one field (the inverse of setField), empty when absent.
    static QString fieldText(const Element &element, const QString &field);
    static QString fieldText(const Dependency &dependency, const QString &field);
    static QString fieldText(const RedundancyGroup &group, const QString &field);

    /// Appends `value` to `out` as a JSON string literal.
    static void appendJsonString(QByteArray &out, QStringView value);
    /// Appends any JSON value canonically (object keys sorted, numbers in shortest round-trip form,
    /// ExactNumber::canonical). Exact only for values that Validation accepts (ExactNumber::isExact).
    static void appendJsonValue(QByteArray &out, const QJsonValue &value);
};

} // namespace bulwark
