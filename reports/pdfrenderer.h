// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "reports/document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QMarginsF>
#include <QSizeF>
#include <QString>

#include <memory>
#include <vector>

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

/// A document's PDF pages, laid out once and painted on demand into images (the window's page preview): the same
/// layout and the same painting code as the PDF, so the preview breaks lines and pages where the PDF does. Immutable
/// after PdfRenderer::layOutPages(); page() may be called from any thread (calls are serialised).
class PdfPages
{
public:
    ~PdfPages();
    PdfPages(const PdfPages &) = delete;
    PdfPages &operator=(const PdfPages &) = delete;

    /// The number of pages, the cover and the contents included (the PDF's page count).
    int count() const;
    /// The paper's size in points (1/72 inch).
    QSizeF pageSize() const;
    /// Page `index` (0-based) at `dpi` dots per inch on white (A4 at 96 dpi: 794 x 1123 pixels); a null image for an
    /// index out of range.
    QImage page(int index, qreal dpi) const;

private:
    friend class PdfRenderer;
    PdfPages();
    struct Private;
    std::unique_ptr<Private> d;
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

    /// Lays the document out into pages as render() does, without painting them (progress 0-50, cancel). For a preview
    /// that paints only the pages a reader looks at.
    static Result<std::shared_ptr<const PdfPages>>
    layOutPages(const Document &document, const PdfSettings &settings = {}, Feedback *feedback = nullptr);

    /// Every page as an image at `dpi`, the same pages as render()'s PDF (progress 0-100, cancel). Memory grows with
    /// the page count (an A4 page at 96 dpi is 3.5 MB): a viewer of long reports uses layOutPages() instead.
    static Result<std::vector<QImage>>
    renderPages(const Document &document, const PdfSettings &settings, qreal dpi, Feedback *feedback = nullptr);

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
