// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/yamldocument.h"

#include "model/exchange/foreigngraph.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <istream>
#include <new>
#include <streambuf>
#include <unordered_map>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace bulwark::exchange {
namespace {

/// Thrown by the event handler to stop yaml-cpp's parser; caught in YamlDocument::parse, never beyond.
struct Refusal {
    int line = 0;
    QString message;
};

const std::string coreTag = "tag:yaml.org,2002:";

bool isDigits(std::string_view s, int base)
{
    if (s.empty())
        return false;
    for (const char c : s) {
        const bool ok = base == 8 ? (c >= '0' && c <= '7')
            : base == 16          ? ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
                                  : (c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

/// The value of a decimal number already checked against the grammar. Not strtod: it follows the C locale that
/// QCoreApplication sets from the environment (a German one reads "1.5" as 1).
double decimal(const std::string &text)
{
    return QByteArray::fromStdString(text).toDouble();
}

/// A number per the YAML 1.2 core schema, or nothing. Integers a double cannot hold exactly are left as text.
std::optional<double> coreNumber(const std::string &text)
{
    std::string_view s(text);
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x')) {
        const int base = s[1] == 'o' ? 8 : 16;
        if (!isDigits(s.substr(2), base) || s.size() > 15)
            return std::nullopt;
        return double(std::stoll(std::string(s.substr(2)), nullptr, base));
    }
    std::string_view body = s;
    if (!body.empty() && (body[0] == '-' || body[0] == '+'))
        body.remove_prefix(1);
    if (isDigits(body, 10)) {
        if (body.size() > 15)
            return std::nullopt; // beyond what a double keeps exactly: text
        return decimal(text);
    }
    // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    std::size_t i = 0;
    std::size_t digits = 0;
    while (i < body.size() && body[i] >= '0' && body[i] <= '9')
        ++i, ++digits;
    if (i < body.size() && body[i] == '.') {
        ++i;
        std::size_t fraction = 0;
        while (i < body.size() && body[i] >= '0' && body[i] <= '9')
            ++i, ++fraction;
        if (digits == 0 && fraction == 0)
            return std::nullopt;
    } else if (digits == 0) {
        return std::nullopt;
    }
    if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
        ++i;
        if (i < body.size() && (body[i] == '-' || body[i] == '+'))
            ++i;
        if (!isDigits(body.substr(i), 10))
            return std::nullopt;
        i = body.size();
    }
    if (i != body.size())
        return std::nullopt;
    const double value = decimal(text);
    if (!std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> coreBool(const std::string &s)
{
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    return std::nullopt;
}

QString escapeStep(const QString &key)
{
    QString step = key;
    step.replace(u'~', QStringLiteral("~0"));
    step.replace(u'/', QStringLiteral("~1"));
    return step;
}

/// Builds JSON values from yaml-cpp's events, counting every value (an alias as many as it stands for).
class Builder : public YAML::EventHandler
{
public:
    Builder(YamlDocuments &out, int lineDepth, qint64 bytes)
        : m_out(out),
          m_lineDepth(lineDepth),
          m_eventLimit(4 * bytes + 1024)
    { }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        event(mark);
        m_anchors.clear();
        m_stack.clear();
        m_root = QJsonValue();
        m_documentLine = mark.line + 1;
        m_lines.clear();
    }

    void OnDocumentEnd() override
    {
        m_out.documents << m_root;
        m_out.lines << m_documentLine;
        m_out.valueLines << m_lines;
        m_lines.clear();
    }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        event(mark);
        if (expectsKey())
            refuse(mark, YamlDocument::tr("a mapping key is empty (null)"));
        deliver(QJsonValue(QJsonValue::Null), 1, mark, anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        event(mark);
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            refuse(mark, YamlDocument::tr("an alias refers to a node that contains it"));
        const QJsonValue value = it->second.value; // a copy: shares the data, copies nothing
        if (expectsKey()) {
            if (!value.isString())
                refuse(mark, YamlDocument::tr("a mapping key must be text; this alias is not"));
            takeKey(value.toString(), false, mark);
            return;
        }
        deliver(value, it->second.count, mark, 0);
    }

    void
    OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &text) override
    {
        event(mark);
        if (expectsKey()) {
            const bool merge = (tag == "?" && text == "<<") || tag == coreTag + "merge";
            const QString key = QString::fromStdString(text);
            if (anchor)
                m_anchors[anchor] = {QJsonValue(key), 1};
            count(mark, 1);
            takeKey(key, merge, mark);
            return;
        }
        deliver(scalar(mark, tag, text), 1, mark, anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark,
                         const std::string &,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, false);
    }

    void OnSequenceEnd() override { close(); }

    void
    OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(mark, anchor, true);
    }

    void OnMapEnd() override { close(); }

private:
    struct Frame {
        bool isMap = false;
        QJsonObject object;
        QJsonArray array;
        QString key;
        bool hasKey = false;
        bool keyIsMerge = false;
        int keyLine = 0;
        QList<QJsonObject> merges;
        QString pointer;
        int depth = 0;
        YAML::anchor_t anchor = 0;
        qint64 count = 1;
        int line = 0;
        YAML::Mark mark;
    };
    struct Anchored {
        QJsonValue value;
        qint64 count = 0;
    };

    bool expectsKey() const { return !m_stack.empty() && m_stack.back().isMap && !m_stack.back().hasKey; }

    [[noreturn]] void refuse(const YAML::Mark &mark, const QString &message) const
    {
        throw Refusal{mark.line + 1, message};
    }

    /// Every event yaml-cpp reports needs at least a byte or so of the file; far more events than bytes means the
    /// parser is going round in circles on a malformed file (found by fuzzing: 20,000,000 values from 1.7 KB). It is
    /// stopped here instead of at the value budget, seconds later.
    void event(const YAML::Mark &mark)
    {
        if (++m_events > m_eventLimit)
            refuse(mark,
                   YamlDocument::tr("the YAML parser reads more values than a file of this size can hold; the file is "
                                    "not valid YAML"));
    }

    void count(const YAML::Mark &mark, qint64 n)
    {
        m_total += n;
        if (m_total > ReadLimits::maxNodes)
            refuse(mark,
                   YamlDocument::tr("the file expands to more than %L1 values (each use of an alias counts); it is "
                                    "refused so that it cannot exhaust memory")
                       .arg(ReadLimits::maxNodes));
    }

    QJsonValue scalar(const YAML::Mark &mark, const std::string &tag, const std::string &text) const
    {
        const QString string = QString::fromStdString(text);
        if (tag == "?") { // plain: the core schema's resolution
            if (const auto b = coreBool(text))
                return *b;
            if (const auto n = coreNumber(text))
                return *n;
            return string;
        }
        if (tag.rfind(coreTag, 0) != 0)
            return string; // quoted ("!"), or a tag of someone else's: text
        const std::string type = tag.substr(coreTag.size());
        if (type == "null")
            return QJsonValue(QJsonValue::Null);
        if (type == "bool") {
            if (const auto b = coreBool(text))
                return *b;
            refuse(mark, YamlDocument::tr("'%1' is tagged !!bool but is not true or false").arg(string.left(40)));
        }
        if (type == "int" || type == "float") {
            if (const auto n = coreNumber(text))
                return *n;
            if (type == "float")
                return string; // .inf, .nan: JSON has no such numbers
            refuse(mark, YamlDocument::tr("'%1' is tagged !!int but is not a number").arg(string.left(40)));
        }
        return string;
    }

    QString childPointer(const Frame &frame) const
    {
        return frame.isMap ? YamlDocuments::child(frame.pointer, frame.key)
                           : YamlDocuments::child(frame.pointer, frame.array.size());
    }

    void takeKey(const QString &key, bool merge, const YAML::Mark &mark)
    {
        Frame &top = m_stack.back();
        if (!merge && top.object.contains(key))
            refuse(mark, YamlDocument::tr("the key '%1' appears twice in one mapping").arg(key.left(80)));
        top.key = key;
        top.hasKey = true;
        top.keyIsMerge = merge;
        top.keyLine = mark.line + 1;
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, bool isMap)
    {
        event(mark);
        if (expectsKey())
            refuse(mark, YamlDocument::tr("a mapping key must be text, not a mapping or a list"));
        if (int(m_stack.size()) >= ReadLimits::maxDepth)
            refuse(mark, YamlDocument::tr("nested more than %1 levels deep").arg(ReadLimits::maxDepth));
        count(mark, 1);
        Frame frame;
        frame.isMap = isMap;
        frame.anchor = anchor;
        frame.line = mark.line + 1;
        frame.mark = mark;
        if (!m_stack.empty()) {
            const Frame &parent = m_stack.back();
            frame.depth = parent.depth + 1;
            frame.pointer = parent.depth + 1 <= m_lineDepth ? childPointer(parent) : parent.pointer;
            if (!parent.keyIsMerge)
                note(frame.pointer, parent, mark);
        }
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        QJsonValue value;
        if (frame.isMap) {
            for (const QJsonObject &merged : std::as_const(frame.merges)) {
                for (auto it = merged.begin(); it != merged.end(); ++it) {
                    if (!frame.object.contains(it.key()))
                        frame.object.insert(it.key(), it.value());
                }
            }
            value = frame.object;
        } else {
            value = frame.array;
        }
        if (frame.anchor)
            m_anchors[frame.anchor] = {value, frame.count};
        place(value, frame.count, frame.mark);
    }

    /// A finished scalar, alias or empty value.
    void deliver(const QJsonValue &value, qint64 n, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        count(mark, n);
        if (anchor)
            m_anchors[anchor] = {value, n};
        if (!m_stack.empty()) {
            const Frame &parent = m_stack.back();
            if (parent.depth + 1 <= m_lineDepth && !parent.keyIsMerge)
                note(childPointer(parent), parent, mark);
        }
        place(value, n, mark);
    }

    void note(const QString &pointer, const Frame &parent, const YAML::Mark &mark)
    {
        if (parent.depth + 1 > m_lineDepth)
            return;
        m_lines.insert(pointer, parent.isMap ? parent.keyLine : mark.line + 1);
    }

    /// Puts a finished value into its parent (or makes it the document).
    void place(const QJsonValue &value, qint64 n, const YAML::Mark &mark)
    {
        if (m_stack.empty()) {
            m_root = value;
            m_documentLine = mark.line + 1;
            return;
        }
        Frame &parent = m_stack.back();
        parent.count += n;
        if (!parent.isMap) {
            parent.array.append(value);
            return;
        }
        if (parent.keyIsMerge) {
            if (value.isObject()) {
                parent.merges << value.toObject();
            } else if (value.isArray()) {
                const QJsonArray list = value.toArray();
                for (const QJsonValue &item : list) {
                    if (!item.isObject())
                        refuse(mark, YamlDocument::tr("a merge key (<<) takes a mapping or a list of mappings"));
                    parent.merges << item.toObject();
                }
            } else {
                refuse(mark, YamlDocument::tr("a merge key (<<) takes a mapping or a list of mappings"));
            }
        } else {
            parent.object.insert(parent.key, value);
        }
        parent.hasKey = false;
        parent.keyIsMerge = false;
    }

    YamlDocuments &m_out;
    const int m_lineDepth;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    QHash<QString, int> m_lines;
    QJsonValue m_root;
    int m_documentLine = 1;
    qint64 m_total = 0;
    qint64 m_events = 0;
    qint64 m_eventLimit = 0;
};

/// The bytes as a stream for yaml-cpp, without a copy.
class ReadBuffer : public std::streambuf
{
public:
    explicit ReadBuffer(const QByteArray &bytes)
    {
        char *begin = const_cast<char *>(bytes.constData()); // only read: std::streambuf has no const get area
        setg(begin, begin, begin + bytes.size());
    }
};

Error yamlError(const QString &fileName, int line, const QString &message)
{
    return readError(fileName, line, message);
}

} // namespace

int YamlDocuments::line(qsizetype document, const QString &pointer) const
{
    if (document < 0 || document >= valueLines.size())
        return 0;
    const QHash<QString, int> &table = valueLines.at(document);
    QString at = pointer;
    while (!at.isEmpty()) {
        if (const auto it = table.constFind(at); it != table.cend())
            return *it;
        at.truncate(std::max<qsizetype>(0, at.lastIndexOf(u'/')));
    }
    return lines.value(document);
}

QString YamlDocuments::child(const QString &pointer, const QString &key)
{
    return pointer + u'/' + escapeStep(key);
}

QString YamlDocuments::child(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

int YamlDocument::nestingDepth(QByteArrayView bytes, int limit, int *line)
{
    std::vector<qsizetype> block; // indentation columns of the open block collections
    int flow = 0;                 // open [ and {
    char quote = 0;               // inside '...' or "..." (may span lines)
    qsizetype blockScalarIndent = -1;
    int deepest = 0;
    int lineNumber = 0;
    qsizetype pos = 0;
    const qsizetype size = bytes.size();
    while (pos < size) {
        ++lineNumber;
        qsizetype end = pos;
        while (end < size && bytes[end] != '\n')
            ++end;
        const QByteArrayView text = bytes.sliced(pos, end - pos);
        pos = end + 1;
        qsizetype indent = 0;
        while (indent < text.size() && text[indent] == ' ')
            ++indent;
        const bool blank = indent == text.size() || text[indent] == '\r';
        if (blockScalarIndent >= 0) {
            if (blank || indent > blockScalarIndent)
                continue; // the text of a | or > scalar
            blockScalarIndent = -1;
        }
        if (blank || (quote == 0 && text[indent] == '#'))
            continue;
        if (quote == 0 && indent == 0 && (text.startsWith("---") || text.startsWith("..."))) {
            block.clear();
            flow = 0;
            continue;
        }
        qsizetype i = indent;
        if (quote == 0 && flow == 0) {
            while (!block.empty() && block.back() >= indent)
                block.pop_back();
            block.push_back(indent);
            // "- - - x": each dash opens one more sequence on the same line
            while (i + 1 < text.size() && (text[i] == '-' || text[i] == '?') && text[i + 1] == ' ') {
                i += 2;
                while (i < text.size() && text[i] == ' ')
                    ++i;
                block.push_back(i);
            }
        }
        char previous = ' ';   // the last character that was not a blank
        qsizetype lastAt = -1; // the last meaningful character of the line, outside quotes and comments
        for (; i < text.size(); ++i) {
            const char c = text[i];
            if (quote) {
                if (c == quote) {
                    if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
                        ++i;
                    else
                        quote = 0;
                } else if (c == '\\' && quote == '"') {
                    ++i;
                }
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r')
                continue;
            const bool atToken = previous == ' ' || previous == ':' || previous == '-' || previous == ','
                || previous == '[' || previous == '{' || previous == '?';
            const bool spaced = i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t';
            if (c == '#' && spaced)
                break;
            if ((c == '"' || c == '\'') && atToken) { // not the ' of "rock 'n roll" (plain text)
                quote = c;
            } else if ((c == '[' || c == '{') && (flow > 0 || atToken)) {
                ++flow;
            } else if ((c == ']' || c == '}') && flow > 0) {
                --flow;
            }
            previous = c;
            lastAt = i;
        }
        const int depth = int(block.size()) + flow;
        if (depth > deepest) {
            deepest = depth;
            if (deepest > limit) {
                if (line)
                    *line = lineNumber;
                return deepest;
            }
        }
        // A block scalar indicator (| or >, maybe with digits, + or -) ends the line: skip its text.
        if (quote == 0 && flow == 0 && lastAt >= 0) {
            qsizetype k = lastAt;
            while (k > 0 && (text[k] == '+' || text[k] == '-' || (text[k] >= '1' && text[k] <= '9')))
                --k;
            if ((text[k] == '|' || text[k] == '>') && (k == 0 || text[k - 1] == ' '))
                blockScalarIndent = indent;
        }
    }
    return deepest;
}

Result<YamlDocuments> YamlDocument::parse(const QByteArray &bytes, const QString &fileName, int lineDepth)
{
    if (bytes.size() > ReadLimits::maxFileBytes)
        return yamlError(
            fileName, 0, tr("the file has more than %L1 MiB; it is refused").arg(ReadLimits::maxFileBytes >> 20));
    int deepLine = 0;
    if (const int depth = nestingDepth(bytes, ReadLimits::maxDepth, &deepLine); depth > ReadLimits::maxDepth)
        return yamlError(
            fileName, deepLine, tr("nested more than %1 levels deep; the file is refused").arg(ReadLimits::maxDepth));
    YamlDocuments out;
    try {
        ReadBuffer buffer(bytes);
        std::istream stream(&buffer);
        YAML::Parser parser(stream);
        Builder builder(out, lineDepth, bytes.size());
        while (parser.HandleNextDocument(builder)) { }
    } catch (const Refusal &refusal) {
        return yamlError(fileName, refusal.line, refusal.message);
    } catch (const YAML::Exception &e) {
        const QString message = QString::fromStdString(e.msg);
        return yamlError(fileName,
                         e.mark.is_null() ? 0 : e.mark.line + 1,
                         tr("not valid YAML (%1)").arg(message.isEmpty() ? tr("no detail") : message));
    } catch (const std::bad_alloc &) {
        return yamlError(fileName, 0, tr("the file is too large to read in the memory available"));
    } catch (const std::exception &e) {
        return yamlError(fileName, 0, tr("not valid YAML (%1)").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return yamlError(fileName, 0, tr("not valid YAML"));
    }
    return out;
}

} // namespace bulwark::exchange
