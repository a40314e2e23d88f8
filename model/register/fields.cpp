// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/fields.h"

#include "model/register/exactnumber.h"
#include "model/register/fieldkinds.h"
#include "model/register/registercodec.h"
#include "model/register/vocabulary.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

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

// ---- The readers the field kinds share (their messages are RegisterCodec's, as before the table) ----

namespace fieldtext {

Error fieldError(const QString &message, const QString &field)
{
    return makeError(Error::Code::Format, message, field);
}

QString shorten(const QString &text)
{
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

namespace {
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

} // namespace

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

} // namespace fieldtext

namespace {

/// Minutes per unit of a duration as written in the tables and by people ("h", "hours", "d", "days").
std::optional<int> minutesPerUnit(const QString &unit)
{
    const QString u = unit.toLower();
    if (u == u"min" || u == u"mins" || u == u"minute" || u == u"minutes" || u == u"m")
        return 1;
    if (u == u"h" || u == u"hr" || u == u"hrs" || u == u"hour" || u == u"hours")
        return 60;
    if (u == u"d" || u == u"day" || u == u"days")
        return 24 * 60;
    if (u == u"w" || u == u"wk" || u == u"week" || u == u"weeks")
        return 7 * 24 * 60;
    return std::nullopt;
}

/// A number as the tables show it: the user's locale first ("1,500", "1.5" or, in German, "1,5"), then the C locale.
std::optional<double> displayNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok && std::isfinite(value) && value >= 0 ? std::optional<double>(value) : std::nullopt;
}

Result<QString> durationMinutes(const QString &text, const QString &field)
{
    static const QRegularExpression part(QStringLiteral(R"(\G\s*([0-9][0-9.,\x{a0}\x{202f}']*)\s*([^\s0-9.,]*)\s*)"));
    const auto error = [&] {
        return fieldtext::fieldError(Fields::tr("must be a duration such as 90 (minutes), 30 min, 1 h or 2 d, got '%1'")
                                         .arg(fieldtext::shorten(text)),
                                     field);
    };
    double minutes = 0;
    qsizetype end = 0;
    auto matches = part.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const auto value = displayNumber(match.captured(1));
        // A number without a unit is minutes, as a raw value is ("1,500", "1 h 30").
        const auto factor = match.captured(2).isEmpty() ? std::optional<int>(1) : minutesPerUnit(match.captured(2));
        if (!value || !factor)
            return error();
        minutes += *value * *factor;
        end = match.capturedEnd(0);
    }
    if (end == 0 || end != text.size())
        return error();
    const double whole = std::round(minutes);
    if (std::abs(minutes - whole) > 1e-6)
        return fieldtext::fieldError(Fields::tr("must be a whole number of minutes: '%1' is %2 minutes")
                                         .arg(fieldtext::shorten(text), QLocale().toString(minutes, 'g', 12)),
                                     field);
    if (whole > std::numeric_limits<int>::max())
        return fieldtext::fieldError(
            Fields::tr("must be a duration, got '%1', which is too large").arg(fieldtext::shorten(text)), field);
    return QString::number(qint64(whole));
}

/// "99.99" (percent) as the fraction "0.9999", by moving the decimal point: no binary rounding on the way.
Result<QString> percentFraction(const QString &text, const QString &field)
{
    QString number = text.chopped(1).trimmed(); // without the '%'
    const QChar localePoint = QLocale().decimalPoint().isEmpty() ? u'.' : QLocale().decimalPoint().front();
    if (localePoint != u'.' && !number.contains(u'.'))
        number.replace(localePoint, u'.');
    static const QRegularExpression grammar(QStringLiteral(R"(^([0-9]+)(?:\.([0-9]+))?$)"));
    const auto match = grammar.match(number);
    if (!match.hasMatch())
        return fieldtext::fieldError(
            Fields::tr("must be a percentage such as 99.9 % or a fraction such as 0.999, got '%1'")
                .arg(fieldtext::shorten(text)),
            field);
    const QString whole = match.captured(1);
    const QString digits = whole + match.captured(2);
    const qsizetype point = whole.size() - 2;
    QString fraction = point <= 0 ? QStringLiteral("0.") + QString(-point, u'0') + digits
                                  : digits.left(point) + u'.' + digits.mid(point);
    while (fraction.size() > 1 && fraction.front() == u'0' && fraction[1] != u'.')
        fraction.remove(0, 1);
    while (fraction.endsWith(u'0') && fraction.contains(u'.'))
        fraction.chop(1);
    if (fraction.endsWith(u'.'))
        fraction.chop(1);
    return fraction;
}

using namespace fieldkinds;

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

Result<QString> Fields::rawText(FieldType type, const QString &text, const QString &field)
{
    const QString trimmed = text.trimmed();
    if (type == FieldType::Minutes) {
        if (trimmed.isEmpty() || fieldtext::textInteger(trimmed, field, QString()))
            return text; // raw minutes (or nothing): setText reads them as before
        return durationMinutes(trimmed, field);
    }
    if (type == FieldType::Fraction && trimmed.endsWith(u'%'))
        return percentFraction(trimmed, field);
    return text;
}

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
const FieldTable<Scenario> &Fields::scenario()
{
    static const FieldTable<Scenario> table({
        textField("name", &Scenario::name,
            {.missing = QT_TRANSLATE_NOOP("Fields", "a scenario name is required"), .required = true}),
        textField("description", &Scenario::description, {}, FieldType::LongText),
        listField("fail", &Scenario::fail, {}, QT_TRANSLATE_NOOP("RegisterCodec", "a list of element keys")),
        textField("region", &Scenario::region, {}),
        textField("country", &Scenario::country, {}),
        textField("tag", &Scenario::tag, {}),
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

QString Fields::displayText(FieldType type, const QString &raw)
{
    bool ok = false;
    switch (type) {
        case FieldType::Minutes:
            if (const int minutes = raw.toInt(&ok); ok && minutes >= 0)
                return Vocabulary::minutesText(minutes, false);
            return raw;
        case FieldType::Fraction:
            if (const double value = raw.toDouble(&ok); ok)
                return QLocale().toString(value * 100.0, 'g', 6) + QStringLiteral(" %");
            return raw;
        default: return raw;
    }
}

} // namespace bulwark
