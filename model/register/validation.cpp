// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/validation.h"

#include "model/register/exactnumber.h"
#include "model/register/fields.h"
#include "model/register/textrule.h"
#include "model/register/vocabulary.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <tuple>

namespace bulwark {
namespace {

// ISO 3166-1 alpha-2, officially assigned codes (from Debian's iso-codes 3166-1 list), sorted.
constexpr std::array<std::string_view, 249> countryCodes = {
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB",
    "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY",
    "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX",
    "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK",
    "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
    "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR",
    "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA",
    "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE",
    "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
    "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG",
    "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF",
    "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY",
    "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
};

bool isKeyChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'
        || u == u'.' || u == u':' || u == u'/';
}

Error invalid(const QString &message, const QString &field)
{
    return makeError(Error::Code::Invalid, message, field);
}

/// The text rule for one value, then no white space at either end where CSV and the command line would trim it.
/// The field name is made into a QString only for an error: this runs for every field of every imported value.
Result<void> checkText(QStringView text, QStringView field, bool trimmedField = false)
{
    if (const auto finding = TextRule::find(text))
        return invalid(TextRule::describe(*finding), field.toString());
    if (trimmedField && !text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        return invalid(Validation::tr("must not start or end with a space, tab or line break"), field.toString());
    return {};
}

/// Every string and number in an unknown field's value, at any depth: the text rule and the number rule.
Result<void> checkJsonValue(const QJsonValue &value, const QString &field)
{
    switch (value.type()) {
        case QJsonValue::String: return TextRule::check(value.toString(), field);
        case QJsonValue::Double:
            if (!ExactNumber::isExact(value))
                return invalid(ExactNumber::inexactMessage(value), field);
            return {};
        case QJsonValue::Array: {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &item : array) {
                if (auto r = checkJsonValue(item, field); !r)
                    return r;
            }
            return {};
        }
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (const auto finding = TextRule::find(it.key()))
                    return invalid(Validation::tr("the name of a field inside it %1").arg(TextRule::describe(*finding)),
                                   field);
                if (auto r = checkJsonValue(it.value(), field); !r)
                    return r;
            }
            return {};
        }
        default: return {};
    }
}

/// Unknown fields: a name that survives a CSV header (not empty, not trimmed away), and values as above.
Result<void> checkAttributes(const QJsonObject &attributes)
{
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString name = it.key();
        if (name.isEmpty())
            return invalid(Validation::tr("a field needs a name; this one has an empty name"), QString());
        // The name itself goes into the message only when it is clean: a refused character would be printed raw.
        if (const auto finding = TextRule::find(name))
            return invalid(Validation::tr("the name of an unknown field %1").arg(TextRule::describe(*finding)),
                           QString());
        if (name.front().isSpace() || name.back().isSpace())
            return invalid(Validation::tr("a field name must not start or end with a space, tab or line break"), name);
        if (auto r = checkJsonValue(it.value(), name); !r)
            return r;
    }
    return {};
}

Result<void> checkMinutes(const std::optional<int> &value, const QString &field)
{
    if (value && (*value < 0 || *value > Validation::maxMinutes))
        return invalid(
            Validation::tr("must be between 0 and %1 minutes, got %2").arg(Validation::maxMinutes).arg(*value), field);
    return {};
}

} // namespace

bool Validation::isValidKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 64)
        return false;
    return std::all_of(key.begin(), key.end(), isKeyChar);
}

bool Validation::isValidLei(QStringView lei)
{
    if (lei.size() != 20)
        return false;
    int remainder = 0;
    for (qsizetype i = 0; i < lei.size(); ++i) {
        const char16_t c = lei[i].unicode();
        int value = 0;
        if (c >= u'0' && c <= u'9')
            value = c - u'0';
        else if (c >= u'A' && c <= u'Z' && i < 18)
            value = c - u'A' + 10;
        else
            return false;
        remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

bool Validation::isCountryCode(QStringView code)
{
    if (code.size() != 2)
        return false;
    const char buffer[2] = {static_cast<char>(code[0].unicode()), static_cast<char>(code[1].unicode())};
    return std::binary_search(countryCodes.begin(), countryCodes.end(), std::string_view(buffer, 2));
}

Result<void> Validation::validateKey(QStringView key, const QString &field)
{
    if (key.isEmpty())
        return invalid(tr("a key is required"), field);
    if (!isValidKey(key))
        return invalid(tr("'%1' is not a valid key: use 1 to 64 letters, digits and the characters - _ . : /")
                           .arg(key.left(80).toString()),
                       field);
    return {};
}

Result<void> Validation::validateElement(const Element &e)
{
    // The characters first, so that no other message quotes a refused character back at the user.
    for (const auto &[text, field, trimmed] : {std::tuple{&e.key, u"key", true},
                                               std::tuple{&e.name, u"name", true},
                                               std::tuple{&e.owner, u"owner", true},
                                               std::tuple{&e.description, u"description", false},
                                               std::tuple{&e.lei, u"lei", true},
                                               std::tuple{&e.country, u"country", true},
                                               std::tuple{&e.region, u"region", true}}) {
        if (auto r = checkText(*text, field, trimmed); !r)
            return r;
    }
    for (const QString &tag : e.tags) {
        if (auto r = checkText(tag, u"tags"); !r)
            return r;
    }
    if (auto r = checkAttributes(e.attributes); !r)
        return r;
    if (auto r = validateKey(e.key, QStringLiteral("key")); !r)
        return r;
    if (e.name.trimmed().isEmpty())
        return invalid(tr("a name is required"), QStringLiteral("name"));
    if (e.name.size() > maxNameLength)
        return invalid(tr("must be at most %1 characters").arg(maxNameLength), QStringLiteral("name"));
    if (e.owner.size() > maxNameLength)
        return invalid(tr("must be at most %1 characters").arg(maxNameLength), QStringLiteral("owner"));
    if (e.description.size() > maxDescriptionLength)
        return invalid(tr("must be at most %1 characters").arg(maxDescriptionLength), QStringLiteral("description"));
    for (const QString &tag : e.tags) {
        if (tag.trimmed().isEmpty() || tag != tag.trimmed() || tag.size() > 64 || tag.contains(QLatin1Char(';')))
            return invalid(tr("'%1' is not a valid tag: use 1 to 64 characters, no ';' and no leading or trailing "
                              "spaces")
                               .arg(tag),
                           QStringLiteral("tags"));
    }
    if (e.availability && !(*e.availability >= 0.0 && *e.availability <= 1.0))
        return invalid(tr("must be a fraction between 0 and 1 (for example 0.999), got %1").arg(*e.availability),
                       QStringLiteral("availability"));
    for (const auto &[value, field] : {std::pair{e.rtoMin, u"rto_min"},
                                       std::pair{e.rpoMin, u"rpo_min"},
                                       std::pair{e.mtdMin, u"mtd_min"},
                                       std::pair{e.mtdlMin, u"mtdl_min"}}) {
        if (auto r = checkMinutes(value, QString::fromUtf16(field)); !r)
            return r;
    }
    // Fields of other kinds (criticality and tolerances of functions, LEI, substitutability and exit plan of
    // providers), in the field table's order.
    for (const Field<Element> &field : Fields::element()) {
        if (!field.appliesTo(e.kind) && field.isSet(e))
            return invalid(Fields::text(field.info.otherKindRule).arg(Vocabulary::token(e.kind)), field.token);
    }
    if (!e.lei.isEmpty() && !isValidLei(e.lei))
        return invalid(tr("'%1' is not a valid LEI: an LEI has 18 letters or digits followed by two check digits "
                          "(ISO 17442)")
                           .arg(e.lei.left(40)),
                       QStringLiteral("lei"));
    if (!e.country.isEmpty() && !isCountryCode(e.country))
        return invalid(
            tr("'%1' is not an ISO 3166-1 alpha-2 country code (for example DE, IE, FR)").arg(e.country.left(40)),
            QStringLiteral("country"));
    if (e.region.size() > maxNameLength)
        return invalid(tr("must be at most %1 characters").arg(maxNameLength), QStringLiteral("region"));
    return {};
}

Result<void> Validation::validateDependency(const Dependency &d)
{
    for (const auto &[text, field] :
         {std::pair{&d.from, u"from"}, std::pair{&d.to, u"to"}, std::pair{&d.group, u"group"}}) {
        if (auto r = checkText(*text, field, true); !r)
            return r;
    }
    if (auto r = checkAttributes(d.attributes); !r)
        return r;
    if (auto r = validateKey(d.from, QStringLiteral("from")); !r)
        return r;
    if (auto r = validateKey(d.to, QStringLiteral("to")); !r)
        return r;
    if (!d.group.isEmpty() && !isValidKey(d.group))
        return invalid(tr("'%1' is not a valid group name: use 1 to 64 letters, digits and the characters - _ . : /")
                           .arg(d.group.left(80)),
                       QStringLiteral("group"));
    return {};
}

Result<void> Validation::validateGroup(const RedundancyGroup &g)
{
    if (auto r = checkText(g.element, u"element", true); !r)
        return r;
    if (auto r = checkText(g.name, u"name", true); !r)
        return r;
    if (auto r = checkAttributes(g.attributes); !r)
        return r;
    if (auto r = validateKey(g.element, QStringLiteral("element")); !r)
        return r;
    if (g.name.isEmpty())
        return invalid(tr("a group name is required"), QStringLiteral("name"));
    if (!isValidKey(g.name))
        return invalid(tr("'%1' is not a valid group name: use 1 to 64 letters, digits and the characters - _ . : /")
                           .arg(g.name.left(80)),
                       QStringLiteral("name"));
    if (g.minUp < 1)
        return invalid(tr("must be at least 1, got %1").arg(g.minUp), QStringLiteral("min_up"));
    if (g.failoverMin < 0 || g.failoverMin > maxMinutes)
        return invalid(tr("must be between 0 and %1 minutes, got %2").arg(maxMinutes).arg(g.failoverMin),
                       QStringLiteral("failover_min"));
    return {};
}

Result<void> Validation::validateScenario(const Scenario &s)
{
    for (const auto &[text, field, trimmed] : {std::tuple{&s.name, u"name", true},
                                               std::tuple{&s.description, u"description", false},
                                               std::tuple{&s.region, u"region", true},
                                               std::tuple{&s.country, u"country", true},
                                               std::tuple{&s.tag, u"tag", true}}) {
        if (auto r = checkText(*text, field, trimmed); !r)
            return r;
    }
    for (const QString &key : s.fail) {
        if (auto r = checkText(key, u"fail"); !r)
            return r;
    }
    if (s.name.isEmpty())
        return invalid(tr("a scenario name is required"), QStringLiteral("name"));
    if (!isValidKey(s.name))
        return invalid(tr("'%1' is not a valid scenario name: use 1 to 64 letters, digits and the characters - _ . : /")
                           .arg(s.name.left(80)),
                       QStringLiteral("name"));
    if (s.fail.isEmpty() && s.region.isEmpty() && s.country.isEmpty() && s.tag.isEmpty())
        return invalid(tr("a scenario must fail something: elements, a region, a country or a tag"),
                       QStringLiteral("fail"));
    for (const QString &key : s.fail) {
        if (auto r = validateKey(key, QStringLiteral("fail")); !r)
            return r;
    }
    if (!s.country.isEmpty() && !isCountryCode(s.country))
        return invalid(
            tr("'%1' is not an ISO 3166-1 alpha-2 country code (for example DE, IE, FR)").arg(s.country.left(40)),
            QStringLiteral("country"));
    if (s.description.size() > maxDescriptionLength)
        return invalid(tr("must be at most %1 characters").arg(maxDescriptionLength), QStringLiteral("description"));
    return {};
}

} // namespace bulwark
