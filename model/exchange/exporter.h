// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exchange/formatregistry.h"
#include "model/feedback.h"
#include "model/register/registerdata.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace bulwark {
class RegisterService;
}

namespace bulwark::exchange {

struct ExportSettings {
    Format format = Format::Json; ///< Auto: chosen from the path as an import would (FormatRegistry::detect)
};

/// Writes a register in any format of FormatRegistry that can be written. A file is replaced whole and only once
/// the new one is on disk, a folder of files likewise (SafeOutput): a failure keeps the earlier export. The errors
/// of an export are worded here, for the window and the command line alike.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    /// Checks the settings before anything is read: a known format that can be written, and for a format that is a
    /// folder of files a folder. An empty `path` stands for standard output (see encode()).
    [[nodiscard]] static Result<FormatInfo> check(const QString &path, const ExportSettings &settings);
    /// Writes `data` to `path` (a file, or the folder of a folder format).
    [[nodiscard]] static Result<void>
    write(const RegisterData &data, const QString &path, const ExportSettings &settings);
    /// Writes the register of `service` to `path`. `feedback` (optional): progress 0-100, and a cancel before the
    /// file is written (Error::Code::Canceled; nothing is written). Runs on any thread that may use `service`.
    [[nodiscard]] static Result<void> run(const RegisterService &service,
                                          const QString &path,
                                          const ExportSettings &settings,
                                          Feedback *feedback = nullptr);
    /// The bytes of a one-file format (to write to standard output); an error for a folder format.
    [[nodiscard]] static Result<QByteArray> encode(const RegisterData &data, Format format);
};

} // namespace bulwark::exchange
