// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/registerservice.h"
#include "model/store/auditlog.h"
#include "model/store/database.h"
#include "sqlitefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using store::Database;

class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void createsNewRegisterAtLatestVersion();
    void migratesEmptySqliteFileFromVersion0();
    void reopensWithoutMigrating();
    void upgradesVersion1Fixture();
    void refusesMissingFile();
    void knowsTheSqliteVersion();
    void refusesNewerVersion();
    void refusesNonRegisters_data();
    void refusesNonRegisters();
    void usesWalAndForeignKeys();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_Database::createsNewRegisterAtLatestVersion()
{
    const QString file = path(QStringLiteral("new.bulwark"));
    auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Database::latestVersion);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::applicationId);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('element', "
                                  "'dependency', 'redundancy_group', 'audit_entry', 'meta')"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 5);
}

void tst_Database::migratesEmptySqliteFileFromVersion0()
{
    // A version-0 file: an SQLite database with nothing in it (what "sqlite3 file.db VACUUM" leaves).
    const QString file = path(QStringLiteral("v0.bulwark"));
    QCOMPARE(test::sqliteExec(file, QStringLiteral("VACUUM")), QString());
    QVERIFY(QFileInfo(file).size() > 0);
    // Only the commands that create a register (init, demo, import) make one of it; the others refuse it.
    QVERIFY(!Database::open(file, Database::OpenMode::OpenExisting));
    QVERIFY(!Database::open(file, Database::OpenMode::ReadOnly));
    auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Database::latestVersion);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::latestVersion);
}

void tst_Database::reopensWithoutMigrating()
{
    const QString file = path(QStringLiteral("again.bulwark"));
    {
        QVERIFY(Database::open(file, Database::OpenMode::CreateIfMissing));
    }
    QCOMPARE(test::sqliteExec(file, QStringLiteral("INSERT INTO meta (name, value) VALUES ('marker', 'kept')")),
             QString());
    auto db = Database::open(file, Database::OpenMode::OpenExisting);
    QVERIFY(db);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'marker'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
}

void tst_Database::upgradesVersion1Fixture()
{
    // A register written by the first Bulwark (schema 1, before scenarios), kept in tests/data.
    const QString file = path(QStringLiteral("v1.bulwark"));
    QVERIFY(QFile::copy(QStringLiteral(BULWARK_TEST_DATA "/register-v1.bulwark"), file));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        auto db = Database::open(file, Database::OpenMode::OpenExisting);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM scenario")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_entry")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3); // two elements and a dependency survived the table rebuild
    }
    auto service = RegisterService::open(file, Database::OpenMode::OpenExisting);
    QVERIFY(service);
    QCOMPARE((*service)->elementCount(), 2);
    auto intact = store::AuditLog::verify((*service)->database());
    QVERIFY(intact && intact->isIntact());
    ChangeSet c;
    c.add(Scenario{QStringLiteral("core-down"), QString(), {QStringLiteral("APP-CORE")}, {}, {}, {}});
    QVERIFY((*service)->apply(c));
    auto after = store::AuditLog::verify((*service)->database());
    QVERIFY(after && after->isIntact());
    QCOMPARE(after->entries, 4);
}

void tst_Database::refusesMissingFile()
{
    auto db = Database::open(path(QStringLiteral("nothing.bulwark")), Database::OpenMode::OpenExisting);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NotFound);
    QVERIFY(db.error().message.contains(QStringLiteral("bulwark init")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("nothing.bulwark"))));
}

void tst_Database::refusesNewerVersion()
{
    const QString file = path(QStringLiteral("future.bulwark"));
    {
        QVERIFY(Database::open(file, Database::OpenMode::CreateIfMissing));
    }
    QCOMPARE(test::sqliteExec(file, QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion + 1)),
             QString());
    const QByteArray before = test::fileBytes(file);
    auto db = Database::open(file, Database::OpenMode::OpenExisting);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Unsupported);
    QVERIFY2(db.error().message.contains(QStringLiteral("newer Bulwark")), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QStringLiteral("format %1").arg(Database::latestVersion + 1)));
    QCOMPARE(test::fileBytes(file), before);
}

void tst_Database::refusesNonRegisters_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("textFile") << QByteArray("name,owner\nCore banking,IT\n") << QString() << "not an SQLite database";
    QTest::newRow("binaryJunk") << QByteArray(4096, '\x7f') << QString() << "not an SQLite database";
    QTest::newRow("foreignSqlite") << QByteArray()
                                   << "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('Ada')"
                                   << "SQLite database but not a Bulwark register";
    QTest::newRow("foreignSqliteWithVersion") << QByteArray() << "CREATE TABLE t (x); PRAGMA user_version = 1"
                                              << "SQLite database but not a Bulwark register";
}

void tst_Database::refusesNonRegisters()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, sql);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentDataTag())));
    if (sql.isEmpty()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    } else {
        QCOMPARE(test::sqliteExec(file, sql), QString());
    }
    const QByteArray before = test::fileBytes(file);
    const QDateTime modified = QFileInfo(file).lastModified();
    auto db = Database::open(file, Database::OpenMode::OpenExisting);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(message), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QStringLiteral("not changed")));
    QCOMPARE(test::fileBytes(file), before);
    QCOMPARE(QFileInfo(file).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
}

void tst_Database::usesWalAndForeignKeys()
{
    auto db = Database::open(path(QStringLiteral("wal.bulwark")), Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // A dependency on a missing element is refused by the schema itself, not only by the service.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO dependency (from_id, to_id, strength) VALUES (41, 42, 'hard')")));
}

void tst_Database::knowsTheSqliteVersion()
{
    // For the About box (reports::ReportInfo), asked here so that no SQL is written outside the store (issue 11).
    const QString version = Database::sqliteVersion();
    QVERIFY2(version.startsWith(QStringLiteral("3.")), qPrintable(version));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
