// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/exchange/demoregister.h"
#include "model/store/snapshotcache.h"

#include <QDir>
#include <QFileInfo>

namespace bulwark::cli {

QString DemoCommand::summary() const
{
    return Context::tr("Create a register filled with the demo bank (Demo Bank AG).");
}

QString DemoCommand::arguments() const
{
    return {};
}

QStringList DemoCommand::examples() const
{
    return {QStringLiteral("bulwark demo --db demo.bulwark"),
            QStringLiteral("bulwark list --db demo.bulwark --kind function")};
}

void DemoCommand::addOptions(QCommandLineParser &) const
{ }

int DemoCommand::run(Context &context) const
{
    if (context.db().isEmpty())
        return context.fail(Context::tr("--db FILE is required: the register to create."));
    auto summary = DemoRegister::create(context.db());
    if (!summary)
        return context.fail(summary.error());
    context.noteSaved();
    context.out
        << Context::tr("Created the demo register (Demo Bank AG) at %1:\n").arg(QDir::toNativeSeparators(context.db()))
        << Output::summaryText(*summary)
        << Context::tr("It also holds a history of assessments: one approved earlier whose sign-off has lapsed since, "
                       "and a draft; see 'bulwark assess list'.\n");
    store::SnapshotCache::refresh(context.db()); // the analysis snapshot for the next command (issue 16)
    return Ok;
}

} // namespace bulwark::cli
