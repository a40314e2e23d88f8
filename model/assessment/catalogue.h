// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

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
    QStringList chapters; ///< chapter ids in order (every requirement's chapter is one of them)
    QHash<QString, QString> chapterTitles;
    std::vector<Requirement> requirements; ///< in catalogue order

    const Requirement *find(const QString &id) const;
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
    /// The DORA catalogue shipped with Bulwark (":/bulwark/frameworks/dora.json"), loaded once.
    static const Catalogue &dora();
};

} // namespace bulwark::assessment
