// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportrequest.h"

#include "model/feedback.h"
#include "model/i18n/language.h"
#include "reports/auditreport.h"
#include "reports/csvrenderer.h"
#include "reports/registerextract.h"
#include "reports/scenarioreport.h"

namespace bulwark::reports {

QString Reports::kindName(ReportKind kind)
{
    switch (kind) {
        case ReportKind::Audit: return QStringLiteral("audit");
        case ReportKind::Scenario: return QStringLiteral("scenario");
        case ReportKind::Register: return QStringLiteral("register");
    }
    return {};
}

std::optional<ReportKind> Reports::kindFromName(const QString &name)
{
    for (const ReportKind kind : {ReportKind::Audit, ReportKind::Scenario, ReportKind::Register}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString Reports::kindTitle(ReportKind kind)
{
    switch (kind) {
        case ReportKind::Audit: return tr("Resilience audit report");
        case ReportKind::Scenario: return tr("Scenario report");
        case ReportKind::Register: return tr("Register extract");
    }
    return {};
}

QString Reports::formatName(ReportFormat format)
{
    switch (format) {
        case ReportFormat::Pdf: return QStringLiteral("pdf");
        case ReportFormat::Html: return QStringLiteral("html");
        case ReportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

std::optional<ReportFormat> Reports::formatFromName(const QString &name)
{
    for (const ReportFormat format : {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Csv}) {
        if (formatName(format) == name)
            return format;
    }
    return std::nullopt;
}

QList<ReportFormat> Reports::formats(ReportKind kind)
{
    if (kind == ReportKind::Register)
        return {ReportFormat::Html, ReportFormat::Csv};
    return {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Csv};
}

Result<Document> Reports::build(const RegisterService &service, const ReportRequest &request, Feedback *feedback)
{
    // The report speaks its own language on this thread, whatever the window speaks (a German supervisor's copy
    // from an English desk), and writes numbers the same way on every machine.
    const QString language
        = request.language.isEmpty() ? i18n::language() : i18n::resolve(request.language).value_or(i18n::language());
    const i18n::ScopedLanguage speaking(language);
    Result<Document> document = buildInLanguage(service, request, feedback);
    if (document)
        document->language = i18n::currentLanguage();
    return document;
}

Result<Document>
Reports::buildInLanguage(const RegisterService &service, const ReportRequest &request, Feedback *feedback)
{
    const QDate date = request.date.isValid() ? request.date : QDate::currentDate();
    switch (request.kind) {
        case ReportKind::Audit: {
            AuditReportOptions options;
            options.assessment = request.assessment;
            options.date = date;
            options.classification = request.classification;
            options.entity = request.entity;
            options.maxRows = request.maxRows;
            auto input = AuditReport::collect(service, options, feedback);
            if (!input)
                return input.error();
            if (feedback && feedback->isCanceled())
                return makeError(Error::Code::Canceled, tr("The report was canceled."));
            return AuditReport::build(*input, options);
        }
        case ReportKind::Scenario: {
            ScenarioReportOptions options;
            options.scenarios = request.scenarios;
            options.date = date;
            options.classification = request.classification;
            options.entity = request.entity;
            options.maxRows = request.maxRows;
            PartFeedback collecting(feedback, 0, 60);
            auto input = ScenarioReport::collect(service, options, &collecting);
            if (!input)
                return input.error();
            PartFeedback building(feedback, 60, 40);
            Document document = ScenarioReport::build(*input, options, &building);
            if (feedback && feedback->isCanceled())
                return makeError(Error::Code::Canceled, tr("The report was canceled."));
            return document;
        }
        case ReportKind::Register: {
            RegisterExtractOptions options;
            options.date = date;
            options.classification = request.classification;
            options.entity = request.entity;
            return RegisterExtract::build(service, options, feedback);
        }
    }
    return makeError(Error::Code::Invalid, tr("Unknown report kind."));
}

Result<void> Reports::write(
    const Document &document, ReportFormat format, const QString &path, const PdfSettings &pdf, Feedback *feedback)
{
    const i18n::ScopedLanguage speaking(document.language); // the back end's own words ("Page 3 of 64")
    switch (format) {
        case ReportFormat::Pdf: return PdfRenderer::write(path, document, pdf, feedback);
        case ReportFormat::Html: return HtmlRenderer::write(document, path, {}, feedback);
        case ReportFormat::Csv: return CsvRenderer::write(document, path, {}, feedback);
    }
    return makeError(Error::Code::Invalid, tr("Unknown report format."));
}

} // namespace bulwark::reports
