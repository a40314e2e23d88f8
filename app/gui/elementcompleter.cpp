// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/elementcompleter.h"

#include "gui/backgroundjob.h"
#include "model/register/registerservice.h"

#include <QCompleter>
#include <QLineEdit>

namespace bulwark::gui {
namespace {

const QString jobName = QStringLiteral("bulwarkCompleterJob");

/// The line edit's own job (a child, so it dies with the edit): a newer request replaces an older one that has not
/// finished, and only the last one installs its completer.
BackgroundJob<QStringList> *completerJob(QLineEdit *edit)
{
    if (auto *job = edit->findChild<BackgroundJobBase *>(jobName, Qt::FindDirectChildrenOnly))
        return static_cast<BackgroundJob<QStringList> *>(job); // only this file names a job so
    auto *job = new BackgroundJob<QStringList>(edit);
    job->setObjectName(jobName);
    return job;
}

} // namespace

void installElementCompleter(QLineEdit *edit, const RegisterService &service, std::function<void()> activated)
{
    // Implicitly shared copies: O(1) here, read-only on the worker (a later edit of the register detaches).
    const QHash<QString, Element> elements = service.elements();
    const QStringList keys = service.sortedKeys();
    completerJob(edit)->run(
        [elements, keys](Feedback &feedback) -> Result<QStringList> {
            QStringList entries;
            entries.reserve(keys.size());
            for (const QString &key : keys) { // in key order already: nothing to sort
                if (entries.size() % 8192 == 0 && feedback.isCanceled())
                    return makeError(Error::Code::Canceled, QString()); // replaced: never shown
                entries << key + QStringLiteral("  ") + elements.value(key).name;
            }
            return entries;
        },
        [edit, activated](Result<QStringList> entries) {
            if (!entries)
                return;
            auto *completer = new QCompleter(*entries, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            completer->setMaxVisibleItems(12);
            edit->setCompleter(completer); // deletes the previous one, which the line edit owns
            QObject::connect(completer, qOverload<const QString &>(&QCompleter::activated), edit, [edit, activated] {
                QMetaObject::invokeMethod(edit, activated, Qt::QueuedConnection);
            });
        });
}

} // namespace bulwark::gui
