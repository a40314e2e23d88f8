// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "store/auditlog.h"

#include <QJsonArray>

namespace bulwark::cli {

QString VerifyCommand::summary() const
{
    return Context::tr("Check the audit trail's hash chain and that the register matches it (exit 1 if not).");
}

QString VerifyCommand::arguments() const
{
    return {};
}

QStringList VerifyCommand::examples() const
{
    return {QStringLiteral("bulwark verify --db bank.bulwark"), QStringLiteral("bulwark verify --db bank.bulwark --json")};
}

void VerifyCommand::addOptions(QCommandLineParser &) const { }

int VerifyCommand::run(Context &context) const
{
    auto service = context.openRegister();
    if (!service)
        return context.fail(service.error());
    auto report = store::AuditLog::verify((*service)->database(), (*service)->snapshot());
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("intact"), report->isIntact()},
                                      {QStringLiteral("entries"), report->entries},
                                      {QStringLiteral("chain_intact"), report->chainIntact},
                                      {QStringLiteral("first_bad_entry"), report->firstBadSeq},
                                      {QStringLiteral("problem"), report->problem},
                                      {QStringLiteral("mismatches"), QJsonArray::fromStringList(report->stateMismatches)}});
    } else if (report->isIntact()) {
        context.out << Context::tr("The audit trail is intact: %1 entries, each chained to the one before, and the register "
                                   "matches it.")
                           .arg(report->entries)
                    << Qt::endl;
    } else {
        if (!report->chainIntact)
            context.out << Context::tr("TAMPERED: %1").arg(report->problem) << Qt::endl;
        for (const QString &mismatch : std::as_const(report->stateMismatches))
            context.out << Context::tr("MISMATCH: %1").arg(mismatch) << Qt::endl;
    }
    return report->isIntact() ? Ok : Findings;
}

} // namespace bulwark::cli
