// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue reader: one strict format for DORA and any other framework (docs/assessment.md, "Catalogue format").
#include "model/assessment/catalogue.h"

#include "model/exchange/errorlist.h"
#include "model/exchange/strictjson.h"
#include "model/exchange/textchecks.h"
#include "model/i18n/language.h"
#include "model/logging.h"
#include "model/register/validation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bulwark::assessment {

using exchange::ErrorList;
using exchange::StrictJson;
using exchange::TextChecks;

namespace {

constexpr QLatin1StringView formatName("bulwark-catalogue");
constexpr int formatVersion = 1;

const QStringList rootFields{QStringLiteral("format"),
                             QStringLiteral("format_version"),
                             QStringLiteral("id"),
                             QStringLiteral("name"),
                             QStringLiteral("version"),
                             QStringLiteral("source"),
                             QStringLiteral("chapters"),
                             QStringLiteral("requirements")};
const QStringList chapterFields{QStringLiteral("id"), QStringLiteral("title")};
const QStringList requirementFields{QStringLiteral("id"),
                                    QStringLiteral("chapter"),
                                    QStringLiteral("article"),
                                    QStringLiteral("reference"),
                                    QStringLiteral("title"),
                                    QStringLiteral("description"),
                                    QStringLiteral("guidance"),
                                    QStringLiteral("checks")};

/// Reads one catalogue, collecting every problem (as the importers do) so that a file is refused with all of them.
class Reader
{
public:
    Reader(const QString &fileName, const QHash<QString, QList<int>> &lines, const std::vector<CheckInfo> &checks)
        : m_fileName(fileName),
          m_lines(lines),
          m_checks(checks)
    { }

    Result<Catalogue> read(const QJsonObject &root);

private:
    /// Where an error is: the entry's words for the message ("requirement 'dora-8-1': ") and its line.
    struct Entry {
        QString label;
        int line = 0;
    };

    void add(const Entry &entry, const QString &message, const QString &field = {})
    {
        Error e = makeError(Error::Code::Format, entry.label + message, field);
        e.file = m_fileName;
        e.line = entry.line;
        m_errors.add(e);
    }
    void unknownFields(const QJsonObject &object, const QStringList &known, const Entry &entry);
    /// A required, non-empty text; empty when it is not one (the error is added).
    QString text(const QJsonObject &object, const QString &field, const Entry &entry);
    std::optional<QJsonArray> list(const QJsonObject &object, const QString &field, const Entry &entry);
    int lineOf(const QString &list, qsizetype index) const
    {
        const QList<int> lines = m_lines.value(list);
        return index < lines.size() ? lines[index] : 0;
    }
    /// The entry's words: by its id when it has a valid one, else by its position in the list.
    Entry entryOf(const QJsonObject &object, const QString &list, qsizetype index) const;
    bool knowsCheck(const QString &id) const
    {
        return std::any_of(
            m_checks.begin(), m_checks.end(), [&id](const CheckInfo &c) { return id == QLatin1StringView(c.id); });
    }
    void readChapters(const QJsonArray &array, Catalogue &catalogue);
    void readRequirements(const QJsonArray &array, Catalogue &catalogue);

    const QString m_fileName;
    const QHash<QString, QList<int>> &m_lines;
    const std::vector<CheckInfo> &m_checks;
    ErrorList m_errors;
};

void Reader::unknownFields(const QJsonObject &object, const QStringList &known, const Entry &entry)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            add(entry,
                CatalogueLoader::tr("unknown field '%1' (known fields: %2)").arg(it.key(), known.join(u", ")),
                it.key());
    }
}

QString Reader::text(const QJsonObject &object, const QString &field, const Entry &entry)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined()) {
        add(entry, CatalogueLoader::tr("the field is required"), field);
        return {};
    }
    if (!value.isString()) {
        add(entry, CatalogueLoader::tr("must be text"), field);
        return {};
    }
    const QString result = value.toString();
    if (result.trimmed().isEmpty())
        add(entry, CatalogueLoader::tr("must not be empty"), field);
    return result;
}

std::optional<QJsonArray> Reader::list(const QJsonObject &object, const QString &field, const Entry &entry)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined()) {
        add(entry, CatalogueLoader::tr("the field is required"), field);
        return std::nullopt;
    }
    if (!value.isArray()) {
        add(entry, CatalogueLoader::tr("must be a list"), field);
        return std::nullopt;
    }
    return value.toArray();
}

Reader::Entry Reader::entryOf(const QJsonObject &object, const QString &list, qsizetype index) const
{
    const bool isChapter = list == u"chapters";
    const int line = lineOf(list, index);
    const QJsonValue id = object.value(u"id");
    if (id.isString() && Validation::isValidKey(id.toString())) {
        return {isChapter ? CatalogueLoader::tr("chapter '%1': ").arg(id.toString())
                          : CatalogueLoader::tr("requirement '%1': ").arg(id.toString()),
                line};
    }
    return {isChapter ? CatalogueLoader::tr("chapter %1 of \"chapters\": ").arg(index + 1)
                      : CatalogueLoader::tr("requirement %1 of \"requirements\": ").arg(index + 1),
            line};
}

void Reader::readChapters(const QJsonArray &array, Catalogue &catalogue)
{
    if (array.isEmpty())
        add({}, CatalogueLoader::tr("must list at least one chapter"), QStringLiteral("chapters"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            add({{}, lineOf(QStringLiteral("chapters"), i)},
                CatalogueLoader::tr("chapter %1 of \"chapters\" must be an object").arg(i + 1));
            continue;
        }
        const QJsonObject object = array[i].toObject();
        const Entry entry = entryOf(object, QStringLiteral("chapters"), i);
        unknownFields(object, chapterFields, entry);
        const QString id = text(object, QStringLiteral("id"), entry);
        const QString title = text(object, QStringLiteral("title"), entry);
        if (!id.isEmpty() && !Validation::isValidKey(id)) {
            add(entry,
                CatalogueLoader::tr("'%1' is not a valid id: use 1 to 64 letters, digits and the characters - _ . : /")
                    .arg(id.left(80)),
                QStringLiteral("id"));
            continue;
        }
        if (id.isEmpty())
            continue;
        if (catalogue.chapterTitles.contains(id)) {
            add(entry, CatalogueLoader::tr("the id is used by an earlier chapter too"), QStringLiteral("id"));
            continue;
        }
        catalogue.chapters << id;
        catalogue.chapterTitles.insert(id, title);
    }
}

void Reader::readRequirements(const QJsonArray &array, Catalogue &catalogue)
{
    if (array.isEmpty())
        add({}, CatalogueLoader::tr("must list at least one requirement"), QStringLiteral("requirements"));
    QHash<QString, qsizetype> seen; // id -> 1-based position
    catalogue.requirements.reserve(std::size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            add({{}, lineOf(QStringLiteral("requirements"), i)},
                CatalogueLoader::tr("requirement %1 of \"requirements\" must be an object").arg(i + 1));
            continue;
        }
        const QJsonObject object = array[i].toObject();
        const Entry entry = entryOf(object, QStringLiteral("requirements"), i);
        const qsizetype errorsBefore = m_errors.count();
        unknownFields(object, requirementFields, entry);
        Requirement r;
        r.id = text(object, QStringLiteral("id"), entry);
        if (!r.id.isEmpty() && !Validation::isValidKey(r.id)) {
            add(entry,
                CatalogueLoader::tr("'%1' is not a valid id: use 1 to 64 letters, digits and the characters - _ . : /")
                    .arg(r.id.left(80)),
                QStringLiteral("id"));
        } else if (!r.id.isEmpty()) {
            if (const qsizetype earlier = seen.value(r.id); earlier > 0)
                add(entry,
                    CatalogueLoader::tr("requirement %1 has the same id as requirement %2; ids must be unique")
                        .arg(i + 1)
                        .arg(earlier),
                    QStringLiteral("id"));
            else
                seen.insert(r.id, i + 1);
        }
        r.chapter = text(object, QStringLiteral("chapter"), entry);
        if (!r.chapter.isEmpty() && !catalogue.chapterTitles.contains(r.chapter))
            add(entry,
                CatalogueLoader::tr("chapter '%1' is not declared in \"chapters\"").arg(r.chapter),
                QStringLiteral("chapter"));
        r.article = text(object, QStringLiteral("article"), entry);
        r.reference = text(object, QStringLiteral("reference"), entry);
        r.title = text(object, QStringLiteral("title"), entry);
        r.description = text(object, QStringLiteral("description"), entry);
        r.guidance = text(object, QStringLiteral("guidance"), entry);
        if (const auto checks = list(object, QStringLiteral("checks"), entry)) {
            for (qsizetype c = 0; c < checks->size(); ++c) {
                const QJsonValue value = checks->at(c);
                if (!value.isString()) {
                    add(entry,
                        CatalogueLoader::tr("item %1 must be a check id (text)").arg(c + 1),
                        QStringLiteral("checks"));
                    continue;
                }
                const QString id = value.toString();
                if (!knowsCheck(id))
                    add(entry, CatalogueLoader::tr("unknown check '%1'").arg(id), QStringLiteral("checks"));
                else if (r.checks.contains(id))
                    add(entry, CatalogueLoader::tr("check '%1' is named twice").arg(id), QStringLiteral("checks"));
                else
                    r.checks << id;
            }
        }
        if (m_errors.count() == errorsBefore)
            catalogue.requirements.push_back(std::move(r));
    }
}

Result<Catalogue> Reader::read(const QJsonObject &root)
{
    const Entry top;
    const QJsonValue format = root.value(u"format");
    if (!format.isString() || format.toString() != formatName) {
        add(top,
            CatalogueLoader::tr("this is not a catalogue (\"format\" must be \"%1\")").arg(formatName),
            QStringLiteral("format"));
        return m_errors.combined();
    }
    const QJsonValue version = root.value(u"format_version");
    if (!version.isDouble() || version.toDouble() != double(version.toInt())) {
        add(top, CatalogueLoader::tr("a whole-number format version is required"), QStringLiteral("format_version"));
        return m_errors.combined();
    }
    if (version.toInt() != formatVersion) {
        add(top,
            version.toInt() > formatVersion
                ? CatalogueLoader::tr("the file is in catalogue format version %1, written for a newer Bulwark; this "
                                      "version reads version %2")
                      .arg(version.toInt())
                      .arg(formatVersion)
                : CatalogueLoader::tr("unknown catalogue format version %1").arg(version.toInt()),
            QStringLiteral("format_version"));
        return m_errors.combined();
    }
    unknownFields(root, rootFields, top);

    Catalogue catalogue;
    catalogue.id = text(root, QStringLiteral("id"), top);
    if (!catalogue.id.isEmpty() && !Validation::isValidKey(catalogue.id))
        add(top,
            CatalogueLoader::tr("'%1' is not a valid id: use 1 to 64 letters, digits and the characters - _ . : /")
                .arg(catalogue.id.left(80)),
            QStringLiteral("id"));
    catalogue.name = text(root, QStringLiteral("name"), top);
    catalogue.version = text(root, QStringLiteral("version"), top);
    catalogue.source = text(root, QStringLiteral("source"), top);
    if (const auto chapters = list(root, QStringLiteral("chapters"), top))
        readChapters(*chapters, catalogue);
    if (const auto requirements = list(root, QStringLiteral("requirements"), top))
        readRequirements(*requirements, catalogue);
    if (!m_errors.isEmpty())
        return m_errors.combined();
    return catalogue;
}

Error fileError(const QString &fileName, int line, const QString &message)
{
    Error e = makeError(Error::Code::Format, message);
    e.file = fileName;
    e.line = line;
    return e;
}

constexpr QLatin1StringView translationFormatName("bulwark-catalogue-translation");
constexpr int translationFormatVersion = 1;

const QStringList translationRootFields{QStringLiteral("format"),
                                        QStringLiteral("format_version"),
                                        QStringLiteral("catalogue"),
                                        QStringLiteral("catalogue_version"),
                                        QStringLiteral("language"),
                                        QStringLiteral("name"),
                                        QStringLiteral("source"),
                                        QStringLiteral("chapters"),
                                        QStringLiteral("requirements")};
const QStringList translatedRequirementFields{
    QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("guidance")};

/// The text of `field` in `object` when it is a non-empty string; otherwise a null string and a problem. (Problems
/// are for the log and for tests, so they are not translated.)
QString translatedText(const QJsonObject &object, const QString &field, const QString &where, QStringList &problems)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined()) {
        problems << QStringLiteral("%1: \"%2\" is missing").arg(where, field);
        return {};
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        problems << QStringLiteral("%1: \"%2\" must be non-empty text").arg(where, field);
        return {};
    }
    return value.toString();
}

/// The object under `field` of the overlay's root, or nullopt and a problem.
std::optional<QJsonObject> translatedMap(const QJsonObject &root, const QString &field, QStringList &problems)
{
    const QJsonValue value = root.value(field);
    if (!value.isObject()) {
        problems << QStringLiteral("\"%1\" must be an object keyed by id").arg(field);
        return std::nullopt;
    }
    return value.toObject();
}

/// The shipped DORA catalogue in English; an empty one (and a critical log line) if the resource were broken.
Catalogue loadDora()
{
    auto loaded = CatalogueLoader::load(QStringLiteral(":/bulwark/frameworks/dora.json"));
    Q_ASSERT_X(loaded.hasValue(), "CatalogueLoader::dora", qPrintable(loaded.error().toString()));
    if (!loaded) {
        qCCritical(lcExchange) << "the shipped DORA catalogue is refused:" << loaded.error().toString();
        return Catalogue{};
    }
    return std::move(loaded).value();
}

/// `english` with the shipped overlay of `language` applied. Never fails: a broken overlay is logged and the English
/// text stays where the overlay has none (tst_cataloguetranslation checks that the shipped overlays are complete).
Catalogue translatedDora(const Catalogue &english, const QString &language)
{
    const QString path = QStringLiteral(":/bulwark/frameworks/dora.%1.json").arg(language);
    const auto bytes = TextChecks::readFile(path);
    if (!bytes) {
        qCWarning(lcExchange).noquote() << "no DORA catalogue in" << language << "(" << bytes.error().toString()
                                        << "); using English";
        return english;
    }
    auto translated = CatalogueLoader::translate(english, *bytes, QFileInfo(path).fileName());
    if (!translated) {
        qCWarning(lcExchange).noquote() << "the DORA catalogue overlay" << path
                                        << "is refused; using English:" << translated.error().toString();
        return english;
    }
    for (const QString &problem : std::as_const(translated->problems))
        qCWarning(lcExchange).noquote() << path << "(English kept):" << problem;
    return std::move(translated->catalogue);
}

} // namespace

const Requirement *Catalogue::find(const QString &requirementId) const
{
    for (const Requirement &r : requirements) {
        if (r.id == requirementId)
            return &r;
    }
    return nullptr;
}

Result<Catalogue> CatalogueLoader::load(const QString &path)
{
    auto bytes = TextChecks::readFile(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, QFileInfo(path).fileName());
}

Result<Catalogue> CatalogueLoader::parse(const QByteArray &bytes, const QString &fileName)
{
    return parse(bytes, fileName, checkList());
}

Result<Catalogue>
CatalogueLoader::parse(const QByteArray &raw, const QString &fileName, const std::vector<CheckInfo> &checks)
{
    if (raw.isEmpty())
        return fileError(fileName, 0, tr("the file is empty"));
    if (auto r = TextChecks::checkUtf8(raw, fileName); !r)
        return r.error();
    const QByteArray bytes = TextChecks::withoutBom(raw);
    // QJsonDocument alone would keep the last of two members of the same name: a requirement could lose a field
    // silently. The strict pass names line and column of any syntax error.
    auto outline = StrictJson::check(bytes, fileName);
    if (!outline)
        return outline.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::min(qsizetype(parseError.offset), bytes.size());
        qsizetype lineStart = offset;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r')
            --lineStart;
        const qsizetype column = TextChecks::fromUtf8(bytes.mid(lineStart, offset - lineStart)).size() + 1;
        return fileError(fileName,
                         TextChecks::lineOf(bytes, offset),
                         tr("this is not valid JSON at column %1: %2").arg(column).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fileError(fileName, 1, tr("expected a JSON object with \"format\": \"%1\"").arg(formatName));
    Reader reader(fileName, outline->itemLines, checks);
    return reader.read(document.object());
}

Result<TranslatedCatalogue>
CatalogueLoader::translate(const Catalogue &catalogue, const QByteArray &raw, const QString &fileName)
{
    if (raw.isEmpty())
        return fileError(fileName, 0, tr("the file is empty"));
    if (auto r = TextChecks::checkUtf8(raw, fileName); !r)
        return r.error();
    const QByteArray bytes = TextChecks::withoutBom(raw);
    // The strict pass refuses a member named twice, which QJsonDocument would resolve silently (a requirement's
    // second translation would win unnoticed).
    if (auto outline = StrictJson::check(bytes, fileName); !outline)
        return outline.error();
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format").toString() != translationFormatName)
        return fileError(
            fileName,
            1,
            tr("this is not a catalogue translation (\"format\" must be \"%1\")").arg(translationFormatName));
    if (root.value(u"format_version").toDouble() != translationFormatVersion)
        return fileError(fileName,
                         1,
                         tr("unknown catalogue translation format version (this version reads version %1)")
                             .arg(translationFormatVersion));
    if (root.value(u"catalogue").toString() != catalogue.id)
        return fileError(fileName,
                         1,
                         tr("the translation is for catalogue '%1', not '%2'")
                             .arg(root.value(u"catalogue").toString(), catalogue.id));

    TranslatedCatalogue result{catalogue, {}};
    QStringList &problems = result.problems;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!translationRootFields.contains(it.key()))
            problems << QStringLiteral("unknown field \"%1\"").arg(it.key());
    }
    // A newer English catalogue may have changed a text the overlay still translates from the old one.
    if (const QString version = root.value(u"catalogue_version").toString(); version != catalogue.version)
        problems << QStringLiteral("the translation is of catalogue version \"%1\", the catalogue is version \"%2\"")
                        .arg(version, catalogue.version);
    translatedText(root, QStringLiteral("language"), QStringLiteral("the translation"), problems);
    if (QString name = translatedText(root, QStringLiteral("name"), QStringLiteral("the catalogue"), problems);
        !name.isNull())
        result.catalogue.name = std::move(name);
    if (QString source = translatedText(root, QStringLiteral("source"), QStringLiteral("the catalogue"), problems);
        !source.isNull())
        result.catalogue.source = std::move(source);

    if (const auto chapters = translatedMap(root, QStringLiteral("chapters"), problems)) {
        for (const QString &id : catalogue.chapters) {
            const QJsonValue value = chapters->value(id);
            if (value.isString() && !value.toString().trimmed().isEmpty())
                result.catalogue.chapterTitles.insert(id, value.toString());
            else
                problems << QStringLiteral("chapter '%1': the title is %2")
                                .arg(id, value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not text"));
        }
        for (auto it = chapters->begin(); it != chapters->end(); ++it) {
            if (!catalogue.chapterTitles.contains(it.key()))
                problems << QStringLiteral("chapter '%1' is not in the catalogue").arg(it.key());
        }
    }

    if (const auto requirements = translatedMap(root, QStringLiteral("requirements"), problems)) {
        for (Requirement &r : result.catalogue.requirements) {
            const QString where = QStringLiteral("requirement '%1'").arg(r.id);
            const QJsonValue value = requirements->value(r.id);
            if (!value.isObject()) {
                problems << where
                        + (value.isUndefined() ? QStringLiteral(": not translated")
                                               : QStringLiteral(": not an object"));
                continue;
            }
            const QJsonObject object = value.toObject();
            const qsizetype before = problems.size();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!translatedRequirementFields.contains(it.key()))
                    problems << QStringLiteral("%1: unknown field \"%2\"").arg(where, it.key());
            }
            const QString title = translatedText(object, QStringLiteral("title"), where, problems);
            const QString description = translatedText(object, QStringLiteral("description"), where, problems);
            const QString guidance = translatedText(object, QStringLiteral("guidance"), where, problems);
            if (problems.size() != before)
                continue; // all English rather than half translated
            r.title = title;
            r.description = description;
            r.guidance = guidance;
        }
        for (auto it = requirements->begin(); it != requirements->end(); ++it) {
            if (!catalogue.find(it.key()))
                problems << QStringLiteral("requirement '%1' is not in the catalogue").arg(it.key());
        }
    }
    return result;
}

const Catalogue &CatalogueLoader::dora()
{
    return dora(i18n::currentLanguage());
}

const Catalogue &CatalogueLoader::dora(const QString &language)
{
    // One function-local static per language: each built once, on first use, safely from any thread (C++11 magic
    // statics), and never destroyed before the program ends, so pointers into them stay valid.
    static const Catalogue english = loadDora();
    if (language == u"de") {
        static const Catalogue german = translatedDora(english, QStringLiteral("de"));
        return german;
    }
    return english;
}

} // namespace bulwark::assessment
