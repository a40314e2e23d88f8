// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/safeoutput.h"
#include "model/result.h"
#include "model/roi/checks.h"
#include "model/roi/templates.h"
#include "reports/document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace bulwark {
class Feedback;
} // namespace bulwark

namespace bulwark::reports {

/// The documents of one review, built in the current language: what RoiReview renders.
struct RoiReviewDocuments {
    Document index;                                 ///< the filing, the 15 templates, every problem
    std::array<Document, roi::templateCount> pages; ///< one per template, in TemplateId order
    Document tables;                                ///< problems and one table per template, for CSV files
};

/// The register of information as people review it before it is filed (docs/roi.md, "Reviewing the register"): a
/// folder with index.html (the filing's parameters, the 15 templates with their rows and problems, every problem by
/// severity with a link to its row), one HTML page per template ("b_02_02.html": the rows with "c0010 Label"
/// headers, values of closed lists as words with their EBA code in small type, rows with problems marked and
/// anchored "row-N", N counted from 1), problems.csv and one CSV file per template ("b_02_02.csv"). A CSV file has
/// one header row, "#" and then "c0010 Label" per column; a closed list's column is followed by a column with its
/// EBA codes ("c0060 (EBA code)"), so that a spreadsheet filters and sorts by words and still shows what is filed.
/// Pages go through HtmlRenderer and files through CsvRenderer; the folder is written whole (SafeOutput).
class RoiReview
{
    Q_DECLARE_TR_FUNCTIONS(Roi)
public:
    /// The page of a template ("b_02_02.html") and its CSV file ("b_02_02.csv").
    static QString pageName(roi::TemplateId id);
    static QString csvName(roi::TemplateId id);
    /// The anchor of a row on its template's page: "row-" and its index counted from 1.
    static QString rowAnchor(int row);

    /// The documents of the review of `report` with its `problems` (roi::checkReport's, in its order), in the current
    /// thread's language. A problem's message is shown as it was written: run the checks in the same language.
    static RoiReviewDocuments build(const roi::Report &report, const std::vector<roi::Problem> &problems);

    /// Every file of the review in `language` ("en", "de"; empty: the program's language), in the order written:
    /// index.html, the 15 pages, problems.csv, the 15 CSV files. Progress 0-100 and cancel (Error::Code::Canceled)
    /// through `feedback`.
    [[nodiscard]] static Result<QList<exchange::SafeOutput::File>> render(const roi::Report &report,
                                                                          const std::vector<roi::Problem> &problems,
                                                                          const QString &language,
                                                                          Feedback *feedback = nullptr);

    /// Writes the review into `directory`, replaced whole (SafeOutput::writeFolder: a crash leaves the earlier review
    /// or the new one, never half of one; a folder that holds other files is refused). Returns the file names.
    [[nodiscard]] static Result<QStringList> write(const QString &directory,
                                                   const roi::Report &report,
                                                   const std::vector<roi::Problem> &problems,
                                                   const QString &language,
                                                   Feedback *feedback = nullptr);
};

} // namespace bulwark::reports
