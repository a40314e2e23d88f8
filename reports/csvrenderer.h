// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/safeoutput.h"
#include "model/feedback.h"
#include "model/result.h"
#include "reports/document.h"

#include <QCoreApplication>
#include <QList>

namespace bulwark::reports {

/// How a document's tables become CSV files.
struct CsvSettings {
    /// A first column with the table's tone of each row's first toned cell ("bad", "warning", "good", empty), for
    /// a reader who filters by verdict in a spreadsheet. Off by default: the cells' words already say it.
    bool toneColumn = false;
};

/// Renders every table of a report document as one CSV file named after the table's id ("findings.csv"): a header
/// row, then the rows as shown in the report (a cell's detail in parentheses after its words); RFC 4180 quoting
/// (exchange::CsvFormat::quote), UTF-8 without a byte order mark, LF line ends. Paragraphs and figures have no CSV
/// form. The same document gives the same bytes.
class CsvRenderer
{
    Q_DECLARE_TR_FUNCTIONS(CsvRenderer)
public:
    /// The files, in the document's order; refused when two tables share an id or one has none.
    [[nodiscard]] static Result<QList<exchange::SafeOutput::File>>
    render(const Document &document, const CsvSettings &settings = {}, Feedback *feedback = nullptr);
    /// Renders and writes the files into `folder`, replaced whole (exchange::SafeOutput::writeFolder).
    [[nodiscard]] static Result<void> write(const Document &document,
                                            const QString &folder,
                                            const CsvSettings &settings = {},
                                            Feedback *feedback = nullptr);
};

} // namespace bulwark::reports
