// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/assessment/check.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace bulwark::assessment {

/// One requirement of a framework: what it asks, in our own words, where the law says it, what evidence satisfies
/// it, and the automated checks that bear on it (ids from checkList()).
struct Requirement {
    QString id;        ///< stable, key syntax, e.g. "dora-8-1"
    QString chapter;   ///< e.g. "II" (a report groups by it)
    QString article;   ///< e.g. "Art 8" (scores are also given per article)
    QString reference; ///< precise, e.g. "DORA Art 8(1)" or "RTS 2024/1774 Art 4(2)(b)"
    QString title;
    QString description; ///< our own words
    QString guidance;    ///< what evidence satisfies it
    QStringList checks;  ///< check ids; empty: the assessor judges it
};

/// A framework catalogue: DORA (resources/frameworks/dora.json, compiled in) or any other file of the same format
/// (docs/assessment.md, "Catalogue format").
struct Catalogue {
    QString id; ///< e.g. "dora"
    QString name;
    QString version;      ///< the catalogue's own version, recorded with an assessment
    QString source;       ///< the texts it follows (regulations with their numbers and dates)
    QStringList chapters; ///< chapter ids in order (every requirement's chapter is one of them)
    QHash<QString, QString> chapterTitles;
    std::vector<Requirement> requirements; ///< in catalogue order

    const Requirement *find(const QString &id) const;
};

/// A catalogue in another language: `catalogue` with the texts of a translation overlay applied (name, source, chapter
/// titles, each requirement's title, description and guidance), and what the overlay got wrong. Ids, chapters,
/// articles, references, version and checks are never translated: results, scores and fingerprints do not depend on
/// the language.
struct TranslatedCatalogue {
    Catalogue catalogue;
    /// One line per problem: an id the catalogue lacks, a chapter or requirement the overlay lacks or leaves empty, an
    /// unknown field, another catalogue version. A requirement with a problem keeps all its English texts.
    QStringList problems;
};

class CatalogueLoader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueLoader)
public:
    /// Reads a catalogue file. A malformed file, a missing field, a duplicate id or a check id that checkList() does
    /// not know is refused with a message naming the file and the entry (requirement id or index).
    [[nodiscard]] static Result<Catalogue> load(const QString &path);
    /// The same, from bytes; `fileName` names them in messages.
    [[nodiscard]] static Result<Catalogue> parse(const QByteArray &bytes, const QString &fileName);
    /// The same, binding check ids from `checks` instead of checkList() (tests with checks of their own).
    [[nodiscard]] static Result<Catalogue>
    parse(const QByteArray &bytes, const QString &fileName, const std::vector<CheckInfo> &checks);
    /// Applies a translation overlay (format "bulwark-catalogue-translation", e.g. resources/frameworks/dora.de.json)
    /// to `catalogue`. An overlay that is not valid JSON, not an overlay or for another catalogue id is refused; any
    /// other problem is listed in the result, and the English text stays where it is.
    [[nodiscard]] static Result<TranslatedCatalogue>
    translate(const Catalogue &catalogue, const QByteArray &overlay, const QString &fileName);
    /// The DORA catalogue shipped with Bulwark (":/bulwark/frameworks/dora.json") in the current thread's language
    /// (i18n::currentLanguage(), which follows a ScopedLanguage): German applies ":/bulwark/frameworks/dora.de.json".
    /// Each language is loaded once (thread-safe) and lives as long as the program; ids and checks are the same in all.
    static const Catalogue &dora();
    /// The same in `language` ("en", "de"); English for a language without an overlay.
    static const Catalogue &dora(const QString &language);
};

} // namespace bulwark::assessment
