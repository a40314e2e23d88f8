// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "sqlitefile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace bulwark;

/// The command line through the same entry point as the executable: exit codes, text and JSON.
class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void speaksTheSystemsLanguage_data();
    void speaksTheSystemsLanguage();
    void exitCodes_data();
    void exitCodes();
    void editingSession();
    void issue12_reasonIsRecorded();
    void jsonOutput();
    void importCreatesANewRegister();
    void importKeepsOmittedFieldsWhenAsked();
    void verifyFindsTampering();
    void exportIsByteStable();
    void everyCommandHasHelp();
    void killDuringImportKeepsLastCommit();
    void impactContract();
    void spofAndCyclesOnDemo();
    void recoveryPathAndBudget();
    void scenarioLifecycle();
    void regionCountryAndConcentration();
    void mapDrawsFiles();
    void fileArgumentOpensTheWindow();
    void exitCodesFollowTheErrorKind();
    void commandsDeclareWhetherTheyDraw();

private:
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr);
    QTemporaryDir m_dir;
    QString m_demo;
};

int tst_Cli::run(const QStringList &args, QString *out, QString *err)
{
    QString o, e;
    QTextStream os(&o), es(&e);
    QStringList arguments{QStringLiteral("bulwark")};
    for (QString a : args)
        arguments << a.replace(QStringLiteral("$DIR"), m_dir.path());
    const int code = cli::runCommandLine(arguments, os, es);
    os.flush();
    es.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return code;
}

void tst_Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), m_demo}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("Demo Bank AG")), qPrintable(out + err));
}

void tst_Cli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrText");
    const QString db = QStringLiteral("$DIR/demo.bulwark");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << "";
    QTest::newRow("unknownCommand") << QStringList{QStringLiteral("frobnicate")} << 2
                                    << "'frobnicate' is not a command";
    QTest::newRow("missingDb") << QStringList{QStringLiteral("list")} << 2 << "--db FILE is required";
    QTest::newRow("unknownOption") << QStringList{QStringLiteral("list"),
                                                  QStringLiteral("--db"),
                                                  db,
                                                  QStringLiteral("--colour")}
                                   << 2 << "Unknown option 'colour'";
    QTest::newRow("noSuchFile") << QStringList{QStringLiteral("list"),
                                               QStringLiteral("--db"),
                                               QStringLiteral("$DIR/none.bulwark")}
                                << 2 << "There is no register at";
    QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), db} << 0 << "";
    QTest::newRow("badKind") << QStringList{QStringLiteral("list"),
                                            QStringLiteral("--db"),
                                            db,
                                            QStringLiteral("--kind"),
                                            QStringLiteral("server")}
                             << 2 << "--kind must be one of";
    QTest::newRow("showUnknown") << QStringList{QStringLiteral("show"),
                                                QStringLiteral("--db"),
                                                db,
                                                QStringLiteral("NOPE")}
                                 << 2 << "there is no element 'NOPE'";
    QTest::newRow("setBadValue") << QStringList{QStringLiteral("set"),
                                                QStringLiteral("--db"),
                                                db,
                                                QStringLiteral("APP-CORE"),
                                                QStringLiteral("rto_min=soon")}
                                 << 2 << "field 'rto_min': must be a whole number of minutes, got 'soon'";
    QTest::newRow("setNotAssignment") << QStringList{QStringLiteral("set"),
                                                     QStringLiteral("--db"),
                                                     db,
                                                     QStringLiteral("APP-CORE"),
                                                     QStringLiteral("rto_min")}
                                      << 2 << "is not of the form FIELD=VALUE";
    QTest::newRow("linkDuplicate") << QStringList{QStringLiteral("link"),
                                                  QStringLiteral("--db"),
                                                  db,
                                                  QStringLiteral("F-PAY"),
                                                  QStringLiteral("APP-CORE")}
                                   << 2 << "'F-PAY' already depends on 'APP-CORE'";
    QTest::newRow("importMissing") << QStringList{QStringLiteral("import"),
                                                  QStringLiteral("--db"),
                                                  db,
                                                  QStringLiteral("$DIR/missing.json")}
                                   << 2 << "does not exist";
    QTest::newRow("initExisting") << QStringList{QStringLiteral("init"), QStringLiteral("--db"), db} << 2
                                  << "already exists";
    QTest::newRow("verifyIntact") << QStringList{QStringLiteral("verify"), QStringLiteral("--db"), db} << 0 << "";
    QTest::newRow("logLimit") << QStringList{QStringLiteral("log"),
                                             QStringLiteral("--db"),
                                             db,
                                             QStringLiteral("--limit"),
                                             QStringLiteral("x")}
                              << 2 << "--limit must be a whole number";
}

void tst_Cli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stderrText);
    QString out, err;
    QCOMPARE(run(args, &out, &err), code);
    if (!stderrText.isEmpty())
        QVERIFY2(err.contains(stderrText), qPrintable(err));
    else
        QVERIFY2(err.isEmpty(), qPrintable(err));
}

void tst_Cli::editingSession()
{
    const QString db = m_dir.filePath(QStringLiteral("session.bulwark"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}, &out, &err), 0);
    QCOMPARE(run({QStringLiteral("add"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("F-FX"),
                  QStringLiteral("--kind"),
                  QStringLiteral("function"),
                  QStringLiteral("--name"),
                  QStringLiteral("FX trading"),
                  QStringLiteral("criticality=critical"),
                  QStringLiteral("mtd_min=240")},
                 &out,
                 &err),
             0);
    QCOMPARE(run({QStringLiteral("add"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("APP-FX"),
                  QStringLiteral("--kind"),
                  QStringLiteral("application"),
                  QStringLiteral("--name"),
                  QStringLiteral("FX engine")}),
             0);
    for (const QString &dc : {QStringLiteral("DC-A"), QStringLiteral("DC-B")})
        QCOMPARE(run({QStringLiteral("add"),
                      QStringLiteral("--db"),
                      db,
                      dc,
                      QStringLiteral("--kind"),
                      QStringLiteral("facility"),
                      QStringLiteral("--name"),
                      dc}),
                 0);
    QCOMPARE(
        run({QStringLiteral("link"), QStringLiteral("--db"), db, QStringLiteral("F-FX"), QStringLiteral("APP-FX")}), 0);
    QCOMPARE(run({QStringLiteral("link"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("APP-FX"),
                  QStringLiteral("DC-A"),
                  QStringLiteral("--group"),
                  QStringLiteral("dc"),
                  QStringLiteral("--failover"),
                  QStringLiteral("20")}),
             0);
    QCOMPARE(run({QStringLiteral("link"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("APP-FX"),
                  QStringLiteral("DC-B"),
                  QStringLiteral("--group"),
                  QStringLiteral("dc")}),
             0);
    QCOMPARE(run({QStringLiteral("group"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("APP-FX"),
                  QStringLiteral("dc"),
                  QStringLiteral("--min-up"),
                  QStringLiteral("2")}),
             0);
    QCOMPARE(
        run({QStringLiteral("unlink"), QStringLiteral("--db"), db, QStringLiteral("APP-FX"), QStringLiteral("DC-B")},
            &out,
            &err),
        2);
    QVERIFY2(err.contains(QStringLiteral("needs 2 members up but has only 1 member")), qPrintable(err));
    QCOMPARE(run({QStringLiteral("set"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("APP-FX"),
                  QStringLiteral("rto_min=30"),
                  QStringLiteral("owner=Markets IT")}),
             0);
    // The change's diff comes from the model (AuditLog::changes), as on the History tab.
    QCOMPARE(run({QStringLiteral("log"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--limit"),
                  QStringLiteral("1"),
                  QStringLiteral("--json")},
                 &out),
             0);
    const QJsonArray changes
        = QJsonDocument::fromJson(out.toUtf8()).array().first().toObject().value(u"changes").toArray();
    QStringList changed;
    for (const QJsonValue &c : changes)
        changed << c.toObject().value(u"field").toString() + u'=' + c.toObject().value(u"after").toVariant().toString();
    QCOMPARE(changed, (QStringList{QStringLiteral("owner=Markets IT"), QStringLiteral("rto_min=30")}));
    QCOMPARE(
        run({QStringLiteral("log"), QStringLiteral("--db"), db, QStringLiteral("--limit"), QStringLiteral("1")}, &out),
        0);
    // Issue 12: the text names fields by their labels (the JSON keeps the tokens).
    QVERIFY2(out.contains(QStringLiteral("Owner: ")) && out.contains(QStringLiteral("RTO (minutes): "))
                 && out.contains(QStringLiteral("→ 30")),
             qPrintable(out));
    QCOMPARE(run({QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("APP-FX")}, &out), 0);
    QVERIFY(out.contains(QStringLiteral("rto_min:")));
    QVERIFY(out.contains(QStringLiteral("Markets IT")));
    QVERIFY(out.contains(QStringLiteral("dc: at least 2 members up, failover 20 min")));
    QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("--db"), db, QStringLiteral("DC-A")}, &out, &err), 2);
    QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("--db"), db, QStringLiteral("APP-FX")}, &out, &err), 0);
    QVERIFY(out.contains(QStringLiteral("3 removed")));
    QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--db"), db}, &out), 0);
    QCOMPARE(run({QStringLiteral("log"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--key"),
                  QStringLiteral("APP-FX"),
                  QStringLiteral("--json")},
                 &out),
             0);
    const QJsonArray log = QJsonDocument::fromJson(out.toUtf8()).array();
    QVERIFY(log.size() >= 8);
    QCOMPARE(log.first().toObject().value(u"action").toString(), QStringLiteral("remove"));
}

void tst_Cli::importCreatesANewRegister()
{
    const QString file = m_dir.filePath(QStringLiteral("new-one.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"format": "bulwark-register", "version": 1, "elements": [{"key": "A", "name": "A", "kind": "application"}]})");
    f.close();
    const QString db = m_dir.filePath(QStringLiteral("created-by-import.bulwark"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, file}), 0);
    QVERIFY(QFileInfo::exists(db));
    // A refused import into a new file leaves no file behind.
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(
        R"({"format": "bulwark-register", "version": 1, "elements": [{"key": "A", "name": "A", "kind": "gadget"}]})");
    b.close();
    const QString none = m_dir.filePath(QStringLiteral("never.bulwark"));
    QString err;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), none, bad}, nullptr, &err), 2);
    QVERIFY(err.contains(QStringLiteral("Nothing was imported")));
    QVERIFY(!QFileInfo::exists(none));
    QVERIFY(!QFileInfo::exists(none + QStringLiteral("-wal")));
}

void tst_Cli::jsonOutput()
{
    QString out;
    QCOMPARE(run({QStringLiteral("list"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--critical"),
                  QStringLiteral("--json")},
                 &out),
             0);
    const QJsonArray functions = QJsonDocument::fromJson(out.toUtf8()).array();
    QVERIFY(functions.size() >= 5);
    QStringList keys;
    for (const QJsonValue &v : functions) {
        QCOMPARE(v.toObject().value(u"criticality").toString(), QStringLiteral("critical"));
        keys << v.toObject().value(u"key").toString();
    }
    QStringList sortedKeys = keys;
    sortedKeys.sort();
    QCOMPARE(keys, sortedKeys);

    QCOMPARE(run({QStringLiteral("show"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("APP-CORE"),
                  QStringLiteral("--json")},
                 &out),
             0);
    const QJsonObject show = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(show.value(u"element").toObject().value(u"key").toString(), QStringLiteral("APP-CORE"));
    QVERIFY(!show.value(u"needs").toArray().isEmpty());
    QVERIFY(!show.value(u"needed_by").toArray().isEmpty());

    const QString file = m_dir.filePath(QStringLiteral("one.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"format": "bulwark-register", "version": 1, "elements": [{"key": "APP-NEW", "name": "New", "kind": "application"}]})");
    f.close();
    QCOMPARE(run({QStringLiteral("import"),
                  QStringLiteral("--db"),
                  m_demo,
                  file,
                  QStringLiteral("--dry-run"),
                  QStringLiteral("--json")},
                 &out),
             0);
    const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(summary.value(u"dry_run").toBool(), true);
    QCOMPARE(summary.value(u"elements").toObject().value(u"added").toInt(), 1);
    QVERIFY(summary.value(u"elements").toObject().value(u"unchanged").toInt() == 0);
}

void tst_Cli::importKeepsOmittedFieldsWhenAsked()
{
    const QString db = m_dir.filePath(QStringLiteral("keep-omitted.bulwark"));
    const QString full = m_dir.filePath(QStringLiteral("keep-full.json"));
    const QString partial = m_dir.filePath(QStringLiteral("keep-partial.json"));
    QFile f(full);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"format": "bulwark-register", "version": 1, "elements": [{"key": "A", "name": "A", "kind": "application",
 "owner": "Core team", "rto_min": 60}]})");
    f.close();
    QFile p(partial);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write(
        R"({"format": "bulwark-register", "version": 1, "elements": [{"key": "A", "name": "Renamed", "kind": "application"}]})");
    p.close();
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, full}), 0);
    QString out;
    // --keep-omitted: the owner and the RTO the file leaves out stay.
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--keep-omitted"), partial}), 0);
    QCOMPARE(
        run({QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("A")}, &out),
        0);
    QVERIFY2(out.contains(QStringLiteral("Core team")) && out.contains(QStringLiteral("Renamed")), qPrintable(out));
    // Without it (today's behaviour), the import clears them.
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db, partial}), 0);
    QCOMPARE(
        run({QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("A")}, &out),
        0);
    QVERIFY2(!out.contains(QStringLiteral("Core team")), qPrintable(out));
    QString help;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--help")}, &help), 0);
    QVERIFY2(help.contains(QStringLiteral("--keep-omitted")), qPrintable(help));
}

void tst_Cli::verifyFindsTampering()
{
    const QString db = m_dir.filePath(QStringLiteral("tamper.bulwark"));
    QVERIFY(QFile::copy(m_demo, db));
    QCOMPARE(test::sqliteExec(db, QStringLiteral("UPDATE element SET owner = 'Nobody' WHERE key = 'F-PAY'")),
             QString());
    QString out;
    QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--db"), db}, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("element:F-PAY differs")), qPrintable(out));
    QCOMPARE(test::sqliteExec(db, QStringLiteral("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2")), QString());
    QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--json")}, &out), 1);
    const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(report.value(u"chain_intact").toBool(), false);
    QCOMPARE(report.value(u"first_bad_entry").toInt(), 2);
}

void tst_Cli::exportIsByteStable()
{
    const QString a = m_dir.filePath(QStringLiteral("a.json"));
    const QString b = m_dir.filePath(QStringLiteral("b.json"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.bulwark"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), m_demo, QStringLiteral("--output"), a}), 0);
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), copy}), 0);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), copy, a}), 0);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), copy, QStringLiteral("--output"), b}), 0);
    QCOMPARE(test::fileBytes(a), test::fileBytes(b));
    QVERIFY(test::fileBytes(a).size() > 10000);
}

void tst_Cli::everyCommandHasHelp()
{
    for (const auto &command : cli::allCommands()) {
        QString out;
        QCOMPARE(run({command->name(), QStringLiteral("--help")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("Usage: bulwark ") + command->name()), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Examples:")), qPrintable(command->name()));
    }
}

void tst_Cli::killDuringImportKeepsLastCommit()
{
    // A large import is killed (SIGKILL) while it writes; the register must open at its last committed state.
    const QString db = m_dir.filePath(QStringLiteral("killed.bulwark"));
    QVERIFY(QFile::copy(m_demo, db));
    const QString big = m_dir.filePath(QStringLiteral("big.json"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "bulwark-register", "version": 1, "elements": [)");
        const int count = 150000;
        for (int i = 0; i < count; ++i)
            f.write((i ? ",\n" : "\n") + QByteArray(R"({"key": "K)") + QByteArray::number(i)
                    + R"(", "name": "Generated element", "kind": "application", "rto_min": 60})");
        f.write("], \"dependencies\": [");
        for (int i = 1; i < count; ++i)
            f.write((i > 1 ? ",\n" : "\n") + QByteArray(R"({"from": "K)") + QByteArray::number(i) + R"(", "to": "K)"
                    + QByteArray::number(i - 1) + "\"}");
        f.write("]}\n");
    }
    QProcess process;
    process.start(QStringLiteral(BULWARK_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("--db"), db, big});
    QVERIFY(process.waitForStarted());
    // Wait until the write is well under way (the write-ahead log grows), then kill.
    const QString wal = db + QStringLiteral("-wal");
    QDeadlineTimer deadline(60000);
    while (QFileInfo(wal).size() < 8 * 1024 * 1024 && process.state() == QProcess::Running && !deadline.hasExpired())
        QThread::msleep(5);
    QVERIFY2(process.state() == QProcess::Running, "the import ended before it could be killed");
    process.kill();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QString out;
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 167); // the demo, nothing of the import
    QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--db"), db}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("intact")), qPrintable(out));
    QCOMPARE(run({QStringLiteral("set"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("APP-CORE"),
                  QStringLiteral("rto_min=45")}),
             0);
}

void tst_Cli::impactContract()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("impact"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--fail"),
                  QStringLiteral("FAC-DC-FRA"),
                  QStringLiteral("--json")},
                 &out,
                 &err),
             1); // critical functions breach their tolerance
    const QJsonObject impact = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(impact.keys(),
             (QStringList{QStringLiteral("degraded"),
                          QStringLiteral("down"),
                          QStringLiteral("failed"),
                          QStringLiteral("functions")}));
    QCOMPARE(impact.value(u"failed").toArray(), QJsonArray{QStringLiteral("FAC-DC-FRA")});
    const QJsonArray down = impact.value(u"down").toArray();
    QVERIFY(down.contains(QStringLiteral("FAC-DC-FRA")));
    QVERIFY(down.contains(QStringLiteral("INF-HSM-CARD")));
    for (const QString &list : {QStringLiteral("down"), QStringLiteral("degraded")}) {
        QStringList keys;
        for (const QJsonValue &v : impact.value(list).toArray())
            keys << v.toString();
        QStringList sortedKeys = keys;
        sortedKeys.sort();
        QCOMPARE(keys, sortedKeys);
    }
    QJsonObject card;
    for (const QJsonValue &v : impact.value(u"functions").toArray()) {
        const QJsonObject f = v.toObject();
        QCOMPARE(f.keys(),
                 (QStringList{QStringLiteral("key"),
                              QStringLiteral("recovery_min"),
                              QStringLiteral("state"),
                              QStringLiteral("tolerance_min"),
                              QStringLiteral("within_tolerance")}));
        if (f.value(u"key").toString() == u"F-CARD")
            card = f;
    }
    QCOMPARE(card.value(u"state").toString(), QStringLiteral("down"));
    QCOMPARE(card.value(u"recovery_min").toInt(), 480); // the card HSM's RTO
    QCOMPARE(card.value(u"tolerance_min").toInt(), 120);
    QCOMPARE(card.value(u"within_tolerance").toBool(), false);

    // Unknown keys: exit 2, each named, with a close match.
    QCOMPARE(run({QStringLiteral("impact"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--fail"),
                  QStringLiteral("FAC-DC-FRX,NOPE-XYZ-123")},
                 &out,
                 &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("'FAC-DC-FRX' (did you mean 'FAC-DC-FRA'?)")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("'NOPE-XYZ-123'")));
    // A failure that breaks no tolerance exits 0.
    QCOMPARE(run({QStringLiteral("impact"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--fail"),
                  QStringLiteral("APP-FRAUD")},
                 &out),
             0);
    QVERIFY(out.contains(QStringLiteral("Blast radius")));
}

void tst_Cli::spofAndCyclesOnDemo()
{
    QString out;
    QCOMPARE(run({QStringLiteral("spof"), QStringLiteral("--db"), m_demo, QStringLiteral("--json")}, &out), 1);
    const QJsonArray functions = QJsonDocument::fromJson(out.toUtf8()).object().value(u"functions").toArray();
    QCOMPARE(functions.size(), 12); // every function of the demo
    QJsonArray card;
    for (const QJsonValue &v : functions) {
        if (v.toObject().value(u"key").toString() == u"F-CARD")
            card = v.toObject().value(u"spofs").toArray();
    }
    QVERIFY(card.contains(QStringLiteral("INF-HSM-CARD")));
    QVERIFY(!card.contains(QStringLiteral("INF-HSM-BER")));
    QVERIFY(!card.contains(QStringLiteral("F-CARD")));
    // The JSON is streamed by hand in QJsonDocument's indented layout: it must be exactly what QJsonDocument writes.
    QCOMPARE(out.toUtf8(), QJsonDocument::fromJson(out.toUtf8()).toJson(QJsonDocument::Indented));
    {
        // The same for an empty register and for a function without any single point of failure.
        const QString empty = m_dir.filePath(QStringLiteral("spof-layout.bulwark"));
        QString err;
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), empty}, &out, &err), 0);
        QCOMPARE(run({QStringLiteral("spof"), QStringLiteral("--db"), empty, QStringLiteral("--json")}, &out), 0);
        QCOMPARE(out.toUtf8(), QJsonDocument::fromJson(out.toUtf8()).toJson(QJsonDocument::Indented));
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(u"functions").toArray().size(), 0);
        QCOMPARE(run({QStringLiteral("add"),
                      QStringLiteral("--db"),
                      empty,
                      QStringLiteral("F-X"),
                      QStringLiteral("--kind"),
                      QStringLiteral("function"),
                      QStringLiteral("--name"),
                      QStringLiteral("Alone")},
                     &out,
                     &err),
                 0);
        QCOMPARE(run({QStringLiteral("spof"), QStringLiteral("--db"), empty, QStringLiteral("--json")}, &out), 0);
        QCOMPARE(out.toUtf8(), QJsonDocument::fromJson(out.toUtf8()).toJson(QJsonDocument::Indented));
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(u"functions").toArray().size(), 1);
    }
    QCOMPARE(run({QStringLiteral("spof"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--function"),
                  QStringLiteral("F-PAY")},
                 &out),
             1);
    QVERIFY(out.contains(QStringLiteral("APP-MSGGW")));

    QCOMPARE(run({QStringLiteral("cycles"), QStringLiteral("--db"), m_demo, QStringLiteral("--json")}, &out), 1);
    const QJsonArray cycles = QJsonDocument::fromJson(out.toUtf8()).object().value(u"cycles").toArray();
    QVERIFY(cycles.contains(QJsonArray{QStringLiteral("APP-PAYHUB"), QStringLiteral("APP-TM")}));
    QVERIFY(cycles.contains(QJsonArray{QStringLiteral("INF-AD"), QStringLiteral("INF-VMW-FRA")}));
}

void tst_Cli::recoveryPathAndBudget()
{
    // Issue 16: the path that sets each function's recovery time, and the RTO budget.
    QString out, err;
    QCOMPARE(run({QStringLiteral("recovery"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--fail"),
                  QStringLiteral("FAC-DC-FRA"),
                  QStringLiteral("--json")},
                 &out),
             1);
    QJsonObject card, aml;
    for (const QJsonValue &v : QJsonDocument::fromJson(out.toUtf8()).object().value(u"functions").toArray()) {
        const QJsonObject f = v.toObject();
        QCOMPARE(f.keys(),
                 (QStringList{QStringLiteral("data_loss_min"),
                              QStringLiteral("data_loss_tolerance_min"),
                              QStringLiteral("data_loss_within_tolerance"),
                              QStringLiteral("key"),
                              QStringLiteral("lost_data_stores"),
                              QStringLiteral("path"),
                              QStringLiteral("path_end"),
                              QStringLiteral("recovery_min"),
                              QStringLiteral("state"),
                              QStringLiteral("tolerance_min"),
                              QStringLiteral("within_tolerance")}));
        const QJsonArray path = f.value(u"path").toArray();
        if (f.value(u"recovery_min").toInt() > 0) {
            QCOMPARE(path.first().toString(), f.value(u"key").toString());
            QCOMPARE(path.last().toString(), f.value(u"path_end").toObject().value(u"element").toString());
            QCOMPARE(f.value(u"path_end").toObject().value(u"time_min"), f.value(u"recovery_min"));
        }
        if (f.value(u"key").toString() == u"F-CARD")
            card = f;
        if (f.value(u"key").toString() == u"F-AML")
            aml = f;
    }
    QCOMPARE(card.value(u"path").toArray(),
             (QJsonArray{QStringLiteral("F-CARD"),
                         QStringLiteral("APP-AUTH"),
                         QStringLiteral("INF-HSM-CARD"),
                         QStringLiteral("FAC-DC-FRA")}));
    QCOMPARE(card.value(u"path_end").toObject(),
             (QJsonObject{{QStringLiteral("kind"), QStringLiteral("rto")},
                          {QStringLiteral("element"), QStringLiteral("FAC-DC-FRA")},
                          {QStringLiteral("group"), QJsonValue()},
                          {QStringLiteral("time_min"), 480}}));
    QCOMPARE(aml.value(u"path_end").toObject().value(u"kind").toString(), QStringLiteral("failover"));
    QCOMPARE(aml.value(u"path_end").toObject().value(u"group").toString(), QStringLiteral("replica"));
    QCOMPARE(run({QStringLiteral("recovery"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--fail"),
                  QStringLiteral("FAC-DC-FRA")},
                 &out),
             1);
    QVERIFY2(out.contains(QStringLiteral("F-CARD > APP-AUTH > INF-HSM-CARD > FAC-DC-FRA (RTO of FAC-DC-FRA, 8 h)")),
             qPrintable(out));

    // The budget of the demo: sorted by key, shortfalls exit 1.
    QCOMPARE(run({QStringLiteral("recovery"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--budget"),
                  QStringLiteral("--json")},
                 &out),
             1);
    const QJsonArray elements = QJsonDocument::fromJson(out.toUtf8()).object().value(u"elements").toArray();
    QStringList keys;
    QJsonObject hsm;
    for (const QJsonValue &v : elements) {
        const QJsonObject b = v.toObject();
        QCOMPARE(b.keys(),
                 (QStringList{QStringLiteral("budget_min"),
                              QStringLiteral("element"),
                              QStringLiteral("function"),
                              QStringLiteral("rto_min"),
                              QStringLiteral("shortfall_min")}));
        keys << b.value(u"element").toString();
        if (keys.last() == u"INF-HSM-CARD")
            hsm = b;
    }
    QStringList sorted = keys;
    sorted.sort();
    QCOMPARE(keys, sorted);
    QCOMPARE(hsm,
             (QJsonObject{{QStringLiteral("element"), QStringLiteral("INF-HSM-CARD")},
                          {QStringLiteral("rto_min"), 480},
                          {QStringLiteral("budget_min"), 120},
                          {QStringLiteral("function"), QStringLiteral("F-CARD")},
                          {QStringLiteral("shortfall_min"), 360}}));
    QCOMPARE(run({QStringLiteral("recovery"), QStringLiteral("--db"), m_demo, QStringLiteral("--budget")}, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("necessary, not sufficient")), qPrintable(out));
    // --budget takes no failure.
    QCOMPARE(run({QStringLiteral("recovery"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--budget"),
                  QStringLiteral("--fail"),
                  QStringLiteral("FAC-DC-FRA")},
                 &out,
                 &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("--fail")), qPrintable(err));

    // A register whose RTOs meet their budgets exits 0; an unknown RTO does not set the exit code.
    const QString small = m_dir.filePath(QStringLiteral("budget.bulwark"));
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), small}), 0);
    QCOMPARE(run({QStringLiteral("add"),
                  QStringLiteral("--db"),
                  small,
                  QStringLiteral("F"),
                  QStringLiteral("--kind"),
                  QStringLiteral("function"),
                  QStringLiteral("--name"),
                  QStringLiteral("F"),
                  QStringLiteral("criticality=critical"),
                  QStringLiteral("mtd_min=60")},
                 &out,
                 &err),
             0);
    QCOMPARE(run({QStringLiteral("add"),
                  QStringLiteral("--db"),
                  small,
                  QStringLiteral("A"),
                  QStringLiteral("--kind"),
                  QStringLiteral("application"),
                  QStringLiteral("--name"),
                  QStringLiteral("A"),
                  QStringLiteral("rto_min=60")}),
             0);
    QCOMPARE(run({QStringLiteral("link"), QStringLiteral("--db"), small, QStringLiteral("F"), QStringLiteral("A")}), 0);
    QCOMPARE(run({QStringLiteral("recovery"),
                  QStringLiteral("--db"),
                  small,
                  QStringLiteral("--budget"),
                  QStringLiteral("--json")},
                 &out),
             0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(u"elements").toArray().size(), 2); // A and F
    QCOMPARE(
        run({QStringLiteral("set"), QStringLiteral("--db"), small, QStringLiteral("A"), QStringLiteral("rto_min=61")}),
        0);
    QCOMPARE(run({QStringLiteral("recovery"), QStringLiteral("--db"), small, QStringLiteral("--budget")}, &out), 1);
}

void tst_Cli::scenarioLifecycle()
{
    const QString db = m_dir.filePath(QStringLiteral("scenarios.bulwark"));
    QVERIFY(QFile::copy(m_demo, db));
    QString out, err;
    QCOMPARE(run({QStringLiteral("scenario"),
                  QStringLiteral("save"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("hsm-loss"),
                  QStringLiteral("--fail"),
                  QStringLiteral("INF-HSM-FRA,INF-HSM-GHOST")},
                 &out,
                 &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("there is no element 'INF-HSM-GHOST'")), qPrintable(err));
    QCOMPARE(run({QStringLiteral("scenario"),
                  QStringLiteral("save"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("hsm-loss"),
                  QStringLiteral("--fail"),
                  QStringLiteral("INF-HSM-FRA,INF-HSM-BER"),
                  QStringLiteral("--description"),
                  QStringLiteral("Both payment HSMs")}),
             0);
    QCOMPARE(run({QStringLiteral("scenario"),
                  QStringLiteral("save"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("hsm-loss"),
                  QStringLiteral("--fail"),
                  QStringLiteral("INF-HSM-FRA")},
                 &out,
                 &err),
             2); // exists already; --replace changes it
    QString fromScenario, fromImpact;
    const int code = run({QStringLiteral("scenario"),
                          QStringLiteral("run"),
                          QStringLiteral("--db"),
                          db,
                          QStringLiteral("hsm-loss"),
                          QStringLiteral("--json")},
                         &fromScenario);
    QCOMPARE(run({QStringLiteral("impact"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--fail"),
                  QStringLiteral("INF-HSM-BER,INF-HSM-FRA"),
                  QStringLiteral("--json")},
                 &fromImpact),
             code);
    QCOMPARE(fromScenario, fromImpact);
    QVERIFY(QJsonDocument::fromJson(fromScenario.toUtf8())
                .object()
                .value(u"down")
                .toArray()
                .contains(QStringLiteral("APP-PAYHUB")));

    QCOMPARE(
        run({QStringLiteral("scenario"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")},
            &out),
        0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(u"scenarios").toArray().size(), 6); // demo's 5 + 1
    QCOMPARE(run({QStringLiteral("scenario"),
                  QStringLiteral("remove"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("hsm-loss")}),
             0);
    QCOMPARE(
        run({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), db, QStringLiteral("hsm-loss")},
            &out,
            &err),
        2);
    QCOMPARE(run({QStringLiteral("log"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--key"),
                  QStringLiteral("hsm-loss"),
                  QStringLiteral("--json")},
                 &out),
             0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 2); // added, removed: audited
    QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--db"), db}, &out), 0);
}

void tst_Cli::regionCountryAndConcentration()
{
    QString out, err;
    // A region failure fails every element recording that region: here the one cloud region location.
    QCOMPARE(run({QStringLiteral("impact"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--region"),
                  QStringLiteral("eu-central-1"),
                  QStringLiteral("--json")},
                 &out),
             0); // the other cloud region takes over within tolerance
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(u"failed").toArray(),
             QJsonArray{QStringLiteral("LOC-NWC-FRA")});
    QCOMPARE(run({QStringLiteral("impact"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--region"),
                  QStringLiteral("nowhere")},
                 &out,
                 &err),
             2);
    QVERIFY(err.contains(QStringLiteral("no element matches")));
    // A country failure: everything recorded in Germany. Locations have no RTO, so recovery is unknown: shown as
    // null, and an unknown verdict does not set the exit code.
    QCOMPARE(run({QStringLiteral("impact"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--country"),
                  QStringLiteral("DE"),
                  QStringLiteral("--json")},
                 &out),
             0);
    const QJsonObject germany = QJsonDocument::fromJson(out.toUtf8()).object();
    QVERIFY(germany.value(u"failed").toArray().contains(QStringLiteral("PRV-TLK")));
    QVERIFY(germany.value(u"failed").toArray().contains(QStringLiteral("LOC-FRA")));
    for (const QJsonValue &v : germany.value(u"functions").toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(u"key").toString() == u"F-PAY") {
            QCOMPARE(f.value(u"state").toString(), QStringLiteral("down"));
            QVERIFY(f.value(u"recovery_min").isNull());
            QVERIFY(f.value(u"within_tolerance").isNull());
        }
    }

    QCOMPARE(run({QStringLiteral("concentration"), QStringLiteral("--db"), m_demo, QStringLiteral("--json")}, &out), 0);
    const QJsonObject c = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(c.value(u"critical_functions").toInt(), 7);
    double telkora = -1;
    for (const QJsonValue &v : c.value(u"providers").toArray()) {
        if (v.toObject().value(u"key").toString() == u"PRV-TLK")
            telkora = v.toObject().value(u"critical_share").toDouble();
    }
    QCOMPARE(telkora, 1.0); // every critical function rests on the one carrier
    QVERIFY(c.value(u"hhi").toObject().value(u"providers_by_critical_functions").toDouble() > 0);
    QCOMPARE(run({QStringLiteral("concentration"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--max-share"),
                  QStringLiteral("0.9")},
                 &out),
             1);
}

void tst_Cli::mapDrawsFiles()
{
    // Through the executable: a drawing command gets a QGuiApplication on the offscreen platform by itself.
    auto bulwark = [this](const QStringList &args, QString *out = nullptr, QString *err = nullptr) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // as on a server without a display
        env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BULWARK_EXECUTABLE),
                      QStringList{QStringLiteral("map"), QStringLiteral("--db"), m_demo} + args);
        process.waitForFinished(60000);
        const QString o = QString::fromUtf8(process.readAllStandardOutput());
        const QString e = QString::fromUtf8(process.readAllStandardError());
        if (out)
            *out = err ? o : o + e;
        if (err)
            *err = e;
        return process.exitCode();
    };
    const QString svg = m_dir.filePath(QStringLiteral("core.svg"));
    QString out, err;
    QCOMPARE(bulwark({QStringLiteral("--around"),
                      QStringLiteral("APP-CORE"),
                      QStringLiteral("--hops"),
                      QStringLiteral("1"),
                      QStringLiteral("--out"),
                      svg,
                      QStringLiteral("--json")},
                     &out,
                     &err),
             0);
    const QJsonObject written = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(written.value(u"omitted").toInt(), 0);
    QVERIFY(written.value(u"elements").toInt() > 10);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("APP-CORE"));
    QVERIFY(text.contains("DS-CORE"));
    QVERIFY(!text.contains("NET-CORE-BER")); // two steps away
    // The blast radius as a PNG, coloured.
    const QString png = m_dir.filePath(QStringLiteral("fra.png"));
    QCOMPARE(bulwark({QStringLiteral("--fail"), QStringLiteral("FAC-DC-FRA"), QStringLiteral("--out"), png}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("90 elements")), qPrintable(out)); // 44 down and 46 degraded
    const QImage image(png);
    QVERIFY(!image.isNull());
    bool red = false;
    for (int y = 0; y < image.height() && !red; y += 3)
        for (int x = 0; x < image.width() && !red; x += 3)
            red = image.pixelColor(x, y) == QColor(0xc0, 0x39, 0x2b); // a down element's border
    QVERIFY(red);
    // Usage errors: exit 2, naming the field.
    QCOMPARE(bulwark({QStringLiteral("--around"), QStringLiteral("APP-COR"), QStringLiteral("--out"), svg}, &out), 2);
    QVERIFY(out.contains(QStringLiteral("did you mean 'APP-CORE'")));
    QCOMPARE(bulwark({QStringLiteral("--out"), m_dir.filePath(QStringLiteral("map.pdf"))}, &out), 2);
    QVERIFY(out.contains(QStringLiteral("field 'out'")));
    QCOMPARE(bulwark({QStringLiteral("--out"), svg, QStringLiteral("--limit"), QStringLiteral("50")}, &out), 2);
    QVERIFY(out.contains(QStringLiteral("167 elements")));
}

// "bulwark bank.bulwark" (Open With in a file manager) starts the window on that file; a command name, an unknown
// word or a missing file are for the command line.
void tst_Cli::fileArgumentOpensTheWindow()
{
    QVERIFY(!cli::isCommandLine({QStringLiteral("bulwark"), m_demo}));
    QVERIFY(!cli::isCommandLine({QStringLiteral("bulwark")}));
    QVERIFY(!cli::isCommandLine({QStringLiteral("bulwark"), QStringLiteral("-platform"), QStringLiteral("xcb")}));
    QVERIFY(cli::isCommandLine({QStringLiteral("bulwark"), QStringLiteral("list"), QStringLiteral("--db"), m_demo}));
    QVERIFY(cli::isCommandLine({QStringLiteral("bulwark"), QStringLiteral("lsit")}));
    QVERIFY(cli::isCommandLine({QStringLiteral("bulwark"), m_dir.filePath(QStringLiteral("missing.bulwark"))}));
    QVERIFY(cli::isCommandLine({QStringLiteral("bulwark"), QStringLiteral("--help")}));
}

// Issue 11: the exit code follows the kind of the error, decided once; a locked or read-only register is not bad input.
void tst_Cli::exitCodesFollowTheErrorKind()
{
    QCOMPARE(cli::exitCodeFor(Error::Code::Invalid), 2);
    QCOMPARE(cli::exitCodeFor(Error::Code::NotFound), 2);
    QCOMPARE(cli::exitCodeFor(Error::Code::Format), 2);
    QCOMPARE(cli::exitCodeFor(Error::Code::Unsupported), 2);
    QCOMPARE(cli::exitCodeFor(Error::Code::Conflict), 2);
    QCOMPARE(cli::exitCodeFor(Error::Code::Io), 3);
    QCOMPARE(cli::exitCodeFor(Error::Code::Database), 3);
    QCOMPARE(cli::exitCodeFor(Error::Code::Tampered), 3);
    QCOMPARE(cli::exitCodeFor(Error::Code::Canceled), 3);
    // Through a command: a register locked by another writer (BEGIN IMMEDIATE held) is refused with 3.
    const QString locked = m_dir.filePath(QStringLiteral("locked.bulwark"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), locked}), 0);
    sqlite3 *holder = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(locked).constData(), &holder), SQLITE_OK);
    sqlite3_busy_timeout(holder, 100);
    QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    QString err;
    const int code = run({QStringLiteral("set"),
                          QStringLiteral("--db"),
                          locked,
                          QStringLiteral("APP-CORE"),
                          QStringLiteral("owner=Nobody")},
                         nullptr,
                         &err);
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    QVERIFY2(code == 3, qPrintable(err));
    QVERIFY2(err.contains(u"in use by another program"), qPrintable(err));
}

void tst_Cli::issue12_reasonIsRecorded()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("reason.bulwark"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db}), 0);
    QCOMPARE(run({QStringLiteral("set"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("APP-HR"),
                  QStringLiteral("rto_min=120"),
                  QStringLiteral("--reason"),
                  QStringLiteral("BIA 2026")}),
             0);
    QCOMPARE(run({QStringLiteral("remove"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("APP-HR"),
                  QStringLiteral("--reason"),
                  QStringLiteral("retired")}),
             0);
    QString out;
    QCOMPARE(run({QStringLiteral("log"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--limit"),
                  QStringLiteral("0"),
                  QStringLiteral("--json")},
                 &out),
             0);
    QHash<QString, QString> reasons; // action and entity -> reason
    for (const QJsonValue &e : QJsonDocument::fromJson(out.toUtf8()).array()) {
        if (e[u"key"].toString() == u"APP-HR")
            reasons.insert(e[u"action"].toString(), e[u"reason"].toString());
        QVERIFY(!e.toObject().contains(u"undo_of"));
    }
    QCOMPARE(reasons.value(QStringLiteral("change")), QStringLiteral("BIA 2026"));
    QCOMPARE(reasons.value(QStringLiteral("remove")), QStringLiteral("retired"));
    QCOMPARE(
        run({QStringLiteral("log"), QStringLiteral("--db"), db, QStringLiteral("--limit"), QStringLiteral("2")}, &out),
        0);
    QVERIFY2(out.contains(QStringLiteral("retired")) && out.contains(QStringLiteral("NOTE")), qPrintable(out));
}

void tst_Cli::speaksTheSystemsLanguage_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected");
    const QString german = QStringLiteral("Betroffene Geschäftsfunktionen");
    const QString english = QStringLiteral("Business functions affected");
    QTest::newRow("LANG German") << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << german;
    QTest::newRow("LANGUAGE German") << QStringList{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LANGUAGE=de")}
                                     << german;
    QTest::newRow("French: English") << QStringList{QStringLiteral("LANG=fr_FR.UTF-8")} << english;
    QTest::newRow("BULWARK_LANGUAGE wins")
        << QStringList{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("BULWARK_LANGUAGE=en")} << english;
}

void tst_Cli::speaksTheSystemsLanguage()
{
    // Issue 15: messages follow the system's language (English or German), BULWARK_LANGUAGE overrides it; the JSON
    // answer is the same in every language.
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);
    const QString db = m_dir.filePath(QStringLiteral("language.bulwark"));
    if (!QFileInfo::exists(db))
        QVERIFY(QFile::copy(m_demo, db));
    auto run = [&](const QStringList &extra) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"BULWARK_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            env.remove(QString::fromLatin1(name));
        for (const QString &pair : environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BULWARK_EXECUTABLE),
                      QStringList{QStringLiteral("impact"),
                                  QStringLiteral("--db"),
                                  db,
                                  QStringLiteral("--fail"),
                                  QStringLiteral("FAC-DC-FRA")}
                          + extra);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    const QString text = run({});
    QVERIFY2(text.contains(expected), qPrintable(text.left(400)));
    static QString englishJson;
    const QString json = run({QStringLiteral("--json")});
    QVERIFY(json.startsWith(u'{'));
    if (englishJson.isEmpty())
        englishJson = json;
    QCOMPARE(json, englishJson);
}

QTEST_GUILESS_MAIN(tst_Cli)
// Issue 11: a command declares that it draws; main() asks the command, not its name.
void tst_Cli::commandsDeclareWhetherTheyDraw()
{
    const QString program = QStringLiteral("bulwark");
    QVERIFY(cli::needsGraphics({program, QStringLiteral("map")}));
    QVERIFY(cli::needsGraphics({program, QStringLiteral("report")}));
    QVERIFY(!cli::needsGraphics({program, QStringLiteral("impact")}));
    QVERIFY(!cli::needsGraphics({program, QStringLiteral("export")}));
    QVERIFY(!cli::needsGraphics({program, QStringLiteral("no-such-command")}));
    QVERIFY(!cli::needsGraphics({program}));
    int drawing = 0;
    for (const auto &command : cli::allCommands())
        drawing += command->needsGraphics() ? 1 : 0;
    QCOMPARE(drawing, 2); // the map and report commands, today
}

#include "tst_cli.moc"
