// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formats/kubernetes.h"

#include "model/exchange/formats/serviceaddress.h"
#include "model/exchange/yamldocument.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <map>
#include <optional>
#include <vector>

namespace bulwark::exchange {
namespace {

/// Deep enough for "/items/3/spec/jobTemplate/spec/template/spec/containers/0/env/1/valueFrom/configMapKeyRef/key".
constexpr int lineDepth = 16;
/// More dependencies than any real manifest gives (a cluster of 10,000 workloads has some tens of thousands): 10,000
/// Services that each select the same 10,000 workloads are refused instead of taking the memory of 100 million edges.
constexpr qsizetype maxEdges = 1'000'000;

struct Object {
    QJsonObject object;
    qsizetype document = 0;
    QString pointer; ///< "" for a document, "/items/3" for an item of a List
    QString kind;    ///< as written ("Deployment")
    QString name;
    QString ns;
    int line = 0;
};

struct Workload {
    const Object *object = nullptr;
    QString id;
    QHash<QString, QString> labels; ///< of its pods
    QJsonObject podSpec;
    QString podPointer; ///< where podSpec is
};

struct ServiceObject {
    const Object *object = nullptr;
    QString id;
};

const QSet<QString> &workloadKinds()
{
    static const QSet<QString> kinds{QStringLiteral("Deployment"),
                                     QStringLiteral("StatefulSet"),
                                     QStringLiteral("DaemonSet"),
                                     QStringLiteral("ReplicaSet"),
                                     QStringLiteral("ReplicationController"),
                                     QStringLiteral("Job"),
                                     QStringLiteral("CronJob"),
                                     QStringLiteral("Pod")};
    return kinds;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

/// Kubernetes' dependent environment variables: $(NAME) of a variable defined above in the same container, $$ for $.
QString expandReferences(const QString &value, const QHash<QString, QString> &defined)
{
    if (!value.contains(u'$'))
        return value;
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'$' && i + 1 < value.size() && value.at(i + 1) == u'$') {
            out += u'$';
            ++i;
        } else if (value.at(i) == u'$' && i + 1 < value.size() && value.at(i + 1) == u'(') {
            const qsizetype close = value.indexOf(u')', i + 2);
            const QString name = close < 0 ? QString() : value.mid(i + 2, close - i - 2);
            if (close >= 0 && defined.contains(name)) {
                out += defined.value(name);
                i = close;
            } else {
                out += value.at(i);
            }
        } else {
            out += value.at(i);
        }
    }
    return out;
}

class ManifestReader
{
public:
    ManifestReader(const QString &fileName, const YamlDocuments &yaml) : m_fileName(fileName), m_yaml(yaml)
    {
        m_graph.format = QStringLiteral("kubernetes");
    }

    Result<ForeignGraph> read()
    {
        if (auto r = collect(); !r)
            return r.error();
        struct Skipped {
            int count = 0;
            int line = 0;
        };
        std::map<QString, Skipped> skipped;
        for (const Object &o : m_objects) {
            if (o.kind == u"Service") {
                m_serviceAt.insert(o.ns.toLower() + u'/' + o.name.toLower(), qsizetype(m_services.size()));
                m_services.push_back({&o, idOf(o)});
                m_nodeAt.insert(m_services.back().id, int(m_graph.nodes.size()));
                m_graph.nodes.append(serviceNode(o));
            } else if (workloadKinds().contains(o.kind)) {
                auto workload = readWorkload(o);
                if (!workload)
                    return workload.error();
                for (auto it = workload->labels.cbegin(); it != workload->labels.cend(); ++it)
                    m_byLabel[labelKey(o.ns, it.key(), *it)].append(qsizetype(m_workloads.size()));
                m_workloads.push_back(std::move(*workload));
                m_nodeAt.insert(m_workloads.back().id, int(m_graph.nodes.size()));
                m_graph.nodes.append(workloadNode(m_workloads.back()));
            } else {
                if (o.kind == u"ConfigMap")
                    m_configMaps.insert(o.ns + u'/' + o.name, &o);
                Skipped &s = skipped[o.kind];
                if (s.count++ == 0)
                    s.line = o.line;
            }
        }
        for (const auto &[kind, s] : skipped) {
            m_graph.notes.append(
                {m_fileName,
                 s.line,
                 QString(),
                 kind == u"ConfigMap"
                     ? Kubernetes::tr("ConfigMap objects left out: %1 (not elements; read for the addresses they hold)")
                           .arg(s.count)
                     : Kubernetes::tr("%1 objects left out: %2 (not elements of the map)").arg(kind).arg(s.count)});
        }
        for (const ServiceObject &service : m_services) {
            if (auto r = selectorEdges(service); !r)
                return r.error();
        }
        for (const Workload &workload : m_workloads) {
            if (auto r = environmentEdges(workload); !r)
                return r.error();
        }
        return m_graph;
    }

private:
    static QString idOf(const Object &o) { return QStringLiteral("%1/%2/%3").arg(o.kind.toLower(), o.ns, o.name); }

    int lineOf(const Object &o, const QString &pointer) const { return m_yaml.line(o.document, o.pointer + pointer); }

    Error error(const Object &o, const QString &pointer, const QString &message) const
    {
        // "/spec/template/spec/containers/0/env" -> "spec.template.spec.containers[0].env"
        QString field;
        for (const QString &step : pointer.split(u'/', Qt::SkipEmptyParts)) {
            bool isIndex = false;
            step.toInt(&isIndex);
            QString s = step;
            s.replace(QStringLiteral("~1"), QStringLiteral("/"));
            s.replace(QStringLiteral("~0"), QStringLiteral("~"));
            field += isIndex ? QStringLiteral("[%1]").arg(s) : (field.isEmpty() ? s : u'.' + s);
        }
        return readError(m_fileName, lineOf(o, pointer), message, field);
    }

    void note(const Object &o, const QString &pointer, const QString &reference, const QString &text)
    {
        m_graph.notes.append({m_fileName, lineOf(o, pointer), reference, text});
    }

    Result<void> take(const QJsonObject &object, qsizetype document, const QString &pointer, int line)
    {
        Object o;
        o.object = object;
        o.document = document;
        o.pointer = pointer;
        o.line = line;
        const QJsonValue apiVersion = object.value(u"apiVersion");
        const QJsonValue kind = object.value(u"kind");
        if (!apiVersion.isString() || apiVersion.toString().isEmpty())
            return error(o, QStringLiteral("/apiVersion"), Kubernetes::tr("an object needs an apiVersion"));
        if (!kind.isString() || kind.toString().isEmpty())
            return error(o, QStringLiteral("/kind"), Kubernetes::tr("an object needs a kind"));
        o.kind = kind.toString();
        const QJsonValue metadata = object.value(u"metadata");
        o.name = metadata.toObject().value(u"name").toString();
        if (!metadata.isObject() || o.name.isEmpty())
            return error(o, QStringLiteral("/metadata/name"), Kubernetes::tr("an object needs a metadata.name"));
        const QJsonValue ns = metadata.toObject().value(u"namespace");
        if (!ns.isUndefined() && !ns.isNull() && !ns.isString())
            return error(o, QStringLiteral("/metadata/namespace"), Kubernetes::tr("metadata.namespace must be a text"));
        o.ns = ns.toString().isEmpty() ? QStringLiteral("default") : ns.toString();
        const QJsonValue spec = object.value(u"spec");
        if (!spec.isUndefined() && !spec.isNull() && !spec.isObject())
            return error(o, QStringLiteral("/spec"), Kubernetes::tr("spec must be a mapping"));
        if (apiVersion.toString().startsWith(u"backstage.io/")) {
            note(o,
                 QString(),
                 o.name,
                 Kubernetes::tr("'%1' is a Backstage entity, not a Kubernetes object; it is left out").arg(o.name));
            return {};
        }
        m_objects.push_back(std::move(o));
        return {};
    }

    Result<void> collect()
    {
        for (qsizetype d = 0; d < m_yaml.documents.size(); ++d) {
            const QJsonValue &document = m_yaml.documents.at(d);
            if (document.isNull())
                continue;
            if (!document.isObject())
                return readError(m_fileName,
                                 m_yaml.lines.at(d),
                                 Kubernetes::tr("document %1 is not a Kubernetes object (a mapping)").arg(d + 1));
            const QJsonObject o = document.toObject();
            const QString kind = o.value(u"kind").toString();
            if (kind.endsWith(u"List") && o.contains(u"items")) {
                if (!o.value(u"items").isArray() && !o.value(u"items").isNull())
                    return readError(m_fileName,
                                     m_yaml.line(d, QStringLiteral("/items")),
                                     Kubernetes::tr("the items of a %1 must be a list").arg(kind),
                                     QStringLiteral("items"));
                const QJsonArray items = o.value(u"items").toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const QString pointer = YamlDocuments::child(QStringLiteral("/items"), i);
                    if (!items.at(i).isObject())
                        return readError(m_fileName,
                                         m_yaml.line(d, pointer),
                                         Kubernetes::tr("item %1 of the %2 is not a Kubernetes object (a mapping)")
                                             .arg(i + 1)
                                             .arg(kind),
                                         QStringLiteral("items[%1]").arg(i));
                    if (auto r = take(items.at(i).toObject(), d, pointer, m_yaml.line(d, pointer)); !r)
                        return r;
                }
                continue;
            }
            if (auto r = take(o, d, QString(), m_yaml.lines.at(d)); !r)
                return r;
        }
        return {};
    }

    Result<QHash<QString, QString>> labelsAt(const Object &o, const QJsonValue &value, const QString &pointer) const
    {
        QHash<QString, QString> labels;
        if (value.isUndefined() || value.isNull())
            return labels;
        if (!value.isObject())
            return error(o, pointer, Kubernetes::tr("labels must be a mapping"));
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.value().isObject() || it.value().isArray())
                return error(o, YamlDocuments::child(pointer, it.key()), Kubernetes::tr("a label must be a text"));
            labels.insert(it.key(), scalarText(it.value()));
        }
        return labels;
    }

    Result<Workload> readWorkload(const Object &o) const
    {
        Workload w;
        w.object = &o;
        w.id = idOf(o);
        QString templatePointer;
        QJsonObject podTemplate;
        if (o.kind == u"Pod") {
            podTemplate = o.object;
        } else {
            const QJsonObject spec = o.object.value(u"spec").toObject();
            QJsonValue value;
            if (o.kind == u"CronJob") {
                const QJsonValue jobTemplate = spec.value(u"jobTemplate");
                if (!jobTemplate.isObject() || !jobTemplate.toObject().value(u"spec").isObject())
                    return error(o,
                                 QStringLiteral("/spec/jobTemplate/spec"),
                                 Kubernetes::tr("a CronJob needs spec.jobTemplate.spec"));
                value = jobTemplate.toObject().value(u"spec").toObject().value(u"template");
                templatePointer = QStringLiteral("/spec/jobTemplate/spec/template");
            } else {
                value = spec.value(u"template");
                templatePointer = QStringLiteral("/spec/template");
            }
            if (!value.isObject())
                return error(o, templatePointer, Kubernetes::tr("a %1 needs a pod template (a mapping)").arg(o.kind));
            podTemplate = value.toObject();
        }
        const QJsonValue metadata = podTemplate.value(u"metadata");
        if (!metadata.isUndefined() && !metadata.isNull() && !metadata.isObject())
            return error(
                o, templatePointer + QStringLiteral("/metadata"), Kubernetes::tr("metadata must be a mapping"));
        auto labels
            = labelsAt(o, metadata.toObject().value(u"labels"), templatePointer + QStringLiteral("/metadata/labels"));
        if (!labels)
            return labels.error();
        w.labels = std::move(*labels);
        const QJsonValue podSpec = podTemplate.value(u"spec");
        w.podPointer = templatePointer + QStringLiteral("/spec");
        if (!podSpec.isObject())
            return error(o, w.podPointer, Kubernetes::tr("the pod needs a spec (a mapping)"));
        w.podSpec = podSpec.toObject();
        for (const char16_t *list : {u"initContainers", u"containers"}) {
            const QString key = QString::fromUtf16(list);
            const QJsonValue containers = w.podSpec.value(key);
            const QString pointer = YamlDocuments::child(w.podPointer, key);
            if (containers.isUndefined() || containers.isNull())
                continue;
            if (!containers.isArray())
                return error(o, pointer, Kubernetes::tr("%1 must be a list").arg(key));
            const QJsonArray array = containers.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString at = YamlDocuments::child(pointer, i);
                if (!array.at(i).isObject())
                    return error(o, at, Kubernetes::tr("a container must be a mapping"));
                const QJsonObject container = array.at(i).toObject();
                for (const char16_t *field : {u"env", u"envFrom"}) {
                    const QJsonValue env = container.value(QString::fromUtf16(field));
                    const QString envPointer = YamlDocuments::child(at, QString::fromUtf16(field));
                    if (env.isUndefined() || env.isNull())
                        continue;
                    if (!env.isArray())
                        return error(o, envPointer, Kubernetes::tr("%1 must be a list").arg(QString::fromUtf16(field)));
                    const QJsonArray entries = env.toArray();
                    for (qsizetype j = 0; j < entries.size(); ++j) {
                        const QJsonValue entry = entries.at(j);
                        const QString entryPointer = YamlDocuments::child(envPointer, j);
                        if (!entry.isObject())
                            return error(
                                o,
                                entryPointer,
                                Kubernetes::tr("an entry of %1 must be a mapping").arg(QString::fromUtf16(field)));
                        if (field == std::u16string_view(u"env") && !entry.toObject().value(u"name").isString())
                            return error(o,
                                         entryPointer + QStringLiteral("/name"),
                                         Kubernetes::tr("an environment variable needs a name"));
                    }
                }
            }
        }
        return w;
    }

    ForeignNode workloadNode(const Workload &w) const
    {
        const Object &o = *w.object;
        ForeignNode n;
        n.id = w.id;
        n.type = o.kind;
        n.name = o.name;
        n.line = o.line;
        n.fields.insert(QStringLiteral("namespace"), o.ns);
        const QJsonObject metadata = o.object.value(u"metadata").toObject();
        if (metadata.value(u"labels").isObject())
            n.fields.insert(QStringLiteral("labels"), metadata.value(u"labels"));
        QStringList images;
        std::optional<ElementKind> kind;
        for (const char16_t *list : {u"containers", u"initContainers"}) {
            for (const QJsonValue &c : w.podSpec.value(QString::fromUtf16(list)).toArray()) {
                const QString image = c.toObject().value(u"image").toString();
                if (image.isEmpty() || images.contains(image))
                    continue;
                images << image;
                // The main containers decide the kind; an init container's image (busybox) does not.
                if (!kind && list == std::u16string_view(u"containers"))
                    kind = ServiceAddress::wellKnownKind(image, QString());
            }
        }
        if (!kind)
            kind = ServiceAddress::wellKnownKind(QString(), o.name);
        n.kind = kind.value_or(ElementKind::Application);
        if (!images.isEmpty())
            n.fields.insert(QStringLiteral("images"), QJsonArray::fromStringList(images));
        const QJsonObject spec = o.object.value(u"spec").toObject();
        if (spec.value(u"replicas").isDouble())
            n.fields.insert(QStringLiteral("replicas"), spec.value(u"replicas"));
        if (spec.value(u"schedule").isString())
            n.fields.insert(QStringLiteral("schedule"), spec.value(u"schedule"));
        return n;
    }

    ForeignNode serviceNode(const Object &o) const
    {
        ForeignNode n;
        n.id = idOf(o);
        n.type = o.kind;
        n.kind = ElementKind::Network;
        n.name = o.name + QStringLiteral(" (Service)");
        n.line = o.line;
        n.fields.insert(QStringLiteral("namespace"), o.ns);
        const QJsonObject metadata = o.object.value(u"metadata").toObject();
        if (metadata.value(u"labels").isObject())
            n.fields.insert(QStringLiteral("labels"), metadata.value(u"labels"));
        const QJsonObject spec = o.object.value(u"spec").toObject();
        n.fields.insert(QStringLiteral("service_type"), spec.value(u"type").toString(QStringLiteral("ClusterIP")));
        if (spec.value(u"selector").isObject())
            n.fields.insert(QStringLiteral("selector"), spec.value(u"selector"));
        if (spec.value(u"externalName").isString())
            n.fields.insert(QStringLiteral("external_name"), spec.value(u"externalName"));
        QJsonArray ports;
        for (const QJsonValue &p : spec.value(u"ports").toArray()) {
            const QJsonObject port = p.toObject();
            QString text = scalarText(port.value(u"port"));
            if (port.contains(u"targetPort"))
                text += u':' + scalarText(port.value(u"targetPort"));
            text += u'/' + port.value(u"protocol").toString(QStringLiteral("TCP"));
            ports.append(text);
        }
        if (!ports.isEmpty())
            n.fields.insert(QStringLiteral("ports"), ports);
        return n;
    }

    Result<void> selectorEdges(const ServiceObject &service)
    {
        const Object &o = *service.object;
        const QJsonObject spec = o.object.value(u"spec").toObject();
        if (spec.value(u"type").toString() == u"ExternalName") {
            note(o,
                 QStringLiteral("/spec/externalName"),
                 spec.value(u"externalName").toString(),
                 Kubernetes::tr("the Service '%1' is a name for '%2', outside the file; what it needs is not known")
                     .arg(o.name, spec.value(u"externalName").toString()));
            return {};
        }
        auto selector = labelsAt(o, spec.value(u"selector"), QStringLiteral("/spec/selector"));
        if (!selector)
            return selector.error();
        if (selector->isEmpty()) {
            note(o,
                 QStringLiteral("/spec"),
                 o.name,
                 Kubernetes::tr("the Service '%1' has no selector: its endpoints are set elsewhere, so what it needs "
                                "is not known")
                     .arg(o.name));
            return {};
        }
        // The workloads that have the selector's rarest label, then each checked for all of them.
        const QList<qsizetype> *candidates = nullptr;
        static const QList<qsizetype> none;
        for (auto it = selector->cbegin(); it != selector->cend(); ++it) {
            const auto found = m_byLabel.constFind(labelKey(o.ns, it.key(), *it));
            const QList<qsizetype> *list = found == m_byLabel.cend() ? &none : &*found;
            if (!candidates || list->size() < candidates->size())
                candidates = list;
        }
        int matched = 0;
        const int line = lineOf(o, QStringLiteral("/spec/selector"));
        for (const qsizetype index : *candidates) {
            const Workload &w = m_workloads[std::size_t(index)];
            if (!selects(*selector, w.labels))
                continue;
            ++matched;
            if (!addEdge(service.id, w.id, line, QStringLiteral("selector")))
                return tooManyEdges(o);
        }
        if (matched == 0)
            note(o,
                 QStringLiteral("/spec/selector"),
                 o.name,
                 Kubernetes::tr("the selector of the Service '%1' matches no workload of the file").arg(o.name));
        else if (matched > 1)
            note(o,
                 QStringLiteral("/spec/selector"),
                 o.name,
                 Kubernetes::tr("the Service '%1' selects %2 workloads and needs each of them; where they stand in "
                                "for one another, put them in a redundancy group")
                     .arg(o.name)
                     .arg(matched));
        return {};
    }

    static QString labelKey(const QString &ns, const QString &key, const QString &value)
    {
        return ns + u'\n' + key + u'=' + value;
    }

    static bool selects(const QHash<QString, QString> &selector, const QHash<QString, QString> &labels)
    {
        for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
            const auto label = labels.constFind(it.key());
            if (label == labels.cend() || *label != *it)
                return false;
        }
        return true;
    }

    Error tooManyEdges(const Object &o) const
    {
        return readError(m_fileName,
                         o.line,
                         Kubernetes::tr("the file gives more than %L1 dependencies; it is refused").arg(maxEdges));
    }

    /// Adds "from needs to" once; false when the file has given more dependencies than any real one does.
    /// The ordered pair of two nodes' indexes, so that a million pairs do not cost a million strings.
    quint64 pairKey(const QString &from, const QString &to) const
    {
        return (quint64(quint32(m_nodeAt.value(from))) << 32) | quint32(m_nodeAt.value(to));
    }

    bool addEdge(const QString &from, const QString &to, int line, const QString &via)
    {
        const quint64 pair = pairKey(from, to);
        if (m_pairs.contains(pair))
            return true;
        if (m_graph.edges.size() >= maxEdges)
            return false;
        m_pairs.insert(pair);
        ForeignEdge edge;
        edge.from = from;
        edge.to = to;
        edge.line = line;
        edge.via = via;
        m_graph.edges.append(edge);
        return true;
    }

    /// The Services `value` names, seen from namespace `ns`: `name`, `name.namespace`, `name.namespace.svc` and
    /// `name.namespace.svc.<cluster domain>`. `missing` gets the hosts that are surely meant as a Service of the
    /// cluster (host:port or a URL with one word, or a name with .svc) and are not in the file.
    QList<qsizetype> servicesIn(const QString &value, const QString &ns, QStringList &missing) const
    {
        QList<qsizetype> found;
        for (const ServiceAddress::Host &host : ServiceAddress::hosts(value)) {
            const QStringList labels = host.name.split(u'.');
            if (labels.size() > 2 && labels.at(2) != u"svc")
                continue; // a.b.c: a name outside the cluster
            const QString in = labels.size() >= 2 ? labels.at(1) : ns.toLower();
            const auto at = m_serviceAt.constFind(in + u'/' + labels.first());
            if (at != m_serviceAt.cend()) {
                if (!found.contains(*at))
                    found << *at;
            } else if ((host.withPort && labels.size() == 1) || labels.size() > 2) {
                missing << host.name;
            }
        }
        return found;
    }

    /// Edges from `w` to `services`, except to a Service that selects `w` itself (its own address).
    bool edgesTo(const Workload &w, const QList<qsizetype> &services, int line, const QString &via)
    {
        for (const qsizetype index : services) {
            const ServiceObject &service = m_services[std::size_t(index)];
            if (m_pairs.contains(pairKey(service.id, w.id)))
                continue;
            if (!addEdge(w.id, service.id, line, via))
                return false;
        }
        return true;
    }

    /// A ConfigMap of the file and the Services its values name, worked out once however many workloads take it.
    struct ConfigMapTargets {
        const Object *object = nullptr;
        QList<qsizetype> services;
    };

    const ConfigMapTargets *
    configMap(const Workload &w, const QString &name, const QString &pointer, const QString &what)
    {
        const QString key = w.object->ns + u'/' + name;
        if (const auto it = m_configMapTargets.constFind(key); it != m_configMapTargets.cend())
            return &*it;
        const Object *map = m_configMaps.value(key);
        if (!map) {
            if (!m_notedConfigMaps.contains(w.id + u'>' + name)) {
                m_notedConfigMaps.insert(w.id + u'>' + name);
                note(*w.object,
                     pointer,
                     name,
                     Kubernetes::tr("%1 of '%2' takes the ConfigMap '%3', which is not in the file; the addresses it "
                                    "may hold are not read")
                         .arg(what, w.object->name, name));
            }
            return nullptr;
        }
        ConfigMapTargets targets;
        targets.object = map;
        const QJsonObject data = map->object.value(u"data").toObject();
        for (auto it = data.begin(); it != data.end(); ++it) {
            QStringList missing;
            for (const qsizetype index : servicesIn(scalarText(it.value()), map->ns, missing)) {
                if (!targets.services.contains(index))
                    targets.services << index;
            }
            for (const QString &host : std::as_const(missing))
                note(*map,
                     YamlDocuments::child(QStringLiteral("/data"), it.key()),
                     host,
                     Kubernetes::tr("%1 of the ConfigMap '%2' names '%3', which is not a Service of the file; left "
                                    "out")
                         .arg(it.key(), map->name, host));
        }
        return &*m_configMapTargets.insert(key, targets);
    }

    Result<void> environmentEdges(const Workload &w)
    {
        const Object &o = *w.object;
        for (const char16_t *list : {u"initContainers", u"containers"}) {
            const QString key = QString::fromUtf16(list);
            const QJsonArray containers = w.podSpec.value(key).toArray();
            for (qsizetype i = 0; i < containers.size(); ++i) {
                const QString at = YamlDocuments::child(YamlDocuments::child(w.podPointer, key), i);
                const QJsonObject container = containers.at(i).toObject();
                const QJsonArray envFrom = container.value(u"envFrom").toArray();
                for (qsizetype j = 0; j < envFrom.size(); ++j) {
                    const QString pointer
                        = YamlDocuments::child(YamlDocuments::child(at, QStringLiteral("envFrom")), j);
                    const QJsonValue ref = envFrom.at(j).toObject().value(u"configMapRef");
                    if (!ref.isObject())
                        continue; // secretRef: secrets are not read
                    const ConfigMapTargets *map
                        = configMap(w, ref.toObject().value(u"name").toString(), pointer, QStringLiteral("envFrom"));
                    if (map && !edgesTo(w, map->services, lineOf(o, pointer), QStringLiteral("configMap")))
                        return tooManyEdges(o);
                }
                QHash<QString, QString> defined;
                const QJsonArray env = container.value(u"env").toArray();
                for (qsizetype j = 0; j < env.size(); ++j) {
                    const QString pointer = YamlDocuments::child(YamlDocuments::child(at, QStringLiteral("env")), j);
                    const QJsonObject entry = env.at(j).toObject();
                    const QString variable = entry.value(u"name").toString();
                    QString value;
                    QString via = QStringLiteral("env");
                    QString valuePointer = pointer + QStringLiteral("/value");
                    if (entry.contains(u"value")) {
                        value = expandReferences(scalarText(entry.value(u"value")), defined);
                    } else {
                        const QJsonValue ref = entry.value(u"valueFrom").toObject().value(u"configMapKeyRef");
                        if (!ref.isObject())
                            continue; // secretKeyRef, fieldRef, resourceFieldRef: not addresses of the file
                        const QString name = ref.toObject().value(u"name").toString();
                        const QString dataKey = ref.toObject().value(u"key").toString();
                        const ConfigMapTargets *map = configMap(w, name, pointer, variable);
                        if (!map)
                            continue;
                        const QJsonValue data = map->object->object.value(u"data").toObject().value(dataKey);
                        if (data.isUndefined()) {
                            note(o,
                                 pointer,
                                 name + u'/' + dataKey,
                                 Kubernetes::tr("%1 of '%2' takes the key '%3' of the ConfigMap '%4', which has no "
                                                "such key")
                                     .arg(variable, o.name, dataKey, name));
                            continue;
                        }
                        value = scalarText(data);
                        via = QStringLiteral("configMap");
                        valuePointer = pointer;
                    }
                    defined.insert(variable, value);
                    QStringList missing;
                    const QList<qsizetype> services = servicesIn(value, o.ns, missing);
                    if (!edgesTo(w, services, lineOf(o, valuePointer), via))
                        return tooManyEdges(o);
                    for (const QString &host : std::as_const(missing))
                        note(o,
                             valuePointer,
                             host,
                             Kubernetes::tr("%1 of '%2' names '%3', which is not a Service of the file; left out")
                                 .arg(variable, o.name, host));
                }
            }
        }
        return {};
    }

    QString m_fileName;
    const YamlDocuments &m_yaml;
    std::vector<Object> m_objects;
    std::vector<Workload> m_workloads;
    std::vector<ServiceObject> m_services;
    QHash<QString, qsizetype> m_serviceAt;               // namespace/name in lower case -> m_services
    QHash<QString, QList<qsizetype>> m_byLabel;          // labelKey() -> m_workloads that have the label
    QHash<QString, const Object *> m_configMaps;         // namespace/name
    QHash<QString, ConfigMapTargets> m_configMapTargets; // namespace/name
    QHash<QString, int> m_nodeAt;                        // a node's id -> its index in m_graph.nodes
    QSet<quint64> m_pairs;                               // pairKey() of every edge
    QSet<QString> m_notedConfigMaps;
    ForeignGraph m_graph;
};

/// The value of a top-level `key: value` line, without quotes.
QByteArrayView topLevelValue(QByteArrayView line, QByteArrayView key)
{
    QByteArrayView value = line.sliced(key.size()).trimmed();
    if (value.startsWith("\"") || value.startsWith("'"))
        value = value.sliced(1);
    return value;
}

} // namespace

Result<ForeignGraph> Kubernetes::read(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > ReadLimits::maxFileBytes)
        return readError(
            fileName, 0, tr("the file has more than %L1 MiB; it is refused").arg(ReadLimits::maxFileBytes >> 20));
    auto yaml = YamlDocument::parse(bytes, fileName, lineDepth);
    if (!yaml)
        return yaml.error();
    ManifestReader reader(fileName, *yaml);
    return reader.read();
}

int Kubernetes::sniff(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024));
    qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < head.size()
           && (head[start] == ' ' || head[start] == '\t' || head[start] == '\r' || head[start] == '\n'))
        ++start;
    if (start < head.size() && head[start] == '{') {
        // kubectl's JSON: {"apiVersion": "v1", "items": [...], "kind": "List"}
        qsizetype i = start + 1;
        while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
            ++i;
        const QByteArrayView rest = head.sliced(i);
        if ((rest.startsWith("\"apiVersion\"") || rest.startsWith("\"kind\"")) && !head.contains("\"backstage.io/"))
            return 70;
        return 0;
    }
    bool apiVersion = false, kind = false;
    qsizetype lineStart = start;
    while (lineStart < head.size()) {
        qsizetype end = head.indexOf('\n', lineStart);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(lineStart, end - lineStart);
        if (line.startsWith("apiVersion:")) {
            if (topLevelValue(line, "apiVersion:").startsWith("backstage.io/"))
                return 0;
            apiVersion = true;
        } else if (line.startsWith("kind:") && !topLevelValue(line, "kind:").isEmpty()) {
            kind = true;
        }
        lineStart = end + 1;
    }
    return apiVersion && kind ? 80 : 0;
}

} // namespace bulwark::exchange
