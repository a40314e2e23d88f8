// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/pdfrenderer.h"

#include "model/exchange/safeoutput.h"
#include "model/feedback.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFontMetricsF>
#include <QImage>
#include <QMutex>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace bulwark::reports {

namespace {

constexpr qreal mmToPt = 72.0 / 25.4;

enum class Role { Body, Bold, Small, SmallItalic, Cell, CellBold, H1, H2, Title, Subtitle, Count };

QColor ink()
{
    return QColor(0x1a, 0x1a, 0x1a);
}
QColor muted()
{
    return QColor(0x55, 0x5b, 0x66);
}
QColor accent()
{
    return QColor(0x1f, 0x3a, 0x5f);
}
QColor rule()
{
    return QColor(0xc8, 0xce, 0xd6);
}
QColor headerFill()
{
    return QColor(0xe6, 0xea, 0xf0);
}

/// Light tints: the words stay as they are and readable in black and white.
QColor tint(Tone tone)
{
    switch (tone) {
        case Tone::Good: return QColor(0xdf, 0xf0, 0xdc);
        case Tone::Warning: return QColor(0xfc, 0xef, 0xc7);
        case Tone::Bad: return QColor(0xf8, 0xd9, 0xd6);
        case Tone::Neutral: break;
    }
    return {};
}

/// A contents entry's area on its page and the section it leads to.
struct ContentsLink {
    int page = 0;
    QRectF rect;
    int section = 0;
};

/// Where a section starts, for links and bookmarks.
struct Target {
    int page = 0;
    qreal top = 0;
    QString title;
    int level = 1;
};

/// One thing to draw on a page, in reading order.
struct Item {
    enum class Kind { Text, Rect, Line, Figure, PageNumber };
    Kind kind = Kind::Text;
    QPointF at; ///< Text: baseline start; PageNumber: baseline end (right-aligned); Line: start
    QPointF to; ///< Line: end
    QRectF rect;
    QString text;
    Role role = Role::Body;
    QColor color;
    std::shared_ptr<const FigurePainter> figure;
    int section = -1; ///< PageNumber: the section whose first page is written here
};

struct Page {
    std::vector<Item> items;
};

/// Lays the document out into pages of items (pass 1, counting pages and noting each section's page); the painter
/// pass then draws them, when "Page X of Y" and the contents' page numbers are known.
class Layouter
{
public:
    Layouter(const PdfSettings &settings, QPaintDevice *device, const QSizeF &pageSize)
        : m_device(device),
          m_pageSize(pageSize)
    {
        const QMarginsF m = settings.margins * mmToPt;
        body = QRectF(
            m.left(), m.top(), pageSize.width() - m.left() - m.right(), pageSize.height() - m.top() - m.bottom());
        const qreal s = settings.bodyPointSize;
        const auto make = [&](qreal size, bool bold, bool italic) {
            QFont f(settings.fontFamily);
            f.setStyleHint(QFont::SansSerif);
            f.setPointSizeF(size);
            f.setBold(bold);
            f.setItalic(italic);
            // No shaping for Latin text: no "fi" ligature glyphs, so the text layer reads "Confidential", not
            // "Con\uFB01dential", and searching finds it.
            f.setStyleStrategy(QFont::PreferNoShaping);
            return f;
        };
        m_fonts[int(Role::Body)] = make(s, false, false);
        m_fonts[int(Role::Bold)] = make(s, true, false);
        m_fonts[int(Role::Small)] = make(s * 0.8, false, false);
        m_fonts[int(Role::SmallItalic)] = make(s * 0.8, false, true);
        m_fonts[int(Role::Cell)] = make(s * 0.85, false, false);
        m_fonts[int(Role::CellBold)] = make(s * 0.85, true, false);
        m_fonts[int(Role::H1)] = make(s * 1.8, true, false);
        m_fonts[int(Role::H2)] = make(s * 1.3, true, false);
        m_fonts[int(Role::Title)] = make(s * 2.6, true, false);
        m_fonts[int(Role::Subtitle)] = make(s * 1.4, false, false);
        for (int i = 0; i < int(Role::Count); ++i)
            m_metrics.emplace_back(m_fonts[i], device);
    }

    const QFont &font(Role role) const { return m_fonts[int(role)]; }
    const QFontMetricsF &metrics(Role role) const { return m_metrics[int(role)]; }
    /// Forgets the device the layout measured with (wrap() needs it; painting does not): it may go away now.
    void detach() { m_device = nullptr; }
    qreal lineHeight(Role role) const { return std::ceil(metrics(role).height() * 1.15 * 10) / 10; }
    qreal width(const QString &text, Role role) const { return metrics(role).horizontalAdvance(text); }

    QRectF body;
    qreal y = 0;
    std::vector<Page> pages;
    std::vector<int> sectionPage;  ///< 0-based page index per section
    std::vector<qreal> sectionTop; ///< y of each section's heading on its page
    qreal headingTop = 0;          ///< y of the last heading's first line
    std::vector<ContentsLink> links;

    void newPage()
    {
        pages.emplace_back();
        y = body.top();
    }
    qreal space() const { return body.bottom() - y; }
    bool atTop() const { return y <= body.top() + 0.01; }
    /// Starts a new page unless `height` fits below y.
    void need(qreal height)
    {
        if (height > space() && !atTop())
            newPage();
    }

    QStringList wrap(const QString &text, Role role, qreal lineWidth) const
    {
        QStringList out;
        const QStringList parts = text.split(u'\n');
        for (const QString &part : parts) {
            if (part.trimmed().isEmpty()) {
                out << QString();
                continue;
            }
            // A word wider than the line is cut where it must be (a long German noun in a narrow column); the cut
            // of a word of letters gets a hyphen, for which the lines are laid out again a hyphen's width narrower.
            // A hash, a key or a number is cut without one, so that it reads (and copies) as it is.
            const auto cutsAWord = [&](const LineSpan &l) { return cutInsideWord(part, l.end); };
            std::vector<LineSpan> lines = layOut(part, role, lineWidth);
            if (std::any_of(lines.cbegin(), lines.cend(), cutsAWord))
                lines = layOut(part, role, lineWidth - width(QStringLiteral("-"), role));
            for (const LineSpan &l : lines)
                out << part.mid(l.start, l.end - l.start).trimmed() + (cutsAWord(l) ? QStringLiteral("-") : QString());
        }
        return out;
    }

    /// One laid-out line: where it starts in the text and where it ends (after its trailing spaces).
    struct LineSpan {
        qsizetype start = 0;
        qsizetype end = 0;
    };

    std::vector<LineSpan> layOut(const QString &part, Role role, qreal lineWidth) const
    {
        std::vector<LineSpan> lines;
        QTextLayout layout(part, font(role), m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max<qreal>(lineWidth, 1));
            lines.push_back({line.textStart(), line.textStart() + line.textLength()});
        }
        layout.endLayout();
        return lines;
    }

    /// Whether `part` cut before index `at` is cut inside a word made of letters only.
    static bool cutInsideWord(const QString &part, qsizetype at)
    {
        if (at <= 0 || at >= part.size() || !part.at(at - 1).isLetter() || !part.at(at).isLetter())
            return false;
        qsizetype begin = at, end = at;
        while (begin > 0 && !part.at(begin - 1).isSpace())
            --begin;
        while (end < part.size() && !part.at(end).isSpace())
            ++end;
        for (qsizetype i = begin; i < end; ++i) {
            if (!part.at(i).isLetter() && part.at(i) != u'-' && part.at(i) != u'(' && part.at(i) != u')')
                return false;
        }
        return true;
    }

    void text(const QPointF &baseline, const QString &value, Role role, const QColor &color = ink())
    {
        if (value.isEmpty())
            return;
        Item item;
        item.kind = Item::Kind::Text;
        item.at = baseline;
        item.text = value;
        item.role = role;
        item.color = color;
        pages.back().items.push_back(std::move(item));
    }
    void rect(const QRectF &r, const QColor &fill)
    {
        Item item;
        item.kind = Item::Kind::Rect;
        item.rect = r;
        item.color = fill;
        pages.back().items.push_back(std::move(item));
    }
    void line(const QPointF &from, const QPointF &to, const QColor &color = rule())
    {
        Item item;
        item.kind = Item::Kind::Line;
        item.at = from;
        item.to = to;
        item.color = color;
        pages.back().items.push_back(std::move(item));
    }

    /// Wrapped lines from y on, breaking pages between lines (never leaving one line of a paragraph alone when it
    /// has more).
    void lines(const QStringList &wrapped, Role role, qreal x, const QColor &color = ink(), Tone tone = Tone::Neutral)
    {
        const qreal lh = lineHeight(role);
        const qreal ascent = metrics(role).ascent() + (lh - metrics(role).height()) / 2;
        for (qsizetype i = 0; i < wrapped.size(); ++i) {
            const bool orphan = i == 0 && wrapped.size() > 1;
            const bool widow = i == wrapped.size() - 2;
            need(orphan || widow ? 2 * lh : lh);
            if (tone != Tone::Neutral)
                rect(QRectF(x - 3, y, body.right() - x + 3, lh), tint(tone));
            text(QPointF(x, y + ascent), wrapped.at(i), role, color);
            y += lh;
        }
    }

    void paragraph(const QString &value, Role role = Role::Body, const QColor &color = ink())
    {
        lines(wrap(value, role, body.width()), role, body.left(), color);
    }

    /// The height the start of `block` needs, so that a heading is never left alone at the foot of a page: a whole
    /// figure, a table's caption, header and first rows, a few lines of text.
    qreal startHeight(const Block &block) const
    {
        if (const auto *f = std::get_if<Figure>(&block)) {
            if (f->painter && !f->painter->size().isEmpty()) {
                const QSizeF size = f->painter->size();
                const qreal captionHeight
                    = 4 + wrap(f->caption, Role::SmallItalic, body.width()).size() * lineHeight(Role::SmallItalic);
                // A figure taller than 80 % of the page shrinks to fit below its heading (figure()).
                return std::min(body.width() * size.height() / size.width(), body.height() * 0.8) + captionHeight;
            }
        }
        if (std::holds_alternative<Table>(block))
            return lineHeight(Role::Bold) + 7 * lineHeight(Role::Cell);
        return 4 * lineHeight(Role::Body);
    }

    void heading(const QString &title, int level, qreal keep)
    {
        const Role role = level <= 1 ? Role::H1 : Role::H2;
        const QStringList wrapped = wrap(title, role, body.width());
        const qreal h = wrapped.size() * lineHeight(role);
        if (!atTop())
            y += level <= 1 ? 16 : 10;
        need(h + 14 + keep); // keep with what follows
        headingTop = y;
        lines(wrapped, role, body.left(), accent());
        if (level <= 1) {
            line(QPointF(body.left(), y + 2), QPointF(body.right(), y + 2), accent());
            y += 10;
        } else {
            y += 4;
        }
    }

    void bullets(const Bullets &list)
    {
        const qreal indent = 16;
        for (const Text &item : list.items) {
            const QStringList wrapped = wrap(item.plain(), Role::Body, body.width() - indent);
            const qreal lh = lineHeight(Role::Body);
            need(std::min<qsizetype>(wrapped.size(), 2) * lh);
            text(QPointF(body.left() + 4, y + metrics(Role::Body).ascent() + (lh - metrics(Role::Body).height()) / 2),
                 QStringLiteral("\u2022"),
                 Role::Body);
            lines(wrapped, Role::Body, body.left() + indent, ink(), item.tone);
            y += 3;
        }
    }

    void keyValues(const KeyValues &kv, qreal left, qreal right)
    {
        qreal labelWidth = 0;
        for (const auto &[label, value] : kv.rows)
            labelWidth = std::max(labelWidth, width(label, Role::Bold));
        const qreal total = right - left;
        labelWidth = std::min(labelWidth + 16, total * 0.4);
        const qreal pad = 3;
        const qreal lh = lineHeight(Role::Body);
        const qreal ascent = metrics(Role::Body).ascent() + (lh - metrics(Role::Body).height()) / 2;
        for (const auto &[label, value] : kv.rows) {
            const QStringList l = wrap(label, Role::Bold, labelWidth - 2 * pad);
            const QStringList v = wrap(value.plain(), Role::Body, total - labelWidth - 2 * pad);
            const qreal h = std::max(l.size(), v.size()) * lh + 2 * pad;
            need(h);
            if (value.tone != Tone::Neutral)
                rect(QRectF(left + labelWidth, y, total - labelWidth, h), tint(value.tone));
            for (qsizetype i = 0; i < l.size(); ++i)
                text(QPointF(left + pad, y + pad + ascent + i * lh), l.at(i), Role::Bold, muted());
            for (qsizetype i = 0; i < v.size(); ++i)
                text(QPointF(left + labelWidth + pad, y + pad + ascent + i * lh), v.at(i), Role::Body);
            y += h;
            line(QPointF(left, y), QPointF(right, y));
        }
    }

    void table(const Table &t)
    {
        const qsizetype columns = t.headers.size();
        if (columns == 0)
            return;
        const qreal pad = 4;
        const qreal vpad = 2.5;
        const qreal lh = lineHeight(Role::Cell);
        const qreal ascent = metrics(Role::Cell).ascent() + (lh - metrics(Role::Cell).height()) / 2;
        const auto numeric = [&](qsizetype c) { return c < qsizetype(t.numeric.size()) && t.numeric[c]; };

        // Column widths: each column's widest line, narrow ones kept whole, the rest sharing what is left.
        std::vector<qreal> natural(columns, 0), longestWord(columns, 0);
        // Two points to spare: QTextLayout's line breaking and QFontMetricsF do not add up a bold word's advances
        // to the same hundredth, and a word as wide as its column must not break on that.
        const auto measure = [&](qsizetype c, const QString &value, Role role) {
            natural[c] = std::max(natural[c], width(value, role) + 2 * pad + 2);
            const QStringList words = value.split(u' ', Qt::SkipEmptyParts);
            for (const QString &w : words)
                longestWord[c] = std::max(longestWord[c], std::min(width(w, role) + 2 * pad + 2, body.width() / 3));
        };
        for (qsizetype c = 0; c < columns; ++c)
            measure(c, t.headers.at(c), Role::CellBold);
        for (const auto &row : t.rows) {
            for (qsizetype c = 0; c < columns && c < qsizetype(row.size()); ++c)
                measure(c, row[c].plain(), Role::Cell);
        }
        // Narrow columns (keys, numbers, dates, states) first get their widest line, as long as that leaves each
        // other column its share; the other columns then share what is left as a browser lays out an automatic
        // table: each at least its longest word, the rest in proportion to how much more its widest line needs.
        // So a long text gets the room, and short words, dates and headers stay whole.
        std::vector<qreal> widths(columns, 0);
        std::vector<bool> fixed(columns, false);
        qreal left = body.width();
        for (bool changed = true; changed;) {
            changed = false;
            qsizetype open = 0;
            for (qsizetype c = 0; c < columns; ++c)
                open += fixed[c] ? 0 : 1;
            for (qsizetype c = 0; c < columns && open > 0; ++c) {
                if (!fixed[c] && natural[c] <= left / open) {
                    fixed[c] = true;
                    widths[c] = natural[c];
                    left -= natural[c];
                    changed = true;
                    break;
                }
            }
        }
        qreal sumNatural = 0, sumMin = 0, allMin = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            allMin += longestWord[c];
            if (!fixed[c]) {
                sumNatural += natural[c];
                sumMin += longestWord[c];
            }
        }
        if (sumNatural <= left) { // every column fits: all scaled to the text width
            qreal sum = 0;
            for (qsizetype c = 0; c < columns; ++c) {
                widths[c] = natural[c];
                sum += natural[c];
            }
            for (qreal &w : widths)
                w *= body.width() / sum;
        } else if (sumMin <= left) {
            const qreal room = left - sumMin;
            for (qsizetype c = 0; c < columns; ++c) {
                if (!fixed[c])
                    widths[c] = longestWord[c] + (natural[c] - longestWord[c]) * room / (sumNatural - sumMin);
            }
        } else if (allMin <= body.width()) { // the narrow ones gave too much: all columns share as above
            sumNatural = 0;
            for (qsizetype c = 0; c < columns; ++c)
                sumNatural += natural[c];
            const qreal room = body.width() - allMin;
            for (qsizetype c = 0; c < columns; ++c)
                widths[c] = longestWord[c] + (natural[c] - longestWord[c]) * room / (sumNatural - allMin);
        } else {
            // Even the longest words do not fit: the widest columns give way (capped at one level, found by
            // bisection), and the narrow ones (dates, states, short headers) stay whole.
            for (qsizetype c = 0; c < columns; ++c)
                widths[c] = longestWord[c];
            qreal low = 0, high = 0;
            for (const qreal w : widths)
                high = std::max(high, w);
            for (int i = 0; i < 40; ++i) {
                const qreal level = (low + high) / 2;
                qreal total = 0;
                for (const qreal w : widths)
                    total += std::min(w, level);
                (total > body.width() ? high : low) = level;
            }
            qreal sum = 0;
            for (qreal &w : widths) {
                w = std::min(w, low);
                sum += w;
            }
            for (qreal &w : widths)
                w *= body.width() / sum; // what the bisection left, in proportion
        }

        const auto wrapRow = [&](const std::vector<Text> &row, Role role, std::vector<QStringList> &cells) {
            cells.assign(columns, {});
            qsizetype most = 1;
            for (qsizetype c = 0; c < columns; ++c) {
                // A hair of tolerance: a column as wide as its longest word must not break that word on rounding.
                cells[c]
                    = c < qsizetype(row.size()) ? wrap(row[c].plain(), role, widths[c] - 2 * pad + 0.5) : QStringList();
                most = std::max(most, cells[c].size());
            }
            return most * lh + 2 * vpad;
        };
        std::vector<Text> headerRow;
        for (const QString &h : t.headers)
            headerRow.emplace_back(h);
        std::vector<QStringList> headerCells;
        const qreal headerHeight = wrapRow(headerRow, Role::CellBold, headerCells);
        std::vector<std::vector<QStringList>> cells(t.rows.size());
        std::vector<qreal> heights(t.rows.size());
        for (size_t r = 0; r < t.rows.size(); ++r)
            heights[r] = wrapRow(t.rows[r], Role::Cell, cells[r]);

        const auto drawRow
            = [&](const std::vector<QStringList> &rowCells, const std::vector<Text> *row, qreal h, Role role) {
                  qreal x = body.left();
                  for (qsizetype c = 0; c < columns; ++c) {
                      const Tone tone = row && c < qsizetype(row->size()) ? (*row)[c].tone : Tone::Neutral;
                      if (!row)
                          rect(QRectF(x, y, widths[c], h), headerFill());
                      else if (tone != Tone::Neutral)
                          rect(QRectF(x, y, widths[c], h), tint(tone));
                      for (qsizetype i = 0; i < rowCells[c].size(); ++i) {
                          const QString &value = rowCells[c].at(i);
                          const qreal tx = numeric(c) ? x + widths[c] - pad - width(value, role) : x + pad;
                          text(QPointF(tx, y + vpad + ascent + i * lh), value, role);
                      }
                      x += widths[c];
                  }
                  y += h;
                  line(QPointF(body.left(), y), QPointF(body.right(), y), row ? rule() : muted());
              };
        // The caption wraps; "(continued)" may add a line on the following pages.
        const QStringList captionLines = wrap(t.caption, Role::Bold, body.width());
        const qreal captionHeight = t.caption.isEmpty() ? 0 : captionLines.size() * lineHeight(Role::Bold) + 2;
        const auto startOnPage = [&](bool continued) {
            if (!t.caption.isEmpty()) {
                const QStringList caption = continued
                    ? wrap(PdfRenderer::tr("%1 (continued)").arg(t.caption), Role::Bold, body.width())
                    : captionLines;
                lines(caption, Role::Bold, body.left(), accent());
                y += 2;
            }
            drawRow(headerCells, nullptr, headerHeight, Role::CellBold);
        };

        // Caption, header and the first two rows (or all, when fewer) stay together.
        qreal start = captionHeight + headerHeight;
        for (size_t r = 0; r < std::min<size_t>(2, heights.size()); ++r)
            start += heights[r];
        need(start);
        startOnPage(false);
        size_t onPage = 0;
        const size_t n = t.rows.size();
        for (size_t r = 0; r < n; ++r) {
            bool breakHere = heights[r] > space() && onPage > 0;
            // Never a lone row: the last row does not go alone onto the next page, nor the first alone on this one.
            if (!breakHere && r + 2 == n && heights[r] + heights[r + 1] > space() && onPage >= 2)
                breakHere = true;
            if (breakHere) {
                newPage();
                startOnPage(true);
                onPage = 0;
            }
            drawRow(cells[r], &t.rows[r], heights[r], Role::Cell);
            ++onPage;
        }
        if (!t.note.isEmpty()) {
            y += 3;
            paragraph(t.note, Role::SmallItalic, muted());
        }
    }

    void figure(const Figure &f)
    {
        if (!f.painter)
            return;
        const QSizeF size = f.painter->size();
        if (size.isEmpty())
            return;
        const QStringList caption = wrap(f.caption, Role::SmallItalic, body.width());
        const qreal captionHeight = 4 + caption.size() * lineHeight(Role::SmallItalic);
        qreal w = body.width();
        qreal h = w * size.height() / size.width();
        // A page-high figure shrinks a little into what is left below a heading (at least 80 % of the page: the
        // heading moved to a new page with it, see startHeight()), rather than leaving the heading alone.
        const qreal left = space() - captionHeight;
        const qreal maxHeight = left >= body.height() * 0.8 ? std::min(left, body.height() - captionHeight)
                                                            : body.height() - captionHeight;
        if (h > maxHeight) {
            h = maxHeight;
            w = h * size.width() / size.height();
        }
        need(h + captionHeight);
        Item item;
        item.kind = Item::Kind::Figure;
        item.rect = QRectF(body.left() + (body.width() - w) / 2, y, w, h);
        item.figure = f.painter;
        item.text = f.description;
        pages.back().items.push_back(std::move(item));
        y += h + 4;
        lines(caption, Role::SmallItalic, body.left(), muted());
    }

private:
    QPaintDevice *m_device;
    QSizeF m_pageSize;
    std::array<QFont, int(Role::Count)> m_fonts;
    std::vector<QFontMetricsF> m_metrics;
};

Error canceled()
{
    return makeError(Error::Code::Canceled, PdfRenderer::tr("The report was canceled."));
}

/// Replaces each match of `re` in `pdf` by `replace(match)`, which must keep the length.
template<typename Replace>
void replaceSameLength(QByteArray &pdf, const QRegularExpression &re, Replace replace)
{
    // Latin-1 keeps one character per byte, so offsets in the string are offsets in the bytes.
    const QString text = QString::fromLatin1(pdf);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QByteArray value = replace(m);
        Q_ASSERT(value.size() == m.capturedLength(1));
        pdf.replace(m.capturedStart(1), m.capturedLength(1), value);
    }
}

QByteArray pdfNumber(qreal value)
{
    return QByteArray::number(value, 'f', 2);
}

/// A PDF text string: UTF-16BE with its byte order mark, in hex.
QByteArray pdfText(const QString &text)
{
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

/// Qt 6.4 writes no internal links and no outline. This appends an incremental update to Qt's untouched output: a
/// /Link annotation with a /Dest per contents entry (in the contents pages' /Annots arrays, which Qt writes as
/// separate objects), an /Outlines tree (level-2 sections under their level-1 section), and the catalog again with
/// /Outlines. Returns `pdf` unchanged when its structure is not what Qt writes.
QByteArray appendNavigation(QByteArray pdf,
                            const std::vector<ContentsLink> &links,
                            const std::vector<Target> &targets,
                            qreal pageHeight)
{
    const QString text = QString::fromLatin1(pdf);
    static const QRegularExpression trailerRe(QStringLiteral(
        R"(trailer\s*<<\s*/Size (\d+)\s*/Info (\d+) 0 R\s*/Root (\d+) 0 R\s*(/ID \[[^\]]*\])\s*>>\s*startxref\s*(\d+)\s*%%EOF\s*$)"));
    const QRegularExpressionMatch trailer = trailerRe.match(text);
    if (!trailer.hasMatch() || targets.empty())
        return pdf;
    const int size = trailer.captured(1).toInt();
    const QString info = trailer.captured(2);
    const QString root = trailer.captured(3);
    const QString id = trailer.captured(4);
    const QString previous = trailer.captured(5);
    const auto object = [&](const QString &number) {
        const QRegularExpression re(QStringLiteral("(?:^|\n)%1 0 obj\\n<<\\n(.*?)>>\\nendobj").arg(number),
                                    QRegularExpression::DotMatchesEverythingOption);
        return re.match(text).captured(1);
    };
    const QString catalog = object(root);
    static const QRegularExpression pagesRe(QStringLiteral(R"(/Pages (\d+) 0 R)"));
    const QString pagesObject = object(pagesRe.match(catalog).captured(1));
    static const QRegularExpression kidsRe(QStringLiteral(R"(/Kids\s*\[([^\]]*)\])"));
    static const QRegularExpression refRe(QStringLiteral(R"((\d+) 0 R)"));
    QStringList pages;
    auto refs = refRe.globalMatch(kidsRe.match(pagesObject).captured(1));
    while (refs.hasNext())
        pages << refs.next().captured(1);
    if (catalog.isEmpty() || catalog.contains(QStringLiteral("/Outlines")) || pages.isEmpty())
        return pdf;
    static const QRegularExpression annotsRe(QStringLiteral(R"(/Annots (\d+) 0 R)"));

    if (!pdf.endsWith('\n'))
        pdf += '\n';
    std::vector<std::pair<int, qsizetype>> offsets;
    int next = size;
    const auto write = [&](int number, const QByteArray &body) {
        offsets.emplace_back(number, pdf.size());
        pdf += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    const auto dest = [&](const Target &t) {
        const int page = std::clamp(t.page, 0, int(pages.size()) - 1);
        return "[" + pages.at(page).toLatin1() + " 0 R /XYZ 0 " + pdfNumber(pageHeight - std::max<qreal>(t.top, 0))
            + " 0]";
    };

    // Link annotations, gathered per contents page.
    std::map<int, QByteArray> annots; // page index -> refs
    for (const ContentsLink &link : links) {
        if (link.page < 0 || link.page >= pages.size() || link.section < 0 || link.section >= int(targets.size()))
            continue;
        const int number = next++;
        const QRectF &r = link.rect;
        write(number,
              "<< /Type /Annot /Subtype /Link /Rect [" + pdfNumber(r.left()) + ' ' + pdfNumber(pageHeight - r.bottom())
                  + ' ' + pdfNumber(r.right()) + ' ' + pdfNumber(pageHeight - r.top()) + "] /Border [0 0 0] /F 4 /Dest "
                  + dest(targets[link.section]) + " >>");
        annots[link.page] += QByteArray::number(number) + " 0 R ";
    }
    for (const auto &[page, list] : annots) {
        const QString annotsRef = annotsRe.match(object(pages.at(page))).captured(1);
        if (!annotsRef.isEmpty())
            write(annotsRef.toInt(), "[ " + list + "]");
    }

    // Outline: level-1 sections at the top, level-2 sections under the level-1 section before them.
    const int outlines = next++;
    std::vector<int> numbers(targets.size());
    for (int &n : numbers)
        n = next++;
    std::vector<int> parent(targets.size(), -1);
    int lastTop = -1;
    for (size_t i = 0; i < targets.size(); ++i) {
        if (targets[i].level <= 1 || lastTop < 0)
            lastTop = int(i);
        else
            parent[i] = lastTop;
    }
    const auto children = [&](int of) {
        std::vector<int> list;
        for (size_t i = 0; i < targets.size(); ++i) {
            if (parent[i] == of)
                list.push_back(int(i));
        }
        return list;
    };
    const auto ref = [](int number) { return QByteArray::number(number) + " 0 R"; };
    const std::vector<int> top = children(-1);
    write(outlines,
          "<< /Type /Outlines /First " + ref(numbers[top.front()]) + " /Last " + ref(numbers[top.back()]) + " /Count "
              + QByteArray::number(targets.size()) + " >>");
    const auto writeLevel = [&](const std::vector<int> &list, int parentNumber, const auto &self) -> void {
        for (size_t k = 0; k < list.size(); ++k) {
            const int i = list[k];
            QByteArray body = "<< /Title " + pdfText(targets[i].title) + " /Parent " + ref(parentNumber);
            if (k > 0)
                body += " /Prev " + ref(numbers[list[k - 1]]);
            if (k + 1 < list.size())
                body += " /Next " + ref(numbers[list[k + 1]]);
            const std::vector<int> kids = children(i);
            if (!kids.empty()) {
                body += " /First " + ref(numbers[kids.front()]) + " /Last " + ref(numbers[kids.back()]) + " /Count "
                    + QByteArray::number(kids.size());
            }
            body += " /Dest " + dest(targets[i]) + " >>";
            write(numbers[i], body);
            self(kids, numbers[i], self);
        }
    };
    writeLevel(top, outlines, writeLevel);

    // The catalog again, now with its outline (shown when the file opens).
    write(root.toInt(), "<<\n" + catalog.toLatin1() + "/Outlines " + ref(outlines) + "\n/PageMode /UseOutlines\n>>");

    // Cross-reference section for the new and changed objects, then the trailer pointing back to Qt's.
    std::sort(offsets.begin(), offsets.end());
    const qsizetype xref = pdf.size();
    pdf += "xref\n";
    for (size_t i = 0; i < offsets.size();) {
        size_t j = i + 1;
        while (j < offsets.size() && offsets[j].first == offsets[j - 1].first + 1)
            ++j;
        pdf += QByteArray::number(offsets[i].first) + ' ' + QByteArray::number(qsizetype(j - i)) + '\n';
        for (size_t k = i; k < j; ++k)
            pdf += QByteArray::number(offsets[k].second).rightJustified(10, '0') + " 00000 n \n";
        i = j;
    }
    pdf += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Info " + info.toLatin1() + " 0 R\n/Root "
        + root.toLatin1() + " 0 R\n/Prev " + previous.toLatin1() + '\n' + id.toLatin1() + "\n>>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

QByteArray PdfRenderer::stampPdf(QByteArray pdf, QDate date)
{
    const QDate d = date.isValid() ? date : QDate(1970, 1, 1);
    // Info dictionary: /CreationDate (D:YYYYMMDDHHmmSS+hh'mm') or with Z.
    static const QRegularExpression info(QStringLiteral(R"(/(?:CreationDate|ModDate) ?\((D:[0-9]{14}[^)]*)\))"));
    replaceSameLength(pdf, info, [&](const QRegularExpressionMatch &m) {
        QByteArray value = m.captured(1).toLatin1();
        const QByteArray stamp = "D:" + d.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "000000";
        value.replace(0, stamp.size(), stamp);
        for (qsizetype i = stamp.size(); i < value.size(); ++i) {
            if (value[i] >= '0' && value[i] <= '9')
                value[i] = '0';
            else if (value[i] == '-')
                value[i] = '+';
        }
        return value;
    });
    // XMP: xmp:CreateDate="2026-11-30T10:38:55Z" (Qt 6.4 writes attributes) or <xmp:CreateDate>...</xmp:CreateDate>,
    // and the same for ModifyDate and MetadataDate.
    static const QRegularExpression xmp(
        QStringLiteral(R"(xmp:(?:CreateDate|ModifyDate|MetadataDate)(?:>|=")([0-9][^<"]*)[<"])"));
    replaceSameLength(pdf, xmp, [&](const QRegularExpressionMatch &m) {
        QByteArray value = m.captured(1).toLatin1();
        const QByteArray stamp = d.toString(Qt::ISODate).toLatin1() + "T00:00:00";
        value.replace(0, std::min(stamp.size(), value.size()), stamp.left(value.size()));
        for (qsizetype i = stamp.size(); i < value.size(); ++i) {
            if (value[i] >= '0' && value[i] <= '9')
                value[i] = '0';
            else if (value[i] == '-')
                value[i] = '+';
        }
        return value;
    });
    // The trailer's /ID: a hash of the file with the ID blanked (so it depends on the content only).
    static const QRegularExpression id(QStringLiteral(R"(/ID ?\[ ?<([0-9A-Fa-f]+)> ?<([0-9A-Fa-f]+)> ?\])"));
    QByteArray blanked = pdf;
    {
        const QString text = QString::fromLatin1(blanked);
        auto it = id.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            for (int group = 1; group <= 2; ++group)
                blanked.replace(
                    m.capturedStart(group), m.capturedLength(group), QByteArray(m.capturedLength(group), '0'));
        }
    }
    const QByteArray hash = QCryptographicHash::hash(blanked, QCryptographicHash::Sha256).toHex();
    const auto hex = [&](qsizetype length) {
        QByteArray value;
        while (value.size() < length)
            value += hash;
        return value.left(length);
    };
    const QString text = QString::fromLatin1(pdf);
    auto it = id.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (int group = 1; group <= 2; ++group)
            pdf.replace(m.capturedStart(group), m.capturedLength(group), hex(m.capturedLength(group)));
    }
    // XMP document and instance ids (uuid:...), where Qt writes them.
    static const QRegularExpression uuid(QStringLiteral(R"(uuid:([0-9a-fA-F-]{36}))"));
    replaceSameLength(pdf, uuid, [&](const QRegularExpressionMatch &m) {
        QByteArray value = m.captured(1).toLatin1();
        qsizetype h = 0;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value[i] != '-')
                value[i] = hash[h++ % hash.size()];
        }
        return value;
    });
    return pdf;
}

namespace {

/// Lays `document` out into `lay`: the cover, the contents (page numbers filled in when painting) and the sections.
/// Progress 0-50 through `feedback`.
Result<void> layOut(Layouter &lay, const Document &document, Feedback *feedback)
{
    const QRectF &body = lay.body;

    // Cover.
    lay.newPage();
    lay.y = body.top() + body.height() * 0.18;
    if (!document.classification.isEmpty()) {
        lay.text(QPointF(body.left(), body.top() + lay.metrics(Role::Bold).ascent()),
                 document.classification.toUpper(),
                 Role::Bold,
                 QColor(0x9b, 0x1c, 0x1c));
    }
    lay.lines(lay.wrap(document.title, Role::Title, body.width()), Role::Title, body.left(), accent());
    lay.y += 6;
    lay.lines(lay.wrap(document.subtitle, Role::Subtitle, body.width()), Role::Subtitle, body.left(), muted());
    lay.y += 14;
    lay.line(QPointF(body.left(), lay.y), QPointF(body.right(), lay.y), accent());
    lay.y += 18;
    KeyValues facts;
    facts.rows.emplace_back(PdfRenderer::tr("Entity"), document.entity);
    facts.rows.emplace_back(PdfRenderer::tr("Date"), document.date.toString(Qt::ISODate));
    if (!document.classification.isEmpty())
        facts.rows.emplace_back(PdfRenderer::tr("Classification"), document.classification);
    for (const auto &row : document.cover.rows)
        facts.rows.push_back(row);
    lay.keyValues(facts, body.left(), body.right());

    // Contents: one line per level-1 and level-2 section, page numbers filled in after the layout.
    lay.newPage();
    lay.heading(PdfRenderer::tr("Contents"), 1, 0);
    for (size_t i = 0; i < document.sections.size(); ++i) {
        const Section &section = document.sections[i];
        const bool top = section.level <= 1;
        const Role role = top ? Role::Bold : Role::Body;
        const qreal indent = top ? 0 : 18;
        const qreal numberWidth = 36;
        const QStringList wrapped = lay.wrap(section.title, role, body.width() - indent - numberWidth);
        if (top && i > 0)
            lay.y += 5;
        lay.lines(wrapped, role, body.left() + indent);
        const qreal entryHeight = wrapped.size() * lay.lineHeight(role);
        lay.links.push_back({int(lay.pages.size()) - 1,
                             QRectF(body.left() + indent, lay.y - entryHeight, body.width() - indent, entryHeight),
                             int(i)});
        Item number;
        number.kind = Item::Kind::PageNumber;
        number.at = QPointF(body.right(),
                            lay.y - lay.lineHeight(role) + lay.metrics(role).ascent()
                                + (lay.lineHeight(role) - lay.metrics(role).height()) / 2);
        number.role = role;
        number.section = int(i);
        lay.pages.back().items.push_back(number);
        lay.y += 2;
    }

    // Sections.
    lay.sectionPage.assign(document.sections.size(), 0);
    lay.sectionTop.assign(document.sections.size(), 0);
    for (size_t i = 0; i < document.sections.size(); ++i) {
        if (feedback) {
            if (feedback->isCanceled())
                return canceled();
            feedback->setProgress(50.0 * double(i) / double(document.sections.size()));
        }
        const Section &section = document.sections[i];
        if (section.level <= 1)
            lay.newPage();
        lay.heading(section.title, section.level, section.blocks.empty() ? 0 : lay.startHeight(section.blocks.front()));
        lay.sectionPage[i] = int(lay.pages.size()) - 1;
        lay.sectionTop[i] = lay.headingTop;
        for (const Block &block : section.blocks) {
            std::visit(
                [&](const auto &b) {
                    using B = std::decay_t<decltype(b)>;
                    if constexpr (std::is_same_v<B, Paragraph>)
                        lay.paragraph(b.text);
                    else if constexpr (std::is_same_v<B, Bullets>)
                        lay.bullets(b);
                    else if constexpr (std::is_same_v<B, KeyValues>)
                        lay.keyValues(b, body.left(), body.right());
                    else if constexpr (std::is_same_v<B, Table>)
                        lay.table(b);
                    else if constexpr (std::is_same_v<B, Figure>)
                        lay.figure(b);
                },
                block);
            lay.y += 10;
        }
    }
    return {};
}

/// What every page shows besides its items: the header's and footer's texts and where they sit.
struct PageFrame {
    QString title;
    QString entity;
    QString classification;
    QMarginsF margins; ///< in points
    QSizeF pagePoints;
    int pageCount = 0;
};

/// Paints page `p` (0-based) of `lay`, in points: the header and footer (not on the cover), then its items. The one
/// painting code for the PDF writer and for the preview's images.
void paintPage(QPainter &painter, const Layouter &lay, const PageFrame &frame, int p)
{
    const QRectF &body = lay.body;
    if (p > 0) {
        // Header: entity left, report title right; footer: classification left, page right.
        const qreal headerBase = frame.margins.top() * 0.55;
        painter.setFont(lay.font(Role::Small));
        painter.setPen(muted());
        const QString title = lay.metrics(Role::Small).elidedText(frame.title, Qt::ElideRight, body.width() / 2);
        const QString entity = lay.metrics(Role::Small).elidedText(frame.entity, Qt::ElideRight, body.width() / 2 - 12);
        painter.drawText(QPointF(body.left(), headerBase), entity);
        painter.drawText(QPointF(body.right() - lay.width(title, Role::Small), headerBase), title);
        painter.setPen(QPen(rule(), 0.5));
        painter.drawLine(QPointF(body.left(), headerBase + 5), QPointF(body.right(), headerBase + 5));
        const qreal footerBase = frame.pagePoints.height() - frame.margins.bottom() * 0.45;
        painter.drawLine(QPointF(body.left(), footerBase - 11), QPointF(body.right(), footerBase - 11));
        painter.setPen(muted());
        painter.drawText(QPointF(body.left(), footerBase), frame.classification);
        const QString page = PdfRenderer::tr("Page %1 of %2").arg(p + 1).arg(frame.pageCount);
        painter.drawText(QPointF(body.right() - lay.width(page, Role::Small), footerBase), page);
    }
    for (const Item &item : lay.pages[p].items) {
        switch (item.kind) {
            case Item::Kind::Text:
                painter.setFont(lay.font(item.role));
                painter.setPen(item.color);
                painter.drawText(item.at, item.text);
                break;
            case Item::Kind::PageNumber: {
                const QString number = QString::number(lay.sectionPage[item.section] + 1);
                painter.setFont(lay.font(item.role));
                painter.setPen(ink());
                painter.drawText(QPointF(item.at.x() - lay.width(number, item.role), item.at.y()), number);
                break;
            }
            case Item::Kind::Rect: painter.fillRect(item.rect, item.color); break;
            case Item::Kind::Line:
                painter.setPen(QPen(item.color, 0.5));
                painter.drawLine(item.at, item.to);
                break;
            case Item::Kind::Figure:
                painter.save();
                painter.setClipRect(item.rect);
                item.figure->paint(painter, item.rect);
                painter.restore();
                break;
        }
    }
}

QPageSize pageSizeOf(const PdfSettings &settings)
{
    return QPageSize(settings.paper == PdfSettings::Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

/// Sets up `writer` the same way for the PDF and for the preview's layout (whose metrics come from a writer too, so
/// that the preview breaks lines and pages where the PDF does).
void setUp(QPdfWriter &writer, const PdfSettings &settings)
{
    writer.setResolution(72); // one unit is one point
    writer.setPageLayout(
        QPageLayout(pageSizeOf(settings), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
}

} // namespace

struct PdfPages::Private {
    std::unique_ptr<Layouter> lay;
    PageFrame frame;
    QMutex mutex; ///< serialises painting: the fonts and metrics are shared by every page
};

PdfPages::PdfPages() : d(std::make_unique<Private>())
{ }

PdfPages::~PdfPages() = default;

int PdfPages::count() const
{
    return d->frame.pageCount;
}

QSizeF PdfPages::pageSize() const
{
    return d->frame.pagePoints;
}

QImage PdfPages::page(int index, qreal dpi) const
{
    if (index < 0 || index >= count() || dpi <= 0)
        return {};
    const QMutexLocker locker(&d->mutex);
    const qreal scale = dpi / 72;
    QImage image(QSize(qCeil(d->frame.pagePoints.width() * scale), qCeil(d->frame.pagePoints.height() * scale)),
                 QImage::Format_RGB32);
    // At 72 dots per inch a point is a pixel, as on the PDF writer: fonts come out at the sizes the layout measured,
    // and the painter's scale makes the resolution.
    const int pointsPerMeter = qRound(72 / 0.0254);
    image.setDotsPerMeterX(pointsPerMeter);
    image.setDotsPerMeterY(pointsPerMeter);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        paintPage(painter, *d->lay, d->frame, index);
    }
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    return image;
}

Result<std::shared_ptr<const PdfPages>>
PdfRenderer::layOutPages(const Document &document, const PdfSettings &settings, Feedback *feedback)
{
    QBuffer sink; // never written: the writer only lends its metrics
    QPdfWriter writer(&sink);
    setUp(writer, settings);
    auto pages = std::shared_ptr<PdfPages>(new PdfPages);
    pages->d->lay = std::make_unique<Layouter>(settings, &writer, pageSizeOf(settings).sizePoints());
    const Result<void> laid = layOut(*pages->d->lay, document, feedback);
    if (!laid)
        return laid.error();
    pages->d->lay->detach();
    pages->d->frame = {document.title,
                       document.entity,
                       document.classification,
                       settings.margins * mmToPt,
                       pageSizeOf(settings).sizePoints(),
                       int(pages->d->lay->pages.size())};
    if (feedback)
        feedback->setProgress(50.0);
    return std::shared_ptr<const PdfPages>(std::move(pages));
}

Result<std::vector<QImage>>
PdfRenderer::renderPages(const Document &document, const PdfSettings &settings, qreal dpi, Feedback *feedback)
{
    auto pages = layOutPages(document, settings, feedback);
    if (!pages)
        return pages.error();
    std::vector<QImage> images;
    const int count = (*pages)->count();
    images.reserve(size_t(count));
    for (int p = 0; p < count; ++p) {
        if (feedback) {
            if (feedback->isCanceled())
                return canceled();
            feedback->setProgress(50.0 + 50.0 * p / count);
        }
        images.push_back((*pages)->page(p, dpi));
    }
    if (feedback)
        feedback->setProgress(100.0);
    return images;
}

Result<QByteArray> PdfRenderer::render(const Document &document, const PdfSettings &settings, Feedback *feedback)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    if (settings.pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    setUp(writer, settings);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Bulwark"));

    Layouter lay(settings, &writer, pageSizeOf(settings).sizePoints());
    const Result<void> laid = layOut(lay, document, feedback);
    if (!laid)
        return laid.error();

    // Paint.
    const PageFrame frame{document.title,
                          document.entity,
                          document.classification,
                          settings.margins * mmToPt,
                          pageSizeOf(settings).sizePoints(),
                          int(lay.pages.size())};
    const int pageCount = frame.pageCount;
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(Error::Code::Io, tr("The PDF writer could not start."));
    painter.setRenderHint(QPainter::Antialiasing);
    for (int p = 0; p < pageCount; ++p) {
        if (feedback) {
            if (feedback->isCanceled()) {
                painter.end();
                return canceled();
            }
            feedback->setProgress(50.0 + 50.0 * p / pageCount);
        }
        if (p > 0)
            writer.newPage();
        paintPage(painter, lay, frame, p);
    }
    if (!painter.end())
        return makeError(Error::Code::Io, tr("The PDF writer could not finish."));
    buffer.close();
    if (feedback)
        feedback->setProgress(100.0);
    std::vector<Target> targets;
    for (size_t i = 0; i < document.sections.size(); ++i) {
        targets.push_back(
            {lay.sectionPage[i], lay.sectionTop[i] - 6, document.sections[i].title, document.sections[i].level});
    }
    return stampPdf(appendNavigation(std::move(bytes), lay.links, targets, frame.pagePoints.height()), document.date);
}

Result<void>
PdfRenderer::write(const QString &path, const Document &document, const PdfSettings &settings, Feedback *feedback)
{
    Result<QByteArray> pdf = render(document, settings, feedback);
    if (!pdf)
        return pdf.error();
    return exchange::SafeOutput::writeFile(path, *pdf);
}

} // namespace bulwark::reports
