// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementcompleter.h"

#include "register/registerservice.h"

#include <QCompleter>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QPointer>
#include <QtConcurrent>

namespace bulwark::gui {

void installElementCompleter(QLineEdit *edit, const RegisterService &service, std::function<void()> activated)
{
    // Implicitly shared copies: O(1) here, read-only on the worker (a later edit of the register detaches).
    const QHash<QString, Element> elements = service.elements();
    const QStringList keys = service.sortedKeys();
    auto *watcher = new QFutureWatcher<QStringList>(edit);
    // A newer request replaces an older one that has not finished: only the last one installs its completer.
    edit->setProperty("bulwarkCompleterRequest", QVariant::fromValue(static_cast<QObject *>(watcher)));
    QObject::connect(watcher, &QFutureWatcher<QStringList>::finished, edit, [edit, watcher, activated] {
        watcher->deleteLater();
        if (edit->property("bulwarkCompleterRequest").value<QObject *>() != watcher)
            return;
        auto *completer = new QCompleter(watcher->result(), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setMaxVisibleItems(12);
        edit->setCompleter(completer); // deletes the previous one, which the line edit owns
        QObject::connect(completer, qOverload<const QString &>(&QCompleter::activated), edit, [edit, activated] {
            QMetaObject::invokeMethod(edit, activated, Qt::QueuedConnection);
        });
    });
    watcher->setFuture(QtConcurrent::run([elements, keys] {
        QStringList entries;
        entries.reserve(keys.size());
        for (const QString &key : keys) // in key order already: nothing to sort
            entries << key + QStringLiteral("  ") + elements.value(key).name;
        return entries;
    }));
}

} // namespace bulwark::gui
