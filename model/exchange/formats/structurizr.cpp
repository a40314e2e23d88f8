// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formats/structurizr.h"

#include "model/exchange/formats/jsondocument.h"
#include "model/exchange/formats/jsonscan.h"
#include "model/exchange/textchecks.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bulwark::exchange {
namespace {

Error formatError(const QString &file, int line, const QString &field, const QString &text)
{
    return readError(file, line, text, field);
}

/// The tags Structurizr gives every element of a type: they say the type again, so they are not kept.
bool isDefaultTag(const QString &tag)
{
    static const QSet<QString> defaults{QStringLiteral("Element"),
                                        QStringLiteral("Person"),
                                        QStringLiteral("Software System"),
                                        QStringLiteral("Container"),
                                        QStringLiteral("Component"),
                                        QStringLiteral("Deployment Node"),
                                        QStringLiteral("Infrastructure Node"),
                                        QStringLiteral("Container Instance"),
                                        QStringLiteral("Software System Instance"),
                                        QStringLiteral("Relationship")};
    return defaults.contains(tag);
}

/// One kind of element in the model: where it hangs, what the register calls it.
enum class Type {
    SoftwareSystem,
    Container,
    Component,
    DeploymentNode,
    InfrastructureNode,
    ContainerInstance,
    SoftwareSystemInstance
};

QString typeName(Type type)
{
    switch (type) {
        case Type::SoftwareSystem: return QStringLiteral("SoftwareSystem");
        case Type::Container: return QStringLiteral("Container");
        case Type::Component: return QStringLiteral("Component");
        case Type::DeploymentNode: return QStringLiteral("DeploymentNode");
        case Type::InfrastructureNode: return QStringLiteral("InfrastructureNode");
        case Type::ContainerInstance: return QStringLiteral("ContainerInstance");
        case Type::SoftwareSystemInstance: return QStringLiteral("SoftwareSystemInstance");
    }
    return {};
}

class Walker
{
public:
    Walker(const QString &file, const QHash<QString, int> &lines) : m_file(file), m_lines(lines)
    {
        m_graph.format = QStringLiteral("structurizr");
    }

    Result<ForeignGraph> run(const QJsonObject &model)
    {
        // People and custom elements first: relationships to them are left out with them.
        for (const auto &[member, person] : {std::pair{u"people", true}, std::pair{u"customElements", false}}) {
            const QString field = QStringLiteral("model.") + QString::fromUtf16(member);
            auto items = list(model, QString::fromUtf16(member), field, 0);
            if (!items)
                return items.error();
            for (qsizetype i = 0; i < items->size(); ++i) {
                auto e = element(items->at(i), QStringLiteral("%1[%2]").arg(field).arg(i), 0);
                if (!e)
                    return e.error();
                const QString id = e->value(u"id").toString();
                m_skipped.insert(id, {e->value(u"name").toString(), person});
                m_skippedOrder << id;
                if (auto r = relationships(*e, id, QStringLiteral("%1[%2]").arg(field).arg(i)); !r)
                    return r.error();
            }
        }
        auto systems = list(model, QStringLiteral("softwareSystems"), QStringLiteral("model.softwareSystems"), 0);
        if (!systems)
            return systems.error();
        for (qsizetype i = 0; i < systems->size(); ++i) {
            const QString field = QStringLiteral("model.softwareSystems[%1]").arg(i);
            auto system = node(systems->at(i), Type::SoftwareSystem, field, QString(), 0);
            if (!system)
                return system.error();
            if (auto r = children(*system, u"containers", Type::Container, field, 1); !r)
                return r.error();
        }
        auto nodes = list(model, QStringLiteral("deploymentNodes"), QStringLiteral("model.deploymentNodes"), 0);
        if (!nodes)
            return nodes.error();
        for (qsizetype i = 0; i < nodes->size(); ++i) {
            if (auto r = deploymentNode(nodes->at(i), QStringLiteral("model.deploymentNodes[%1]").arg(i), QString(), 1);
                !r)
                return r.error();
        }
        finishInstances();
        leaveOutSkipped();
        return std::move(m_graph);
    }

private:
    struct Skipped {
        QString name;
        bool person = true;
    };

    Result<QJsonArray> list(const QJsonObject &owner, const QString &member, const QString &field, int line)
    {
        const QJsonValue value = owner.value(member);
        if (value.isUndefined() || value.isNull())
            return QJsonArray();
        if (!value.isArray())
            return formatError(m_file, line, field, Structurizr::tr("'%1' is a list").arg(member));
        return value.toArray();
    }

    /// An element object with a text id (older workspaces write numbers; they are taken as text).
    Result<QJsonObject> element(const QJsonValue &value, const QString &field, int line)
    {
        if (!value.isObject())
            return formatError(m_file, line, field, Structurizr::tr("an element is an object"));
        QJsonObject o = value.toObject();
        const QJsonValue id = o.value(u"id");
        if (id.isDouble())
            o.insert(QStringLiteral("id"), QString::number(id.toInteger()));
        else if (!id.isString() || id.toString().isEmpty())
            return formatError(
                m_file, line, field + QStringLiteral(".id"), Structurizr::tr("an element needs an \"id\" (a text)"));
        return o;
    }

    Result<QJsonObject> node(const QJsonValue &value, Type type, const QString &field, const QString &parent, int depth)
    {
        if (depth > ReadLimits::maxDepth)
            return formatError(m_file,
                               m_lines.value(parent),
                               field.left(200),
                               Structurizr::tr("elements are nested more than %1 deep").arg(ReadLimits::maxDepth));
        auto object = element(value, field, m_lines.value(parent));
        if (!object)
            return object.error();
        const QJsonObject &o = *object;
        ForeignNode n;
        n.id = o.value(u"id").toString();
        n.line = m_lines.value(n.id);
        n.type = typeName(type);
        n.name = o.value(u"name").toString();
        n.description = o.value(u"description").toString();
        for (const QString &tag : o.value(u"tags").toString().split(u',')) {
            const QString t = tag.trimmed();
            if (!t.isEmpty() && !isDefaultTag(t) && !n.tags.contains(t))
                n.tags << t;
        }
        switch (type) {
            case Type::Container:
            case Type::Component:
                n.kind = n.tags.contains(u"Database") ? ElementKind::DataStore : ElementKind::Application;
                break;
            case Type::DeploymentNode:
            case Type::InfrastructureNode: n.kind = ElementKind::Infrastructure; break;
            default: n.kind = ElementKind::Application; break;
        }
        for (const char16_t *key : {u"technology",
                                    u"location",
                                    u"group",
                                    u"url",
                                    u"environment",
                                    u"instances",
                                    u"instanceId",
                                    u"deploymentGroups",
                                    u"properties",
                                    u"containerId",
                                    u"softwareSystemId"}) {
            const QJsonValue v = o.value(QStringView(key));
            if (!v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty()))
                n.fields.insert(QString::fromUtf16(key), v);
        }
        if (!parent.isEmpty())
            n.fields.insert(QStringLiteral("parent"), parent);
        m_kindOf.insert(n.id, n.kind);
        m_nameOf.insert(n.id, n.name);
        if (type == Type::ContainerInstance || type == Type::SoftwareSystemInstance) {
            const QString of
                = o.value(type == Type::ContainerInstance ? u"containerId" : u"softwareSystemId").toString();
            if (of.isEmpty())
                return formatError(m_file,
                                   n.line,
                                   field
                                       + (type == Type::ContainerInstance ? QStringLiteral(".containerId")
                                                                          : QStringLiteral(".softwareSystemId")),
                                   Structurizr::tr("an instance names what it is an instance of"));
            m_instances.append({qsizetype(m_graph.nodes.size()), of});
            // What it is an instance of needs it (softly: docs/exchange.md, "Structurizr").
            m_graph.edges.append({of, n.id, true, n.line, QStringLiteral("instance")});
        }
        if (!parent.isEmpty()) {
            // A container is part of its system, a component of its container: the whole needs its parts. Whatever is
            // deployed needs the deployment node it is on.
            if (type == Type::Container || type == Type::Component)
                m_graph.edges.append({parent, n.id, false, n.line, QStringLiteral("contains")});
            else
                m_graph.edges.append({n.id, parent, false, n.line, QStringLiteral("deployedOn")});
        }
        m_graph.nodes.append(std::move(n));
        if (auto r = relationships(o, o.value(u"id").toString(), field); !r)
            return r.error();
        return o;
    }

    Result<void> children(const QJsonObject &owner, const char16_t *member, Type type, const QString &path, int depth)
    {
        const QString name = QString::fromUtf16(member);
        const QString field = path + u'.' + name;
        const QString parent = owner.value(u"id").toString();
        auto items = list(owner, name, field, m_lines.value(parent));
        if (!items)
            return items.error();
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QString itemField = QStringLiteral("%1[%2]").arg(field).arg(i);
            auto child = node(items->at(i), type, itemField, parent, depth);
            if (!child)
                return child.error();
            if (type == Type::Container) {
                if (auto r = children(*child, u"components", Type::Component, itemField, depth + 1); !r)
                    return r;
            }
        }
        return {};
    }

    Result<void> deploymentNode(const QJsonValue &value, const QString &field, const QString &parent, int depth)
    {
        auto object = node(value, Type::DeploymentNode, field, parent, depth);
        if (!object)
            return object.error();
        for (const auto &[member, type] : {std::pair{u"infrastructureNodes", Type::InfrastructureNode},
                                           std::pair{u"softwareSystemInstances", Type::SoftwareSystemInstance},
                                           std::pair{u"containerInstances", Type::ContainerInstance}}) {
            if (auto r = children(*object, member, type, field, depth + 1); !r)
                return r;
        }
        const QString id = object->value(u"id").toString();
        auto nested = list(*object, QStringLiteral("children"), field + QStringLiteral(".children"), m_lines.value(id));
        if (!nested)
            return nested.error();
        for (qsizetype i = 0; i < nested->size(); ++i) {
            if (auto r
                = deploymentNode(nested->at(i), QStringLiteral("%1.children[%2]").arg(field).arg(i), id, depth + 1);
                !r)
                return r;
        }
        return {};
    }

    /// The relationships an element holds: "source needs destination".
    Result<void> relationships(const QJsonObject &owner, const QString &id, const QString &path)
    {
        const QString field = path + QStringLiteral(".relationships");
        auto items = list(owner, QStringLiteral("relationships"), field, m_lines.value(id));
        if (!items)
            return items.error();
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QString itemField = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!items->at(i).isObject())
                return formatError(
                    m_file, m_lines.value(id), itemField, Structurizr::tr("a relationship is an object"));
            const QJsonObject r = items->at(i).toObject();
            const QString source = r.value(u"sourceId").isString() ? r.value(u"sourceId").toString() : id;
            const QJsonValue destination = r.value(u"destinationId");
            const int line = r.value(u"id").isString() ? m_lines.value(r.value(u"id").toString(), m_lines.value(id))
                                                       : m_lines.value(id);
            if (!destination.isString() || destination.toString().isEmpty())
                return formatError(m_file,
                                   line,
                                   itemField + QStringLiteral(".destinationId"),
                                   Structurizr::tr("a relationship needs a \"destinationId\""));
            m_graph.edges.append({source, destination.toString(), false, line, QStringLiteral("uses")});
        }
        return {};
    }

    /// Instances take the kind of what they stand for, and a name from it.
    void finishInstances()
    {
        for (const auto &[index, of] : std::as_const(m_instances)) {
            ForeignNode &n = m_graph.nodes[index];
            n.kind = m_kindOf.value(of, ElementKind::Application);
            const QString base = m_nameOf.value(of, of);
            const QString environment = n.fields.value(u"environment").toString();
            const QJsonValue instance = n.fields.value(u"instanceId");
            const QString number = instance.isDouble() ? QString::number(instance.toInteger()) : instance.toString();
            if (environment.isEmpty())
                n.name = Structurizr::tr("%1 (instance %2)").arg(base, number);
            else
                n.name = Structurizr::tr("%1 (%2, instance %3)").arg(base, environment, number);
        }
    }

    /// People and custom elements are left out, with their relationships, each with a note.
    void leaveOutSkipped()
    {
        QHash<QString, int> count;
        m_graph.edges.removeIf([&](const ForeignEdge &e) {
            const bool from = m_skipped.contains(e.from), to = m_skipped.contains(e.to);
            if (from)
                ++count[e.from];
            if (to && e.to != e.from)
                ++count[e.to];
            return from || to;
        });
        for (const QString &id : std::as_const(m_skippedOrder)) {
            const Skipped s = m_skipped.value(id);
            m_graph.notes.append(
                {m_file,
                 m_lines.value(id),
                 id,
                 s.person ? Structurizr::tr("'%1' is a person; people are not elements of the register, so it "
                                            "and its %n relationship(s) are left out",
                                            nullptr,
                                            count.value(id))
                                .arg(s.name)
                          : Structurizr::tr("'%1' is a custom element, which is not mapped; it and its %n "
                                            "relationship(s) are left out",
                                            nullptr,
                                            count.value(id))
                                .arg(s.name)});
        }
    }

    const QString &m_file;
    const QHash<QString, int> &m_lines;
    ForeignGraph m_graph;
    QHash<QString, Skipped> m_skipped;
    QStringList m_skippedOrder;
    QHash<QString, ElementKind> m_kindOf;
    QHash<QString, QString> m_nameOf;
    QList<std::pair<qsizetype, QString>> m_instances;
};

} // namespace

Result<ForeignGraph> Structurizr::read(const QByteArray &bytes, const QString &fileName)
{
    auto json = JsonDocumentReader::read(bytes, fileName);
    if (!json)
        return json.error();
    const QByteArray &text = json->text;
    const QJsonDocument &document = json->document;
    if (!document.isObject() || !document.object().value(u"model").isObject())
        return formatError(
            fileName, 1, QStringLiteral("model"), tr("not a Structurizr workspace: it has no \"model\" object"));
    const QHash<QString, int> lines = jsonscan::memberLines(text, "\"id\"");
    Walker walker(fileName, lines);
    return walker.run(document.object().value(u"model").toObject());
}

int Structurizr::sniff(QByteArrayView bytes)
{
    const QByteArrayView start = jsonscan::content(bytes);
    if (start.isEmpty() || start.front() != '{')
        return 0;
    // Importer passes the first 64 KiB: "views" and "documentation" follow the model and may lie beyond them, so
    // "model" with "softwareSystems" is enough, and a workspace-level member makes it surer.
    const QByteArrayView head = start.first(std::min<qsizetype>(start.size(), qsizetype(4) << 20));
    if (head.indexOf("\"model\"") < 0 || head.indexOf("\"softwareSystems\"") < 0)
        return 0;
    return head.indexOf("\"views\"") >= 0 || head.indexOf("\"documentation\"") >= 0
            || head.indexOf("\"configuration\"") >= 0
        ? 90
        : 60;
}

} // namespace bulwark::exchange
