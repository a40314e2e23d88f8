// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checks on the register of information (DORA Art 28(3), ITS 2024/2956) as it would be filed today, and on the
// sub-contractors its supply chains show (Art 29). The register is built once per run
// (CheckContext::registerOfInformation); the rules are model/roi's. Rules: docs/assessment.md.
#include "model/assessment/checks.h"
#include "model/assessment/supporting.h"
#include "model/roi/builder.h"
#include "model/roi/checks.h"
#include "model/roi/records.h"
#include "model/roi/supplychain.h"

#include <QHash>
#include <QSet>

namespace bulwark::assessment::checks {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

const char *const readyId = "roi-ready-to-file";
const char *const concentrationId = "subcontractor-concentration";

/// The registered tables keyed by an element: their source names the element to fix.
bool isElementKeyed(const QString &table)
{
    return table == u"element" || table == roi::serviceTermsType().token() || table == roi::functionTermsType().token()
        || table == roi::providerTermsType().token();
}

/// A finding's first subject for a value that comes from `source`: the element to fix, or "table:key" for a record
/// that is not an element's (an arrangement, an entity), as dangling-references names records; empty when the value
/// comes from nowhere in the register.
QString subjectOf(const roi::Source &source)
{
    if (source.table.isEmpty() || source.key.isEmpty())
        return {};
    return isElementKeyed(source.table) ? source.key : source.table + u':' + source.key;
}

/// Where the value comes from, for a message: what to open to fix it.
QString whereText(const CheckContext &context, const roi::Source &source)
{
    if (source.table.isEmpty() || source.key.isEmpty())
        return {};
    // A value from an element that has no terms of its own yet (a function without roi_function): the element, or
    // the terms that would give what it lacks.
    if (source.table == u"element") {
        const Element *e = context.element(source.key);
        if (!e)
            return Text::tr("Element %1 is not in the map: add it, or correct what names it.").arg(source.key);
        const TableType<roi::FunctionTerms> &function = roi::functionTermsType();
        const TableType<roi::ProviderTerms> &provider = roi::providerTermsType();
        if (e->isFunction() || e->kind == ElementKind::Provider)
            return Text::tr("Fix it at element %1 or in its register-of-information terms (%2).")
                .arg(label(context, source.key), e->isFunction() ? function.token() : provider.token());
        return Text::tr("Fix it at element %1.").arg(label(context, source.key));
    }
    if (isElementKeyed(source.table))
        return Text::tr("Fix it in the register-of-information terms (%1) of element %2.")
            .arg(source.table, label(context, source.key));
    return Text::tr("Fix it in record %1 of table %2.").arg(source.key, source.table);
}

Severity severityOf(roi::Severity severity)
{
    // Blocking: the supervisor's reception rejects the whole package, so the register is not filed at all.
    return severity == roi::Severity::Blocking ? Severity::High : Severity::Medium;
}

} // namespace

CheckOutcome roiReadyToFile(const CheckContext &context)
{
    // A register without a single entity in scope has no register of information yet: one finding, not one per
    // function and column.
    if (context.records(roi::entityType()).empty()) {
        return outcomeOf({makeFinding(
            readyId,
            {roi::entityType().token()},
            Text::tr("The register holds no register of information yet: no entity in its scope is recorded (table "
                     "%1). Record the entities, mark the one that maintains the register with reporting = true, and "
                     "record the contractual arrangements (%2) and the terms of the ICT services (%3).")
                .arg(roi::entityType().token(), roi::arrangementType().token(), roi::serviceTermsType().token()))});
    }
    const roi::BuildResult &built = context.registerOfInformation();
    const std::vector<roi::Problem> problems = roi::checkReport(built.report);
    std::vector<Finding> findings;
    QSet<QStringList> seen; // a key repeated three times is two problems of one identity: reported once
    for (const roi::Problem &p : problems) {
        if (p.severity == roi::Severity::Warning)
            continue;
        QStringList subjects;
        if (const QString subject = subjectOf(p.source); !subject.isEmpty())
            subjects << subject;
        subjects << QString::fromLatin1(roi::templateOf(p.table).code);
        for (const QString &part : {p.rowKey, p.column, p.rule}) {
            if (!part.isEmpty())
                subjects << part;
        }
        if (seen.contains(subjects))
            continue;
        seen.insert(subjects);
        const QString consequence = p.severity == roi::Severity::Blocking
            ? Text::tr("The supervisor would reject the filing (EBA check %1): %2").arg(p.rule, p.message)
            : Text::tr("The supervisor would flag the filing (%1): %2").arg(p.rule, p.message);
        const QString where = whereText(context, p.source);
        Finding f = makeFinding(readyId, subjects, where.isEmpty() ? consequence : consequence + u' ' + where);
        f.severity = severityOf(p.severity);
        findings.push_back(std::move(f));
    }
    // What the templates cannot say (a service without an arrangement, an arrangement whose provider is not in the
    // map): the register would be filed without it.
    QHash<QString, int> notesOf;
    for (const roi::BuildNote &note : built.notes) {
        QString subject = subjectOf(note.source);
        if (subject.isEmpty())
            subject = QStringLiteral("roi");
        QStringList subjects{subject, QStringLiteral("note")};
        if (const int n = ++notesOf[subject]; n > 1)
            subjects << QString::number(n);
        const QString where = whereText(context, note.source);
        Finding f = makeFinding(readyId,
                                subjects,
                                Text::tr("The register of information would leave something out: %1").arg(note.message)
                                    + (where.isEmpty() ? QString() : u' ' + where));
        f.severity = Severity::Medium;
        findings.push_back(std::move(f));
    }
    return outcomeOf(std::move(findings));
}

CheckOutcome subcontractorConcentration(const CheckContext &context)
{
    const roi::BuildResult &built = context.registerOfInformation();
    const std::vector<roi::Subcontractor> subs = roi::subcontractors(built.report);
    if (subs.empty())
        return {CheckStatus::NotApplicable, {}};
    // The provider element behind each identification code of B_05.01 (the source of its first column).
    QHash<QString, QString> elementOf;
    for (const roi::Row &row : built.report.table(roi::TemplateId::B0501).rows) {
        if (!row.sources.empty() && isElementKeyed(row.sources.front().table))
            elementOf.insert(row.value(0), row.sources.front().key);
    }
    const auto named = [&](const QString &code, const QString &name) {
        const QString key = elementOf.value(code);
        return key.isEmpty() ? (name == code ? code : Text::tr("%1 (%2)").arg(code, name)) : label(context, key);
    };
    std::vector<Finding> findings;
    for (const roi::Subcontractor &s : subs) {
        if (!s.isConcentration())
            continue;
        QStringList direct;
        for (qsizetype i = 0; i < s.directProviders.size(); ++i)
            direct << named(s.directProviders[i], s.names.value(i));
        const QString key = elementOf.value(s.code);
        findings.push_back(makeFinding(
            concentrationId,
            {key.isEmpty() ? s.code : key},
            Text::tr("Sub-contractor %1 is in the supply chains of %2 direct providers: %3 (arrangements %4). Its "
                     "failure reaches the entity through each of them: weigh this concentration (DORA Art 29) and "
                     "whether the exit plans of these providers rely on one another.")
                .arg(named(s.code, s.name),
                     QString::number(s.directProviders.size()),
                     direct.join(QStringLiteral(", ")),
                     s.arrangements.join(QStringLiteral(", ")))));
    }
    return outcomeOf(std::move(findings));
}

} // namespace bulwark::assessment::checks
