// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bulwark::store {

/// The statements of a registered register table (EntityType), written in store/ (or, for a table that is not
/// shipped, beside its registration). Parameters and result columns follow the type's field table: field i is ?i+1
/// and column i.
struct TableSql {
    const char *select; ///< every row: the fields' columns in field order
    const char *insert; ///< ?1..?n in field order
    const char *update; ///< ?1..?n in field order, the row found by the key field's parameter
    const char *remove; ///< ?1: the key
};

} // namespace bulwark::store
