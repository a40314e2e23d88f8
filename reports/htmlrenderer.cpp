// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/htmlrenderer.h"

#include "model/exchange/safeoutput.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace bulwark::reports {
namespace {

// Calm and print-friendly; tones are light tints behind words that say the same.
const char *const styleSheet = R"(
body { font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1b1b1b;
       max-width: 60em; margin: 2em auto; padding: 0 1.5em; }
header.cover { border-bottom: 2px solid #2b4a6f; margin-bottom: 2em; padding-bottom: 1em; }
h1 { font-size: 22pt; margin: 0.2em 0; color: #2b4a6f; }
h2 { font-size: 15pt; margin-top: 2em; border-bottom: 1px solid #c9d3de; color: #2b4a6f; }
h3 { font-size: 12pt; margin-top: 1.5em; }
.subtitle { font-size: 13pt; margin: 0.2em 0 1em; }
.classification { text-transform: uppercase; letter-spacing: 0.08em; font-weight: bold; color: #7a1f16; }
dl.kv { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1.5em; }
dl.kv dt { font-weight: bold; }
dl.kv dd { margin: 0; }
table { border-collapse: collapse; margin: 1em 0; width: 100%; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
th, td { border: 1px solid #c9d3de; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
th { background: #eef2f6; }
td.num, th.num { text-align: right; }
.good { background: #e3f1e8; }
.warning { background: #fcefd6; }
.bad { background: #f8e0dd; }
.note { font-size: 9pt; color: #555; }
figure { margin: 1.5em 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 9.5pt; color: #333; }
nav ol { list-style: none; padding-left: 1.2em; }
footer { margin-top: 3em; border-top: 1px solid #c9d3de; font-size: 9pt; color: #555; }
a { color: #2b4a6f; }
.detail { font-size: 8pt; color: #555; white-space: nowrap; }
tr:target td { outline: 2px solid #2b4a6f; }
@media print { h2 { page-break-before: always; } table, figure { page-break-inside: auto; } tr { page-break-inside: avoid; }
               a { color: inherit; text-decoration: none; } }
)";

// Added for HtmlSettings::wide: tables of many columns.
const char *const wideSheet = R"(
body { max-width: none; }
table { font-size: 9pt; }
th, td { padding: 0.2em 0.35em; }
@page { size: A4 landscape; margin: 1.2cm; }
@media print { body { margin: 0; padding: 0; } table { font-size: 7.5pt; } }
)";

QString toneClass(Tone tone)
{
    switch (tone) {
        case Tone::Good: return QStringLiteral("good");
        case Tone::Warning: return QStringLiteral("warning");
        case Tone::Bad: return QStringLiteral("bad");
        case Tone::Neutral: break;
    }
    return {};
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A text's words (a link when it has one) and its detail in small type, escaped.
QString words(const Text &text)
{
    QString out = text.link.isEmpty() ? esc(text.text)
                                      : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(text.link), esc(text.text));
    if (!text.detail.isEmpty())
        out += QStringLiteral(" <span class=\"detail\">%1</span>").arg(esc(text.detail));
    return out;
}

/// `class="..."` for the given classes, or nothing when there are none.
QString classes(const QStringList &list)
{
    QStringList present;
    for (const QString &c : list) {
        if (!c.isEmpty())
            present << c;
    }
    return present.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(present.join(u' '));
}

void appendKeyValues(QString &out, const KeyValues &kv)
{
    if (kv.rows.empty())
        return;
    out += QStringLiteral("<dl class=\"kv\">\n");
    for (const auto &[label, value] : kv.rows)
        out += QStringLiteral("<dt>%1</dt><dd%2>%3</dd>\n")
                   .arg(esc(label), classes({toneClass(value.tone)}), words(value));
    out += QStringLiteral("</dl>\n");
}

void appendTable(QString &out, const Table &table)
{
    auto isNumeric = [&table](std::size_t column) { return column < table.numeric.size() && table.numeric[column]; };
    out += QStringLiteral("<table id=\"table-%1\">\n").arg(esc(table.id));
    if (!table.caption.isEmpty())
        out += QStringLiteral("<caption>%1</caption>\n").arg(esc(table.caption));
    out += QStringLiteral("<thead><tr>");
    for (int c = 0; c < table.headers.size(); ++c)
        out += QStringLiteral("<th%1>%2</th>")
                   .arg(classes({isNumeric(std::size_t(c)) ? QStringLiteral("num") : QString()}),
                        esc(table.headers[c]));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const std::vector<Text> &row = table.rows[r];
        const QString anchor = qsizetype(r) < table.anchors.size() ? table.anchors[qsizetype(r)] : QString();
        out += anchor.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr id=\"%1\">").arg(esc(anchor));
        for (std::size_t c = 0; c < row.size(); ++c)
            out += QStringLiteral("<td%1>%2</td>")
                       .arg(classes({isNumeric(c) ? QStringLiteral("num") : QString(), toneClass(row[c].tone)}),
                            words(row[c]));
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    if (!table.note.isEmpty())
        out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(table.note));
}

void appendFigure(QString &out, const Figure &figure, const HtmlSettings &settings)
{
    out += QStringLiteral("<figure>\n");
    if (settings.figures && figure.painter) {
        QString svg = QString::fromUtf8(HtmlRenderer::svg(figure));
        // Inline: without the XML declaration, and with the description as its accessible name.
        const qsizetype start = svg.indexOf(QStringLiteral("<svg"));
        if (start >= 0) {
            svg = svg.mid(start);
            svg.insert(4, QStringLiteral(" role=\"img\" aria-label=\"%1\"").arg(esc(figure.description)));
            out += svg.trimmed() + u'\n';
        }
    } else if (!figure.description.isEmpty()) {
        out += QStringLiteral("<p>%1</p>\n").arg(esc(figure.description));
    }
    if (!figure.caption.isEmpty())
        out += QStringLiteral("<figcaption>%1</figcaption>\n").arg(esc(figure.caption));
    out += QStringLiteral("</figure>\n");
}

/// The contents list: level-2 sections nested under the level-1 section before them.
void appendContents(QString &out, const Document &document, const QString &title)
{
    out += QStringLiteral("<nav>\n<h2>%1</h2>\n<ol>\n").arg(esc(title));
    bool inner = false;
    for (std::size_t i = 0; i < document.sections.size(); ++i) {
        const Section &s = document.sections[i];
        const QString link = QStringLiteral("<a href=\"#%1\">%2</a>").arg(esc(s.id), esc(s.title));
        if (s.level <= 1) {
            if (inner)
                out += QStringLiteral("</ol>\n");
            if (i > 0)
                out += QStringLiteral("</li>\n");
            out += QStringLiteral("<li>") + link;
            inner = false;
        } else {
            if (!inner)
                out += QStringLiteral("\n<ol>\n");
            inner = true;
            out += QStringLiteral("<li>%1</li>\n").arg(link);
        }
    }
    if (inner)
        out += QStringLiteral("</ol>\n");
    if (!document.sections.empty())
        out += QStringLiteral("</li>\n");
    out += QStringLiteral("</ol>\n</nav>\n");
}

struct BlockWriter {
    QString &out;
    const HtmlSettings &settings;
    void operator()(const Paragraph &p) const { out += QStringLiteral("<p>%1</p>\n").arg(esc(p.text)); }
    void operator()(const Bullets &b) const
    {
        out += QStringLiteral("<ul>\n");
        for (const Text &item : b.items)
            out += QStringLiteral("<li%1>%2</li>\n").arg(classes({toneClass(item.tone)}), words(item));
        out += QStringLiteral("</ul>\n");
    }
    void operator()(const KeyValues &kv) const { appendKeyValues(out, kv); }
    void operator()(const Table &t) const { appendTable(out, t); }
    void operator()(const Figure &f) const { appendFigure(out, f, settings); }
};

} // namespace

QByteArray HtmlRenderer::svg(const Figure &figure)
{
    if (!figure.painter)
        return {};
    const QSizeF size = figure.painter->size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(72); // one unit is one point, as FigurePainter::size() counts
    generator.setTitle(figure.caption);
    generator.setDescription(figure.description);
    {
        QPainter painter(&generator);
        figure.painter->paint(painter, QRectF(QPointF(0, 0), size));
    }
    return bytes;
}

Result<QByteArray> HtmlRenderer::render(const Document &document, const HtmlSettings &settings, Feedback *feedback)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
               .arg(esc(document.language.isEmpty() ? settings.language : document.language));
    out += QStringLiteral("<meta name=\"generator\" content=\"Bulwark\">\n");
    out += QStringLiteral("<title>%1</title>\n").arg(esc(document.title));
    out += QStringLiteral("<style>%1%2</style>\n</head>\n<body>\n")
               .arg(QString::fromUtf8(styleSheet), settings.wide ? QString::fromUtf8(wideSheet) : QString());

    out += QStringLiteral("<header class=\"cover\">\n");
    if (!document.classification.isEmpty())
        out += QStringLiteral("<p class=\"classification\">%1</p>\n").arg(esc(document.classification));
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(document.title));
    if (!document.subtitle.isEmpty())
        out += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(esc(document.subtitle));
    KeyValues facts;
    if (!document.entity.isEmpty())
        facts.rows.emplace_back(tr("Entity"), document.entity);
    if (document.date.isValid())
        facts.rows.emplace_back(tr("Date"), document.date.toString(Qt::ISODate));
    facts.rows.insert(facts.rows.end(), document.cover.rows.begin(), document.cover.rows.end());
    appendKeyValues(out, facts);
    out += QStringLiteral("</header>\n");

    if (settings.contents)
        appendContents(out, document, tr("Contents"));
    out += QStringLiteral("<main>\n");

    for (std::size_t i = 0; i < document.sections.size(); ++i) {
        if (feedback && feedback->isCanceled())
            return makeError(Error::Code::Canceled, tr("The HTML export was canceled."));
        const Section &s = document.sections[i];
        const int heading = s.level <= 1 ? 2 : 3;
        out += QStringLiteral("<section id=\"%1\">\n<h%2>%3</h%2>\n").arg(esc(s.id)).arg(heading).arg(esc(s.title));
        for (const Block &block : s.blocks)
            std::visit(BlockWriter{out, settings}, block);
        out += QStringLiteral("</section>\n");
        if (feedback)
            feedback->setProgress(100.0 * double(i + 1) / double(document.sections.size()));
    }
    out += QStringLiteral("</main>\n");
    if (!document.classification.isEmpty())
        out += QStringLiteral("<footer>%1</footer>\n").arg(esc(document.classification));
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

Result<void>
HtmlRenderer::write(const Document &document, const QString &path, const HtmlSettings &settings, Feedback *feedback)
{
    auto bytes = render(document, settings, feedback);
    if (!bytes)
        return bytes.error();
    return exchange::SafeOutput::writeFile(path, *bytes);
}

} // namespace bulwark::reports
