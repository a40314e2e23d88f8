// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "model/analysis/graphsnapshot.h"
#include "model/store/sha256.h"
#include "model/store/snapshotcache.h"
#include "model/store/snapshotreader.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sqlite3.h>
#include <unistd.h>

using namespace bulwark;
using namespace bulwark::test;
using analysis::GraphSnapshot;
using Snapshot = std::shared_ptr<const GraphSnapshot>;

/// The analysis snapshot stored in the register (issue 16, design 4.3): used only while it is current and intact,
/// never when the register changed (through Bulwark, another connection or another program) or the row was edited.
class tst_GraphSnapshotCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sha256MatchesQt();
    void roundTripEqualsFreshBuild();
    void staleAfterChangeThroughSecondConnection();
    void rawChangeByAnotherProgramDropsRow();
    void editedRowRejected_data();
    void editedRowRejected();
    void verifyReportsDroppedTriggerAndRawChange();
    void readOnlyFileWorks();
    void writerBetweenBuildAndInsertSkips();
    void answersEqualWithAndWithoutCache();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;

    /// Loads through store::loadSnapshot on a fresh read-only connection.
    Snapshot load(store::SnapshotOrigin *origin = nullptr) const;
    /// A snapshot built from the tables, without the stored row.
    Snapshot fresh() const;
    /// Loads, then stores what was built (what every analysis command does).
    bool loadAndStore() const;
    bool rowPresent() const;
    /// Runs SQL on a plain SQLite connection that bypasses Bulwark (no audit entry).
    void raw(const char *sql) const;
};

void tst_GraphSnapshotCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cache.bulwark"));
    auto service = openService(m_path);
    QVERIFY(service);
    ChangeSet c = smallRegister();
    for (int i = 0; i < 40; ++i) {
        Element e = element(QStringLiteral("X%1").arg(i, 2, 10, QLatin1Char('0')), ElementKind(i % 9));
        e.tags = i % 3 == 0 ? QStringList{QStringLiteral("core"), QStringLiteral("t%1").arg(i % 4)} : QStringList{};
        e.region = i % 2 ? QStringLiteral("eu-west") : QString();
        e.country = i % 5 ? QStringLiteral("DE") : QStringLiteral("FR");
        e.rtoMin = i % 4 ? std::optional<int>(i * 10) : std::nullopt;
        e.availability = i % 7 ? std::optional<double>(0.99) : std::nullopt;
        if (e.kind == ElementKind::Function)
            e.criticality = i % 2 ? Criticality::Critical : Criticality::Standard;
        c.add(e);
    }
    for (int i = 0; i < 40; ++i) {
        const QString from = QStringLiteral("X%1").arg(i, 2, 10, QLatin1Char('0'));
        for (int step : {1, 3, 7})
            c.add(dependency(from,
                             QStringLiteral("X%1").arg((i + step) % 40, 2, 10, QLatin1Char('0')),
                             step == 3 ? Strength::Soft : Strength::Hard));
        c.add(dependency(from, QStringLiteral("DC1")));
    }
    c.add(group(QStringLiteral("X05"), QStringLiteral("pair"), 1, 30));
    c.add(dependency(QStringLiteral("X05"), QStringLiteral("X20"), Strength::Hard, QStringLiteral("pair")));
    c.add(dependency(QStringLiteral("X05"), QStringLiteral("X21"), Strength::Soft, QStringLiteral("pair")));
    const auto applied = service->apply(c, Actor::current());
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
}

Snapshot tst_GraphSnapshotCache::load(store::SnapshotOrigin *origin) const
{
    auto db = store::Database::open(m_path, store::Database::OpenMode::ReadOnly);
    if (!db)
        return {};
    auto loaded = store::loadSnapshot(**db, nullptr, origin);
    return loaded ? *loaded : Snapshot();
}

Snapshot tst_GraphSnapshotCache::fresh() const
{
    auto db = store::Database::open(m_path, store::Database::OpenMode::ReadOnly);
    if (!db)
        return {};
    auto columns = store::SnapshotReader::read(**db);
    return columns ? GraphSnapshot::build(std::move(*columns)) : Snapshot();
}

bool tst_GraphSnapshotCache::loadAndStore() const
{
    auto db = store::Database::open(m_path, store::Database::OpenMode::ReadOnly);
    if (!db)
        return false;
    store::SnapshotOrigin origin;
    auto loaded = store::loadSnapshot(**db, nullptr, &origin);
    return loaded && store::SnapshotCache::storeIfBuilt(**db, **loaded, origin);
}

bool tst_GraphSnapshotCache::rowPresent() const
{
    store::SnapshotOrigin origin;
    load(&origin);
    return origin.rowPresent;
}

void tst_GraphSnapshotCache::raw(const char *sql) const
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

// The checksum's SHA-256 (OpenSSL's libcrypto) is SHA-256.
void tst_GraphSnapshotCache::sha256MatchesQt()
{
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes.append(char((i * 131 + i / 7) & 0xff));
    for (const qsizetype size : {0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 4999}) {
        for (const qsizetype split : {qsizetype(0), size / 3}) {
            store::Sha256 fast;
            fast.addData(QByteArrayView(bytes.constData(), split));
            fast.addData(QByteArrayView(bytes.constData() + split, size - split));
            QCOMPARE(fast.result().toHex(),
                     QCryptographicHash::hash(bytes.left(size), QCryptographicHash::Sha256).toHex());
        }
    }
}

// (a) What is stored and loaded again equals the snapshot built from the tables, array for array.
void tst_GraphSnapshotCache::roundTripEqualsFreshBuild()
{
    store::SnapshotOrigin origin;
    const Snapshot built = load(&origin);
    QVERIFY(built);
    QVERIFY(!origin.stored);
    QVERIFY(!origin.rowPresent);
    QVERIFY(loadAndStore());
    const Snapshot stored = load(&origin);
    QVERIFY(stored);
    QVERIFY2(origin.stored, qPrintable(origin.rejected));
    QVERIFY(*stored == *fresh());
    QVERIFY(*stored == *built);
    // serialize is deterministic and deserialize its inverse
    const QByteArray bytes = built->serialize();
    QCOMPARE(bytes, stored->serialize());
    auto again = GraphSnapshot::deserialize(bytes.constData(), std::size_t(bytes.size()));
    QVERIFY(again);
    QVERIFY(**again == *built);
    // keys are found by binary search, unknown ones are not
    for (int v = 0; v < stored->size(); ++v)
        QCOMPARE(stored->indexOf(stored->key(v)), v);
    QCOMPARE(stored->indexOf(QStringLiteral("X99")), -1);
    QCOMPARE(stored->indexOf(QString()), -1);
    // a stored snapshot passes verify
    auto db = store::Database::open(m_path, store::Database::OpenMode::ReadOnly);
    QVERIFY(db);
    auto problems = store::SnapshotCache::verify(**db);
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
}

// (b) A change through a second connection (with its audit entry) makes the row stale: it is not used.
void tst_GraphSnapshotCache::staleAfterChangeThroughSecondConnection()
{
    QVERIFY(loadAndStore());
    {
        auto service = RegisterService::open(m_path, store::Database::OpenMode::OpenExisting);
        QVERIFY(service);
        ChangeSet c;
        Element e = element(QStringLiteral("DC2"), ElementKind::Facility);
        e.rtoMin = 77;
        c.add(e);
        QVERIFY((*service)->apply(c, Actor::current()));
    }
    store::SnapshotOrigin origin;
    const Snapshot loaded = load(&origin);
    QVERIFY(loaded);
    QVERIFY(!origin.stored);
    QCOMPARE(loaded->rtoMin(loaded->indexOf(QStringLiteral("DC2"))), 77);
    QVERIFY(*loaded == *fresh());
    // A row left at an older head (as after a change to a table without a trigger) is stale by the head alone.
    QVERIFY(loadAndStore());
    raw("UPDATE graph_snapshot SET audit_seq = audit_seq - 1");
    QVERIFY(load(&origin));
    QVERIFY(origin.rowPresent);
    QVERIFY(!origin.stored);
    QVERIFY(origin.rejected.startsWith(QStringLiteral("stale")));
}

// (c) Another program (the sqlite3 shell, else a plain SQLite connection) changes a table without an audit entry:
// the trigger drops the row.
void tst_GraphSnapshotCache::rawChangeByAnotherProgramDropsRow()
{
    QVERIFY(loadAndStore());
    QVERIFY(rowPresent());
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const char *sql = "UPDATE element SET rto_min = 999 WHERE key = 'DC1';";
    if (!shell.isEmpty()) {
        QProcess process;
        process.start(shell, {m_path, QString::fromLatin1(sql)});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
    } else {
        raw(sql);
    }
    QVERIFY(!rowPresent());
    const Snapshot loaded = load();
    QVERIFY(loaded);
    QCOMPARE(loaded->rtoMin(loaded->indexOf(QStringLiteral("DC1"))), 999);
}

// (d) An edited payload byte, an out-of-range target (with a matching checksum) and wrong counts are each rejected.
void tst_GraphSnapshotCache::editedRowRejected_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("reason");
    QTest::newRow("payload byte") << "byte"
                                  << "checksum";
    QTest::newRow("target out of range") << "target"
                                         << "ranges";
    QTest::newRow("wrong counts") << "counts"
                                  << "counts";
    QTest::newRow("other format") << "format"
                                  << "format";
}

void tst_GraphSnapshotCache::editedRowRejected()
{
    QFETCH(QString, edit);
    QFETCH(QString, reason);
    QVERIFY(loadAndStore());
    const Snapshot good = fresh();
    if (edit == u"counts") {
        raw("UPDATE graph_snapshot SET dependency_count = dependency_count + 1");
    } else if (edit == u"format") {
        raw("UPDATE graph_snapshot SET format = format + 1");
    } else {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &db), SQLITE_OK);
        sqlite3_stmt *select = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT payload, audit_hash FROM graph_snapshot", -1, &select, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(select), SQLITE_ROW);
        QByteArray payload(static_cast<const char *>(sqlite3_column_blob(select, 0)), sqlite3_column_bytes(select, 0));
        const QByteArray auditHash(reinterpret_cast<const char *>(sqlite3_column_text(select, 1)));
        sqlite3_finalize(select);
        QByteArray sum;
        if (edit == u"byte") {
            payload[payload.size() / 2] = char(payload[payload.size() / 2] ^ 0x01);
        } else {
            // The first target follows the 40-byte header and the n+1 out offsets (8-byte aligned).
            const qsizetype at = 40 + ((qsizetype(good->size() + 1) * 4 + 7) & ~qsizetype(7));
            const qint32 outOfRange = good->size() + 5;
            std::memcpy(payload.data() + at, &outOfRange, sizeof outOfRange);
            sum = store::SnapshotCache::checksum(GraphSnapshot::payloadFormat, auditHash, payload);
        }
        sqlite3_stmt *update = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                                    sum.isEmpty() ? "UPDATE graph_snapshot SET payload = ?1"
                                                  : "UPDATE graph_snapshot SET payload = ?1, payload_sha256 = ?2",
                                    -1,
                                    &update,
                                    nullptr),
                 SQLITE_OK);
        sqlite3_bind_blob(update, 1, payload.constData(), int(payload.size()), SQLITE_TRANSIENT);
        if (!sum.isEmpty())
            sqlite3_bind_blob(update, 2, sum.constData(), int(sum.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(update), SQLITE_DONE);
        sqlite3_finalize(update);
        sqlite3_close(db);
    }
    store::SnapshotOrigin origin;
    const Snapshot loaded = load(&origin);
    QVERIFY(loaded);
    QVERIFY(origin.rowPresent);
    QVERIFY(!origin.stored);
    QVERIFY2(origin.rejected.contains(reason), qPrintable(origin.rejected));
    QVERIFY(*loaded == *good);
}

// (e) A dropped trigger and a raw change then leave a row marked current that no longer matches: verify says so.
void tst_GraphSnapshotCache::verifyReportsDroppedTriggerAndRawChange()
{
    QVERIFY(loadAndStore());
    raw("DROP TRIGGER graph_snapshot_dependency_update");
    raw("UPDATE dependency SET strength = 'soft' WHERE from_id = (SELECT id FROM element WHERE key = 'F')");
    QVERIFY(rowPresent());
    auto db = store::Database::open(m_path, store::Database::OpenMode::ReadOnly);
    QVERIFY(db);
    auto problems = store::SnapshotCache::verify(**db);
    QVERIFY(problems);
    QCOMPARE(problems->size(), 2);
    QVERIFY(problems->at(0).contains(QStringLiteral("graph_snapshot_dependency_update")));
    QVERIFY(problems->at(1).contains(QStringLiteral("differs from the register")));
    QString out;
    QCOMPARE(runCli({QStringLiteral("verify"), QStringLiteral("--db"), m_path, QStringLiteral("--json")}, &out), 1);
    QVERIFY(out.contains(QStringLiteral("\"snapshot_intact\": false")));
    QVERIFY(out.contains(QStringLiteral("graph_snapshot_dependency_update")));
}

// (f) A register that cannot be written is read as before; nothing is stored.
void tst_GraphSnapshotCache::readOnlyFileWorks()
{
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString out, err;
    QCOMPARE(runCli({QStringLiteral("impact"),
                     QStringLiteral("--db"),
                     m_path,
                     QStringLiteral("--fail"),
                     QStringLiteral("DC1"),
                     QStringLiteral("--json")},
                    &out,
                    &err),
             0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(out.contains(QStringLiteral("\"F\"")));
    if (::geteuid() != 0) // root may write whatever the permission bits say
        QVERIFY(!rowPresent());
}

// (g) A writer that commits between the build and the insert makes the insert skip: through Bulwark, and raw.
void tst_GraphSnapshotCache::writerBetweenBuildAndInsertSkips()
{
    for (const bool throughBulwark : {true, false}) {
        auto db = store::Database::open(m_path, store::Database::OpenMode::ReadOnly);
        QVERIFY(db);
        store::SnapshotOrigin origin;
        auto loaded = store::loadSnapshot(**db, nullptr, &origin);
        QVERIFY(loaded);
        QVERIFY(!origin.stored);
        if (throughBulwark) {
            auto service = RegisterService::open(m_path, store::Database::OpenMode::OpenExisting);
            QVERIFY(service);
            ChangeSet c;
            c.add(element(QStringLiteral("NEW")));
            QVERIFY((*service)->apply(c, Actor::current()));
        } else {
            raw("UPDATE element SET rto_min = 5 WHERE key = 'MON'");
        }
        QVERIFY(!store::SnapshotCache::storeIfBuilt(**db, **loaded, origin));
        QVERIFY(!rowPresent());
    }
    QVERIFY(loadAndStore());
    QVERIFY(rowPresent());
}

// The answers of the analysis commands are the same without the stored snapshot, with it, and after it is dropped.
void tst_GraphSnapshotCache::answersEqualWithAndWithoutCache()
{
    const QList<QStringList> commands{
        {QStringLiteral("impact"), QStringLiteral("--fail"), QStringLiteral("DC1,X03"), QStringLiteral("--json")},
        {QStringLiteral("spof"), QStringLiteral("--json")},
        {QStringLiteral("cycles"), QStringLiteral("--json")}};
    for (const QStringList &command : commands) {
        raw("DELETE FROM graph_snapshot");
        QString cold, warm, err;
        const int coldCode = runCli(command + QStringList{QStringLiteral("--db"), m_path}, &cold, &err);
        QVERIFY2(coldCode == 0 || coldCode == 1, qPrintable(err)); // 1: findings (a SPOF, a critical function down)
        QVERIFY(rowPresent());                                     // stored by the cold run
        QCOMPARE(runCli(command + QStringList{QStringLiteral("--db"), m_path}, &warm, &err), coldCode);
        QCOMPARE(warm, cold);
        QVERIFY(!cold.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_GraphSnapshotCache)
#include "tst_graphsnapshotcache.moc"
