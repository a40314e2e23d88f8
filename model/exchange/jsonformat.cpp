// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/jsonformat.h"

#include "model/exchange/errorlist.h"
#include "model/exchange/strictjson.h"
#include "model/exchange/textchecks.h"
#include "model/register/fields.h"
#include "model/register/registercodec.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <type_traits>
#include <utility>
#include <vector>

namespace bulwark::exchange {
namespace {

Error fileError(const QString &fileName, int line, const QString &message, const QString &field = {})
{
    Error error = makeError(Error::Code::Format, message, field);
    error.file = fileName;
    error.line = line;
    return error;
}

/// The fields of `table` that `object` leaves out, as ChangeSet::Item::omitted bits.
template<typename T>
quint64 omittedFields(const FieldTable<T> &table, const QJsonObject &object)
{
    quint64 omitted = 0;
    for (std::size_t i = 0; i < table.fields().size(); ++i) {
        if (!object.contains(table.fields()[i].token))
            omitted |= quint64(1) << i;
    }
    return omitted;
}

/// The top-level keys of the format besides the registered tables.
const QStringList &coreKeys()
{
    static const QStringList keys{QStringLiteral("format"),
                                  QStringLiteral("version"),
                                  QStringLiteral("elements"),
                                  QStringLiteral("dependencies"),
                                  QStringLiteral("groups"),
                                  QStringLiteral("scenarios"),
                                  QStringLiteral("evidence_content")};
    return keys;
}

/// The tokens of the registered tables, in registration order: each is a top-level list of the format.
QStringList registeredTables()
{
    QStringList tokens;
    for (const EntityType *type : EntityRegistry::types())
        tokens << type->token();
    return tokens;
}

/// The line of the first `"key":` of the file (a message's line for a top-level key), or 1.
int lineOfKey(const QByteArray &bytes, const QString &key)
{
    const qsizetype at = bytes.indexOf('"' + key.toUtf8() + '"');
    return at < 0 ? 1 : TextChecks::lineOf(bytes, at);
}

} // namespace

Result<ChangeSet> JsonFormat::read(const QString &path)
{
    auto bytes = TextChecks::readFile(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, QFileInfo(path).fileName());
}

Result<ChangeSet> JsonFormat::parse(const QByteArray &raw, const QString &fileName)
{
    if (raw.isEmpty())
        return fileError(fileName, 0, tr("the file is empty"));
    if (auto r = TextChecks::checkUtf8(raw, fileName); !r)
        return r.error();
    const QByteArray bytes = TextChecks::withoutBom(raw);
    // QJsonDocument alone would keep the last of duplicate fields, round numbers and drop characters (issue 10).
    auto outline = StrictJson::check(bytes, fileName);
    if (!outline)
        return outline.error();

    // The file is taken a list item at a time (Outline::lists): the root object is parsed with its lists left empty,
    // then each item on its own, so that no parse tree of the whole file is held beside the values read from it (at
    // a million elements the tree took gigabytes). Should any part not parse on its own, the whole file is parsed as
    // one document instead, which gives the same values and the message for the file.
    QJsonParseError parseError;
    QJsonDocument document;
    bool itemByItem = !outline->lists.empty();
    if (itemByItem) {
        QByteArray skeleton;
        qsizetype from = 0;
        for (const auto &[name, list] : outline->lists) {
            if (list.open < from || list.close <= list.open) {
                itemByItem = false;
                break;
            }
            skeleton.append(bytes.constData() + from, list.open + 1 - from);
            from = list.close;
        }
        if (itemByItem) {
            skeleton.append(bytes.constData() + from, bytes.size() - from);
            document = QJsonDocument::fromJson(skeleton, &parseError);
            itemByItem = parseError.error == QJsonParseError::NoError;
        }
    }
    if (!itemByItem)
        document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool truncated = parseError.offset >= bytes.trimmed().size();
        return fileError(fileName,
                         TextChecks::lineOf(bytes, parseError.offset),
                         truncated ? tr("the JSON ends too early (the file looks truncated)")
                                   : tr("this is not valid JSON: %1").arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fileError(fileName, 1, tr("expected a JSON object with \"format\": \"bulwark-register\""));
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(u"format");
    if (format.toString() != u"bulwark-register")
        return fileError(fileName,
                         1,
                         tr("this is not a bulwark-register file (\"format\" must be \"bulwark-register\")"),
                         QStringLiteral("format"));
    const QJsonValue versionValue = root.value(u"version");
    if (!versionValue.isDouble())
        return fileError(fileName, 1, tr("a whole-number format version is required"), QStringLiteral("version"));
    if (versionValue.toInt() > version)
        return fileError(
            fileName,
            1,
            tr("the file is in bulwark-register version %1, written by a newer Bulwark; this version reads "
               "version %2")
                .arg(versionValue.toInt())
                .arg(version),
            QStringLiteral("version"));
    if (versionValue.toInt() < 1)
        return fileError(
            fileName, 1, tr("unknown format version %1").arg(versionValue.toDouble()), QStringLiteral("version"));

    const QHash<QString, QList<int>> &lines = outline->itemLines;
    ChangeSet changes;
    // Every problem of the file at once (issue 12): each item is read even after one failed, and the file is refused
    // with all of them.
    ErrorList errors;
    auto readArray = [&](const QString &name, auto &&handle) {
        const QJsonValue value = root.value(name);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray()) {
            errors.add(fileError(fileName, 1, tr("must be a list"), name));
            return;
        }
        const QList<int> arrayLines = lines.value(name);
        auto originOf = [&](qsizetype i) { return Origin{fileName, i < arrayLines.size() ? arrayLines[i] : 0}; };
        auto notAnObject = [&](qsizetype i, const Origin &origin) {
            errors.add(
                fileError(fileName, origin.line, tr("item %1 of \"%2\" must be an object").arg(i + 1).arg(name)));
        };
        if (itemByItem) {
            const auto list = std::find_if(
                outline->lists.cbegin(), outline->lists.cend(), [&](const auto &named) { return named.first == name; });
            if (list == outline->lists.cend())
                return;
            const auto &items = list->second.items;
            for (std::size_t i = 0; i < items.size(); ++i) {
                const Origin origin = originOf(qsizetype(i));
                const auto [start, end] = items[i];
                if (bytes.at(start) != '{') {
                    notAnObject(qsizetype(i), origin);
                    continue;
                }
                QJsonParseError itemError;
                const QJsonDocument item = QJsonDocument::fromJson(
                    QByteArray::fromRawData(bytes.constData() + start, end - start), &itemError);
                if (itemError.error != QJsonParseError::NoError) {
                    errors.add(fileError(fileName,
                                         TextChecks::lineOf(bytes, start + itemError.offset),
                                         tr("this is not valid JSON: %1").arg(itemError.errorString())));
                    continue;
                }
                handle(item.object(), origin);
            }
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const Origin origin = originOf(i);
            if (!array[i].isObject()) {
                notAnObject(i, origin);
                continue;
            }
            handle(array[i].toObject(), origin);
        }
    };
    auto located = [](Error error, const Origin &origin) {
        error.file = origin.file;
        error.line = origin.line;
        return error;
    };
    // Reads one object; on an error, reads it again without the field at fault (a required one stands in with the
    // value an empty value writes, so that it is not reported as missing), so that every bad field of the object is
    // named. A field named twice ends the search.
    auto readObject = [&](const QJsonObject &object, const Origin &origin, auto &&parse) {
        auto value = parse(object);
        if (value)
            return value;
        using T = std::decay_t<decltype(*value)>;
        const QJsonObject blank = QJsonDocument::fromJson(RegisterCodec::toJson(T{})).object();
        QJsonObject rest = object;
        QStringList named;
        Error error = value.error();
        for (;;) {
            errors.add(located(error, origin));
            named << error.field;
            if (error.field.isEmpty())
                break;
            if (blank.contains(error.field))
                rest.insert(error.field, blank.value(error.field));
            else if (!rest.contains(error.field))
                break;
            else
                rest.remove(error.field);
            auto again = parse(rest);
            if (again || named.contains(again.error().field))
                break;
            error = again.error();
        }
        return value;
    };
    // The keys the elements bring, the group names, and an element's owner, region and country: a dependency's ends
    // and group, a group's element and those texts then share one copy of the same text instead of holding one each
    // (equal values, a fraction of the memory: a million-element file has five million dependencies).
    QSet<QString> keys;
    QSet<QString> groupNames;
    QSet<QString> sharedTexts;
    auto shared = [](QSet<QString> &texts, QString &text) {
        if (const auto it = texts.constFind(text); it != texts.cend())
            text = *it;
    };
    auto elements = [&](const QJsonObject &o, const Origin &origin) {
        if (auto e = readObject(o, origin, &RegisterCodec::elementFromJson)) {
            keys.insert(e->key);
            for (QString *text : {&e->owner, &e->region, &e->country}) { // texts that many elements share
                if (!text->isEmpty()) {
                    shared(sharedTexts, *text);
                    sharedTexts.insert(*text);
                }
            }
            changes.elements.push_back(
                {std::move(*e), ChangeSet::Mode::Upsert, origin, omittedFields(Fields::element(), o)});
        }
    };
    auto dependencies = [&](const QJsonObject &o, const Origin &origin) {
        if (auto d = readObject(o, origin, &RegisterCodec::dependencyFromJson)) {
            shared(keys, d->from);
            shared(keys, d->to);
            if (!d->group.isEmpty()) {
                shared(groupNames, d->group);
                groupNames.insert(d->group);
            }
            changes.dependencies.push_back(
                {std::move(*d), ChangeSet::Mode::Upsert, origin, omittedFields(Fields::dependency(), o)});
        }
    };
    auto groups = [&](const QJsonObject &o, const Origin &origin) {
        if (auto g = readObject(o, origin, &RegisterCodec::groupFromJson)) {
            shared(keys, g->element);
            changes.groups.push_back(
                {std::move(*g), ChangeSet::Mode::Upsert, origin, omittedFields(Fields::group(), o)});
        }
    };
    // Each list's length, so that the values are read into place without the copies of a growing vector.
    auto itemCount = [&](const QString &name) -> std::size_t {
        if (itemByItem) {
            for (const auto &[list, spans] : outline->lists) {
                if (list == name)
                    return spans.items.size();
            }
            return 0;
        }
        return std::size_t(root.value(name).toArray().size());
    };
    changes.elements.reserve(itemCount(QStringLiteral("elements")));
    changes.dependencies.reserve(itemCount(QStringLiteral("dependencies")));
    changes.groups.reserve(itemCount(QStringLiteral("groups")));
    auto scenarios = [&](const QJsonObject &o, const Origin &origin) {
        if (auto sc = readObject(o, origin, &RegisterCodec::scenarioFromJson))
            changes.add(std::move(*sc), ChangeSet::Mode::Upsert, origin);
    };
    // A list of the file that no part of the format reads would be dropped without a word: refused instead.
    const QStringList tables = registeredTables();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!coreKeys().contains(it.key()) && !tables.contains(it.key()))
            errors.add(fileError(
                fileName,
                lineOfKey(bytes, it.key()),
                tr("is not a part of a bulwark-register file (it has %1)").arg((coreKeys() + tables).join(u", ")),
                it.key()));
    }
    readArray(QStringLiteral("elements"), elements);
    readArray(QStringLiteral("dependencies"), dependencies);
    readArray(QStringLiteral("groups"), groups);
    readArray(QStringLiteral("scenarios"), scenarios);
    for (const EntityType *type : EntityRegistry::types()) {
        readArray(type->token(), [&](const QJsonObject &o, const Origin &origin) {
            // As readObject: without the field at fault, again, so that every unknown or bad field is named.
            QJsonObject rest = o;
            QStringList named;
            auto value = type->fromJson(rest);
            if (value) {
                changes.add(Record{type, std::move(*value)}, ChangeSet::Mode::Upsert, origin);
                return;
            }
            Error error = value.error();
            for (;;) {
                errors.add(located(error, origin));
                named << error.field;
                if (error.field.isEmpty() || !rest.contains(error.field))
                    break;
                rest.remove(error.field);
                auto again = type->fromJson(rest);
                if (again || named.contains(again.error().field))
                    break;
                error = again.error();
            }
        });
    }
    // Stored content (evidence files): {"sha256", "content_base64"}, the hash checked against the bytes.
    readArray(QStringLiteral("evidence_content"), [&](const QJsonObject &o, const Origin &origin) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != u"sha256" && it.key() != u"content_base64")
                errors.add(fileError(
                    fileName, origin.line, tr("is not a field of stored content (sha256, content_base64)"), it.key()));
        }
        const QJsonValue sha = o.value(u"sha256");
        const QJsonValue content = o.value(u"content_base64");
        if (!sha.isString() || !content.isString()) {
            errors.add(fileError(fileName,
                                 origin.line,
                                 tr("stored content needs \"sha256\" and \"content_base64\" as texts"),
                                 sha.isString() ? QStringLiteral("content_base64") : QStringLiteral("sha256")));
            return;
        }
        const auto decoded
            = QByteArray::fromBase64Encoding(content.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || content.toString().toLatin1() != decoded.decoded.toBase64()) {
            errors.add(
                fileError(fileName, origin.line, tr("is not canonical base64"), QStringLiteral("content_base64")));
            return;
        }
        const QString actual
            = QString::fromLatin1(QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha256).toHex());
        if (actual != sha.toString()) {
            errors.add(fileError(
                fileName,
                origin.line,
                tr("the content does not match its SHA-256 %1 (its bytes hash to %2)").arg(sha.toString(), actual),
                QStringLiteral("sha256")));
            return;
        }
        changes.contents.insert(actual, decoded.decoded);
    });
    if (!errors.isEmpty())
        return errors.combined();
    return changes;
}

QByteArray JsonFormat::write(const RegisterData &unsorted)
{
    RegisterData data = unsorted;
    data.sort();
    QByteArray out;
    out.reserve(qsizetype(data.elements.size() * 200 + data.dependencies.size() * 60 + 256));
    out += "{\n  \"format\": \"bulwark-register\",\n  \"version\": 1,\n";
    auto list = [&out](const char *name, const auto &values, bool last) {
        out += "  \"";
        out += name;
        out += "\": [";
        bool first = true;
        for (const auto &value : values) {
            out += first ? "\n    " : ",\n    ";
            first = false;
            if constexpr (std::is_same_v<std::decay_t<decltype(value)>, const Record *>)
                out += value->toJson();
            else
                out += RegisterCodec::toJson(value);
        }
        out += first ? "]" : "\n  ]";
        out += last ? "\n" : ",\n";
    };
    list("elements", data.elements, false);
    list("dependencies", data.dependencies, false);
    // The registered tables follow in registration order, each only when it has values: a register without any
    // exports the same bytes as before the tables were part of the format.
    std::vector<std::pair<const EntityType *, std::vector<const Record *>>> tables;
    for (const EntityType *type : EntityRegistry::types()) {
        std::vector<const Record *> values;
        for (const Record &record : data.records) {
            if (record.type == type)
                values.push_back(&record);
        }
        if (!values.empty())
            tables.emplace_back(type, std::move(values));
    }
    list("groups", data.groups, data.scenarios.empty() && tables.empty() && data.contents.empty());
    if (!data.scenarios.empty())
        list("scenarios", data.scenarios, tables.empty() && data.contents.empty());
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const QByteArray name = tables[i].first->token().toUtf8();
        list(name.constData(), tables[i].second, i + 1 == tables.size() && data.contents.empty());
    }
    // Stored content (evidence files) last, by hash, only when there is any.
    if (!data.contents.empty()) {
        out += "  \"evidence_content\": [";
        bool first = true;
        for (const auto &[sha256, bytes] : data.contents) {
            out += first ? "\n    " : ",\n    ";
            first = false;
            out += "{\"sha256\":\"" + sha256.toLatin1() + "\",\"content_base64\":\"" + bytes.toBase64() + "\"}";
        }
        out += "\n  ]\n";
    }
    out += "}\n";
    return out;
}

} // namespace bulwark::exchange
