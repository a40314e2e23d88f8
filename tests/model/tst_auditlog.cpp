// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitefile.h"
#include "store/auditlog.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::test;

/// The audit trail detects edits made outside Bulwark: the file is changed with the sqlite3 library directly.
class tst_AuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intactAfterChanges();
    void detectsTampering_data();
    void detectsTampering();
    void hashCoversEveryField();

private:
    QString makeRegister(const QString &name);
    QTemporaryDir m_dir;
};

QString tst_AuditLog::makeRegister(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".bulwark"));
    auto service = openService(path);
    if (!service || !service->apply(smallRegister()))
        return {};
    Element app = *service->element(QStringLiteral("APP"));
    app.owner = QStringLiteral("Core IT");
    ChangeSet c;
    c.add(app, ChangeSet::Mode::Update);
    if (!service->apply(c))
        return {};
    return path; // 11 entries: 10 adds, 1 change
}

void tst_AuditLog::intactAfterChanges()
{
    const QString path = makeRegister(QStringLiteral("intact"));
    auto service = openService(path);
    QVERIFY(service);
    auto report = store::AuditLog::verify(service->database(), service->snapshot());
    QVERIFY(report);
    QCOMPARE(report->entries, 11);
    QVERIFY2(report->isIntact(), qPrintable(report->problem + report->stateMismatches.join(u'\n')));
}

void tst_AuditLog::detectsTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("chainIntact");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("message");
    QTest::newRow("entryAltered") << "UPDATE audit_entry SET actor = 'mallory' WHERE seq = 3" << false << qint64(3)
                                  << "Entry 3 (add element";
    QTest::newRow("valueAltered") << "UPDATE audit_entry SET after = replace(after, 'Core IT', 'Nobody') WHERE seq = 11"
                                  << false << qint64(11) << "was altered outside Bulwark";
    QTest::newRow("entryRemoved") << "DELETE FROM audit_entry WHERE seq = 4" << false << qint64(4) << "Entry 4 is missing";
    QTest::newRow("entryInserted")
        << "UPDATE audit_entry SET seq = seq + 1000 WHERE seq >= 6; UPDATE audit_entry SET seq = seq - 999 WHERE seq >= 1000; "
           "INSERT INTO audit_entry (seq, batch, at, actor, action, entity, entity_key, subject, before, after, prev_hash, hash) "
           "SELECT 6, batch, at, actor, 'remove', 'element', 'MON', 'MON', after, NULL, hash, hash FROM audit_entry WHERE seq = 5"
        << false << qint64(6) << "altered outside Bulwark";
    QTest::newRow("newestRemoved") << "DELETE FROM audit_entry WHERE seq = 11" << false << qint64(11)
                                   << "newest entries of the trail were removed";
    QTest::newRow("trailWiped") << "DELETE FROM audit_entry" << false << qint64(1) << "whole audit trail was removed";
    QTest::newRow("elementEdited") << "UPDATE element SET rto_min = 5 WHERE key = 'DC1'" << true << qint64(0)
                                   << "element:DC1 differs from its last audited value";
    QTest::newRow("elementInserted") << "INSERT INTO element (key, name, kind) VALUES ('SHADOW', 'Shadow IT', 'application')"
                                     << true << qint64(0) << "element:SHADOW is in the register but not in the audit trail";
    QTest::newRow("dependencyDeleted")
        << "DELETE FROM dependency WHERE strength = 'soft'" << true << qint64(0)
        << "dependency:APP>MON is in the audit trail but missing from the register";
}

void tst_AuditLog::detectsTampering()
{
    QFETCH(QString, sql);
    QFETCH(bool, chainIntact);
    QFETCH(qint64, firstBad);
    QFETCH(QString, message);
    const QString path = makeRegister(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(!path.isEmpty());
    QCOMPARE(sqliteExec(path, sql), QString());
    auto service = openService(path);
    QVERIFY(service);
    auto report = store::AuditLog::verify(service->database(), service->snapshot());
    QVERIFY(report);
    QVERIFY(!report->isIntact());
    QCOMPARE(report->chainIntact, chainIntact);
    QCOMPARE(report->firstBadSeq, firstBad);
    const QString all = report->problem + u'\n' + report->stateMismatches.join(u'\n');
    QVERIFY2(all.contains(message), qPrintable(all));
}

void tst_AuditLog::hashCoversEveryField()
{
    store::AuditEntry e;
    e.seq = 1;
    e.batch = 1;
    e.at = QStringLiteral("2026-11-25T10:00:00.000Z");
    e.actor = QStringLiteral("alice");
    e.action = QStringLiteral("add");
    e.entity = QStringLiteral("element");
    e.entityKey = QStringLiteral("APP");
    e.after = QByteArrayLiteral(R"({"key":"APP"})");
    e.prevHash = store::AuditLog::genesisHash();
    const QByteArray base = store::AuditLog::computeHash(e);
    QCOMPARE(base.size(), 64);
    QCOMPARE(store::AuditLog::computeHash(e), base); // deterministic
    auto changed = [&](auto mutate) {
        store::AuditEntry copy = e;
        mutate(copy);
        return store::AuditLog::computeHash(copy) != base;
    };
    QVERIFY(changed([](auto &c) { c.seq = 2; }));
    QVERIFY(changed([](auto &c) { c.batch = 2; }));
    QVERIFY(changed([](auto &c) { c.at = QStringLiteral("2026-11-25T10:00:00.001Z"); }));
    QVERIFY(changed([](auto &c) { c.actor = QStringLiteral("bob"); }));
    QVERIFY(changed([](auto &c) { c.action = QStringLiteral("change"); }));
    QVERIFY(changed([](auto &c) { c.entityKey = QStringLiteral("APP2"); }));
    QVERIFY(changed([](auto &c) { c.before = QByteArrayLiteral("{}"); }));
    QVERIFY(changed([](auto &c) { c.after = QByteArray(); }));
    QVERIFY(changed([](auto &c) { c.prevHash = QByteArray(64, '1'); }));
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
