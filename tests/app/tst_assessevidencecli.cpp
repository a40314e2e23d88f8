// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `bulwark assess evidence` and the evidence part of `bulwark verify` (issue 13): the list with its status on a day
// (the demo's one expired piece stands out), adding a file and a link, refusals naming the file and field, exporting
// the stored bytes, and verify failing (exit 1, naming the evidence and its file) once the stored bytes are altered
// out of band.
#include "cli/command.h"
#include "clirun.h"
#include "sqlitefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace Qt::StringLiterals;

class tst_AssessEvidenceCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listShowsExpired();
    void addExportAndLink();
    void refusals();
    void verifyFindsAlteredBytes();

private:
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr);
    QJsonObject list(const QString &db);
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_demo;
    const QString m_today = QDate::currentDate().toString(Qt::ISODate);
};

int tst_AssessEvidenceCli::run(const QStringList &args, QString *out, QString *err)
{
    return test::runCli(args, out, err);
}

QJsonObject tst_AssessEvidenceCli::list(const QString &db)
{
    QString out;
    const int code = run({u"assess"_s, u"evidence"_s, u"--db"_s, db, u"--json"_s, u"--today"_s, m_today}, &out);
    [&] { QCOMPARE(code, 0); }();
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QString tst_AssessEvidenceCli::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void tst_AssessEvidenceCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.bulwark"_s);
    QCOMPARE(run({u"demo"_s, u"--db"_s, m_demo}), 0);
}

void tst_AssessEvidenceCli::listShowsExpired()
{
    const QJsonObject listed = list(m_demo);
    const QJsonArray evidence = listed.value(u"evidence").toArray();
    QCOMPARE(evidence.size(), 4);
    QCOMPARE(listed.value(u"expired").toInt(), 1);
    QStringList expired;
    for (const QJsonValue &v : evidence) {
        const QJsonObject e = v.toObject();
        for (const char *field : {"key",
                                  "title",
                                  "file_name",
                                  "media_type",
                                  "size",
                                  "sha256",
                                  "effective",
                                  "expires",
                                  "status",
                                  "requirements",
                                  "elements",
                                  "added_by"})
            QVERIFY2(e.contains(QLatin1StringView(field)), field);
        QCOMPARE(e.value(u"sha256").toString().size(), 64);
        if (e.value(u"status").toString() == u"expired")
            expired << e.value(u"key").toString();
    }
    QCOMPARE(expired, QStringList{u"EV-BCP-TREAS"_s});

    QString text;
    QCOMPARE(run({u"assess"_s, u"evidence"_s, u"--db"_s, m_demo}, &text), 0);
    QVERIFY2(text.contains(u"EXPIRED"_s), qPrintable(text)); // stands out
    QVERIFY(text.contains(u"bcp-test-report-treasury.md"_s));
    QVERIFY(text.contains(u"1 piece of evidence expired."_s) || text.contains(u"expired."_s));
}

void tst_AssessEvidenceCli::addExportAndLink()
{
    const QString db = m_dir.filePath(u"add.bulwark"_s);
    QCOMPARE(run({u"demo"_s, u"--db"_s, db}), 0);
    const QByteArray bytes = "Outsourcing policy, approved 2026-10-01.\n";
    const QString file = writeFile(u"outsourcing-policy.txt"_s, bytes);
    QVERIFY(!file.isEmpty());
    QString out, err;
    QCOMPARE(run({u"assess"_s,
                  u"evidence"_s,
                  u"add"_s,
                  file,
                  u"--db"_s,
                  db,
                  u"--key"_s,
                  u"EV-OUT"_s,
                  u"--effective"_s,
                  u"2026-10-01"_s,
                  u"--expires"_s,
                  u"2027-09-30"_s,
                  u"--requirement"_s,
                  u"dora-28-1"_s,
                  u"--element"_s,
                  u"F-PAY"_s},
                 &out,
                 &err),
             0);
    QVERIFY2(out.contains(u"EV-OUT"_s), qPrintable(out + err));
    const QJsonArray evidence = list(db).value(u"evidence").toArray();
    QCOMPARE(evidence.size(), 5);
    QJsonObject added;
    for (const QJsonValue &v : evidence) {
        if (v.toObject().value(u"key").toString() == u"EV-OUT")
            added = v.toObject();
    }
    QCOMPARE(added.value(u"file_name").toString(), u"outsourcing-policy.txt"_s);
    QCOMPARE(added.value(u"size").toInt(), int(bytes.size()));
    QCOMPARE(added.value(u"media_type").toString(), u"text/plain"_s);
    QCOMPARE(added.value(u"requirements").toArray(), QJsonArray{u"dora-28-1"_s});
    QCOMPARE(added.value(u"elements").toArray(), QJsonArray{u"F-PAY"_s});

    // The same key again is refused.
    QCOMPARE(run({u"assess"_s, u"evidence"_s, u"add"_s, file, u"--db"_s, db, u"--key"_s, u"EV-OUT"_s}, nullptr, &err),
             2);
    QVERIFY2(err.contains(u"EV-OUT"_s), qPrintable(err));

    // The stored bytes come back out, for an auditor to open.
    const QString exported = m_dir.filePath(u"exported.txt"_s);
    QCOMPARE(run({u"assess"_s, u"evidence"_s, u"export"_s, u"EV-OUT"_s, exported, u"--db"_s, db}, &out, &err), 0);
    QCOMPARE(test::fileBytes(exported), bytes);
    QCOMPARE(run({u"assess"_s, u"evidence"_s, u"export"_s, u"EV-NONE"_s, exported, u"--db"_s, db}, nullptr, &err), 2);

    // A link without a file.
    QCOMPARE(run({u"assess"_s,
                  u"evidence"_s,
                  u"link"_s,
                  u"--db"_s,
                  db,
                  u"--key"_s,
                  u"EV-DC"_s,
                  u"--title"_s,
                  u"Two data centres"_s,
                  u"--element"_s,
                  u"F-PAY"_s,
                  u"--requirement"_s,
                  u"dora-12-1"_s},
                 &out,
                 &err),
             0);
    QCOMPARE(list(db).value(u"evidence").toArray().size(), 6);
    QCOMPARE(run({u"verify"_s, u"--db"_s, db}, &out), 0);
    QVERIFY2(out.contains(u"matches its SHA-256"_s), qPrintable(out));
}

void tst_AssessEvidenceCli::refusals()
{
    const QString db = m_dir.filePath(u"refusals.bulwark"_s);
    QCOMPARE(run({u"demo"_s, u"--db"_s, db}), 0);
    const QString file = writeFile(u"report.md"_s, "# Report\n");
    QString err;
    // Expiry before the effective date: the file and the field are named.
    QCOMPARE(run({u"assess"_s,
                  u"evidence"_s,
                  u"add"_s,
                  file,
                  u"--db"_s,
                  db,
                  u"--key"_s,
                  u"EV-BAD"_s,
                  u"--effective"_s,
                  u"2026-05-01"_s,
                  u"--expires"_s,
                  u"2026-04-01"_s},
                 nullptr,
                 &err),
             2);
    QVERIFY2(err.contains(u"report.md"_s) && err.contains(u"expires"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s,
                  u"evidence"_s,
                  u"add"_s,
                  file,
                  u"--db"_s,
                  db,
                  u"--key"_s,
                  u"EV-BAD"_s,
                  u"--expires"_s,
                  u"30.04.2026"_s},
                 nullptr,
                 &err),
             2);
    QVERIFY2(err.contains(u"--expires"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s,
                  u"evidence"_s,
                  u"add"_s,
                  m_dir.filePath(u"missing.pdf"_s),
                  u"--db"_s,
                  db,
                  u"--key"_s,
                  u"EV-BAD"_s},
                 nullptr,
                 &err),
             2);
    QVERIFY2(err.contains(u"missing.pdf"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s, u"evidence"_s, u"add"_s, file, u"--db"_s, db}, nullptr, &err), 2); // no --key
    QVERIFY2(err.contains(u"--key"_s), qPrintable(err));
    const QString empty = writeFile(u"empty.txt"_s, QByteArray());
    QCOMPARE(run({u"assess"_s, u"evidence"_s, u"add"_s, empty, u"--db"_s, db, u"--key"_s, u"EV-BAD"_s}, nullptr, &err),
             2);
    QVERIFY2(err.contains(u"empty.txt"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s, u"evidence"_s, u"link"_s, u"--db"_s, db, u"--key"_s, u"EV-BAD"_s}, nullptr, &err), 2);
    QVERIFY2(err.contains(u"elements"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s, u"evidence"_s, u"frobnicate"_s, u"--db"_s, db}, nullptr, &err), 2);
    QCOMPARE(list(db).value(u"evidence").toArray().size(), 4); // nothing was added
}

void tst_AssessEvidenceCli::verifyFindsAlteredBytes()
{
    const QString db = m_dir.filePath(u"verify.bulwark"_s);
    QCOMPARE(run({u"demo"_s, u"--db"_s, db}), 0);
    QString out;
    QCOMPARE(run({u"verify"_s, u"--db"_s, db, u"--json"_s}, &out), 0);
    QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(report.value(u"intact").toBool(), true);
    QCOMPARE(report.value(u"evidence_intact").toBool(), true);
    QCOMPARE(report.value(u"evidence_files").toInt(), 4);

    // Out of band, as an SQLite editor would: the treasury report's bytes changed, its hash left as it was.
    QCOMPARE(test::sqliteExec(db,
                              u"UPDATE evidence_content SET content = CAST('forged' AS BLOB) WHERE sha256 = "
                              "(SELECT sha256 FROM evidence WHERE key = 'EV-BCP-TREAS')"_s),
             QString());
    QCOMPARE(run({u"verify"_s, u"--db"_s, db}, &out), 1);
    QVERIFY2(out.contains(u"EVIDENCE:"_s) && out.contains(u"EV-BCP-TREAS"_s)
                 && out.contains(u"bcp-test-report-treasury.md"_s),
             qPrintable(out));
    QCOMPARE(run({u"verify"_s, u"--db"_s, db, u"--json"_s}, &out), 1);
    report = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(report.value(u"intact").toBool(), false);
    QCOMPARE(report.value(u"chain_intact").toBool(), true); // the trail itself is fine: the bytes are not
    const QJsonArray problems = report.value(u"evidence_problems").toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].toObject().value(u"key").toString(), u"EV-BCP-TREAS"_s);
    QCOMPARE(problems[0].toObject().value(u"file_name").toString(), u"bcp-test-report-treasury.md"_s);
    // The altered bytes are not handed out as evidence either.
    QString err;
    QCOMPARE(
        run({u"assess"_s, u"evidence"_s, u"export"_s, u"EV-BCP-TREAS"_s, m_dir.filePath(u"out.md"_s), u"--db"_s, db},
            nullptr,
            &err),
        3);
    QVERIFY2(err.contains(u"no longer match"_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_AssessEvidenceCli)
#include "tst_assessevidencecli.moc"
