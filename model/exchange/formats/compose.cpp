// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formats/compose.h"

#include "model/exchange/formats/serviceaddress.h"
#include "model/exchange/yamldocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <map>
#include <vector>

namespace bulwark::exchange {
namespace {

constexpr int maxInterpolationDepth = 16;            ///< ${A:-${B:-${C}}}: levels of nesting in defaults
constexpr qsizetype maxValueChars = 1 << 20;         ///< one interpolated value, in characters
constexpr qint64 maxProjectChars = qint64(64) << 20; ///< all interpolated values of a project together

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameCharacter(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

class Interpolation
{
public:
    Interpolation(const QHash<QString, QString> &variables, QList<Compose::Unset> &unset)
        : m_variables(variables),
          m_unset(unset)
    { }

    Result<QString> run(QStringView text, int depth)
    {
        if (depth > maxInterpolationDepth)
            return makeError(Error::Code::Format,
                             Compose::tr("variables are nested more than %1 levels deep").arg(maxInterpolationDepth));
        QString out;
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (i < n) {
            const QChar c = text[i];
            if (c != u'$' || i + 1 >= n) {
                out += c;
                ++i;
            } else if (text[i + 1] == u'$') {
                out += u'$';
                i += 2;
            } else if (text[i + 1] == u'{') {
                qsizetype close = i + 2;
                int level = 1;
                for (; close < n; ++close) {
                    if (text[close] == u'{')
                        ++level;
                    else if (text[close] == u'}' && --level == 0)
                        break;
                }
                if (close >= n)
                    return makeError(Error::Code::Format,
                                     Compose::tr("'${' is not closed in '%1'").arg(text.left(80).toString()));
                auto value = braced(text.sliced(i + 2, close - i - 2), depth);
                if (!value)
                    return value.error();
                out += *value;
                i = close + 1;
            } else if (isNameStart(text[i + 1])) {
                qsizetype end = i + 1;
                while (end < n && isNameCharacter(text[end]))
                    ++end;
                out += lookUp(text.sliced(i + 1, end - i - 1).toString(), {});
                i = end;
            } else {
                out += c; // a '$' before anything else stays as written
                ++i;
            }
            if (out.size() > maxValueChars)
                return makeError(
                    Error::Code::Format,
                    Compose::tr("a value grows beyond %L1 characters through its variables").arg(maxValueChars));
        }
        return out;
    }

private:
    QString lookUp(const QString &name, const QString &message)
    {
        if (const auto it = m_variables.constFind(name); it != m_variables.cend())
            return *it;
        m_unset.append({name, message});
        return {};
    }

    Result<QString> braced(QStringView body, int depth)
    {
        qsizetype end = 0;
        if (body.isEmpty() || !isNameStart(body[0]))
            return makeError(Error::Code::Format,
                             Compose::tr("'${%1}' names no variable").arg(body.left(80).toString()));
        while (end < body.size() && isNameCharacter(body[end]))
            ++end;
        const QString name = body.first(end).toString();
        if (end == body.size())
            return lookUp(name, {});
        QStringView op = body.sliced(end);
        const bool colon = op.startsWith(u':');
        if (colon)
            op = op.sliced(1);
        if (op.isEmpty() || (op[0] != u'-' && op[0] != u'?' && op[0] != u'+'))
            return makeError(
                Error::Code::Format,
                Compose::tr("'${%1}': after the name comes }, :-, -, :?, ?, :+ or +").arg(body.left(80).toString()));
        const QChar kind = op[0];
        const QStringView argument = op.sliced(1);
        const auto it = m_variables.constFind(name);
        const bool isSet = it != m_variables.cend();
        const bool given = isSet && (!colon || !it->isEmpty());
        if (kind == u'-')
            return given ? Result<QString>(*it) : run(argument, depth + 1);
        if (kind == u'+')
            return given ? run(argument, depth + 1) : Result<QString>(QString());
        if (given)
            return *it;
        auto message = run(argument, depth + 1);
        if (!message)
            return message.error();
        m_unset.append({name, message->isEmpty() ? Compose::tr("required") : *message});
        return QString();
    }

    const QHash<QString, QString> &m_variables;
    QList<Compose::Unset> &m_unset;
};

/// Where a value of the project is: file, document, JSON pointer.
struct Place {
    int file = 0;
    qsizetype document = 0;
    QString pointer;
};

/// One service's mapping in one file (or the mapping it extends).
struct Layer {
    Place place;
    QJsonObject object;
};

struct Located {
    QJsonValue value;
    Place place;
};

/// Values by key in the order first given; a later value for a key replaces the earlier one (Compose's merge of
/// mappings and of lists of NAME=value).
template<typename T>
class Keyed
{
public:
    void set(const QString &key, T value)
    {
        if (const auto it = m_at.constFind(key); it != m_at.cend()) {
            m_items[std::size_t(*it)].second = std::move(value);
            return;
        }
        m_at.insert(key, qsizetype(m_items.size()));
        m_items.emplace_back(key, std::move(value));
    }
    const std::vector<std::pair<QString, T>> &items() const { return m_items; }

private:
    std::vector<std::pair<QString, T>> m_items;
    QHash<QString, qsizetype> m_at;
};

/// Texts in the order first given, each once (Compose appends lists such as ports and keeps one of each).
class TextList
{
public:
    void add(const QString &text)
    {
        if (!m_seen.contains(text)) {
            m_seen.insert(text);
            m_list << text;
        }
    }
    const QStringList &list() const { return m_list; }

private:
    QStringList m_list;
    QSet<QString> m_seen;
};

/// A service with its layers merged the way Compose merges them, for the keys this reader uses.
struct MergedService {
    std::map<QString, Located> scalars; // image, container_name... : the last layer wins
    Keyed<Located> dependsOn;           // service -> its entry
    Keyed<Located> environment;         // NAME -> value (null: not set)
    QList<Located> links, volumesFrom;
    TextList ports, expose, profiles;
    QJsonObject labels;
    QJsonValue build, replicas;
};

class ProjectReader
{
public:
    ProjectReader(const QList<Compose::File> &files, QHash<QString, QString> variables, bool hasEnv)
        : m_files(files),
          m_variables(std::move(variables)),
          m_hasEnv(hasEnv)
    {
        m_graph.format = QStringLiteral("compose");
    }

    void addNotes(const QList<ImportNote> &notes) { m_graph.notes << notes; }

    Result<ForeignGraph> read()
    {
        for (qsizetype f = 0; f < m_files.size(); ++f) {
            auto parsed = YamlDocument::parse(m_files.at(f).bytes, m_files.at(f).name);
            if (!parsed)
                return parsed.error();
            m_yaml.push_back(std::move(parsed).value());
            if (auto r = collect(int(f)); !r)
                return r.error();
        }
        if (!m_hasServices)
            return readError(m_files.value(0).name,
                             m_yaml.empty() ? 0 : m_yaml.front().lines.value(0, 1),
                             Compose::tr("a Compose file needs a 'services' mapping"),
                             QStringLiteral("services"));
        std::vector<MergedService> merged;
        merged.reserve(m_order.size());
        for (const QString &name : std::as_const(m_order)) {
            QSet<QString> visiting;
            auto layers = expanded(name, visiting);
            if (!layers)
                return layers.error();
            MergedService service;
            for (const Layer &layer : std::as_const(*layers)) {
                if (auto r = merge(service, layer); !r)
                    return r.error();
            }
            merged.push_back(std::move(service));
        }
        for (qsizetype i = 0; i < m_order.size(); ++i) {
            m_graph.nodes.append(node(m_order.at(i), merged[std::size_t(i)]));
        }
        for (qsizetype i = 0; i < m_order.size(); ++i) {
            if (auto r = edges(m_order.at(i), merged[std::size_t(i)]); !r)
                return r.error();
        }
        return m_graph;
    }

private:
    const QString &fileName(int file) const { return m_files.at(file).name; }

    int lineOf(const Place &place) const
    {
        return m_yaml.at(std::size_t(place.file)).line(place.document, place.pointer);
    }

    /// A line for the register (GraphImport names the first file): the line where it is in the first file, else 0.
    int registerLine(const Place &place) const { return place.file == 0 ? lineOf(place) : 0; }

    Error error(const Place &place, const QString &message, const QString &field) const
    {
        return readError(fileName(place.file), lineOf(place), message, field);
    }

    static QString fieldOf(const Place &place)
    {
        // "/services/cart/depends_on/0" -> "services.cart.depends_on[0]"
        QString field;
        const QStringList steps = place.pointer.split(u'/', Qt::SkipEmptyParts);
        for (QString step : steps) {
            step.replace(QStringLiteral("~1"), QStringLiteral("/"));
            step.replace(QStringLiteral("~0"), QStringLiteral("~"));
            bool isIndex = false;
            step.toInt(&isIndex);
            field += isIndex ? QStringLiteral("[%1]").arg(step) : (field.isEmpty() ? step : u'.' + step);
        }
        return field;
    }

    static Place child(const Place &place, const QString &key)
    {
        return {place.file, place.document, YamlDocuments::child(place.pointer, key)};
    }
    static Place child(const Place &place, qsizetype index)
    {
        return {place.file, place.document, YamlDocuments::child(place.pointer, index)};
    }

    void note(const Place &place, const QString &reference, const QString &text)
    {
        m_graph.notes.append({fileName(place.file), lineOf(place), reference, text});
    }

    /// The text of a scalar with the project's variables; numbers and booleans as written in YAML's core schema.
    Result<QString> text(const Place &place, const QJsonValue &value)
    {
        QString raw;
        if (value.isString())
            raw = value.toString();
        else if (value.isDouble())
            raw = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        else if (value.isBool())
            raw = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            return QString();
        if (!raw.contains(u'$'))
            return raw;
        QList<Compose::Unset> unset;
        auto result = Compose::interpolate(raw, m_variables, unset);
        if (!result)
            return error(place, result.error().message, fieldOf(place));
        m_interpolated += result->size();
        if (m_interpolated > maxProjectChars)
            return error(place,
                         Compose::tr("the values grow beyond %L1 characters through their variables; the file is "
                                     "refused")
                             .arg(maxProjectChars),
                         fieldOf(place));
        for (const Compose::Unset &u : std::as_const(unset)) {
            if (m_notedVariables.contains(u.name))
                continue;
            m_notedVariables.insert(u.name);
            QString message;
            if (!u.message.isEmpty())
                message = Compose::tr("the variable %1 is not set; Docker Compose would stop here (\"%2\"); it is "
                                      "read as empty")
                              .arg(u.name, u.message.left(200));
            else if (m_hasEnv)
                message = Compose::tr("the variable %1 is not set in the env file; it is read as empty").arg(u.name);
            else
                message
                    = Compose::tr("the variable %1 is not set (no env file was read); it is read as empty").arg(u.name);
            note(place, u.name, message);
        }
        return result;
    }

    /// Takes the services of every document of file `f`.
    Result<void> collect(int f)
    {
        const YamlDocuments &yaml = m_yaml.back();
        for (qsizetype d = 0; d < yaml.documents.size(); ++d) {
            const QJsonValue &document = yaml.documents.at(d);
            const Place top{f, d, QString()};
            if (document.isNull())
                continue;
            if (!document.isObject())
                return readError(fileName(f), yaml.lines.at(d), Compose::tr("a Compose file is a mapping"));
            const QJsonObject o = document.toObject();
            if (o.contains(u"include"))
                note(child(top, QStringLiteral("include")),
                     QString(),
                     Compose::tr("'include' is not followed; import the included files with --overlay"));
            if (o.contains(u"name")) {
                auto name = text(child(top, QStringLiteral("name")), o.value(u"name"));
                if (!name)
                    return name.error();
                m_projectName = *name;
            }
            if (!o.contains(u"services"))
                continue;
            const Place servicesPlace = child(top, QStringLiteral("services"));
            const QJsonValue services = o.value(u"services");
            if (services.isNull()) {
                m_hasServices = true;
                continue;
            }
            if (!services.isObject())
                return error(servicesPlace, Compose::tr("'services' must be a mapping"), QStringLiteral("services"));
            m_hasServices = true;
            const QJsonObject map = services.toObject();
            for (auto it = map.begin(); it != map.end(); ++it) {
                const Place place = child(servicesPlace, it.key());
                if (!it.value().isObject())
                    return error(place,
                                 Compose::tr("the service '%1' must be a mapping").arg(it.key().left(80)),
                                 fieldOf(place));
                if (!m_layers.contains(it.key())) {
                    m_order << it.key();
                    m_lowerNames.insert(it.key().toLower(), it.key());
                }
                m_layers[it.key()].append({place, it.value().toObject()});
            }
        }
        return {};
    }

    /// The layers of a service with those of the service it extends (in the same project) first.
    Result<QList<Layer>> expanded(const QString &name, QSet<QString> &visiting)
    {
        if (const auto it = m_expanded.constFind(name); it != m_expanded.cend())
            return *it;
        const QList<Layer> own = m_layers.value(name);
        visiting.insert(name);
        QList<Layer> layers;
        for (qsizetype i = own.size() - 1; i >= 0; --i) {
            if (!own.at(i).object.contains(u"extends"))
                continue;
            const Place place = child(own.at(i).place, QStringLiteral("extends"));
            const QJsonValue extends = own.at(i).object.value(u"extends");
            QString base;
            if (extends.isString()) {
                base = extends.toString();
            } else if (extends.isObject() && extends.toObject().value(u"service").isString()) {
                base = extends.toObject().value(u"service").toString();
                if (extends.toObject().contains(u"file")) {
                    note(place,
                         base,
                         Compose::tr("'%1' extends '%2' of another file, which is not read; what it would inherit "
                                     "is left out")
                             .arg(name, base));
                    break;
                }
            } else {
                return error(place,
                             Compose::tr("'extends' must name a service (or be a mapping with 'service')"),
                             fieldOf(place));
            }
            if (visiting.contains(base))
                return error(
                    place, Compose::tr("'%1' extends '%2', which extends it in turn").arg(name, base), fieldOf(place));
            if (visiting.size() >= ReadLimits::maxDepth)
                return error(
                    place,
                    Compose::tr("services extend one another more than %1 levels deep").arg(ReadLimits::maxDepth),
                    fieldOf(place));
            if (!m_layers.contains(base)) {
                note(place, base, Compose::tr("'%1' extends '%2', which is not a service of the file").arg(name, base));
                break;
            }
            auto inherited = expanded(base, visiting);
            if (!inherited)
                return inherited.error();
            layers = *inherited;
            break;
        }
        visiting.remove(name);
        layers << own;
        m_work += layers.size();
        if (m_work > ReadLimits::maxNodes)
            return error(own.first().place,
                         Compose::tr("the services expand to more than %L1 values through 'extends'; the file is "
                                     "refused")
                             .arg(ReadLimits::maxNodes),
                         fieldOf(own.first().place));
        m_expanded.insert(name, layers);
        return layers;
    }

    Result<void> appendTexts(TextList &list, const Layer &layer, const QString &key)
    {
        const QJsonValue value = layer.object.value(key);
        const Place place = child(layer.place, key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            return error(place, Compose::tr("'%1' must be a list").arg(key), fieldOf(place));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if (item.isObject() && key == u"ports") {
                // The long syntax: published:target/protocol
                const QJsonObject o = item.toObject();
                QString published
                    = o.value(u"published").isUndefined() ? QString() : o.value(u"published").toVariant().toString();
                QString port = o.value(u"target").toVariant().toString();
                if (!published.isEmpty())
                    port = published + u':' + port;
                if (o.value(u"protocol").isString())
                    port += u'/' + o.value(u"protocol").toString();
                item = port;
            }
            if (!item.isString() && !item.isDouble())
                return error(
                    child(place, i), Compose::tr("an item of '%1' must be a text").arg(key), fieldOf(child(place, i)));
            auto t = text(child(place, i), item);
            if (!t)
                return t.error();
            if (!t->isEmpty()) // "${AD_PORT}" without its variable says nothing
                list.add(*t);
        }
        return {};
    }

    /// Counts the values of a layer merged: a service that extends another merges the other's layers again, so a
    /// hostile file could make a small base cost as much as every service that extends it.
    Result<void> spend(const Layer &layer)
    {
        qint64 n = layer.object.size();
        for (const char16_t *key :
             {u"environment", u"depends_on", u"links", u"volumes_from", u"ports", u"expose", u"profiles", u"labels"}) {
            const QJsonValue value = layer.object.value(QString::fromUtf16(key));
            n += value.isArray() ? value.toArray().size() : value.isObject() ? value.toObject().size() : 0;
        }
        m_work += n;
        if (m_work > ReadLimits::maxNodes)
            return error(layer.place,
                         Compose::tr("the services expand to more than %L1 values through 'extends'; the file is "
                                     "refused")
                             .arg(ReadLimits::maxNodes),
                         fieldOf(layer.place));
        return {};
    }

    Result<void> merge(MergedService &service, const Layer &layer)
    {
        if (auto r = spend(layer); !r)
            return r;
        const QJsonObject &o = layer.object;
        for (const char16_t *key :
             {u"image", u"container_name", u"hostname", u"platform", u"restart", u"network_mode", u"ipc", u"pid"}) {
            const QString k = QString::fromUtf16(key);
            const QJsonValue value = o.value(k);
            if (value.isUndefined())
                continue;
            const Place place = child(layer.place, k);
            if (value.isObject() || value.isArray())
                return error(place, Compose::tr("'%1' must be a text").arg(k), fieldOf(place));
            auto t = text(place, value);
            if (!t)
                return t.error();
            service.scalars[k] = {QJsonValue(*t), place};
        }
        if (o.contains(u"build")) {
            const Place place = child(layer.place, QStringLiteral("build"));
            const QJsonValue build = o.value(u"build");
            const QJsonValue context = build.isObject() ? build.toObject().value(u"context") : build;
            if (context.isString()) {
                auto t = text(build.isObject() ? child(place, QStringLiteral("context")) : place, context);
                if (!t)
                    return t.error();
                service.build = *t;
            }
        }
        if (const QJsonValue deploy = o.value(u"deploy"); deploy.isObject() && deploy.toObject().contains(u"replicas"))
            service.replicas = deploy.toObject().value(u"replicas");
        if (o.contains(u"scale"))
            service.replicas = o.value(u"scale");
        for (const char16_t *key : {u"ports", u"expose", u"profiles"}) {
            const QString k = QString::fromUtf16(key);
            TextList &list = k == u"ports" ? service.ports : k == u"expose" ? service.expose : service.profiles;
            if (auto r = appendTexts(list, layer, k); !r)
                return r;
        }
        if (auto r = mergeLabels(service, layer); !r)
            return r;
        if (auto r = mergeEnvironment(service, layer); !r)
            return r;
        if (auto r = mergeDependsOn(service, layer); !r)
            return r;
        for (const char16_t *key : {u"links", u"volumes_from"}) {
            const QString k = QString::fromUtf16(key);
            const QJsonValue value = o.value(k);
            if (value.isUndefined() || value.isNull())
                continue;
            const Place place = child(layer.place, k);
            if (!value.isArray())
                return error(place, Compose::tr("'%1' must be a list").arg(k), fieldOf(place));
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isString())
                    return error(child(place, i),
                                 Compose::tr("an item of '%1' must be a text").arg(k),
                                 fieldOf(child(place, i)));
                auto t = text(child(place, i), array.at(i));
                if (!t)
                    return t.error();
                (k == u"links" ? service.links : service.volumesFrom).append({QJsonValue(*t), child(place, i)});
            }
        }
        if (o.contains(u"env_file")) {
            const Place place = child(layer.place, QStringLiteral("env_file"));
            note(place,
                 QString(),
                 Compose::tr("the env_file of a service is not read; addresses in it are not followed"));
        }
        return {};
    }

    Result<void> mergeLabels(MergedService &service, const Layer &layer)
    {
        const QJsonValue value = layer.object.value(u"labels");
        const Place place = child(layer.place, QStringLiteral("labels"));
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isObject()) {
            const QJsonObject map = value.toObject();
            for (auto it = map.begin(); it != map.end(); ++it) {
                auto t = text(child(place, it.key()), it.value());
                if (!t)
                    return t.error();
                service.labels.insert(it.key(), *t);
            }
            return {};
        }
        if (!value.isArray())
            return error(place, Compose::tr("'labels' must be a mapping or a list"), fieldOf(place));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return error(child(place, i), Compose::tr("a label must be a text"), fieldOf(child(place, i)));
            auto t = text(child(place, i), array.at(i));
            if (!t)
                return t.error();
            const qsizetype eq = t->indexOf(u'=');
            service.labels.insert(eq < 0 ? *t : t->left(eq), eq < 0 ? QString() : t->mid(eq + 1));
        }
        return {};
    }

    Result<void> mergeEnvironment(MergedService &service, const Layer &layer)
    {
        const QJsonValue value = layer.object.value(u"environment");
        const Place place = child(layer.place, QStringLiteral("environment"));
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isObject()) {
            const QJsonObject map = value.toObject();
            for (auto it = map.begin(); it != map.end(); ++it) {
                const Place at = child(place, it.key());
                if (it.value().isObject() || it.value().isArray())
                    return error(at, Compose::tr("an environment value must be a text"), fieldOf(at));
                QJsonValue resolved;
                if (it.value().isNull()) {
                    if (const auto v = m_variables.constFind(it.key()); v != m_variables.cend())
                        resolved = *v;
                } else {
                    auto t = text(at, it.value());
                    if (!t)
                        return t.error();
                    resolved = *t;
                }
                service.environment.set(it.key(), Located{resolved, at});
            }
            return {};
        }
        if (!value.isArray())
            return error(place, Compose::tr("'environment' must be a mapping or a list"), fieldOf(place));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const Place at = child(place, i);
            if (!array.at(i).isString())
                return error(at, Compose::tr("an environment entry must be a text (NAME=value)"), fieldOf(at));
            const QString entry = array.at(i).toString();
            const qsizetype eq = entry.indexOf(u'=');
            QJsonValue resolved;
            if (eq < 0) {
                // NAME alone: the value comes from the environment Compose runs in (the env file here).
                if (const auto v = m_variables.constFind(entry); v != m_variables.cend())
                    resolved = *v;
            } else {
                auto t = text(at, entry.mid(eq + 1));
                if (!t)
                    return t.error();
                resolved = *t;
            }
            service.environment.set(eq < 0 ? entry : entry.left(eq), Located{resolved, at});
        }
        return {};
    }

    Result<void> mergeDependsOn(MergedService &service, const Layer &layer)
    {
        const QJsonValue value = layer.object.value(u"depends_on");
        const Place place = child(layer.place, QStringLiteral("depends_on"));
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isString())
                    return error(child(place, i),
                                 Compose::tr("an item of 'depends_on' must name a service"),
                                 fieldOf(child(place, i)));
                service.dependsOn.set(array.at(i).toString(), Located{QJsonObject(), child(place, i)});
            }
            return {};
        }
        if (!value.isObject())
            return error(place, Compose::tr("'depends_on' must be a list or a mapping"), fieldOf(place));
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const Place at = child(place, it.key());
            if (!it.value().isObject() && !it.value().isNull())
                return error(at,
                             Compose::tr("the entry '%1' of 'depends_on' must be a mapping (condition, required)")
                                 .arg(it.key().left(80)),
                             fieldOf(at));
            const QJsonObject entry = it.value().toObject();
            if (entry.contains(u"required") && !entry.value(u"required").isBool())
                return error(child(at, QStringLiteral("required")),
                             Compose::tr("'required' must be true or false"),
                             fieldOf(child(at, QStringLiteral("required"))));
            if (entry.contains(u"condition") && !entry.value(u"condition").isString())
                return error(child(at, QStringLiteral("condition")),
                             Compose::tr("'condition' must be a text"),
                             fieldOf(child(at, QStringLiteral("condition"))));
            service.dependsOn.set(it.key(), Located{entry, at});
        }
        return {};
    }

    ForeignNode node(const QString &name, const MergedService &service) const
    {
        ForeignNode n;
        n.id = name;
        n.type = QStringLiteral("service");
        n.name = name;
        n.line = registerLine(m_layers.value(name).first().place);
        const QString image = service.scalars.count(QStringLiteral("image"))
            ? service.scalars.at(QStringLiteral("image")).value.toString()
            : QString();
        n.kind = ServiceAddress::wellKnownKind(image, name).value_or(ElementKind::Application);
        for (const auto &[key, located] : service.scalars) {
            if (key != u"ipc" && key != u"pid" && !located.value.toString().isEmpty())
                n.fields.insert(key, located.value);
        }
        if (!service.ports.list().isEmpty())
            n.fields.insert(QStringLiteral("ports"), QJsonArray::fromStringList(service.ports.list()));
        if (!service.expose.list().isEmpty())
            n.fields.insert(QStringLiteral("expose"), QJsonArray::fromStringList(service.expose.list()));
        if (!service.profiles.list().isEmpty())
            n.fields.insert(QStringLiteral("profiles"), QJsonArray::fromStringList(service.profiles.list()));
        if (!service.labels.isEmpty())
            n.fields.insert(QStringLiteral("labels"), service.labels);
        if (service.build.isString())
            n.fields.insert(QStringLiteral("build"), service.build);
        if (service.replicas.isDouble() || service.replicas.isString())
            n.fields.insert(QStringLiteral("replicas"), service.replicas);
        if (!m_projectName.isEmpty())
            n.fields.insert(QStringLiteral("project"), m_projectName);
        return n;
    }

    void addEdge(const QString &from, const QString &to, bool soft, const Place &place, const QString &via)
    {
        const QString pair = from + u'>' + to;
        if (const auto it = m_pairs.constFind(pair); it != m_pairs.cend()) {
            if (!soft)
                m_graph.edges[*it].soft = false; // a hard need of the same pair wins
            return;
        }
        m_pairs.insert(pair, m_graph.edges.size());
        ForeignEdge edge;
        edge.from = from;
        edge.to = to;
        edge.soft = soft;
        edge.line = registerLine(place);
        edge.via = via;
        m_graph.edges.append(edge);
    }

    /// An edge to a service named in `key`, or a note when the project has no such service.
    void reference(const QString &from, const QString &to, bool soft, const Place &place, const QString &via)
    {
        if (!m_layers.contains(to)) {
            note(place,
                 to,
                 Compose::tr("%1 of '%2' names '%3', which is not a service of the project; the dependency is left "
                             "out")
                     .arg(via, from, to));
            return;
        }
        if (to == from) {
            note(place, to, Compose::tr("%1 of '%2' names itself; left out").arg(via, from));
            return;
        }
        addEdge(from, to, soft, place, via);
    }

    Result<void> edges(const QString &name, const MergedService &service)
    {
        for (const auto &[target, located] : service.dependsOn.items()) {
            const QJsonObject entry = located.value.toObject();
            const bool soft = entry.contains(u"required") && !entry.value(u"required").toBool();
            const QString condition = entry.value(u"condition").toString();
            reference(name,
                      target,
                      soft,
                      located.place,
                      condition.isEmpty() ? QStringLiteral("depends_on") : QStringLiteral("depends_on:") + condition);
        }
        for (const Located &link : service.links) {
            const QString text = link.value.toString();
            reference(name, text.left(text.indexOf(u':')), false, link.place, QStringLiteral("links"));
        }
        for (const Located &from : service.volumesFrom) {
            QString text = from.value.toString();
            if (text.startsWith(u"container:")) {
                note(from.place,
                     text,
                     Compose::tr("'%1' takes the volumes of the container '%2', which is not a service of the "
                                 "project; left out")
                         .arg(name, text.mid(10).section(u':', 0, 0)));
                continue;
            }
            if (text.startsWith(u"service:"))
                text = text.mid(8);
            reference(name, text.section(u':', 0, 0), false, from.place, QStringLiteral("volumes_from"));
        }
        for (const char16_t *key : {u"network_mode", u"ipc", u"pid"}) {
            const auto it = service.scalars.find(QString::fromUtf16(key));
            if (it == service.scalars.end())
                continue;
            const QString text = it->second.value.toString();
            if (text.startsWith(u"service:"))
                reference(name, text.mid(8), false, it->second.place, it->first);
            else if (text.startsWith(u"container:"))
                note(it->second.place,
                     text,
                     Compose::tr("%1 of '%2' is the container '%3', which is not a service of the project; left out")
                         .arg(it->first, name, text.mid(10)));
        }
        // Addresses in the environment: hard, as a service is given another's address to call it.
        for (const auto &[variable, located] : service.environment.items()) {
            if (!located.value.isString())
                continue;
            for (const ServiceAddress::Host &host : ServiceAddress::hosts(located.value.toString())) {
                const QString target = m_lowerNames.value(host.name);
                if (target == name)
                    continue; // its own address (OTEL_SERVICE_NAME=cart, a listener)
                if (target.isEmpty()) {
                    // Only host:port or a URL with a one-word host is surely meant as a service of the project.
                    if (host.withPort && !host.name.contains(u'.'))
                        note(located.place,
                             host.name,
                             Compose::tr("the environment value %1 of '%2' names the host '%3', which is not a "
                                         "service of the project; left out")
                                 .arg(variable, name, host.name));
                    continue;
                }
                addEdge(name, target, false, located.place, QStringLiteral("environment"));
            }
        }
        return {};
    }

    const QList<Compose::File> &m_files;
    QHash<QString, QString> m_variables;
    bool m_hasEnv = false;
    std::vector<YamlDocuments> m_yaml;
    QStringList m_order;
    QHash<QString, QList<Layer>> m_layers;
    QHash<QString, QString> m_lowerNames; // a service's name in lower case -> its name (hosts are compared so)
    QHash<QString, QList<Layer>> m_expanded;
    bool m_hasServices = false;
    QString m_projectName;
    QSet<QString> m_notedVariables;
    QHash<QString, qsizetype> m_pairs; // "from>to" -> its edge
    qint64 m_interpolated = 0;
    qint64 m_work = 0; // values merged, each time a service's layers are (extends repeats a base's)
    ForeignGraph m_graph;
};

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, Compose::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > ReadLimits::maxFileBytes)
        return readError(
            QFileInfo(path).fileName(),
            0,
            Compose::tr("the file has more than %L1 MiB; it is refused").arg(ReadLimits::maxFileBytes >> 20));
    return file.readAll();
}

} // namespace

Result<QString> Compose::interpolate(QStringView text, const QHash<QString, QString> &variables, QList<Unset> &unset)
{
    Interpolation interpolation(variables, unset);
    return interpolation.run(text, 0);
}

Result<QHash<QString, QString>> Compose::readEnv(const File &env, QList<ImportNote> &notes)
{
    if (env.bytes.size() > ReadLimits::maxFileBytes)
        return readError(
            env.name, 0, tr("the file has more than %L1 MiB; it is refused").arg(ReadLimits::maxFileBytes >> 20));
    QString text = QString::fromUtf8(env.bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QHash<QString, QString> values;
    QSet<QString> noted;
    qint64 total = 0;
    qsizetype pos = 0;
    int line = 1;
    const qsizetype n = text.size();
    auto lineEnd = [&](qsizetype from) {
        const qsizetype end = text.indexOf(u'\n', from);
        return end < 0 ? n : end;
    };
    while (pos < n) {
        const int startLine = line;
        qsizetype end = lineEnd(pos);
        QStringView current = QStringView(text).sliced(pos, end - pos);
        if (current.endsWith(u'\r'))
            current.chop(1);
        const QStringView trimmed = current.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#')) {
            pos = end + 1;
            ++line;
            continue;
        }
        QStringView entry = trimmed;
        if (entry.startsWith(u"export ") || entry.startsWith(u"export\t"))
            entry = entry.sliced(7).trimmed();
        const qsizetype eq = entry.indexOf(u'=');
        if (eq < 0)
            return readError(
                env.name, startLine, tr("a line of an env file must be NAME=value"), entry.left(40).toString());
        const QString name = entry.first(eq).trimmed().toString();
        bool validName = !name.isEmpty() && !name.at(0).isDigit();
        for (const QChar c : name) {
            if (!isNameCharacter(c) && c != u'.' && c != u'-')
                validName = false;
        }
        if (!validName)
            return readError(env.name, startLine, tr("'%1' is not a variable name").arg(name.left(40)), name.left(40));
        // The value starts after '=' and its blanks, in the text (a quoted value may go on over the next lines).
        qsizetype at = (entry.data() - text.constData()) + eq + 1;
        while (at < end && (text.at(at) == u' ' || text.at(at) == u'\t'))
            ++at;
        QString value;
        bool interpolates = true;
        if (at < n && (text.at(at) == u'"' || text.at(at) == u'\'')) {
            const QChar quote = text.at(at);
            qsizetype close = at + 1;
            while (close < n && text.at(close) != quote) {
                if (quote == u'"' && text.at(close) == u'\\')
                    ++close;
                ++close;
            }
            if (close >= n)
                return readError(env.name, startLine, tr("the quoted value of %1 is not closed").arg(name), name);
            const QStringView inner = QStringView(text).sliced(at + 1, close - at - 1);
            line += int(inner.count(u'\n'));
            if (quote == u'\'') {
                value = inner.toString();
                interpolates = false;
            } else {
                for (qsizetype i = 0; i < inner.size(); ++i) {
                    if (inner[i] == u'\\' && i + 1 < inner.size()) {
                        const QChar e = inner[++i];
                        value += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e == u'r' ? QChar(u'\r') : e;
                    } else {
                        value += inner[i];
                    }
                }
            }
            end = lineEnd(close);
        } else {
            QStringView rest = QStringView(text).sliced(at, end - at);
            for (qsizetype i = 0; i < rest.size(); ++i) {
                if (rest[i] == u'#' && (i == 0 || rest[i - 1] == u' ' || rest[i - 1] == u'\t')) {
                    rest = rest.first(i);
                    break;
                }
            }
            value = rest.trimmed().toString();
        }
        if (interpolates && value.contains(u'$')) {
            QList<Unset> unset;
            auto resolved = interpolate(value, values, unset);
            if (!resolved)
                return readError(env.name, startLine, resolved.error().message, name);
            value = *resolved;
            for (const Unset &u : std::as_const(unset)) {
                if (noted.contains(u.name))
                    continue;
                noted.insert(u.name);
                notes.append(
                    {env.name,
                     startLine,
                     u.name,
                     tr("%1 uses the variable %2, which is not set above it; it is read as empty").arg(name, u.name)});
            }
        }
        total += value.size();
        if (total > maxProjectChars)
            return readError(
                env.name, startLine, tr("the values grow beyond %L1 characters").arg(maxProjectChars), name);
        values.insert(name, value);
        pos = end + 1;
        ++line;
    }
    return values;
}

Result<ForeignGraph> Compose::readProject(const QList<File> &files, const std::optional<File> &env)
{
    QHash<QString, QString> variables;
    QList<ImportNote> envNotes;
    if (env) {
        auto read = readEnv(*env, envNotes);
        if (!read)
            return read.error();
        variables = std::move(*read);
    }
    for (const File &file : files) {
        if (file.bytes.size() > ReadLimits::maxFileBytes)
            return readError(
                file.name, 0, tr("the file has more than %L1 MiB; it is refused").arg(ReadLimits::maxFileBytes >> 20));
    }
    ProjectReader reader(files, std::move(variables), env.has_value());
    reader.addNotes(envNotes);
    return reader.read();
}

Result<ForeignGraph> Compose::read(const QByteArray &bytes, const QString &fileName)
{
    return readProject({File{bytes, fileName}}, std::nullopt);
}

Result<ForeignGraph> Compose::readPath(const QString &path, const ProjectFiles &files)
{
    QList<File> list;
    for (const QString &p : QStringList{path} + files.overlays) {
        auto bytes = readFile(p);
        if (!bytes)
            return bytes.error();
        list.append({std::move(*bytes), QFileInfo(p).fileName()});
    }
    std::optional<File> env;
    QString envPath = files.envFile;
    if (envPath.isEmpty()) {
        const QString beside = QFileInfo(path).dir().filePath(QStringLiteral(".env"));
        if (QFileInfo(beside).isFile())
            envPath = beside;
    }
    if (!envPath.isEmpty()) {
        auto bytes = readFile(envPath);
        if (!bytes)
            return bytes.error();
        env = File{std::move(*bytes), QFileInfo(envPath).fileName()};
    }
    return readProject(list, env);
}

int Compose::sniff(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024));
    bool services = false;
    qsizetype lineStart = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (lineStart < head.size()) {
        qsizetype end = head.indexOf('\n', lineStart);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(lineStart, end - lineStart);
        if (line.startsWith("apiVersion:") || line.startsWith("\"apiVersion\"") || line.startsWith("kind:"))
            return 0; // Kubernetes or Backstage
        if (line.startsWith("services:")) {
            QByteArrayView rest = line.sliced(9).trimmed();
            if (rest.isEmpty() || rest.startsWith("#") || rest.startsWith("{"))
                services = true;
        }
        lineStart = end + 1;
    }
    return services ? 80 : 0;
}

} // namespace bulwark::exchange
