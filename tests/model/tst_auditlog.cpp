// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/auditlog.h"
#include "model/store/transaction.h"
#include "sqlitefile.h"
#include "testutil.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace bulwark;
using namespace bulwark::test;

/// The audit trail detects edits made outside Bulwark: the file is changed with the sqlite3 library directly.
class tst_AuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intactAfterChanges();
    void registerReadAsideMatchesTheTrailsState();
    void detectsTampering_data();
    void detectsTampering();
    void hashCoversEveryField();
    void fieldsFormatIsUnchanged();
    void listsEveryBadEntry();
    void writeAfterACutTailIsRefused();
    void claimedActorIsRecordedApart();
    void upgradedRegisterKeepsItsHashes();
    void changesOfAnEntry_data();
    void changesOfAnEntry();
    void storedTokensOfActionsAndEntities();
    void forEachEntryVisitsTheTrailNewestFirst();
    void issue12_reasonIsRecorded();
    void issue12_undoNamesTheEntryItReverts();
    void issue12_contextIsUnderTheHash();
    void issue12_actorIsTheOperatingSystemAccount();
    void issue12_readableFieldNames();

private:
    QString makeRegister(const QString &name);
    /// The first entry of a trail: alice adds element APP.
    static store::AuditEntry firstEntry();
    QTemporaryDir m_dir;
};

store::AuditEntry tst_AuditLog::firstEntry()
{
    store::AuditEntry e;
    e.seq = 1;
    e.batch = 1;
    e.at = QStringLiteral("2026-11-25T10:00:00.000Z");
    e.actor = QStringLiteral("alice");
    e.action = store::AuditAction::Add;
    e.entity = store::AuditEntity::Element;
    e.entityKey = QStringLiteral("APP");
    e.subject = QStringLiteral("APP");
    e.after = QByteArrayLiteral(R"({"key":"APP"})");
    e.prevHash = store::AuditLog::genesisHash();
    return e;
}

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
    QVERIFY2(report->isIntact(), qPrintable(report->stateMismatches.join(u'\n')));
    QCOMPARE(report->problemCount, 0);
}

void tst_AuditLog::registerReadAsideMatchesTheTrailsState()
{
    // verify() reads the register on a second connection while it checks the trail on the caller's. The caller's
    // connection is held at an older state (a read transaction begun before a write): the register read aside sees
    // the newer state, and must not be compared with the older trail.
    const QString path = makeRegister(QStringLiteral("aside"));
    QVERIFY(!path.isEmpty());
    auto reader = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    QVERIFY(reader);
    {
        const store::ReadTransaction pinned((*reader)->connection());
        QSqlQuery q((*reader)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM element")) && q.next()); // the snapshot starts here
        q.finish();
        auto service = openService(path);
        QVERIFY(service);
        ChangeSet c;
        c.add(element(QStringLiteral("LATER")), ChangeSet::Mode::Insert);
        QVERIFY(service->apply(c));
        auto older = store::AuditLog::verify(**reader);
        QVERIFY(older);
        QCOMPARE(older->entries, 11);
        QVERIFY2(older->isIntact(), qPrintable(older->stateMismatches.join(u'\n')));
        auto newer = store::AuditLog::verify(service->database());
        QVERIFY(newer);
        QCOMPARE(newer->entries, 12);
        QVERIFY2(newer->isIntact(), qPrintable(newer->stateMismatches.join(u'\n')));
    }
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
    QTest::newRow("entryRemoved") << "DELETE FROM audit_entry WHERE seq = 4" << false << qint64(4)
                                  << "Entry 4 is missing";
    // Columns that were outside the hash before schema v3: editing them hid an entry from 'log --key'.
    QTest::newRow("subjectAltered") << "UPDATE audit_entry SET subject = 'NOBODY' WHERE seq = 3" << false << qint64(3)
                                    << "Entry 3";
    QTest::newRow("objectAltered") << "UPDATE audit_entry SET object = 'NOBODY' WHERE entity = 'dependency' AND seq = "
                                      "(SELECT min(seq) FROM audit_entry WHERE entity = 'dependency')"
                                   << false << qint64(7) << "was altered outside Bulwark";
    QTest::newRow("fullHashFromRemoved") << "DELETE FROM meta WHERE name = 'audit_full_hash_from'" << false << qint64(1)
                                         << "how its audit entries are hashed";
    QTest::newRow("claimedActorAdded") << "UPDATE audit_entry SET claimed_actor = 'alice' WHERE seq = 2" << false
                                       << qint64(2) << "Entry 2";
    // The tail is cut and the register's record of the head copied from the new last entry: the count still tells.
    QTest::newRow("tailCutHeadCopied") << "DELETE FROM audit_entry WHERE seq >= 10; UPDATE meta SET value = (SELECT "
                                          "hash FROM audit_entry WHERE seq = 9) "
                                          "WHERE name = 'audit_head'"
                                       << false << qint64(10) << "newest entries of the trail were removed";
    QTest::newRow("entryInserted") << "UPDATE audit_entry SET seq = seq + 1000 WHERE seq >= 6; UPDATE audit_entry SET "
                                      "seq = seq - 999 WHERE seq >= 1000; "
                                      "INSERT INTO audit_entry (seq, batch, at, actor, action, entity, entity_key, "
                                      "subject, before, after, prev_hash, hash) "
                                      "SELECT 6, batch, at, actor, 'remove', 'element', 'MON', 'MON', after, NULL, "
                                      "hash, hash FROM audit_entry WHERE seq = 5"
                                   << false << qint64(6) << "altered outside Bulwark";
    QTest::newRow("newestRemoved") << "DELETE FROM audit_entry WHERE seq = 11" << false << qint64(11)
                                   << "newest entries of the trail were removed";
    QTest::newRow("trailWiped") << "DELETE FROM audit_entry" << false << qint64(1) << "whole audit trail was removed";
    QTest::newRow("elementEdited") << "UPDATE element SET rto_min = 5 WHERE key = 'DC1'" << true << qint64(0)
                                   << "element:DC1 differs from its last audited value";
    QTest::newRow("elementInserted")
        << "INSERT INTO element (key, name, kind) VALUES ('SHADOW', 'Shadow IT', 'application')" << true << qint64(0)
        << "element:SHADOW is in the register but not in the audit trail";
    QTest::newRow("dependencyDeleted") << "DELETE FROM dependency WHERE strength = 'soft'" << true << qint64(0)
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
    auto report = store::AuditLog::verify(service->database());
    QVERIFY(report);
    QVERIFY(!report->isIntact());
    QStringList texts;
    for (const auto &p : std::as_const(report->problems))
        texts << p.text;
    const QString all = texts.join(u'\n') + u'\n' + report->stateMismatches.join(u'\n');
    QCOMPARE(report->chainIntact, chainIntact);
    QVERIFY2(report->firstBadSeq() == firstBad, qPrintable(all));
    QVERIFY2(all.contains(message), qPrintable(all));
}

void tst_AuditLog::hashCoversEveryField()
{
    store::AuditEntry e = firstEntry();
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
    QVERIFY(changed([](auto &c) { c.action = store::AuditAction::Change; }));
    QVERIFY(changed([](auto &c) { c.entityKey = QStringLiteral("APP2"); }));
    QVERIFY(changed([](auto &c) { c.before = QByteArrayLiteral("{}"); }));
    QVERIFY(changed([](auto &c) { c.after = QByteArray(); }));
    QVERIFY(changed([](auto &c) { c.prevHash = QByteArray(64, '1'); }));
    QVERIFY(changed([](auto &c) { c.entity = store::AuditEntity::Scenario; }));
    QVERIFY(changed([](auto &c) { c.subject = QStringLiteral("OTHER"); }));
    QVERIFY(changed([](auto &c) { c.object = QStringLiteral("OTHER"); }));
    QVERIFY(changed([](auto &c) { c.claimedActor = QStringLiteral("mallory"); }));
    // Length-prefixed: moving text from one column to the next changes the hash (no separator to forge).
    QVERIFY(changed([](auto &c) {
        c.actor = QStringLiteral("alic");
        c.claimedActor = QStringLiteral("e");
    }));
    QVERIFY(changed([](auto &c) { c.before = QByteArrayLiteral("null"); })); // absent and the text "null" differ
}

// Entries written before schema v3 keep the hash they were written with: the formula must never change.
void tst_AuditLog::fieldsFormatIsUnchanged()
{
    store::AuditEntry e = firstEntry();
    // SHA-256 of "000...0␟1␟1␟2026-11-25T10:00:00.000Z␟alice␟add␟element␟APP␟null␟{"key":"APP"}␟", computed by hand
    // with sha256sum.
    QCOMPARE(store::AuditLog::computeHash(e, store::AuditLog::HashFormat::Fields),
             QByteArrayLiteral("73cebc4a139ae391e05b5ed3ea028169b155b10e0eb7027758f1de28214a9446"));
    // Subject, object and the claimed name were not part of it.
    e.subject = QStringLiteral("OTHER");
    e.claimedActor = QStringLiteral("mallory");
    QCOMPARE(store::AuditLog::computeHash(e, store::AuditLog::HashFormat::Fields),
             QByteArrayLiteral("73cebc4a139ae391e05b5ed3ea028169b155b10e0eb7027758f1de28214a9446"));
}

// Before: verify named only the first bad entry, so an early accident hid every later forgery.
void tst_AuditLog::listsEveryBadEntry()
{
    const QString path = makeRegister(QStringLiteral("many"));
    QCOMPARE(sqliteExec(path, QStringLiteral("UPDATE audit_entry SET actor = 'mallory' WHERE seq IN (2, 5, 9)")),
             QString());
    auto service = openService(path);
    QVERIFY(service);
    auto report = store::AuditLog::verify(service->database());
    QVERIFY(report);
    QCOMPARE(report->problemCount, 3);
    QCOMPARE(report->problems.size(), 3);
    QCOMPARE(report->problems[0].seq, 2);
    QCOMPARE(report->problems[1].seq, 5);
    QCOMPARE(report->problems[2].seq, 9);

    // More than ten: the first ten are listed, all are counted.
    QCOMPARE(sqliteExec(path, QStringLiteral("UPDATE audit_entry SET actor = 'mallory'")), QString());
    report = store::AuditLog::verify(service->database());
    QVERIFY(report);
    QCOMPARE(report->problemCount, 11);
    QCOMPARE(report->problems.size(), store::AuditVerification::maxListed);
}

// Before: after the newest entries were cut, the next write continued the chain from the cut and rewrote the
// register's record of the head, hiding the cut for ever.
void tst_AuditLog::writeAfterACutTailIsRefused()
{
    const QString path = makeRegister(QStringLiteral("cut"));
    QCOMPARE(sqliteExec(path, QStringLiteral("DELETE FROM audit_entry WHERE seq = 11")), QString());
    auto service = openService(path);
    QVERIFY(service);
    Element app = *service->element(QStringLiteral("APP"));
    app.owner = QStringLiteral("Someone else");
    ChangeSet c;
    c.add(app, ChangeSet::Mode::Update);
    auto result = service->apply(c);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Tampered);
    QVERIFY2(result.error().message.contains(u"Nothing was written"), qPrintable(result.error().message));
    auto report = store::AuditLog::verify(service->database());
    QVERIFY(report);
    QVERIFY(!report->chainIntact);
    QCOMPARE(report->entries, 10);
}

void tst_AuditLog::claimedActorIsRecordedApart()
{
    const QString path = m_dir.filePath(QStringLiteral("claimed.bulwark"));
    auto service = openService(path);
    QVERIFY(service);
    ChangeSet c;
    c.add(element(QStringLiteral("APP")));
    QVERIFY(service->apply(c, Actor{QStringLiteral("root"), QStringLiteral("alice"), {}}));
    auto entries = store::AuditLog::entries(service->database(), QString(), 0);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().actor, QStringLiteral("root"));
    QCOMPARE(entries->first().claimedActor, QStringLiteral("alice"));
    auto report = store::AuditLog::verify(service->database());
    QVERIFY(report && report->isIntact());
    // The real account comes from the process's user id, whatever $USER says.
    const QByteArray user = qgetenv("USER");
    const QByteArray logname = qgetenv("LOGNAME");
    qputenv("USER", "somebody-else");
    const Actor current = Actor::current();
    qputenv("USER", user);
    qputenv("LOGNAME", logname);
    QVERIFY(current.user != QStringLiteral("somebody-else"));
    QCOMPARE(current.claimed, QStringLiteral("somebody-else"));
}

// A register of schema v1 (written before v3) is upgraded: its old entries keep their hashes and still verify; new
// entries are hashed over every column; an old entry's subject edited afterwards is still caught.
void tst_AuditLog::upgradedRegisterKeepsItsHashes()
{
    const QString path = m_dir.filePath(QStringLiteral("upgraded.bulwark"));
    QVERIFY(QFile::copy(QStringLiteral(BULWARK_TEST_DATA "/register-v1.bulwark"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto service = openService(path);
        QVERIFY(service);
        auto report = store::AuditLog::verify(service->database());
        QVERIFY(report);
        QVERIFY2(report->isIntact(), qPrintable(report->problems.value(0).text));
        QCOMPARE(report->entries, 3);
        ChangeSet c;
        c.add(element(QStringLiteral("NEW-APP")));
        QVERIFY(service->apply(c));
        report = store::AuditLog::verify(service->database());
        QVERIFY(report && report->isIntact());
    }
    QCOMPARE(sqliteExec(path, QStringLiteral("SELECT 1")), QString());
    QCOMPARE(sqliteExec(path, QStringLiteral("UPDATE audit_entry SET subject = 'HIDDEN' WHERE seq = 1")), QString());
    // An entry of before the upgrade could not record a claimed name: one there was put there later.
    QCOMPARE(sqliteExec(path, QStringLiteral("UPDATE audit_entry SET claimed_actor = 'the auditor' WHERE seq = 2")),
             QString());
    auto service = openService(path);
    QVERIFY(service);
    auto report = store::AuditLog::verify(service->database());
    QVERIFY(report);
    QCOMPARE(report->problemCount, 2);
    QCOMPARE(report->problems.first().seq, 1);
    QVERIFY2(report->problems.first().text.contains(u"names another element"),
             qPrintable(report->problems.first().text));
    QCOMPARE(report->problems.last().seq, 2);
    QVERIFY2(report->problems.last().text.contains(u"claims a user name"), qPrintable(report->problems.last().text));
}

void tst_AuditLog::changesOfAnEntry_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("text");
    QTest::newRow("oneField") << QByteArray(R"({"key":"A","rto_min":240})") << QByteArray(R"({"key":"A","rto_min":60})")
                              << QStringLiteral("rto_min: 240 → 60");
    QTest::newRow("setClearedAndSorted") << QByteArray(R"({"key":"A","owner":"X","rto_min":5})")
                                         << QByteArray(R"({"exit_plan":true,"key":"A"})")
                                         << QStringLiteral("exit_plan: - → yes; owner: X → -; rto_min: 5 → -");
    QTest::newRow("list") << QByteArray(R"({"tags":["a"]})") << QByteArray(R"({"tags":["a","b"]})")
                          << QStringLiteral("tags: a → a, b");
    QTest::newRow("unchanged") << QByteArray(R"({"key":"A"})") << QByteArray(R"({"key":"A"})") << QString();
}

/// The before/after diff of an entry is the model's (History tab and `bulwark log` show the same).
void tst_AuditLog::changesOfAnEntry()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, text);
    store::AuditEntry e = firstEntry();
    e.action = store::AuditAction::Change;
    e.before = before;
    e.after = after;
    QCOMPARE(store::AuditLog::changeText(store::AuditLog::changes(e)), text);
}

/// The enums keep the tokens stored in every register (and hashed), and a token of a table registered later is kept.
void tst_AuditLog::storedTokensOfActionsAndEntities()
{
    QCOMPARE(store::AuditLog::token(store::AuditAction::Add), QStringLiteral("add"));
    QCOMPARE(store::AuditLog::token(store::AuditAction::Change), QStringLiteral("change"));
    QCOMPARE(store::AuditLog::token(store::AuditAction::Remove), QStringLiteral("remove"));
    const QStringList entities = {
        QStringLiteral("element"), QStringLiteral("dependency"), QStringLiteral("group"), QStringLiteral("scenario")};
    for (const QString &token : entities) {
        const auto entity = store::AuditLog::entityFromToken(token);
        QVERIFY(entity != store::AuditEntity::Registered);
        QCOMPARE(store::AuditLog::token(entity), token);
    }
    store::AuditEntry e = firstEntry();
    e.entity = store::AuditLog::entityFromToken(u"contract");
    e.registeredEntity = QStringLiteral("contract");
    QCOMPARE(e.entity, store::AuditEntity::Registered);
    QCOMPARE(e.entityToken(), QStringLiteral("contract"));
}

// Issue 12, the auditor's view: the whole trail one entry at a time, as entries() lists it, and a stop on request.
void tst_AuditLog::forEachEntryVisitsTheTrailNewestFirst()
{
    const QString path = makeRegister(QStringLiteral("foreach"));
    auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    QVERIFY(db);
    auto listed = store::AuditLog::entries(**db, QString(), 0);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 11);
    QList<store::AuditEntry> visited;
    QVERIFY(store::AuditLog::forEachEntry(**db, [&](const store::AuditEntry &e) {
        visited.append(e);
        return true;
    }));
    QCOMPARE(visited.size(), listed->size());
    for (qsizetype i = 0; i < visited.size(); ++i) {
        QCOMPARE(visited.at(i).seq, listed->at(i).seq);
        QCOMPARE(visited.at(i).hash, listed->at(i).hash);
        QCOMPARE(visited.at(i).after, listed->at(i).after);
    }
    QCOMPARE(visited.first().seq, 11);
    QCOMPARE(store::AuditLog::changeText(store::AuditLog::changes(visited.first())),
             QStringLiteral("owner: - → Core IT"));
    int seen = 0;
    auto stopped = store::AuditLog::forEachEntry(**db, [&](const store::AuditEntry &) { return ++seen < 3; });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, Error::Code::Canceled);
    QCOMPARE(seen, 3);
}

void tst_AuditLog::issue12_reasonIsRecorded()
{
    const QString path = makeRegister(QStringLiteral("reason"));
    auto service = openService(path);
    QVERIFY(service);
    Element app = *service->element(QStringLiteral("APP"));
    app.rtoMin = 45;
    ChangeSet c;
    c.add(app, ChangeSet::Mode::Update);
    c.reason = QStringLiteral("BIA review 2026");
    QVERIFY(service->apply(c));
    auto entries = store::AuditLog::entries(service->database(), QString(), 0);
    QVERIFY(entries);
    QCOMPARE(entries->first().reason, QStringLiteral("BIA review 2026"));
    QCOMPARE(entries->at(1).reason, QString()); // the change before had none
    auto report = store::AuditLog::verify(service->database());
    QVERIFY(report && report->isIntact());
}

void tst_AuditLog::issue12_undoNamesTheEntryItReverts()
{
    const QString path = makeRegister(QStringLiteral("undo"));
    auto service = openService(path);
    QVERIFY(service);
    // A removal takes the element's dependencies along; its undo puts them back, each naming its own entry.
    ChangeSet remove;
    remove.removeElements << QStringLiteral("APP");
    const ChangeSet inverse = service->inverse(remove);
    auto removed = service->apply(remove);
    QVERIFY(removed);
    QVERIFY(removed->batch > 0);
    auto undone = store::AuditLog::batchEntries(service->database(), removed->batch);
    QVERIFY(undone);
    QVERIFY(undone->size() > 1);
    QHash<QString, qint64> seqOf;
    for (const store::AuditEntry &e : std::as_const(*undone))
        seqOf.insert(e.entityToken() + u'|' + e.entityKey, e.seq);

    ChangeSet undo = inverse;
    undo.undoOfBatch = removed->batch;
    auto back = service->apply(undo);
    QVERIFY(back);
    auto entries = store::AuditLog::batchEntries(service->database(), back->batch);
    QVERIFY(entries);
    QCOMPARE(entries->size(), undone->size());
    for (const store::AuditEntry &e : std::as_const(*entries)) {
        QCOMPARE(e.action, store::AuditAction::Add);
        QCOMPARE(e.reverts, seqOf.value(e.entityToken() + u'|' + e.entityKey));
    }
    // An ordinary change names none.
    auto all = store::AuditLog::entries(service->database(), QString(), 0);
    QVERIFY(all);
    QCOMPARE(all->last().reverts, 0);
    auto report = store::AuditLog::verify(service->database());
    QVERIFY2(report && report->isIntact(), qPrintable(report ? report->problems.value(0).text : QString()));
}

void tst_AuditLog::issue12_contextIsUnderTheHash()
{
    const QString path = makeRegister(QStringLiteral("context"));
    {
        auto service = openService(path);
        QVERIFY(service);
        Element app = *service->element(QStringLiteral("APP"));
        app.owner = QStringLiteral("Someone else");
        ChangeSet c;
        c.add(app, ChangeSet::Mode::Update);
        c.reason = QStringLiteral("handover");
        QVERIFY(service->apply(c, Actor{QStringLiteral("alice"), {}, QStringLiteral("Alice Example")}));
        auto entries = store::AuditLog::entries(service->database(), QString(), 1);
        QVERIFY(entries);
        QCOMPARE(entries->first().actorName, QStringLiteral("Alice Example"));
        QCOMPARE(store::AuditLog::actorText(entries->first()), QStringLiteral("Alice Example (alice)"));
    }
    // The reason, the full name and the undone entry are each covered by the entry's hash.
    for (const QString &sql : {QStringLiteral("UPDATE audit_entry SET reason = NULL WHERE seq = 12"),
                               QStringLiteral("UPDATE audit_entry SET actor_name = 'Mallory' WHERE seq = 12"),
                               QStringLiteral("UPDATE audit_entry SET reverts = 3 WHERE seq = 11")}) {
        const QString copy = m_dir.filePath(QStringLiteral("context-%1.bulwark").arg(qHash(sql)));
        QVERIFY(QFile::copy(path, copy));
        QCOMPARE(sqliteExec(copy, sql), QString());
        auto service = openService(copy);
        QVERIFY(service);
        auto report = store::AuditLog::verify(service->database());
        QVERIFY(report);
        QVERIFY2(!report->chainIntact, qPrintable(sql));
    }
}

void tst_AuditLog::issue12_actorIsTheOperatingSystemAccount()
{
    // What the passwd entry of the effective user id says, read here on its own.
    std::vector<char> buffer(1 << 16);
    struct passwd entry { };
    struct passwd *found = nullptr;
    QCOMPARE(::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found), 0);
    QVERIFY(found);
    const QString login = QString::fromLocal8Bit(found->pw_name);
    const QString gecos = QString::fromLocal8Bit(found->pw_gecos ? found->pw_gecos : "").section(u',', 0, 0).trimmed();

    const QByteArray user = qgetenv("USER");
    const QByteArray logname = qgetenv("LOGNAME");
    qunsetenv("USER");
    qunsetenv("LOGNAME");
    const Actor withoutEnvironment = Actor::current();
    qputenv("USER", "unknown");
    const Actor claimingUnknown = Actor::current();
    qputenv("USER", user);
    qputenv("LOGNAME", logname);

    // The account is known: never "unknown", never empty, whatever the environment says.
    QCOMPARE(withoutEnvironment.user, login);
    QCOMPARE(withoutEnvironment.claimed, QString());
    QCOMPARE(withoutEnvironment.name, gecos == login ? QString() : gecos);
    QCOMPARE(claimingUnknown.user, login);
    QVERIFY(claimingUnknown.user != u"unknown");

    // And that is what an entry records.
    const QString path = m_dir.filePath(QStringLiteral("account.bulwark"));
    auto service = openService(path);
    QVERIFY(service);
    ChangeSet c;
    c.add(element(QStringLiteral("APP")));
    QVERIFY(service->apply(c));
    auto entries = store::AuditLog::entries(service->database(), QString(), 0);
    QVERIFY(entries && entries->size() == 1);
    QCOMPARE(entries->first().actor, login);
    QVERIFY(store::AuditLog::actorText(entries->first()).contains(login));
}

void tst_AuditLog::issue12_readableFieldNames()
{
    using store::AuditEntity;
    QCOMPARE(store::AuditLog::fieldLabel(AuditEntity::Element, QStringLiteral("rto_min")),
             QStringLiteral("RTO (minutes)"));
    QCOMPARE(store::AuditLog::fieldLabel(AuditEntity::Element, QStringLiteral("owner")), QStringLiteral("Owner"));
    QCOMPARE(store::AuditLog::fieldLabel(AuditEntity::Element, QStringLiteral("mtd_min")),
             QStringLiteral("Max. tolerable downtime (min)"));
    // A field the tables do not know keeps its token.
    QCOMPARE(store::AuditLog::fieldLabel(AuditEntity::Element, QStringLiteral("x_custom")), QStringLiteral("x_custom"));
    QCOMPARE(store::AuditLog::fieldLabel(AuditEntity::Registered, QStringLiteral("notice_days")),
             QStringLiteral("notice_days"));
    store::AuditEntry e = firstEntry();
    e.action = store::AuditAction::Change;
    e.before = QByteArrayLiteral(R"({"key":"APP","owner":"A","rto_min":240})");
    e.after = QByteArrayLiteral(R"({"key":"APP","owner":"B","rto_min":60})");
    QCOMPARE(store::AuditLog::readableChangeText(e), QStringLiteral("Owner: A → B; RTO (minutes): 240 → 60"));
    // The tokens' text is unchanged (tests and scripts rely on it).
    QCOMPARE(store::AuditLog::changeText(store::AuditLog::changes(e)),
             QStringLiteral("owner: A → B; rto_min: 240 → 60"));
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
