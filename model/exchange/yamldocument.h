// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace bulwark::exchange {

/// The documents of one YAML stream as JSON values, with the lines people need in messages.
struct YamlDocuments {
    QList<QJsonValue> documents; ///< in the file's order; an empty document is null
    QList<int> lines;            ///< 1-based line where each document's content starts
    /// Per document: the 1-based line of each mapping value and sequence item, by JSON pointer ("/spec/dependsOn/0",
    /// RFC 6901: '~' written "~0", '/' written "~1"), down to YamlDocument::parse's `lineDepth`. A value that comes
    /// from an alias has the alias's line; what is inside it, and keys that come from a merge key (`<<`), have none of
    /// their own (line() gives their nearest ancestor's).
    QList<QHash<QString, int>> valueLines;

    /// The line of the value at `pointer` in document `document`, else of its nearest ancestor that has one, else the
    /// document's line; 0 for a document that does not exist.
    int line(qsizetype document, const QString &pointer) const;
    /// `pointer` with one more step: a mapping key (escaped) or a sequence index.
    static QString child(const QString &pointer, const QString &key);
    static QString child(const QString &pointer, qsizetype index);
};

/// A safe reading of YAML 1.2 over yaml-cpp's event parser (docs/exchange.md, "YAML"): multi-document streams, anchors
/// and aliases, merge keys. A hostile file is refused with a message, never a crash, hang or exhausted memory: a file
/// above ReadLimits::maxFileBytes, nesting deeper than ReadLimits::maxDepth (checked on the bytes before yaml-cpp,
/// whose parser recurses), more than ReadLimits::maxNodes values with every use of an alias counted (billion laughs;
/// an alias shares its value, so the count is arithmetic and nothing is copied).
///
/// Scalars follow the YAML 1.2 core schema for plain (unquoted, untagged) scalars only: null, ~ and empty are null;
/// true/false (also True, TRUE...) are booleans; decimal, 0o octal and 0x hex integers and decimal floats are numbers
/// (an integer a double cannot hold exactly, .inf and .nan stay text). Quoted scalars, block scalars and scalars
/// tagged with anything but the core schema's !!null, !!bool, !!int, !!float are text. Mapping keys are text; a key
/// that is a mapping or a sequence, a null key and a key given twice in one mapping are refused.
class YamlDocument
{
    Q_DECLARE_TR_FUNCTIONS(YamlDocument)

public:
    /// Parses every document of `bytes`. Errors name `fileName` and the 1-based line (Error::file, Error::line).
    /// `lineDepth`: how deep valueLines goes (1: the document's top-level keys; the default reaches
    /// "/spec/template/spec/containers/0/env/1").
    [[nodiscard]] static Result<YamlDocuments>
    parse(const QByteArray &bytes, const QString &fileName, int lineDepth = 8);

    /// The deepest nesting of block and flow collections `bytes` seems to have, estimated from indentation and
    /// brackets without parsing (quoted text, comments and block scalars skipped); stops counting past `limit` and
    /// sets `line` (1-based) to where it was exceeded.
    static int nestingDepth(QByteArrayView bytes, int limit, int *line = nullptr);
};

} // namespace bulwark::exchange
