// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include <QDir>
#include <QFileInfo>

namespace bulwark::cli {

QString InitCommand::summary() const
{
    return Context::tr("Create a new, empty register file.");
}

QString InitCommand::arguments() const
{
    return {};
}

QStringList InitCommand::examples() const
{
    return {QStringLiteral("bulwark init --db bank.bulwark")};
}

void InitCommand::addOptions(QCommandLineParser &) const
{ }

int InitCommand::run(Context &context) const
{
    if (context.db().isEmpty())
        return context.fail(Context::tr("--db FILE is required: the register to create."));
    // Written under a temporary name and put in place whole (RegisterService::create).
    if (auto created = RegisterService::create(context.db()); !created)
        return context.fail(created.error());
    context.noteSaved();
    context.out << Context::tr("Created an empty register at %1.").arg(QDir::toNativeSeparators(context.db()))
                << Qt::endl;
    return Ok;
}

} // namespace bulwark::cli
