// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "reports/document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QMarginsF>
#include <QString>

namespace bulwark {
class Feedback;
}

namespace bulwark::reports {

/// How PdfRenderer lays out a document (docs/reports.md, "PDF"). The defaults give an A4 PDF/A-1b report.
struct PdfSettings {
    enum class Paper { A4, Letter };
    Paper paper = Paper::A4;                            ///< A4 (210 x 297 mm) or US Letter (8.5 x 11 in)
    QMarginsF margins = QMarginsF(20, 22, 20, 22);      ///< page margins in mm (left, top, right, bottom); header and
                                                        ///< footer sit inside the top and bottom margins
    bool pdfA = true;                                   ///< PDF/A-1b (Qt's QPdfWriter::PdfVersion_A1b): XMP metadata,
                                                        ///< sRGB output intent, every font embedded
    QString fontFamily = QStringLiteral("DejaVu Sans"); ///< set explicitly so output does not depend on the machine
    qreal bodyPointSize = 10;                           ///< paragraphs; headings and tables are sized from it
};

/// Renders a Document to PDF with QPdfWriter and QPainter, after QGIS's layout exporter: a plain class, settings, a
/// result with a message, and optional progress (0-100) and cancel through a Feedback. Pages: a cover, a contents
/// page with page numbers, then the sections (each level-1 section on a new page); every page but the cover has a
/// header (entity, title) and a footer (classification, "Page X of Y"). The contents entries link to their sections
/// and the sections are PDF bookmarks (an incremental update appended to Qt's output, as Qt 6.4 has no API for either).
/// The output is deterministic: the same document and settings give the same bytes (see stampPdf()).
///
/// Needs a QGuiApplication (fonts); safe on any thread that does not share the document's figure painters' state.
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)
public:
    /// The PDF bytes, or Error::Code::Canceled when `feedback` was canceled.
    static Result<QByteArray>
    render(const Document &document, const PdfSettings &settings = {}, Feedback *feedback = nullptr);

    /// Renders and writes to `path` through exchange::SafeOutput::writeFile (all or nothing).
    static Result<void> write(const QString &path,
                              const Document &document,
                              const PdfSettings &settings = {},
                              Feedback *feedback = nullptr);

    /// Replaces what Qt 6.4's QPdfWriter stamps from the clock (the info dictionary's /CreationDate, the XMP
    /// CreateDate, ModifyDate and MetadataDate) with `date` at 00:00:00 UTC, and the trailer's /ID (time-derived)
    /// (in every trailer) with a SHA-256 of the rest of the file. Every field keeps its length, so the xref offsets
    /// stay valid.
    static QByteArray stampPdf(QByteArray pdf, QDate date);
};

} // namespace bulwark::reports
