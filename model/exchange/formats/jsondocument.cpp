// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formats/jsondocument.h"

#include "model/exchange/foreigngraph.h"
#include "model/exchange/textchecks.h"

#include <QJsonParseError>

#include <algorithm>

namespace bulwark::exchange {

Result<JsonText> JsonDocumentReader::read(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > ReadLimits::maxFileBytes)
        return readError(fileName, 0, tr("a file of more than %1 MiB is not read").arg(ReadLimits::maxFileBytes >> 20));
    if (auto r = TextChecks::checkUtf8(bytes, fileName); !r)
        return r.error();
    JsonText json;
    json.text = TextChecks::withoutBom(bytes);
    QJsonParseError error;
    json.document = QJsonDocument::fromJson(json.text, &error);
    if (error.error != QJsonParseError::NoError)
        return readError(fileName,
                         TextChecks::lineOf(json.text, std::min<qsizetype>(error.offset, json.text.size())),
                         tr("not valid JSON (%1)").arg(error.errorString()));
    return json;
}

} // namespace bulwark::exchange
