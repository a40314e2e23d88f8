// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/dependency.h"
#include "model/register/element.h"
#include "model/register/field.h"
#include "model/register/scenario.h"
#include "model/result.h"

#include <QCoreApplication>

namespace bulwark {

/// The field tables of the register's value types: each field is declared here once (token, label, kinds, type,
/// unit, rules, accessor). RegisterCodec (and through it JSON, CSV and `bulwark set/add/show`), Validation's kind
/// rules, the element form and the element table read them. A new field is one entry here plus its column in the
/// store (a migration and RegisterStore); see docs/architecture.md.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(Fields)
public:
    static const FieldTable<Element> &element();
    static const FieldTable<Dependency> &dependency();
    static const FieldTable<RedundancyGroup> &group();
    static const FieldTable<Scenario> &scenario();

    /// The heading of a section of the element form; empty for the first.
    static QString sectionTitle(FieldSection section);
    /// What a person typed into a form, as the field's raw text (issue 12): the form takes what the tables show as
    /// well as raw values. A duration ("90", "30 min", "1 h", "1 h 30 min", "2 d", "2 days", "1,500 min") becomes
    /// whole minutes, a percentage ("99.99 %", "99.99%") a fraction ("0.9999", exact: the digits are moved, not
    /// multiplied). A raw value, and a text of any other type, comes back unchanged for the field's setText to
    /// judge. A duration or percentage that cannot be read is an error naming the field. The command line and the
    /// file formats keep to the raw values (issue 10).
    [[nodiscard]] static Result<QString> rawText(FieldType type, const QString &text, const QString &field);
    /// A field's raw text as the tables show it (issue 12): minutes as a duration ("60" -> "1 h"), a fraction as a
    /// percentage ("0.9995" -> "99.95 %"); any other text, and one that cannot be read, unchanged. rawText() reads
    /// what this writes.
    static QString displayText(FieldType type, const QString &raw);
    /// A FieldInfo text (label, placeholder, column, rule) in the user's language; empty for nullptr.
    static QString text(const char *source) { return source ? tr(source) : QString(); }
};

} // namespace bulwark
