// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "reports/document.h"
#include "reports/htmlrenderer.h"
#include "reports/pdfrenderer.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace bulwark {
class Feedback;
class RegisterService;
} // namespace bulwark

namespace bulwark::reports {

/// The report kinds (docs/reports.md): each is built by one pure builder and reached through ReportRequest, the same
/// way from the command line (`bulwark report KIND`) and the window's Reports page.
enum class ReportKind { Audit, Scenario, Register };
/// The back ends: one PDF file, one self-contained HTML file, a folder of CSV files (one per table).
enum class ReportFormat { Pdf, Html, Csv };

/// What to report on and how it is labelled: the options every face offers.
struct ReportRequest {
    ReportKind kind = ReportKind::Audit;
    QString assessment;     ///< Audit: the stored assessment's key; empty: the latest
    QStringList scenarios;  ///< Scenario: saved scenario names, in the order asked for; empty: every saved one
    QDate date;             ///< the report's date (and "today" for overdue and expired); invalid: today
    QString classification; ///< e.g. "Confidential"; empty: none
    QString entity;         ///< the entity's name; empty: the register's file name
    int maxRows = 1000;     ///< rows per table at most; the table says how many it left out
    QString language;       ///< "en" or "de" (i18n::languages()); empty: the program's language
};

/// Builds and writes reports: the one path from a request to a file, shared by the command line and the GUI.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
public:
    /// The kind's command-line word ("audit", "scenario", "register") and back.
    static QString kindName(ReportKind kind);
    static std::optional<ReportKind> kindFromName(const QString &name);
    /// The kind's title for people ("Resilience audit report").
    static QString kindTitle(ReportKind kind);
    static QString formatName(ReportFormat format);
    static std::optional<ReportFormat> formatFromName(const QString &name);
    /// The formats a kind can be written in (the register extract has no PDF: it is tables for a spreadsheet).
    static QList<ReportFormat> formats(ReportKind kind);

    /// Reads what the report needs from `service` (an open register) and builds its document. Progress 0-100 and
    /// cancel (Error::Code::Canceled) through `feedback`. Refused with a message when the register lacks what the
    /// kind needs (no assessment, an unknown scenario).
    [[nodiscard]] static Result<Document>
    build(const RegisterService &service, const ReportRequest &request, Feedback *feedback = nullptr);

    /// Writes `document` to `path` (a file for PDF and HTML, a folder for CSV), all or nothing.
    [[nodiscard]] static Result<void> write(const Document &document,
                                            ReportFormat format,
                                            const QString &path,
                                            const PdfSettings &pdf = {},
                                            Feedback *feedback = nullptr);

private:
    static Result<Document>
    buildInLanguage(const RegisterService &service, const ReportRequest &request, Feedback *feedback);
};

} // namespace bulwark::reports
