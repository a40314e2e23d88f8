// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/strictjson.h"

#include "model/register/exactnumber.h"
#include "model/register/textrule.h"

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace bulwark::exchange {
namespace {

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
}

/// The checker's state: a stack of open objects and lists, each object with the member names seen so far.
class Checker
{
public:
    Checker(QByteArrayView bytes, const QString &fileName)
        : m_data(reinterpret_cast<const unsigned char *>(bytes.data())),
          m_size(bytes.size()),
          m_fileName(fileName)
    { }

    Result<StrictJson::Outline> run();

private:
    enum class Expect { Value, FirstItemOrEnd, FirstMemberOrEnd, Member, Colon, CommaOrEnd, Nothing };

    struct Member {
        std::string_view name;
        int line = 0;
        qsizetype offset = 0;    ///< of its opening quote
        qsizetype lineStart = 0; ///< the columns are counted only for a message: a minified file is one long line
    };
    struct Frame {
        bool object = false;
        std::vector<Member> members;
        std::unordered_set<std::string_view> index; ///< filled once an object has many members
        std::string_view current;                   ///< the member whose value is being read
        qsizetype rootList = -1;                    ///< index into m_rootLists for a list in the root object
    };
    static constexpr std::size_t linearSearchLimit = 16;
    static constexpr std::size_t maxDepth = 1024; ///< as QJsonDocument's own limit; keeps the stack of frames small

    void skipWhitespace();
    Result<void> value(Expect &expect);
    Result<void> memberName();
    Result<std::string_view> string(bool isName);
    Result<char32_t> escape();
    Result<void> number();
    void push(bool object);
    Expect close();
    Expect afterValue() const { return m_depth == 0 ? Expect::Nothing : Expect::CommaOrEnd; }
    Frame &top() { return m_frames[m_depth - 1]; }

    qsizetype column(qsizetype offset) const { return column(offset, m_lineStart); }
    qsizetype column(qsizetype offset, qsizetype lineStart) const;
    QString field() const;
    Error error(qsizetype offset, const QString &message, const QString &field) const;
    Error syntax(qsizetype offset, const QString &what) const;
    Error truncated() const;

    const unsigned char *m_data;
    const qsizetype m_size;
    const QString m_fileName;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    std::vector<Frame> m_frames; ///< kept across objects so that their vectors keep their capacity
    std::size_t m_depth = 0;
    std::deque<std::string> m_decodedNames; ///< names written with escapes, decoded; the views point here
    std::vector<std::pair<QString, QList<int>>> m_rootLists;
    std::vector<StrictJson::Outline::List> m_rootSpans; ///< beside m_rootLists, index for index
};

qsizetype Checker::column(qsizetype offset, qsizetype lineStart) const
{
    qsizetype characters = 1;
    for (qsizetype i = lineStart; i < offset && i < m_size; ++i) {
        if ((m_data[i] & 0xc0) != 0x80)
            ++characters;
    }
    return characters;
}

QString Checker::field() const
{
    for (std::size_t i = m_depth; i > 0; --i) {
        const Frame &frame = m_frames[i - 1];
        if (frame.object && !frame.current.empty())
            return QString::fromUtf8(frame.current.data(), qsizetype(frame.current.size()));
    }
    return {};
}

Error Checker::error(qsizetype offset, const QString &message, const QString &field) const
{
    Error e = makeError(Error::Code::Format, StrictJson::tr("column %1: %2").arg(column(offset)).arg(message), field);
    e.file = m_fileName;
    e.line = m_line;
    return e;
}

Error Checker::syntax(qsizetype offset, const QString &what) const
{
    Error e = makeError(Error::Code::Format,
                        StrictJson::tr("this is not valid JSON at column %1: %2").arg(column(offset)).arg(what));
    e.file = m_fileName;
    e.line = m_line;
    return e;
}

Error Checker::truncated() const
{
    Error e = makeError(Error::Code::Format, StrictJson::tr("the JSON ends too early (the file looks truncated)"));
    e.file = m_fileName;
    e.line = m_line;
    return e;
}

void Checker::skipWhitespace()
{
    while (m_pos < m_size) {
        const unsigned char c = m_data[m_pos];
        if (c == ' ' || c == '\t') {
            ++m_pos;
        } else if (c == '\n' || c == '\r') {
            // \n, \r\n and a lone \r each end a line, as TextChecks::lineOf() counts them.
            m_pos += (c == '\r' && m_pos + 1 < m_size && m_data[m_pos + 1] == '\n') ? 2 : 1;
            ++m_line;
            m_lineStart = m_pos;
        } else {
            return;
        }
    }
}

void Checker::push(bool object)
{
    qsizetype rootList = -1;
    if (!object && m_depth == 1 && m_frames[0].object) {
        rootList = qsizetype(m_rootLists.size());
        m_rootLists.emplace_back(field(), QList<int>());
        m_rootSpans.emplace_back().open = m_pos - 1;
    }
    if (m_depth == m_frames.size())
        m_frames.emplace_back();
    Frame &frame = m_frames[m_depth++];
    frame.object = object;
    frame.members.clear();
    if (!frame.index.empty())
        frame.index.clear();
    frame.current = {};
    frame.rootList = rootList;
}

Checker::Expect Checker::close()
{
    if (top().rootList >= 0) {
        auto &list = m_rootSpans[std::size_t(top().rootList)];
        list.close = m_pos;
        if (!list.items.empty())
            list.items.back().second = m_pos;
    }
    ++m_pos;
    --m_depth;
    return afterValue();
}

Result<StrictJson::Outline> Checker::run()
{
    Expect expect = Expect::Value;
    for (;;) {
        skipWhitespace();
        if (m_pos >= m_size) {
            if (expect != Expect::Nothing)
                return truncated();
            StrictJson::Outline outline;
            for (std::size_t i = 0; i < m_rootLists.size(); ++i) {
                outline.itemLines.insert(m_rootLists[i].first, std::move(m_rootLists[i].second));
                outline.lists.emplace_back(m_rootLists[i].first, std::move(m_rootSpans[i]));
            }
            return outline;
        }
        const unsigned char c = m_data[m_pos];
        switch (expect) {
            case Expect::Nothing: return syntax(m_pos, StrictJson::tr("there is more after the end of the JSON value"));
            case Expect::FirstItemOrEnd:
                if (c == ']') {
                    expect = close();
                    break;
                }
                [[fallthrough]];
            case Expect::Value:
                if (auto r = value(expect); !r)
                    return r.error();
                break;
            case Expect::FirstMemberOrEnd:
                if (c == '}') {
                    expect = close();
                    break;
                }
                [[fallthrough]];
            case Expect::Member:
                if (c != '"')
                    return syntax(m_pos, StrictJson::tr("expected a field name in double quotes"));
                if (auto r = memberName(); !r)
                    return r.error();
                expect = Expect::Colon;
                break;
            case Expect::Colon:
                if (c != ':')
                    return syntax(m_pos, StrictJson::tr("expected ':' after the field name"));
                ++m_pos;
                expect = Expect::Value;
                break;
            case Expect::CommaOrEnd: {
                const bool object = top().object;
                if (!object && top().rootList >= 0 && c == ',') // an item of a root list ends here
                    m_rootSpans[std::size_t(top().rootList)].items.back().second = m_pos;
                if (c == ',') {
                    ++m_pos;
                    expect = object ? Expect::Member : Expect::Value;
                } else if (c == (object ? '}' : ']')) {
                    expect = close();
                } else {
                    return syntax(m_pos,
                                  object ? StrictJson::tr("expected ',' or '}' after a field")
                                         : StrictJson::tr("expected ',' or ']' after an item of a list"));
                }
                break;
            }
        }
    }
}

Result<void> Checker::value(Expect &expect)
{
    if (m_depth > 0 && top().rootList >= 0) {
        m_rootLists[std::size_t(top().rootList)].second.append(m_line);
        m_rootSpans[std::size_t(top().rootList)].items.emplace_back(m_pos, m_size);
    }
    const unsigned char c = m_data[m_pos];
    if (c == '{' || c == '[') {
        if (m_depth >= maxDepth)
            return syntax(m_pos, StrictJson::tr("lists and objects are nested more than %1 levels deep").arg(maxDepth));
        ++m_pos;
        push(c == '{');
        expect = c == '{' ? Expect::FirstMemberOrEnd : Expect::FirstItemOrEnd;
        return {};
    }
    if (c == '"') {
        if (auto r = string(false); !r)
            return r.error();
    } else if (isDigit(c) || c == '-' || c == '+' || c == '.') {
        if (auto r = number(); !r)
            return r;
    } else {
        const qsizetype start = m_pos;
        qsizetype end = m_pos;
        while (end < m_size && isLetter(m_data[end]))
            ++end;
        const std::string_view word(reinterpret_cast<const char *>(m_data + start), std::size_t(end - start));
        if (word == "true" || word == "false" || word == "null") {
            m_pos = end;
        } else if (!word.empty()) {
            return syntax(
                start,
                StrictJson::tr("'%1' is not a JSON value; write true, false and null in lower case, "
                               "and text in double quotes")
                    .arg(QString::fromLatin1(word.data(), qsizetype(std::min<std::size_t>(word.size(), 40)))));
        } else {
            return syntax(start,
                          StrictJson::tr("expected a value (text in double quotes, a number, true, false, null, "
                                         "a list or an object)"));
        }
    }
    expect = afterValue();
    return {};
}

Result<void> Checker::memberName()
{
    const qsizetype start = m_pos;
    auto name = string(true);
    if (!name)
        return name.error();
    Frame &frame = top();
    const Member *first = nullptr;
    if (frame.members.size() < linearSearchLimit) {
        for (const Member &m : frame.members) {
            if (m.name == *name) {
                first = &m;
                break;
            }
        }
    } else {
        if (frame.index.empty()) {
            for (const Member &m : frame.members)
                frame.index.insert(m.name);
        }
        if (frame.index.contains(*name)) {
            for (const Member &m : frame.members) {
                if (m.name == *name) {
                    first = &m;
                    break;
                }
            }
        }
    }
    const QString shown = QString::fromUtf8(name->data(), qsizetype(name->size()));
    if (first)
        return error(start,
                     StrictJson::tr("appears twice in the same object (first at line %1, column %2); a field may be "
                                    "given only once")
                         .arg(first->line)
                         .arg(column(first->offset, first->lineStart)),
                     shown);
    frame.members.push_back({*name, m_line, start, m_lineStart});
    if (!frame.index.empty()) {
        frame.index.insert(*name);
    } else if (frame.members.size() >= linearSearchLimit) {
        // From here on names are looked up in the index: it must hold every member so far, not only this one.
        for (const Member &m : frame.members)
            frame.index.insert(m.name);
    }
    frame.current = *name;
    return {};
}

Result<std::string_view> Checker::string(bool isName)
{
    const qsizetype start = ++m_pos; // after the opening quote
    std::string decoded;
    bool escaped = false;
    qsizetype character = 0;
    for (;;) {
        if (m_pos >= m_size)
            return truncated();
        const unsigned char b = m_data[m_pos];
        if (b == '"')
            break;
        ++character;
        if (b >= 0x20 && b < 0x7f && b != '\\') {
            if (escaped)
                decoded += char(b);
            ++m_pos;
            continue;
        }
        const qsizetype at = m_pos;
        char32_t c = 0;
        if (b == '\\') {
            if (isName && !escaped) {
                decoded.assign(reinterpret_cast<const char *>(m_data + start), std::size_t(m_pos - start));
                escaped = true;
            }
            auto e = escape();
            if (!e)
                return e.error();
            c = *e;
        } else if (b < 0x20) {
            const QString what = b == '\t' ? StrictJson::tr("a tab inside a string must be written as \\t")
                : b == '\n' || b == '\r'
                ? StrictJson::tr("a line break inside a string must be written as \\n (or is a closing quote missing?)")
                : StrictJson::tr("a control character (%1) inside a string must be written as an escape")
                      .arg(TextRule::codePointName(b));
            return syntax(at, what);
        } else {
            // Multi-byte UTF-8, already checked to be valid; 0x7f is a one-byte control character.
            const int length = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
            if (m_pos + length > m_size)
                return truncated();
            c = length == 1 ? b : length == 2 ? b & 0x1f : length == 3 ? b & 0x0f : b & 0x07;
            for (int k = 1; k < length; ++k)
                c = (c << 6) | (m_data[m_pos + k] & 0x3f);
            if (escaped)
                decoded.append(reinterpret_cast<const char *>(m_data + m_pos), std::size_t(length));
            m_pos += length;
        }
        if (const TextRule::Refusal refusal = TextRule::refusalOf(c); refusal != TextRule::Refusal::None) {
            const QString described = TextRule::describe({c, refusal, character});
            if (isName)
                return error(at, StrictJson::tr("the field name %1").arg(described), QString());
            return error(at, described, field());
        }
        if (escaped && b == '\\')
            appendUtf8(decoded, c);
    }
    const qsizetype end = m_pos++; // the closing quote
    if (!isName)
        return std::string_view();
    if (!escaped)
        return std::string_view(reinterpret_cast<const char *>(m_data + start), std::size_t(end - start));
    m_decodedNames.push_back(std::move(decoded));
    return std::string_view(m_decodedNames.back());
}

Result<char32_t> Checker::escape()
{
    const qsizetype at = m_pos;
    if (m_pos + 1 >= m_size)
        return truncated();
    const unsigned char e = m_data[m_pos + 1];
    m_pos += 2;
    switch (e) {
        case '"':
        case '\\':
        case '/': return char32_t(e);
        case 'b': return char32_t(0x08);
        case 'f': return char32_t(0x0c);
        case 'n': return char32_t(0x0a);
        case 'r': return char32_t(0x0d);
        case 't': return char32_t(0x09);
        case 'u': break;
        default:
            return syntax(at,
                          StrictJson::tr("'\\%1' is not an escape JSON knows (\\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                                         "\\uXXXX)")
                              .arg(e >= 0x20 && e < 0x7f ? QString(QLatin1Char(char(e))) : QString()));
    }
    auto hex4 = [this](qsizetype from) -> int {
        if (from + 4 > m_size)
            return -1;
        int value = 0;
        for (int k = 0; k < 4; ++k) {
            const int h = hexValue(m_data[from + k]);
            if (h < 0)
                return -1;
            value = value * 16 + h;
        }
        return value;
    };
    const int unit = hex4(m_pos);
    if (unit < 0)
        return syntax(at, StrictJson::tr("\\u must be followed by four hexadecimal digits"));
    m_pos += 4;
    // A high surrogate makes one character with a low surrogate escape right after it; alone, either half is
    // returned as it is and refused by the text rule.
    if (QChar::isHighSurrogate(char32_t(unit)) && m_pos + 1 < m_size && m_data[m_pos] == '\\'
        && m_data[m_pos + 1] == 'u') {
        const int low = hex4(m_pos + 2);
        if (low >= 0 && QChar::isLowSurrogate(char32_t(low))) {
            m_pos += 6;
            return QChar::surrogateToUcs4(char16_t(unit), char16_t(low));
        }
    }
    return char32_t(unit);
}

Result<void> Checker::number()
{
    const qsizetype start = m_pos;
    qsizetype end = m_pos;
    // The whole run of characters a number could be made of, so that "1.2.3" or "1e" is reported whole.
    while (end < m_size
           && (isDigit(m_data[end]) || m_data[end] == '-' || m_data[end] == '+' || m_data[end] == '.'
               || m_data[end] == 'e' || m_data[end] == 'E'))
        ++end;
    const QByteArrayView literal(reinterpret_cast<const char *>(m_data + start), end - start);
    m_pos = end;
    if (const QString problem = ExactNumber::grammarProblem(literal); !problem.isEmpty()) {
        const QString shown = QString::fromLatin1(literal.first(std::min<qsizetype>(literal.size(), 40)));
        Error e = syntax(start, StrictJson::tr("'%1' is not a valid number: %2").arg(shown, problem));
        e.field = field();
        return e;
    }
    if (auto parsed = ExactNumber::parse(literal); !parsed)
        return error(start, parsed.error().message, field());
    return {};
}

} // namespace

Result<StrictJson::Outline> StrictJson::check(QByteArrayView bytes, const QString &fileName)
{
    return Checker(bytes, fileName).run();
}

} // namespace bulwark::exchange
