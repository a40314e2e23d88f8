// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/demoregister.h"

#include "model/exchange/jsonformat.h"
#include "model/register/registerservice.h"

#include <QFile>

namespace bulwark {

QByteArray DemoRegister::json()
{
    QFile file(QStringLiteral(":/bulwark/demo/demo-bank.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<ChangeSummary> DemoRegister::create(const QString &path)
{
    auto changes = exchange::JsonFormat::parse(json(), QStringLiteral("demo-bank.json"));
    if (!changes)
        return changes.error();
    // A new file only: written under a temporary name and put in place whole.
    return RegisterService::create(path, [&](RegisterService &service) { return service.apply(*changes); });
}

} // namespace bulwark
