// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dashboardpage.h"
#include "gui/impactpage.h"
#include "gui/mainwindow.h"
#include "gui/models/resulttablemodel.h"
#include "gui/tableexport.h"
#include "model/exchange/demoregister.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::gui;

/// Issue 12, "Results leave the window": every result table copies as tab-separated rows with its header (Ctrl+C,
/// "Copy all rows") and exports to CSV, on the offscreen platform.
class tst_TableExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyResultTableHasTheActions();
    void ctrlCCopiesTheSelectedRowsWithTheHeader();
    void copyAllRowsCopiesEveryRowAsShown();
    void exportWritesCsvAsShown();
    void exportToAnUnwritablePathFails();

private:
    /// Opens the demo register and runs an impact of the Frankfurt data centre on the Impact page.
    void runImpact();
    QTableView *viewOf(QWidget *page, const QAbstractItemModel *model) const;
    static QAction *action(QTableView *view, const QString &name);
    /// The lines the user sees: header, then `rows` of the model, tab- or comma-separated (CSV quoting), written
    /// independently of gui/tableexport.
    static QStringList shownLines(const QAbstractItemModel *model, const QList<int> &rows, bool csv);

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void tst_TableExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(m_demo));
}

void tst_TableExport::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_TableExport::cleanup()
{
    m_window.reset();
}

void tst_TableExport::runImpact()
{
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(m_demo);
    QVERIFY(opened.wait(10000));
    m_window->showPage(MainWindow::ImpactPageIndex);
    ImpactPage *page = m_window->impactPage();
    page->setFailedKeys({QStringLiteral("FAC-DC-FRA")});
    QSignalSpy finished(page, &ImpactPage::finished);
    page->run();
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(page->functionModel()->rowCount() >= 4);
}

QTableView *tst_TableExport::viewOf(QWidget *page, const QAbstractItemModel *model) const
{
    for (QTableView *view : page->findChildren<QTableView *>()) {
        if (view->model() == model)
            return view;
    }
    return nullptr;
}

QAction *tst_TableExport::action(QTableView *view, const QString &name)
{
    for (QAction *a : view->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

QStringList tst_TableExport::shownLines(const QAbstractItemModel *model, const QList<int> &rows, bool csv)
{
    auto field = [csv](QString text) {
        if (csv && (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')))
            return QStringLiteral("\"%1\"").arg(text.replace(QStringLiteral("\""), QStringLiteral("\"\"")));
        return text;
    };
    const QString separator = csv ? QStringLiteral(",") : QStringLiteral("\t");
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << field(model->headerData(c, Qt::Horizontal).toString());
    lines << header.join(separator);
    for (const int row : rows) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << field(model->index(row, c).data().toString());
        lines << cells.join(separator);
    }
    return lines;
}

void tst_TableExport::everyResultTableHasTheActions()
{
    QList<QTableView *> views = m_window->impactPage()->findChildren<QTableView *>();
    QCOMPARE(views.size(), 4);
    const QList<QTableView *> dashboard = m_window->dashboardPage()->findChildren<QTableView *>();
    QCOMPARE(dashboard.size(), 6);
    views << dashboard;
    for (QTableView *view : views) {
        QVERIFY(qobject_cast<ResultTableModel *>(view->model()));
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QAction *copy = action(view, QStringLiteral("copyRows"));
        QVERIFY(copy);
        QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
        QCOMPARE(copy->shortcutContext(), Qt::WidgetShortcut);
        QVERIFY(action(view, QStringLiteral("copyAllRows")));
        QVERIFY(action(view, QStringLiteral("exportCsv")));
    }
}

void tst_TableExport::ctrlCCopiesTheSelectedRowsWithTheHeader()
{
    runImpact();
    ImpactPage *page = m_window->impactPage();
    ResultTableModel *model = page->functionModel();
    QTableView *view = viewOf(page, model);
    QVERIFY(view);
    QVERIFY(view->isVisible());
    // Two rows, the later one selected first: the copy follows the table's order, not the order of the clicks.
    view->selectionModel()->select(model->index(3, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QGuiApplication::clipboard()->setText(QStringLiteral("nothing copied"));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);

    const QString text = QGuiApplication::clipboard()->text();
    QStringList lines = text.split(u'\n');
    QCOMPARE(lines.takeLast(), QString()); // every line ends in \n
    QCOMPARE(lines, shownLines(model, {1, 3}, false));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("Function\tName\tCriticality\t")));
    QCOMPARE(lines[1].split(u'\t').first(), model->row(1).key);
    QCOMPARE(lines[2].split(u'\t').first(), model->row(3).key);
    QCOMPARE(lines[1].split(u'\t').size(), model->columnCount());
}

void tst_TableExport::copyAllRowsCopiesEveryRowAsShown()
{
    runImpact();
    ImpactPage *page = m_window->impactPage();
    ResultTableModel *model = page->blastModel();
    QTableView *view = viewOf(page, model);
    QVERIFY(view);
    // Sorted by name as the user would by clicking the header: the copy is in that order.
    view->sortByColumn(1, Qt::DescendingOrder);
    view->selectionModel()->select(model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QGuiApplication::clipboard()->setText(QStringLiteral("nothing copied"));
    QAction *copyAll = action(view, QStringLiteral("copyAllRows"));
    QVERIFY(copyAll);
    copyAll->trigger();

    QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.takeLast(), QString());
    QList<int> all;
    for (int row = 0; row < model->rowCount(); ++row)
        all << row;
    QCOMPARE(lines.size(), model->rowCount() + 1);
    QCOMPARE(lines, shownLines(model, all, false));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(QString::compare(model->row(row - 1).cells[1].text, model->row(row).cells[1].text, Qt::CaseInsensitive)
                >= 0);

    // Nothing selected: Ctrl+C copies every row too.
    view->clearSelection();
    QGuiApplication::clipboard()->setText(QStringLiteral("nothing copied"));
    action(view, QStringLiteral("copyRows"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), shownLines(model, all, false).join(u'\n') + u'\n');
}

void tst_TableExport::exportWritesCsvAsShown()
{
    runImpact();
    ImpactPage *page = m_window->impactPage();
    ResultTableModel *model = page->functionSpofModel();
    QTableView *view = viewOf(page, model);
    QVERIFY(view);
    view->selectionModel()->select(model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString path = m_dir.filePath(QStringLiteral("spofs.csv"));
    const Result<void> written = exportTableCsv(view, path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte order mark
    QVERIFY(!bytes.contains('\r'));             // LF line ends
    QList<int> all;
    for (int row = 0; row < model->rowCount(); ++row)
        all << row;
    QCOMPARE(QString::fromUtf8(bytes), shownLines(model, all, true).join(u'\n') + u'\n');
    // A list of SPOFs holds commas, so its field is quoted: "INF-A, INF-B".
    bool quoted = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString which = model->index(row, 3).data().toString();
        if (which.contains(u',')) {
            QVERIFY(bytes.contains(",\"" + which.toUtf8() + "\"\n"));
            quoted = true;
        }
    }
    QVERIFY(quoted);
    QVERIFY(bytes.startsWith("Critical function,Name,Single points of failure,Which\n"));
}

void tst_TableExport::exportToAnUnwritablePathFails()
{
    runImpact();
    ImpactPage *page = m_window->impactPage();
    QTableView *view = viewOf(page, page->functionModel());
    QVERIFY(view);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/functions.csv"));
    const Result<void> written = exportTableCsv(view, path);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(QStringLiteral("functions.csv")), qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("no-such-folder"))).exists());

    // A folder in the file's place stays a folder.
    const QString folder = m_dir.filePath(QStringLiteral("a-folder.csv"));
    QVERIFY(QDir().mkpath(folder));
    const Result<void> onFolder = exportTableCsv(view, folder);
    QVERIFY(!onFolder);
    QVERIFY(QFileInfo(folder).isDir());
}

QTEST_MAIN(tst_TableExport)
#include "tst_tableexport.moc"
