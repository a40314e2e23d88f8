// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The review of a register of information for people: report documents that the HTML and CSV back ends render, so
// that the review looks like every other report of Bulwark and is written by the same code.
#include "reports/roireview.h"

#include "model/feedback.h"
#include "model/i18n/language.h"
#include "reports/csvrenderer.h"
#include "reports/htmlrenderer.h"

#include <algorithm>
#include <map>

namespace bulwark::reports {

namespace {

using roi::Problem;
using roi::Severity;
using roi::TemplateId;

constexpr std::array<Severity, 3> severities{Severity::Blocking, Severity::Error, Severity::Warning};

QString indexName()
{
    return QStringLiteral("index.html");
}

QString problemsName()
{
    return QStringLiteral("problems");
}

/// "b_02_02" for B_02.02: the name of its page and of its CSV file.
QString baseName(TemplateId id)
{
    QString name = QString::fromLatin1(roi::templateOf(id).file);
    name.chop(4); // ".csv"
    name.replace(u'.', u'_');
    return name;
}

QString number(qsizetype n)
{
    return i18n::locale().toString(qlonglong(n));
}

QString columnHeader(const roi::Column &column)
{
    return QStringLiteral("%1 %2").arg(QLatin1StringView(column.code),
                                       QCoreApplication::translate("Roi", column.label));
}

/// The header of a column and of the column beside it that holds the EBA codes of a closed list.
QString columnHeader(const roi::Template &templ, const QString &code)
{
    const int column = templ.column(code);
    return column < 0 ? code : columnHeader(templ.columns[std::size_t(column)]);
}

QString severityName(Severity severity)
{
    switch (severity) {
        case Severity::Blocking: return RoiReview::tr("Blocking");
        case Severity::Error: return RoiReview::tr("Error");
        case Severity::Warning: return RoiReview::tr("Warning");
    }
    return {};
}

QString severityToken(Severity severity)
{
    switch (severity) {
        case Severity::Blocking: return QStringLiteral("blocking");
        case Severity::Error: return QStringLiteral("error");
        case Severity::Warning: return QStringLiteral("warning");
    }
    return {};
}

QString severityTitle(Severity severity)
{
    switch (severity) {
        case Severity::Blocking: return RoiReview::tr("Blocking: the supervisor's reception rejects the package");
        case Severity::Error: return RoiReview::tr("Errors: the supervisor flags the data");
        case Severity::Warning: return RoiReview::tr("Warnings: probably wrong, worth a look");
    }
    return {};
}

Tone toneOf(Severity severity)
{
    return severity == Severity::Warning ? Tone::Warning : Tone::Bad;
}

/// A value as people read it: the words, and the code that is filed when the words are not the code itself.
struct Shown {
    QString words;
    QString code;
    bool numeric = false;
};

/// `forSpreadsheet`: numbers stay digits (a spreadsheet reads them), else they are grouped in the page's language.
Shown shown(const roi::Column &column, const QString &value, bool forSpreadsheet)
{
    if (value.isEmpty())
        return {};
    switch (column.kind) {
        case roi::ValueKind::Code:
            if (column.list) {
                if (const roi::Code *code = roi::Codes::byEba(*column.list, value))
                    return {roi::Codes::label(*code), value};
            }
            return {value, {}}; // not in its list: the checks say so, the page shows it as it is
        case roi::ValueKind::Country: {
            if (value == roi::facts::value("not_applicable_country"))
                return {RoiReview::tr("Not applicable"), value};
            const QString iso = roi::written::countryOf(value);
            return {iso.isEmpty() ? value : iso, {}};
        }
        case roi::ValueKind::Currency: {
            const QString iso = roi::written::currencyOf(value);
            return {iso.isEmpty() ? value : iso, {}};
        }
        case roi::ValueKind::Boolean:
            return {value == u"true" ? roi::Codes::label(roi::CodeList::YesNo, u"yes") : value, {}};
        case roi::ValueKind::Monetary: {
            bool ok = false;
            const qlonglong amount = value.toLongLong(&ok);
            return {ok && !forSpreadsheet ? i18n::locale().toString(amount) : value, {}, true};
        }
        case roi::ValueKind::Integer: return {value, {}, true};
        case roi::ValueKind::Text:
        case roi::ValueKind::Lei:
        case roi::ValueKind::Date:
        case roi::ValueKind::LicensedActivity: break;
    }
    return {value, {}};
}

bool hasCodes(const roi::Column &column)
{
    return column.kind == roi::ValueKind::Code && column.list.has_value();
}

/// Where a problem leads on its template's page: its row, or the rows when it is about the whole table.
QString linkOf(const Problem &problem)
{
    return RoiReview::pageName(problem.table) + u'#'
        + (problem.row >= 0 ? RoiReview::rowAnchor(problem.row) : QStringLiteral("rows"));
}

/// The row's name in a problem list: its key, or its number when it has no key (B_99.01, a row with empty keys).
QString rowName(const Problem &problem)
{
    if (problem.row < 0)
        return RoiReview::tr("the whole table");
    return problem.rowKey.isEmpty() ? RoiReview::tr("row %1").arg(problem.row + 1) : problem.rowKey;
}

QString sourceText(const roi::Source &source)
{
    return source.table.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(source.table, source.key);
}

/// The problems of each template, by row (-1: the whole table), in the checks' order.
using ProblemsByRow = std::map<int, std::vector<const Problem *>>;

struct Context {
    const roi::Report &report;
    std::array<ProblemsByRow, roi::templateCount> byTable;
    std::array<qsizetype, roi::templateCount> counts{};
    std::array<qsizetype, 3> bySeverity{};
    QString entity;

    Context(const roi::Report &r, const std::vector<Problem> &problems) : report(r)
    {
        for (const Problem &p : problems) {
            byTable[std::size_t(p.table)][p.row].push_back(&p);
            ++counts[std::size_t(p.table)];
            ++bySeverity[std::size_t(p.severity)];
        }
        const roi::Table &b0101 = r.table(TemplateId::B0101);
        const int name = roi::templateOf(TemplateId::B0101).column(u"c0020");
        if (!b0101.rows.empty() && name >= 0)
            entity = b0101.rows.front().value(name);
        if (entity.isEmpty())
            entity = r.lei;
    }

    QString consolidation() const
    {
        return report.consolidation == roi::Consolidation::Consolidated ? RoiReview::tr("Consolidated (CON)")
                                                                        : RoiReview::tr("Individual (IND)");
    }

    QString problemSummary() const
    {
        if (bySeverity[0] + bySeverity[1] + bySeverity[2] == 0)
            return RoiReview::tr("None");
        QStringList parts;
        for (const Severity s : severities) {
            if (const qsizetype n = bySeverity[std::size_t(s)])
                parts << QStringLiteral("%1: %2").arg(severityName(s), number(n));
        }
        return parts.join(QStringLiteral(", "));
    }

    Tone worstTone(TemplateId id) const
    {
        Tone tone = Tone::Neutral;
        for (const auto &[row, list] : byTable[std::size_t(id)]) {
            for (const Problem *p : list)
                tone = std::max(tone, toneOf(p->severity));
        }
        return tone;
    }
};

/// A problem list: one row per problem with its row as a link; `withTemplate` for the index, which lists them all.
Table problemTable(const QString &id, const std::vector<const Problem *> &problems, bool withTemplate)
{
    Table table;
    table.id = id;
    if (withTemplate)
        table.headers << RoiReview::tr("Template");
    else
        table.headers << RoiReview::tr("Severity");
    table.headers << RoiReview::tr("Row") << RoiReview::tr("Column") << RoiReview::tr("Rule")
                  << RoiReview::tr("Problem") << RoiReview::tr("Where to fix it");
    for (const Problem *p : problems) {
        const roi::Template &templ = roi::templateOf(p->table);
        std::vector<Text> row;
        if (withTemplate) {
            Text code(QString::fromLatin1(templ.code));
            code.link = RoiReview::pageName(p->table);
            row.push_back(code);
        } else {
            row.emplace_back(severityName(p->severity), toneOf(p->severity));
        }
        Text where(rowName(*p));
        where.link = withTemplate ? linkOf(*p) : linkOf(*p).mid(RoiReview::pageName(p->table).size());
        row.push_back(where);
        row.emplace_back(p->column.isEmpty() ? QString() : columnHeader(templ, p->column));
        row.emplace_back(p->rule);
        row.emplace_back(p->message);
        row.emplace_back(sourceText(p->source));
        table.rows.push_back(std::move(row));
    }
    return table;
}

Document indexDocument(const Context &c)
{
    const roi::Report &report = c.report;
    Document d;
    d.title = RoiReview::tr("Register of information: review");
    d.subtitle = RoiReview::tr("What will be filed, template by template, and what the checks found");
    d.entity = c.entity;
    d.language = i18n::currentLanguage();
    Tone worst = Tone::Neutral;
    for (const roi::Template &t : roi::templates())
        worst = std::max(worst, c.worstTone(t.id));
    d.cover.rows = {
        {RoiReview::tr("LEI of the entity maintaining the register"), Text(report.lei)},
        {RoiReview::tr("Consolidation"), Text(c.consolidation())},
        {RoiReview::tr("Reference date"), Text(roi::written::date(report.referenceDate))},
        {RoiReview::tr("Problems"), Text(c.problemSummary(), worst)},
    };

    Section templates{QStringLiteral("templates"), RoiReview::tr("Templates"), 1, {}};
    Table list;
    list.id = QStringLiteral("templates");
    list.headers = {RoiReview::tr("Template"),
                    RoiReview::tr("Title"),
                    RoiReview::tr("Reported"),
                    RoiReview::tr("Rows"),
                    RoiReview::tr("Problems"),
                    RoiReview::tr("Table for spreadsheets")};
    list.numeric = {false, false, false, true, true, false};
    for (const roi::Template &t : roi::templates()) {
        const roi::Table &table = report.table(t.id);
        Text code(QString::fromLatin1(t.code));
        code.link = RoiReview::pageName(t.id);
        Text csv(RoiReview::csvName(t.id));
        csv.link = RoiReview::csvName(t.id);
        const qsizetype problems = c.counts[std::size_t(t.id)];
        list.rows.push_back({code,
                             Text(t.titleText()),
                             Text(roi::Codes::label(roi::CodeList::YesNo, table.reported ? u"yes" : u"no")),
                             Text(number(qsizetype(table.rows.size())), Tone::Neutral, double(table.rows.size())),
                             Text(number(problems), problems > 0 ? c.worstTone(t.id) : Tone::Neutral, double(problems)),
                             csv});
        list.keys << QString::fromLatin1(t.code);
    }
    templates.blocks.emplace_back(std::move(list));
    d.sections.push_back(std::move(templates));

    Section problems{QStringLiteral("problems"), RoiReview::tr("Problems"), 1, {}};
    std::array<std::vector<const Problem *>, 3> grouped;
    for (const ProblemsByRow &table : c.byTable) {
        for (const auto &[row, inRow] : table) {
            for (const Problem *p : inRow)
                grouped[std::size_t(p->severity)].push_back(p);
        }
    }
    if (grouped[0].empty() && grouped[1].empty() && grouped[2].empty()) {
        problems.blocks.emplace_back(Paragraph{RoiReview::tr("None: the register passes every check.")});
        d.sections.push_back(std::move(problems));
    } else {
        problems.blocks.emplace_back(Paragraph{
            RoiReview::tr("Each problem names its template, row and column and links to the row on the template's "
                          "page. \"Where to fix it\" names the register's record the value comes from.")});
        d.sections.push_back(std::move(problems));
        for (const Severity s : severities) {
            const auto &ofSeverity = grouped[std::size_t(s)];
            if (ofSeverity.empty())
                continue;
            Section group{QStringLiteral("problems-") + severityToken(s),
                          QStringLiteral("%1 (%2)").arg(severityTitle(s), number(qsizetype(ofSeverity.size()))),
                          2,
                          {}};
            group.blocks.emplace_back(problemTable(QStringLiteral("problems-") + severityToken(s), ofSeverity, true));
            d.sections.push_back(std::move(group));
        }
    }

    Section files{QStringLiteral("files"), RoiReview::tr("Tables for spreadsheets"), 1, {}};
    files.blocks.emplace_back(Paragraph{
        RoiReview::tr("Beside this page: %1 lists every problem, and one CSV file per template holds its rows (UTF-8, "
                      "comma-separated). Their header row names each column by its code and label (\"c0010 Label\"); "
                      "a column of a closed list shows its values in words and is followed by a column with the EBA "
                      "codes that are filed. The first column, \"#\", is the row's number as the problems name it.")
            .arg(problemsName() + QStringLiteral(".csv"))});
    d.sections.push_back(std::move(files));
    return d;
}

Document pageDocument(const Context &c, const roi::Template &templ)
{
    const roi::Report &report = c.report;
    const roi::Table &table = report.table(templ.id);
    const ProblemsByRow &problems = c.byTable[std::size_t(templ.id)];
    Document d;
    d.title = QStringLiteral("%1 %2").arg(QLatin1StringView(templ.code), templ.titleText());
    d.subtitle = RoiReview::tr("Register of information: review");
    d.entity = c.entity;
    d.language = i18n::currentLanguage();
    Text back(RoiReview::tr("All templates and problems"));
    back.link = indexName();
    Text csv(RoiReview::csvName(templ.id));
    csv.link = RoiReview::csvName(templ.id);
    const qsizetype count = c.counts[std::size_t(templ.id)];
    d.cover.rows = {
        {RoiReview::tr("Overview"), back},
        {RoiReview::tr("LEI of the entity maintaining the register"), Text(report.lei)},
        {RoiReview::tr("Reference date"), Text(roi::written::date(report.referenceDate))},
        {RoiReview::tr("Reported"), Text(roi::Codes::label(roi::CodeList::YesNo, table.reported ? u"yes" : u"no"))},
        {RoiReview::tr("Rows"), Text(number(qsizetype(table.rows.size())))},
        {RoiReview::tr("Problems"), Text(number(count), count > 0 ? c.worstTone(templ.id) : Tone::Neutral)},
        {RoiReview::tr("Table for spreadsheets"), csv},
    };

    if (count > 0) {
        Section section{QStringLiteral("problems"), RoiReview::tr("Problems in this template"), 1, {}};
        std::vector<const Problem *> list;
        for (const auto &[row, ps] : problems)
            list.insert(list.end(), ps.begin(), ps.end());
        section.blocks.emplace_back(problemTable(QStringLiteral("problems"), list, false));
        d.sections.push_back(std::move(section));
    }

    Section rows{QStringLiteral("rows"), RoiReview::tr("Rows"), 1, {}};
    if (table.rows.empty()) {
        rows.blocks.emplace_back(Paragraph{RoiReview::tr("This template has no rows.")});
    } else {
        Table t;
        t.id = baseName(templ.id);
        t.headers << QStringLiteral("#");
        t.numeric.push_back(true);
        for (const roi::Column &column : templ.columns) {
            t.headers << columnHeader(column);
            t.numeric.push_back(column.kind == roi::ValueKind::Integer || column.kind == roi::ValueKind::Monetary);
        }
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const roi::Row &row = table.rows[r];
            std::vector<Text> cells;
            cells.reserve(templ.columns.size() + 1);
            cells.emplace_back(number(qsizetype(r) + 1), Tone::Neutral, double(r + 1));
            for (std::size_t col = 0; col < templ.columns.size(); ++col) {
                const QString value = qsizetype(col) < row.values.size() ? row.values[qsizetype(col)] : QString();
                const Shown s = shown(templ.columns[col], value, false);
                Text cell(s.words);
                cell.detail = s.code;
                cells.push_back(std::move(cell));
            }
            // Marks: the row's number and each cell a problem names, in the tone of its worst problem.
            const auto found = problems.find(int(r));
            if (found != problems.end()) {
                for (const Problem *p : found->second) {
                    const Tone tone = toneOf(p->severity);
                    cells[0].tone = std::max(cells[0].tone, tone);
                    const int col = p->column.isEmpty() ? -1 : templ.column(p->column);
                    if (col >= 0)
                        cells[std::size_t(col) + 1].tone = std::max(cells[std::size_t(col) + 1].tone, tone);
                }
            }
            t.rows.push_back(std::move(cells));
            t.anchors << RoiReview::rowAnchor(int(r));
        }
        rows.blocks.emplace_back(std::move(t));
    }
    d.sections.push_back(std::move(rows));
    return d;
}

Table problemsCsv(const std::vector<Problem> &problems)
{
    Table t;
    t.id = problemsName();
    t.headers = {RoiReview::tr("Severity"),
                 RoiReview::tr("Template"),
                 RoiReview::tr("Row"),
                 RoiReview::tr("Row key"),
                 RoiReview::tr("Column"),
                 RoiReview::tr("Column label"),
                 RoiReview::tr("Rule"),
                 RoiReview::tr("Problem"),
                 RoiReview::tr("Record table"),
                 RoiReview::tr("Record key")};
    for (const Problem &p : problems) {
        const roi::Template &templ = roi::templateOf(p.table);
        const int column = p.column.isEmpty() ? -1 : templ.column(p.column);
        t.rows.push_back(
            {Text(severityName(p.severity)),
             Text(QString::fromLatin1(templ.code)),
             Text(p.row >= 0 ? QString::number(p.row + 1) : QString()),
             Text(p.rowKey),
             Text(p.column),
             Text(column >= 0 ? QCoreApplication::translate("Roi", templ.columns[std::size_t(column)].label)
                              : QString()),
             Text(p.rule),
             Text(p.message),
             Text(p.source.table),
             Text(p.source.key)});
    }
    return t;
}

Table templateCsv(const roi::Report &report, const roi::Template &templ)
{
    Table t;
    t.id = baseName(templ.id);
    t.headers << QStringLiteral("#");
    for (const roi::Column &column : templ.columns) {
        t.headers << columnHeader(column);
        if (hasCodes(column))
            t.headers << RoiReview::tr("%1 (EBA code)").arg(QLatin1StringView(column.code));
    }
    const roi::Table &table = report.table(templ.id);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const roi::Row &row = table.rows[r];
        std::vector<Text> cells{Text(QString::number(r + 1))};
        for (std::size_t col = 0; col < templ.columns.size(); ++col) {
            const QString value = qsizetype(col) < row.values.size() ? row.values[qsizetype(col)] : QString();
            const Shown s = shown(templ.columns[col], value, true);
            cells.emplace_back(s.words);
            if (hasCodes(templ.columns[col]))
                cells.emplace_back(value);
        }
        t.rows.push_back(std::move(cells));
    }
    return t;
}

} // namespace

QString RoiReview::pageName(roi::TemplateId id)
{
    return baseName(id) + QStringLiteral(".html");
}

QString RoiReview::csvName(roi::TemplateId id)
{
    return baseName(id) + QStringLiteral(".csv");
}

QString RoiReview::rowAnchor(int row)
{
    return QStringLiteral("row-%1").arg(row + 1);
}

RoiReviewDocuments RoiReview::build(const roi::Report &report, const std::vector<roi::Problem> &problems)
{
    const Context context(report, problems);
    RoiReviewDocuments documents;
    documents.index = indexDocument(context);
    for (const roi::Template &templ : roi::templates())
        documents.pages[std::size_t(templ.id)] = pageDocument(context, templ);
    documents.tables.title = documents.index.title;
    documents.tables.language = documents.index.language;
    Section tables{QStringLiteral("tables"), documents.index.title, 1, {}};
    tables.blocks.emplace_back(problemsCsv(problems));
    for (const roi::Template &templ : roi::templates())
        tables.blocks.emplace_back(templateCsv(report, templ));
    documents.tables.sections.push_back(std::move(tables));
    return documents;
}

Result<QList<exchange::SafeOutput::File>> RoiReview::render(const roi::Report &report,
                                                            const std::vector<roi::Problem> &problems,
                                                            const QString &language,
                                                            Feedback *feedback)
{
    // The review speaks its own language on this thread, as Reports::build does.
    const QString lang = language.isEmpty() ? i18n::language() : i18n::resolve(language).value_or(i18n::language());
    const i18n::ScopedLanguage speaking(lang);
    const RoiReviewDocuments documents = build(report, problems);
    const auto canceled = [] { return makeError(Error::Code::Canceled, tr("The review was canceled.")); };

    QList<exchange::SafeOutput::File> files;
    HtmlSettings index;
    index.language = lang;
    auto html = HtmlRenderer::render(documents.index, index);
    if (!html)
        return html.error();
    files.append({indexName(), *html});
    HtmlSettings page = index;
    page.contents = false;
    page.wide = true;
    for (const roi::Template &templ : roi::templates()) {
        if (feedback && feedback->isCanceled())
            return canceled();
        auto bytes = HtmlRenderer::render(documents.pages[std::size_t(templ.id)], page);
        if (!bytes)
            return bytes.error();
        files.append({pageName(templ.id), *bytes});
        if (feedback)
            feedback->setProgress(80.0 * double(std::size_t(templ.id) + 1) / double(roi::templateCount));
    }
    auto csv = CsvRenderer::render(documents.tables);
    if (!csv)
        return csv.error();
    files.append(*csv);
    if (feedback && feedback->isCanceled())
        return canceled();
    return files;
}

Result<QStringList> RoiReview::write(const QString &directory,
                                     const roi::Report &report,
                                     const std::vector<roi::Problem> &problems,
                                     const QString &language,
                                     Feedback *feedback)
{
    auto files = render(report, problems, language, feedback);
    if (!files)
        return files.error();
    if (auto written = exchange::SafeOutput::writeFolder(directory, *files); !written)
        return written.error();
    if (feedback)
        feedback->setProgress(100);
    QStringList names;
    for (const exchange::SafeOutput::File &file : std::as_const(*files))
        names << file.name;
    return names;
}

} // namespace bulwark::reports
