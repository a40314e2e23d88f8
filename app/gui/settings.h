// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace bulwark::gui {

/// The only door to QSettings: one typed getter and setter per key, with the default beside the key.
class Settings
{
public:
    static constexpr int maxRecentFiles = 8;

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QString lastRegister() const;
    void setLastRegister(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray registerSplitter() const;
    void setRegisterSplitter(const QByteArray &state);
    /// The Register's element table columns the user hid (column tokens: "rpo", "tags", ...). Default: the RPO, the
    /// max. downtime, the availability and the tags, so that the table fits beside the form at 1280x720.
    QStringList hiddenElementColumns() const;
    void setHiddenElementColumns(const QStringList &tokens);

    /// Folder of files and dialogs: the last folder used, the home folder at first.
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    /// Open the last register when Bulwark starts (else the demo). Default on.
    bool reopenLastRegister() const;
    void setReopenLastRegister(bool on);
    /// Show an import's dry-run summary and ask before writing. Default on.
    bool confirmImports() const;
    void setConfirmImports(bool on);
    /// The most elements the map draws at once (10-2,000). Default 300.
    int mapElementLimit() const;
    void setMapElementLimit(int limit);
    /// View > Theme: "system", "light" or "dark" (theme::token).
    QString theme() const;
    void setTheme(const QString &token);
    /// The window's language: "system" (the default) or a code of i18n::languages(); read at start.
    QString language() const;
    void setLanguage(const QString &code);

    /// Dependency steps drawn around the chosen element (1-6). Default 2.
    int mapHops() const;
    void setMapHops(int hops);

    static constexpr int defaultMapElementLimit = 300;
    static constexpr int defaultMapHops = 2;

    /// Where the demo register lives: the per-user data folder.
    static QString demoRegisterPath();

private:
    QSettings m_settings;
};

} // namespace bulwark::gui
