// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/importdialog.h"
#include "gui/mainwindow.h"
#include "model/exchange/demoregister.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace bulwark;
using namespace bulwark::gui;

namespace {

/// A partial row of the demo's curated APP-CORE (owner, description, RTO, RPO and availability left out, a new name)
/// and its dependency on INF-VMW-BER without the redundancy group "site" it is in.
const QByteArray partial = R"json({"format": "bulwark-register", "version": 1,
 "elements": [
   {"key": "APP-CORE", "name": "Kestrel core banking (renamed)", "kind": "application"},
   {"key": "APP-NEW", "name": "A new application", "kind": "application"}],
 "dependencies": [
   {"from": "APP-CORE", "to": "INF-VMW-BER", "strength": "hard"}]})json";

/// Three problems, each on its own line with its field.
const QByteArray invalid = R"({"format": "bulwark-register", "version": 1,
 "elements": [
   {"key": "A", "name": "A", "kind": "application", "rto_min": "two hours"},
   {"key": "B", "name": "B", "kind": "spaceship"}],
 "dependencies": [
   {"from": "A", "to": "B", "strength": "sometimes"}]})";

/// The top-level item of `tree` for `key`, or null.
QTreeWidgetItem *entry(QTreeWidget *tree, const QString &key)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, ImportDialog::FieldRole).toString() == key)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

/// The child of `item` for field `token`, or null.
QTreeWidgetItem *field(QTreeWidgetItem *item, const QString &token)
{
    for (int i = 0; item && i < item->childCount(); ++i) {
        if (item->child(i)->data(0, ImportDialog::FieldRole).toString() == token)
            return item->child(i);
    }
    return nullptr;
}

QString flag(QTreeWidgetItem *item)
{
    return item ? item->data(0, ImportDialog::FlagRole).toString() : QStringLiteral("<missing>");
}

} // namespace

/// Issue 12: the import preview shows a real diff, keeps what the file leaves out by default, and an import is one
/// undoable step; an invalid file names every problem.
class tst_ImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewFlagsClearedFieldsAndGroupChanges();
    void keepOmittedIsTheDefault();
    void invalidFileReportsEveryError();
    void mapFromAnotherToolShowsNotesAndPrefix();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ImportDialog *openPreview(const QString &file);

    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ImportDialog::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo%1.bulwark").arg(++m_count));
    QVERIFY(DemoRegister::create(m_path));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 720);
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(m_path);
    QVERIFY(opened.wait(10000));
    QVERIFY(m_window->service());
}

void tst_ImportDialog::cleanup()
{
    m_window.reset();
}

QString tst_ImportDialog::write(const QString &name, const QByteArray &bytes)
{
    const QString file = m_dir.filePath(name);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return file;
}

ImportDialog *tst_ImportDialog::openPreview(const QString &file)
{
    m_window->importFile(file, true);
    if (!QTest::qWaitFor([this] { return m_window->importPreview() != nullptr; }, 10000))
        return nullptr;
    return m_window->importPreview();
}

void tst_ImportDialog::previewFlagsClearedFieldsAndGroupChanges()
{
    RegisterService *service = m_window->service();
    const Element original = *service->element(QStringLiteral("APP-CORE"));
    const Dependency originalDependency
        = *service->dependency(QStringLiteral("APP-CORE"), QStringLiteral("INF-VMW-BER"));
    const RedundancyGroup originalGroup = *service->group(QStringLiteral("APP-CORE"), QStringLiteral("site"));
    QCOMPARE(originalDependency.group, QStringLiteral("site"));
    QVERIFY(!original.owner.isEmpty() && !original.description.isEmpty() && original.rtoMin);
    const qsizetype elements = service->elementCount();

    ImportDialog *dialog = openPreview(write(QStringLiteral("partial.json"), partial));
    QVERIFY(dialog);
    QVERIFY(dialog->keepOmittedCheck()->isChecked());
    // Without "keep fields the file leaves out": the partial row clears what it leaves out, and the dependency leaves
    // its group. Toggling works the plan out again on a worker.
    QSignalSpy shown(dialog, &ImportDialog::planShown);
    dialog->keepOmittedCheck()->setChecked(false);
    QVERIFY(dialog->isComputing());
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(shown.wait(10000));
    QVERIFY(!dialog->isComputing());

    QCOMPARE(dialog->plan().diff.elements.added, 1);
    QCOMPARE(dialog->plan().diff.elements.changed, 1);
    QCOMPARE(dialog->plan().diff.groupChanges, 1);
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("1 new")),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(!dialog->warningLabel()->isHidden());
    QVERIFY2(dialog->warningLabel()->text().contains(QStringLiteral("single point of failure")),
             qPrintable(dialog->warningLabel()->text()));
    QTreeWidget *tree = dialog->tree();
    QTreeWidgetItem *core = entry(tree, QStringLiteral("APP-CORE"));
    QVERIFY(core);
    QCOMPARE(tree->indexOfTopLevelItem(core) < tree->indexOfTopLevelItem(entry(tree, QStringLiteral("APP-NEW"))), true);
    QCOMPARE(flag(core), QStringLiteral("cleared"));
    for (const QString &token : {QStringLiteral("owner"), QStringLiteral("description"), QStringLiteral("rto_min")}) {
        QTreeWidgetItem *row = field(core, token);
        QVERIFY2(row, qPrintable(token));
        QCOMPARE(flag(row), QStringLiteral("cleared"));
        QVERIFY(!row->icon(0).isNull());
    }
    QCOMPARE(field(core, QStringLiteral("owner"))->text(2), original.owner);
    QCOMPARE(field(core, QStringLiteral("rto_min"))->text(0), QStringLiteral("RTO (minutes)"));
    QCOMPARE(field(core, QStringLiteral("name"))->text(3), QStringLiteral("Kestrel core banking (renamed)"));
    QCOMPARE(flag(field(core, QStringLiteral("name"))), QString());
    QTreeWidgetItem *dependency = entry(tree, QStringLiteral("APP-CORE>INF-VMW-BER"));
    QVERIFY(dependency);
    QCOMPARE(flag(dependency), QStringLiteral("group"));
    QCOMPARE(flag(field(dependency, QStringLiteral("group"))), QStringLiteral("group"));
    QCOMPARE(field(dependency, QStringLiteral("group"))->text(2), QStringLiteral("site"));

    // Import: one undoable step through the window's register (no second connection, no reload).
    QVERIFY(dialog->importButton()->isEnabled());
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    QSignalSpy reopened(m_window.get(), &MainWindow::registerOpened);
    dialog->importButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
    QCOMPARE(imported.first().at(1).toBool(), true);
    QVERIFY(!m_window->isImporting());
    QCOMPARE(reopened.size(), 0);
    QCOMPARE(service, m_window->service());
    QCOMPARE(service->elementCount(), elements + 1);
    QVERIFY(service->element(QStringLiteral("APP-CORE"))->owner.isEmpty());
    QVERIFY(!service->element(QStringLiteral("APP-CORE"))->rtoMin);
    QVERIFY(service->dependency(QStringLiteral("APP-CORE"), QStringLiteral("INF-VMW-BER"))->group.isEmpty());
    QUndoStack *stack = m_window->undoStack();
    QVERIFY(stack->canUndo());
    QVERIFY2(stack->undoText().contains(QStringLiteral("partial.json")), qPrintable(stack->undoText()));
    auto *undoAction = m_window->findChild<QAction *>(QStringLiteral("edit_undo"));
    QVERIFY(undoAction);
    QVERIFY(undoAction->isEnabled());

    // Undo restores the element, the dependency's membership and the group exactly; Redo does the import again.
    stack->undo();
    QCOMPARE(*service->element(QStringLiteral("APP-CORE")), original);
    QCOMPARE(*service->dependency(QStringLiteral("APP-CORE"), QStringLiteral("INF-VMW-BER")), originalDependency);
    QCOMPARE(*service->group(QStringLiteral("APP-CORE"), QStringLiteral("site")), originalGroup);
    QVERIFY(!service->element(QStringLiteral("APP-NEW")));
    QCOMPARE(service->elementCount(), elements);
    QVERIFY(stack->canRedo());
    stack->redo();
    QVERIFY(service->element(QStringLiteral("APP-NEW")));
    stack->undo();
    QCOMPARE(*service->element(QStringLiteral("APP-CORE")), original);
}

void tst_ImportDialog::keepOmittedIsTheDefault()
{
    RegisterService *service = m_window->service();
    const Element original = *service->element(QStringLiteral("APP-CORE"));
    ImportDialog *dialog = openPreview(write(QStringLiteral("partial-kept.json"), partial));
    QVERIFY(dialog);
    QVERIFY(dialog->keepOmittedCheck()->isChecked());
    // Kept: nothing is cleared, the group stays; only the name changes.
    QCOMPARE(dialog->plan().diff.clearedFields, 0);
    QCOMPARE(dialog->plan().diff.groupChanges, 0);
    QVERIFY(dialog->warningLabel()->isHidden());
    QTreeWidgetItem *core = entry(dialog->tree(), QStringLiteral("APP-CORE"));
    QVERIFY(core);
    QCOMPARE(core->childCount(), 1);
    QCOMPARE(field(core, QStringLiteral("name"))->text(2), original.name);
    QVERIFY(!entry(dialog->tree(), QStringLiteral("APP-CORE>INF-VMW-BER")));
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    dialog->importButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
    const Element *after = service->element(QStringLiteral("APP-CORE"));
    QCOMPARE(after->name, QStringLiteral("Kestrel core banking (renamed)"));
    QCOMPARE(after->owner, original.owner);
    QCOMPARE(after->description, original.description);
    QCOMPARE(after->rtoMin, original.rtoMin);
    QCOMPARE(after->availability, original.availability);
    QCOMPARE(service->dependency(QStringLiteral("APP-CORE"), QStringLiteral("INF-VMW-BER"))->group,
             QStringLiteral("site"));
    // Cancel in the preview writes nothing and leaves the undo stack as it was.
    const int steps = m_window->undoStack()->count();
    ImportDialog *again = openPreview(write(QStringLiteral("partial-again.json"), partial));
    QVERIFY(again);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    again->reject();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(m_window->undoStack()->count(), steps);
}

void tst_ImportDialog::invalidFileReportsEveryError()
{
    const qsizetype elements = m_window->service()->elementCount();
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    m_window->importFile(write(QStringLiteral("invalid.json"), invalid), true);
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.first().at(1).toBool(), false);
    QVERIFY(!m_window->importPreview());
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("importErrors"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("nothing was written")), qPrintable(box->text()));
    const QStringList lines = box->informativeText().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("invalid.json:3: field 'rto_min': ")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("invalid.json:4: field 'kind': ")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("invalid.json:6: field 'strength': ")), qPrintable(lines[2]));
    box->close();
    QCOMPARE(m_window->service()->elementCount(), elements);
    QVERIFY(!m_window->undoStack()->canUndo());
}

void tst_ImportDialog::mapFromAnotherToolShowsNotesAndPrefix()
{
    // Issue 17: a Backstage catalog (the real sample, read in place) dropped on the window without asking first: a map
    // from another tool is always previewed, says how it was read, lists its notes and offers its key prefix.
    const QString catalog
        = QStringLiteral(BULWARK_SAMPLES_DIR) + QStringLiteral("/backstage/backstage-demo-catalog-entities.json");
    if (!QFile::exists(catalog))
        QSKIP("../shared/samples is not beside the checkout");
    m_window->importFile(catalog, false);
    QVERIFY(QTest::qWaitFor([this] { return m_window->importPreview() != nullptr; }, 20000));
    ImportDialog *dialog = m_window->importPreview();
    QVERIFY(dialog->isGraph());
    QVERIFY(!dialog->keepOmittedCheck()->isVisible()); // such an import always keeps what people set
    QCOMPARE(dialog->prefixEdit()->text(), QStringLiteral("bs:"));
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("Backstage catalog")),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->tabs()->isTabVisible(1));
    QVERIFY(dialog->notesTree()->topLevelItemCount() > 0);
    QVERIFY(dialog->tabs()->tabText(1).contains(QString::number(dialog->notesTree()->topLevelItemCount())));
    QVERIFY(entry(dialog->tree(), QStringLiteral("bs:component:default/playback-order")));
    if (const QString shots = qEnvironmentVariable("BULWARK_SHOTS"); !shots.isEmpty()) {
        dialog->tabs()->setCurrentIndex(1);
        QTest::qWait(100);
        dialog->grab().save(shots + QStringLiteral("/import-backstage-notes.png"));
        dialog->tabs()->setCurrentIndex(0);
        QTest::qWait(100);
        dialog->grab().save(shots + QStringLiteral("/import-backstage.png"));
    }
    // Another prefix works the plan out again: the keys follow it.
    QSignalSpy shown(dialog, &ImportDialog::planShown);
    dialog->prefixEdit()->setText(QStringLiteral("cat:"));
    Q_EMIT dialog->prefixEdit()->editingFinished();
    QVERIFY(shown.wait(20000));
    QVERIFY(entry(dialog->tree(), QStringLiteral("cat:component:default/playback-order")));
    QVERIFY(!entry(dialog->tree(), QStringLiteral("bs:component:default/playback-order")));
    // Import: the elements arrive with their source.
    const qsizetype before = m_window->service()->elementCount();
    dialog->importButton()->click();
    QVERIFY(QTest::qWaitFor([this, before] { return m_window->service()->elementCount() > before; }, 20000));
    const auto web = m_window->service()->element(QStringLiteral("cat:component:default/playback-order"));
    QVERIFY(web);
    QCOMPARE(web->attributes.value(u"import_source").toString(),
             QStringLiteral("backstage-demo-catalog-entities.json"));
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
