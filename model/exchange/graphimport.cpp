// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/graphimport.h"

#include "model/exchange/textchecks.h"
#include "model/exchange/yamldocument.h"
#include "model/register/fields.h"
#include "model/register/registercodec.h"
#include "model/register/registerservice.h"
#include "model/register/validation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace bulwark::exchange {
namespace {

Error mappingError(const QString &file, int rule, const QString &field, const QString &text)
{
    return makeError(Error::Code::Invalid,
                     rule > 0 ? ImportMapping::tr("%1, rule %2: %3").arg(file).arg(rule).arg(text)
                              : ImportMapping::tr("%1: %2").arg(file, text),
                     field);
}

/// A glob as a regular expression: * any text (slashes too: identifiers are not paths), ? one character, the rest
/// literally. (Qt 6.4's wildcard conversion treats the pattern as a file path.)
QRegularExpression glob(const QString &pattern)
{
    QString expression;
    for (const QChar c : pattern) {
        if (c == u'*')
            expression += QStringLiteral(".*");
        else if (c == u'?')
            expression += u'.';
        else
            expression += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(expression, QRegularExpression::DotMatchesEverythingOption);
}

bool wholeMatch(const QRegularExpression &pattern, const QString &text)
{
    const QRegularExpressionMatch m
        = pattern.match(text, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return m.hasMatch() && m.capturedLength() == text.size();
}

/// A list of strings from a string or an array of strings; false when it is neither.
bool stringList(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out << value.toString();
        return true;
    }
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        out << item.toString();
    }
    return true;
}

/// The text a mapping condition on a kept field is matched against.
QString fieldText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

/// Bit of `token` in a field table (ChangeSet::Item::omitted), or 0 when there is no such field.
template<typename T>
quint64 fieldBit(const FieldTable<T> &table, const QString &token)
{
    const auto &fields = table.fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].token == token)
            return quint64(1) << i;
    }
    return 0;
}

quint64 elementFieldBit(const QString &token)
{
    return fieldBit(Fields::element(), token);
}

template<typename T>
quint64 allFields(const FieldTable<T> &table)
{
    const std::size_t n = table.fields().size();
    return n >= 64 ? ~quint64(0) : (quint64(1) << n) - 1;
}

/// Text from another tool as the register takes it: no line breaks or tabs in one-line fields, cut to the length a
/// name may have.
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    out = out.simplified();
    if (out.size() > Validation::maxNameLength)
        out = out.left(Validation::maxNameLength - 1) + QChar(0x2026);
    return out;
}

} // namespace

Result<ImportMapping> ImportMapping::read(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound,
                         tr("%1: the mapping file cannot be read (%2)").arg(path, file.errorString()));
    if (file.size() > (qint64(16) << 20))
        return makeError(Error::Code::Invalid, tr("%1: a mapping file of more than 16 MiB is not taken").arg(name));
    const QByteArray bytes = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"yaml" || suffix == u"yml") {
        const auto yaml = YamlDocument::parse(bytes, name);
        if (!yaml)
            return yaml.error();
        if (yaml->documents.size() != 1)
            return makeError(Error::Code::Invalid, tr("%1: a mapping file is one YAML document").arg(name));
        return fromJson(yaml->documents.constFirst(), name);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = TextChecks::lineOf(bytes, error.offset);
        return makeError(Error::Code::Invalid,
                         tr("%1, line %2: not valid JSON (%3)").arg(name).arg(line).arg(error.errorString()));
    }
    return fromJson(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), name);
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonValue &document, const QString &file)
{
    ImportMapping mapping;
    mapping.file = file;
    if (!document.isObject() || !document.toObject().value(u"rules").isArray())
        return mappingError(file, 0, QStringLiteral("rules"), tr("a mapping file is an object with a list \"rules\""));
    const QJsonArray rules = document.toObject().value(u"rules").toArray();
    static const QSet<QString> known{QStringLiteral("match"),
                                     QStringLiteral("set"),
                                     QStringLiteral("tags"),
                                     QStringLiteral("supports"),
                                     QStringLiteral("needs"),
                                     QStringLiteral("soft")};
    static const QSet<QString> conditions{QStringLiteral("type"),
                                          QStringLiteral("kind"),
                                          QStringLiteral("id"),
                                          QStringLiteral("name"),
                                          QStringLiteral("fields"),
                                          QStringLiteral("tags")};
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const int number = int(i) + 1;
        if (!rules.at(i).isObject())
            return mappingError(file, number, QString(), tr("a rule is an object"));
        const QJsonObject object = rules.at(i).toObject();
        MappingRule rule;
        rule.number = number;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                return mappingError(
                    file,
                    number,
                    it.key(),
                    tr("'%1' is not part of a rule (match, set, tags, supports, needs, soft)").arg(it.key()));
        }
        const QJsonValue match = object.value(u"match");
        if (!match.isUndefined() && !match.isObject())
            return mappingError(file, number, QStringLiteral("match"), tr("'match' is an object of conditions"));
        const QJsonObject m = match.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!conditions.contains(it.key()))
                return mappingError(file,
                                    number,
                                    it.key(),
                                    tr("'%1' is not a condition (type, kind, id, name, fields, tags)").arg(it.key()));
        }
        QStringList list;
        if (m.contains(u"type")) {
            if (!stringList(m.value(u"type"), list))
                return mappingError(file, number, QStringLiteral("type"), tr("'type' is a text or a list of texts"));
            rule.types = list;
            list.clear();
        }
        if (m.contains(u"kind")) {
            if (!stringList(m.value(u"kind"), list))
                return mappingError(file, number, QStringLiteral("kind"), tr("'kind' is a text or a list of texts"));
            for (const QString &token : std::as_const(list)) {
                const auto kind = Vocabulary::kindFromToken(token);
                if (!kind)
                    return mappingError(
                        file, number, QStringLiteral("kind"), tr("'%1' is not an element kind").arg(token));
                rule.kinds << *kind;
            }
            list.clear();
        }
        for (const auto &[token, target] : {std::pair{u"id", &rule.id}, std::pair{u"name", &rule.name}}) {
            const QJsonValue v = m.value(QString::fromUtf16(token));
            if (v.isUndefined())
                continue;
            if (!v.isString())
                return mappingError(file, number, QString::fromUtf16(token), tr("a pattern is a text"));
            *target = glob(v.toString());
        }
        if (m.contains(u"fields")) {
            if (!m.value(u"fields").isObject())
                return mappingError(file, number, QStringLiteral("fields"), tr("'fields' is an object of patterns"));
            const QJsonObject fields = m.value(u"fields").toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                if (!it.value().isString())
                    return mappingError(file, number, it.key(), tr("a pattern is a text"));
                rule.fields.insert(it.key(), glob(it.value().toString()));
            }
        }
        if (m.contains(u"tags") && !stringList(m.value(u"tags"), rule.tags))
            return mappingError(file, number, QStringLiteral("tags"), tr("'tags' is a text or a list of texts"));
        if (object.contains(u"set")) {
            if (!object.value(u"set").isObject())
                return mappingError(file, number, QStringLiteral("set"), tr("'set' is an object of field values"));
            const QJsonObject set = object.value(u"set").toObject();
            // The kind first: which fields apply depends on it.
            if (set.contains(u"kind"))
                rule.set.append({QStringLiteral("kind"), fieldText(set.value(u"kind"))});
            for (auto it = set.begin(); it != set.end(); ++it) {
                if (it.key() == u"key")
                    return mappingError(
                        file, number, it.key(), tr("the key comes from the source; a rule cannot set it"));
                if (it.key() != u"kind")
                    rule.set.append({it.key(), fieldText(it.value())});
            }
        }
        if (object.contains(u"tags") && !stringList(object.value(u"tags"), rule.addTags))
            return mappingError(file, number, QStringLiteral("tags"), tr("'tags' is a text or a list of texts"));
        for (const auto &[token, target] : {std::pair{u"supports", &rule.supports}, std::pair{u"needs", &rule.needs}}) {
            const QJsonValue v = object.value(QString::fromUtf16(token));
            if (v.isUndefined())
                continue;
            if (!stringList(v, *target))
                return mappingError(file, number, QString::fromUtf16(token), tr("a list of element keys"));
            for (const QString &key : std::as_const(*target)) {
                if (!Validation::isValidKey(key))
                    return mappingError(
                        file, number, QString::fromUtf16(token), tr("'%1' is not a valid key").arg(key.left(80)));
            }
        }
        if (object.contains(u"soft")) {
            if (!object.value(u"soft").isBool())
                return mappingError(file, number, QStringLiteral("soft"), tr("'soft' is true or false"));
            rule.softLinks = object.value(u"soft").toBool();
        }
        mapping.rules << rule;
    }
    return mapping;
}

bool ImportMapping::matches(const MappingRule &rule, const ForeignNode &node) const
{
    if (!rule.types.isEmpty() && std::none_of(rule.types.begin(), rule.types.end(), [&](const QString &t) {
            return wholeMatch(glob(t), node.type);
        }))
        return false;
    if (!rule.kinds.isEmpty() && !rule.kinds.contains(node.kind))
        return false;
    if (rule.id && !wholeMatch(*rule.id, node.id))
        return false;
    if (rule.name && !wholeMatch(*rule.name, node.name.isEmpty() ? node.id : node.name))
        return false;
    for (auto it = rule.fields.begin(); it != rule.fields.end(); ++it) {
        const QJsonValue v = node.fields.value(it.key());
        if (v.isUndefined() || !wholeMatch(it.value(), fieldText(v)))
            return false;
    }
    return std::all_of(rule.tags.begin(), rule.tags.end(), [&](const QString &t) { return node.tags.contains(t); });
}

QString GraphImport::keyFor(const QString &prefix, const QString &id)
{
    const QString plain = prefix + id;
    if (Validation::isValidKey(plain))
        return plain;
    QString cleaned;
    cleaned.reserve(id.size());
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool keeps = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'_' || u == u'.' || u == u':' || u == u'/';
        cleaned += keeps ? c : QChar(u'-');
    }
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    const qsizetype room = 64 - prefix.size() - 9;
    return prefix + cleaned.left(std::max<qsizetype>(0, room)) + u'-' + hash;
}

Result<ChangeSet> GraphImport::toChanges(const ForeignGraph &graph,
                                         const GraphImportOptions &options,
                                         const QString &fileName,
                                         const QSet<QString> *existing,
                                         QList<ImportNote> &notes)
{
    ChangeSet changes;
    const QString source = options.source.isEmpty() ? fileName : options.source;
    if (!Validation::isValidKey(options.prefix + QStringLiteral("x")) && !options.prefix.isEmpty())
        return makeError(Error::Code::Invalid,
                         tr("the key prefix '%1' has characters a key cannot hold (letters, digits and - _ . : / "
                            "only)")
                             .arg(options.prefix.left(40)),
                         QStringLiteral("prefix"));
    QHash<QString, QString> keyOf; // source id -> key
    QHash<QString, QString> idOfKey;
    keyOf.reserve(graph.nodes.size());
    const quint64 everyField = allFields(Fields::element());
    const quint64 keyBit = elementFieldBit(QStringLiteral("key")), nameBit = elementFieldBit(QStringLiteral("name")),
                  kindBit = elementFieldBit(QStringLiteral("kind"));
    QSet<QString> imported;
    std::vector<std::pair<int, const MappingRule *>> linksToAdd; // element index, rule
    for (const ForeignNode &node : graph.nodes) {
        if (keyOf.contains(node.id)) {
            notes.append(
                {fileName, node.line, node.id, tr("'%1' is defined twice; the first definition is kept").arg(node.id)});
            continue;
        }
        QString key = keyFor(options.prefix, node.id);
        if (const auto other = idOfKey.constFind(key); other != idOfKey.cend())
            return makeError(Error::Code::Invalid,
                             tr("%1: '%2' and '%3' would both be the element %4; give them different identifiers")
                                 .arg(fileName, *other, node.id, key));
        keyOf.insert(node.id, key);
        idOfKey.insert(key, node.id);
        Element e;
        e.key = key;
        e.name = oneLine(node.name.isEmpty() ? node.id : node.name);
        e.kind = node.kind;
        e.owner = oneLine(node.owner);
        e.description = node.description;
        e.tags = node.tags;
        quint64 given = keyBit | nameBit | kindBit;
        for (const auto &[value, token] : {std::pair{&e.owner, u"owner"}, std::pair{&e.description, u"description"}}) {
            if (!value->isEmpty())
                given |= elementFieldBit(QString::fromUtf16(token));
        }
        if (!e.tags.isEmpty())
            given |= elementFieldBit(QStringLiteral("tags"));
        if (!node.country.isEmpty()) {
            if (Validation::isCountryCode(node.country)) {
                e.country = node.country;
                given |= elementFieldBit(QStringLiteral("country"));
            } else {
                notes.append({fileName,
                              node.line,
                              node.id,
                              tr("'%1' is not a country code; the country is left out").arg(node.country.left(40))});
            }
        }
        if (!node.region.isEmpty()) {
            e.region = oneLine(node.region);
            given |= elementFieldBit(QStringLiteral("region"));
        }
        e.attributes = node.fields;
        e.attributes.insert(sourceAttribute(), source);
        e.attributes.insert(idAttribute(), node.id);
        for (const auto &[token, text] : node.registerFields) {
            if (auto r = RegisterCodec::setField(e, token, text); !r) {
                notes.append({fileName,
                              node.line,
                              node.id,
                              tr("'%1': %2; the field is left out").arg(node.id, r.error().message)});
                continue;
            }
            given |= elementFieldBit(token);
        }
        if (options.mapping) {
            for (const MappingRule &rule : options.mapping->rules) {
                if (!options.mapping->matches(rule, node))
                    continue;
                for (const auto &[field, text] : rule.set) {
                    if (auto r = RegisterCodec::setField(e, field, text); !r) {
                        Error error = r.error();
                        error.message = ImportMapping::tr("%1, rule %2, field %3: %4")
                                            .arg(options.mapping->file)
                                            .arg(rule.number)
                                            .arg(field, error.message);
                        return error;
                    }
                    given |= elementFieldBit(field);
                }
                for (const QString &tag : rule.addTags) {
                    if (!e.tags.contains(tag))
                        e.tags << tag;
                    given |= elementFieldBit(QStringLiteral("tags"));
                }
                if (!rule.supports.isEmpty() || !rule.needs.isEmpty())
                    linksToAdd.emplace_back(int(changes.elements.size()), &rule);
            }
        }
        ChangeSet::Item<Element> item{std::move(e), ChangeSet::Mode::Upsert, Origin{fileName, node.line}};
        item.omitted = everyField & ~given;
        imported.insert(key);
        changes.elements.push_back(std::move(item));
    }

    // Edges: one dependency per ordered pair (hard wins over soft), in the file's order.
    QHash<QString, qsizetype> dependencyAt;
    const quint64 dependencyOmitted = allFields(Fields::dependency())
        & ~(fieldBit(Fields::dependency(), QStringLiteral("from"))
            | fieldBit(Fields::dependency(), QStringLiteral("to"))
            | fieldBit(Fields::dependency(), QStringLiteral("strength")));
    auto addDependency
        = [&](const QString &from, const QString &to, bool soft, const Origin &origin, const QString &via) {
              const QString id = from + u'>' + to;
              if (const auto at = dependencyAt.constFind(id); at != dependencyAt.cend()) {
                  Dependency &d = changes.dependencies[std::size_t(*at)].value;
                  if (!soft)
                      d.strength = Strength::Hard;
                  return;
              }
              Dependency d;
              d.from = from;
              d.to = to;
              d.strength = soft ? Strength::Soft : Strength::Hard;
              d.attributes.insert(sourceAttribute(), source);
              if (!via.isEmpty())
                  d.attributes.insert(QStringLiteral("relation"), via);
              dependencyAt.insert(id, qsizetype(changes.dependencies.size()));
              ChangeSet::Item<Dependency> item{std::move(d), ChangeSet::Mode::Upsert, origin};
              item.omitted = dependencyOmitted;
              changes.dependencies.push_back(std::move(item));
          };
    for (const ForeignEdge &edge : graph.edges) {
        const auto from = keyOf.constFind(edge.from);
        const auto to = keyOf.constFind(edge.to);
        if (from == keyOf.cend() || to == keyOf.cend()) {
            const QString missing = from == keyOf.cend() ? edge.from : edge.to;
            notes.append({fileName,
                          edge.line,
                          missing,
                          tr("'%1' is referred to but not in the file; the dependency %2 -> %3 is left out")
                              .arg(missing, edge.from, edge.to)});
            continue;
        }
        if (*from == *to) {
            notes.append({fileName,
                          edge.line,
                          edge.from,
                          tr("'%1' refers to itself; that dependency is left out").arg(edge.from)});
            continue;
        }
        addDependency(*from, *to, edge.soft, Origin{fileName, edge.line}, edge.via);
    }
    // The mapping's links to elements of the register (or of this import).
    for (const auto &[index, rule] : linksToAdd) {
        const Element &e = changes.elements[std::size_t(index)].value;
        for (const auto &[targets, supports] : {std::pair{&rule->supports, true}, std::pair{&rule->needs, false}}) {
            for (const QString &target : *targets) {
                if (!imported.contains(target) && !(existing && existing->contains(target)))
                    return mappingError(options.mapping->file,
                                        rule->number,
                                        supports ? QStringLiteral("supports") : QStringLiteral("needs"),
                                        ImportMapping::tr("%1 is not in the register").arg(target));
                if (target == e.key)
                    continue;
                const Origin origin{options.mapping->file, 0};
                if (supports)
                    addDependency(target, e.key, rule->softLinks, origin, QStringLiteral("mapping"));
                else
                    addDependency(e.key, target, rule->softLinks, origin, QStringLiteral("mapping"));
            }
        }
    }
    return changes;
}

void GraphImport::addScopedPruning(ChangeSet &changes, const RegisterService &service, const QString &source)
{
    QSet<QString> elements, dependencies;
    for (const auto &item : changes.elements)
        elements.insert(item.value.key);
    for (const auto &item : changes.dependencies)
        dependencies.insert(dependencyId(item.value.from, item.value.to));
    const QJsonValue ours(source);
    for (auto it = service.elements().constBegin(); it != service.elements().constEnd(); ++it) {
        if (it->attributes.value(sourceAttribute()) == ours && !elements.contains(it.key()))
            changes.removeElements << it.key();
    }
    changes.removeElements.sort();
    const QSet<QString> removed(changes.removeElements.begin(), changes.removeElements.end());
    for (auto it = service.dependencies().constBegin(); it != service.dependencies().constEnd(); ++it) {
        if (it->attributes.value(sourceAttribute()) == ours && !dependencies.contains(it.key())
            && !removed.contains(it->from) && !removed.contains(it->to))
            changes.removeDependencies.emplace_back(it->from, it->to);
    }
    std::sort(changes.removeDependencies.begin(), changes.removeDependencies.end());
}

} // namespace bulwark::exchange
