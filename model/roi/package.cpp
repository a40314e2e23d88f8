// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The xBRL-CSV report package of the register of information (docs/roi.md, "The package"; the EBA's sample
// in ../shared/samples/dora-register). The ZIP itself is libzip's (Debian's libzip-dev).
#include "model/roi/package.h"

#include "model/exchange/safeoutput.h"
#include "model/exchange/textchecks.h"
#include "model/logging.h"
#include "model/roi/codes.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <ctime>
#include <memory>
#include <optional>
#include <vector>
#include <zip.h>

namespace bulwark::roi {

using namespace Qt::StringLiterals;

namespace {

/// The texts' translation context, "Roi", in a form lupdate reads.
struct PackageText {
    Q_DECLARE_TR_FUNCTIONS(Roi)
};

QString consolidationCode(Consolidation consolidation)
{
    return consolidation == Consolidation::Consolidated ? u"CON"_s : u"IND"_s;
}

QByteArray lineEnd()
{
    return facts::value("line_end").toLatin1();
}

/// "iso4217:" from the fact "iso4217:EUR".
QString currencyScheme()
{
    const QString fact = facts::value("base_currency");
    return fact.left(fact.indexOf(u':') + 1);
}

// ---- Writing ----

/// One value as RFC 4180 writes it: quoted only when it holds a comma, a double quote, CR or LF.
QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\r') && !bytes.contains('\n'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

void appendCsvLine(QByteArray &out, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(values[i]);
    }
    out += lineEnd();
}

QByteArray templateCsv(const Template &tmpl, const Table &table)
{
    QByteArray out;
    QStringList header;
    for (const Column &column : tmpl.columns)
        header.append(QLatin1StringView(column.code));
    appendCsvLine(out, header);
    for (const Row &row : table.rows)
        appendCsvLine(out, row.values);
    return out;
}

QByteArray parametersCsv(const Report &report)
{
    QByteArray out;
    appendCsvLine(out, {u"name"_s, u"value"_s});
    appendCsvLine(
        out,
        {u"entityID"_s, facts::value("entity_scheme") + report.lei + u'.' + consolidationCode(report.consolidation)});
    appendCsvLine(out, {u"refPeriod"_s, written::date(report.referenceDate)});
    appendCsvLine(out, {u"baseCurrency"_s, currencyScheme() + report.baseCurrency});
    appendCsvLine(out, {u"decimalsInteger"_s, facts::value("decimals_integer")});
    appendCsvLine(out, {u"decimalsMonetary"_s, facts::value("decimals_monetary")});
    return out;
}

QByteArray filingIndicatorsCsv(const Report &report)
{
    QByteArray out;
    appendCsvLine(out, {u"templateID"_s, u"reported"_s});
    for (const Template &tmpl : templates())
        appendCsvLine(out, {QString::fromLatin1(tmpl.code), report.table(tmpl.id).reported ? u"true"_s : u"false"_s});
    return out;
}

/// META-INF/reportPackage.json as the EBA's sample writes it (its indentation, CR LF, a line end at the end).
QByteArray reportPackageJson()
{
    const QByteArray n = lineEnd();
    return "{" + n + "  \"documentInfo\": {" + n + "   \"documentType\": \""
        + facts::value("report_package_type").toUtf8() + "\"" + n + "  }" + n + "}" + n;
}

/// reports/report.json as the EBA's sample writes it: it extends the DORA module and adds nothing (no line end at
/// the end, as in the sample).
QByteArray reportJson()
{
    const QByteArray n = lineEnd();
    return "{" + n + "    \"documentInfo\": {" + n + "        \"documentType\": \""
        + facts::value("xbrl_csv_type").toUtf8() + "\"," + n + "        \"extends\": [" + n + "            \""
        + facts::value("module").toUtf8() + "\"" + n + "        ]" + n + "    }" + n + "}";
}

struct ZipEntry {
    QByteArray name; ///< ends with '/' for a folder
    QByteArray bytes;
};

struct ArchiveDiscard {
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct SourceFree {
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
struct FileClose {
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using ZipArchive = std::unique_ptr<zip_t, ArchiveDiscard>;
using ZipSource = std::unique_ptr<zip_source_t, SourceFree>;
using ZipEntryFile = std::unique_ptr<zip_file_t, FileClose>;

/// The modification time of every entry. libzip turns a time_t into the DOS date and time with localtime(), so it
/// gets the local time_t whose local fields are the timestamp's own (date, hour, minute, second): the entries then
/// show the time in the package's name on any machine in any time zone. In the hour a clock skips (daylight saving
/// time) the fields do not exist locally, and noon of the day stands in.
time_t entryTime(const QDateTime &timestamp)
{
    const QDate date = timestamp.date();
    const QTime time = timestamp.time();
    const QTime seconds(time.hour(), time.minute(), time.second());
    QDateTime local(date, seconds, Qt::LocalTime);
    if (!local.isValid() || local.date() != date || local.time() != seconds)
        local = QDateTime(date, QTime(12, 0), Qt::LocalTime);
    return time_t(local.toSecsSinceEpoch());
}

Error zipFailure(const char *what, const char *detail)
{
    qCWarning(lcExchange) << "libzip:" << what << detail;
    return makeError(Error::Code::Io,
                     PackageText::tr("The package could not be put together (%1). Please report this as a bug.")
                         .arg(QLatin1StringView(what)));
}

/// The ZIP of `entries`, in their order, each deflated at level 9 (folders stored) with the same modification time
/// and Unix permissions, and nothing else that could differ from one run to the next.
Result<QByteArray> zipBytes(const std::vector<ZipEntry> &entries, time_t mtime)
{
    zip_error_t error;
    zip_error_init(&error);
    ZipSource buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        const Error e = zipFailure("buffer", zip_error_strerror(&error));
        zip_error_fini(&error);
        return e;
    }
    ZipArchive archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!archive) {
        const Error e = zipFailure("open", zip_error_strerror(&error));
        zip_error_fini(&error);
        return e;
    }
    zip_error_fini(&error);
    zip_source_keep(buffer.get()); // the archive holds the buffer now; keep it to read the result after zip_close

    constexpr zip_uint32_t folderMode = 040755;
    constexpr zip_uint32_t fileMode = 0100644;
    constexpr zip_uint8_t msDosFolder = 0x10;
    for (const ZipEntry &entry : entries) {
        const bool folder = entry.name.endsWith('/');
        zip_int64_t index = -1;
        if (folder) {
            index = zip_dir_add(archive.get(), entry.name.constData(), ZIP_FL_ENC_UTF_8);
        } else {
            zip_source_t *source = zip_source_buffer(archive.get(), entry.bytes.constData(), entry.bytes.size(), 0);
            if (source) {
                index = zip_file_add(archive.get(), entry.name.constData(), source, ZIP_FL_ENC_UTF_8);
                if (index < 0)
                    zip_source_free(source);
            }
        }
        if (index < 0)
            return zipFailure("add", zip_strerror(archive.get()));
        const auto i = zip_uint64_t(index);
        const zip_uint32_t attributes = folder ? (folderMode << 16) | msDosFolder : fileMode << 16;
        if (zip_set_file_compression(archive.get(), i, folder ? ZIP_CM_STORE : ZIP_CM_DEFLATE, folder ? 0 : 9) < 0
            || zip_file_set_mtime(archive.get(), i, mtime, 0) < 0
            || zip_file_set_external_attributes(archive.get(), i, 0, ZIP_OPSYS_UNIX, attributes) < 0)
            return zipFailure("entry", zip_strerror(archive.get()));
    }
    // The entries' data (entry.bytes) must live until here: zip_close reads it.
    zip_t *closing = archive.release();
    if (zip_close(closing) < 0) {
        const Error e = zipFailure("close", zip_strerror(closing));
        zip_discard(closing);
        return e;
    }

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer.get(), &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE))
        return zipFailure("stat", zip_error_strerror(zip_source_error(buffer.get())));
    QByteArray out(qsizetype(stat.size), Qt::Uninitialized);
    if (zip_source_open(buffer.get()) < 0)
        return zipFailure("reopen", zip_error_strerror(zip_source_error(buffer.get())));
    const zip_int64_t read = zip_source_read(buffer.get(), out.data(), stat.size);
    zip_source_close(buffer.get());
    if (read != zip_int64_t(stat.size))
        return zipFailure("read", zip_error_strerror(zip_source_error(buffer.get())));
    return out;
}

Error reportError(const QString &message)
{
    return makeError(Error::Code::Invalid, message);
}

Result<void> checkWritable(const Report &report, const QDateTime &timestamp)
{
    if (report.lei.isEmpty())
        return reportError(PackageText::tr("The register of information needs the LEI of the entity that maintains "
                                           "it."));
    if (!Codes::isLei(report.lei))
        return reportError(PackageText::tr("The register of information needs the LEI of the entity that maintains "
                                           "it; '%1' is not a valid LEI (20 letters and digits with ISO 17442 "
                                           "check digits).")
                               .arg(report.lei));
    if (!report.referenceDate.isValid())
        return reportError(PackageText::tr("The register of information needs its reference date (for example "
                                           "31 December of the year reported)."));
    if (!Codes::isCountry(report.country))
        return reportError(PackageText::tr("The package's name needs the country of the competent authority as "
                                           "two capital letters (ISO 3166-1, for example DE); '%1' is not one.")
                               .arg(report.country));
    if (!Codes::isCurrency(report.baseCurrency))
        return reportError(PackageText::tr("The base currency must be a currency code (ISO 4217, for example EUR); "
                                           "'%1' is not one.")
                               .arg(report.baseCurrency));
    if (!timestamp.isValid())
        return reportError(PackageText::tr("The package needs the time it was made, for its name."));
    for (const Template &tmpl : templates()) {
        const Table &table = report.table(tmpl.id);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const qsizetype count = table.rows[r].values.size();
            if (count != qsizetype(tmpl.columns.size()))
                return reportError(PackageText::tr("%1, row %2: the row has %3 values, the template %4 columns.")
                                       .arg(QLatin1StringView(tmpl.code))
                                       .arg(r + 1)
                                       .arg(count)
                                       .arg(tmpl.columns.size()));
        }
    }
    return {};
}

// ---- Reading ----

/// One record of a CSV file: the 1-based line it starts on and its cells.
struct CsvRecord {
    int line = 0;
    QStringList cells;
};

/// Where in the package a problem is: "reports/b_02.02.csv, line 7: ..." (the package file in Error::file).
Error packageError(const QString &fileName, const QString &inner, int line, const QString &what)
{
    Error error = makeError(Error::Code::Format,
                            line > 0 ? PackageText::tr("%1, line %2: %3").arg(inner, QString::number(line), what)
                                     : PackageText::tr("%1: %2").arg(inner, what));
    error.file = fileName;
    return error;
}

/// An RFC 4180 file (CR LF, LF or CR line ends; a byte order mark at the start is dropped; lines with nothing on
/// them are skipped), checked to be UTF-8.
Result<std::vector<CsvRecord>> parseCsv(const QByteArray &bytes, const QString &fileName, const QString &inner)
{
    const qsizetype bad = exchange::TextChecks::invalidUtf8At(bytes);
    if (bad >= 0) {
        qsizetype lineStart = bad;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r')
            --lineStart;
        return packageError(fileName,
                            inner,
                            exchange::TextChecks::lineOf(bytes, bad),
                            PackageText::tr("column %1: the file is not valid UTF-8 (byte 0x%2); the package's "
                                            "files must be UTF-8.")
                                .arg(bad - lineStart + 1)
                                .arg(uint(uchar(bytes[bad])), 2, 16, QLatin1Char('0')));
    }
    const QString text = QString::fromUtf8(exchange::TextChecks::withoutBom(bytes));

    std::vector<CsvRecord> records;
    QStringList cells;
    QString cell;
    int line = 1;
    int recordLine = 1;
    bool inQuotes = false;
    bool afterQuote = false; // the cell was quoted and its closing quote seen
    bool recordStarted = false;
    const auto endRecord = [&] {
        if (recordStarted || !cell.isEmpty()) {
            cells.append(cell);
            records.push_back({recordLine, cells});
        }
        cells.clear();
        cell.clear();
        afterQuote = false;
        recordStarted = false;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
                continue;
            }
            if (c == u'\n' || (c == u'\r' && (i + 1 >= size || text[i + 1] != u'\n')))
                ++line;
            cell += c;
            continue;
        }
        if (c == u',') {
            cells.append(cell);
            cell.clear();
            afterQuote = false;
            recordStarted = true;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
            continue;
        }
        if (afterQuote)
            return packageError(fileName,
                                inner,
                                line,
                                PackageText::tr("text after the closing double quote of a value; a value with a "
                                                "double quote in it is quoted, its quotes doubled (\"a \"\"b\"\"\")."));
        if (c == u'"') {
            if (!cell.isEmpty())
                return packageError(fileName,
                                    inner,
                                    line,
                                    PackageText::tr("a double quote inside a value that does not start with one; a "
                                                    "value with a double quote in it is quoted, its quotes doubled "
                                                    "(\"a \"\"b\"\"\")."));
            inQuotes = true;
            recordStarted = true;
            continue;
        }
        cell += c;
        recordStarted = true;
    }
    if (inQuotes)
        return packageError(fileName,
                            inner,
                            recordLine,
                            PackageText::tr("a quoted value is not closed: its closing double quote is missing."));
    endRecord();
    return records;
}

/// The header of `records` bound to names: for each cell of the header, the index in `names`; an error for a name
/// that is not one of them or that comes twice.
Result<std::vector<int>> bindHeader(const std::vector<CsvRecord> &records,
                                    const QStringList &names,
                                    const QString &fileName,
                                    const QString &inner)
{
    const CsvRecord &header = records.front();
    std::vector<int> binding;
    std::vector<bool> seen(std::size_t(names.size()), false);
    for (const QString &name : header.cells) {
        const int index = int(names.indexOf(name));
        if (index < 0)
            return packageError(fileName,
                                inner,
                                header.line,
                                PackageText::tr("unknown column '%1'; the columns are %2.")
                                    .arg(name, names.join(QLatin1StringView(", "))));
        if (seen[std::size_t(index)])
            return packageError(
                fileName, inner, header.line, PackageText::tr("the column '%1' is in the header twice.").arg(name));
        seen[std::size_t(index)] = true;
        binding.push_back(index);
    }
    return binding;
}

/// The rows after the header, each as `names.size()` values in the order of `names` (empty where the header has
/// no column); an error for a row with more or fewer cells than the header.
Result<std::vector<QStringList>> boundRows(const std::vector<CsvRecord> &records,
                                           const std::vector<int> &binding,
                                           qsizetype width,
                                           const QString &fileName,
                                           const QString &inner)
{
    std::vector<QStringList> rows;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records[r];
        if (record.cells.size() != qsizetype(binding.size()))
            return packageError(fileName,
                                inner,
                                record.line,
                                PackageText::tr("the row has %1 values but the header %2 columns.")
                                    .arg(record.cells.size())
                                    .arg(binding.size()));
        QStringList values(width);
        for (std::size_t k = 0; k < binding.size(); ++k)
            values[binding[k]] = record.cells[qsizetype(k)];
        rows.push_back(values);
    }
    return rows;
}

/// A CSV file with a header of `names`, read into rows of `names.size()` values.
struct NamedTable {
    std::vector<QStringList> rows;
    std::vector<int> lines; ///< the line of each row
};

Result<NamedTable>
readNamedTable(const QByteArray &bytes, const QStringList &names, const QString &fileName, const QString &inner)
{
    const auto records = parseCsv(bytes, fileName, inner);
    if (!records)
        return records.error();
    NamedTable table;
    if (records->empty())
        return table; // an empty file: no header, no rows
    const auto binding = bindHeader(*records, names, fileName, inner);
    if (!binding)
        return binding.error();
    auto rows = boundRows(*records, *binding, names.size(), fileName, inner);
    if (!rows)
        return rows.error();
    table.rows = std::move(*rows);
    for (std::size_t r = 1; r < records->size(); ++r)
        table.lines.push_back((*records)[r].line);
    return table;
}

/// The package's name parts, from "<LEI>.<IND|CON>_<country>_DORA010100_DORA_<date>_<timestamp>" (with or without
/// ".zip" and a folder before it); the country, or empty when the name does not follow the pattern.
QString countryFromName(const QString &name)
{
    QString base = name.section(u'/', -1);
    if (base.endsWith(u".zip"_s, Qt::CaseInsensitive))
        base.chop(4);
    const QRegularExpression pattern(
        u"^[A-Z0-9]{20}\\.(?:IND|CON)_([A-Z]{2})_"_s + QRegularExpression::escape(facts::value("file_module")) + u'_'
        + QRegularExpression::escape(facts::value("file_framework")) + u"_\\d{4}-\\d{2}-\\d{2}_\\d{17}$"_s);
    const QRegularExpressionMatch match = pattern.match(base);
    return match.hasMatch() ? match.captured(1) : QString();
}

Result<void> readParameters(const QByteArray &bytes, const QString &fileName, const QString &inner, Report &report)
{
    const auto table = readNamedTable(bytes, {u"name"_s, u"value"_s}, fileName, inner);
    if (!table)
        return table.error();
    QHash<QString, int> seen;
    const QString scheme = facts::value("entity_scheme");
    const QString currency = currencyScheme();
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
        const QString &name = table->rows[r][0];
        const QString &value = table->rows[r][1];
        const int line = table->lines[r];
        if (seen.contains(name))
            return packageError(fileName,
                                inner,
                                line,
                                PackageText::tr("the parameter '%1' is given twice (first on line %2).")
                                    .arg(name)
                                    .arg(seen.value(name)));
        seen.insert(name, line);
        if (name == u"entityID") {
            const qsizetype dot = value.lastIndexOf(u'.');
            const QString kind = dot < 0 ? QString() : value.mid(dot + 1);
            if (!value.startsWith(scheme) || dot < scheme.size() || (kind != u"IND" && kind != u"CON"))
                return packageError(
                    fileName,
                    inner,
                    line,
                    PackageText::tr("entityID must be %1<LEI>.IND or %1<LEI>.CON, got '%2'.").arg(scheme, value));
            report.lei = value.mid(scheme.size(), dot - scheme.size());
            report.consolidation = kind == u"CON" ? Consolidation::Consolidated : Consolidation::Individual;
        } else if (name == u"refPeriod") {
            const QDate date = QDate::fromString(value, u"yyyy-MM-dd"_s);
            if (!date.isValid())
                return packageError(fileName,
                                    inner,
                                    line,
                                    PackageText::tr("refPeriod '%1' is not a valid date; write it as yyyy-MM-dd "
                                                    "(for example 2024-12-31).")
                                        .arg(value));
            report.referenceDate = date;
        } else if (name == u"baseCurrency") {
            if (!value.startsWith(currency) || value.size() == currency.size())
                return packageError(fileName,
                                    inner,
                                    line,
                                    PackageText::tr("baseCurrency must be %1<code> (for example %1EUR), got '%2'.")
                                        .arg(currency, value));
            report.baseCurrency = value.mid(currency.size());
        }
        // decimalsInteger and decimalsMonetary are the module's fixed values; other names are not Bulwark's.
    }
    for (const char *required : {"entityID", "refPeriod"}) {
        if (!seen.contains(QLatin1StringView(required)))
            return packageError(
                fileName, inner, 0, PackageText::tr("the parameter '%1' is missing.").arg(QLatin1StringView(required)));
    }
    return {};
}

Result<void>
readFilingIndicators(const QByteArray &bytes, const QString &fileName, const QString &inner, Report &report)
{
    const auto table = readNamedTable(bytes, {u"templateID"_s, u"reported"_s}, fileName, inner);
    if (!table)
        return table.error();
    QHash<QString, int> seen;
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
        const QString &code = table->rows[r][0];
        const QString &value = table->rows[r][1];
        const int line = table->lines[r];
        const Template *tmpl = templateByCode(code);
        if (!tmpl)
            return packageError(fileName,
                                inner,
                                line,
                                PackageText::tr("unknown template '%1'; the templates are B_01.01 to B_07.01 and "
                                                "B_99.01.")
                                    .arg(code));
        if (seen.contains(code))
            return packageError(
                fileName,
                inner,
                line,
                PackageText::tr("the template %1 is listed twice (first on line %2).").arg(code).arg(seen.value(code)));
        seen.insert(code, line);
        bool reported = false;
        if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0 || value == u"1")
            reported = true;
        else if (value.compare(u"false"_s, Qt::CaseInsensitive) != 0 && value != u"0")
            return packageError(
                fileName, inner, line, PackageText::tr("reported must be true or false, got '%1'.").arg(value));
        report.table(tmpl->id).reported = reported;
    }
    return {};
}

Result<void>
readTemplate(const QByteArray &bytes, const Template &tmpl, const QString &fileName, const QString &inner, Table &table)
{
    QStringList codes;
    for (const Column &column : tmpl.columns)
        codes.append(QLatin1StringView(column.code));
    auto read = readNamedTable(bytes, codes, fileName, inner);
    if (!read)
        return read.error();
    for (QStringList &values : read->rows)
        table.rows.push_back(Row{std::move(values), {}});
    return {};
}

} // namespace

QString packageName(const Report &report, const QDateTime &timestamp)
{
    return report.lei + u'.' + consolidationCode(report.consolidation) + u'_' + report.country + u'_'
        + facts::value("file_module") + u'_' + facts::value("file_framework") + u'_'
        + written::date(report.referenceDate) + u'_' + timestamp.toString(facts::value("timestamp_format"));
}

Result<QByteArray> writePackage(const Report &report, const QDateTime &timestamp)
{
    if (const auto ok = checkWritable(report, timestamp); !ok)
        return ok.error();
    const QByteArray root = packageName(report, timestamp).toUtf8() + '/';
    std::vector<ZipEntry> entries;
    entries.push_back({root, {}});
    entries.push_back({root + "META-INF/", {}});
    entries.push_back({root + "META-INF/reportPackage.json", reportPackageJson()});
    entries.push_back({root + "reports/", {}});
    for (const Template &tmpl : templates())
        entries.push_back({root + "reports/" + tmpl.file, templateCsv(tmpl, report.table(tmpl.id))});
    entries.push_back({root + "reports/FilingIndicators.csv", filingIndicatorsCsv(report)});
    entries.push_back({root + "reports/parameters.csv", parametersCsv(report)});
    entries.push_back({root + "reports/report.json", reportJson()});
    return zipBytes(entries, entryTime(timestamp));
}

Result<QString> writePackageFile(const QString &directory, const Report &report, const QDateTime &timestamp)
{
    const auto bytes = writePackage(report, timestamp);
    if (!bytes)
        return bytes.error();
    const QString path = QDir(directory).filePath(packageName(report, timestamp) + u".zip"_s);
    if (const auto written = exchange::SafeOutput::writeFile(path, *bytes); !written)
        return written.error();
    return path;
}

Result<std::vector<PackageFile>> unpackPackage(const QByteArray &zip, const QString &fileName)
{
    const auto packageFailure = [&fileName](const QString &message) {
        Error error = makeError(Error::Code::Format, message);
        error.file = fileName;
        return error;
    };
    const auto notZip = [&] {
        return packageFailure(PackageText::tr("This is not a ZIP file, or it is damaged: a register of information "
                                              "package is a ZIP as the EBA's format describes it."));
    };
    if (zip.isEmpty())
        return notZip();

    zip_error_t zipError;
    zip_error_init(&zipError);
    ZipSource source(zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &zipError));
    ZipArchive archive(source ? zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &zipError) : nullptr);
    if (!archive) {
        qCWarning(lcExchange) << "libzip: opening" << fileName << "failed:" << zip_error_strerror(&zipError);
        zip_error_fini(&zipError);
        return notZip();
    }
    zip_error_fini(&zipError);
    (void)source.release(); // the archive owns it now

    // The limits first, on what the central directory declares, before anything is inflated.
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0)
        return notZip();
    if (count > packageMaxEntries)
        return packageFailure(PackageText::tr("The package holds %1 files; more than %2 are refused (a register of "
                                              "information package has 22).")
                                  .arg(count)
                                  .arg(packageMaxEntries));
    const QString bomb = PackageText::tr("The package unpacks to more than 1 GiB; it is refused as a possible ZIP "
                                         "bomb.");
    std::vector<PackageFile> files;
    std::vector<qint64> declared;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) < 0 || !(stat.valid & ZIP_STAT_NAME)
            || !(stat.valid & ZIP_STAT_SIZE))
            return notZip();
        if (stat.size > zip_uint64_t(packageMaxUnpacked - total))
            return packageFailure(bomb);
        total += qint64(stat.size);
        QString path = QString::fromUtf8(stat.name);
        path.replace(u'\\', u'/'); // some Windows tools write backslashes
        files.push_back({path, {}});
        declared.push_back(qint64(stat.size));
    }

    // Then inflate, holding each entry to what it declared (and so all to the limit).
    char chunk[64 * 1024];
    for (std::size_t i = 0; i < files.size(); ++i) {
        PackageFile &file = files[i];
        if (file.path.endsWith(u'/') && declared[i] == 0)
            continue; // a folder
        ZipEntryFile entry(zip_fopen_index(archive.get(), i, 0));
        if (!entry) {
            qCWarning(lcExchange) << "libzip: opening" << file.path << "failed:" << zip_strerror(archive.get());
            return packageFailure(PackageText::tr("%1: the file cannot be unpacked (it is encrypted, or packed with "
                                                  "a method other than deflate).")
                                      .arg(file.path));
        }
        file.bytes.reserve(qsizetype(declared[i]));
        for (;;) {
            const zip_int64_t n = zip_fread(entry.get(), chunk, sizeof chunk);
            if (n < 0) {
                qCWarning(lcExchange) << "libzip: reading" << file.path << "failed:" << zip_file_strerror(entry.get());
                return packageFailure(
                    PackageText::tr("%1: the file is damaged in the package and cannot be read.").arg(file.path));
            }
            if (n == 0)
                break;
            if (file.bytes.size() + n > declared[i])
                return packageFailure(PackageText::tr("%1: the file unpacks to more than the package declares; it "
                                                      "is refused as a possible ZIP bomb.")
                                          .arg(file.path));
            file.bytes.append(chunk, qsizetype(n));
        }
    }
    return files;
}

Result<Report> readPackage(const QByteArray &zip, const QString &fileName)
{
    auto unpacked = unpackPackage(zip, fileName);
    if (!unpacked)
        return unpacked.error();
    std::vector<PackageFile> &files = *unpacked;

    // One top-level folder holding everything and reports/ in it, or the files at the root.
    QString root;
    if (!files.empty()) {
        const QString first = files.front().path.section(u'/', 0, 0) + u'/';
        bool shared = true;
        bool reportsInside = false;
        for (const PackageFile &file : files) {
            shared = shared && file.path.startsWith(first);
            reportsInside = reportsInside || file.path.startsWith(first + u"reports/"_s, Qt::CaseInsensitive);
        }
        if (shared && reportsInside)
            root = first;
    }
    // The files in reports/, by their name in lower case; each with its path inside the package's folder.
    struct Found {
        QString inner; ///< "reports/b_02.02.csv", as written
        const QByteArray *bytes;
    };
    QHash<QString, Found> reports;
    bool hasReports = false;
    for (const PackageFile &file : files) {
        const QString inner = file.path.mid(root.size());
        if (!file.path.startsWith(root) || !inner.startsWith(u"reports/"_s, Qt::CaseInsensitive))
            continue;
        hasReports = true;
        const QString name = inner.mid(8);
        if (name.isEmpty() || name.contains(u'/'))
            continue;
        const QString key = name.toLower();
        if (reports.contains(key))
            return packageError(fileName, inner, 0, PackageText::tr("the file is in the package twice."));
        reports.insert(key, {inner, &file.bytes});
    }
    if (!hasReports) {
        Error error = makeError(Error::Code::Format,
                                PackageText::tr("The package has no reports/ folder: the package's files must be in "
                                                "<name>/reports/, in one folder named like the package."));
        error.file = fileName;
        return error;
    }
    const auto missing = [&fileName](const QString &name) {
        Error error
            = makeError(Error::Code::Format, PackageText::tr("reports/%1 is missing from the package.").arg(name));
        error.file = fileName;
        return error;
    };

    Report report;
    for (Table &table : report.tables)
        table.reported = false;

    const auto parameters = reports.constFind(u"parameters.csv"_s);
    if (parameters == reports.cend())
        return missing(u"parameters.csv"_s);
    if (const auto ok = readParameters(*parameters->bytes, fileName, parameters->inner, report); !ok)
        return ok.error();

    const auto indicators = reports.constFind(u"filingindicators.csv"_s);
    if (indicators == reports.cend())
        return missing(u"FilingIndicators.csv"_s);
    if (const auto ok = readFilingIndicators(*indicators->bytes, fileName, indicators->inner, report); !ok)
        return ok.error();

    for (const Template &tmpl : templates()) {
        const auto found = reports.constFind(QString::fromLatin1(tmpl.file));
        if (found == reports.cend())
            continue; // no file: no rows
        if (const auto ok = readTemplate(*found->bytes, tmpl, fileName, found->inner, report.table(tmpl.id)); !ok)
            return ok.error();
    }

    report.country = countryFromName(fileName);
    if (report.country.isEmpty() && !root.isEmpty())
        report.country = countryFromName(root.chopped(1));
    return report;
}

} // namespace bulwark::roi
