// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German (issue 15): every page, menu, button, label and column heading a user sees on the demo
// register is German where the German catalogue has the text, so a text that reaches the screen untranslated (a
// context lupdate saw differently from the program, a catalogue not loaded) fails here, named.
#include "../catalogue.h"
#include "gui/dashboardpage.h"
#include "gui/mainwindow.h"
#include "model/exchange/demoregister.h"
#include "model/i18n/language.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::gui;

class tst_German : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPageSpeaksGerman();

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_english; ///< an English text -> its German translation (where they differ)
    QSet<QString> m_german;            ///< every German translation (a text that is both is fine)
};

void tst_German::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QDir dir(QStringLiteral(BULWARK_SOURCE_DIR "/resources/translations"));
    for (const QString &file : dir.entryList({QStringLiteral("bulwark_*_de.ts")}, QDir::Files)) {
        QString error;
        for (const test::Message &m : test::readCatalogue(dir.filePath(file), &error)) {
            if (m.numerus || !m.finished || m.forms.isEmpty())
                continue;
            m_german.insert(m.forms.first());
            if (m.forms.first() != m.source && !m.source.contains(u'%'))
                m_english.insert(m.source, m.forms.first());
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QVERIFY(m_english.size() > 1000);
    QVERIFY(i18n::setLanguage(QStringLiteral("de")));
}

void tst_German::everyPageSpeaksGerman()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(demo));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QSignalSpy opened(&window, &MainWindow::registerOpened);
    QSignalSpy refreshed(window.dashboardPage(), &DashboardPage::refreshed);
    window.openRegister(demo);
    QVERIFY(opened.wait(20000));
    QVERIFY(refreshed.count() > 0 || refreshed.wait(20000));

    QStringList untranslated;
    auto check = [&](const QString &shown, const QString &where) {
        QString text = shown;
        text.remove(u'&');
        for (const QString &candidate : {shown, text}) {
            if (m_english.contains(candidate) && !m_german.contains(candidate)) {
                const QString entry = QStringLiteral("%1: \"%2\"").arg(where, candidate);
                if (!untranslated.contains(entry))
                    untranslated << entry;
                return;
            }
        }
    };
    auto sweep = [&](const QString &page) {
        QTest::qWait(300);
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            if (!w->toolTip().isEmpty())
                check(w->toolTip(), page + QStringLiteral(" tooltip"));
            if (auto *label = qobject_cast<QLabel *>(w))
                check(label->text(), page);
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                check(button->text(), page);
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                check(box->title(), page);
            else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(tabs->tabText(i), page);
            } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
                if (QAbstractItemModel *model = view->model()) {
                    for (int c = 0; c < model->columnCount(); ++c)
                        check(model->headerData(c, Qt::Horizontal).toString(), page + QStringLiteral(" column"));
                }
            }
        }
    };
    for (QAction *menu : window.menuBar()->actions()) {
        check(menu->text(), QStringLiteral("menu"));
        if (menu->menu()) {
            for (QAction *action : menu->menu()->actions()) {
                check(action->text(), QStringLiteral("menu ") + menu->text());
                check(action->toolTip(), QStringLiteral("menu tooltip"));
            }
        }
    }
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    for (int row = 0; row < sidebar->count(); ++row) {
        check(sidebar->item(row)->text(), QStringLiteral("sidebar"));
        sidebar->setCurrentRow(row);
        sweep(sidebar->item(row)->text());
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 English texts on screen in German:\n  ").arg(untranslated.size())
                        + untranslated.mid(0, 60).join(QStringLiteral("\n  "))));
    // And the window really is German (not a window where nothing matched).
    QCOMPARE(window.menuBar()->actions().first()->text(), m_english.value(QStringLiteral("&File")));
}

QTEST_MAIN(tst_German)
#include "tst_german.moc"
