// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formats/nodevalues.h"

#include "model/register/fields.h"
#include "model/register/registercodec.h"
#include "model/register/validation.h"
#include "model/register/vocabulary.h"

namespace bulwark::exchange {

void NodeValues::applyTo(ForeignNode &node, const QString &file, QList<ImportNote> &notes) const
{
    // The kind first: which fields an element may have depends on it.
    for (const Value &v : m_values) {
        if (v.name != u"kind")
            continue;
        const QString token = v.text.trimmed();
        if (token.isEmpty())
            continue;
        if (node.type.isEmpty())
            node.type = token;
        if (const auto kind = Vocabulary::kindFromToken(token)) {
            node.kind = *kind;
        } else {
            notes.append({file,
                          node.line,
                          node.id,
                          tr("'%1' has the kind '%2', which is not an element kind (%3); it is read as %4")
                              .arg(node.id,
                                   token.left(40),
                                   Vocabulary::kindTokens().join(QStringLiteral(", ")),
                                   Vocabulary::token(node.kind))});
            node.fields.insert(QStringLiteral("source_kind"), token);
        }
    }
    QString label;
    const FieldTable<Element> &table = Fields::element();
    for (const Value &v : m_values) {
        const QString text = v.text.trimmed();
        if (v.name == u"kind")
            continue;
        if (v.name == u"name") {
            if (!text.isEmpty())
                node.name = text;
        } else if (v.name == u"label") {
            label = text;
        } else if (v.name == u"owner") {
            node.owner = text;
        } else if (v.name == u"description") {
            node.description = v.text;
        } else if (v.name == u"tags") {
            for (const QString &tag : text.split(u';', Qt::SkipEmptyParts)) {
                if (const QString t = tag.trimmed(); !t.isEmpty() && !node.tags.contains(t))
                    node.tags << t;
            }
        } else if (v.name == u"country") {
            node.country = text;
        } else if (v.name == u"region") {
            node.region = text;
        } else if (v.name == u"key") {
            notes.append({file,
                          node.line,
                          node.id,
                          tr("'%1' has a value 'key' ('%2'); keys come from the file's identifiers, so it is left out")
                              .arg(node.id, text.left(40))});
        } else if (table.find(v.name)) {
            if (text.isEmpty())
                continue;
            // Checked here, with the kind, so that one value the register refuses is a note, not a failed import.
            Element scratch;
            scratch.key = QStringLiteral("x");
            scratch.name = QStringLiteral("x");
            scratch.kind = node.kind;
            auto set = RegisterCodec::setField(scratch, v.name, text);
            if (set)
                set = Validation::validateElement(scratch);
            if (!set) {
                notes.append(
                    {file,
                     node.line,
                     node.id,
                     tr("'%1', field %2: %3; the value is left out").arg(node.id, v.name, set.error().message)});
                continue;
            }
            node.registerFields.append({v.name, text});
        } else {
            if ((v.name == u"type" || v.name == u"labelV") && node.type.isEmpty())
                node.type = text;
            node.fields.insert(v.name, v.typed);
        }
    }
    if (node.name.isEmpty())
        node.name = label;
}

} // namespace bulwark::exchange
