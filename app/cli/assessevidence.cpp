// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `bulwark assess evidence`: the evidence stored inside the register (issue 13): list it (with its status on a day),
// add a file, add a link to elements, export a file's stored bytes. The decisions (hash, media type, expiry, the
// rules) are the model's (model/assessment/evidence.h); this file only reads options and prints.
#include "cli/command.h"
#include "cli/output.h"
#include "model/assessment/evidence.h"
#include "model/exchange/safeoutput.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace bulwark::cli {

namespace {

const QString usage()
{
    return Context::tr(
        "use: assess evidence [--json] | assess evidence add FILE --key KEY | assess evidence link --key "
        "KEY --element KEY | assess evidence export KEY OUT");
}

QString sizeText(qint64 bytes)
{
    return bytes <= 0 ? QString() : Context::tr("%1 B").arg(bytes);
}

int list(Context &context)
{
    using namespace assessment;
    auto today = context.dateOption(QStringLiteral("today"));
    if (!today)
        return context.fail(today.error());
    const QDate day = today->isValid() ? *today : QDate::currentDate();
    auto service = context.openForReading();
    if (!service)
        return context.fail(service.error());
    const auto records = (*service)->records(evidenceType());
    QStringList keys = records.keys();
    keys.sort();
    QJsonArray array;
    QList<QStringList> rows{{Context::tr("KEY"),
                             Context::tr("STATUS"),
                             Context::tr("EFFECTIVE"),
                             Context::tr("EXPIRES"),
                             Context::tr("FILE"),
                             Context::tr("SIZE"),
                             Context::tr("SHA-256"),
                             Context::tr("REQUIREMENTS"),
                             Context::tr("ELEMENTS"),
                             Context::tr("TITLE")}};
    int expired = 0;
    for (const QString &key : std::as_const(keys)) {
        const Evidence e = TableType<Evidence>::value(*records.constFind(key));
        const EvidenceStatus status = evidenceStatus(e, day);
        if (status == EvidenceStatus::Expired)
            ++expired;
        auto date = [](QDate d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
        array.append(QJsonObject{{QStringLiteral("key"), e.key},
                                 {QStringLiteral("title"), e.title},
                                 {QStringLiteral("file_name"), e.hasFile() ? QJsonValue(e.fileName) : QJsonValue()},
                                 {QStringLiteral("media_type"), e.hasFile() ? QJsonValue(e.mediaType) : QJsonValue()},
                                 {QStringLiteral("size"), e.size},
                                 {QStringLiteral("sha256"), e.hasFile() ? QJsonValue(e.sha256) : QJsonValue()},
                                 {QStringLiteral("effective"), date(e.effective)},
                                 {QStringLiteral("expires"), date(e.expires)},
                                 {QStringLiteral("status"), token(status)},
                                 {QStringLiteral("requirements"), QJsonArray::fromStringList(e.requirements)},
                                 {QStringLiteral("assessment"), e.assessment},
                                 {QStringLiteral("elements"), QJsonArray::fromStringList(e.elements)},
                                 {QStringLiteral("added_by"), e.addedBy}});
        rows.append({e.key,
                     // Expired evidence stands out: upper case, as the other commands mark what needs attention.
                     status == EvidenceStatus::Expired ? displayName(status).toUpper() : displayName(status),
                     e.effective.toString(Qt::ISODate),
                     e.expires.toString(Qt::ISODate),
                     e.hasFile() ? e.fileName : Context::tr("(link)"),
                     sizeText(e.size),
                     e.sha256.left(12),
                     e.requirements.join(u", "),
                     e.elements.join(u", "),
                     e.title});
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("today"), day.toString(Qt::ISODate)},
                                      {QStringLiteral("expired"), expired},
                                      {QStringLiteral("evidence"), array}});
        return Ok;
    }
    if (keys.isEmpty()) {
        context.out << Context::tr("No evidence yet. Add a file with 'bulwark assess evidence add FILE --key KEY'.")
                    << "\n";
        return Ok;
    }
    context.out << Output::table(rows);
    if (expired > 0)
        context.out << Context::tr("%Ln piece(s) of evidence expired.", nullptr, expired) << "\n";
    return Ok;
}

/// The record fields every way of adding evidence reads from the options.
struct CommonOptions {
    QString key;
    QString title;
    QDate effective;
    QDate expires;
    QStringList requirements;
    QString assessment;
    QStringList elements;
};

Result<CommonOptions> commonOptions(const Context &context)
{
    CommonOptions o;
    o.key = context.parser.value(QStringLiteral("key"));
    if (o.key.isEmpty())
        return makeError(Error::Code::Invalid, Context::tr("--key KEY is required: the evidence's key."));
    o.title = context.parser.value(QStringLiteral("title"));
    auto effective = context.dateOption(QStringLiteral("effective"));
    if (!effective)
        return effective.error();
    auto expires = context.dateOption(QStringLiteral("expires"));
    if (!expires)
        return expires.error();
    o.effective = *effective;
    o.expires = *expires;
    o.requirements = context.parser.values(QStringLiteral("requirement"));
    o.assessment = context.parser.value(QStringLiteral("assessment"));
    o.elements = context.parser.values(QStringLiteral("element"));
    return o;
}

int add(Context &context, const QString &path)
{
    using namespace assessment;
    auto options = commonOptions(context);
    if (!options)
        return context.fail(options.error());
    const QFileInfo info(path);
    if (!info.isFile())
        return context.fail(
            makeError(Error::Code::NotFound, Context::tr("%1: there is no such file to add as evidence.").arg(path)));
    // Refused before it is read: a file larger than the register keeps.
    if (info.size() > maxEvidenceBytes)
        return context.fail(Context::tr("%1 has %2 bytes; evidence files may have at most %3 bytes (50 MiB).")
                                .arg(path)
                                .arg(info.size())
                                .arg(maxEvidenceBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(
            makeError(Error::Code::Io, Context::tr("%1 cannot be read: %2").arg(path, file.errorString())));
    EvidenceFile evidence;
    evidence.key = options->key;
    evidence.title = options->title;
    evidence.fileName = info.fileName();
    evidence.bytes = file.readAll();
    evidence.effective = options->effective;
    evidence.expires = options->expires;
    evidence.requirements = options->requirements;
    evidence.assessment = options->assessment;
    evidence.elements = options->elements;
    auto changes = addEvidenceChange(evidence);
    if (!changes) {
        Error error = changes.error();
        error.file = path;
        return context.fail(error);
    }
    auto service = context.openRegister();
    if (!service)
        return context.fail(service.error());
    const QString sha256 = changes->contents.keys().value(0);
    return context.applyAndReport(**service, *changes, [&](const ChangeSummary &) {
        return Context::tr("Stored %1 as evidence %2 (%3 bytes, SHA-256 %4).\n")
            .arg(evidence.fileName, evidence.key)
            .arg(evidence.bytes.size())
            .arg(sha256);
    });
}

int link(Context &context)
{
    using namespace assessment;
    auto options = commonOptions(context);
    if (!options)
        return context.fail(options.error());
    Evidence e;
    e.key = options->key;
    e.title = options->title;
    e.effective = options->effective;
    e.expires = options->expires;
    e.requirements = options->requirements;
    e.assessment = options->assessment;
    e.elements = options->elements;
    auto changes = addEvidenceLinkChange(e);
    if (!changes)
        return context.fail(changes.error());
    auto service = context.openRegister();
    if (!service)
        return context.fail(service.error());
    return context.applyAndReport(**service, *changes, [&](const ChangeSummary &) {
        return Context::tr("Recorded evidence %1, linked to %2.\n").arg(e.key, e.elements.join(u", "));
    });
}

int exportFile(Context &context, const QString &key, const QString &target)
{
    using namespace assessment;
    auto service = context.openForReading();
    if (!service)
        return context.fail(service.error());
    const auto records = (*service)->records(evidenceType());
    const auto it = records.constFind(key);
    if (it == records.constEnd())
        return context.fail(makeError(Error::Code::NotFound, Context::tr("There is no evidence '%1'.").arg(key)));
    const Evidence e = TableType<Evidence>::value(*it);
    if (!e.hasFile())
        return context.fail(Context::tr("Evidence %1 is a link to elements and has no file.").arg(key));
    auto bytes = (*service)->content(e.sha256);
    if (!bytes)
        return context.fail(bytes.error());
    // The bytes are checked before they leave: an altered file is not handed to an auditor as evidence.
    if (sha256Hex(*bytes) != e.sha256)
        return context.fail(makeError(
            Error::Code::Tampered,
            Context::tr("The stored bytes of evidence %1 (%2) no longer match their SHA-256; run 'bulwark verify'.")
                .arg(key, e.fileName)));
    if (target == u"-") {
        context.writeRaw(*bytes);
        return Ok;
    }
    if (auto written = exchange::SafeOutput::writeFile(target, *bytes); !written)
        return context.fail(written.error());
    if (!context.json())
        context.out << Context::tr("Wrote %1 (%2, %3 bytes, SHA-256 %4) to %5.\n")
                           .arg(key, e.fileName)
                           .arg(bytes->size())
                           .arg(e.sha256, target);
    return Ok;
}

} // namespace

void addEvidenceOptions(QCommandLineParser &parser)
{
    // --key is declared once, with the review commands (assessreview.cpp); it also names the evidence.
    parser.addOption({QStringLiteral("effective"),
                      Context::tr("With evidence add/link: from when it is evidence, as YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("expires"),
                      Context::tr("With evidence add/link: until when it is evidence, as YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("requirement"),
                      Context::tr("With evidence add/link: a requirement id it supports (repeat for several)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("assessment"),
                      Context::tr("With evidence add/link: the assessment it was gathered for."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("element"),
                      Context::tr("With evidence add/link: an element it is about (repeat for several)."),
                      QStringLiteral("KEY")});
}

int assessEvidence(Context &context, const QStringList &args)
{
    const QString action = args.value(1);
    if (args.size() == 1)
        return list(context);
    if (action == u"add" && args.size() == 3)
        return add(context, args[2]);
    if (action == u"link" && args.size() == 2)
        return link(context);
    if (action == u"export" && args.size() == 4)
        return exportFile(context, args[2], args[3]);
    return context.fail(usage());
}

} // namespace bulwark::cli
