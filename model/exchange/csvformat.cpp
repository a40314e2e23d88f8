// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/csvformat.h"

#include "model/exchange/errorlist.h"
#include "model/exchange/safeoutput.h"
#include "model/exchange/textchecks.h"
#include "model/register/fields.h"
#include "model/register/registercodec.h"
#include "model/register/textrule.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace bulwark::exchange {
namespace {

Error csvError(const QString &fileName, int line, const QString &message, const QString &field = {})
{
    Error error = makeError(Error::Code::Format, message, field);
    error.file = fileName;
    error.line = line;
    return error;
}

/// Only spaces and tabs: a line of those is blank. (QString::trimmed() would also take U+0085 or U+2028 for
/// nothing and skip the line without a word; those meet the text rule instead.)
bool isBlank(const QString &field)
{
    return std::all_of(field.begin(), field.end(), [](QChar c) { return c == u' ' || c == u'\t'; });
}

/// Reads one CSV file into values of type T through RegisterCodec::setField. Every problem goes into `errors` and
/// the reading goes on (issue 12): a bad cell is named and the rest of its line is still read; a header that cannot
/// be read ends this file.
template<typename T>
void readTable(const QString &path,
               const FieldTable<T> &table,
               const QStringList &required,
               ErrorList &errors,
               const std::function<void(T &&, const Origin &, quint64 omitted)> &add)
{
    const QString fileName = QFileInfo(path).fileName();
    auto bytes = TextChecks::readFile(path);
    if (!bytes)
        return errors.add(bytes.error());
    auto records = CsvFormat::parse(*bytes, fileName);
    if (!records)
        return errors.add(records.error());
    if (records->isEmpty())
        return errors.add(csvError(fileName, 1, CsvFormat::tr("the file has no header line")));
    const CsvRecord &header = records->first();
    QStringList columns;
    QSet<QString> seen;
    for (const QString &raw : header.fields) {
        if (const auto finding = TextRule::find(raw)) {
            const QString column = QString::number(columns.size() + 1);
            return errors.add(
                csvError(fileName,
                         header.line,
                         CsvFormat::tr("the name of column %1 %2").arg(column, TextRule::describe(*finding))));
        }
        const QString column = raw.trimmed();
        if (column.isEmpty())
            return errors.add(csvError(
                fileName, header.line, CsvFormat::tr("column %1 of the header has no name").arg(columns.size() + 1)));
        if (seen.contains(column))
            return errors.add(csvError(
                fileName, header.line, CsvFormat::tr("the header names column '%1' twice").arg(column), column));
        seen.insert(column);
        columns << column;
    }
    bool headerComplete = true;
    for (const QString &column : required) {
        if (!seen.contains(column)) {
            errors.add(
                csvError(fileName, header.line, CsvFormat::tr("the header has no column '%1'").arg(column), column));
            headerComplete = false;
        }
    }
    if (!headerComplete)
        return;
    // Which column holds each field of the table (-1: none), for the omitted bits.
    std::vector<qsizetype> fieldColumn;
    for (const Field<T> &field : table)
        fieldColumn.push_back(columns.indexOf(field.token));
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        if (record.fields.size() == 1 && isBlank(record.fields.first()))
            continue; // blank line
        if (record.fields.size() != columns.size()) {
            errors.add(csvError(fileName,
                                record.line,
                                CsvFormat::tr("this line has %1 fields but the header has %2")
                                    .arg(record.fields.size())
                                    .arg(columns.size())));
            continue;
        }
        T value;
        bool ok = true;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (record.fields[c].isEmpty())
                continue;
            if (auto result = RegisterCodec::setField(value, columns[c], record.fields[c]); !result) {
                Error error = result.error();
                error.file = fileName;
                error.line = record.line;
                errors.add(error);
                ok = false;
            }
        }
        for (const QString &column : required) {
            if (record.fields[columns.indexOf(column)].trimmed().isEmpty()) {
                errors.add(csvError(fileName, record.line, CsvFormat::tr("a value is required"), column));
                ok = false;
            }
        }
        if (!ok)
            continue;
        quint64 omitted = 0;
        for (std::size_t i = 0; i < fieldColumn.size(); ++i) {
            if (fieldColumn[i] < 0 || isBlank(record.fields[fieldColumn[i]]))
                omitted |= quint64(1) << i;
        }
        add(std::move(value), Origin{fileName, record.line}, omitted);
    }
}

template<typename T>
QByteArray writeTable(const std::vector<T> &values, const QStringList &known)
{
    QStringList columns = known;
    QStringList extra;
    QSet<QString> seen(known.begin(), known.end());
    for (const T &value : values) {
        for (auto it = value.attributes.begin(); it != value.attributes.end(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                extra << it.key();
            }
        }
    }
    extra.sort();
    columns << extra;
    QByteArray out;
    for (qsizetype c = 0; c < columns.size(); ++c)
        out += (c ? "," : "") + CsvFormat::quote(columns[c]);
    out += "\r\n";
    for (const T &value : values) {
        for (qsizetype c = 0; c < columns.size(); ++c)
            out += (c ? "," : "") + CsvFormat::quote(RegisterCodec::fieldText(value, columns[c]));
        out += "\r\n";
    }
    return out;
}

} // namespace

Result<QList<CsvRecord>> CsvFormat::parse(const QByteArray &raw, const QString &fileName)
{
    if (auto r = TextChecks::checkUtf8(raw, fileName); !r)
        return r.error();
    // The file's byte order mark goes; a second one would start the first cell and meet the text rule there.
    const QString text = TextChecks::fromUtf8(TextChecks::withoutBom(raw));
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool quotedField = false;
    int quoteLine = 0;
    const qsizetype size = text.size();
    auto endField = [&] {
        record.fields << field;
        field.clear();
        quotedField = false;
    };
    auto endRecord = [&] {
        endField();
        records << record;
        record = CsvRecord();
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < size && text[i + 1] == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.trimmed().isEmpty() || quotedField)
                return csvError(fileName,
                                line,
                                tr("a quote in the middle of a field; put the whole field in quotes and "
                                   "double the quotes inside it"));
            field.clear();
            inQuotes = true;
            quotedField = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            // Only spaces and tabs may follow a closing quote, and are dropped: QChar::isSpace() would also drop
            // U+0085, U+2028 and no-break spaces without a word (issue 10).
            if (quotedField && c != u' ' && c != u'\t')
                return csvError(fileName, line, tr("text after the closing quote of a field"));
            if (!quotedField)
                field += c;
        }
    }
    if (inQuotes)
        return csvError(fileName, quoteLine, tr("a quoted field is never closed (the file may be truncated)"));
    if (!field.isEmpty() || !record.fields.isEmpty() || quotedField)
        endRecord();
    return records;
}

QByteArray CsvFormat::quote(const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r')
        && field.trimmed() == field)
        return utf8;
    QByteArray out = "\"";
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

Result<ChangeSet> CsvFormat::readFolder(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.isDir() ? QDir(path) : info.absoluteDir();
    if (!info.exists())
        return makeError(Error::Code::NotFound, tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    ChangeSet changes;
    const QString elements = dir.filePath(QStringLiteral("elements.csv"));
    if (!QFileInfo::exists(elements))
        return makeError(Error::Code::NotFound,
                         tr("%1 has no elements.csv; a CSV import needs elements.csv, and may add dependencies.csv and "
                            "groups.csv")
                             .arg(QDir::toNativeSeparators(dir.path())));
    // Every problem of the three files at once (issue 12).
    ErrorList errors;
    readTable<Element>(elements,
                       Fields::element(),
                       {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("kind")},
                       errors,
                       [&](Element &&e, const Origin &o, quint64 omitted) {
                           changes.elements.push_back({std::move(e), ChangeSet::Mode::Upsert, o, omitted});
                       });
    const QString dependencies = dir.filePath(QStringLiteral("dependencies.csv"));
    if (QFileInfo::exists(dependencies)) {
        readTable<Dependency>(dependencies,
                              Fields::dependency(),
                              {QStringLiteral("from"), QStringLiteral("to")},
                              errors,
                              [&](Dependency &&d, const Origin &o, quint64 omitted) {
                                  changes.dependencies.push_back({std::move(d), ChangeSet::Mode::Upsert, o, omitted});
                              });
    }
    const QString groups = dir.filePath(QStringLiteral("groups.csv"));
    if (QFileInfo::exists(groups)) {
        readTable<RedundancyGroup>(groups,
                                   Fields::group(),
                                   {QStringLiteral("element"), QStringLiteral("name"), QStringLiteral("min_up")},
                                   errors,
                                   [&](RedundancyGroup &&g, const Origin &o, quint64 omitted) {
                                       changes.groups.push_back({std::move(g), ChangeSet::Mode::Upsert, o, omitted});
                                   });
    }
    if (!errors.isEmpty())
        return errors.combined();
    return changes;
}

Result<void> CsvFormat::writeFolder(const RegisterData &unsorted, const QString &folder)
{
    RegisterData data = unsorted;
    data.sort();
    // All three files or none: written into a folder beside the target and put in place whole (issue 10).
    const QList<SafeOutput::File> files{
        {QStringLiteral("elements.csv"), writeTable(data.elements, RegisterCodec::elementFields())},
        {QStringLiteral("dependencies.csv"), writeTable(data.dependencies, RegisterCodec::dependencyFields())},
        {QStringLiteral("groups.csv"), writeTable(data.groups, RegisterCodec::groupFields())},
    };
    return SafeOutput::writeFolder(folder, files);
}

} // namespace bulwark::exchange
