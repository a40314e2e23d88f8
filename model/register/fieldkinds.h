// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/exactnumber.h"
#include "model/register/field.h"
#include "model/register/fields.h"
#include "model/register/registercodec.h"

#include <QDate>
#include <QJsonArray>

#include <cmath>
#include <limits>

/// The kinds of field a field table is made of, each from a member pointer of its value type: the readers, writers,
/// text and SQL forms of a text, a list, minutes, a whole number, a fraction, yes/no, a date and a choice of tokens.
/// Fields::element() is built from these; so is the field table of any registered table (EntityType).
namespace bulwark::fieldkinds {

using namespace fieldtext;

template<typename T>
Field<T> make(const char *token, FieldType type, const FieldInfo &info)
{
    Field<T> f;
    f.token = QString::fromLatin1(token);
    f.type = type;
    f.info = info;
    return f;
}

/// A text: trimmed when set from text (LongText: as written), written to JSON when not empty (or required).
template<typename T>
Field<T> textField(const char *token, QString T::*m, const FieldInfo &info, FieldType type = FieldType::Text)
{
    auto f = make<T>(token, type, info);
    const QString field = f.token;
    const QByteArray name(token);
    const bool required = info.required;
    f.isSet = [m](const T &v) { return !(v.*m).isEmpty(); };
    f.value = [m](const T &v) { return (v.*m).isEmpty() ? QVariant() : QVariant(v.*m); };
    f.text = [m](const T &v) { return v.*m; };
    f.setText = [m](T &v, const QString &text) -> Result<void> {
        v.*m = text;
        return {};
    };
    f.readJson = [m, field](T &v, const QJsonValue &json) -> Result<void> {
        auto s = jsonString(json, field);
        if (!s)
            return s.error();
        v.*m = *s;
        return {};
    };
    f.writeJson = [m, name, required](JsonObjectWriter &w, const T &v) {
        if (required || !(v.*m).isEmpty())
            w.string(name, v.*m);
    };
    f.sqlValue = [m](const T &v) { return QVariant(v.*m); };
    f.setSqlValue = [m](T &v, const QVariant &q) { v.*m = q.toString(); };
    return f;
}

/// Texts separated by ';' (empty parts dropped), a JSON list of strings.
/// `expected`: what a JSON value must be, QT_TRANSLATE_NOOP("RegisterCodec", ...); "a list of text" by default.
template<typename T>
Field<T> listField(const char *token, QStringList T::*m, const FieldInfo &info, const char *expected = nullptr)
{
    auto f = make<T>(token, FieldType::TextList, info);
    const QString field = f.token;
    const QByteArray name(token);
    f.isSet = [m](const T &v) { return !(v.*m).isEmpty(); };
    f.value = [m](const T &v) { return (v.*m).isEmpty() ? QVariant() : QVariant(v.*m); };
    f.text = [m](const T &v) { return (v.*m).join(QLatin1Char(';')); };
    f.setText = [m](T &v, const QString &text) -> Result<void> {
        QStringList &list = v.*m;
        list.clear();
        for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                list << part.trimmed();
        }
        return {};
    };
    f.readJson = [m, field, expected](T &v, const QJsonValue &json) -> Result<void> {
        const QString what = expected ? RegisterCodec::tr(expected) : RegisterCodec::tr("a list of text");
        if (!json.isArray())
            return typeError(what, json, field);
        for (const QJsonValue &item : json.toArray()) {
            if (!item.isString())
                return typeError(what, item, field);
            (v.*m) << item.toString();
        }
        return {};
    };
    f.writeJson = [m, name](JsonObjectWriter &w, const T &v) { w.stringList(name, v.*m); };
    f.sqlValue = [m](const T &v) { return QVariant((v.*m).join(QLatin1Char(';'))); };
    f.setSqlValue = [m](T &v, const QVariant &q) {
        const QString text = q.toString();
        v.*m = text.isEmpty() ? QStringList() : text.split(QLatin1Char(';'));
    };
    return f;
}

/// Optional minutes: an empty text clears them.
template<typename T>
Field<T> minutesField(const char *token, std::optional<int> T::*m, const FieldInfo &info)
{
    auto f = make<T>(token, FieldType::Minutes, info);
    f.info.unit = "min";
    const QString field = f.token;
    const QByteArray name(token);
    f.isSet = [m](const T &v) { return (v.*m).has_value(); };
    f.value = [m](const T &v) { return (v.*m) ? QVariant(*(v.*m)) : QVariant(); };
    f.text = [m](const T &v) { return (v.*m) ? QString::number(*(v.*m)) : QString(); };
    f.setText = [m, field](T &v, const QString &text) -> Result<void> {
        if (text.isEmpty()) {
            (v.*m).reset();
            return {};
        }
        auto minutes = textMinutes(text, field);
        if (!minutes)
            return minutes.error();
        v.*m = *minutes;
        return {};
    };
    f.readJson = [m, field](T &v, const QJsonValue &json) -> Result<void> {
        auto minutes = jsonMinutes(json, field);
        if (!minutes)
            return minutes.error();
        v.*m = *minutes;
        return {};
    };
    f.writeJson = [m, name](JsonObjectWriter &w, const T &v) {
        if (v.*m)
            w.integer(name, *(v.*m));
    };
    f.sqlValue = f.value;
    f.setSqlValue = [m](T &v, const QVariant &q) { v.*m = q.isNull() ? std::nullopt : std::optional<int>(q.toInt()); };
    return f;
}

/// Minutes that always have a value: an empty text sets 0; always written.
template<typename T>
Field<T> plainMinutesField(const char *token, int T::*m, const FieldInfo &info)
{
    auto f = make<T>(token, FieldType::Minutes, info);
    f.info.unit = "min";
    const QString field = f.token;
    const QByteArray name(token);
    f.isSet = [](const T &) { return true; };
    f.value = [m](const T &v) { return QVariant(v.*m); };
    f.text = [m](const T &v) { return QString::number(v.*m); };
    f.setText = [m, field](T &v, const QString &text) -> Result<void> {
        if (text.isEmpty()) {
            v.*m = 0;
            return {};
        }
        auto minutes = textMinutes(text, field);
        if (!minutes)
            return minutes.error();
        v.*m = *minutes;
        return {};
    };
    f.readJson = [m, field](T &v, const QJsonValue &json) -> Result<void> {
        auto minutes = jsonMinutes(json, field);
        if (!minutes)
            return minutes.error();
        v.*m = *minutes;
        return {};
    };
    f.writeJson = [m, name](JsonObjectWriter &w, const T &v) { w.integer(name, v.*m); };
    f.sqlValue = f.value;
    f.setSqlValue = [m](T &v, const QVariant &q) { v.*m = q.toInt(); };
    return f;
}

/// A whole number that always has a value (an empty text is refused); always written.
template<typename T>
Field<T> wholeNumberField(const char *token, int T::*m, const FieldInfo &info)
{
    auto f = make<T>(token, FieldType::WholeNumber, info);
    const QString field = f.token;
    const QByteArray name(token);
    f.isSet = [](const T &) { return true; };
    f.value = [m](const T &v) { return QVariant(v.*m); };
    f.text = [m](const T &v) { return QString::number(v.*m); };
    f.setText = [m, field](T &v, const QString &text) -> Result<void> {
        auto number = textInteger(text, field, RegisterCodec::tr("a whole number"));
        if (!number)
            return number.error();
        v.*m = *number;
        return {};
    };
    f.readJson = [m, field](T &v, const QJsonValue &json) -> Result<void> {
        if (!json.isDouble() || std::floor(json.toDouble()) != json.toDouble())
            return typeError(RegisterCodec::tr("a whole number"), json, field);
        if (json.toDouble() < std::numeric_limits<int>::min() || json.toDouble() > std::numeric_limits<int>::max())
            return fieldError(RegisterCodec::tr("must be a whole number, got %1, which is too large")
                                  .arg(ExactNumber::canonical(json.toDouble())),
                              field);
        v.*m = static_cast<int>(json.toDouble());
        return {};
    };
    f.writeJson = [m, name](JsonObjectWriter &w, const T &v) { w.integer(name, v.*m); };
    f.sqlValue = f.value;
    f.setSqlValue = [m](T &v, const QVariant &q) { v.*m = q.toInt(); };
    return f;
}

/// An optional whole number (a count, days): an empty text clears it.
template<typename T>
Field<T> optionalWholeNumberField(const char *token, std::optional<int> T::*m, const FieldInfo &info)
{
    auto f = minutesField(token, m, info);
    f.type = FieldType::WholeNumber;
    f.info.unit = info.unit;
    const QString field = f.token;
    f.setText = [m, field](T &v, const QString &text) -> Result<void> {
        if (text.isEmpty()) {
            (v.*m).reset();
            return {};
        }
        auto number = textInteger(text, field, RegisterCodec::tr("a whole number"));
        if (!number)
            return number.error();
        v.*m = *number;
        return {};
    };
    f.readJson = [m, field](T &v, const QJsonValue &json) -> Result<void> {
        if (!json.isDouble() || std::floor(json.toDouble()) != json.toDouble()
            || json.toDouble() < std::numeric_limits<int>::min() || json.toDouble() > std::numeric_limits<int>::max())
            return typeError(RegisterCodec::tr("a whole number"), json, field);
        v.*m = static_cast<int>(json.toDouble());
        return {};
    };
    return f;
}

/// An optional fraction in ExactNumber's grammar.
template<typename T>
Field<T> fractionField(const char *token, std::optional<double> T::*m, const FieldInfo &info)
{
    auto f = make<T>(token, FieldType::Fraction, info);
    const QString field = f.token;
    const QByteArray name(token);
    f.isSet = [m](const T &v) { return (v.*m).has_value(); };
    f.value = [m](const T &v) { return (v.*m) ? QVariant(*(v.*m)) : QVariant(); };
    f.text = [m](const T &v) { return (v.*m) ? ExactNumber::canonical(*(v.*m)) : QString(); };
    f.setText = [m, field](T &v, const QString &text) -> Result<void> {
        if (text.isEmpty()) {
            (v.*m).reset();
            return {};
        }
        // The JSON number grammar and the number rule: "0,999" is not read as 999, nor 0.99999999999999999 as 1.
        const QByteArray literal = text.toLatin1();
        if (!ExactNumber::grammarProblem(literal).isEmpty())
            return fieldError(RegisterCodec::tr("must be a fraction between 0 and 1 (for example 0.999), got '%1'")
                                  .arg(shorten(text)),
                              field);
        auto d = ExactNumber::parse(literal);
        if (!d)
            return fieldError(d.error().message, field);
        v.*m = *d;
        return {};
    };
    f.readJson = [m, field](T &v, const QJsonValue &json) -> Result<void> {
        if (!json.isDouble())
            return typeError(RegisterCodec::tr("a fraction between 0 and 1"), json, field);
        v.*m = json.toDouble();
        return {};
    };
    f.writeJson = [m, name](JsonObjectWriter &w, const T &v) {
        if (v.*m)
            w.number(name, *(v.*m));
    };
    f.sqlValue = f.value;
    f.setSqlValue
        = [m](T &v, const QVariant &q) { v.*m = q.isNull() ? std::nullopt : std::optional<double>(q.toDouble()); };
    return f;
}

/// An optional yes/no: true, yes, 1 / false, no, 0 in text.
template<typename T>
Field<T> yesNoField(const char *token, std::optional<bool> T::*m, const FieldInfo &info)
{
    auto f = make<T>(token, FieldType::YesNo, info);
    const QString field = f.token;
    const QByteArray name(token);
    f.choices = [] {
        return QList<std::pair<QString, QString>>{{QStringLiteral("true"), Fields::tr("Yes")},
                                                  {QStringLiteral("false"), Fields::tr("No")}};
    };
    f.isSet = [m](const T &v) { return (v.*m).has_value(); };
    f.value = [m](const T &v) { return (v.*m) ? QVariant(*(v.*m)) : QVariant(); };
    f.text
        = [m](const T &v) { return (v.*m) ? (*(v.*m) ? QStringLiteral("true") : QStringLiteral("false")) : QString(); };
    f.setText = [m, field](T &v, const QString &text) -> Result<void> {
        const QString lower = text.toLower();
        if (lower.isEmpty())
            (v.*m).reset();
        else if (lower == u"true" || lower == u"yes" || lower == u"1")
            v.*m = true;
        else if (lower == u"false" || lower == u"no" || lower == u"0")
            v.*m = false;
        else
            return fieldError(RegisterCodec::tr("must be true or false, got '%1'").arg(shorten(text)), field);
        return {};
    };
    f.readJson = [m, field](T &v, const QJsonValue &json) -> Result<void> {
        if (!json.isBool())
            return typeError(RegisterCodec::tr("true or false"), json, field);
        v.*m = json.toBool();
        return {};
    };
    f.writeJson = [m, name](JsonObjectWriter &w, const T &v) {
        if (v.*m)
            w.boolean(name, *(v.*m));
    };
    f.sqlValue = [m](const T &v) { return (v.*m) ? QVariant(*(v.*m) ? 1 : 0) : QVariant(); };
    f.setSqlValue
        = [m](T &v, const QVariant &q) { v.*m = q.isNull() ? std::nullopt : std::optional<bool>(q.toInt() != 0); };
    return f;
}

/// An optional date: YYYY-MM-DD in text, JSON and the file; an empty text clears it (a null QDate is "not set").
template<typename T>
Field<T> dateField(const char *token, QDate T::*m, const FieldInfo &info)
{
    auto f = make<T>(token, FieldType::Date, info);
    const QString field = f.token;
    const QByteArray name(token);
    auto parse = [field](const QString &text) -> Result<QDate> {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            return fieldError(RegisterCodec::tr("must be a date (YYYY-MM-DD), got '%1'").arg(shorten(text)), field);
        return date;
    };
    f.isSet = [m](const T &v) { return !(v.*m).isNull(); };
    f.value = [m](const T &v) { return (v.*m).isNull() ? QVariant() : QVariant(v.*m); };
    f.text = [m](const T &v) { return (v.*m).isNull() ? QString() : (v.*m).toString(Qt::ISODate); };
    f.setText = [m, parse](T &v, const QString &text) -> Result<void> {
        if (text.isEmpty()) {
            v.*m = QDate();
            return {};
        }
        auto date = parse(text);
        if (!date)
            return date.error();
        v.*m = *date;
        return {};
    };
    f.readJson = [m, field, parse](T &v, const QJsonValue &json) -> Result<void> {
        auto s = jsonString(json, field);
        if (!s)
            return s.error();
        auto date = parse(*s);
        if (!date)
            return date.error();
        v.*m = *date;
        return {};
    };
    f.writeJson = [m, name](JsonObjectWriter &w, const T &v) {
        if (!(v.*m).isNull())
            w.string(name, (v.*m).toString(Qt::ISODate));
    };
    f.sqlValue = [m](const T &v) { return (v.*m).isNull() ? QVariant() : QVariant((v.*m).toString(Qt::ISODate)); };
    f.setSqlValue
        = [m](T &v, const QVariant &q) { v.*m = q.isNull() ? QDate() : QDate::fromString(q.toString(), Qt::ISODate); };
    return f;
}

/// How an enum meets its tokens and display names.
template<typename E>
struct Choices {
    int count;
    QString (*token)(E);
    std::optional<E> (*fromToken)(QStringView);
    QString (*displayName)(E);
};

template<typename E>
QString allowedTokens(const Choices<E> &c)
{
    QStringList tokens;
    for (int i = 0; i < c.count; ++i)
        tokens << c.token(E(i));
    return tokens.join(u", ");
}

template<typename T, typename E>
void setChoiceCommon(Field<T> &f, const Choices<E> &c)
{
    f.choices = [c] {
        QList<std::pair<QString, QString>> list;
        for (int i = 0; i < c.count; ++i)
            list.append({c.token(E(i)), c.displayName(E(i))});
        return list;
    };
}

template<typename E>
Result<E> parseChoice(const Choices<E> &c, const QString &text, const QString &field, const QString &allowed)
{
    if (const auto value = c.fromToken(QStringView(text)))
        return *value;
    return fieldError(RegisterCodec::tr("'%1' is not one of: %2").arg(shorten(text), allowed), field);
}

/// A JSON value that must be a string naming one token of the enum.
template<typename E>
Result<E> parseChoiceJson(const Choices<E> &c, const QJsonValue &json, const QString &field, const QString &allowed)
{
    auto s = jsonString(json, field);
    if (!s)
        return s.error();
    return parseChoice(c, *s, field, allowed);
}

/// One token of an enum that always has a value. An empty text sets `empty` when given, otherwise it is refused.
template<typename T, typename E>
Field<T> choiceField(const char *token, E T::*m, Choices<E> c, const FieldInfo &info, std::optional<E> empty = {})
{
    auto f = make<T>(token, FieldType::Choice, info);
    f.info.clearable = empty.has_value();
    setChoiceCommon(f, c);
    const QString field = f.token;
    const QByteArray name(token);
    const QString allowed = allowedTokens(c);
    f.isSet = [](const T &) { return true; };
    f.value = [m, c](const T &v) { return QVariant(c.token(v.*m)); };
    f.text = [m, c](const T &v) { return c.token(v.*m); };
    f.setText = [m, c, field, allowed, empty](T &v, const QString &text) -> Result<void> {
        if (text.isEmpty() && empty) {
            v.*m = *empty;
            return {};
        }
        auto value = parseChoice(c, text, field, allowed);
        if (!value)
            return value.error();
        v.*m = *value;
        return {};
    };
    f.readJson = [m, c, field, allowed](T &v, const QJsonValue &json) -> Result<void> {
        auto value = parseChoiceJson(c, json, field, allowed);
        if (!value)
            return value.error();
        v.*m = *value;
        return {};
    };
    f.writeJson = [m, c, name](JsonObjectWriter &w, const T &v) { w.string(name, c.token(v.*m)); };
    f.sqlValue = f.value;
    f.setSqlValue = [m, c](T &v, const QVariant &q) {
        if (const auto value = c.fromToken(q.toString()))
            v.*m = *value;
    };
    return f;
}

/// One token of an enum, or not set (an empty text clears it).
template<typename T, typename E>
Field<T> optionalChoiceField(const char *token, std::optional<E> T::*m, Choices<E> c, const FieldInfo &info)
{
    auto f = make<T>(token, FieldType::Choice, info);
    setChoiceCommon(f, c);
    const QString field = f.token;
    const QByteArray name(token);
    const QString allowed = allowedTokens(c);
    f.isSet = [m](const T &v) { return (v.*m).has_value(); };
    f.value = [m, c](const T &v) { return (v.*m) ? QVariant(c.token(*(v.*m))) : QVariant(); };
    f.text = [m, c](const T &v) { return (v.*m) ? c.token(*(v.*m)) : QString(); };
    f.setText = [m, c, field, allowed](T &v, const QString &text) -> Result<void> {
        if (text.isEmpty()) {
            (v.*m).reset();
            return {};
        }
        auto value = parseChoice(c, text, field, allowed);
        if (!value)
            return value.error();
        v.*m = *value;
        return {};
    };
    f.readJson = [m, c, field, allowed](T &v, const QJsonValue &json) -> Result<void> {
        auto value = parseChoiceJson(c, json, field, allowed);
        if (!value)
            return value.error();
        v.*m = *value;
        return {};
    };
    f.writeJson = [m, c, name](JsonObjectWriter &w, const T &v) {
        if (v.*m)
            w.string(name, c.token(*(v.*m)));
    };
    f.sqlValue = f.value;
    f.setSqlValue = [m, c](T &v, const QVariant &q) { v.*m = q.isNull() ? std::nullopt : c.fromToken(q.toString()); };
    return f;
}

} // namespace bulwark::fieldkinds
