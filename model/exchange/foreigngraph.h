// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/vocabulary.h"
#include "model/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace bulwark::exchange {

/// Something an import noticed but did not turn into the register: a reference to a node that is not in the file, an
/// entity of a kind that is not mapped, an edge to itself. Shown in the dry run and the GUI's preview; never an error.
struct ImportNote {
    QString file;      ///< the file's name as given
    int line = 0;      ///< 1-based, 0 where the format has no lines
    QString reference; ///< what was referred to (the source's identifier), or empty
    QString text;      ///< for people, translated

    bool operator==(const ImportNote &other) const = default;
};

/// One node of a map kept by another tool (a Backstage entity, a CycloneDX component, a Terraform resource), as its
/// reader understood it, before keys and the user's mapping file are applied (GraphImport).
struct ForeignNode {
    QString id;   ///< the source's own identifier, unique in the file ("component:default/artist-web", a bom-ref)
    QString type; ///< the source's own type, for mapping rules ("Component", "service", "aws_instance")
    ElementKind kind = ElementKind::Application; ///< the reader's mapping of the type (docs/exchange.md)
    QString name;                                ///< for people; empty: the id
    QString owner;
    QString description;
    QStringList tags;
    /// Further values kept on the element as attributes (lifecycle, system, domain, purl, annotations...). Keys are
    /// the source's own names; values are strings, numbers, booleans, arrays or objects.
    QJsonObject fields;
    /// Where the element is (Terraform's region, a Structurizr deployment node's location): a country code (ISO 3166-1
    /// alpha-2) and a region, or empty.
    QString country;
    QString region;
    /// Further register fields the source gives by their own tokens (rto_min, criticality, availability... see
    /// model/register/fields.cpp) in their text form, as `bulwark set` takes them; the reader has checked them against
    /// the kind. GraphImport sets them after the kind (GraphML and DOT written by Bulwark carry them).
    QList<std::pair<QString, QString>> registerFields;
    int line = 0; ///< where the node is defined, 1-based; 0 where the format has no lines
};

/// "from needs to": one dependency between two nodes of the file, by their ids.
struct ForeignEdge {
    QString from;
    QString to;
    bool soft = false; ///< the source says the need is optional or weak
    int line = 0;
    QString via; ///< what the source calls the relation ("dependsOn", "consumesApi"), kept on the dependency
};

/// What a reader of another tool's format gives: nodes, edges and notes, in the file's order. Ids are unique; an edge
/// may still name an id that is not a node (GraphImport turns that into a note, never into an invented element).
struct ForeignGraph {
    QString format; ///< the FormatInfo id ("cyclonedx")
    QList<ForeignNode> nodes;
    QList<ForeignEdge> edges;
    QList<ImportNote> notes;
};

/// The further files of a map that is kept in several files (docs/exchange.md, "Docker Compose"), as `bulwark import
/// --overlay FILE --env-file FILE` names them. Only a format with a FormatInfo::ProjectReader takes them.
struct ProjectFiles {
    QStringList overlays; ///< merged over the file, in this order (Compose's `-f base -f overlay`)
    QString envFile; ///< variables; empty: the format's default (Compose: `.env` beside the file, when there is one)

    bool isEmpty() const { return overlays.isEmpty() && envFile.isEmpty(); }
};

/// A reader's refusal: the file, the line (0 where the format has none), the field, and what is wrong.
inline Error readError(const QString &file, int line, const QString &message, const QString &field = {})
{
    Error error = makeError(Error::Code::Format, message, field);
    error.file = file;
    error.line = line;
    return error;
}

/// Limits every reader of another tool's format keeps, so that a hostile file (billion laughs, nesting 100,000 deep,
/// a gigabyte of one string) is refused with a message instead of exhausting memory or the stack.
struct ReadLimits {
    static constexpr qint64 maxFileBytes = qint64(512) << 20; ///< 512 MiB
    static constexpr int maxDepth = 256;                      ///< nesting of objects, arrays, elements
    static constexpr qint64 maxNodes = 20'000'000;            ///< values visited (YAML aliases count each time)
};

} // namespace bulwark::exchange
