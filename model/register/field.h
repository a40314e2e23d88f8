// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/element.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QVariant>

#include <functional>
#include <utility>
#include <vector>

namespace bulwark {

/// What a field holds; the form, the table and the text rules pick their widget, alignment and parser from it.
enum class FieldType {
    Text,        ///< one line, trimmed
    LongText,    ///< several lines, taken as written
    Choice,      ///< one token of a fixed list (FieldInfo::choices)
    WholeNumber, ///< digits with an optional '-'
    Minutes,     ///< a whole number of minutes
    Fraction,    ///< a number between 0 and 1 (ExactNumber)
    YesNo,       ///< true or false
    TextList,    ///< texts separated by ';' in text form, a JSON list of strings
    Date,        ///< a calendar date, YYYY-MM-DD
};

/// Where a field sits in the element form.
enum class FieldSection { General, Resilience, Function, ProviderAndPlace };

/// A set of element kinds, one bit per ElementKind.
using KindSet = quint32;
inline constexpr KindSet kindBit(ElementKind kind)
{
    return KindSet(1) << int(kind);
}
inline constexpr KindSet allKinds = (KindSet(1) << elementKindCount) - 1;

/// What a field means to people and to the rules, apart from how it is read and written. Texts are
/// QT_TRANSLATE_NOOP("Fields", ...) and are translated with Fields::tr().
struct FieldInfo {
    const char *label = nullptr;       ///< the form's label, with an '&' accelerator; nullptr: not in the form
    const char *placeholder = nullptr; ///< the form's hint in an empty editor
    const char *column = nullptr;      ///< the heading of a table column
    FieldSection section = FieldSection::General;
    int formRank = -1;                   ///< position in the form (ascending); the sections follow FieldSection
    const char *unit = nullptr;          ///< "min" for minutes, nullptr when the type says it all
    KindSet kinds = allKinds;            ///< the element kinds that may have the field (Element only)
    const char *otherKindRule = nullptr; ///< Validation's message when another kind has it (%1: the kind's token)
    const char *missing = nullptr;       ///< the message when a required field is missing (%1: a Choice's tokens)
    bool required = false; ///< present in every JSON object: a missing or null value is refused, an empty one written
    bool clearable = true; ///< an empty text clears it (to absent or its default); otherwise the empty text is parsed
};

class JsonObjectWriter;

/// One field of a value type T (Element, Dependency, RedundancyGroup), declared once in Fields with its token (the
/// name in files, CSV headers, JSON and `bulwark set`), its meaning (FieldInfo) and accessors made from a member
/// pointer. The codec, the formats, the commands, the form and the table loop over these.
template<typename T>
struct Field {
    QString token;
    FieldType type = FieldType::Text;
    FieldInfo info;
    /// Choice fields: (token, display name) of every choice, in order.
    std::function<QList<std::pair<QString, QString>>()> choices;

    /// Whether the value is set (an optional has a value, a text or list is not empty; plain numbers always).
    std::function<bool(const T &)> isSet;
    /// The typed value: QString (texts, choice tokens), int, double, bool or QStringList; invalid when not set.
    std::function<QVariant(const T &)> value;
    /// The text form (CSV cell, `bulwark show`, `field=value`), empty when not set.
    std::function<QString(const T &)> text;
    /// Sets the field from its text form; `text` is trimmed already, except for LongText.
    std::function<Result<void>(T &, const QString &text)> setText;
    /// Sets the field from a JSON value that is neither null nor missing.
    std::function<Result<void>(T &, const QJsonValue &value)> readJson;
    /// Writes `"token":value` when the value is set (or the field is required).
    std::function<void(JsonObjectWriter &, const T &)> writeJson;
    /// The value of the field's column in the register file (null, text, a whole number or a double), and back.
    std::function<QVariant(const T &)> sqlValue;
    std::function<void(T &, const QVariant &)> setSqlValue;

    bool appliesTo(ElementKind kind) const { return info.kinds & kindBit(kind); }
};

/// The fields of a value type in canonical order (the order of JSON objects and CSV columns), found by token.
template<typename T>
class FieldTable
{
public:
    explicit FieldTable(std::vector<Field<T>> fields) : m_fields(std::move(fields))
    {
        for (qsizetype i = 0; i < qsizetype(m_fields.size()); ++i) {
            m_index.insert(m_fields[std::size_t(i)].token, i);
            m_tokens << m_fields[std::size_t(i)].token;
        }
    }
    const std::vector<Field<T>> &fields() const { return m_fields; }
    /// The tokens in canonical order.
    const QStringList &tokens() const { return m_tokens; }
    /// The field with `token`, or nullptr (then it is an attribute).
    const Field<T> *find(const QString &token) const
    {
        const auto it = m_index.constFind(token);
        return it == m_index.cend() ? nullptr : &m_fields[std::size_t(*it)];
    }
    auto begin() const { return m_fields.begin(); }
    auto end() const { return m_fields.end(); }

private:
    std::vector<Field<T>> m_fields;
    QHash<QString, qsizetype> m_index;
    QStringList m_tokens;
};

/// Writes a canonical JSON object: `"name":` and a value, with a comma before every field but the first.
class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(QByteArray &out) : m_out(out) { m_out += '{'; }
    void string(QByteArrayView name, QStringView value);
    void integer(QByteArrayView name, int value);
    void number(QByteArrayView name, double value);
    void boolean(QByteArrayView name, bool value);
    void stringList(QByteArrayView name, const QStringList &values);
    /// Fields the exchange format does not know, in key order.
    void attributes(const QJsonObject &attributes);
    void finish() { m_out += '}'; }
    QByteArray &out() { return m_out; }

private:
    void comma()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }
    void field(QByteArrayView name);
    QByteArray &m_out;
    bool m_first = true;
};

/// The readers the field kinds share (fieldkinds.h); their messages name the field.
namespace fieldtext {
Error fieldError(const QString &message, const QString &field);
Error typeError(const QString &expected, const QJsonValue &value, const QString &field);
QString shorten(const QString &text);
Result<QString> jsonString(const QJsonValue &value, const QString &field);
Result<int> jsonMinutes(const QJsonValue &value, const QString &field);
/// A whole number written as digits with an optional '-' (issue 10); `what` names the expected value.
Result<int> textInteger(const QString &text, const QString &field, const QString &what);
Result<int> textMinutes(const QString &text, const QString &field);
} // namespace fieldtext

} // namespace bulwark
