// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formats/backstage.h"

#include "model/exchange/yamldocument.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

namespace bulwark::exchange {
namespace {

struct Entity {
    QJsonObject object;
    qsizetype document = -1; ///< YAML document index; -1 in JSON (no lines)
    int line = 0;
};

Error catalogError(const QString &fileName, int line, const QString &message, const QString &field = {})
{
    return readError(fileName, line, message, field);
}

/// The register kind of a Backstage entity kind (lower case), or nothing for kinds that are not elements.
std::optional<ElementKind> elementKind(const QString &kind, const QString &specType)
{
    if (kind == u"component")
        return ElementKind::Application;
    if (kind == u"system" || kind == u"domain" || kind == u"api")
        return ElementKind::IctService;
    if (kind == u"resource") {
        static const QSet<QString> stores{QStringLiteral("database"),
                                          QStringLiteral("db"),
                                          QStringLiteral("datastore"),
                                          QStringLiteral("data-store"),
                                          QStringLiteral("storage"),
                                          QStringLiteral("s3-bucket"),
                                          QStringLiteral("bucket"),
                                          QStringLiteral("cache"),
                                          QStringLiteral("table")};
        return stores.contains(specType.toLower()) ? ElementKind::DataStore : ElementKind::Infrastructure;
    }
    return std::nullopt;
}

QString kindOf(const QString &ref)
{
    return ref.left(ref.indexOf(u':'));
}

class CatalogReader
{
public:
    CatalogReader(const QString &fileName, const YamlDocuments *yaml) : m_fileName(fileName), m_yaml(yaml)
    {
        m_graph.format = QStringLiteral("backstage");
    }

    Result<ForeignGraph> read(const QList<Entity> &entities)
    {
        struct Skipped {
            int count = 0;
            int line = 0;
            QString kind;
        };
        std::map<QString, Skipped> skippedKinds;
        std::vector<std::pair<const Entity *, QString>> mapped; // entity, its id
        for (const Entity &entity : entities) {
            const QJsonObject &o = entity.object;
            const QJsonValue apiVersion = o.value(u"apiVersion");
            const QJsonValue kind = o.value(u"kind");
            if (!apiVersion.isString())
                return catalogError(m_fileName,
                                    lineOf(entity, QStringLiteral("/apiVersion")),
                                    Backstage::tr("an entity needs an apiVersion"),
                                    QStringLiteral("apiVersion"));
            if (!kind.isString() || kind.toString().isEmpty())
                return catalogError(m_fileName,
                                    lineOf(entity, QStringLiteral("/kind")),
                                    Backstage::tr("an entity needs a kind"),
                                    QStringLiteral("kind"));
            const QJsonValue metadata = o.value(u"metadata");
            const QString name = metadata.toObject().value(u"name").toString();
            if (!metadata.isObject() || name.isEmpty())
                return catalogError(m_fileName,
                                    lineOf(entity, QStringLiteral("/metadata/name")),
                                    Backstage::tr("an entity needs a metadata.name"),
                                    QStringLiteral("metadata.name"));
            const QJsonValue spec = o.value(u"spec");
            if (!spec.isUndefined() && !spec.isObject())
                return catalogError(m_fileName,
                                    lineOf(entity, QStringLiteral("/spec")),
                                    Backstage::tr("spec must be a mapping"),
                                    QStringLiteral("spec"));
            if (!apiVersion.toString().startsWith(u"backstage.io/")) {
                m_graph.notes.append({m_fileName,
                                      entity.line,
                                      name,
                                      Backstage::tr("'%1' (apiVersion %2) is not a Backstage entity; it is left out")
                                          .arg(name, apiVersion.toString().left(80))});
                continue;
            }
            const QString namespaceName = metadata.toObject().value(u"namespace").toString(QStringLiteral("default"));
            const QString lowerKind = kind.toString().toLower();
            const QString id = QStringLiteral("%1:%2/%3").arg(lowerKind, namespaceName.toLower(), name.toLower());
            const QString specType = spec.toObject().value(u"type").toString();
            const auto element = elementKind(lowerKind, specType);
            if (!element) {
                Skipped &s = skippedKinds[lowerKind];
                if (s.count++ == 0) {
                    s.line = entity.line;
                    s.kind = kind.toString();
                }
                m_skipped.insert(id, kind.toString());
                if (lowerKind == u"location")
                    noteLocationTargets(entity, name);
                continue;
            }
            m_graph.nodes.append(node(entity, id, *element, kind.toString()));
            mapped.emplace_back(&entity, id);
        }
        for (const auto &[kind, skipped] : skippedKinds) {
            m_graph.notes.append({m_fileName,
                                  skipped.line,
                                  QString(),
                                  Backstage::tr("%1 entities left out: %2 (they are not elements of the register)")
                                      .arg(skipped.kind)
                                      .arg(skipped.count)});
        }
        for (const auto &[entity, id] : mapped) {
            if (entity->object.value(u"relations").isArray())
                readRelations(*entity, id);
            else
                readSpec(*entity, id);
        }
        return m_graph;
    }

private:
    int lineOf(const Entity &entity, const QString &pointer) const
    {
        return m_yaml && entity.document >= 0 ? m_yaml->line(entity.document, pointer) : entity.line;
    }

    ForeignNode node(const Entity &entity, const QString &id, ElementKind kind, const QString &type) const
    {
        const QJsonObject metadata = entity.object.value(u"metadata").toObject();
        const QJsonObject spec = entity.object.value(u"spec").toObject();
        ForeignNode n;
        n.id = id;
        n.type = type;
        n.kind = kind;
        n.line = entity.line;
        n.name = metadata.value(u"title").toString(metadata.value(u"name").toString());
        n.description = metadata.value(u"description").toString();
        n.owner = spec.value(u"owner").toString();
        for (const QJsonValue &tag : metadata.value(u"tags").toArray()) {
            if (tag.isString() && !n.tags.contains(tag.toString()))
                n.tags << tag.toString();
        }
        n.fields.insert(QStringLiteral("namespace"), metadata.value(u"namespace").toString(QStringLiteral("default")));
        for (const char16_t *field : {u"type", u"lifecycle", u"system", u"domain"}) {
            const QJsonValue v = spec.value(QString::fromUtf16(field));
            if (v.isString() || v.isDouble() || v.isBool())
                n.fields.insert(QString::fromUtf16(field), v);
        }
        for (const char16_t *field : {u"uid", u"annotations", u"labels", u"links"}) {
            const QJsonValue v = metadata.value(QString::fromUtf16(field));
            if (!v.isUndefined() && !v.isNull())
                n.fields.insert(QString::fromUtf16(field), v);
        }
        return n;
    }

    void noteLocationTargets(const Entity &entity, const QString &name)
    {
        const QJsonObject spec = entity.object.value(u"spec").toObject();
        QJsonArray targets = spec.value(u"targets").toArray();
        if (spec.value(u"target").isString())
            targets.prepend(spec.value(u"target"));
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const QString target = targets.at(i).toString();
            if (target.isEmpty())
                continue;
            const bool one = spec.value(u"target").isString();
            const QString pointer = one && i == 0
                ? QStringLiteral("/spec/target")
                : YamlDocuments::child(QStringLiteral("/spec/targets"), one ? i - 1 : i);
            m_graph.notes.append({m_fileName,
                                  lineOf(entity, pointer),
                                  target,
                                  Backstage::tr("the Location '%1' points to '%2', which is not read with this "
                                                "file (import it on its own)")
                                      .arg(name, target)});
        }
    }

    /// `from` needs `to`. Skipped entities and repeated pairs are left out (the first one counts).
    void addEdge(const QString &from, const QString &to, const QString &via, int line)
    {
        for (const QString &end : {from, to}) {
            if (const auto it = m_skipped.constFind(end); it != m_skipped.cend()) {
                m_graph.notes.append({m_fileName,
                                      line,
                                      end,
                                      Backstage::tr("'%1' is a %2 entity, which is not an element; the dependency %3 "
                                                    "-> %4 is left out")
                                          .arg(end, *it, from, to)});
                return;
            }
        }
        const QString pair = from + u'>' + to;
        if (m_pairs.contains(pair))
            return;
        m_pairs.insert(pair);
        ForeignEdge edge;
        edge.from = from;
        edge.to = to;
        edge.via = via;
        edge.line = line;
        m_graph.edges.append(edge);
    }

    /// A consumesApis/providesApis reference to something that is not an API (www-artist consumes a Component).
    void wrongKind(const QString &target, const QString &field, int line)
    {
        m_graph.notes.append({m_fileName,
                              line,
                              target,
                              Backstage::tr("%1 names '%2', which is not an API; it is read as a direct dependency")
                                  .arg(field, target)});
    }

    /// The catalog's computed relations (the API's JSON): always full references.
    void readRelations(const Entity &entity, const QString &self)
    {
        const QJsonArray relations = entity.object.value(u"relations").toArray();
        for (qsizetype i = 0; i < relations.size(); ++i) {
            const QJsonObject relation = relations.at(i).toObject();
            const QString type = relation.value(u"type").toString();
            const QJsonValue targetValue
                = relation.contains(u"targetRef") ? relation.value(u"targetRef") : relation.value(u"target");
            const QString target = Backstage::fullRef(targetValue, QString(), QStringLiteral("default"));
            const int line = lineOf(entity, YamlDocuments::child(QStringLiteral("/relations"), i));
            if (target.isEmpty())
                continue;
            if (type == u"dependsOn") {
                addEdge(self, target, type, line);
            } else if (type == u"dependencyOf") {
                addEdge(target, self, QStringLiteral("dependsOn"), line);
            } else if (type == u"consumesApi") {
                if (kindOf(target) != u"api")
                    wrongKind(target, QStringLiteral("consumesApi"), line);
                addEdge(self, target, type, line);
            } else if (type == u"apiConsumedBy") {
                addEdge(target, self, QStringLiteral("consumesApi"), line);
            } else if (type == u"providesApi") {
                if (kindOf(target) != u"api")
                    wrongKind(target, QStringLiteral("providesApi"), line);
                addEdge(target, self, type, line);
            } else if (type == u"apiProvidedBy") {
                addEdge(self, target, QStringLiteral("providesApi"), line);
            } else if (type == u"hasPart") {
                addEdge(self, target, type, line);
            } else if (type == u"partOf") {
                addEdge(target, self, QStringLiteral("hasPart"), line);
            }
            // ownedBy/ownerOf (the owner field), memberOf/hasMember, parentOf/childOf (people and teams): no edges.
        }
    }

    /// The refs of one spec field: a single ref or a list of them.
    void specRefs(const Entity &entity,
                  const QString &field,
                  const QString &defaultKind,
                  const std::function<void(const QString &, int)> &each)
    {
        const QJsonObject spec = entity.object.value(u"spec").toObject();
        const QJsonValue value = spec.value(field);
        if (value.isUndefined() || value.isNull())
            return;
        const QString ns
            = entity.object.value(u"metadata").toObject().value(u"namespace").toString(QStringLiteral("default"));
        const QString pointer = YamlDocuments::child(QStringLiteral("/spec"), field);
        const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
        for (qsizetype i = 0; i < list.size(); ++i) {
            const int line = lineOf(entity, value.isArray() ? YamlDocuments::child(pointer, i) : pointer);
            const QString ref = Backstage::fullRef(list.at(i), defaultKind, ns);
            if (ref.isEmpty()) {
                m_graph.notes.append(
                    {m_fileName,
                     line,
                     list.at(i).toString(),
                     defaultKind.isEmpty()
                         ? Backstage::tr("spec.%1: '%2' names no kind (Backstage needs one here); it "
                                         "is left out")
                               .arg(field, list.at(i).toString())
                         : Backstage::tr("spec.%1: not an entity reference; it is left out").arg(field)});
                continue;
            }
            each(ref, line);
        }
    }

    /// The descriptor's own fields (YAML files, or JSON without relations), with Backstage's default kinds.
    void readSpec(const Entity &entity, const QString &self)
    {
        specRefs(entity, QStringLiteral("dependsOn"), QString(), [&](const QString &ref, int line) {
            addEdge(self, ref, QStringLiteral("dependsOn"), line);
        });
        specRefs(entity, QStringLiteral("dependencyOf"), QString(), [&](const QString &ref, int line) {
            addEdge(ref, self, QStringLiteral("dependsOn"), line);
        });
        specRefs(entity, QStringLiteral("consumesApis"), QStringLiteral("api"), [&](const QString &ref, int line) {
            if (kindOf(ref) != u"api")
                wrongKind(ref, QStringLiteral("consumesApis"), line);
            addEdge(self, ref, QStringLiteral("consumesApi"), line);
        });
        specRefs(entity, QStringLiteral("providesApis"), QStringLiteral("api"), [&](const QString &ref, int line) {
            if (kindOf(ref) != u"api")
                wrongKind(ref, QStringLiteral("providesApis"), line);
            addEdge(ref, self, QStringLiteral("providesApi"), line);
        });
        // Structure: the whole needs its parts.
        specRefs(entity,
                 QStringLiteral("subcomponentOf"),
                 QStringLiteral("component"),
                 [&](const QString &ref, int line) { addEdge(ref, self, QStringLiteral("hasPart"), line); });
        const QString kind = kindOf(self);
        if (kind == u"component" || kind == u"resource" || kind == u"api") {
            specRefs(entity, QStringLiteral("system"), QStringLiteral("system"), [&](const QString &ref, int line) {
                addEdge(ref, self, QStringLiteral("hasPart"), line);
            });
        }
        if (kind == u"system") {
            specRefs(entity, QStringLiteral("domain"), QStringLiteral("domain"), [&](const QString &ref, int line) {
                addEdge(ref, self, QStringLiteral("hasPart"), line);
            });
        }
        if (kind == u"domain") {
            specRefs(entity,
                     QStringLiteral("subdomainOf"),
                     QStringLiteral("domain"),
                     [&](const QString &ref, int line) { addEdge(ref, self, QStringLiteral("hasPart"), line); });
        }
    }

    QString m_fileName;
    const YamlDocuments *m_yaml = nullptr;
    ForeignGraph m_graph;
    QHash<QString, QString> m_skipped; // id -> kind as written
    QSet<QString> m_pairs;
};

/// The first byte that is not a byte order mark, blank or comment line.
qsizetype contentStart(QByteArrayView bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size()) {
        const char c = bytes[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++i;
        } else if (c == '#') {
            while (i < bytes.size() && bytes[i] != '\n')
                ++i;
        } else {
            break;
        }
    }
    return i;
}

} // namespace

QString Backstage::fullRef(const QJsonValue &ref, const QString &defaultKind, const QString &defaultNamespace)
{
    QString kind, ns, name;
    if (ref.isObject()) {
        const QJsonObject o = ref.toObject();
        kind = o.value(u"kind").toString(defaultKind);
        ns = o.value(u"namespace").toString(defaultNamespace);
        name = o.value(u"name").toString();
    } else if (ref.isString()) {
        QString rest = ref.toString().trimmed();
        const qsizetype colon = rest.indexOf(u':');
        const qsizetype slash = rest.indexOf(u'/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            kind = rest.left(colon);
            rest = rest.mid(colon + 1);
        } else {
            kind = defaultKind;
        }
        const qsizetype at = rest.indexOf(u'/');
        if (at >= 0) {
            ns = rest.left(at);
            name = rest.mid(at + 1);
        } else {
            ns = defaultNamespace;
            name = rest;
        }
    } else {
        return {};
    }
    if (kind.isEmpty() || ns.isEmpty() || name.isEmpty())
        return {};
    return QStringLiteral("%1:%2/%3").arg(kind, ns, name).toLower();
}

Result<ForeignGraph> Backstage::read(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > ReadLimits::maxFileBytes)
        return catalogError(
            fileName, 0, tr("the file has more than %L1 MiB; it is refused").arg(ReadLimits::maxFileBytes >> 20));
    QList<Entity> entities;
    const qsizetype start = contentStart(bytes);
    const bool json = start < bytes.size() && (bytes[start] == '[' || bytes[start] == '{');
    std::optional<YamlDocuments> yaml;
    if (json) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, bytes.size());
            const int line = int(std::count(bytes.begin(), bytes.begin() + offset, '\n')) + 1;
            return catalogError(fileName, line, tr("not valid JSON (%1)").arg(error.errorString()));
        }
        QJsonArray list;
        if (document.isArray())
            list = document.array();
        else if (document.object().value(u"items").isArray())
            list = document.object().value(u"items").toArray();
        else
            list = QJsonArray{document.object()};
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isObject())
                return catalogError(fileName,
                                    0,
                                    tr("item %1 of the list is not a Backstage entity (an object)").arg(i + 1),
                                    QStringLiteral("[%1]").arg(i));
            entities.append({list.at(i).toObject(), -1, 0});
        }
    } else {
        auto parsed = YamlDocument::parse(bytes, fileName);
        if (!parsed)
            return parsed.error();
        yaml = std::move(parsed).value();
        for (qsizetype d = 0; d < yaml->documents.size(); ++d) {
            const QJsonValue &document = yaml->documents.at(d);
            if (document.isNull())
                continue; // an empty document (a trailing ---)
            if (!document.isObject())
                return catalogError(
                    fileName, yaml->lines.at(d), tr("document %1 is not a Backstage entity (a mapping)").arg(d + 1));
            entities.append({document.toObject(), d, yaml->lines.at(d)});
        }
    }
    CatalogReader reader(fileName, yaml ? &*yaml : nullptr);
    return reader.read(entities);
}

int Backstage::sniff(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024));
    const qsizetype start = contentStart(head);
    if (start >= head.size())
        return 0;
    if (head[start] == '[' || head[start] == '{') {
        // "apiVersion" : "backstage.io/..."
        qsizetype at = 0;
        while ((at = head.indexOf("\"apiVersion\"", at)) >= 0) {
            qsizetype i = at + 12;
            while (i < head.size()
                   && (head[i] == ' ' || head[i] == ':' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
                ++i;
            if (head.sliced(i).startsWith("\"backstage.io/"))
                return 90;
            at = i;
        }
        return 0;
    }
    qsizetype lineStart = 0;
    while (lineStart < head.size()) {
        qsizetype end = head.indexOf('\n', lineStart);
        if (end < 0)
            end = head.size();
        QByteArrayView line = head.sliced(lineStart, end - lineStart);
        if (line.startsWith("apiVersion:")) {
            line = line.sliced(11).trimmed();
            if (line.startsWith("\"") || line.startsWith("'"))
                line = line.sliced(1);
            if (line.startsWith("backstage.io/"))
                return 90;
        }
        lineStart = end + 1;
    }
    return 0;
}

} // namespace bulwark::exchange
