// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "model/feedback.h"
#include "model/i18n/language.h"
#include "model/register/registerservice.h"
#include "reports/reportrequest.h"

#include <unistd.h>

namespace bulwark::cli {

QString ReportCommand::summary() const
{
    return Context::tr("Write a report: the resilience audit report of an assessment, a scenario report, or an "
                       "extract of the register, as PDF, HTML or CSV.");
}

QString ReportCommand::arguments() const
{
    return QStringLiteral("audit|scenario|register");
}

QStringList ReportCommand::examples() const
{
    return {QStringLiteral("bulwark report audit --db bank.bulwark -o audit.pdf"),
            QStringLiteral("bulwark report audit --db bank.bulwark --paper letter -o audit.pdf"),
            QStringLiteral("bulwark report audit --db bank.bulwark --format html -o audit.html"),
            QStringLiteral("bulwark report audit --db bank.bulwark --assessment A-H2 --date 2026-11-30 "
                           "--classification Confidential --format html -o audit.html"),
            QStringLiteral("bulwark report audit --db bank.bulwark --format csv -o audit-tables/"),
            QStringLiteral("bulwark report scenario --db bank.bulwark --scenario loss-of-dc-frankfurt -o dc.pdf"),
            QStringLiteral("bulwark report register --db bank.bulwark --format csv -o register/")};
}

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("format"), Context::tr("pdf, html or csv (default: pdf)."), QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Context::tr("The file (PDF, HTML) or folder (CSV, one file per table) to write."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("paper"), Context::tr("With pdf: a4 or letter (default: a4)."), QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("assessment"),
                      Context::tr("The stored assessment to report on (default: the latest)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("scenario"),
                      Context::tr("With scenario: a saved scenario to report on; repeat for more (default: all)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("date"),
                      Context::tr("The report's date, and the day overdue and expired count from (default: today), "
                                  "as YYYY-MM-DD. A fixed date gives the same bytes again."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("classification"),
                      Context::tr("A label on the report, e.g. Confidential."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("entity"),
                      Context::tr("The entity's name (default: the register's file name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("language"),
                      Context::tr("The report's language: en or de (default: the program's, which follows the "
                                  "system or BULWARK_LANGUAGE)."),
                      QStringLiteral("LANG")});
}

int ReportCommand::run(Context &context) const
{
    const QStringList positional = context.positional();
    const auto kind = positional.size() == 1 ? reports::Reports::kindFromName(positional.first()) : std::nullopt;
    if (!kind)
        return context.fail(Context::tr("use: report audit|scenario|register"));
    const QString formatName = context.parser.isSet(QStringLiteral("format"))
        ? context.parser.value(QStringLiteral("format"))
        : reports::Reports::formatName(reports::Reports::formats(*kind).first());
    const auto format = reports::Reports::formatFromName(formatName);
    if (!format)
        return context.fail(Context::tr("--format must be pdf, html or csv, got '%1'").arg(formatName));
    if (!reports::Reports::formats(*kind).contains(*format)) {
        QStringList names;
        for (const reports::ReportFormat f : reports::Reports::formats(*kind))
            names << reports::Reports::formatName(f);
        return context.fail(Context::tr("the %1 report is written as %2, not %3")
                                .arg(positional.first(), names.join(Context::tr(" or ")), formatName));
    }
    reports::PdfSettings pdf;
    if (context.parser.isSet(QStringLiteral("paper"))) {
        const QString paper = context.parser.value(QStringLiteral("paper"));
        if (paper != u"a4" && paper != u"letter")
            return context.fail(Context::tr("--paper must be a4 or letter, got '%1'").arg(paper));
        pdf.paper = paper == u"letter" ? reports::PdfSettings::Paper::Letter : reports::PdfSettings::Paper::A4;
    }
    const QString output = context.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.fail(
            Context::tr("-o PATH is required: the %1 to write.")
                .arg(*format == reports::ReportFormat::Csv ? Context::tr("folder") : Context::tr("file")));
    reports::ReportRequest request;
    request.kind = *kind;
    request.assessment = context.parser.value(QStringLiteral("assessment"));
    request.scenarios = context.parser.values(QStringLiteral("scenario"));
    request.classification = context.parser.value(QStringLiteral("classification"));
    request.entity = context.parser.value(QStringLiteral("entity"));
    if (context.parser.isSet(QStringLiteral("language"))) {
        const QString language = context.parser.value(QStringLiteral("language"));
        const auto resolved = i18n::resolve(language);
        if (!resolved || language.isEmpty())
            return context.fail(Context::tr("--language must be one of %1, got '%2'")
                                    .arg(i18n::languages().join(QStringLiteral(", ")), language));
        request.language = *resolved;
    }
    const auto date = context.dateOption(QStringLiteral("date"), QDate::currentDate());
    if (!date)
        return context.fail(date.error());
    request.date = *date;
    // Progress on a terminal (a large register takes seconds): reading and building is the first half, writing the
    // second. Nothing is printed into a pipe or a file, so scripts see only the result.
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    int shown = -1;
    auto progress = [&](double base, double percent) {
        const int now = int(base + percent / 2);
        if (!terminal || now == shown)
            return;
        shown = now;
        context.err << QStringLiteral("\r") << Context::tr("Writing the report: %1 %").arg(now) << Qt::flush;
    };
    Feedback building([&](double percent) { progress(0, percent); });
    Feedback writing([&](double percent) { progress(50, percent); });
    auto service = context.openForReading();
    if (!service)
        return context.fail(service.error());
    const auto document = reports::Reports::build(**service, request, &building);
    if (!document)
        return context.fail(document.error());
    const Result<void> written = reports::Reports::write(*document, *format, output, pdf, &writing);
    if (terminal && shown >= 0)
        context.err << QStringLiteral("\r") << QString(40, u' ') << QStringLiteral("\r") << Qt::flush;
    if (!written)
        return context.fail(written.error());
    context.noteSaved();
    return Ok;
}

} // namespace bulwark::cli
