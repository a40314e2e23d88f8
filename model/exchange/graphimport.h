// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/foreigngraph.h"
#include "model/register/changeset.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>

#include <optional>

namespace bulwark {
class RegisterService;
}

namespace bulwark::exchange {

/// One rule of a mapping file (docs/exchange.md, "Mapping file"): which imported nodes it matches, and what it sets on
/// them and links them to. Every condition given must hold; a rule with none matches every node.
struct MappingRule {
    int number = 0; ///< 1-based, in the file's order (messages name it)
    // Conditions. Patterns are globs (* and ?), matched against the whole text, case-sensitively.
    QStringList types;                         ///< the source's type is one of these (globs)
    QList<ElementKind> kinds;                  ///< the reader's kind is one of these
    std::optional<QRegularExpression> id;      ///< the source's identifier
    std::optional<QRegularExpression> name;    ///< the display name
    QHash<QString, QRegularExpression> fields; ///< a kept field (its text) matches, e.g. domain: payments
    QStringList tags;                          ///< the node has every one of these tags
    // What it does, in this order: fields set as `bulwark set FIELD=VALUE` does (kind first), tags added, links.
    QList<std::pair<QString, QString>> set;
    QStringList addTags;
    QStringList supports; ///< register elements that need each matched node ("F-PAY needs it")
    QStringList needs;    ///< register elements each matched node needs
    bool softLinks = false;
};

/// A user's mapping file: rules applied to every imported node in order (later rules win for the same field).
struct ImportMapping {
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    QString file;
    QList<MappingRule> rules;

    /// Reads a mapping file: JSON, or YAML when it ends in .yaml or .yml. Errors name the file, the rule and the field.
    [[nodiscard]] static Result<ImportMapping> read(const QString &path);
    /// The same from a parsed document (`file` names it in messages).
    [[nodiscard]] static Result<ImportMapping> fromJson(const QJsonValue &document, const QString &file);
    bool matches(const MappingRule &rule, const ForeignNode &node) const;
};

/// How a map from another tool becomes part of the register.
struct GraphImportOptions {
    QString prefix; ///< put before every key; empty: the format's default (FormatInfo::defaultPrefix)
    QString source; ///< recorded on everything imported, names what a later --prune may remove; empty: the file name
    std::optional<ImportMapping> mapping;
};

/// Turns a ForeignGraph into upserts of elements and dependencies (docs/exchange.md, "Maps from other tools"):
/// keys from the source's identifiers, the source recorded on each value, the mapping file applied, references to
/// nodes that are not in the file reported as notes.
class GraphImport
{
    Q_DECLARE_TR_FUNCTIONS(GraphImport)

public:
    /// Attribute names recorded on every imported element and dependency.
    static QString sourceAttribute() { return QStringLiteral("import_source"); }
    static QString idAttribute() { return QStringLiteral("import_id"); }

    /// The register key of the node `id` with `prefix`: prefix + id where that is a valid key; else the id with every
    /// character a key cannot hold replaced by '-', cut to fit, and '-' plus the first 8 hex digits of the SHA-256
    /// of the id appended, so that different ids never share a key.
    static QString keyFor(const QString &prefix, const QString &id);

    /// The change set for `graph`: one element per node, one dependency per ordered pair of nodes, the mapping's links.
    /// Elements and dependencies omit every field the source does not give, so that a re-import keeps what people set
    /// in the register (the import keeps omitted fields). `existing` (optional) says which keys the register has:
    /// a mapping link to a key that is neither there nor imported is an error naming the mapping file and rule.
    /// Notes (references to nodes not in the file, self-references) are appended to `notes`.
    [[nodiscard]] static Result<ChangeSet> toChanges(const ForeignGraph &graph,
                                                     const GraphImportOptions &options,
                                                     const QString &fileName,
                                                     const QSet<QString> *existing,
                                                     QList<ImportNote> &notes);

    /// Adds to `changes` the removal of every element and dependency whose import_source is `source` and that
    /// `changes` does not have any more: --prune of a map from another tool removes only what came from it.
    static void addScopedPruning(ChangeSet &changes, const RegisterService &service, const QString &source);
};

} // namespace bulwark::exchange
