// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields.h"

#include "exactnumber.h"
#include "registercodec.h"
#include "vocabulary.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bulwark {

// ---- JsonObjectWriter ----

void JsonObjectWriter::field(QByteArrayView name)
{
    comma();
    m_out += '"';
    m_out += name;
    m_out += "\":";
}

void JsonObjectWriter::string(QByteArrayView name, QStringView value)
{
    field(name);
    RegisterCodec::appendJsonString(m_out, value);
}

void JsonObjectWriter::integer(QByteArrayView name, int value)
{
    field(name);
    m_out += QByteArray::number(value);
}

void JsonObjectWriter::number(QByteArrayView name, double value)
{
    field(name);
    m_out += ExactNumber::canonical(value).toLatin1();
}

void JsonObjectWriter::boolean(QByteArrayView name, bool value)
{
    field(name);
    m_out += value ? "true" : "false";
}

void JsonObjectWriter::stringList(QByteArrayView name, const QStringList &values)
{
    if (values.isEmpty())
        return;
    field(name);
    m_out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_out += ',';
        RegisterCodec::appendJsonString(m_out, values[i]);
    }
    m_out += ']';
}

void JsonObjectWriter::attributes(const QJsonObject &attributes)
{
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        comma();
        RegisterCodec::appendJsonString(m_out, it.key());
        m_out += ':';
        RegisterCodec::appendJsonValue(m_out, it.value());
    }
}

namespace {

// ---- Parsers shared by the field kinds (their messages are RegisterCodec's, as before the table) ----

Error fieldError(const QString &message, const QString &field)
{
    return makeError(Error::Code::Format, message, field);
}

QString shorten(const QString &text)
{
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
        case QJsonValue::Bool: return RegisterCodec::tr("true/false");
        case QJsonValue::Double: return RegisterCodec::tr("a number");
        case QJsonValue::String: return RegisterCodec::tr("text");
        case QJsonValue::Array: return RegisterCodec::tr("a list");
        case QJsonValue::Object: return RegisterCodec::tr("an object");
        default: return RegisterCodec::tr("null");
    }
}

Error typeError(const QString &expected, const QJsonValue &v, const QString &field)
{
    return fieldError(RegisterCodec::tr("must be %1, got %2").arg(expected, jsonTypeName(v)), field);
}

Result<QString> jsonString(const QJsonValue &v, const QString &field)
{
    if (!v.isString())
        return typeError(RegisterCodec::tr("text"), v, field);
    return v.toString();
}

Result<int> jsonMinutes(const QJsonValue &v, const QString &field)
{
    if (!v.isDouble())
        return typeError(RegisterCodec::tr("a whole number of minutes"), v, field);
    const double d = v.toDouble();
    if (std::floor(d) != d || d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max())
        return fieldError(RegisterCodec::tr("must be a whole number of minutes, got %1").arg(d), field);
    return static_cast<int>(d);
}

/// A whole number written as digits with an optional '-': no group separators ("1,000"), no fraction ("60.0") and
/// no exponent, so that the number stored is the number written (issue 10).
Result<int> textInteger(const QString &text, const QString &field, const QString &what)
{
    const QString digits = text.trimmed();
    qsizetype i = digits.startsWith(u'-') ? 1 : 0;
    bool ok = i < digits.size();
    qint64 value = 0;
    for (; ok && i < digits.size(); ++i) {
        const char16_t c = digits[i].unicode();
        ok = c >= u'0' && c <= u'9';
        value = std::min<qint64>(value * 10 + (c - u'0'), qint64(std::numeric_limits<int>::max()) + 1);
    }
    if (!ok)
        return fieldError(RegisterCodec::tr("must be %1, got '%2'").arg(what, shorten(text)), field);
    if (digits.startsWith(u'-'))
        value = -value;
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        return fieldError(RegisterCodec::tr("must be %1, got '%2', which is too large").arg(what, shorten(text)),
                          field);
    return int(value);
}

Result<int> textMinutes(const QString &text, const QString &field)
{
    return textInteger(text, field, RegisterCodec::tr("a whole number of minutes"));
}

// ---- Field kinds, made from a member pointer ----

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
    return f;
}

/// Texts separated by ';' (empty parts dropped), a JSON list of strings.
template<typename T>
Field<T> listField(const char *token, QStringList T::*m, const FieldInfo &info)
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
    f.readJson = [m, field](T &v, const QJsonValue &json) -> Result<void> {
        if (!json.isArray())
            return typeError(RegisterCodec::tr("a list of text"), json, field);
        for (const QJsonValue &item : json.toArray()) {
            if (!item.isString())
                return typeError(RegisterCodec::tr("a list of text"), item, field);
            (v.*m) << item.toString();
        }
        return {};
    };
    f.writeJson = [m, name](JsonObjectWriter &w, const T &v) { w.stringList(name, v.*m); };
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
        auto s = jsonString(json, field);
        if (!s)
            return s.error();
        auto value = parseChoice(c, *s, field, allowed);
        if (!value)
            return value.error();
        v.*m = *value;
        return {};
    };
    f.writeJson = [m, c, name](JsonObjectWriter &w, const T &v) { w.string(name, c.token(v.*m)); };
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
        auto s = jsonString(json, field);
        if (!s)
            return s.error();
        auto value = parseChoice(c, *s, field, allowed);
        if (!value)
            return value.error();
        v.*m = *value;
        return {};
    };
    f.writeJson = [m, c, name](JsonObjectWriter &w, const T &v) {
        if (v.*m)
            w.string(name, c.token(*(v.*m)));
    };
    return f;
}

const Choices<ElementKind> kindChoices{
    elementKindCount,
    [](ElementKind k) { return Vocabulary::token(k); },
    &Vocabulary::kindFromToken,
    [](ElementKind k) { return Vocabulary::displayName(k); },
};
const Choices<Criticality> criticalityChoices{
    2,
    [](Criticality c) { return Vocabulary::token(c); },
    &Vocabulary::criticalityFromToken,
    [](Criticality c) { return Vocabulary::displayName(c); },
};
const Choices<Substitutability> substitutabilityChoices{
    4,
    [](Substitutability s) { return Vocabulary::token(s); },
    &Vocabulary::substitutabilityFromToken,
    [](Substitutability s) { return Vocabulary::displayName(s); },
};
const Choices<Strength> strengthChoices{
    2,
    [](Strength s) { return Vocabulary::token(s); },
    &Vocabulary::strengthFromToken,
    [](Strength s) { return Vocabulary::displayName(s); },
};

constexpr KindSet functions = kindBit(ElementKind::Function);
constexpr KindSet providers = kindBit(ElementKind::Provider);

} // namespace

// clang-format off
const FieldTable<Element> &Fields::element()
{
    using S = FieldSection;
    static const FieldTable<Element> table({
        textField("key", &Element::key,
            {.label = QT_TRANSLATE_NOOP("Fields", "&Key"), .placeholder = QT_TRANSLATE_NOOP("Fields", "e.g. APP-CORE"),
             .column = QT_TRANSLATE_NOOP("Fields", "Key"), .formRank = 0,
             .missing = QT_TRANSLATE_NOOP("Fields", "a key is required"), .required = true}),
        textField("name", &Element::name,
            {.label = QT_TRANSLATE_NOOP("Fields", "&Name"), .column = QT_TRANSLATE_NOOP("Fields", "Name"),
             .formRank = 1, .missing = QT_TRANSLATE_NOOP("Fields", "a name is required"), .required = true}),
        choiceField("kind", &Element::kind, kindChoices,
            {.label = QT_TRANSLATE_NOOP("Fields", "K&ind"), .column = QT_TRANSLATE_NOOP("Fields", "Kind"),
             .formRank = 2,
             .missing = QT_TRANSLATE_NOOP("Fields", "a kind is required (one of: %1)"), .required = true}),
        optionalChoiceField("criticality", &Element::criticality, criticalityChoices,
            {.label = QT_TRANSLATE_NOOP("Fields", "&Criticality"), .column = QT_TRANSLATE_NOOP("Fields", "Criticality"),
             .section = S::Function, .formRank = 20, .kinds = functions,
             .otherKindRule = QT_TRANSLATE_NOOP("Fields",
                 "only business functions have a criticality, this element is of kind '%1'")}),
        minutesField("mtd_min", &Element::mtdMin,
            {.label = QT_TRANSLATE_NOOP("Fields", "Max. tolerable &downtime (min)"),
             .placeholder = QT_TRANSLATE_NOOP("Fields", "impact tolerance"),
             .column = QT_TRANSLATE_NOOP("Fields", "Max. downtime"), .section = S::Function, .formRank = 21,
             .kinds = functions,
             .otherKindRule = QT_TRANSLATE_NOOP("Fields",
                 "only business functions have an impact tolerance, this element is of kind '%1'")}),
        minutesField("mtdl_min", &Element::mtdlMin,
            {.label = QT_TRANSLATE_NOOP("Fields", "Max. tolerable data &loss (min)"),
             .placeholder = QT_TRANSLATE_NOOP("Fields", "impact tolerance"), .section = S::Function, .formRank = 22,
             .kinds = functions,
             .otherKindRule = QT_TRANSLATE_NOOP("Fields",
                 "only business functions have an impact tolerance, this element is of kind '%1'")}),
        minutesField("rto_min", &Element::rtoMin,
            {.label = QT_TRANSLATE_NOOP("Fields", "&RTO (minutes)"),
             .placeholder = QT_TRANSLATE_NOOP("Fields", "recovery time objective"),
             .column = QT_TRANSLATE_NOOP("Fields", "RTO"), .section = S::Resilience, .formRank = 11}),
        minutesField("rpo_min", &Element::rpoMin,
            {.label = QT_TRANSLATE_NOOP("Fields", "R&PO (minutes)"),
             .placeholder = QT_TRANSLATE_NOOP("Fields", "recovery point objective"),
             .column = QT_TRANSLATE_NOOP("Fields", "RPO"), .section = S::Resilience, .formRank = 12}),
        fractionField("availability", &Element::availability,
            {.label = QT_TRANSLATE_NOOP("Fields", "A&vailability target"),
             .placeholder = QT_TRANSLATE_NOOP("Fields", "fraction, e.g. 0.999"),
             .column = QT_TRANSLATE_NOOP("Fields", "Availability"), .section = S::Resilience, .formRank = 10}),
        textField("owner", &Element::owner,
            {.label = QT_TRANSLATE_NOOP("Fields", "&Owner"),
             .placeholder = QT_TRANSLATE_NOOP("Fields", "team or person accountable"),
             .column = QT_TRANSLATE_NOOP("Fields", "Owner"), .formRank = 3}),
        textField("description", &Element::description,
            {.label = QT_TRANSLATE_NOOP("Fields", "&Description"), .formRank = 4}, FieldType::LongText),
        listField("tags", &Element::tags,
            {.label = QT_TRANSLATE_NOOP("Fields", "&Tags"), .placeholder = QT_TRANSLATE_NOOP("Fields", "separated by ;"),
             .column = QT_TRANSLATE_NOOP("Fields", "Tags"), .formRank = 5}),
        textField("lei", &Element::lei,
            {.label = QT_TRANSLATE_NOOP("Fields", "L&EI"),
             .placeholder = QT_TRANSLATE_NOOP("Fields", "20 characters, ISO 17442"), .section = S::ProviderAndPlace,
             .formRank = 30, .kinds = providers,
             .otherKindRule = QT_TRANSLATE_NOOP("Fields", "only providers have an LEI, this element is of kind '%1'")}),
        textField("country", &Element::country,
            {.label = QT_TRANSLATE_NOOP("Fields", "Co&untry"),
             .placeholder = QT_TRANSLATE_NOOP("Fields", "ISO code, e.g. DE"), .section = S::ProviderAndPlace,
             .formRank = 33}),
        textField("region", &Element::region,
            {.label = QT_TRANSLATE_NOOP("Fields", "Re&gion"), .placeholder = QT_TRANSLATE_NOOP("Fields", "e.g. eu-central"),
             .section = S::ProviderAndPlace, .formRank = 34}),
        optionalChoiceField("substitutability", &Element::substitutability, substitutabilityChoices,
            {.label = QT_TRANSLATE_NOOP("Fields", "&Substitutability"), .section = S::ProviderAndPlace,
             .formRank = 31, .kinds = providers,
             .otherKindRule = QT_TRANSLATE_NOOP("Fields",
                 "only providers have a substitutability, this element is of kind '%1'")}),
        yesNoField("exit_plan", &Element::exitPlan,
            {.label = QT_TRANSLATE_NOOP("Fields", "E&xit plan"), .section = S::ProviderAndPlace, .formRank = 32,
             .kinds = providers,
             .otherKindRule = QT_TRANSLATE_NOOP("Fields",
                 "only providers have an exit plan, this element is of kind '%1'")}),
    });
    return table;
}

const FieldTable<Dependency> &Fields::dependency()
{
    static const FieldTable<Dependency> table({
        textField("from", &Dependency::from, {.column = QT_TRANSLATE_NOOP("Fields", "From"),
            .missing = QT_TRANSLATE_NOOP("Fields", "a 'from' element key is required"), .required = true}),
        textField("to", &Dependency::to, {.column = QT_TRANSLATE_NOOP("Fields", "To"),
            .missing = QT_TRANSLATE_NOOP("Fields", "a 'to' element key is required"), .required = true}),
        choiceField("strength", &Dependency::strength, strengthChoices,
            {.column = QT_TRANSLATE_NOOP("Fields", "Strength")}, std::optional(Strength::Hard)),
        textField("group", &Dependency::group, {.column = QT_TRANSLATE_NOOP("Fields", "Group")}),
    });
    return table;
}

const FieldTable<RedundancyGroup> &Fields::group()
{
    static const FieldTable<RedundancyGroup> table({
        textField("element", &RedundancyGroup::element,
            {.column = QT_TRANSLATE_NOOP("Fields", "Element"),
             .missing = QT_TRANSLATE_NOOP("Fields", "the key of the element that owns the group is required"),
             .required = true}),
        textField("name", &RedundancyGroup::name, {.column = QT_TRANSLATE_NOOP("Fields", "Group"),
            .missing = QT_TRANSLATE_NOOP("Fields", "a group name is required"), .required = true}),
        wholeNumberField("min_up", &RedundancyGroup::minUp,
            {.column = QT_TRANSLATE_NOOP("Fields", "Min. up"),
             .missing = QT_TRANSLATE_NOOP("Fields", "the minimum number of members that must be up is required"),
             .required = true, .clearable = false}),
        plainMinutesField("failover_min", &RedundancyGroup::failoverMin,
            {.column = QT_TRANSLATE_NOOP("Fields", "Failover")}),
    });
    return table;
}
// clang-format on

QString Fields::sectionTitle(FieldSection section)
{
    switch (section) {
        case FieldSection::General: return {};
        case FieldSection::Resilience: return tr("Resilience");
        case FieldSection::Function: return tr("Business function");
        case FieldSection::ProviderAndPlace: return tr("Provider and place");
    }
    return {};
}

} // namespace bulwark
