// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/stalenotice.h"

#include "gui/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace bulwark::gui {

StaleNotice::StaleNotice(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("staleNotice"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's tooltip colours: a quiet note that reads in a light and a dark theme alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(tr("The register changed since this was computed."), this);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setWordWrap(true);
    m_runAgain = new QPushButton(icon("run"), tr("Run again"), this);
    m_runAgain->setObjectName(QStringLiteral("staleRunAgain"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_runAgain);
    connect(m_runAgain, &QPushButton::clicked, this, &StaleNotice::runAgainRequested);
    hide();
}

void StaleNotice::setComputedFrom(std::optional<quint64> version, quint64 current)
{
    m_computedFrom = version;
    update(current);
}

void StaleNotice::setCurrentVersion(quint64 current)
{
    update(current);
}

void StaleNotice::update(quint64 current)
{
    m_stale = m_computedFrom && *m_computedFrom != current;
    setVisible(m_stale);
}

} // namespace bulwark::gui
