// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formats/graphml.h"

#include "model/exchange/formats/nodevalues.h"
#include "model/register/exactnumber.h"
#include "model/register/fields.h"
#include "model/register/registercodec.h"
#include "model/register/vocabulary.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <map>
#include <vector>

namespace bulwark::exchange {
namespace {

/// A <key> declaration: what a <data key="..."> means.
struct Key {
    QString name;                ///< attr.name, or the key's id where it has none
    QString type;                ///< attr.type: string, int, long, float, double, boolean
    QString domain;              ///< for: node, edge, graph, all...
    bool isNodeGraphics = false; ///< yEd's yfiles.type="nodegraphics" (its label is the node's name)
    bool hasDefault = false;
    QString defaultText;
};

/// The value of a data element as the key's type says, for an attribute; the text where it does not parse.
QJsonValue typedValue(const Key *key, const QString &text)
{
    if (!key)
        return text;
    const QString t = text.trimmed();
    bool ok = false;
    if (key->type == u"int" || key->type == u"long") {
        const qlonglong v = t.toLongLong(&ok);
        if (ok && qAbs(v) <= (qlonglong(1) << 53))
            return double(v);
    } else if (key->type == u"float" || key->type == u"double") {
        const double v = t.toDouble(&ok);
        if (ok && std::isfinite(v))
            return v;
    } else if (key->type == u"boolean") {
        if (t.compare(u"true", Qt::CaseInsensitive) == 0 || t == u"1")
            return true;
        if (t.compare(u"false", Qt::CaseInsensitive) == 0 || t == u"0")
            return false;
    }
    return text;
}

/// An open <graph>, <node> or <edge>.
struct Frame {
    enum class Type { Graph, Node, Edge, Other } type = Type::Other;
    bool undirected = false; ///< a graph's default, an edge's own
    qsizetype node = -1;     ///< a node's index in ForeignGraph::nodes
    QString parentNode;      ///< a graph's node (nested graphs), or empty
    NodeValues values;
    QSet<QString> keysGiven;
    QString yedLabel; ///< a node's label in yEd's graphics
    ForeignEdge edge;
    bool hasEdge = false;
};

class Reader
{
public:
    Reader(const QByteArray &bytes, const QString &fileName) : m_xml(bytes), m_file(fileName)
    {
        m_graph.format = QStringLiteral("graphml");
        m_xml.setNamespaceProcessing(true);
        // A second guard: entity declarations are refused at the DTD already.
        m_xml.setEntityExpansionLimit(1024);
    }

    Result<ForeignGraph> run();

private:
    Error error(const QString &text, const QString &element = {}) const
    {
        Error e = makeError(Error::Code::Format,
                            element.isEmpty() ? text : GraphMl::tr("element <%1>: %2").arg(element, text));
        e.file = m_file;
        e.line = int(m_xml.lineNumber());
        return e;
    }
    std::optional<Error> enter()
    {
        if (++m_depth > ReadLimits::maxDepth)
            return error(GraphMl::tr("the elements are nested more than %1 deep").arg(ReadLimits::maxDepth),
                         m_xml.name().toString());
        return std::nullopt;
    }
    std::optional<Error> startElement();
    std::optional<Error> endElement();
    std::optional<Error> readData(Frame *owner);
    void finishNode(Frame &frame);
    void finishEdge(Frame &frame);

    QXmlStreamReader m_xml;
    QString m_file;
    ForeignGraph m_graph;
    QHash<QString, Key> m_keys;
    QSet<QString> m_unknownKeys;
    std::vector<Frame> m_frames;
    Key *m_openKey = nullptr; ///< the <key> being read (for its <default>)
    int m_depth = 0;
    bool m_sawRoot = false;
    bool m_notedUndirected = false;
    QSet<QString> m_undirectedPairs;
};

Result<ForeignGraph> Reader::run()
{
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
            case QXmlStreamReader::DTD:
                // Billion laughs and external entities need declarations; GraphML needs none.
                if (!m_xml.entityDeclarations().isEmpty())
                    return error(GraphMl::tr("the document type declaration declares entities, which a GraphML file "
                                             "does not need; the file is not read"));
                break;
            case QXmlStreamReader::StartElement:
                if (auto e = startElement())
                    return *e;
                break;
            case QXmlStreamReader::EndElement:
                if (auto e = endElement())
                    return *e;
                break;
            default: break;
        }
    }
    if (m_xml.hasError())
        return error(GraphMl::tr("not well-formed XML: %1").arg(m_xml.errorString()));
    if (!m_sawRoot)
        return error(GraphMl::tr("there is no <graphml> element"));
    return std::move(m_graph);
}

std::optional<Error> Reader::startElement()
{
    if (auto e = enter())
        return e;
    const QStringView name = m_xml.name();
    const QXmlStreamAttributes attributes = m_xml.attributes();
    if (!m_sawRoot) {
        if (name != u"graphml")
            return error(GraphMl::tr("a GraphML file starts with <graphml>"), name.toString());
        m_sawRoot = true;
        return std::nullopt;
    }
    Frame *top = m_frames.empty() ? nullptr : &m_frames.back();
    if (name == u"key") {
        const QString id = attributes.value(QLatin1StringView("id")).toString();
        if (id.isEmpty())
            return error(GraphMl::tr("a key needs an id"), QStringLiteral("key"));
        Key key;
        key.name = attributes.hasAttribute(QLatin1StringView("attr.name"))
            ? attributes.value(QLatin1StringView("attr.name")).toString()
            : id;
        key.type = attributes.value(QLatin1StringView("attr.type")).toString();
        key.domain = attributes.value(QLatin1StringView("for")).toString();
        key.isNodeGraphics = attributes.value(QLatin1StringView("yfiles.type")) == u"nodegraphics";
        m_keys.insert(id, key);
        m_openKey = &m_keys[id];
        m_frames.push_back(Frame{});
        return std::nullopt;
    }
    if (name == u"default" && m_openKey) {
        m_openKey->hasDefault = true;
        m_openKey->defaultText = m_xml.readElementText(QXmlStreamReader::SkipChildElements);
        --m_depth; // readElementText consumed the end element
        if (m_xml.hasError())
            return error(GraphMl::tr("not well-formed XML: %1").arg(m_xml.errorString()), QStringLiteral("default"));
        return std::nullopt;
    }
    if (name == u"graph") {
        Frame frame;
        frame.type = Frame::Type::Graph;
        frame.undirected = attributes.value(QLatin1StringView("edgedefault")) == u"undirected";
        if (top && top->type == Frame::Type::Node)
            frame.parentNode = m_graph.nodes.at(top->node).id;
        m_frames.push_back(std::move(frame));
        return std::nullopt;
    }
    if (name == u"node") {
        const QString id = attributes.value(QLatin1StringView("id")).toString();
        if (!attributes.hasAttribute(QLatin1StringView("id")) || id.isEmpty())
            return error(GraphMl::tr("a node needs an id"), QStringLiteral("node"));
        if (m_graph.nodes.size() + m_graph.edges.size() >= ReadLimits::maxNodes)
            return error(GraphMl::tr("more than %1 nodes and edges").arg(ReadLimits::maxNodes), QStringLiteral("node"));
        ForeignNode node;
        node.id = id;
        node.line = int(m_xml.lineNumber());
        if (top && top->type == Frame::Type::Graph && !top->parentNode.isEmpty())
            node.fields.insert(QStringLiteral("parent"), top->parentNode);
        Frame frame;
        frame.type = Frame::Type::Node;
        frame.node = m_graph.nodes.size();
        m_graph.nodes.append(std::move(node));
        m_frames.push_back(std::move(frame));
        return std::nullopt;
    }
    if (name == u"edge") {
        if (!attributes.hasAttribute(QLatin1StringView("source"))
            || !attributes.hasAttribute(QLatin1StringView("target")))
            return error(GraphMl::tr("an edge needs a source and a target"), QStringLiteral("edge"));
        if (m_graph.nodes.size() + m_graph.edges.size() >= ReadLimits::maxNodes)
            return error(GraphMl::tr("more than %1 nodes and edges").arg(ReadLimits::maxNodes), QStringLiteral("edge"));
        Frame frame;
        frame.type = Frame::Type::Edge;
        frame.hasEdge = true;
        frame.edge.from = attributes.value(QLatin1StringView("source")).toString();
        frame.edge.to = attributes.value(QLatin1StringView("target")).toString();
        frame.edge.line = int(m_xml.lineNumber());
        bool undirected = false;
        for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
            if (it->type == Frame::Type::Graph) {
                undirected = it->undirected;
                break;
            }
        }
        if (attributes.hasAttribute(QLatin1StringView("directed")))
            undirected = attributes.value(QLatin1StringView("directed")) == u"false";
        frame.undirected = undirected;
        m_frames.push_back(std::move(frame));
        return std::nullopt;
    }
    if (name == u"data")
        return readData(top && (top->type == Frame::Type::Node || top->type == Frame::Type::Edge) ? top : nullptr);
    if (name == u"hyperedge")
        m_graph.notes.append({m_file,
                              int(m_xml.lineNumber()),
                              attributes.value(QLatin1StringView("id")).toString(),
                              GraphMl::tr("a hyperedge has no direction; it is left out")});
    m_frames.push_back(Frame{});
    return std::nullopt;
}

std::optional<Error> Reader::readData(Frame *owner)
{
    const QString keyId = m_xml.attributes().value(QLatin1StringView("key")).toString();
    const int line = int(m_xml.lineNumber());
    const auto found = m_keys.constFind(keyId);
    const Key *key = found == m_keys.cend() ? nullptr : &*found;
    QString text, yedLabel;
    bool labelTaken = false;
    int level = 1, labelLevel = 0;
    while (level > 0) {
        switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                if (auto e = enter())
                    return e;
                ++level;
                if (key && key->isNodeGraphics && !labelTaken && labelLevel == 0 && m_xml.name() == u"NodeLabel")
                    labelLevel = level;
                break;
            case QXmlStreamReader::EndElement:
                --m_depth;
                if (level == labelLevel) {
                    labelLevel = 0;
                    labelTaken = !yedLabel.trimmed().isEmpty();
                }
                --level;
                break;
            case QXmlStreamReader::Characters:
                if (level == 1)
                    text += m_xml.text();
                else if (labelLevel != 0 && level == labelLevel)
                    yedLabel += m_xml.text();
                break;
            case QXmlStreamReader::Invalid:
                return error(GraphMl::tr("not well-formed XML: %1").arg(m_xml.errorString()), QStringLiteral("data"));
            default: break;
        }
    }
    if (!owner)
        return std::nullopt; // data of a graph or the document: nothing of the register
    if (!key && !m_unknownKeys.contains(keyId)) {
        m_unknownKeys.insert(keyId);
        m_graph.notes.append({m_file,
                              line,
                              keyId,
                              GraphMl::tr("the data key '%1' is not declared; its values are kept under that name")
                                  .arg(keyId.left(60))});
    }
    owner->keysGiven.insert(keyId);
    if (key && key->isNodeGraphics) {
        if (owner->type == Frame::Type::Node && owner->yedLabel.isEmpty())
            owner->yedLabel = yedLabel.trimmed();
        return std::nullopt;
    }
    const QString name = key ? key->name : keyId;
    if (owner->type == Frame::Type::Node) {
        owner->values.add(name, text, typedValue(key, text));
    } else {
        const QString t = text.trimmed();
        if (name == u"strength") {
            if (t == u"soft")
                owner->edge.soft = true;
            else if (t == u"hard")
                owner->edge.soft = false;
            else
                m_graph.notes.append({m_file,
                                      line,
                                      owner->edge.from,
                                      GraphMl::tr("the strength '%1' of %2 -> %3 is neither hard nor soft; it is read "
                                                  "as hard")
                                          .arg(t.left(40), owner->edge.from, owner->edge.to)});
        } else if ((name == u"relation" || name == u"label" || name == u"labelE") && owner->edge.via.isEmpty()) {
            owner->edge.via = t;
        }
    }
    return std::nullopt;
}

void Reader::finishNode(Frame &frame)
{
    ForeignNode &node = m_graph.nodes[frame.node];
    // Defaults of node keys the node does not give.
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (it->hasDefault && !it->isNodeGraphics && (it->domain == u"node" || it->domain == u"all")
            && !frame.keysGiven.contains(it.key()))
            frame.values.add(it->name, it->defaultText, typedValue(&*it, it->defaultText));
    }
    frame.values.applyTo(node, m_file, m_graph.notes);
    // yEd's own label names the node only where no name or label key does.
    if (node.name.isEmpty())
        node.name = frame.yedLabel;
}

void Reader::finishEdge(Frame &frame)
{
    ForeignEdge &edge = frame.edge;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (it->hasDefault && it->name == u"strength" && (it->domain == u"edge" || it->domain == u"all")
            && !frame.keysGiven.contains(it.key()))
            edge.soft = it->defaultText.trimmed() == u"soft";
    }
    if (frame.undirected) {
        if (!m_notedUndirected) {
            m_notedUndirected = true;
            m_graph.notes.append(
                {m_file,
                 edge.line,
                 QString(),
                 GraphMl::tr("the graph's edges are undirected: each is read as its source needing its "
                             "target, in the file's order; check the direction")});
        }
        const QString pair = edge.from < edge.to ? edge.from + u'\n' + edge.to : edge.to + u'\n' + edge.from;
        if (m_undirectedPairs.contains(pair))
            return; // the same undirected edge again, the other way round
        m_undirectedPairs.insert(pair);
    }
    m_graph.edges.append(std::move(edge));
}

std::optional<Error> Reader::endElement()
{
    --m_depth;
    if (m_frames.empty())
        return std::nullopt; // </graphml>
    Frame frame = std::move(m_frames.back());
    m_frames.pop_back();
    if (m_xml.name() == u"key")
        m_openKey = nullptr;
    if (frame.type == Frame::Type::Node)
        finishNode(frame);
    else if (frame.type == Frame::Type::Edge)
        finishEdge(frame);
    return std::nullopt;
}

/// The attr.type of a column of attribute values: double or boolean where every value is one, else string.
QString attributeType(const std::vector<QJsonValue> &values)
{
    const bool numbers = std::all_of(values.begin(), values.end(), [](const QJsonValue &v) { return v.isDouble(); });
    const bool booleans = std::all_of(values.begin(), values.end(), [](const QJsonValue &v) { return v.isBool(); });
    return numbers ? QStringLiteral("double") : booleans ? QStringLiteral("boolean") : QStringLiteral("string");
}

QString attributeText(const QJsonValue &value)
{
    switch (value.type()) {
        case QJsonValue::String: return value.toString();
        case QJsonValue::Double: return ExactNumber::canonical(value.toDouble());
        case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        case QJsonValue::Object:
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        default: return {};
    }
}

QString fieldTypeName(FieldType type)
{
    switch (type) {
        case FieldType::WholeNumber:
        case FieldType::Minutes: return QStringLiteral("int");
        case FieldType::Fraction: return QStringLiteral("double");
        case FieldType::YesNo: return QStringLiteral("boolean");
        default: return QStringLiteral("string");
    }
}

/// Attribute names and their key ids ("a0", "a1"... in name order) with their attr.type.
template<typename T>
std::map<QString, std::pair<QString, QString>> attributeKeys(const std::vector<T> &values, QChar prefix)
{
    std::map<QString, std::vector<QJsonValue>> columns;
    for (const T &value : values) {
        for (auto it = value.attributes.begin(); it != value.attributes.end(); ++it)
            columns[it.key()].push_back(it.value());
    }
    std::map<QString, std::pair<QString, QString>> keys;
    int n = 0;
    for (const auto &[name, column] : columns)
        keys[name] = {prefix + QString::number(n++), attributeType(column)};
    return keys;
}

void writeKey(QXmlStreamWriter &xml, const QString &id, const QString &domain, const QString &name, const QString &type)
{
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("for"), domain);
    xml.writeAttribute(QStringLiteral("attr.name"), name);
    xml.writeAttribute(QStringLiteral("attr.type"), type);
}

void writeData(QXmlStreamWriter &xml, const QString &key, const QString &text)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), key);
    xml.writeCharacters(text);
    xml.writeEndElement();
}

} // namespace

Result<ForeignGraph> GraphMl::read(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > ReadLimits::maxFileBytes) {
        Error e = makeError(Error::Code::Invalid,
                            tr("a file of more than %1 MiB is not read").arg(ReadLimits::maxFileBytes >> 20));
        e.file = fileName;
        return e;
    }
    Reader reader(bytes, fileName);
    return reader.run();
}

int GraphMl::sniff(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024));
    if (head.indexOf(QByteArrayView("<graphml")) >= 0)
        return 95;
    if (head.indexOf(QByteArrayView("graphml.graphdrawing.org")) >= 0)
        return 90;
    return 0;
}

QByteArray GraphMl::write(const RegisterData &data)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.yworks.com/xml/graphml"), QStringLiteral("y"));
    // Gephi shows the data key named "label" as the node's label; yEd shows its ShapeNode label (key "ng").
    writeKey(xml, QStringLiteral("label"), QStringLiteral("node"), QStringLiteral("label"), QStringLiteral("string"));
    const FieldTable<Element> &fields = Fields::element();
    for (const Field<Element> &field : fields) {
        if (field.token != u"key")
            writeKey(xml, field.token, QStringLiteral("node"), field.token, fieldTypeName(field.type));
    }
    const auto elementKeys = attributeKeys(data.elements, u'a');
    for (const auto &[name, key] : elementKeys)
        writeKey(xml, key.first, QStringLiteral("node"), name, key.second);
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("ng"));
    xml.writeAttribute(QStringLiteral("for"), QStringLiteral("node"));
    xml.writeAttribute(QStringLiteral("yfiles.type"), QStringLiteral("nodegraphics"));
    writeKey(
        xml, QStringLiteral("strength"), QStringLiteral("edge"), QStringLiteral("strength"), QStringLiteral("string"));
    writeKey(xml, QStringLiteral("group"), QStringLiteral("edge"), QStringLiteral("group"), QStringLiteral("string"));
    const auto dependencyKeys = attributeKeys(data.dependencies, u'b');
    for (const auto &[name, key] : dependencyKeys)
        writeKey(xml, key.first, QStringLiteral("edge"), name, key.second);

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("register"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    for (const Element &element : data.elements) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), element.key);
        writeData(xml, QStringLiteral("label"), element.name);
        for (const Field<Element> &field : fields) {
            if (field.token == u"key")
                continue;
            if (const QString text = field.text(element); !text.isEmpty())
                writeData(xml, field.token, text);
        }
        for (auto it = element.attributes.begin(); it != element.attributes.end(); ++it)
            writeData(xml, elementKeys.at(it.key()).first, attributeText(it.value()));
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), QStringLiteral("ng"));
        xml.writeStartElement(QStringLiteral("http://www.yworks.com/xml/graphml"), QStringLiteral("ShapeNode"));
        xml.writeTextElement(
            QStringLiteral("http://www.yworks.com/xml/graphml"), QStringLiteral("NodeLabel"), element.name);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    qsizetype n = 0;
    for (const Dependency &dependency : data.dependencies) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(n++));
        xml.writeAttribute(QStringLiteral("source"), dependency.from);
        xml.writeAttribute(QStringLiteral("target"), dependency.to);
        writeData(xml, QStringLiteral("strength"), Vocabulary::token(dependency.strength));
        if (!dependency.group.isEmpty())
            writeData(xml, QStringLiteral("group"), dependency.group);
        for (auto it = dependency.attributes.begin(); it != dependency.attributes.end(); ++it)
            writeData(xml, dependencyKeys.at(it.key()).first, attributeText(it.value()));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return out;
}

} // namespace bulwark::exchange
