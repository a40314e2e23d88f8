// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/changeset.h"
#include "model/register/entitytype.h"
#include "model/result.h"

#include <functional>
#include <vector>

namespace bulwark {

/// One change of a registered table's value, as a register rule sees it: the value before (null: added) and after
/// (null: removed).
struct RecordChange {
    const EntityType *type = nullptr;
    QString key;
    const Record *before = nullptr;
    const Record *after = nullptr;
};

/// The register's values of registered tables as they are before the change.
class RecordLookup
{
public:
    virtual ~RecordLookup() = default;
    /// The value of `type` with `key`, or null.
    virtual const Record *find(const EntityType &type, const QString &key) const = 0;
};

/// A rule that a value alone cannot decide (a frozen assessment, four eyes): the write path asks every rule once per
/// change set that touches registered tables, after the values' own rules, with the account that writes. An error
/// refuses the whole change set; nothing is written.
using RegisterRule = std::function<Result<void>(
    const std::vector<RecordChange> &changes, const RecordLookup &lookup, const Actor &actor)>;

/// The register rules Bulwark ships, in one list (model/shippedtables.cpp).
const std::vector<RegisterRule> &shippedRules();

} // namespace bulwark
