// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/registercodec.h"

#include "model/register/exactnumber.h"
#include "model/register/fields.h"
#include "model/register/textrule.h"
#include "model/register/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bulwark {
namespace {

using fieldtext::fieldError;
using fieldtext::jsonString;
using fieldtext::typeError;

QString numberText(double value)
{
    return ExactNumber::canonical(value);
}

bool isBlank(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

} // namespace

const QStringList &RegisterCodec::elementFields()
{
    return Fields::element().tokens();
}

const QStringList &RegisterCodec::dependencyFields()
{
    return Fields::dependency().tokens();
}

const QStringList &RegisterCodec::groupFields()
{
    return Fields::group().tokens();
}

void RegisterCodec::appendJsonString(QByteArray &out, QStringView value)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = value.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 0xf];
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
}

void RegisterCodec::appendJsonValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
        case QJsonValue::Bool: out += value.toBool() ? "true" : "false"; break;
        case QJsonValue::Double: out += numberText(value.toDouble()).toLatin1(); break;
        case QJsonValue::String: appendJsonString(out, value.toString()); break;
        case QJsonValue::Array: {
            out += '[';
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (i)
                    out += ',';
                appendJsonValue(out, array.at(i));
            }
            out += ']';
            break;
        }
        case QJsonValue::Object: {
            JsonObjectWriter writer(out);
            writer.attributes(value.toObject());
            writer.finish();
            break;
        }
        default: out += "null"; break;
    }
}

namespace {
/// The text rule on a `field=value` pair before anything is trimmed, so a refused character at either end is
/// reported rather than silently dropped (QString::trimmed() removes U+0085 and U+2028 too).
Result<void> checkAssignment(const QString &field, const QString &rawText)
{
    if (const auto finding = TextRule::find(field))
        return makeError(Error::Code::Invalid,
                         RegisterCodec::tr("the field name %1").arg(TextRule::describe(*finding)));
    return TextRule::check(rawText, field);
}
} // namespace

namespace {
QString attributeText(const QJsonObject &attributes, const QString &field)
{
    const QJsonValue v = attributes.value(field);
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return {};
    QByteArray out;
    RegisterCodec::appendJsonValue(out, v);
    return QString::fromUtf8(out);
}
} // namespace

namespace {

/// A value read from a JSON object through its field table: unknown fields become attributes, a null or missing
/// value leaves an optional field unset, and a required field must be present and not null.
template<typename T>
Result<T> fromJson(const FieldTable<T> &table, const QJsonObject &object, const QString &what = {})
{
    T value;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue v = it.value();
        const Field<T> *f = table.find(field);
        if (isBlank(v) && !(f && f->info.required))
            continue;
        if (!f) {
            if constexpr (requires { value.attributes; }) {
                value.attributes.insert(field, v);
                continue;
            } else {
                return fieldError(RegisterCodec::tr("is not a %1 field (%2)").arg(what, table.tokens().join(u", ")),
                                  field);
            }
        }
        if (auto r = f->readJson(value, v); !r)
            return r.error();
    }
    for (const Field<T> &f : table) {
        if (!f.info.required || object.contains(f.token))
            continue;
        QString message = Fields::text(f.info.missing);
        if (f.choices) {
            QStringList tokens;
            for (const auto &choice : f.choices())
                tokens << choice.first;
            message = message.arg(tokens.join(u", "));
        }
        return fieldError(message, f.token);
    }
    return value;
}

template<typename T>
QByteArray toJsonObject(const FieldTable<T> &table, const T &value)
{
    QByteArray out;
    out.reserve(256);
    JsonObjectWriter w(out);
    for (const Field<T> &f : table)
        f.writeJson(w, value);
    if constexpr (requires { value.attributes; })
        w.attributes(value.attributes);
    w.finish();
    return out;
}

template<typename T>
Result<void> setFieldText(const FieldTable<T> &table, T &value, const QString &field, const QString &rawText)
{
    if (auto r = checkAssignment(field, rawText); !r)
        return r;
    const QString text = rawText.trimmed();
    if (const Field<T> *f = table.find(field))
        return f->setText(value, f->type == FieldType::LongText ? rawText : text);
    if constexpr (std::is_same_v<T, Element>) {
        if (field.isEmpty())
            return fieldError(RegisterCodec::tr("a field name is required"), field);
    }
    if (text.isEmpty())
        value.attributes.remove(field);
    else
        value.attributes.insert(field, rawText);
    return {};
}

template<typename T>
QString fieldTextOf(const FieldTable<T> &table, const T &value, const QString &field)
{
    if (const Field<T> *f = table.find(field))
        return f->text(value);
    return attributeText(value.attributes, field);
}

} // namespace

QByteArray RegisterCodec::toJson(const Element &element)
{
    return toJsonObject(Fields::element(), element);
}

QByteArray RegisterCodec::toJson(const Dependency &dependency)
{
    return toJsonObject(Fields::dependency(), dependency);
}

QByteArray RegisterCodec::toJson(const RedundancyGroup &group)
{
    return toJsonObject(Fields::group(), group);
}

QByteArray RegisterCodec::toJson(const Scenario &scenario)
{
    return toJsonObject(Fields::scenario(), scenario);
}

Result<Scenario> RegisterCodec::scenarioFromJson(const QJsonObject &object)
{
    auto scenario = fromJson(Fields::scenario(), object, tr("scenario"));
    if (scenario) {
        scenario->fail.sort();
        scenario->fail.removeDuplicates();
    }
    return scenario;
}

Result<Element> RegisterCodec::elementFromJson(const QJsonObject &object)
{
    return fromJson(Fields::element(), object);
}

Result<Dependency> RegisterCodec::dependencyFromJson(const QJsonObject &object)
{
    return fromJson(Fields::dependency(), object);
}

Result<RedundancyGroup> RegisterCodec::groupFromJson(const QJsonObject &object)
{
    return fromJson(Fields::group(), object);
}

Result<void> RegisterCodec::setField(Element &element, const QString &field, const QString &text)
{
    return setFieldText(Fields::element(), element, field, text);
}

Result<void> RegisterCodec::setField(Dependency &dependency, const QString &field, const QString &text)
{
    return setFieldText(Fields::dependency(), dependency, field, text);
}

Result<void> RegisterCodec::setField(RedundancyGroup &group, const QString &field, const QString &text)
{
    return setFieldText(Fields::group(), group, field, text);
}

QString RegisterCodec::fieldText(const Element &element, const QString &field)
{
    return fieldTextOf(Fields::element(), element, field);
}

QString RegisterCodec::fieldText(const Dependency &dependency, const QString &field)
{
    return fieldTextOf(Fields::dependency(), dependency, field);
}

QString RegisterCodec::fieldText(const RedundancyGroup &group, const QString &field)
{
    return fieldTextOf(Fields::group(), group, field);
}

} // namespace bulwark
