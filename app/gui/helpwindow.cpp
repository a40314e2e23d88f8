// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/helpwindow.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>

namespace bulwark::gui {
namespace {

const auto guidePrefix = QStringLiteral("qrc:/bulwark/guide/");

QUrl sectionUrl(const QString &section)
{
    return QUrl(guidePrefix + section + QStringLiteral(".md"));
}

} // namespace

HelpWindow::HelpWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Bulwark Guide"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(this);
    m_contents = new QListWidget(splitter);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    for (const auto &[id, title] : sections()) {
        auto *item = new QListWidgetItem(title, m_contents);
        item->setData(Qt::UserRole, id);
    }
    m_browser = new QTextBrowser(splitter);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true); // the guide's own links stay inside; a web address opens in the browser
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 560});
    layout->addWidget(splitter);
    resize(760, 560);

    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showSection(m_contents->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::sourceChanged);
    showSection(QStringLiteral("getting-started"));
}

QList<std::pair<QString, QString>> HelpWindow::sections()
{
    return {{QStringLiteral("getting-started"), tr("Getting started")},
            {QStringLiteral("dashboard"), tr("Dashboard")},
            {QStringLiteral("register"), tr("Register")},
            {QStringLiteral("map"), tr("Map")},
            {QStringLiteral("impact"), tr("Impact")},
            {QStringLiteral("function"), tr("Function")},
            {QStringLiteral("assessment"), tr("Assessment")},
            {QStringLiteral("reports"), tr("Reports")},
            {QStringLiteral("roi"), tr("Register of information")}};
}

void HelpWindow::showSection(const QString &section)
{
    bool known = false;
    for (const auto &entry : sections())
        known = known || entry.first == section;
    const QUrl url = sectionUrl(known ? section : QStringLiteral("getting-started"));
    if (m_browser->source() != url)
        m_browser->setSource(url, QTextDocument::MarkdownResource);
}

QString HelpWindow::currentSection() const
{
    return QFileInfo(m_browser->source().path()).completeBaseName();
}

void HelpWindow::sourceChanged(const QUrl &url)
{
    // The contents list follows the part shown, also when a link in the text led there.
    const QString section = QFileInfo(url.path()).completeBaseName();
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(Qt::UserRole).toString() == section) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentRow(row);
        }
    }
}

} // namespace bulwark::gui
