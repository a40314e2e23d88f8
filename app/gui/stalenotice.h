// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace bulwark::gui {

/// A calm line above a result that the register has made stale (issue 12): "The register changed since this was
/// computed" and a Run again button. The page remembers the register version its result was computed from
/// (SnapshotCache::generation) and calls setComputedFrom() / registerVersionChanged(); the notice shows itself while
/// the two differ and a result is shown.
class StaleNotice : public QFrame
{
    Q_OBJECT
public:
    explicit StaleNotice(QWidget *parent = nullptr);

    /// A result computed from register version `version` is shown now (std::nullopt: none is shown).
    void setComputedFrom(std::optional<quint64> version, quint64 current);
    /// The register is at `current` now.
    void setCurrentVersion(quint64 current);
    bool isStale() const { return m_stale; }
    QPushButton *runAgainButton() const { return m_runAgain; }

Q_SIGNALS:
    void runAgainRequested();

private:
    void update(quint64 current);

    std::optional<quint64> m_computedFrom;
    bool m_stale = false;
    QLabel *m_text;
    QPushButton *m_runAgain;
};

/// Whether `page` sits hidden behind another page of a window that is shown: a page that computes its contents from
/// the whole register then marks itself stale after a change and computes again when it is shown, instead of after
/// every edit (issue 12: at 100,000 elements each such refresh reads the whole register on a worker, which competes
/// with the GUI thread for the cores). A page on its own (not in a shown window, as in tests) refreshes as before.
inline bool isHiddenInShownWindow(const QWidget *page)
{
    return !page->isVisible() && page->window() != page && page->window()->isVisible();
}

} // namespace bulwark::gui
