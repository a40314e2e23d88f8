// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings.h"

#include "model/logfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace bulwark::gui {
namespace {
const auto recentFilesKey = QStringLiteral("files/recent");
const auto lastRegisterKey = QStringLiteral("files/lastRegister");
const auto lastFolderKey = QStringLiteral("files/lastFolder");
const auto geometryKey = QStringLiteral("window/geometry");
const auto stateKey = QStringLiteral("window/state");
const auto splitterKey = QStringLiteral("register/splitter");
const auto hiddenColumnsKey = QStringLiteral("register/hiddenElementColumns");
const auto reopenKey = QStringLiteral("files/reopenLast");
const auto confirmImportsKey = QStringLiteral("files/confirmImports");
const auto mapLimitKey = QStringLiteral("map/elementLimit");
const auto mapHopsKey = QStringLiteral("map/hops");
const auto themeKey = QStringLiteral("view/theme");
const auto languageKey = QStringLiteral("view/language");
} // namespace

QStringList Settings::recentFiles() const
{
    return m_settings.value(recentFilesKey).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings.setValue(recentFilesKey, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(recentFilesKey, files);
}

void Settings::clearRecentFiles()
{
    m_settings.remove(recentFilesKey);
}

QString Settings::lastRegister() const
{
    return m_settings.value(lastRegisterKey).toString();
}

void Settings::setLastRegister(const QString &path)
{
    m_settings.setValue(lastRegisterKey, QFileInfo(path).absoluteFilePath());
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}

QByteArray Settings::registerSplitter() const
{
    return m_settings.value(splitterKey).toByteArray();
}

void Settings::setRegisterSplitter(const QByteArray &state)
{
    m_settings.setValue(splitterKey, state);
}

QStringList Settings::hiddenElementColumns() const
{
    if (!m_settings.contains(hiddenColumnsKey))
        return {QStringLiteral("rpo"), QStringLiteral("mtd"), QStringLiteral("availability"), QStringLiteral("tags")};
    return m_settings.value(hiddenColumnsKey).toStringList();
}

void Settings::setHiddenElementColumns(const QStringList &tokens)
{
    m_settings.setValue(hiddenColumnsKey, tokens);
}

QString Settings::lastFolder() const
{
    return m_settings.value(lastFolderKey, QDir::homePath()).toString();
}

void Settings::setLastFolder(const QString &folder)
{
    m_settings.setValue(lastFolderKey, folder);
}

bool Settings::reopenLastRegister() const
{
    return m_settings.value(reopenKey, true).toBool();
}

void Settings::setReopenLastRegister(bool on)
{
    m_settings.setValue(reopenKey, on);
}

QString Settings::theme() const
{
    return m_settings.value(themeKey, QStringLiteral("system")).toString();
}

void Settings::setTheme(const QString &token)
{
    m_settings.setValue(themeKey, token);
}

QString Settings::language() const
{
    return m_settings.value(languageKey, QStringLiteral("system")).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(languageKey, code);
}

bool Settings::confirmImports() const
{
    return m_settings.value(confirmImportsKey, true).toBool();
}

void Settings::setConfirmImports(bool on)
{
    m_settings.setValue(confirmImportsKey, on);
}

int Settings::mapElementLimit() const
{
    return std::clamp(m_settings.value(mapLimitKey, defaultMapElementLimit).toInt(), 10, 2000);
}

void Settings::setMapElementLimit(int limit)
{
    m_settings.setValue(mapLimitKey, std::clamp(limit, 10, 2000));
}

int Settings::mapHops() const
{
    return std::clamp(m_settings.value(mapHopsKey, defaultMapHops).toInt(), 1, 6);
}

void Settings::setMapHops(int hops)
{
    m_settings.setValue(mapHopsKey, std::clamp(hops, 1, 6));
}

QString Settings::demoRegisterPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("demo-bank.bulwark"));
}

} // namespace bulwark::gui
