// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

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

void InitCommand::addOptions(QCommandLineParser &) const { }

int InitCommand::run(Context &context) const
{
    const QFileInfo info(context.db());
    if (info.exists() && info.size() > 0)
        return context.fail(Context::tr("%1 already exists; choose another file name.")
                                .arg(QDir::toNativeSeparators(context.db())));
    auto service = context.openRegister(store::Database::OpenMode::CreateIfMissing);
    if (!service)
        return context.fail(service.error());
    context.out << Context::tr("Created an empty register at %1.").arg(QDir::toNativeSeparators(context.db())) << Qt::endl;
    return Ok;
}

} // namespace bulwark::cli
