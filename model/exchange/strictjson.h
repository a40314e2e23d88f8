// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <utility>
#include <vector>

namespace bulwark::exchange {

/// A strict reading of JSON (RFC 8259) over the bytes, run before QJsonDocument, which silently keeps the last of
/// duplicate members, accepts "1." and ".5", raw control characters in strings and lone \u surrogate escapes, and
/// drops a byte order mark at the start of a string (issue 10).
///
/// Refuses, naming line, column and, inside a value, the field: any JSON syntax error; a member name that appears
/// twice in one object; numbers outside the grammar or that ExactNumber would not keep exactly; raw control
/// characters in strings; and, in any string (names too), a character TextRule refuses, written raw or as an
/// escape. One linear pass over the bytes with no recursion.
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)
public:
    /// What the pass learns on the way.
    struct Outline {
        /// For each list in the root object, the line on which each of its items starts (for error messages).
        QHash<QString, QList<int>> itemLines;
        /// For each list in the root object, where its bytes are: so that a reader can take the items one at a time
        /// instead of holding a parse tree of the whole file.
        struct List {
            qsizetype open = -1;  ///< offset of its '['
            qsizetype close = -1; ///< offset of its ']'
            /// Each item's bytes: from its first character up to the ',' or ']' after it (trailing blanks included).
            std::vector<std::pair<qsizetype, qsizetype>> items;
        };
        std::vector<std::pair<QString, List>> lists; ///< in the order of the file
    };

    /// `bytes` must be valid UTF-8 (TextChecks::checkUtf8) with the file's byte order mark removed.
    [[nodiscard]] static Result<Outline> check(QByteArrayView bytes, const QString &fileName);
};

} // namespace bulwark::exchange
