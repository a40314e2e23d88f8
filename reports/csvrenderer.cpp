// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/csvrenderer.h"

#include "model/exchange/csvformat.h"

#include <QSet>

namespace bulwark::reports {
namespace {

QByteArray toneToken(Tone tone)
{
    switch (tone) {
        case Tone::Good: return QByteArrayLiteral("good");
        case Tone::Warning: return QByteArrayLiteral("warning");
        case Tone::Bad: return QByteArrayLiteral("bad");
        case Tone::Neutral: break;
    }
    return {};
}

QByteArray line(const QList<QByteArray> &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += fields[i];
    }
    out += '\n';
    return out;
}

} // namespace

Result<QList<exchange::SafeOutput::File>>
CsvRenderer::render(const Document &document, const CsvSettings &settings, Feedback *feedback)
{
    using exchange::CsvFormat;
    const std::vector<const Table *> tables = document.tables();
    QList<exchange::SafeOutput::File> files;
    QSet<QString> names;
    for (std::size_t t = 0; t < tables.size(); ++t) {
        if (feedback && feedback->isCanceled())
            return makeError(Error::Code::Canceled, tr("The CSV export was canceled."));
        const Table &table = *tables[t];
        if (table.id.isEmpty())
            return makeError(Error::Code::Invalid, tr("Table '%1' has no id to name its CSV file.").arg(table.caption));
        const QString name = table.id + QStringLiteral(".csv");
        if (names.contains(name))
            return makeError(Error::Code::Conflict, tr("Two tables are both named '%1'.").arg(name));
        names.insert(name);
        QByteArray bytes;
        QList<QByteArray> header;
        if (settings.toneColumn)
            header << QByteArrayLiteral("tone");
        for (const QString &h : table.headers)
            header << CsvFormat::quote(h);
        bytes += line(header);
        for (const std::vector<Text> &row : table.rows) {
            QList<QByteArray> fields;
            if (settings.toneColumn) {
                Tone tone = Tone::Neutral;
                for (const Text &cell : row) {
                    if (cell.tone != Tone::Neutral) {
                        tone = cell.tone;
                        break;
                    }
                }
                fields << toneToken(tone);
            }
            for (const Text &cell : row)
                fields << CsvFormat::quote(cell.plain());
            bytes += line(fields);
        }
        files.append({name, bytes});
        if (feedback)
            feedback->setProgress(100.0 * double(t + 1) / double(tables.size()));
    }
    return files;
}

Result<void>
CsvRenderer::write(const Document &document, const QString &folder, const CsvSettings &settings, Feedback *feedback)
{
    auto files = render(document, settings, feedback);
    if (!files)
        return files.error();
    return exchange::SafeOutput::writeFolder(folder, *files);
}

} // namespace bulwark::reports
