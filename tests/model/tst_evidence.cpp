// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Assessment evidence (issue 13, model/assessment/evidence.h): a file is stored inside the register (its bytes by
// SHA-256, written in the same transaction as the audited record), refused when its content is missing, too large,
// empty or dated wrongly; expiry is decided once; undo removes the record and keeps the immutable bytes; the evidence
// check of `bulwark verify` finds bytes altered outside Bulwark and missing content; the JSON exchange carries the
// content and refuses content that does not match its hash.
#include "model/assessment/evidence.h"
#include "model/assessment/workflow.h"
#include "model/exchange/jsonformat.h"
#include "model/register/registerservice.h"
#include "model/store/auditlog.h"
#include "model/store/database.h"
#include "sqlitefile.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::assessment;
using namespace bulwark::test;
using namespace Qt::StringLiterals;

namespace {

EvidenceFile reportFile(const QString &key = u"EV-BCP"_s)
{
    EvidenceFile f;
    f.key = key;
    f.title = u"BCP test report"_s;
    f.fileName = u"/home/someone/reports/bcp-test-2026.md"_s;
    f.bytes = "# BCP test 2026\n\nFail-over of the payments function took 25 minutes.\n";
    f.effective = QDate(2026, 3, 1);
    f.expires = QDate(2027, 3, 1);
    f.requirements = {u"dora-11-6"_s};
    f.elements = {u"F"_s};
    f.addedBy = u"alice"_s;
    return f;
}

QString errorText(const auto &result)
{
    return result ? QString() : result.error().toString();
}

} // namespace

class tst_Evidence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addStoresBytesAndRecord();
    void refusals_data();
    void refusals();
    void missingContentRefused();
    void alteredContentInChangeRefused();
    void link();
    void expiry();
    void undoKeepsContent();
    void verifyFindsAlteredBytes();
    void verifyFindsMissingContent();
    void exchangeRoundTrip();
    void exchangeRefusesHashMismatch();
    void frozenWithItsAssessment();
    void importWithoutContentRefused();

private:
    std::unique_ptr<RegisterService> serviceWithMap(const QString &name);
    QTemporaryDir m_dir;
};

void tst_Evidence::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<RegisterService> tst_Evidence::serviceWithMap(const QString &name)
{
    auto service = openService(m_dir.filePath(name));
    if (service && !service->apply(smallRegister()))
        return {};
    return service;
}

void tst_Evidence::addStoresBytesAndRecord()
{
    auto service = serviceWithMap(u"add.bulwark"_s);
    QVERIFY(service);
    const EvidenceFile file = reportFile();
    auto changes = addEvidenceChange(file);
    QVERIFY2(changes, qPrintable(errorText(changes)));
    QVERIFY2(service->apply(*changes), "the evidence is added");

    const auto records = service->records(evidenceType());
    QCOMPARE(records.size(), 1);
    const Evidence e = evidenceType().value(records.value(u"EV-BCP"_s));
    QCOMPARE(e.fileName, u"bcp-test-2026.md"_s); // the folder is not kept
    QCOMPARE(e.size, int(file.bytes.size()));
    QCOMPARE(e.sha256, sha256Hex(file.bytes));
    QCOMPARE(e.sha256.size(), 64);
    QCOMPARE(e.mediaType, u"text/markdown"_s);
    QCOMPARE(e.addedBy, u"alice"_s);
    QVERIFY(service->hasContent(e.sha256));
    QCOMPARE(*service->content(e.sha256), file.bytes);
    // The audited record names the bytes by hash and never holds them.
    QVERIFY(!records.value(u"EV-BCP"_s).toJson().contains("Fail-over"));

    // Reopened: record and bytes are in the file; the audit trail verifies.
    const QString path = service->path();
    service.reset();
    auto again = openService(path);
    QVERIFY(again);
    QVERIFY(again->hasContent(e.sha256));
    QCOMPARE(*again->content(e.sha256), file.bytes);
    QCOMPARE(evidenceType().value(again->records(evidenceType()).value(u"EV-BCP"_s)), e);
    auto report = store::AuditLog::verify(again->database());
    QVERIFY(report && report->isIntact());
}

void tst_Evidence::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty file") << QByteArray() << QDate() << QDate() << u"size"_s << u"is empty"_s;
    QTest::newRow("too large") << QByteArray(maxEvidenceBytes + 1, 'x') << QDate() << QDate() << u"size"_s
                               << u"at most 52428800 bytes"_s;
    QTest::newRow("expiry before effective") << QByteArray("x") << QDate(2026, 5, 1) << QDate(2026, 4, 30)
                                             << u"expires"_s << u"must not be before the effective date"_s;
}

void tst_Evidence::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QDate, effective);
    QFETCH(QDate, expires);
    QFETCH(QString, field);
    QFETCH(QString, says);
    EvidenceFile file = reportFile();
    file.bytes = bytes;
    file.effective = effective;
    file.expires = expires;
    auto changes = addEvidenceChange(file);
    QVERIFY(!changes);
    QCOMPARE(changes.error().field, field);
    QVERIFY2(changes.error().message.contains(says), qPrintable(changes.error().message));
    // The write path applies the same rules to a record made by hand.
    if (!bytes.isEmpty() && bytes.size() <= maxEvidenceBytes) {
        auto service = serviceWithMap(u"refusal.bulwark"_s);
        QVERIFY(service);
        Evidence e;
        e.key = u"EV-X"_s;
        e.fileName = u"x.txt"_s;
        e.mediaType = u"text/plain"_s;
        e.size = int(bytes.size());
        e.effective = effective;
        e.expires = expires;
        ChangeSet c;
        e.sha256 = c.addContent(bytes);
        c.add(evidenceType().record(e));
        auto applied = service->apply(c);
        QVERIFY(!applied);
        QCOMPARE(applied.error().field, field);
        QVERIFY(service->records(evidenceType()).isEmpty());
        QVERIFY(!service->hasContent(e.sha256)); // nothing written
        QFile::remove(service->path());
    }
}

void tst_Evidence::missingContentRefused()
{
    auto service = serviceWithMap(u"missing.bulwark"_s);
    QVERIFY(service);
    auto changes = addEvidenceChange(reportFile());
    QVERIFY(changes);
    changes->contents.clear(); // the record without its bytes
    auto applied = service->apply(*changes);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, Error::Code::NotFound);
    QCOMPARE(applied.error().field, u"sha256"_s);
    QVERIFY2(applied.error().message.contains(u"EV-BCP"_s), qPrintable(applied.error().message));
    QVERIFY(service->records(evidenceType()).isEmpty());

    // Once the bytes are in the register, another record may name them without carrying them again.
    QVERIFY(service->apply(*addEvidenceChange(reportFile())));
    auto second = addEvidenceChange(reportFile(u"EV-BCP-COPY"_s));
    QVERIFY(second);
    second->contents.clear();
    QVERIFY2(service->apply(*second), "content already stored");
    QCOMPARE(service->records(evidenceType()).size(), 2);
}

void tst_Evidence::alteredContentInChangeRefused()
{
    auto service = serviceWithMap(u"alteredchange.bulwark"_s);
    QVERIFY(service);
    auto changes = addEvidenceChange(reportFile());
    QVERIFY(changes);
    const QString sha = changes->contents.keys().constFirst();
    changes->contents[sha] = "other bytes";
    auto applied = service->apply(*changes);
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(u"does not match its SHA-256"_s), qPrintable(applied.error().message));
    QVERIFY(!service->hasContent(sha));
}

void tst_Evidence::link()
{
    auto service = serviceWithMap(u"link.bulwark"_s);
    QVERIFY(service);
    Evidence link;
    link.key = u"EV-LINK"_s;
    link.title = u"Redundant data centres"_s;
    link.elements = {u"DC1"_s, u"DC2"_s};
    link.requirements = {u"dora-12-1"_s};
    auto changes = addEvidenceLinkChange(link);
    QVERIFY2(changes, qPrintable(errorText(changes)));
    QVERIFY(service->apply(*changes));
    const Evidence stored = evidenceType().value(service->records(evidenceType()).value(u"EV-LINK"_s));
    QVERIFY(!stored.hasFile());
    QCOMPARE(stored.size, 0);
    QVERIFY(!stored.addedBy.isEmpty());

    link.key = u"EV-NOTHING"_s;
    link.elements.clear();
    auto refused = addEvidenceLinkChange(link);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, u"elements"_s);
}

void tst_Evidence::expiry()
{
    Evidence e;
    e.effective = QDate(2026, 1, 1);
    e.expires = QDate(2026, 6, 30);
    QVERIFY(!e.isExpired(QDate(2026, 6, 30))); // valid through its expiry date
    QVERIFY(e.isExpired(QDate(2026, 7, 1)));
    QVERIFY(e.expiresWithin(QDate(2026, 6, 1), 30));
    QVERIFY(!e.expiresWithin(QDate(2026, 5, 1), 30));
    QVERIFY(!e.expiresWithin(QDate(2026, 7, 1), 30)); // expired is not "expiring"
    QCOMPARE(evidenceStatus(e, QDate(2026, 3, 1)), EvidenceStatus::Valid);
    QCOMPARE(evidenceStatus(e, QDate(2026, 6, 10)), EvidenceStatus::Expiring);
    QCOMPARE(evidenceStatus(e, QDate(2026, 7, 1)), EvidenceStatus::Expired);
    QCOMPARE(evidenceStatus(e, QDate(2025, 12, 31)), EvidenceStatus::NotYet);
    QCOMPARE(token(EvidenceStatus::Expired), u"expired"_s);
    QCOMPARE(token(EvidenceStatus::Expiring), u"expiring"_s);
    e.expires = QDate();
    QVERIFY(!e.isExpired(QDate(2100, 1, 1)));
    QCOMPARE(evidenceStatus(e, QDate(2100, 1, 1)), EvidenceStatus::Valid);
}

void tst_Evidence::undoKeepsContent()
{
    auto service = serviceWithMap(u"undo.bulwark"_s);
    QVERIFY(service);
    auto changes = addEvidenceChange(reportFile());
    QVERIFY(changes);
    const ChangeSet undo = service->inverse(*changes);
    QVERIFY(service->apply(*changes));
    const QString sha = sha256Hex(reportFile().bytes);
    QVERIFY(service->apply(undo));
    QVERIFY(service->records(evidenceType()).isEmpty());
    // Content is immutable and keyed by its hash: the bytes stay (verify still checks them), and adding the same file
    // again does not write them twice.
    QVERIFY(service->hasContent(sha));
    QVERIFY(service->apply(*changes));
    QCOMPARE(service->records(evidenceType()).size(), 1);
    // An export carries only the content a record names.
    QVERIFY(service->apply(undo));
    QVERIFY(service->snapshotWithContents()->contents.empty());
}

void tst_Evidence::verifyFindsAlteredBytes()
{
    QString path;
    {
        auto service = serviceWithMap(u"verify.bulwark"_s);
        QVERIFY(service);
        QVERIFY(service->apply(*addEvidenceChange(reportFile())));
        path = service->path();
    }
    {
        auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
        QVERIFY(db);
        auto report = verifyEvidence(**db);
        QVERIFY2(report, qPrintable(errorText(report)));
        QVERIFY(report->isIntact());
        QCOMPARE(report->records, qsizetype(1));
        QCOMPARE(report->contents, qsizetype(1));
    }
    // Out of band, as an SQLite editor would: the same size, other bytes.
    const QByteArray original = reportFile().bytes;
    QByteArray altered = original;
    altered[2] = 'b';
    QCOMPARE(
        sqliteExec(path, u"UPDATE evidence_content SET content = X'%1'"_s.arg(QString::fromLatin1(altered.toHex()))),
        QString());
    auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    QVERIFY(db);
    auto report = verifyEvidence(**db);
    QVERIFY(report);
    QVERIFY(!report->isIntact());
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems[0].key, u"EV-BCP"_s);
    QCOMPARE(report->problems[0].fileName, u"bcp-test-2026.md"_s);
    QVERIFY(report->problems[0].text.contains(u"EV-BCP"_s));
    QVERIFY(report->problems[0].text.contains(u"bcp-test-2026.md"_s));
    QVERIFY2(report->problems[0].text.contains(u"no longer match"_s), qPrintable(report->problems[0].text));
}

void tst_Evidence::verifyFindsMissingContent()
{
    QString path;
    {
        auto service = serviceWithMap(u"verifymissing.bulwark"_s);
        QVERIFY(service);
        QVERIFY(service->apply(*addEvidenceChange(reportFile())));
        path = service->path();
    }
    QCOMPARE(sqliteExec(path, u"DELETE FROM evidence_content"_s), QString());
    auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    QVERIFY(db);
    auto report = verifyEvidence(**db);
    QVERIFY(report);
    QCOMPARE(report->problems.size(), 1);
    QVERIFY2(report->problems[0].text.contains(u"missing"_s), qPrintable(report->problems[0].text));
    QCOMPARE(report->problems[0].key, u"EV-BCP"_s);
}

void tst_Evidence::exchangeRoundTrip()
{
    auto first = serviceWithMap(u"exchange1.bulwark"_s);
    QVERIFY(first);
    QVERIFY(first->apply(*addEvidenceChange(reportFile())));
    EvidenceFile policy = reportFile(u"EV-POLICY"_s);
    policy.fileName = u"policy.txt"_s;
    policy.bytes = QByteArray("ICT risk policy\n\0binary tail", 28);
    QVERIFY(first->apply(*addEvidenceChange(policy)));
    auto data = first->snapshotWithContents();
    QVERIFY(data);
    QCOMPARE(data->contents.size(), std::size_t(2));
    const QByteArray exported = exchange::JsonFormat::write(*data);
    QVERIFY(exported.contains("\"evidence\": ["));
    QVERIFY(exported.contains("\"evidence_content\": [\n    {\"sha256\":\""));
    QVERIFY(exported.endsWith("\"}\n  ]\n}\n"));

    auto parsed = exchange::JsonFormat::parse(exported, u"exported.json"_s);
    QVERIFY2(parsed, qPrintable(errorText(parsed)));
    QCOMPARE(parsed->contents.size(), 2);
    auto second = openService(m_dir.filePath(u"exchange2.bulwark"_s));
    QVERIFY(second);
    QVERIFY2(second->apply(*parsed), "the export imports");
    QCOMPARE(*second->content(sha256Hex(policy.bytes)), policy.bytes);
    auto again = second->snapshotWithContents();
    QVERIFY(again);
    QCOMPARE(exchange::JsonFormat::write(*again), exported); // byte-identical
}

void tst_Evidence::exchangeRefusesHashMismatch()
{
    auto first = serviceWithMap(u"mismatch.bulwark"_s);
    QVERIFY(first);
    QVERIFY(first->apply(*addEvidenceChange(reportFile())));
    QByteArray exported = exchange::JsonFormat::write(*first->snapshotWithContents());
    const QByteArray good = reportFile().bytes.toBase64();
    QByteArray bad = reportFile().bytes;
    bad[2] = 'b';
    QVERIFY(exported.contains(good));
    exported.replace(good, bad.toBase64());
    const int line = int(exported.left(exported.indexOf(bad.toBase64())).count('\n')) + 1;
    auto parsed = exchange::JsonFormat::parse(exported, u"tampered.json"_s);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().file, u"tampered.json"_s);
    QCOMPARE(parsed.error().line, line);
    QCOMPARE(parsed.error().field, u"sha256"_s);
    QVERIFY2(parsed.error().message.contains(u"does not match its SHA-256"_s), qPrintable(parsed.error().message));
}

void tst_Evidence::frozenWithItsAssessment()
{
    auto service = serviceWithMap(u"frozen.bulwark"_s);
    QVERIFY(service);
    auto as = [](const QString &user) {
        Actor actor;
        actor.user = user;
        return actor;
    };
    Assessment a;
    a.key = u"A-2026"_s;
    a.title = u"DORA assessment 2026"_s;
    a.catalogue = u"dora"_s;
    a.catalogueVersion = u"2026.1"_s;
    a.preparer = u"alice"_s;
    a.status = AssessmentStatus::Submitted;
    a.submittedBy = u"alice"_s;
    ChangeSet submit;
    submit.add(assessmentType().record(a));
    QVERIFY(service->apply(submit, as(u"alice"_s)));
    // Evidence for it while it is open: fine.
    EvidenceFile file = reportFile();
    file.assessment = a.key;
    QVERIFY(service->apply(*addEvidenceChange(file), as(u"alice"_s)));
    a.status = AssessmentStatus::Approved;
    a.approvedBy = u"bob"_s;
    a.approvedAt = QDate(2026, 11, 30);
    a.registerSeq = int(service->auditHead().seq);
    a.registerHash = QString::fromLatin1(service->auditHead().hash);
    a.resultsHash = u"0123"_s;
    ChangeSet approve;
    approve.add(assessmentType().record(a));
    QVERIFY(service->apply(approve, as(u"bob"_s)));
    // Approved: its evidence can be neither added, changed nor removed.
    auto added = service->apply(*addEvidenceChange(reportFile(u"EV-LATE"_s)) /* no assessment: fine */);
    QVERIFY(added);
    file.key = u"EV-LATE2"_s;
    auto refused = service->apply(*addEvidenceChange(file));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"frozen"_s), qPrintable(refused.error().message));
    ChangeSet remove;
    remove.removeRecords.emplace_back(&evidenceType(), u"EV-BCP"_s);
    QVERIFY(!service->apply(remove));
}

void tst_Evidence::importWithoutContentRefused()
{
    // A file naming evidence whose bytes it does not carry (and the register does not hold): refused at its line.
    auto first = serviceWithMap(u"nocontent1.bulwark"_s);
    QVERIFY(first);
    QVERIFY(first->apply(*addEvidenceChange(reportFile())));
    const QByteArray exported = exchange::JsonFormat::write(first->snapshot()); // without the content
    QVERIFY(!exported.contains("evidence_content"));
    auto parsed = exchange::JsonFormat::parse(exported, u"partial.json"_s);
    QVERIFY(parsed);
    auto second = serviceWithMap(u"nocontent2.bulwark"_s);
    QVERIFY(second);
    auto applied = second->apply(*parsed);
    QVERIFY(!applied);
    QCOMPARE(applied.error().file, u"partial.json"_s);
    const int line = int(exported.left(exported.indexOf("\"key\":\"EV-BCP\"")).count('\n')) + 1;
    QCOMPARE(applied.error().line, line);
    QCOMPARE(applied.error().field, u"sha256"_s);
    QVERIFY(second->records(evidenceType()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Evidence)
#include "tst_evidence.moc"
