// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

namespace bulwark {
namespace {

QMutex logMutex;
QFile *logFile = nullptr;
QtMessageHandler previousHandler = nullptr;

void writeToLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg) {
        previousHandler(type, context, message);
        return;
    }
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + levels[std::min<int>(type, 4)] + ' ' + QByteArray(context.category ? context.category : "default") + ": "
        + message.toUtf8() + '\n';
    const QMutexLocker locker(&logMutex);
    if (logFile && logFile->write(line) == line.size() && logFile->flush())
        return;
    std::fputs(line.constData(), stderr); // the log cannot be written: the terminal is better than nothing
}

} // namespace

QString dataFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        return {};
    const QString folder = base + QStringLiteral("/Bulwark");
    if (!QDir().mkpath(folder))
        return {};
    // Before issue 15 the folder was the application's data location, "<organisation>/<application>", both
    // "Bulwark": move what is there up one level, once.
    const QDir old(folder + QStringLiteral("/Bulwark"));
    if (old.exists()) {
        for (const QString &name : old.entryList(QDir::Files | QDir::Hidden)) {
            const QString target = folder + u'/' + name;
            if (!QFileInfo::exists(target))
                QFile::rename(old.filePath(name), target);
        }
        QDir().rmdir(old.path()); // only when it is empty now
    }
    return folder;
}

void installLogFile()
{
    if (qEnvironmentVariable("BULWARK_LOG") == u"stderr")
        return;
    const QString folder = dataFolder();
    if (folder.isEmpty())
        return;
    const QString path = folder + QStringLiteral("/bulwark.log");
    if (QFileInfo(path).size() > 1024 * 1024) {
        QFile::remove(path + QStringLiteral(".1"));
        QFile::rename(path, path + QStringLiteral(".1"));
    }
    auto *file = new QFile(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        delete file;
        return;
    }
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    logFile = file; // lives as long as the process: messages may come from static destructors
    previousHandler = qInstallMessageHandler(writeToLog);
}

QString logFilePath()
{
    const QMutexLocker locker(&logMutex);
    return logFile ? logFile->fileName() : QString();
}

} // namespace bulwark
