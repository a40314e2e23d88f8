// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formats/cyclonedx.h"

#include "model/exchange/formats/jsondocument.h"
#include "model/exchange/formats/jsonscan.h"
#include "model/exchange/textchecks.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace bulwark::exchange {
namespace {

using jsonscan::content;
using jsonscan::memberLines;

constexpr QByteArrayView xmlNamespacePrefix("http://cyclonedx.org/schema/bom/");

Error formatError(const QString &file, int line, const QString &field, const QString &text)
{
    return readError(file, line, text, field);
}

/// The element kind of a component type (docs/exchange.md, "CycloneDX").
ElementKind componentKind(const QString &type)
{
    static const QSet<QString> infrastructure{QStringLiteral("container"),
                                              QStringLiteral("platform"),
                                              QStringLiteral("operating-system"),
                                              QStringLiteral("device"),
                                              QStringLiteral("device-driver"),
                                              QStringLiteral("firmware")};
    if (infrastructure.contains(type))
        return ElementKind::Infrastructure;
    if (type == u"data")
        return ElementKind::DataStore;
    return ElementKind::Application;
}

/// The licences of a component as a list of texts: SPDX ids, else names, and expressions.
QJsonArray licenceList(const QJsonValue &value)
{
    QJsonArray out;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        if (o.value(u"expression").isString()) {
            out.append(o.value(u"expression"));
            continue;
        }
        const QJsonObject licence = o.value(u"license").toObject();
        const QJsonValue id = licence.value(u"id").isString() ? licence.value(u"id") : licence.value(u"name");
        if (id.isString() && !id.toString().isEmpty())
            out.append(id);
    }
    return out;
}

/// The walk over one BOM as a JSON tree (the XML reader builds the same tree).
class Walker
{
public:
    Walker(const QString &file, const QHash<QString, int> &nodeLines, const QHash<QString, int> &refLines)
        : m_file(file),
          m_nodeLines(nodeLines),
          m_refLines(refLines)
    {
        m_graph.format = QStringLiteral("cyclonedx");
    }

    Result<ForeignGraph> run(const QJsonObject &bom, int dependenciesLine)
    {
        const QJsonValue spec = bom.value(u"specVersion");
        if (spec.isString() && !spec.toString().startsWith(QStringLiteral("1.")))
            return makeError(
                Error::Code::Unsupported,
                CycloneDx::tr("%1: CycloneDX %2 is not read (1.x only)").arg(m_file, spec.toString().left(20)),
                QStringLiteral("specVersion"));
        const QJsonValue metadata = bom.value(u"metadata");
        if (!metadata.isUndefined() && !metadata.isObject())
            return formatError(m_file, 0, QStringLiteral("metadata"), CycloneDx::tr("'metadata' is an object"));
        const QJsonValue root = metadata.toObject().value(u"component");
        if (!root.isUndefined()) {
            if (auto r = item(root, false, QStringLiteral("metadata.component"), QString(), 1); !r)
                return r.error();
        }
        for (const auto &[member, services] : {std::pair{u"components", false}, std::pair{u"services", true}}) {
            if (auto r = list(bom, QString::fromUtf16(member), services, QString(), QString(), 1); !r)
                return r.error();
        }
        if (auto r = dependencies(bom.value(u"dependencies"), dependenciesLine); !r)
            return r.error();
        m_graph.nodes.append(m_providers);
        return std::move(m_graph);
    }

private:
    Result<void> list(const QJsonObject &owner,
                      const QString &member,
                      bool services,
                      const QString &path,
                      const QString &parent,
                      int depth)
    {
        const QJsonValue value = owner.value(member);
        if (value.isUndefined())
            return {};
        const QString field = path.isEmpty() ? member : path + u'.' + member;
        if (!value.isArray())
            return formatError(m_file, m_nodeLines.value(parent), field, CycloneDx::tr("'%1' is a list").arg(member));
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto r = item(items.at(i), services, QStringLiteral("%1[%2]").arg(field).arg(i), parent, depth); !r)
                return r;
        }
        return {};
    }

    Result<void> item(const QJsonValue &value, bool service, const QString &field, const QString &parent, int depth)
    {
        if (depth > ReadLimits::maxDepth)
            return formatError(
                m_file,
                m_nodeLines.value(parent),
                field.left(200),
                CycloneDx::tr("components or services are nested more than %1 deep").arg(ReadLimits::maxDepth));
        if (!value.isObject())
            return formatError(m_file,
                               m_nodeLines.value(parent),
                               field,
                               service ? CycloneDx::tr("a service is an object")
                                       : CycloneDx::tr("a component is an object"));
        const QJsonObject o = value.toObject();
        const QJsonValue ref = o.value(u"bom-ref");
        if (!ref.isUndefined() && !ref.isString())
            return formatError(m_file,
                               m_nodeLines.value(parent),
                               field + QStringLiteral(".bom-ref"),
                               CycloneDx::tr("a bom-ref is a text"));
        QString id = ref.toString();
        const QString name = o.value(u"name").toString();
        if (id.isEmpty() && !service && !o.value(u"purl").toString().isEmpty())
            id = o.value(u"purl").toString();
        if (id.isEmpty()) {
            m_graph.notes.append(
                {m_file,
                 m_nodeLines.value(parent),
                 name,
                 service ? CycloneDx::tr("the service '%1' (%2) has no bom-ref: nothing can refer to it, so it "
                                         "is left out")
                               .arg(name, field)
                         : CycloneDx::tr("the component '%1' (%2) has neither bom-ref nor purl: nothing can "
                                         "refer to it, so it is left out")
                               .arg(name, field)});
        } else {
            addNode(o, id, service, parent);
        }
        // Components hold components (1.4 to 1.7); services hold services.
        return list(
            o, service ? QStringLiteral("services") : QStringLiteral("components"), service, field, id, depth + 1);
    }

    void addNode(const QJsonObject &o, const QString &id, bool service, const QString &parent)
    {
        ForeignNode n;
        n.id = id;
        n.line = m_nodeLines.value(id);
        const QString group = o.value(u"group").toString();
        const QString name = o.value(u"name").toString();
        if (service) {
            n.type = QStringLiteral("service");
            n.kind = ElementKind::IctService;
            n.name = name;
        } else {
            n.type = o.value(u"type").toString();
            if (n.type.isEmpty())
                n.type = QStringLiteral("library");
            n.kind = componentKind(n.type);
            n.name = group.isEmpty() || name.isEmpty() ? name : group + u'/' + name;
        }
        n.description = o.value(u"description").toString();
        for (const QJsonValue &tag : o.value(u"tags").toArray()) {
            if (tag.isString() && !tag.toString().isEmpty() && !n.tags.contains(tag.toString()))
                n.tags << tag.toString();
        }
        QJsonObject &f = n.fields;
        if (!service)
            f.insert(QStringLiteral("type"), n.type);
        for (const char16_t *key :
             {u"version", u"group", u"purl", u"cpe", u"scope", u"publisher", u"author", u"trustZone"}) {
            const QJsonValue v = o.value(QStringView(key));
            if (v.isString() && !v.toString().isEmpty())
                f.insert(QString::fromUtf16(key), v);
        }
        if (const QJsonArray licences = licenceList(o.value(u"licenses")); !licences.isEmpty())
            f.insert(QStringLiteral("licenses"), licences);
        if (o.value(u"authenticated").isBool())
            f.insert(QStringLiteral("authenticated"), o.value(u"authenticated"));
        QJsonArray endpoints;
        for (const QJsonValue &e : o.value(u"endpoints").toArray()) {
            if (e.isString())
                endpoints.append(e);
        }
        if (!endpoints.isEmpty())
            f.insert(QStringLiteral("endpoints"), endpoints);
        QJsonArray data;
        for (const QJsonValue &d : o.value(u"data").toArray()) {
            const QJsonObject flow = d.toObject();
            const QString classification = flow.value(u"classification").toString();
            if (classification.isEmpty())
                continue;
            const QString direction = flow.value(u"flow").toString();
            data.append(direction.isEmpty() ? classification
                                            : QStringLiteral("%1 (%2)").arg(classification, direction));
        }
        if (!data.isEmpty())
            f.insert(QStringLiteral("data"), data);
        QJsonObject properties;
        for (const QJsonValue &p : o.value(u"properties").toArray()) {
            const QString key = p.toObject().value(u"name").toString();
            const QJsonValue v = p.toObject().value(u"value");
            if (key.isEmpty())
                continue;
            if (!properties.contains(key)) {
                properties.insert(key, v.isString() ? v : QJsonValue(QString()));
            } else {
                QJsonArray several = properties.value(key).isArray() ? properties.value(key).toArray()
                                                                     : QJsonArray{properties.value(key)};
                several.append(v.isString() ? v : QJsonValue(QString()));
                properties.insert(key, several);
            }
        }
        if (!properties.isEmpty())
            f.insert(QStringLiteral("properties"), properties);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().startsWith(QStringLiteral("x-")))
                f.insert(it.key(), it.value());
        }
        if (!parent.isEmpty())
            f.insert(QStringLiteral("parent"), parent);
        const QString organisation = service ? QStringLiteral("provider") : QStringLiteral("supplier");
        const QString supplier = o.value(organisation).toObject().value(u"name").toString().trimmed();
        if (!supplier.isEmpty()) {
            f.insert(organisation, supplier);
            m_graph.edges.append({id, provider(supplier, n.line), false, n.line, organisation});
        }
        m_graph.nodes.append(std::move(n));
    }

    /// The provider element of a named supplier, made on its first mention.
    QString provider(const QString &name, int line)
    {
        const QString id = QStringLiteral("supplier:") + name;
        if (m_providerIds.contains(id))
            return id;
        m_providerIds.insert(id);
        ForeignNode p;
        p.id = id;
        p.type = QStringLiteral("supplier");
        p.kind = ElementKind::Provider;
        p.name = name;
        p.line = line;
        m_providers.append(p);
        return id;
    }

    Result<void> dependencies(const QJsonValue &value, int line)
    {
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            return formatError(m_file, line, QStringLiteral("dependencies"), CycloneDx::tr("'dependencies' is a list"));
        const QJsonArray entries = value.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString field = QStringLiteral("dependencies[%1]").arg(i);
            if (!entries.at(i).isObject())
                return formatError(
                    m_file,
                    line,
                    field,
                    CycloneDx::tr("an entry of 'dependencies' is an object with \"ref\" and \"dependsOn\""));
            const QJsonObject entry = entries.at(i).toObject();
            const QJsonValue ref = entry.value(u"ref");
            if (!ref.isString() || ref.toString().isEmpty())
                return formatError(m_file,
                                   line,
                                   field + QStringLiteral(".ref"),
                                   CycloneDx::tr("\"ref\" is the bom-ref of a component or service"));
            const QString from = ref.toString();
            const int at = m_refLines.value(from, line);
            const QJsonValue needs = entry.value(u"dependsOn");
            if (needs.isUndefined() || needs.isNull())
                continue;
            if (!needs.isArray())
                return formatError(m_file,
                                   at,
                                   field + QStringLiteral(".dependsOn"),
                                   CycloneDx::tr("\"dependsOn\" is a list of bom-refs"));
            for (const QJsonValue &to : needs.toArray()) {
                if (!to.isString())
                    return formatError(m_file,
                                       at,
                                       field + QStringLiteral(".dependsOn"),
                                       CycloneDx::tr("\"dependsOn\" is a list of bom-refs"));
                m_graph.edges.append({from, to.toString(), false, at, QStringLiteral("dependsOn")});
            }
        }
        return {};
    }

    const QString &m_file;
    const QHash<QString, int> &m_nodeLines;
    const QHash<QString, int> &m_refLines;
    ForeignGraph m_graph;
    QList<ForeignNode> m_providers;
    QSet<QString> m_providerIds;
};

// XML: the same tree as the JSON encoding, built from the elements in a CycloneDX namespace.

/// Elements whose children form a list in the JSON encoding.
bool isListElement(QStringView tag)
{
    static const QSet<QString> lists{QStringLiteral("components"),
                                     QStringLiteral("services"),
                                     QStringLiteral("dependencies"),
                                     QStringLiteral("licenses"),
                                     QStringLiteral("properties"),
                                     QStringLiteral("tags"),
                                     QStringLiteral("endpoints"),
                                     QStringLiteral("data"),
                                     QStringLiteral("externalReferences"),
                                     QStringLiteral("hashes"),
                                     QStringLiteral("tools")};
    return lists.contains(tag.toString());
}

class XmlTree
{
public:
    XmlTree(const QByteArray &bytes, const QString &file) : m_xml(bytes), m_file(file) { }

    Result<QJsonObject> read()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD)
                return formatError(m_file,
                                   int(m_xml.lineNumber()),
                                   QString(),
                                   CycloneDx::tr("a document type declaration (DTD) is not taken"));
            if (token == QXmlStreamReader::StartElement)
                break;
        }
        if (m_xml.hasError())
            return xmlError();
        if (m_xml.tokenType() != QXmlStreamReader::StartElement || m_xml.name() != u"bom"
            || !m_xml.namespaceUri().startsWith(QString::fromLatin1(xmlNamespacePrefix)))
            return formatError(m_file,
                               int(m_xml.lineNumber()),
                               QString(),
                               CycloneDx::tr("not a CycloneDX BOM: the root is not <bom> in a CycloneDX namespace"));
        m_namespace = m_xml.namespaceUri().toString();
        auto root = element(u"bom", QStringView(), 1);
        if (!root)
            return root.error();
        // Whatever follows the root must still be well-formed.
        while (!m_xml.atEnd())
            m_xml.readNext();
        if (m_xml.hasError())
            return xmlError();
        QJsonObject bom = root->toObject();
        bom.insert(QStringLiteral("bomFormat"), QStringLiteral("CycloneDX"));
        bom.insert(QStringLiteral("specVersion"), m_namespace.mid(xmlNamespacePrefix.size()));
        return bom;
    }

    QHash<QString, int> nodeLines, refLines;
    int dependenciesLine = 0;

private:
    Error xmlError() const
    {
        return formatError(m_file,
                           int(m_xml.lineNumber()),
                           QString(),
                           CycloneDx::tr("not well-formed XML (%1)").arg(m_xml.errorString()));
    }

    /// The current start element (named `tag`, inside `parent`) and everything inside it, as JSON.
    Result<QJsonValue> element(QStringView tag, QStringView parent, int depth)
    {
        if (depth > ReadLimits::maxDepth)
            return formatError(m_file,
                               int(m_xml.lineNumber()),
                               tag.toString(),
                               CycloneDx::tr("elements are nested more than %1 deep").arg(ReadLimits::maxDepth));
        const int line = int(m_xml.lineNumber());
        QJsonObject object;
        const QXmlStreamAttributes attributes = m_xml.attributes();
        for (const QXmlStreamAttribute &a : attributes) {
            if (a.namespaceUri().isEmpty())
                object.insert(a.name().toString(), a.value().toString());
        }
        if (const QString ref = object.value(u"bom-ref").toString(); !ref.isEmpty() && !nodeLines.contains(ref))
            nodeLines.insert(ref, line);
        const bool isList = isListElement(tag);
        const bool isDependency = tag == u"dependency";
        if (tag == u"dependencies" && dependenciesLine == 0)
            dependenciesLine = line;
        if (isDependency && parent == u"dependencies") {
            if (const QString ref = object.value(u"ref").toString(); !ref.isEmpty() && !refLines.contains(ref))
                refLines.insert(ref, line);
        }
        QJsonArray items, dependsOn;
        QString text;
        bool hasChildren = false;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                hasChildren = true;
                if (m_xml.namespaceUri() != m_namespace) {
                    // Extensions in other namespaces are not part of the map.
                    m_xml.skipCurrentElement();
                    continue;
                }
                const QString child = m_xml.name().toString();
                auto value = element(child, tag, depth + 1);
                if (!value)
                    return value.error();
                if (isDependency && child == u"dependency")
                    dependsOn.append(value->toObject().value(u"ref"));
                else if (isList && tag == u"licenses")
                    items.append(QJsonObject{{child, *value}});
                else if (isList)
                    items.append(*value);
                else
                    object.insert(child, *value);
            } else if (token == QXmlStreamReader::Characters) {
                text += m_xml.text();
            } else if (token == QXmlStreamReader::EndElement) {
                break;
            }
        }
        if (m_xml.hasError())
            return xmlError();
        if (isList)
            return QJsonValue(items);
        if (isDependency) {
            if (!dependsOn.isEmpty())
                object.insert(QStringLiteral("dependsOn"), dependsOn);
            return QJsonValue(object);
        }
        text = text.trimmed();
        if (!hasChildren && object.isEmpty()) {
            if (tag == u"authenticated" || tag == u"x-trust-boundary")
                return QJsonValue(text == u"true" || text == u"1");
            return QJsonValue(text);
        }
        if (!text.isEmpty())
            object.insert(tag == u"classification" ? QStringLiteral("classification") : QStringLiteral("value"), text);
        return QJsonValue(object);
    }

    QXmlStreamReader m_xml;
    const QString &m_file;
    QString m_namespace;
};

} // namespace

Result<ForeignGraph> CycloneDx::read(const QByteArray &bytes, const QString &fileName)
{
    const QByteArrayView start = content(bytes);
    if (!start.isEmpty() && start.front() == '<')
        return readXml(bytes, fileName);
    return readJson(bytes, fileName);
}

Result<ForeignGraph> CycloneDx::readJson(const QByteArray &bytes, const QString &fileName)
{
    auto json = JsonDocumentReader::read(bytes, fileName);
    if (!json)
        return json.error();
    const QByteArray &text = json->text;
    const QJsonDocument &document = json->document;
    if (!document.isObject())
        return formatError(fileName, 1, QString(), tr("a CycloneDX BOM is a JSON object"));
    const QJsonObject bom = document.object();
    if (bom.value(u"bomFormat").toString() != u"CycloneDX")
        return formatError(
            fileName, 1, QStringLiteral("bomFormat"), tr("not a CycloneDX BOM: \"bomFormat\" is not \"CycloneDX\""));
    const QHash<QString, int> nodeLines = memberLines(text, "\"bom-ref\"");
    const QHash<QString, int> refLines = memberLines(text, "\"ref\"");
    int dependenciesLine = 0;
    if (const qsizetype at = text.lastIndexOf("\"dependencies\""); at >= 0)
        dependenciesLine = TextChecks::lineOf(text, at);
    Walker walker(fileName, nodeLines, refLines);
    return walker.run(bom, dependenciesLine);
}

Result<ForeignGraph> CycloneDx::readXml(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > ReadLimits::maxFileBytes)
        return formatError(
            fileName, 0, QString(), tr("a file of more than %1 MiB is not read").arg(ReadLimits::maxFileBytes >> 20));
    XmlTree tree(bytes, fileName);
    auto bom = tree.read();
    if (!bom)
        return bom.error();
    Walker walker(fileName, tree.nodeLines, tree.refLines);
    return walker.run(*bom, tree.dependenciesLine);
}

int CycloneDx::sniff(QByteArrayView bytes)
{
    const QByteArrayView start = content(bytes);
    if (start.isEmpty())
        return 0;
    if (start.front() == '<')
        return start.first(std::min<qsizetype>(start.size(), 4096)).indexOf(xmlNamespacePrefix) >= 0 ? 100 : 0;
    if (start.front() != '{')
        return 0;
    // "bomFormat" is required and, in every tool's output seen, among the first members.
    const QByteArrayView head = start.first(std::min<qsizetype>(start.size(), 64 * 1024));
    qsizetype at = head.indexOf("\"bomFormat\"");
    if (at < 0)
        return 0;
    at += 11;
    while (at < head.size()
           && (head[at] == ' ' || head[at] == '\t' || head[at] == '\n' || head[at] == '\r' || head[at] == ':'))
        ++at;
    return head.sliced(at).startsWith("\"CycloneDX\"") ? 100 : 0;
}

} // namespace bulwark::exchange
