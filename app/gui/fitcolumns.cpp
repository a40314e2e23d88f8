// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/fitcolumns.h"

#include <QEvent>
#include <QTableView>

#include <algorithm>

namespace bulwark::gui {
namespace {

void fitNow(QTableView *view, int maxNameWidth)
{
    view->resizeColumnsToContents();
    if (maxNameWidth > 0 && view->model() && view->model()->columnCount() > 1)
        view->setColumnWidth(1, std::min(view->columnWidth(1), maxNameWidth));
    // A compact table (the Register's elements at 1280x720): no column after the key and the name wider than this;
    // the cell elides and its tooltip has the whole text.
    const int maxWidth = view->property(maxColumnWidthProperty).toInt();
    for (int column = 0; maxWidth > 0 && view->model() && column < view->model()->columnCount(); ++column) {
        if (column > 1 && view->columnWidth(column) > maxWidth)
            view->setColumnWidth(column, maxWidth);
    }
}

/// Fits the view the first time it is shown, then goes.
class FitOnShow : public QObject
{
public:
    static constexpr auto objectName = "bulwarkFitOnShow";
    FitOnShow(QTableView *view, int maxNameWidth) : QObject(view), m_view(view), m_maxNameWidth(maxNameWidth)
    {
        setObjectName(QLatin1String(objectName));
        view->installEventFilter(this);
    }
    void setMaxNameWidth(int width) { m_maxNameWidth = width; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::Show) {
            m_view->removeEventFilter(this);
            QTableView *view = m_view;
            const int width = m_maxNameWidth;
            deleteLater();
            fitNow(view, width);
        }
        return false;
    }

private:
    QTableView *m_view;
    int m_maxNameWidth;
};

} // namespace

void fitColumns(QTableView *view, int maxNameWidth)
{
    // No Q_OBJECT in FitOnShow: found by name and checked with dynamic_cast, not qobject_cast.
    auto *pending = dynamic_cast<FitOnShow *>(
        view->findChild<QObject *>(QLatin1String(FitOnShow::objectName), Qt::FindDirectChildrenOnly));
    if (view->isVisible()) {
        delete pending;
        fitNow(view, maxNameWidth);
        return;
    }
    if (pending)
        pending->setMaxNameWidth(maxNameWidth);
    else
        new FitOnShow(view, maxNameWidth);
}

} // namespace bulwark::gui
