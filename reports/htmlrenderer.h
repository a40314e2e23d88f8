// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"
#include "model/result.h"
#include "reports/document.h"

#include <QByteArray>
#include <QCoreApplication>

namespace bulwark::reports {

/// How a document becomes one HTML file.
struct HtmlSettings {
    /// The page's language (the html element's lang attribute) when the document does not say its own.
    QString language = QStringLiteral("en");
    /// Figures as inline SVG (vector, text searchable); off: only their caption and text description.
    bool figures = true;
    /// A contents list that links to every section; off for a page of one table.
    bool contents = true;
    /// For tables of many columns: the page takes the window's whole width, tables use smaller type and print on
    /// landscape pages.
    bool wide = false;
};

/// Renders a report document as one self-contained HTML file: the styles inline, figures as inline SVG, no script,
/// nothing fetched from anywhere. A contents list links to every section. Text is escaped; tones are a cell's colour
/// and its words stay; a text's detail follows it in small type, its link makes it a link, a table row's anchor is
/// the row's id (a row a link leads to is outlined). The same document and settings give the same bytes.
class HtmlRenderer
{
    Q_DECLARE_TR_FUNCTIONS(HtmlRenderer)
public:
    /// The file's bytes (UTF-8); Error::Code::Canceled when `feedback` asks to stop. Progress 0-100 by section.
    [[nodiscard]] static Result<QByteArray>
    render(const Document &document, const HtmlSettings &settings = {}, Feedback *feedback = nullptr);
    /// Renders and writes `path` whole (exchange::SafeOutput): a failure leaves an earlier file as it was.
    [[nodiscard]] static Result<void> write(const Document &document,
                                            const QString &path,
                                            const HtmlSettings &settings = {},
                                            Feedback *feedback = nullptr);
    /// A figure as SVG bytes (its size in points), for HTML and for anyone who wants the figure alone.
    static QByteArray svg(const Figure &figure);
};

} // namespace bulwark::reports
