// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settingsdialog.h"

#include "gui/settings.h"
#include "model/i18n/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bulwark::gui {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Bulwark Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *files = new QGroupBox(tr("Registers"), this);
    auto *filesLayout = new QVBoxLayout(files);
    m_reopen = new QCheckBox(tr("&Open the last register when Bulwark starts (else the demo register)"), files);
    m_confirmImports = new QCheckBox(tr("Show what an &import would change and ask before writing it"), files);
    filesLayout->addWidget(m_reopen);
    filesLayout->addWidget(m_confirmImports);
    layout->addWidget(files);

    auto *map = new QGroupBox(tr("Map"), this);
    auto *mapLayout = new QFormLayout(map);
    m_mapLimit = new QSpinBox(map);
    m_mapLimit->setRange(10, 2000);
    m_mapLimit->setSingleStep(50);
    m_mapLimit->setSuffix(tr(" elements"));
    m_mapLimit->setToolTip(tr("Larger drawings take longer to lay out and are harder to read"));
    m_mapHops = new QSpinBox(map);
    m_mapHops->setRange(1, 6);
    m_mapHops->setToolTip(tr("How many dependency steps around the chosen element are drawn at first"));
    mapLayout->addRow(tr("Draw at most:"), m_mapLimit);
    mapLayout->addRow(tr("Steps around an element:"), m_mapHops);
    layout->addWidget(map);

    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QFormLayout(language);
    m_language = new QComboBox(language);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system (%1)").arg(i18n::nativeName(*i18n::resolve(QString()))),
                        QStringLiteral("system"));
    for (const QString &code : i18n::languages())
        m_language->addItem(i18n::nativeName(code), code);
    m_language->setToolTip(tr("The language of the window and the command line; a report's language is chosen "
                              "on the Reports page"));
    auto *restartNote = new QLabel(tr("Takes effect when Bulwark starts next."), language);
    restartNote->setEnabled(false);
    languageLayout->addRow(tr("&Window:"), m_language);
    languageLayout->addRow(QString(), restartNote);
    layout->addWidget(language);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults),
            &QPushButton::clicked,
            this,
            &SettingsDialog::restoreDefaults);
    layout->addWidget(buttons);

    const Settings settings;
    m_reopen->setChecked(settings.reopenLastRegister());
    m_confirmImports->setChecked(settings.confirmImports());
    m_mapLimit->setValue(settings.mapElementLimit());
    m_mapHops->setValue(settings.mapHops());
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
}

void SettingsDialog::restoreDefaults()
{
    m_reopen->setChecked(true);
    m_confirmImports->setChecked(true);
    m_mapLimit->setValue(Settings::defaultMapElementLimit);
    m_mapHops->setValue(Settings::defaultMapHops);
    m_language->setCurrentIndex(0);
}

void SettingsDialog::accept()
{
    Settings settings;
    settings.setReopenLastRegister(m_reopen->isChecked());
    settings.setConfirmImports(m_confirmImports->isChecked());
    settings.setMapElementLimit(m_mapLimit->value());
    settings.setMapHops(m_mapHops->value());
    settings.setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace bulwark::gui
