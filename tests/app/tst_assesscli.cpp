// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `bulwark assess run` (issue 13): its JSON contract (docs/cli.md), its exit status, and that it says the same as the
// analyses it builds on (`bulwark spof`, `bulwark cycles`) on the demo register.
#include "cli/command.h"
#include "clirun.h"
#include "model/assessment/check.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;

class tst_AssessCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void contract();
    void agreesWithSpofAndCycles();
    void scopeAndBadInput();
    void namesAreEscaped();
    void recordSubmitAndFourEyes();

private:
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr);
    QJsonObject assess(const QStringList &extra = {});
    QTemporaryDir m_dir;
    QString m_demo;
};

int tst_AssessCli::run(const QStringList &args, QString *out, QString *err)
{
    return test::runCli(args, out, err);
}

QJsonObject tst_AssessCli::assess(const QStringList &extra)
{
    QString out;
    const int code = run(QStringList{QStringLiteral("assess"),
                                     QStringLiteral("run"),
                                     QStringLiteral("--db"),
                                     m_demo,
                                     QStringLiteral("--json"),
                                     QStringLiteral("--today"),
                                     QDate::currentDate().toString(Qt::ISODate)}
                             + extra,
                         &out);
    [&] { QCOMPARE(code, 1); }(); // the demo hides things a check finds
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

void tst_AssessCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), m_demo}), 0);
}

void tst_AssessCli::contract()
{
    const QJsonObject result = assess();
    QCOMPARE(result.value(u"catalogue").toObject().value(u"id").toString(), QStringLiteral("dora"));
    QVERIFY(!result.value(u"catalogue").toObject().value(u"version").toString().isEmpty());
    QCOMPARE(result.value(u"scope").toArray(), QJsonArray());
    const QJsonArray checks = result.value(u"checks").toArray();
    // Every check of the list, in its order (the DORA catalogue binds each at least once).
    QCOMPARE(checks.size(), qsizetype(assessment::checkList().size()));
    const QStringList statuses{QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("not_applicable")};
    const QStringList severities{
        QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")};
    int failed = 0;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QJsonObject check = checks[i].toObject();
        QCOMPARE(check.value(u"id").toString(), QString::fromLatin1(assessment::checkList()[std::size_t(i)].id));
        QVERIFY(!check.value(u"title").toString().isEmpty());
        QVERIFY(check.value(u"reference").toString().contains(QStringLiteral("Art")));
        QVERIFY(statuses.contains(check.value(u"status").toString()));
        QVERIFY(severities.contains(check.value(u"severity").toString()));
        const QJsonArray findings = check.value(u"findings").toArray();
        failed += check.value(u"status").toString() == u"fail";
        bool unaccepted = false;
        QStringList previous;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QVERIFY(severities.contains(f.value(u"severity").toString()));
            QVERIFY(!f.value(u"message").toString().isEmpty());
            QStringList subjects;
            for (const QJsonValue &s : f.value(u"subjects").toArray())
                subjects << s.toString();
            QVERIFY2(previous <= subjects, qPrintable(check.value(u"id").toString())); // sorted by subjects
            previous = subjects;
            unaccepted = unaccepted || !f.contains(u"accepted_by");
        }
        // A check fails exactly when it has a finding no acceptance covers.
        if (check.value(u"status").toString() == u"fail")
            QVERIFY(unaccepted);
        if (check.value(u"status").toString() == u"pass")
            QVERIFY(!unaccepted);
    }
    QVERIFY(failed > 0);
    const QStringList results{QStringLiteral("compliant"),
                              QStringLiteral("partially_compliant"),
                              QStringLiteral("non_compliant"),
                              QStringLiteral("not_applicable"),
                              QStringLiteral("not_assessed")};
    const QJsonArray requirements = result.value(u"requirements").toArray();
    QVERIFY(requirements.size() >= 40);
    for (const QJsonValue &v : requirements) {
        const QJsonObject r = v.toObject();
        QVERIFY(!r.value(u"id").toString().isEmpty());
        QVERIFY(!r.value(u"reference").toString().isEmpty());
        QVERIFY(results.contains(r.value(u"result").toString()));
        QVERIFY(r.value(u"checks").isArray());
    }
    const QJsonObject score = result.value(u"score").toObject();
    QVERIFY(score.value(u"overall").isDouble());
    QVERIFY(score.value(u"overall").toDouble() >= 0 && score.value(u"overall").toDouble() <= 100);
    QVERIFY(score.value(u"chapters").toObject().contains(u"II"));
    QVERIFY(score.value(u"articles").isObject());
    // The text output says the same verdicts.
    QString text;
    QCOMPARE(run({QStringLiteral("assess"), QStringLiteral("run"), QStringLiteral("--db"), m_demo}, &text), 1);
    QVERIFY(text.contains(QStringLiteral("cif-no-spof")));
    QVERIFY(text.contains(QStringLiteral("Score: ")));
}

void tst_AssessCli::agreesWithSpofAndCycles()
{
    const QJsonObject result = assess();
    QHash<QString, QJsonArray> findings;
    for (const QJsonValue &v : result.value(u"checks").toArray())
        findings.insert(v.toObject().value(u"id").toString(), v.toObject().value(u"findings").toArray());
    // Single points of failure: [function, element], one per critical function and SPOF, as `bulwark spof` lists them.
    QString out;
    run({QStringLiteral("spof"), QStringLiteral("--db"), m_demo, QStringLiteral("--json")}, &out);
    QSet<QString> critical;
    QString listed;
    run({QStringLiteral("list"), QStringLiteral("--db"), m_demo, QStringLiteral("--json")}, &listed);
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.toUtf8()).array()) {
        if (v.toObject().value(u"criticality").toString() == u"critical")
            critical.insert(v.toObject().value(u"key").toString());
    }
    QVERIFY(!critical.isEmpty());
    QSet<QString> expected;
    for (const QJsonValue &v : QJsonDocument::fromJson(out.toUtf8()).object().value(u"functions").toArray()) {
        const QString function = v.toObject().value(u"key").toString();
        if (!critical.contains(function))
            continue;
        for (const QJsonValue &spof : v.toObject().value(u"spofs").toArray())
            expected.insert(function + u'|' + spof.toString());
    }
    QSet<QString> found;
    for (const QJsonValue &v : findings.value(QStringLiteral("cif-no-spof"))) {
        const QJsonArray subjects = v.toObject().value(u"subjects").toArray();
        QCOMPARE(subjects.size(), 2);
        found.insert(subjects[0].toString() + u'|' + subjects[1].toString());
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(found, expected);
    // Cycles: the cycle's element keys, as `bulwark cycles` gives them.
    run({QStringLiteral("cycles"), QStringLiteral("--db"), m_demo, QStringLiteral("--json")}, &out);
    QJsonArray cycles;
    for (const QJsonValue &v : findings.value(QStringLiteral("no-cycles")))
        cycles.append(v.toObject().value(u"subjects"));
    QCOMPARE(cycles, QJsonDocument::fromJson(out.toUtf8()).object().value(u"cycles").toArray());
}

void tst_AssessCli::scopeAndBadInput()
{
    const QJsonObject scoped = assess({QStringLiteral("--function"), QStringLiteral("F-PAY")});
    QCOMPARE(scoped.value(u"scope").toArray(), QJsonArray{QStringLiteral("F-PAY")});
    for (const QJsonValue &v : scoped.value(u"checks").toArray()) {
        if (v.toObject().value(u"id").toString() != u"cif-no-spof")
            continue;
        for (const QJsonValue &f : v.toObject().value(u"findings").toArray())
            QCOMPARE(f.toObject().value(u"subjects").toArray().first().toString(), QStringLiteral("F-PAY"));
    }
    QString err;
    QCOMPARE(run({QStringLiteral("assess"),
                  QStringLiteral("run"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--function"),
                  QStringLiteral("NOPE")},
                 nullptr,
                 &err),
             2);
    QVERIFY(err.contains(QStringLiteral("NOPE")));
    QCOMPARE(run({QStringLiteral("assess"),
                  QStringLiteral("run"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--today"),
                  QStringLiteral("30.11.2026")},
                 nullptr,
                 &err),
             2);
    QVERIFY(err.contains(QStringLiteral("YYYY-MM-DD")));
    const QString bad = m_dir.filePath(QStringLiteral("policy.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"bulwark-catalogue\", ");
    file.close();
    QCOMPARE(run({QStringLiteral("assess"),
                  QStringLiteral("run"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--catalogue"),
                  bad},
                 nullptr,
                 &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("policy.json")), qPrintable(err));
    QCOMPARE(
        run({QStringLiteral("assess"), QStringLiteral("frobnicate"), QStringLiteral("--db"), m_demo}, nullptr, &err),
        2);
}

void tst_AssessCli::namesAreEscaped()
{
    // The JSON is written as text (half a million findings at 100,000 elements): names with quotes, backslashes and
    // non-ASCII letters must come out as valid JSON and read back the same.
    const QString name = QStringLiteral("Zahlungsverkehr \"SEPA\" \\ Ü\ttab");
    QString err;
    QCOMPARE(run({QStringLiteral("set"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("F-PAY"),
                  QStringLiteral("name=") + name},
                 nullptr,
                 &err),
             0);
    const QJsonObject result = assess();
    QVERIFY(!result.isEmpty());
    bool seen = false;
    for (const QJsonValue &check : result.value(u"checks").toArray()) {
        for (const QJsonValue &f : check.toObject().value(u"findings").toArray())
            seen = seen || f.toObject().value(u"message").toString().contains(name);
    }
    QVERIFY(seen);
}

void tst_AssessCli::recordSubmitAndFourEyes()
{
    const QString db = m_dir.filePath(QStringLiteral("workflow.bulwark"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db}), 0);
    QString out, err;
    QCOMPARE(run({QStringLiteral("assess"),
                  QStringLiteral("run"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--save"),
                  QStringLiteral("A-2026"),
                  QStringLiteral("--title"),
                  QStringLiteral("DORA 2026")},
                 &out),
             1);
    QVERIFY(out.contains(QStringLiteral("A-2026")));
    // The run's findings are in the register, once each, and a second run finds the same ones again.
    QCOMPARE(run({QStringLiteral("assess"),
                  QStringLiteral("show"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("A-2026"),
                  QStringLiteral("--json")},
                 &out),
             0);
    QJsonObject shown = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(shown.value(u"status").toString(), QStringLiteral("draft"));
    QCOMPARE(shown.value(u"title").toString(), QStringLiteral("DORA 2026"));
    QVERIFY(shown.value(u"requirements").toObject().value(u"non_compliant").toInt() > 0);
    QString log1;
    run({QStringLiteral("log"),
         QStringLiteral("--db"),
         db,
         QStringLiteral("--json"),
         QStringLiteral("--limit"),
         QStringLiteral("100000")},
        &log1);
    QCOMPARE(run({QStringLiteral("assess"),
                  QStringLiteral("run"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--save"),
                  QStringLiteral("A-2026")}),
             1);
    QString log2;
    run({QStringLiteral("log"),
         QStringLiteral("--db"),
         db,
         QStringLiteral("--json"),
         QStringLiteral("--limit"),
         QStringLiteral("100000")},
        &log2);
    // Nothing changed in the register, so the same run records nothing new (same findings, same results, same day).
    QCOMPARE(QJsonDocument::fromJson(log2.toUtf8()).array().size(),
             QJsonDocument::fromJson(log1.toUtf8()).array().size());

    QCOMPARE(
        run({QStringLiteral("assess"), QStringLiteral("submit"), QStringLiteral("--db"), db, QStringLiteral("A-2026")},
            &out),
        0);
    // The account that submitted cannot approve.
    QCOMPARE(
        run({QStringLiteral("assess"), QStringLiteral("approve"), QStringLiteral("--db"), db, QStringLiteral("A-2026")},
            nullptr,
            &err),
        2);
    QVERIFY2(err.contains(QStringLiteral("four eyes")), qPrintable(err));
    QCOMPARE(
        run({QStringLiteral("assess"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")},
            &out),
        0);
    const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).object().value(u"assessments").toArray();
    // The demo's own two (its history) and this one, by key.
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].toObject().value(u"key").toString(), QStringLiteral("A-2026"));
    QCOMPARE(list[0].toObject().value(u"status").toString(), QStringLiteral("submitted"));
    QCOMPARE(list[0].toObject().value(u"lapsed").toBool(), false);
    QCOMPARE(list[1].toObject().value(u"key").toString(), QStringLiteral("A-H1"));
    QCOMPARE(list[1].toObject().value(u"sign_off").toString(), QStringLiteral("lapsed"));
    QCOMPARE(list[2].toObject().value(u"status").toString(), QStringLiteral("draft"));
    // A submitted assessment is not run over.
    QCOMPARE(run({QStringLiteral("assess"),
                  QStringLiteral("run"),
                  QStringLiteral("--db"),
                  db,
                  QStringLiteral("--save"),
                  QStringLiteral("A-2026")},
                 nullptr,
                 &err),
             2);
    QCOMPARE(run({QStringLiteral("assess"), QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("NOPE")},
                 nullptr,
                 &err),
             2);
}

QTEST_GUILESS_MAIN(tst_AssessCli)
#include "tst_assesscli.moc"
