// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reports benchmark: builds and writes every report kind in every format it has from one register, through the same
// path as `bulwark report` and the Reports page (reports::Reports), and prints a Markdown table of the times, the
// pages of each PDF and the bytes written. Usage: bench_reports REGISTER [OUT_FOLDER]. Run by hand (offscreen); not a
// timed test.
#include "model/feedback.h"
#include "model/register/registerservice.h"
#include "reports/reportrequest.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace bulwark;
using namespace bulwark::reports;

namespace {

qint64 bytesAt(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return info.size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

/// Pages of a PDF written by PdfRenderer: its page objects (Qt writes one "/Type /Page" per page).
int pagesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray bytes = file.readAll();
    return int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_reports REGISTER [OUT_FOLDER]\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QString out = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path();
    QDir().mkpath(out);
    QElapsedTimer timer;
    timer.start();
    auto service = RegisterService::open(QString::fromLocal8Bit(argv[1]), store::Database::OpenMode::OpenExisting);
    if (!service) {
        std::fprintf(stderr, "%s\n", qPrintable(service.error().toString()));
        return 2;
    }
    std::printf("reports benchmark: %lld elements, %lld dependencies, %lld saved scenarios (open %.0f ms)\n\n",
                qint64((*service)->elementCount()),
                qint64((*service)->dependencyCount()),
                qint64((*service)->scenarios().size()),
                timer.nsecsElapsed() / 1e6);
    std::printf("| report | build | format | write | pages | size |\n|---|---|---|---|---|---|\n");
    for (const ReportKind kind : {ReportKind::Audit, ReportKind::Scenario, ReportKind::Register}) {
        ReportRequest request;
        request.kind = kind;
        request.date = QDate(2026, 11, 30);
        request.classification = QStringLiteral("Confidential");
        Feedback feedback;
        timer.restart();
        const auto document = Reports::build(**service, request, &feedback);
        const double buildMs = timer.nsecsElapsed() / 1e6;
        if (!document) {
            std::printf("| %s | refused: %s | | | | |\n",
                        qPrintable(Reports::kindName(kind)),
                        qPrintable(document.error().message));
            continue;
        }
        for (const ReportFormat format : Reports::formats(kind)) {
            const QString path = QDir(out).filePath(Reports::kindName(kind) + u'.' + Reports::formatName(format));
            timer.restart();
            const Result<void> written = Reports::write(*document, format, path, {}, &feedback);
            const double writeMs = timer.nsecsElapsed() / 1e6;
            if (!written) {
                std::printf("| %s | %.0f ms | %s | failed: %s | | |\n",
                            qPrintable(Reports::kindName(kind)),
                            buildMs,
                            qPrintable(Reports::formatName(format)),
                            qPrintable(written.error().message));
                continue;
            }
            std::printf("| %s | %.0f ms | %s | %.0f ms | %s | %.1f MB |\n",
                        qPrintable(Reports::kindName(kind)),
                        buildMs,
                        qPrintable(Reports::formatName(format)),
                        writeMs,
                        format == ReportFormat::Pdf ? qPrintable(QString::number(pagesOf(path))) : "",
                        bytesAt(path) / 1e6);
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\npeak memory %ld MB\n", usage.ru_maxrss / 1024);
    return 0;
}
