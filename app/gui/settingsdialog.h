// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace bulwark::gui {

/// Preferences: what opens at start, whether imports ask first, how much of the map is drawn. Reads Settings when
/// shown and writes them on OK; Restore Defaults puts back the documented defaults.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QCheckBox *reopenCheck() const { return m_reopen; }
    QCheckBox *confirmImportsCheck() const { return m_confirmImports; }
    QSpinBox *mapLimitBox() const { return m_mapLimit; }
    QSpinBox *mapHopsBox() const { return m_mapHops; }

public Q_SLOTS:
    void accept() override;
    void restoreDefaults();

private:
    QCheckBox *m_reopen;
    QCheckBox *m_confirmImports;
    QSpinBox *m_mapLimit;
    QSpinBox *m_mapHops;
    QComboBox *m_language;
};

} // namespace bulwark::gui
