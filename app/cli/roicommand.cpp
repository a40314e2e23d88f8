// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bulwark roi: the DORA register of information (issue 18; docs/roi.md, docs/cli.md "bulwark roi").
#include "cli/commands.h"
#include "model/i18n/language.h"
#include "model/roi/builder.h"
#include "model/roi/checks.h"
#include "model/roi/package.h"
#include "model/roi/reader.h"
#include "model/store/registerstore.h"
#include "reports/roireview.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace bulwark::cli {

namespace {

QString severityToken(roi::Severity s)
{
    switch (s) {
        case roi::Severity::Blocking: return QStringLiteral("blocking");
        case roi::Severity::Error: return QStringLiteral("error");
        case roi::Severity::Warning: return QStringLiteral("warning");
    }
    return {};
}

QString severityText(roi::Severity s)
{
    switch (s) {
        case roi::Severity::Blocking: return Context::tr("blocking");
        case roi::Severity::Error: return Context::tr("error");
        case roi::Severity::Warning: return Context::tr("warning");
    }
    return {};
}

/// What `roi check` and `roi export` work on: the built report and every problem (the checks' and the build's).
struct Checked {
    roi::Report report;
    std::vector<roi::Problem> problems;
    int blocking = 0, errors = 0, warnings = 0;
};

/// The build's notes as problems: "map" errors, except that a register without a reporting entity cannot be filed.
Checked check(roi::BuildResult built)
{
    Checked c;
    c.problems = roi::withNotes(built.notes, built.report, roi::checkReport(built.report));
    for (const roi::Problem &p : c.problems) {
        c.blocking += p.severity == roi::Severity::Blocking;
        c.errors += p.severity == roi::Severity::Error;
        c.warnings += p.severity == roi::Severity::Warning;
    }
    c.report = std::move(built.report);
    return c;
}

QJsonObject problemJson(const roi::Problem &p)
{
    const bool map = p.rule == u"map";
    return QJsonObject{
        {QStringLiteral("rule"), p.rule},
        {QStringLiteral("severity"), severityToken(p.severity)},
        {QStringLiteral("template"), map ? QJsonValue() : QString::fromLatin1(roi::templateOf(p.table).code)},
        {QStringLiteral("row"), p.row >= 0 ? QJsonValue(p.row + 1) : QJsonValue()},
        {QStringLiteral("row_key"), p.rowKey},
        {QStringLiteral("column"), p.column},
        {QStringLiteral("message"), p.message},
        {QStringLiteral("source"),
         p.source.table.isEmpty()
             ? QJsonValue()
             : QJsonObject{{QStringLiteral("table"), p.source.table}, {QStringLiteral("key"), p.source.key}}}};
}

void printProblems(Context &context, const Checked &c, int limit)
{
    int shown = 0;
    for (const roi::Problem &p : c.problems) {
        if (shown++ == limit) {
            context.out << Context::tr(
                "  ... and %Ln more (bulwark roi check lists them all)", nullptr, int(c.problems.size()) - limit)
                        << "\n";
            break;
        }
        context.out << "  " << severityText(p.severity) << "  " << p.rule << "  " << p.message << "\n";
    }
}

QString summaryLine(const Checked &c)
{
    if (c.problems.empty())
        return Context::tr("Ready to file: every blocking check, every active EBA rule and every check of Bulwark "
                           "passed.");
    return Context::tr("%1 blocking, %2 errors, %3 warnings.").arg(c.blocking).arg(c.errors).arg(c.warnings);
}

/// Builds the register of information of --db for --ref-date (default: 31 December of last year).
Result<roi::BuildResult> build(Context &context, const QDate &reportingDate)
{
    auto refDate = context.dateOption(QStringLiteral("ref-date"), QDate(QDate::currentDate().year() - 1, 12, 31));
    if (!refDate)
        return refDate.error();
    roi::Consolidation consolidation = roi::Consolidation::Individual;
    const QString level = context.parser.value(QStringLiteral("consolidation")).toUpper();
    if (level == u"CON")
        consolidation = roi::Consolidation::Consolidated;
    else if (!level.isEmpty() && level != u"IND")
        return makeError(Error::Code::Invalid,
                         Context::tr("--consolidation must be IND (individual) or CON (consolidated), got '%1'")
                             .arg(context.parser.value(QStringLiteral("consolidation"))));
    // Read-only, and only the tables the build reads: no validation index, no assessment records.
    auto db = store::Database::open(context.db(), store::Database::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    auto stored = store::RegisterStore::load(**db, nullptr, roi::Builder::tablesRead());
    if (!stored)
        return stored.error();
    return roi::Builder::build(stored->data, {*refDate, consolidation, reportingDate});
}

int runCheck(Context &context)
{
    auto built = build(context, QDate::currentDate());
    if (!built)
        return context.fail(built.error());
    const Checked c = check(std::move(*built));
    if (context.json()) {
        QJsonObject rows;
        for (const roi::Table &t : c.report.tables)
            rows.insert(QString::fromLatin1(roi::templateOf(t.id).code), qint64(t.rows.size()));
        QJsonArray problems;
        for (const roi::Problem &p : c.problems)
            problems.append(problemJson(p));
        context.printJson(QJsonObject{{QStringLiteral("lei"), c.report.lei},
                                      {QStringLiteral("reference_date"), c.report.referenceDate.toString(Qt::ISODate)},
                                      {QStringLiteral("rows"), rows},
                                      {QStringLiteral("blocking"), c.blocking},
                                      {QStringLiteral("errors"), c.errors},
                                      {QStringLiteral("warnings"), c.warnings},
                                      {QStringLiteral("problems"), problems}});
    } else {
        context.out << Context::tr("Register of information of %1 on %2:")
                           .arg(c.report.lei.isEmpty() ? Context::tr("(no reporting entity)") : c.report.lei,
                                c.report.referenceDate.toString(Qt::ISODate))
                    << "\n";
        for (const roi::Table &t : c.report.tables)
            context.out << QStringLiteral("  %1  %2  %3\n")
                               .arg(QString::fromLatin1(roi::templateOf(t.id).code))
                               .arg(t.rows.size(), 6)
                               .arg(roi::templateOf(t.id).titleText());
        context.out << summaryLine(c) << "\n";
        printProblems(context, c, std::numeric_limits<int>::max());
    }
    return c.blocking > 0 ? Findings : Ok;
}

int runExport(Context &context)
{
    if (!context.parser.isSet(QStringLiteral("ref-date")))
        return context.fail(Context::tr("--ref-date YYYY-MM-DD is required: the reference date of the filing."));
    if (!context.parser.isSet(QStringLiteral("consolidation")))
        return context.fail(Context::tr("--consolidation IND|CON is required: individual or consolidated."));
    const QString directory = context.parser.value(QStringLiteral("output"));
    if (directory.isEmpty())
        return context.fail(Context::tr("-o DIR is required: the folder to write the package into."));
    QDateTime timestamp = QDateTime::currentDateTime();
    if (context.parser.isSet(QStringLiteral("timestamp"))) {
        const QString text = context.parser.value(QStringLiteral("timestamp"));
        timestamp = QDateTime::fromString(text, QStringLiteral("yyyyMMddHHmmsszzz"));
        if (!timestamp.isValid() || text.size() != 17)
            return context.fail(
                Context::tr("--timestamp must be 17 digits, yyyyMMddHHmmsszzz (e.g. 20270115093000125), got '%1'")
                    .arg(text.left(40)));
    }
    auto built = build(context, timestamp.date());
    if (!built)
        return context.fail(built.error());
    const Checked c = check(std::move(*built));
    const bool force = context.parser.isSet(QStringLiteral("force"));
    if (c.blocking > 0 && !force) {
        context.err << Context::tr("bulwark roi: not exported: %Ln blocking problem(s) would make the supervisor "
                                   "reject the package. Fix them, or export anyway with --force:",
                                   nullptr,
                                   c.blocking)
                    << "\n";
        int shown = 0;
        for (const roi::Problem &p : c.problems) {
            if (p.severity == roi::Severity::Blocking && shown++ < 20)
                context.err << "  " << p.rule << "  " << p.message << "\n";
        }
        return Findings;
    }
    if (!QDir(directory).exists())
        return context.fail(Context::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(directory)));
    auto written = roi::writePackageFile(directory, c.report, timestamp);
    if (!written)
        return context.fail(written.error());
    context.noteSaved();
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("package"), *written},
                                      {QStringLiteral("blocking"), c.blocking},
                                      {QStringLiteral("errors"), c.errors},
                                      {QStringLiteral("warnings"), c.warnings}});
    } else {
        context.out << Context::tr("Wrote %1.").arg(QDir::toNativeSeparators(*written)) << "\n";
        if (!c.problems.empty()) {
            context.out << summaryLine(c) << "\n";
            printProblems(context, c, 10);
        }
    }
    return Ok;
}

int runReview(Context &context)
{
    const QString directory = context.parser.value(QStringLiteral("output"));
    if (directory.isEmpty())
        return context.fail(Context::tr("-o DIR is required: the folder to write the review into."));
    QString language = i18n::currentLanguage();
    if (context.parser.isSet(QStringLiteral("language"))) {
        const QString asked = context.parser.value(QStringLiteral("language"));
        const auto resolved = i18n::resolve(asked);
        if (!resolved || asked.isEmpty())
            return context.fail(Context::tr("--language must be one of %1, got '%2'")
                                    .arg(i18n::languages().join(QStringLiteral(", ")), asked));
        language = *resolved;
    }
    auto built = build(context, QDate::currentDate());
    if (!built)
        return context.fail(built.error());
    // The problems are worded in the review's language.
    Checked c;
    {
        const i18n::ScopedLanguage scoped(language);
        c = check(std::move(*built));
    }
    auto written = reports::RoiReview::write(directory, c.report, c.problems, language);
    if (!written)
        return context.fail(written.error());
    context.noteSaved();
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("folder"), directory},
                                      {QStringLiteral("files"), QJsonArray::fromStringList(*written)},
                                      {QStringLiteral("blocking"), c.blocking},
                                      {QStringLiteral("errors"), c.errors},
                                      {QStringLiteral("warnings"), c.warnings}});
    else
        context.out << Context::tr(
                           "Wrote the review (%Ln file(s)) into %1; open index.html.", nullptr, int(written->size()))
                           .arg(QDir::toNativeSeparators(directory))
                    << "\n"
                    << summaryLine(c) << "\n";
    return Ok;
}

int runImport(Context &context, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Context::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > roi::packageMaxUnpacked)
        return context.fail(Context::tr("%1 is larger than a register of information can be.").arg(path));
    auto report = roi::readPackage(file.readAll(), QFileInfo(path).fileName());
    if (!report)
        return context.fail(report.error());
    auto service = context.openRegister();
    if (!service)
        return context.fail(service.error());
    auto changes = roi::ReportReader::changes(*report, (*service)->snapshot());
    if (!changes) {
        Error e = changes.error();
        e.message = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), e.message);
        return context.fail(e);
    }
    for (const QString &note : std::as_const(changes->notes))
        context.err << Context::tr("note: %1").arg(note) << "\n";
    return context.applyAndReport(
        **service,
        changes->changes,
        [&](const ChangeSummary &) {
            return Context::tr("Read the register of information of %1 (reference date %2) into the register; %Ln "
                               "reference(s) it names could not be kept (see the notes).\n",
                               nullptr,
                               int(changes->notes.size()))
                .arg(report->lei, report->referenceDate.toString(Qt::ISODate));
        },
        context.parser.isSet(QStringLiteral("dry-run")));
}

} // namespace

QString RoiCommand::summary() const
{
    return Context::tr("The DORA register of information: check it as the supervisor does (exit 1 on a blocking "
                       "problem), export the xBRL-CSV package, or import one.");
}

QString RoiCommand::arguments() const
{
    return QStringLiteral("check | export | review | import PACKAGE.zip");
}

QStringList RoiCommand::examples() const
{
    return {
        QStringLiteral("bulwark roi check --db bank.bulwark --ref-date 2026-12-31"),
        QStringLiteral("bulwark roi export --db bank.bulwark --ref-date 2026-12-31 --consolidation CON -o filings/"),
        QStringLiteral("bulwark roi review --db bank.bulwark --ref-date 2026-12-31 --language de -o review/"),
        QStringLiteral("bulwark roi import --db bank.bulwark --dry-run last-year.zip")};
}

void RoiCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("ref-date"),
                      Context::tr("The reference date of the filing (default for check: 31 December of last year)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("consolidation"),
                      Context::tr("IND (individual) or CON (consolidated): the level of the filing (default for "
                                  "check: IND)."),
                      QStringLiteral("IND|CON")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Context::tr("export, review: the folder to write the package or the review into."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("language"),
                      Context::tr("review: en or de (default: the program's language)."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("timestamp"),
                      Context::tr("export: the time in the package's name, yyyyMMddHHmmsszzz (default: now); the same "
                                  "register and timestamp give the same bytes."),
                      QStringLiteral("DIGITS")});
    parser.addOption({QStringLiteral("force"),
                      Context::tr("export: write the package even when a blocking problem would make the supervisor "
                                  "reject it.")});
    parser.addOption({QStringLiteral("dry-run"),
                      Context::tr("import: check the package and show what would change; write nothing.")});
}

int RoiCommand::run(Context &context) const
{
    const QStringList args = context.positional();
    const QString action = args.value(0);
    if (context.db().isEmpty())
        return context.fail(Context::tr("--db FILE is required: the register to work on."));
    if (action == u"check" && args.size() == 1)
        return runCheck(context);
    if (action == u"export" && args.size() == 1)
        return runExport(context);
    if (action == u"review" && args.size() == 1)
        return runReview(context);
    if (action == u"import" && args.size() == 2)
        return runImport(context, args[1]);
    return context.fail(Context::tr("use: roi check | roi export | roi review | roi import PACKAGE.zip"));
}

} // namespace bulwark::cli
