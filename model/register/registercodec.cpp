// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registercodec.h"

#include "exactnumber.h"
#include "textrule.h"
#include "vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bulwark {
namespace {

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

template<typename Enum, typename Parse>
Result<Enum> token(const QString &text, const QString &field, Parse parse, const QString &allowed)
{
    if (const auto value = parse(QStringView(text)))
        return *value;
    return fieldError(RegisterCodec::tr("'%1' is not one of: %2").arg(shorten(text), allowed), field);
}

Result<ElementKind> kindToken(const QString &text, const QString &field)
{
    return token<ElementKind>(text, field, &Vocabulary::kindFromToken, Vocabulary::kindTokens().join(u", "));
}

Result<Criticality> criticalityToken(const QString &text, const QString &field)
{
    return token<Criticality>(text, field, &Vocabulary::criticalityFromToken, QStringLiteral("critical, standard"));
}

Result<Substitutability> substitutabilityToken(const QString &text, const QString &field)
{
    return token<Substitutability>(
        text, field, &Vocabulary::substitutabilityFromToken, QStringLiteral("none, low, medium, high"));
}

Result<Strength> strengthToken(const QString &text, const QString &field)
{
    return token<Strength>(text, field, &Vocabulary::strengthFromToken, QStringLiteral("hard, soft"));
}

QString numberText(double value)
{
    return ExactNumber::canonical(value);
}

/// Writes `"name":` and a value, with a comma before every field but the first.
class ObjectWriter
{
public:
    explicit ObjectWriter(QByteArray &out) : m_out(out) { m_out += '{'; }
    void string(const char *name, QStringView value)
    {
        field(name);
        RegisterCodec::appendJsonString(m_out, value);
    }
    void stringIfSet(const char *name, QStringView value)
    {
        if (!value.isEmpty())
            string(name, value);
    }
    void integer(const char *name, std::optional<int> value)
    {
        if (value) {
            field(name);
            m_out += QByteArray::number(*value);
        }
    }
    void number(const char *name, std::optional<double> value)
    {
        if (value) {
            field(name);
            m_out += numberText(*value).toLatin1();
        }
    }
    void boolean(const char *name, std::optional<bool> value)
    {
        if (value) {
            field(name);
            m_out += *value ? "true" : "false";
        }
    }
    void stringList(const char *name, const QStringList &values)
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
    void attributes(const QJsonObject &attributes)
    {
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            comma();
            RegisterCodec::appendJsonString(m_out, it.key());
            m_out += ':';
            RegisterCodec::appendJsonValue(m_out, it.value());
        }
    }
    void finish() { m_out += '}'; }

private:
    void comma()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }
    void field(const char *name)
    {
        comma();
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }
    QByteArray &m_out;
    bool m_first = true;
};

bool isBlank(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined();
}

} // namespace

const QStringList &RegisterCodec::elementFields()
{
    static const QStringList fields = {QStringLiteral("key"),
                                       QStringLiteral("name"),
                                       QStringLiteral("kind"),
                                       QStringLiteral("criticality"),
                                       QStringLiteral("mtd_min"),
                                       QStringLiteral("mtdl_min"),
                                       QStringLiteral("rto_min"),
                                       QStringLiteral("rpo_min"),
                                       QStringLiteral("availability"),
                                       QStringLiteral("owner"),
                                       QStringLiteral("description"),
                                       QStringLiteral("tags"),
                                       QStringLiteral("lei"),
                                       QStringLiteral("country"),
                                       QStringLiteral("region"),
                                       QStringLiteral("substitutability"),
                                       QStringLiteral("exit_plan")};
    return fields;
}

const QStringList &RegisterCodec::dependencyFields()
{
    static const QStringList fields
        = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("strength"), QStringLiteral("group")};
    return fields;
}

const QStringList &RegisterCodec::groupFields()
{
    static const QStringList fields
        = {QStringLiteral("element"), QStringLiteral("name"), QStringLiteral("min_up"), QStringLiteral("failover_min")};
    return fields;
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
            ObjectWriter writer(out);
            writer.attributes(value.toObject());
            writer.finish();
            break;
        }
        default: out += "null"; break;
    }
}

QByteArray RegisterCodec::toJson(const Element &e)
{
    QByteArray out;
    out.reserve(256);
    ObjectWriter w(out);
    w.string("key", e.key);
    w.string("name", e.name);
    w.string("kind", Vocabulary::token(e.kind));
    if (e.criticality)
        w.string("criticality", Vocabulary::token(*e.criticality));
    w.integer("mtd_min", e.mtdMin);
    w.integer("mtdl_min", e.mtdlMin);
    w.integer("rto_min", e.rtoMin);
    w.integer("rpo_min", e.rpoMin);
    w.number("availability", e.availability);
    w.stringIfSet("owner", e.owner);
    w.stringIfSet("description", e.description);
    w.stringList("tags", e.tags);
    w.stringIfSet("lei", e.lei);
    w.stringIfSet("country", e.country);
    w.stringIfSet("region", e.region);
    if (e.substitutability)
        w.string("substitutability", Vocabulary::token(*e.substitutability));
    w.boolean("exit_plan", e.exitPlan);
    w.attributes(e.attributes);
    w.finish();
    return out;
}

QByteArray RegisterCodec::toJson(const Dependency &d)
{
    QByteArray out;
    ObjectWriter w(out);
    w.string("from", d.from);
    w.string("to", d.to);
    w.string("strength", Vocabulary::token(d.strength));
    w.stringIfSet("group", d.group);
    w.attributes(d.attributes);
    w.finish();
    return out;
}

QByteArray RegisterCodec::toJson(const RedundancyGroup &g)
{
    QByteArray out;
    ObjectWriter w(out);
    w.string("element", g.element);
    w.string("name", g.name);
    w.integer("min_up", g.minUp);
    w.integer("failover_min", g.failoverMin);
    w.attributes(g.attributes);
    w.finish();
    return out;
}

QByteArray RegisterCodec::toJson(const Scenario &s)
{
    QByteArray out;
    ObjectWriter w(out);
    w.string("name", s.name);
    w.stringIfSet("description", s.description);
    w.stringList("fail", s.fail);
    w.stringIfSet("region", s.region);
    w.stringIfSet("country", s.country);
    w.stringIfSet("tag", s.tag);
    w.finish();
    return out;
}

Result<Scenario> RegisterCodec::scenarioFromJson(const QJsonObject &object)
{
    Scenario s;
    bool hasName = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue v = it.value();
        if (isBlank(v) && field != u"name")
            continue;
        if (field == u"fail") {
            if (!v.isArray())
                return typeError(tr("a list of element keys"), v, field);
            for (const QJsonValue &key : v.toArray()) {
                if (!key.isString())
                    return typeError(tr("a list of element keys"), key, field);
                s.fail << key.toString();
            }
        } else if (field == u"name" || field == u"description" || field == u"region" || field == u"country"
                   || field == u"tag") {
            auto text = jsonString(v, field);
            if (!text)
                return text.error();
            (field == u"name"              ? s.name
                 : field == u"description" ? s.description
                 : field == u"region"      ? s.region
                 : field == u"country"     ? s.country
                                           : s.tag)
                = *text;
            hasName = hasName || field == u"name";
        } else {
            return fieldError(tr("is not a scenario field (name, description, fail, region, country, tag)"), field);
        }
    }
    if (!hasName)
        return fieldError(tr("a scenario name is required"), QStringLiteral("name"));
    s.fail.sort();
    s.fail.removeDuplicates();
    return s;
}

Result<Element> RegisterCodec::elementFromJson(const QJsonObject &object)
{
    Element e;
    bool hasKey = false, hasName = false, hasKind = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue v = it.value();
        if (isBlank(v) && field != u"key" && field != u"name" && field != u"kind")
            continue;
        if (field == u"key" || field == u"name" || field == u"owner" || field == u"description" || field == u"lei"
            || field == u"country" || field == u"region") {
            auto s = jsonString(v, field);
            if (!s)
                return s.error();
            if (field == u"key") {
                e.key = *s;
                hasKey = true;
            } else if (field == u"name") {
                e.name = *s;
                hasName = true;
            } else if (field == u"owner") {
                e.owner = *s;
            } else if (field == u"description") {
                e.description = *s;
            } else if (field == u"lei") {
                e.lei = *s;
            } else if (field == u"country") {
                e.country = *s;
            } else {
                e.region = *s;
            }
        } else if (field == u"kind" || field == u"criticality" || field == u"substitutability") {
            auto s = jsonString(v, field);
            if (!s)
                return s.error();
            if (field == u"kind") {
                auto k = kindToken(*s, field);
                if (!k)
                    return k.error();
                e.kind = *k;
                hasKind = true;
            } else if (field == u"criticality") {
                auto c = criticalityToken(*s, field);
                if (!c)
                    return c.error();
                e.criticality = *c;
            } else {
                auto c = substitutabilityToken(*s, field);
                if (!c)
                    return c.error();
                e.substitutability = *c;
            }
        } else if (field == u"rto_min" || field == u"rpo_min" || field == u"mtd_min" || field == u"mtdl_min") {
            auto m = jsonMinutes(v, field);
            if (!m)
                return m.error();
            (field == u"rto_min"       ? e.rtoMin
                 : field == u"rpo_min" ? e.rpoMin
                 : field == u"mtd_min" ? e.mtdMin
                                       : e.mtdlMin)
                = *m;
        } else if (field == u"availability") {
            if (!v.isDouble())
                return typeError(tr("a fraction between 0 and 1"), v, field);
            e.availability = v.toDouble();
        } else if (field == u"exit_plan") {
            if (!v.isBool())
                return typeError(tr("true or false"), v, field);
            e.exitPlan = v.toBool();
        } else if (field == u"tags") {
            if (!v.isArray())
                return typeError(tr("a list of text"), v, field);
            for (const QJsonValue &tag : v.toArray()) {
                if (!tag.isString())
                    return typeError(tr("a list of text"), tag, field);
                e.tags << tag.toString();
            }
        } else {
            e.attributes.insert(field, v);
        }
    }
    if (!hasKey)
        return fieldError(tr("a key is required"), QStringLiteral("key"));
    if (!hasName)
        return fieldError(tr("a name is required"), QStringLiteral("name"));
    if (!hasKind)
        return fieldError(tr("a kind is required (one of: %1)").arg(Vocabulary::kindTokens().join(u", ")),
                          QStringLiteral("kind"));
    return e;
}

Result<Dependency> RegisterCodec::dependencyFromJson(const QJsonObject &object)
{
    Dependency d;
    bool hasFrom = false, hasTo = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue v = it.value();
        if (field == u"from" || field == u"to" || field == u"strength" || field == u"group") {
            if (isBlank(v) && (field == u"group" || field == u"strength"))
                continue;
            auto s = jsonString(v, field);
            if (!s)
                return s.error();
            if (field == u"from") {
                d.from = *s;
                hasFrom = true;
            } else if (field == u"to") {
                d.to = *s;
                hasTo = true;
            } else if (field == u"group") {
                d.group = *s;
            } else {
                auto st = strengthToken(*s, field);
                if (!st)
                    return st.error();
                d.strength = *st;
            }
        } else if (!isBlank(v)) {
            d.attributes.insert(field, v);
        }
    }
    if (!hasFrom)
        return fieldError(tr("a 'from' element key is required"), QStringLiteral("from"));
    if (!hasTo)
        return fieldError(tr("a 'to' element key is required"), QStringLiteral("to"));
    return d;
}

Result<RedundancyGroup> RegisterCodec::groupFromJson(const QJsonObject &object)
{
    RedundancyGroup g;
    bool hasElement = false, hasName = false, hasMinUp = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue v = it.value();
        if (field == u"element" || field == u"name") {
            auto s = jsonString(v, field);
            if (!s)
                return s.error();
            (field == u"element" ? g.element : g.name) = *s;
            (field == u"element" ? hasElement : hasName) = true;
        } else if (field == u"min_up") {
            if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble())
                return typeError(tr("a whole number"), v, field);
            if (v.toDouble() < std::numeric_limits<int>::min() || v.toDouble() > std::numeric_limits<int>::max())
                return fieldError(
                    tr("must be a whole number, got %1, which is too large").arg(numberText(v.toDouble())), field);
            g.minUp = static_cast<int>(v.toDouble());
            hasMinUp = true;
        } else if (field == u"failover_min") {
            if (isBlank(v))
                continue;
            auto m = jsonMinutes(v, field);
            if (!m)
                return m.error();
            g.failoverMin = *m;
        } else if (!isBlank(v)) {
            g.attributes.insert(field, v);
        }
    }
    if (!hasElement)
        return fieldError(tr("the key of the element that owns the group is required"), QStringLiteral("element"));
    if (!hasName)
        return fieldError(tr("a group name is required"), QStringLiteral("name"));
    if (!hasMinUp)
        return fieldError(tr("the minimum number of members that must be up is required"), QStringLiteral("min_up"));
    return g;
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

Result<void> RegisterCodec::setField(Element &e, const QString &field, const QString &rawText)
{
    if (auto r = checkAssignment(field, rawText); !r)
        return r;
    const QString text = rawText.trimmed();
    if (field == u"key") {
        e.key = text;
    } else if (field == u"name") {
        e.name = text;
    } else if (field == u"owner") {
        e.owner = text;
    } else if (field == u"description") {
        e.description = rawText;
    } else if (field == u"lei") {
        e.lei = text;
    } else if (field == u"country") {
        e.country = text;
    } else if (field == u"region") {
        e.region = text;
    } else if (field == u"kind") {
        auto k = kindToken(text, field);
        if (!k)
            return k.error();
        e.kind = *k;
    } else if (field == u"criticality") {
        if (text.isEmpty()) {
            e.criticality.reset();
        } else {
            auto c = criticalityToken(text, field);
            if (!c)
                return c.error();
            e.criticality = *c;
        }
    } else if (field == u"substitutability") {
        if (text.isEmpty()) {
            e.substitutability.reset();
        } else {
            auto c = substitutabilityToken(text, field);
            if (!c)
                return c.error();
            e.substitutability = *c;
        }
    } else if (field == u"rto_min" || field == u"rpo_min" || field == u"mtd_min" || field == u"mtdl_min") {
        auto &slot = field == u"rto_min" ? e.rtoMin
            : field == u"rpo_min"        ? e.rpoMin
            : field == u"mtd_min"        ? e.mtdMin
                                         : e.mtdlMin;
        if (text.isEmpty()) {
            slot.reset();
        } else {
            auto m = textMinutes(text, field);
            if (!m)
                return m.error();
            slot = *m;
        }
    } else if (field == u"availability") {
        if (text.isEmpty()) {
            e.availability.reset();
        } else {
            // The JSON number grammar and the number rule: "0,999" is not read as 999, nor 0.99999999999999999 as 1.
            const QByteArray literal = text.toLatin1();
            if (!ExactNumber::grammarProblem(literal).isEmpty())
                return fieldError(
                    tr("must be a fraction between 0 and 1 (for example 0.999), got '%1'").arg(shorten(text)), field);
            auto d = ExactNumber::parse(literal);
            if (!d)
                return fieldError(d.error().message, field);
            e.availability = *d;
        }
    } else if (field == u"exit_plan") {
        const QString lower = text.toLower();
        if (lower.isEmpty())
            e.exitPlan.reset();
        else if (lower == u"true" || lower == u"yes" || lower == u"1")
            e.exitPlan = true;
        else if (lower == u"false" || lower == u"no" || lower == u"0")
            e.exitPlan = false;
        else
            return fieldError(tr("must be true or false, got '%1'").arg(shorten(text)), field);
    } else if (field == u"tags") {
        e.tags.clear();
        for (const QString &tag : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty())
                e.tags << tag.trimmed();
        }
    } else if (field.isEmpty()) {
        return fieldError(tr("a field name is required"), field);
    } else if (text.isEmpty()) {
        e.attributes.remove(field);
    } else {
        e.attributes.insert(field, rawText);
    }
    return {};
}

Result<void> RegisterCodec::setField(Dependency &d, const QString &field, const QString &rawText)
{
    if (auto r = checkAssignment(field, rawText); !r)
        return r;
    const QString text = rawText.trimmed();
    if (field == u"from") {
        d.from = text;
    } else if (field == u"to") {
        d.to = text;
    } else if (field == u"group") {
        d.group = text;
    } else if (field == u"strength") {
        if (text.isEmpty()) {
            d.strength = Strength::Hard;
        } else {
            auto s = strengthToken(text, field);
            if (!s)
                return s.error();
            d.strength = *s;
        }
    } else if (text.isEmpty()) {
        d.attributes.remove(field);
    } else {
        d.attributes.insert(field, rawText);
    }
    return {};
}

Result<void> RegisterCodec::setField(RedundancyGroup &g, const QString &field, const QString &rawText)
{
    if (auto r = checkAssignment(field, rawText); !r)
        return r;
    const QString text = rawText.trimmed();
    if (field == u"element") {
        g.element = text;
    } else if (field == u"name") {
        g.name = text;
    } else if (field == u"min_up") {
        auto k = textInteger(text, field, tr("a whole number"));
        if (!k)
            return k.error();
        g.minUp = *k;
    } else if (field == u"failover_min") {
        if (text.isEmpty()) {
            g.failoverMin = 0;
        } else {
            auto m = textMinutes(text, field);
            if (!m)
                return m.error();
            g.failoverMin = *m;
        }
    } else if (text.isEmpty()) {
        g.attributes.remove(field);
    } else {
        g.attributes.insert(field, rawText);
    }
    return {};
}

namespace {
QString optionalText(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

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

QString RegisterCodec::fieldText(const Element &e, const QString &field)
{
    if (field == u"key")
        return e.key;
    if (field == u"name")
        return e.name;
    if (field == u"kind")
        return Vocabulary::token(e.kind);
    if (field == u"criticality")
        return e.criticality ? Vocabulary::token(*e.criticality) : QString();
    if (field == u"mtd_min")
        return optionalText(e.mtdMin);
    if (field == u"mtdl_min")
        return optionalText(e.mtdlMin);
    if (field == u"rto_min")
        return optionalText(e.rtoMin);
    if (field == u"rpo_min")
        return optionalText(e.rpoMin);
    if (field == u"availability")
        return e.availability ? numberText(*e.availability) : QString();
    if (field == u"owner")
        return e.owner;
    if (field == u"description")
        return e.description;
    if (field == u"tags")
        return e.tags.join(QLatin1Char(';'));
    if (field == u"lei")
        return e.lei;
    if (field == u"country")
        return e.country;
    if (field == u"region")
        return e.region;
    if (field == u"substitutability")
        return e.substitutability ? Vocabulary::token(*e.substitutability) : QString();
    if (field == u"exit_plan")
        return e.exitPlan ? (*e.exitPlan ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    return attributeText(e.attributes, field);
}

QString RegisterCodec::fieldText(const Dependency &d, const QString &field)
{
    if (field == u"from")
        return d.from;
    if (field == u"to")
        return d.to;
    if (field == u"strength")
        return Vocabulary::token(d.strength);
    if (field == u"group")
        return d.group;
    return attributeText(d.attributes, field);
}

QString RegisterCodec::fieldText(const RedundancyGroup &g, const QString &field)
{
    if (field == u"element")
        return g.element;
    if (field == u"name")
        return g.name;
    if (field == u"min_up")
        return QString::number(g.minUp);
    if (field == u"failover_min")
        return QString::number(g.failoverMin);
    return attributeText(g.attributes, field);
}

} // namespace bulwark
