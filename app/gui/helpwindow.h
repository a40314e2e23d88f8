// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace bulwark::gui {

/// The user guide (Help > Guide, F1): docs/guide/*.md, compiled into the program (":/bulwark/guide/"), so it reads
/// offline. A contents list on the left, one part per page of the window plus Getting started, shown in a
/// QTextBrowser that follows the links between the parts.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// The guide's parts in contents order: section id ("dashboard") and title.
    static QList<std::pair<QString, QString>> sections();
    /// Shows the part `section` (an id of sections(); an unknown id shows Getting started).
    void showSection(const QString &section);
    /// The id of the part shown.
    QString currentSection() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    void sourceChanged(const QUrl &url);

    QListWidget *m_contents;
    QTextBrowser *m_browser;
};

} // namespace bulwark::gui
