// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/auditlogdialog.h"
#include "gui/commands/registercommand.h"
#include "gui/elementeditor.h"
#include "gui/mainwindow.h"
#include "gui/registerpage.h"
#include "gui/tableexport.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"
#include "model/store/auditlog.h"
#include "model/store/database.h"
#include "sqlitefile.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace bulwark;
using namespace bulwark::gui;

/// Issue 12, "The auditor's view": the whole register's audit trail opened from the window's menu, newest first with
/// the change text, filtered, exported as shown, and "Verify audit trail" finding an intact and a tampered trail.
class tst_AuditLogDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheTrailNewestFirst();
    void filtersAndCounts();
    void exportsTheRowsShown();
    void verifiesAndFindsTampering();
    void issue12_undoIsTheUndoOfEntryN();
    void issue12_historyOfDeletedElements();
    void issue12_formTakesAReason();

private:
    /// Opens `path` in the window, then the audit trail from the File menu, and waits for its entries.
    AuditLogDialog *openTrail(const QString &path);
    /// A copy of the demo with two changes of F-PAY (owner, then RTO) made through RegisterService.
    QString changedDemo(const QString &name);
    QString cell(AuditLogDialog *dialog, int row, int column) const;

    QTemporaryDir m_dir;
    QString m_rtoChange; ///< the change text of the newest entry, e.g. "RTO (minutes): 60 → 30"
    std::unique_ptr<MainWindow> m_window;
};

void tst_AuditLogDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_AuditLogDialog::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void tst_AuditLogDialog::cleanup()
{
    m_window.reset();
}

QString tst_AuditLogDialog::changedDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    // The demo's map and inputs only, without its history of assessments: a trail whose only changes are the two
    // below.
    auto demo = DemoRegister::changes(QDate::currentDate());
    if (!demo || !RegisterService::create(path, [&](RegisterService &service) { return service.apply(*demo); }))
        return {};
    auto service = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
    if (!service || !(*service)->element(QStringLiteral("F-PAY")))
        return {};
    Element element = *(*service)->element(QStringLiteral("F-PAY"));
    element.owner = QStringLiteral("Audit Tester");
    ChangeSet first;
    first.add(element, ChangeSet::Mode::Update);
    if (!(*service)->apply(first))
        return {};
    const std::optional<int> before = element.rtoMin;
    element.rtoMin = before == 30 ? 45 : 30;
    ChangeSet second;
    second.add(element, ChangeSet::Mode::Update);
    if (!(*service)->apply(second))
        return {};
    m_rtoChange = QStringLiteral("RTO (minutes): %1 → %2") // issue 12: the field's label, not its token
                      .arg(before ? QString::number(*before) : QStringLiteral("-"))
                      .arg(*element.rtoMin);
    return path;
}

AuditLogDialog *tst_AuditLogDialog::openTrail(const QString &path)
{
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(path);
    if (!opened.wait(10000) || !opened.first().at(1).toBool())
        return nullptr;
    auto *action = m_window->findChild<QAction *>(QStringLiteral("auditTrail"));
    if (!action || action->text().remove(QLatin1Char('&')) != QStringLiteral("Audit Trail..."))
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<AuditLogDialog *>();
    if (!dialog || !dialog->isVisible() || dialog->isModal())
        return nullptr;
    QSignalSpy loaded(dialog, &AuditLogDialog::loaded);
    if (!loaded.wait(10000) || !loaded.first().first().toBool())
        return nullptr;
    return dialog;
}

QString tst_AuditLogDialog::cell(AuditLogDialog *dialog, int row, int column) const
{
    const QAbstractItemModel *model = dialog->view()->model();
    return model->index(row, column).data().toString();
}

void tst_AuditLogDialog::showsTheTrailNewestFirst()
{
    const QString path = changedDemo(QStringLiteral("newest.bulwark"));
    QVERIFY(!path.isEmpty());
    AuditLogDialog *dialog = openTrail(path);
    QVERIFY(dialog);

    // Every entry of the trail, as the model reads it, newest first.
    auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    QVERIFY(db);
    auto entries = store::AuditLog::entries(**db, QString(), 0);
    QVERIFY(entries);
    QVERIFY(entries->size() > 2);
    QCOMPARE(dialog->view()->model()->rowCount(), int(entries->size()));
    QCOMPARE(cell(dialog, 0, AuditLogModel::Seq), QString::number(entries->first().seq));
    QCOMPARE(cell(dialog, 0, AuditLogModel::Seq).toLongLong(), entries->last().seq + entries->size() - 1);
    QCOMPARE(cell(dialog, 0, AuditLogModel::Action), QStringLiteral("change"));
    QCOMPARE(cell(dialog, 0, AuditLogModel::Entity), QStringLiteral("element"));
    QCOMPARE(cell(dialog, 0, AuditLogModel::Key), QStringLiteral("F-PAY"));
    QCOMPARE(cell(dialog, 0, AuditLogModel::Change), m_rtoChange);
    QCOMPARE(cell(dialog, 0, AuditLogModel::Who), store::AuditLog::actorText(entries->first()));
    QCOMPARE(cell(dialog, 0, AuditLogModel::When), entries->first().at);
    QVERIFY(cell(dialog, 1, AuditLogModel::Change).contains(QStringLiteral("Owner: ")));
    QVERIFY(cell(dialog, 1, AuditLogModel::Change).contains(QStringLiteral("→ Audit Tester")));
    for (int row = 1; row < dialog->view()->model()->rowCount(); ++row)
        QVERIFY(cell(dialog, row, 0).toLongLong() < cell(dialog, row - 1, 0).toLongLong());

    // Opening it again reads the trail again: a third change shows at the top.
    {
        QSignalSpy loaded(dialog, &AuditLogDialog::loaded);
        Element element = *m_window->service()->element(QStringLiteral("F-PAY"));
        element.owner = QStringLiteral("Second Tester");
        ChangeSet c;
        c.add(element, ChangeSet::Mode::Update);
        QVERIFY(m_window->service()->apply(c));
        m_window->findChild<QAction *>(QStringLiteral("auditTrail"))->trigger();
        QCOMPARE(m_window->findChildren<AuditLogDialog *>().size(), 1);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(dialog->view()->model()->rowCount(), int(entries->size()) + 1);
        QVERIFY(cell(dialog, 0, AuditLogModel::Change).contains(QStringLiteral("Audit Tester → Second Tester")));
    }
}

void tst_AuditLogDialog::filtersAndCounts()
{
    const QString path = changedDemo(QStringLiteral("filters.bulwark"));
    QVERIFY(!path.isEmpty());
    AuditLogDialog *dialog = openTrail(path);
    QVERIFY(dialog);
    const int total = dialog->model()->rowCount();
    const QLocale locale;
    auto *count = dialog->findChild<QLabel *>(QStringLiteral("auditCount"));
    QVERIFY(count);
    QCOMPARE(count->text(),
             QStringLiteral("%1 of %2 entries shown").arg(locale.toString(total), locale.toString(total)));

    // Action "change": the two changes only, the newest first.
    auto *action = dialog->findChild<QComboBox *>(QStringLiteral("auditAction"));
    action->setCurrentIndex(action->findData(QStringLiteral("change")));
    QCOMPARE(dialog->view()->model()->rowCount(), 2);
    QCOMPARE(count->text(), QStringLiteral("2 of %1 entries shown").arg(locale.toString(total)));
    QCOMPARE(cell(dialog, 0, AuditLogModel::Change), m_rtoChange);

    // The element filter: entries about F-PAY (its own and its dependencies'), whatever the action.
    action->setCurrentIndex(0);
    auto *text = dialog->findChild<QLineEdit *>(QStringLiteral("auditText"));
    text->setText(QStringLiteral("f-pay"));
    QTRY_VERIFY(dialog->view()->model()->rowCount() < total); // after a pause in typing
    const int aboutPay = dialog->view()->model()->rowCount();
    QVERIFY(aboutPay > 2);
    QVERIFY(aboutPay < total);
    for (int row = 0; row < aboutPay; ++row) {
        const AuditLogRow &r
            = dialog->model()->row(dialog->filterModel()->mapToSource(dialog->filterModel()->index(row, 0)).row());
        QVERIFY(r.key.contains(QStringLiteral("F-PAY")) || r.subject == QStringLiteral("F-PAY")
                || r.object == QStringLiteral("F-PAY"));
    }
    text->clear();
    QTRY_COMPARE(dialog->view()->model()->rowCount(), total);

    // The entity filter lists the entities seen; the user filter the actors seen.
    auto *entity = dialog->findChild<QComboBox *>(QStringLiteral("auditEntity"));
    QVERIFY(entity->findData(QStringLiteral("element")) > 0);
    QVERIFY(entity->findData(QStringLiteral("dependency")) > 0);
    entity->setCurrentIndex(entity->findData(QStringLiteral("dependency")));
    const int dependencies = dialog->view()->model()->rowCount();
    QVERIFY(dependencies > 0 && dependencies < total);
    for (int row = 0; row < dependencies; ++row)
        QCOMPARE(cell(dialog, row, AuditLogModel::Entity), QStringLiteral("dependency"));
    entity->setCurrentIndex(0);
    auto *actor = dialog->findChild<QComboBox *>(QStringLiteral("auditActor"));
    QVERIFY(actor->count() >= 2);
    actor->setCurrentIndex(actor->findData(cell(dialog, 0, AuditLogModel::Who)));
    QVERIFY(actor->currentIndex() > 0);
    QVERIFY(dialog->view()->model()->rowCount() >= 2);
    actor->setCurrentIndex(0);

    // Dates (UTC days): the entries were all written today.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto *useFrom = dialog->findChild<QCheckBox *>(QStringLiteral("auditUseFrom"));
    auto *from = dialog->findChild<QDateEdit *>(QStringLiteral("auditFrom"));
    auto *useTo = dialog->findChild<QCheckBox *>(QStringLiteral("auditUseTo"));
    auto *to = dialog->findChild<QDateEdit *>(QStringLiteral("auditTo"));
    from->setDate(today.addDays(1));
    useFrom->setChecked(true);
    QCOMPARE(dialog->view()->model()->rowCount(), 0);
    QCOMPARE(count->text(), QStringLiteral("0 of %1 entries shown").arg(locale.toString(total)));
    from->setDate(today);
    QCOMPARE(dialog->view()->model()->rowCount(), total);
    to->setDate(today.addDays(-1));
    useTo->setChecked(true);
    QCOMPARE(dialog->view()->model()->rowCount(), 0);
    useFrom->setChecked(false);
    to->setDate(today);
    QCOMPARE(dialog->view()->model()->rowCount(), total);
}

void tst_AuditLogDialog::exportsTheRowsShown()
{
    const QString path = changedDemo(QStringLiteral("export.bulwark"));
    QVERIFY(!path.isEmpty());
    AuditLogDialog *dialog = openTrail(path);
    QVERIFY(dialog);
    auto *action = dialog->findChild<QComboBox *>(QStringLiteral("auditAction"));
    action->setCurrentIndex(action->findData(QStringLiteral("change")));
    // The table has the result tables' copy and export actions.
    QStringList names;
    for (const QAction *a : dialog->view()->actions())
        names << a->objectName();
    QVERIFY2(names.contains(QStringLiteral("exportCsv")), qPrintable(names.join(u',')));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("auditExport")));
    const QString csv = m_dir.filePath(QStringLiteral("changes.csv"));
    QVERIFY(exportTableCsv(dialog->view(), csv));
    const QStringList lines = QString::fromUtf8(test::fileBytes(csv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), QStringLiteral("#,When (UTC),Who,Action,Entity,Key,Change,Reason / undo"));
    QVERIFY2(lines.at(1).contains(m_rtoChange), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QStringLiteral(",change,element,F-PAY,")));
}

void tst_AuditLogDialog::verifiesAndFindsTampering()
{
    const QString path = changedDemo(QStringLiteral("verify.bulwark"));
    QVERIFY(!path.isEmpty());
    AuditLogDialog *dialog = openTrail(path);
    QVERIFY(dialog);
    auto *verify = dialog->findChild<QPushButton *>(QStringLiteral("verifyAudit"));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("auditVerifyResult"));
    QVERIFY(verify && result);
    {
        QSignalSpy verified(dialog, &AuditLogDialog::verified);
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.first().first().toBool(), true);
    }
    auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    QVERIFY(db);
    auto head = store::AuditLog::storedHead(**db);
    QVERIFY(head && head->present);
    db->reset();
    QVERIFY2(result->text().startsWith(QStringLiteral("Intact: %1 entries").arg(QLocale().toString(head->count))),
             qPrintable(result->text()));
    QVERIFY2(result->text().contains(QString::fromLatin1(head->hash)), qPrintable(result->text()));
    QVERIFY(result->styleSheet().contains(QStringLiteral("#2e7d32")));

    // An editor outside Bulwark rewrites who made entry 2: the chain breaks there, and the dialog says so as the
    // model words it.
    QCOMPARE(test::sqliteExec(path, QStringLiteral("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2")),
             QString());
    auto tampered = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    QVERIFY(tampered);
    auto expected = store::AuditLog::verify(**tampered);
    QVERIFY(expected);
    QVERIFY(!expected->isIntact());
    QVERIFY(!expected->problems.isEmpty());
    tampered->reset();
    {
        QSignalSpy verified(dialog, &AuditLogDialog::verified);
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.first().first().toBool(), false);
    }
    QVERIFY2(result->text().contains(QStringLiteral("Tampered: ") + expected->problems.first().text),
             qPrintable(result->text()));
    QVERIFY(!result->text().contains(QStringLiteral("Intact")));
    QVERIFY(result->styleSheet().contains(QStringLiteral("#c62828")));
    QCOMPARE(expected->problems.first().seq, 2);
}

/// An edit made in the window with a reason, then undone: the trail shows the reason with the edit and records the
/// undo as the undo of the edit's entry.
void tst_AuditLogDialog::issue12_undoIsTheUndoOfEntryN()
{
    const QString path = m_dir.filePath(QStringLiteral("undo.bulwark"));
    QVERIFY(DemoRegister::create(path));
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(path);
    QVERIFY(opened.wait(10000));
    RegisterService *service = m_window->service();
    const Element before = *service->element(QStringLiteral("F-PAY"));
    Element after = before;
    after.owner = QStringLiteral("Undo Tester");
    auto command = RegisterCommand::editElement(service, before, after);
    command->setReason(QStringLiteral("owner handover"));
    m_window->undoStack()->push(command.release());
    QCOMPARE(service->element(QStringLiteral("F-PAY"))->owner, QStringLiteral("Undo Tester"));
    m_window->undoStack()->undo();
    QCOMPARE(service->element(QStringLiteral("F-PAY"))->owner, before.owner);

    auto entries = store::AuditLog::entries(service->database(), QString(), 2);
    QVERIFY(entries && entries->size() == 2);
    const store::AuditEntry &undo = entries->at(0), &edit = entries->at(1);
    QCOMPARE(edit.reason, QStringLiteral("owner handover"));
    QCOMPARE(edit.reverts, 0);
    QCOMPARE(undo.reverts, edit.seq);
    QCOMPARE(undo.reason, QString());

    AuditLogDialog *dialog = openTrail(path);
    QVERIFY(dialog);
    QCOMPARE(cell(dialog, 0, AuditLogModel::Note), QStringLiteral("Undo of entry %1").arg(edit.seq));
    QCOMPARE(cell(dialog, 1, AuditLogModel::Note), QStringLiteral("owner handover"));
    QVERIFY(cell(dialog, 1, AuditLogModel::Change).contains(QStringLiteral("Owner: ")));
    // The register still verifies with the new columns.
    QSignalSpy verified(dialog, &AuditLogDialog::verified);
    dialog->verify();
    QVERIFY(verified.wait(10000));
    QCOMPARE(verified.first().first().toBool(), true);
}

/// "Deleted elements": the removals of elements that are gone, with who, when and their last values; an element
/// removed and added again is not among them.
void tst_AuditLogDialog::issue12_historyOfDeletedElements()
{
    const QString path = m_dir.filePath(QStringLiteral("deleted.bulwark"));
    QVERIFY(DemoRegister::create(path));
    {
        auto service = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
        QVERIFY(service);
        const Element hsm = *(*service)->element(QStringLiteral("INF-HSM-CARD"));
        ChangeSet remove;
        remove.removeElements << QStringLiteral("INF-HSM-CARD") << QStringLiteral("APP-HR");
        remove.reason = QStringLiteral("decommissioned");
        QVERIFY((*service)->apply(remove));
        ChangeSet again; // the HSM comes back: it is not deleted any more
        again.add(hsm, ChangeSet::Mode::Insert);
        QVERIFY((*service)->apply(again));
    }
    AuditLogDialog *dialog = openTrail(path);
    QVERIFY(dialog);
    auto *deleted = dialog->findChild<QCheckBox *>(QStringLiteral("auditDeleted"));
    QVERIFY(deleted);
    deleted->setChecked(true);
    QCOMPARE(dialog->view()->model()->rowCount(), 1);
    QCOMPARE(cell(dialog, 0, AuditLogModel::Key), QStringLiteral("APP-HR"));
    QCOMPARE(cell(dialog, 0, AuditLogModel::Action), QStringLiteral("remove"));
    QCOMPARE(cell(dialog, 0, AuditLogModel::Entity), QStringLiteral("element"));
    QVERIFY(!cell(dialog, 0, AuditLogModel::Who).isEmpty());
    QVERIFY(!cell(dialog, 0, AuditLogModel::When).isEmpty());
    const QString last = cell(dialog, 0, AuditLogModel::Change);
    QVERIFY2(last.contains(QStringLiteral("Name: ")) && last.contains(QStringLiteral("Kind: application")),
             qPrintable(last));
    QCOMPARE(cell(dialog, 0, AuditLogModel::Note), QStringLiteral("decommissioned"));
    deleted->setChecked(false);
    QVERIFY(dialog->view()->model()->rowCount() > 1);
}

/// The element form's optional reason goes with the change into the trail, and is cleared once applied.
void tst_AuditLogDialog::issue12_formTakesAReason()
{
    const QString path = m_dir.filePath(QStringLiteral("formreason.bulwark"));
    QVERIFY(DemoRegister::create(path));
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(path);
    QVERIFY(opened.wait(10000));
    RegisterPage *page = m_window->registerPage();
    page->selectElement(QStringLiteral("APP-CORE"));
    ElementEditor *editor = page->editor();
    auto *rto = qobject_cast<QLineEdit *>(editor->fieldWidget(QStringLiteral("rto_min")));
    QVERIFY(rto);
    rto->setText(QStringLiteral("44"));
    auto *reason = editor->findChild<QLineEdit *>(QStringLiteral("elementReason"));
    QVERIFY(reason);
    reason->setText(QStringLiteral("  outcome of the DR test  "));
    QVERIFY(editor->apply());
    QVERIFY(reason->text().isEmpty());
    auto entries = store::AuditLog::entries(m_window->service()->database(), QString(), 1);
    QVERIFY(entries && entries->size() == 1);
    QCOMPARE(entries->first().entityKey, QStringLiteral("APP-CORE"));
    QCOMPARE(entries->first().reason, QStringLiteral("outcome of the DR test"));
}

QTEST_MAIN(tst_AuditLogDialog)
#include "tst_auditlogdialog.moc"
