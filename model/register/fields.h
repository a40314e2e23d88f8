// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/dependency.h"
#include "model/register/element.h"
#include "model/register/field.h"
#include "model/register/scenario.h"

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
    /// A FieldInfo text (label, placeholder, column, rule) in the user's language; empty for nullptr.
    static QString text(const char *source) { return source ? tr(source) : QString(); }
};

} // namespace bulwark
