// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

class QPainter;
class QRectF;

namespace bulwark::reports {

/// A report as a document: value types that one pure builder per report kind fills in (from the model's results,
/// never deciding a verdict itself) and that separate back ends render to PDF, HTML and CSV (docs/reports.md). A
/// document holds no widget and no database handle; it can be built on a worker and rendered on another.

/// How a value reads: a verdict's colour for the screen and colour print, always together with its words (a cell's
/// text says "Beyond tolerance", not only red), so a black-and-white print loses nothing.
enum class Tone { Neutral, Good, Warning, Bad };

/// One piece of text with its tone: a table cell, a key-value's value.
struct Text {
    QString text;
    Tone tone = Tone::Neutral;
    /// The raw number behind a formatted cell ("1,250 min" -> 1250, a verdict's rank), so that a GUI table built
    /// from the same Table sorts by value; empty: sort by the text.
    std::optional<double> sort;
    /// A small addition after the words, such as the code behind a label ("Cloud computing" with "eba_TA:S01"): in
    /// small type in HTML, in parentheses where a back end has no small type (PDF, CSV); see plain().
    QString detail;
    /// Where the words lead in HTML: another file of the same folder ("b_02_02.html"), an anchor ("#row-3") or both.
    /// Other back ends show the words only.
    QString link;
    Text() = default;
    Text(QString value, Tone t = Tone::Neutral) : text(std::move(value)), tone(t) { } // NOLINT: implicit on purpose
    Text(const char *value, Tone t = Tone::Neutral) : text(QString::fromUtf8(value)), tone(t) { } // NOLINT
    Text(QString value, Tone t, double sortValue) : text(std::move(value)), tone(t), sort(sortValue) { }
    bool operator==(const Text &other) const = default;

    /// The words with the detail in parentheses, for a back end that has no small type: "Cloud computing
    /// (eba_TA:S01)"; the words alone when there is no detail.
    QString plain() const { return detail.isEmpty() ? text : text + QStringLiteral(" (") + detail + u')'; }
};

/// A paragraph of plain text (no markup: back ends escape it).
struct Paragraph {
    QString text;
    bool operator==(const Paragraph &other) const = default;
};

/// A list of short points (the executive summary's "what matters most").
struct Bullets {
    std::vector<Text> items;
    bool operator==(const Bullets &other) const = default;
};

/// Label / value pairs (a cover's facts, a sign-off block).
struct KeyValues {
    std::vector<std::pair<QString, Text>> rows;
    bool operator==(const KeyValues &other) const = default;
};

/// A table: its header row repeats on every page it runs over; `id` names its CSV file ("findings" ->
/// findings.csv) and its HTML anchor. Numbers come formatted (with units) by the builder; `numeric` columns are
/// aligned right.
struct Table {
    QString id;
    QString caption;
    QStringList headers;
    std::vector<bool> numeric; ///< per column; missing entries are text
    std::vector<std::vector<Text>> rows;
    QString note; ///< shown under the table, e.g. "The first 300 of 5,000 rows, most severe first."
    /// Per row, the register key it is about (an element, a finding), for a GUI view of the same table to click
    /// through; empty when the rows are about no one thing. Back ends do not print it.
    QStringList keys;
    /// Per row, an anchor that links can lead to ("row-3": HTML's id of the row); empty: none. Only HTML uses it.
    QStringList anchors;
    bool operator==(const Table &other) const = default;

    /// The row's tone for a whole-row colour: the strongest tone among its cells (Bad over Warning over Good).
    Tone rowTone(std::size_t row) const;
};

/// Draws a figure (a chart, a dependency map) into any painter: the PDF writer's, an SVG generator's, a widget's.
/// Vector drawing with text as text, so a figure stays sharp and searchable. Implementations are immutable after
/// construction and may be painted from any thread that owns the painter.
class FigurePainter
{
public:
    virtual ~FigurePainter() = default;
    /// The size it is designed for, in points (1/72 inch); a back end scales it to fit the page, keeping the ratio.
    virtual QSizeF size() const = 0;
    /// Paints into `target` (in the painter's coordinates).
    virtual void paint(QPainter &painter, const QRectF &target) const = 0;
};

/// A figure with its caption; `description` is the text equivalent (HTML alt text, and what a reader of the text
/// layer gets).
struct Figure {
    QString caption;
    QString description;
    std::shared_ptr<const FigurePainter> painter;
    bool operator==(const Figure &other) const
    {
        return caption == other.caption && description == other.description && painter == other.painter;
    }
};

using Block = std::variant<Paragraph, Bullets, KeyValues, Table, Figure>;

/// A numbered part of the report: level 1 starts a chapter (a new page in PDF, an entry in the contents), level 2 a
/// subsection (an entry too).
struct Section {
    QString id; ///< anchor, stable across runs ("executive-summary")
    QString title;
    int level = 1;
    std::vector<Block> blocks;
    bool operator==(const Section &other) const = default;
};

/// The whole report.
struct Document {
    QString title;          ///< "Resilience audit report"
    QString subtitle;       ///< "Assessment A-H2: DORA self-assessment, current half-year"
    QString entity;         ///< the entity the report is about, in every page header
    QString classification; ///< "Confidential", in every page header and footer; empty: none
    QDate date;             ///< the report's date (fixed by the caller, so two runs give the same bytes)
    QString language;       ///< the language its words are in ("en", "de"); the back ends write theirs in it too
    KeyValues cover;        ///< the facts on the cover page (scope, period, status, fingerprint, ...)
    std::vector<Section> sections;
    bool operator==(const Document &other) const = default;

    /// Every table of the document, in order (for the CSV back end and for tests).
    std::vector<const Table *> tables() const;
};

} // namespace bulwark::reports
