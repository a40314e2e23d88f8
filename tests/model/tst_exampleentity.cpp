// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A register table added the way the next issues add theirs (contracts, assessments, findings, ...): one value type,
// one field table, one set of statements, one registration. Nothing else in the model changes: apply(), inverse(),
// the store's reader and writer, the audit trail and its verification take it from the registration. The table is
// not shipped; this test creates it in the file, where a shipped table would have a migration.
#include "model/register/fieldkinds.h"
#include "model/register/registerservice.h"
#include "model/store/auditlog.h"
#include "sqlitefile.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::test;

namespace {

/// The example: a contract with a provider, with five fields.
struct Contract {
    QString key;
    QString provider; ///< element key of the provider
    QDate start;
    std::optional<int> noticeDays;
    std::optional<bool> critical;
    bool operator==(const Contract &other) const = default;
};

const store::TableSql contractSql{
    "SELECT key, provider, start, notice_days, critical FROM contract ORDER BY key",
    "INSERT INTO contract (key, provider, start, notice_days, critical) VALUES (?1, ?2, ?3, ?4, ?5)",
    "UPDATE contract SET provider = ?2, start = ?3, notice_days = ?4, critical = ?5 WHERE key = ?1",
    "DELETE FROM contract WHERE key = ?1",
};

/// What a migration would create.
const char *const contractTable = "CREATE TABLE contract (key TEXT PRIMARY KEY, provider TEXT NOT NULL, start TEXT, "
                                  "notice_days INTEGER, critical INTEGER)";

const TableType<Contract> &contractType()
{
    using namespace fieldkinds;
    static const TableType<Contract> type(
        QStringLiteral("contract"),
        QT_TRANSLATE_NOOP("EntityType", "contract"),
        FieldTable<Contract>({
            textField("key", &Contract::key, {.label = QT_TRANSLATE_NOOP("Fields", "&Key"), .required = true}),
            textField("provider",
                      &Contract::provider,
                      {.label = QT_TRANSLATE_NOOP("Fields", "&Provider"),
                       .kinds = kindBit(ElementKind::Provider),
                       .required = true}),
            dateField("start", &Contract::start, {.label = QT_TRANSLATE_NOOP("Fields", "&Start")}),
            optionalWholeNumberField(
                "notice_days", &Contract::noticeDays, {.label = QT_TRANSLATE_NOOP("Fields", "&Notice"), .unit = "d"}),
            yesNoField("critical", &Contract::critical, {.label = QT_TRANSLATE_NOOP("Fields", "&Critical")}),
        }),
        QStringLiteral("key"),
        contractSql,
        {QStringLiteral("provider")},
        [](const Contract &c) -> Result<void> {
            if (c.noticeDays && *c.noticeDays < 0)
                return makeError(
                    Error::Code::Invalid, QStringLiteral("must be 0 or more"), QStringLiteral("notice_days"));
            return {};
        });
    return type;
}

Contract contract(const QString &key, int noticeDays)
{
    Contract c;
    c.key = key;
    c.provider = QStringLiteral("PRV");
    c.start = QDate(2026, 1, 31);
    c.noticeDays = noticeDays;
    c.critical = true;
    return c;
}

} // namespace

class tst_ExampleEntity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void applyUndoStoreAndAudit();
    void rulesOfTheTable();
    void textAndJsonFromTheFieldTable();
    void verifyFindsAChangeOutsideBulwark();

private:
    std::optional<Contract> stored(const QString &key) const;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<RegisterService> m_service;
};

void tst_ExampleEntity::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_ExampleEntity::cleanupTestCase()
{
    EntityRegistry::remove(&contractType());
}

void tst_ExampleEntity::init()
{
    // A register made by the real migrations, given the table (as a migration would), then the type registered.
    m_service.reset();
    EntityRegistry::remove(&contractType());
    m_path = m_dir.filePath(QStringLiteral("%1.bulwark").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    {
        auto service = openService(m_path);
        QVERIFY(service);
        ChangeSet c = smallRegister();
        c.add(element(QStringLiteral("PRV"), ElementKind::Provider));
        QVERIFY(service->apply(c));
    }
    QCOMPARE(sqliteExec(m_path, QString::fromLatin1(contractTable)), QString());
    EntityRegistry::add(&contractType());
    m_service = openService(m_path);
    QVERIFY(m_service);
}

std::optional<Contract> tst_ExampleEntity::stored(const QString &key) const
{
    const auto records = m_service->records(contractType());
    const auto it = records.constFind(key);
    if (it == records.constEnd())
        return std::nullopt;
    return TableType<Contract>::value(*it);
}

/// Add, change, undo (the inverse change set), remove and undo: each a write to the file with its audit entry, read
/// back by a new service, and the chain verifies.
void tst_ExampleEntity::applyUndoStoreAndAudit()
{
    const auto &type = contractType();
    ChangeSet add;
    add.add(type.record(contract(QStringLiteral("C-1"), 90)), ChangeSet::Mode::Insert);
    const ChangeSet undoAdd = m_service->inverse(add);
    auto summary = m_service->apply(add);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary->records.value(type.token()).added, 1);
    QCOMPARE(stored(QStringLiteral("C-1")), contract(QStringLiteral("C-1"), 90));

    ChangeSet change;
    change.add(type.record(contract(QStringLiteral("C-1"), 30)), ChangeSet::Mode::Update);
    const ChangeSet undoChange = m_service->inverse(change);
    QVERIFY(m_service->apply(change));
    QCOMPARE(stored(QStringLiteral("C-1"))->noticeDays, 30);

    // The store: a new service reads what was written.
    m_service.reset();
    m_service = openService(m_path);
    QVERIFY(m_service);
    QCOMPARE(stored(QStringLiteral("C-1")), contract(QStringLiteral("C-1"), 30));

    // The audit trail: the registered token, the key, and the model's diff.
    auto entries = store::AuditLog::entries(m_service->database(), QStringLiteral("C-1"), 0);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    const store::AuditEntry &newest = entries->first();
    QCOMPARE(newest.entity, store::AuditEntity::Registered);
    QCOMPARE(newest.entityToken(), QStringLiteral("contract"));
    QCOMPARE(newest.action, store::AuditAction::Change);
    QCOMPARE(store::AuditLog::changeText(store::AuditLog::changes(newest)), QStringLiteral("notice_days: 90 → 30"));
    QCOMPARE(entries->last().action, store::AuditAction::Add);

    // Undo of the change, then of the add.
    QVERIFY(m_service->apply(undoChange));
    QCOMPARE(stored(QStringLiteral("C-1"))->noticeDays, 90);
    QVERIFY(m_service->apply(undoAdd));
    QVERIFY(!stored(QStringLiteral("C-1")));

    // Remove and its undo.
    QVERIFY(m_service->apply(add));
    ChangeSet remove;
    remove.removeRecords.emplace_back(&type, QStringLiteral("C-1"));
    const ChangeSet undoRemove = m_service->inverse(remove);
    auto removed = m_service->apply(remove);
    QVERIFY(removed);
    QCOMPARE(removed->records.value(type.token()).removed, 1);
    QVERIFY(!stored(QStringLiteral("C-1")));
    QVERIFY(m_service->apply(undoRemove));
    QCOMPARE(stored(QStringLiteral("C-1")), contract(QStringLiteral("C-1"), 90));

    // An unchanged value writes nothing.
    ChangeSet unchanged;
    unchanged.add(type.record(contract(QStringLiteral("C-1"), 90)));
    auto same = m_service->apply(unchanged);
    QVERIFY(same);
    QVERIFY(same->isEmpty());

    auto report = store::AuditLog::verify(m_service->database());
    QVERIFY(report);
    QVERIFY2(report->isIntact(), qPrintable(report->stateMismatches.join(u'\n')));
    QCOMPARE(report->entries, qint64(18)); // the small register's 10 entries, PRV, then 7 of the contract
}

/// The registration's rules: the key's syntax, required fields, the element it names, the type's own rule, modes.
void tst_ExampleEntity::rulesOfTheTable()
{
    const auto &type = contractType();
    auto refused = [&](const Contract &c, ChangeSet::Mode mode, Error::Code code, const QString &field) {
        ChangeSet set;
        set.add(type.record(c), mode);
        auto r = m_service->apply(set);
        if (r) {
            qWarning() << "accepted" << c.key;
            return false;
        }
        if (r.error().code != code || r.error().field != field) {
            qWarning() << r.error().toString() << r.error().field;
            return false;
        }
        return true;
    };
    Contract noProvider = contract(QStringLiteral("C-2"), 10);
    noProvider.provider = QStringLiteral("NOPE");
    QVERIFY(refused(noProvider, ChangeSet::Mode::Upsert, Error::Code::NotFound, QStringLiteral("provider")));
    QVERIFY(refused(
        contract(QStringLiteral("bad key"), 10), ChangeSet::Mode::Upsert, Error::Code::Invalid, QStringLiteral("key")));
    QVERIFY(refused(contract(QStringLiteral("C-2"), -1),
                    ChangeSet::Mode::Upsert,
                    Error::Code::Invalid,
                    QStringLiteral("notice_days")));
    QVERIFY(refused(
        contract(QStringLiteral("C-2"), 10), ChangeSet::Mode::Update, Error::Code::NotFound, QStringLiteral("key")));
    ChangeSet add;
    add.add(type.record(contract(QStringLiteral("C-2"), 10)), ChangeSet::Mode::Insert);
    QVERIFY(m_service->apply(add));
    QVERIFY(refused(
        contract(QStringLiteral("C-2"), 10), ChangeSet::Mode::Insert, Error::Code::Conflict, QStringLiteral("key")));
    QVERIFY(!m_service->apply(add)); // nothing half-written by the refusals
    QCOMPARE(m_service->records(type).size(), 1);
}

/// Text (CSV cells, `field=value`) and JSON come from the field table, as for elements.
void tst_ExampleEntity::textAndJsonFromTheFieldTable()
{
    const auto &type = contractType();
    const Record record = type.record(contract(QStringLiteral("C-1"), 90));
    QCOMPARE(record.toJson(),
             QByteArray(R"({"key":"C-1","provider":"PRV","start":"2026-01-31","notice_days":90,"critical":true})"));
    auto back = type.fromJson(QJsonDocument::fromJson(record.toJson()).object());
    QVERIFY(back);
    QVERIFY(type.equals(*back, record.value));
    QCOMPARE(type.fields().tokens(),
             (QStringList{QStringLiteral("key"),
                          QStringLiteral("provider"),
                          QStringLiteral("start"),
                          QStringLiteral("notice_days"),
                          QStringLiteral("critical")}));

    Contract c;
    const auto *start = type.fields().find(QStringLiteral("start"));
    QVERIFY(start->setText(c, QStringLiteral("2026-02-28")));
    QCOMPARE(start->text(c), QStringLiteral("2026-02-28"));
    const auto bad = start->setText(c, QStringLiteral("28.02.2026"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, QStringLiteral("start"));
    QVERIFY(type.fields().find(QStringLiteral("critical"))->setText(c, QStringLiteral("no")));
    QCOMPARE(c.critical, std::optional<bool>(false));
    QVERIFY(!type.fields().find(QStringLiteral("provider"))->appliesTo(ElementKind::Application));
    QVERIFY(!type.fromJson(QJsonObject{{QStringLiteral("key"), QStringLiteral("C-9")}})); // provider is required
}

/// A contract changed in the file outside Bulwark does not match the trail's last word on it.
void tst_ExampleEntity::verifyFindsAChangeOutsideBulwark()
{
    ChangeSet add;
    add.add(contractType().record(contract(QStringLiteral("C-1"), 90)));
    QVERIFY(m_service->apply(add));
    m_service.reset();
    QCOMPARE(sqliteExec(m_path, QStringLiteral("UPDATE contract SET notice_days = 1")), QString());
    m_service = openService(m_path);
    QVERIFY(m_service);
    auto report = store::AuditLog::verify(m_service->database());
    QVERIFY(report);
    QVERIFY(report->chainIntact);
    QCOMPARE(report->mismatchCount, 1);
    QVERIFY(report->stateMismatches.first().startsWith(QStringLiteral("contract:C-1 differs")));
}

QTEST_GUILESS_MAIN(tst_ExampleEntity)
#include "tst_exampleentity.moc"
