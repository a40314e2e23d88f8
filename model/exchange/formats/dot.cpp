// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formats/dot.h"

#include "model/exchange/formats/nodevalues.h"
#include "model/register/fields.h"
#include "model/register/vocabulary.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <graphviz/cgraph.h>
#include <mutex>
#include <string>
#include <vector>

namespace bulwark::exchange {
namespace {

/// cgraph keeps its error handler, its error text and its lexer in globals: one parse at a time.
std::mutex &cgraphMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::string &cgraphMessages()
{
    static std::string messages;
    return messages;
}

int collectMessage(char *message)
{
    cgraphMessages() += message;
    return 0;
}

/// Attributes that place or draw a node or edge; they say nothing about the map and are not kept.
const QSet<QString> &layoutAttributes()
{
    static const QSet<QString> names{
        QStringLiteral("pos"),
        QStringLiteral("bb"),
        QStringLiteral("lp"),
        QStringLiteral("xlp"),
        QStringLiteral("head_lp"),
        QStringLiteral("tail_lp"),
        QStringLiteral("width"),
        QStringLiteral("height"),
        QStringLiteral("fixedsize"),
        QStringLiteral("shape"),
        QStringLiteral("style"),
        QStringLiteral("color"),
        QStringLiteral("fillcolor"),
        QStringLiteral("fontname"),
        QStringLiteral("fontsize"),
        QStringLiteral("fontcolor"),
        QStringLiteral("penwidth"),
        QStringLiteral("peripheries"),
        QStringLiteral("margin"),
        QStringLiteral("rects"),
        QStringLiteral("vertices"),
        QStringLiteral("orientation"),
        QStringLiteral("sides"),
        QStringLiteral("skew"),
        QStringLiteral("distortion"),
        QStringLiteral("regular"),
        QStringLiteral("group"),
        QStringLiteral("rank"),
        QStringLiteral("ordering"),
        QStringLiteral("image"),
        QStringLiteral("imagescale"),
        QStringLiteral("labelloc"),
        QStringLiteral("labeljust"),
        QStringLiteral("gradientangle"),
        QStringLiteral("z"),
        QStringLiteral("pin"),
        QStringLiteral("nojustify"),
        QStringLiteral("sortv"),
        QStringLiteral("_draw_"),
        QStringLiteral("_ldraw_"),
        QStringLiteral("_hdraw_"),
        QStringLiteral("_tdraw_"),
        QStringLiteral("_hldraw_"),
        QStringLiteral("_tldraw_"),
        QStringLiteral("arrowhead"),
        QStringLiteral("arrowtail"),
        QStringLiteral("arrowsize"),
        QStringLiteral("dir"),
        QStringLiteral("weight"),
        QStringLiteral("constraint"),
        QStringLiteral("minlen"),
        QStringLiteral("headport"),
        QStringLiteral("tailport"),
        QStringLiteral("samehead"),
        QStringLiteral("sametail"),
        QStringLiteral("labelangle"),
        QStringLiteral("labeldistance"),
        QStringLiteral("labelfontsize"),
        QStringLiteral("labelfontname"),
        QStringLiteral("labelfontcolor"),
        QStringLiteral("decorate"),
        QStringLiteral("headclip"),
        QStringLiteral("tailclip"),
    };
    return names;
}

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

/// A label as Graphviz shows it: \N the node's name, \G the graph's, \n \l \r line breaks (a space here: a name is
/// one line), \\ a backslash; an HTML label's tags removed.
QString labelText(char *raw, const QString &nodeName, const QString &graphName)
{
    const QString label = text(raw);
    if (raw && aghtmlstr(raw)) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        return QString(label).remove(tags).simplified();
    }
    QString out;
    out.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i);
        if (c != u'\\' || i + 1 == label.size()) {
            out += c;
            continue;
        }
        const QChar next = label.at(++i);
        if (next == u'N')
            out += nodeName;
        else if (next == u'G')
            out += graphName;
        else if (next == u'n' || next == u'l' || next == u'r')
            out += u' ';
        else
            out += next;
    }
    return out.simplified();
}

/// The deepest nesting of braces outside strings and comments, and the line where it passes `limit` (0: it does not):
/// cgraph would otherwise recurse through every level (issue 17: 100,000 nested subgraphs).
int nestingBeyond(const QByteArray &bytes, int limit)
{
    int depth = 0, line = 1;
    const qsizetype n = bytes.size();
    bool lineStart = true;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            ++line;
            lineStart = true;
            continue;
        }
        if (c == '"') {
            for (++i; i < n && bytes.at(i) != '"'; ++i) {
                if (bytes.at(i) == '\\' && i + 1 < n)
                    ++i;
                if (bytes.at(i) == '\n')
                    ++line;
            }
        } else if (c == '<') {
            // An HTML string: <...> with nested <>.
            int angle = 1;
            for (++i; i < n && angle > 0; ++i) {
                if (bytes.at(i) == '<')
                    ++angle;
                else if (bytes.at(i) == '>')
                    --angle;
                else if (bytes.at(i) == '\n')
                    ++line;
            }
            --i;
        } else if (c == '/' && i + 1 < n && bytes.at(i + 1) == '/') {
            while (i + 1 < n && bytes.at(i + 1) != '\n')
                ++i;
        } else if (c == '#' && lineStart) {
            while (i + 1 < n && bytes.at(i + 1) != '\n')
                ++i;
        } else if (c == '/' && i + 1 < n && bytes.at(i + 1) == '*') {
            for (i += 2; i + 1 < n && !(bytes.at(i) == '*' && bytes.at(i + 1) == '/'); ++i) {
                if (bytes.at(i) == '\n')
                    ++line;
            }
            ++i;
        } else if (c == '{') {
            if (++depth > limit)
                return line;
        } else if (c == '}') {
            --depth;
        }
        if (c != ' ' && c != '\t' && c != '\r')
            lineStart = false;
    }
    return 0;
}

Error dotError(const QString &file, int line, const QString &message)
{
    return readError(file, line, message);
}

/// Gives every node of `graph` that is in a cluster (a subgraph whose name starts with "cluster") the innermost
/// cluster's label or name.
void collectClusters(Agraph_t *graph, QHash<QString, QString> &clusterOf, int depth)
{
    if (depth > ReadLimits::maxDepth)
        return;
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        const QString name = text(agnameof(sub));
        if (name.startsWith(u"cluster")) {
            // A subgraph inherits its parent's label: only its own names it.
            QString label = text(agget(sub, const_cast<char *>("label")));
            if (label.isEmpty() || label == text(agget(graph, const_cast<char *>("label"))))
                label = name;
            for (Agnode_t *node = agfstnode(sub); node; node = agnxtnode(sub, node))
                clusterOf.insert(text(agnameof(node)), label);
        }
        collectClusters(sub, clusterOf, depth + 1);
    }
}

/// Resets cgraph's lexer after an error: cgraph 2.42 keeps the rest of the failed input and fails the next parse.
void resetLexer()
{
    for (int i = 0; i < 3; ++i) {
        cgraphMessages().clear();
        if (Agraph_t *g = agmemread("digraph{}")) {
            agclose(g);
            if (cgraphMessages().empty())
                return;
        }
    }
}

/// A quoted DOT string: " escaped (cgraph unescapes only \"); a trailing backslash gets a space so it does not escape
/// the closing quote.
QByteArray quoted(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('"', "\\\"");
    if (out.endsWith('\\'))
        out += ' ';
    return '"' + out + '"';
}

/// A label: a backslash doubled (Graphviz's label escapes), then quoted.
QByteArray quotedLabel(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    return quoted(escaped);
}

QString attributeText(const QJsonValue &value)
{
    switch (value.type()) {
        case QJsonValue::String: return value.toString();
        case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 17);
        case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        case QJsonValue::Object:
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        default: return {};
    }
}

const char *shapeOf(ElementKind kind)
{
    switch (kind) {
        case ElementKind::Function: return "box";
        case ElementKind::Application: return "component";
        case ElementKind::DataStore: return "cylinder";
        case ElementKind::Infrastructure: return "box3d";
        case ElementKind::Network: return "hexagon";
        case ElementKind::Facility: return "house";
        case ElementKind::IctService: return "ellipse";
        case ElementKind::Provider: return "octagon";
        case ElementKind::Location: return "tab";
    }
    return "box";
}

} // namespace

Result<ForeignGraph> Dot::read(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > ReadLimits::maxFileBytes)
        return dotError(fileName, 0, tr("a file of more than %1 MiB is not read").arg(ReadLimits::maxFileBytes >> 20));
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return dotError(fileName,
                        int(std::count(bytes.begin(), bytes.begin() + nul, '\n')) + 1,
                        tr("a DOT file is text; this one has a NUL byte"));
    if (const int line = nestingBeyond(bytes, ReadLimits::maxDepth))
        return dotError(fileName, line, tr("subgraphs are nested more than %1 deep").arg(ReadLimits::maxDepth));

    ForeignGraph graph;
    graph.format = QStringLiteral("dot");
    const std::lock_guard<std::mutex> lock(cgraphMutex());
    cgraphMessages().clear();
    agseterrf(&collectMessage);
    agseterr(AGWARN);
    Agraph_t *g = agmemread(bytes.constData());
    const QString messages = QString::fromUtf8(cgraphMessages().c_str());
    if (!g || messages.contains(u"Error")) {
        if (g)
            agclose(g);
        resetLexer();
        static const QRegularExpression lineOf(QStringLiteral("in line (\\d+)"));
        const QRegularExpressionMatch match = lineOf.match(messages);
        QString message = messages.section(u'\n', 0, 0).trimmed();
        if (message.startsWith(u"Error: "))
            message = message.mid(7);
        if (message.isEmpty())
            message = tr("not a DOT graph");
        return dotError(
            fileName, match.hasMatch() ? match.captured(1).toInt() : 0, tr("not valid DOT: %1").arg(message));
    }

    const QString graphName = text(agnameof(g));
    const bool directed = agisdirected(g);
    QHash<QString, QString> clusterOf;
    collectClusters(g, clusterOf, 1);

    std::vector<Agsym_t *> nodeAttributes;
    for (Agsym_t *sym = agnxtattr(g, AGNODE, nullptr); sym; sym = agnxtattr(g, AGNODE, sym)) {
        if (!layoutAttributes().contains(text(sym->name)))
            nodeAttributes.push_back(sym);
    }
    std::vector<Agedge_t *> edges;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        ForeignNode node;
        node.id = text(agnameof(n));
        NodeValues values;
        for (Agsym_t *sym : nodeAttributes) {
            char *raw = agxget(n, sym);
            const QString name = text(sym->name);
            if (name == u"label") {
                const QString label = labelText(raw, node.id, graphName);
                if (label != node.id)
                    values.add(name, label);
            } else if (raw && *raw) {
                values.add(name, text(raw));
            }
        }
        values.applyTo(node, fileName, graph.notes);
        if (const auto cluster = clusterOf.constFind(node.id); cluster != clusterOf.cend())
            node.fields.insert(QStringLiteral("cluster"), *cluster);
        graph.nodes.append(std::move(node));
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
            edges.push_back(e);
    }
    // In the file's order.
    std::sort(edges.begin(), edges.end(), [](Agedge_t *a, Agedge_t *b) { return AGSEQ(a) < AGSEQ(b); });
    Agsym_t *strength = agattr(g, AGEDGE, const_cast<char *>("strength"), nullptr);
    Agsym_t *style = agattr(g, AGEDGE, const_cast<char *>("style"), nullptr);
    Agsym_t *label = agattr(g, AGEDGE, const_cast<char *>("label"), nullptr);
    QSet<QString> undirectedPairs;
    for (Agedge_t *e : edges) {
        ForeignEdge edge;
        edge.from = text(agnameof(agtail(e)));
        edge.to = text(agnameof(aghead(e)));
        const QString strengthText = strength ? text(agxget(e, strength)).trimmed() : QString();
        const QString styleText = style ? text(agxget(e, style)) : QString();
        edge.soft = strengthText == u"soft"
            || (strengthText.isEmpty() && (styleText.contains(u"dashed") || styleText.contains(u"dotted")));
        if (label)
            edge.via = labelText(agxget(e, label), QString(), graphName);
        if (!directed) {
            if (undirectedPairs.isEmpty())
                graph.notes.append({fileName,
                                    0,
                                    QString(),
                                    tr("the graph is undirected: each edge a -- b is read as a needing b, in the "
                                       "file's order; check the direction")});
            const QString pair = edge.from < edge.to ? edge.from + u'\n' + edge.to : edge.to + u'\n' + edge.from;
            if (undirectedPairs.contains(pair))
                continue;
            undirectedPairs.insert(pair);
        }
        graph.edges.append(std::move(edge));
    }
    agclose(g);
    return graph;
}

int Dot::sniff(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const auto skipSpaceAndComments = [&] {
        for (;;) {
            while (i < head.size() && QChar::isSpace(uchar(head.at(i))))
                ++i;
            if (head.sliced(i).startsWith("//") || head.sliced(i).startsWith("#")) {
                while (i < head.size() && head.at(i) != '\n')
                    ++i;
            } else if (head.sliced(i).startsWith("/*")) {
                const qsizetype end = head.indexOf("*/", i + 2);
                i = end < 0 ? head.size() : end + 2;
            } else {
                return;
            }
        }
    };
    const auto word = [&] {
        const qsizetype start = i;
        while (i < head.size() && (QChar::isLetterOrNumber(uchar(head.at(i))) || head.at(i) == '_'))
            ++i;
        return head.sliced(start, i - start).toByteArray().toLower();
    };
    skipSpaceAndComments();
    QByteArray keyword = word();
    if (keyword == "strict") {
        skipSpaceAndComments();
        keyword = word();
    }
    if (keyword != "digraph" && keyword != "graph")
        return 0;
    skipSpaceAndComments();
    if (i < head.size() && head.at(i) == '"') {
        const qsizetype end = head.indexOf('"', i + 1);
        i = end < 0 ? head.size() : end + 1;
    } else {
        word();
    }
    skipSpaceAndComments();
    return i < head.size() && head.at(i) == '{' ? 90 : 0;
}

QByteArray Dot::write(const RegisterData &data)
{
    QByteArray out = "digraph register {\n";
    out += "  node [shape=box];\n";
    const FieldTable<Element> &fields = Fields::element();
    for (const Element &element : data.elements) {
        out += "  " + quoted(element.key) + " [label=" + quotedLabel(element.name);
        for (const Field<Element> &field : fields) {
            if (field.token == u"key" || field.token == u"name")
                continue;
            if (const QString value = field.text(element); !value.isEmpty())
                out += ", " + field.token.toUtf8() + '=' + quoted(value);
        }
        for (auto it = element.attributes.begin(); it != element.attributes.end(); ++it) {
            if (it.key() == u"label" || layoutAttributes().contains(it.key()))
                continue;
            out += ", " + quoted(it.key()) + '=' + quoted(attributeText(it.value()));
        }
        out += ", shape=";
        out += shapeOf(element.kind);
        out += "];\n";
    }
    for (const Dependency &dependency : data.dependencies) {
        out += "  " + quoted(dependency.from) + " -> " + quoted(dependency.to);
        out += " [strength=" + Vocabulary::token(dependency.strength).toUtf8();
        if (dependency.strength == Strength::Soft)
            out += ", style=dashed";
        if (!dependency.group.isEmpty())
            out += ", redundancy_group=" + quoted(dependency.group);
        for (auto it = dependency.attributes.begin(); it != dependency.attributes.end(); ++it) {
            if (it.key() == u"label" || it.key() == u"strength" || layoutAttributes().contains(it.key()))
                continue;
            out += ", " + quoted(it.key()) + '=' + quoted(attributeText(it.value()));
        }
        out += "];\n";
    }
    out += "}\n";
    return out;
}

} // namespace bulwark::exchange
