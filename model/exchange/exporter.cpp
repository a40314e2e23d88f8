// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/exporter.h"

#include "model/exchange/safeoutput.h"
#include "model/register/registerservice.h"

namespace bulwark::exchange {
namespace {

Format resolved(const QString &path, Format format)
{
    return format == Format::Auto ? FormatRegistry::detect(path) : format;
}

Error severalFiles(const FormatInfo &info)
{
    return makeError(
        Error::Code::Invalid,
        Exporter::tr("A %1 export writes several files: give the folder to write them into.").arg(info.id.toUpper()));
}

/// check() for a write to a file or folder (not standard output).
Result<FormatInfo> checkTarget(const QString &path, const ExportSettings &settings)
{
    auto info = Exporter::check(path, settings);
    if (info && path.isEmpty())
        return makeError(Error::Code::Invalid, Exporter::tr("Give the file to write the export to."));
    return info;
}

} // namespace

Result<FormatInfo> Exporter::check(const QString &path, const ExportSettings &settings)
{
    const auto info = FormatRegistry::find(resolved(path, settings.format));
    if (!info || !info->canWrite())
        return makeError(Error::Code::Invalid,
                         tr("This format cannot be written; the formats for an export are %1.")
                             .arg(FormatRegistry::idChoices(FormatUse::Write)));
    if (path.isEmpty() && info->isFolder())
        return severalFiles(*info);
    return *info;
}

Result<void> Exporter::write(const RegisterData &data, const QString &path, const ExportSettings &settings)
{
    const auto info = checkTarget(path, settings);
    if (!info)
        return info.error();
    if (info->isFolder())
        return info->writeFolder(data, path);
    return SafeOutput::writeFile(path, info->encode(data));
}

Result<void>
Exporter::run(const RegisterService &service, const QString &path, const ExportSettings &settings, Feedback *feedback)
{
    if (auto checked = checkTarget(path, settings); !checked)
        return checked.error();
    // With the stored content its evidence names (a format without a place for it leaves it out).
    const auto data = service.snapshotWithContents();
    if (!data)
        return data.error();
    if (feedback) {
        if (feedback->isCanceled())
            return makeError(Error::Code::Canceled, tr("The export was canceled; nothing was written."));
        feedback->setProgress(50);
    }
    auto written = write(*data, path, settings);
    if (written && feedback)
        feedback->setProgress(100);
    return written;
}

Result<QByteArray> Exporter::encode(const RegisterData &data, Format format)
{
    const auto info = check(QString(), ExportSettings{format});
    if (!info)
        return info.error();
    return info->encode(data);
}

} // namespace bulwark::exchange
