// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `bulwark assess findings | finding | actions | action | judge | diff` (issue 13) on the demo register: their JSON
// contracts (docs/cli.md), the changes they write and their refusals.
#include "cli/command.h"
#include "clirun.h"
#include "model/assessment/workflow.h"
#include "model/register/registerservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace Qt::StringLiterals;

class tst_AssessReviewCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findingsList();
    void manualFindingAndAccept();
    void actions();
    void judge();
    void judgeFrozen();
    void diff();

private:
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr);
    QJsonObject json(const QStringList &args, int expected = 0);
    QJsonArray findings(const QStringList &extra = {});
    QJsonObject findingNamed(const QString &key);
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_today = QDate::currentDate().toString(Qt::ISODate);
};

int tst_AssessReviewCli::run(const QStringList &args, QString *out, QString *err)
{
    return test::runCli(args, out, err);
}

QJsonObject tst_AssessReviewCli::json(const QStringList &args, int expected)
{
    QString out, err;
    const int code = run(args + QStringList{u"--db"_s, m_db, u"--json"_s}, &out, &err);
    [&] { QVERIFY2(code == expected, qPrintable(args.join(u' ') + u": "_s + err)); }();
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QJsonArray tst_AssessReviewCli::findings(const QStringList &extra)
{
    return json(QStringList{u"assess"_s, u"findings"_s} + extra).value(u"findings").toArray();
}

QJsonObject tst_AssessReviewCli::findingNamed(const QString &key)
{
    for (const QJsonValue &v : findings()) {
        if (v.toObject().value(u"key").toString() == key)
            return v.toObject();
    }
    return {};
}

void tst_AssessReviewCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"review.bulwark"_s);
    QCOMPARE(run({u"demo"_s, u"--db"_s, m_db}), 0);
    const QString earlier = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    QCOMPARE(run({u"assess"_s, u"run"_s, u"--db"_s, m_db, u"--save"_s, u"A-1"_s, u"--today"_s, earlier}), 1);
}

void tst_AssessReviewCli::findingsList()
{
    const QJsonArray all = findings();
    QVERIFY(all.size() > 5);
    const QStringList severities{u"critical"_s, u"high"_s, u"medium"_s, u"low"_s};
    int previousRank = 0;
    QString previousKey;
    for (const QJsonValue &v : all) {
        const QJsonObject f = v.toObject();
        for (const char *field : {"key",
                                  "check",
                                  "severity",
                                  "subjects",
                                  "message",
                                  "status",
                                  "owner",
                                  "first_seen",
                                  "last_seen",
                                  "actions"})
            QVERIFY2(f.contains(QLatin1StringView(field)), field);
        // Sorted by severity (most severe first), then key.
        const int rank = int(severities.indexOf(f.value(u"severity").toString()));
        QVERIFY(rank >= 0);
        QVERIFY(rank > previousRank || (rank == previousRank && f.value(u"key").toString() > previousKey));
        previousRank = rank;
        previousKey = f.value(u"key").toString();
        QCOMPARE(f.value(u"key").toString(),
                 assessment::findingKey(f.value(u"check").toString(), f.value(u"subjects").toVariant().toStringList()));
    }
    const QJsonArray spofs = findings({u"--check"_s, u"cif-no-spof"_s});
    QVERIFY(!spofs.isEmpty() && spofs.size() < all.size());
    for (const QJsonValue &v : spofs)
        QCOMPARE(v.toObject().value(u"check").toString(), u"cif-no-spof"_s);
    // Fresh from a run, every finding is open (the demo's one acceptance is past its review date), except the two
    // that the demo's remediation actions answer.
    const QJsonArray open = findings({u"--status"_s, u"open"_s});
    QCOMPARE(findings({u"--status"_s, u"in_remediation"_s}).size(), 2);
    QCOMPARE(open.size(), all.size() - 2);
    QVERIFY(findings({u"--status"_s, u"risk_accepted"_s}).isEmpty());
    QString text, err;
    QCOMPARE(run({u"assess"_s, u"findings"_s, u"--db"_s, m_db, u"--check"_s, u"cif-no-spof"_s}, &text), 0);
    QVERIFY(text.contains(spofs[0].toObject().value(u"key").toString()));
    QVERIFY(text.contains(u"SEVERITY"_s));
    QCOMPARE(run({u"assess"_s, u"findings"_s, u"--db"_s, m_db, u"--status"_s, u"solved"_s}, nullptr, &err), 2);
    QVERIFY2(err.contains(u"--status"_s), qPrintable(err));
}

void tst_AssessReviewCli::manualFindingAndAccept()
{
    QString out, err;
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    QCOMPARE(run({u"assess"_s,
                  u"finding"_s,
                  u"add"_s,
                  u"--db"_s,
                  m_db,
                  u"--key"_s,
                  u"MAN-1"_s,
                  u"--severity"_s,
                  u"medium"_s,
                  u"--message"_s,
                  u"No crisis communication plan"_s,
                  u"--subject"_s,
                  u"F-PAY"_s,
                  u"--today"_s,
                  yesterday},
                 &out,
                 &err),
             0);
    QJsonObject manual = findingNamed(u"MAN-1"_s);
    QVERIFY(manual.value(u"check").isNull());
    QCOMPARE(manual.value(u"status").toString(), u"open"_s);
    QCOMPARE(manual.value(u"first_seen").toString(), yesterday);
    QCOMPARE(manual.value(u"subjects").toArray(), QJsonArray{u"F-PAY"_s});
    // Refusals name what is wrong.
    QCOMPARE(run({u"assess"_s,
                  u"finding"_s,
                  u"add"_s,
                  u"--db"_s,
                  m_db,
                  u"--key"_s,
                  u"MAN-1"_s,
                  u"--severity"_s,
                  u"low"_s,
                  u"--message"_s,
                  u"again"_s},
                 nullptr,
                 &err),
             2);
    QVERIFY2(err.contains(u"MAN-1"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s,
                  u"finding"_s,
                  u"add"_s,
                  u"--db"_s,
                  m_db,
                  u"--key"_s,
                  u"MAN-2"_s,
                  u"--severity"_s,
                  u"low"_s,
                  u"--message"_s,
                  u"x"_s,
                  u"--subject"_s,
                  u"NOPE"_s},
                 nullptr,
                 &err),
             2);
    QVERIFY2(err.contains(u"NOPE"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s, u"finding"_s, u"set"_s, u"MAN-1"_s, u"--db"_s, m_db, u"--owner"_s, u"bob"_s}), 0);
    QCOMPARE(findingNamed(u"MAN-1"_s).value(u"owner").toString(), u"bob"_s);
    QCOMPARE(run({u"assess"_s, u"finding"_s, u"set"_s, u"MAN-1"_s, u"--db"_s, m_db, u"--status"_s, u"risk_accepted"_s},
                 nullptr,
                 &err),
             2);
    QVERIFY2(err.contains(u"status"_s), qPrintable(err));
    QCOMPARE(
        run({u"assess"_s, u"finding"_s, u"set"_s, u"FND-NOPE"_s, u"--db"_s, m_db, u"--owner"_s, u"x"_s}, nullptr, &err),
        2);
    QVERIFY2(err.contains(u"FND-NOPE"_s), qPrintable(err));

    // Accepting an open generated finding: an acceptance that the next run honours.
    const QJsonArray open = findings({u"--status"_s, u"open"_s, u"--check"_s, u"cif-no-spof"_s});
    QVERIFY(!open.isEmpty());
    const QString key = open[0].toObject().value(u"key").toString();
    const QString review = QDate::currentDate().addMonths(6).toString(Qt::ISODate);
    QCOMPARE(run({u"assess"_s,
                  u"finding"_s,
                  u"accept"_s,
                  key,
                  u"--db"_s,
                  m_db,
                  u"--reason"_s,
                  u"second site in 2027"_s,
                  u"--approver"_s,
                  u"CRO"_s,
                  u"--review"_s,
                  u"2020-01-01"_s},
                 nullptr,
                 &err),
             2);
    QVERIFY2(err.contains(u"review"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s,
                  u"finding"_s,
                  u"accept"_s,
                  key,
                  u"--db"_s,
                  m_db,
                  u"--approver"_s,
                  u"CRO"_s,
                  u"--review"_s,
                  review},
                 nullptr,
                 &err),
             2);
    QVERIFY2(err.contains(u"reason"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s,
                  u"finding"_s,
                  u"accept"_s,
                  key,
                  u"--db"_s,
                  m_db,
                  u"--reason"_s,
                  u"second site in 2027"_s,
                  u"--approver"_s,
                  u"CRO"_s,
                  u"--review"_s,
                  review},
                 &out,
                 &err),
             0);
    QVERIFY(out.contains(u"RA-"_s + key));
    QCOMPARE(findingNamed(key).value(u"status").toString(), u"risk_accepted"_s);
    QString runOut;
    run({u"assess"_s, u"run"_s, u"--db"_s, m_db, u"--json"_s}, &runOut);
    const QJsonArray checks = QJsonDocument::fromJson(runOut.toUtf8()).object().value(u"checks").toArray();
    bool honoured = false;
    for (const QJsonValue &c : checks) {
        for (const QJsonValue &f : c.toObject().value(u"findings").toArray()) {
            const QJsonObject o = f.toObject();
            if (assessment::findingKey(c.toObject().value(u"id").toString(),
                                       o.value(u"subjects").toVariant().toStringList())
                == key)
                honoured = o.value(u"accepted_by").toString() == u"RA-"_s + key;
        }
    }
    QVERIFY(honoured);
}

void tst_AssessReviewCli::actions()
{
    const QJsonArray open = findings({u"--status"_s, u"open"_s, u"--check"_s, u"cif-no-spof"_s});
    QVERIFY(!open.isEmpty());
    const QString finding = open[0].toObject().value(u"key").toString();
    const QString past = QDate::currentDate().addDays(-5).toString(Qt::ISODate);
    const QString future = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    QString err;
    QCOMPARE(run({u"assess"_s,
                  u"action"_s,
                  u"add"_s,
                  u"--db"_s,
                  m_db,
                  u"--key"_s,
                  u"ACT-1"_s,
                  u"--title"_s,
                  u"Second colocation"_s,
                  u"--owner"_s,
                  u"alice"_s,
                  u"--due"_s,
                  past,
                  u"--finding"_s,
                  finding}),
             0);
    QCOMPARE(run({u"assess"_s,
                  u"action"_s,
                  u"add"_s,
                  u"--db"_s,
                  m_db,
                  u"--key"_s,
                  u"ACT-2"_s,
                  u"--title"_s,
                  u"Exit plan"_s,
                  u"--owner"_s,
                  u"bob"_s,
                  u"--due"_s,
                  future}),
             0);
    // Linking moved the open finding to in remediation, and the finding lists its action.
    const QJsonObject linked = findingNamed(finding);
    QCOMPARE(linked.value(u"status").toString(), u"in_remediation"_s);
    QCOMPARE(linked.value(u"actions").toArray(), QJsonArray{u"ACT-1"_s});
    QCOMPARE(run({u"assess"_s,
                  u"action"_s,
                  u"add"_s,
                  u"--db"_s,
                  m_db,
                  u"--key"_s,
                  u"ACT-3"_s,
                  u"--title"_s,
                  u"x"_s,
                  u"--finding"_s,
                  u"FND-NOPE"_s},
                 nullptr,
                 &err),
             2);
    QVERIFY2(err.contains(u"FND-NOPE"_s) && err.contains(u"findings"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s, u"action"_s, u"add"_s, u"--db"_s, m_db, u"--key"_s, u"ACT-1"_s, u"--title"_s, u"x"_s},
                 nullptr,
                 &err),
             2);

    // The demo's own two actions (ACT-HSM-BER, overdue; ACT-EXIT-MRD, due in two months) and the two added here.
    auto own = [](const QJsonArray &all) {
        QJsonArray mine;
        for (const QJsonValue &v : all) {
            const QString key = v.toObject().value(u"key").toString();
            if (key == u"ACT-1" || key == u"ACT-2")
                mine.append(v);
        }
        return mine;
    };
    QJsonObject list = json({u"assess"_s, u"actions"_s});
    QCOMPARE(list.value(u"today").toString(), m_today);
    QCOMPARE(list.value(u"actions").toArray().size(), 4);
    QJsonArray actions = own(list.value(u"actions").toArray());
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions[0].toObject().value(u"key").toString(), u"ACT-1"_s); // by due date
    QCOMPARE(actions[0].toObject().value(u"overdue").toBool(), true);
    QCOMPARE(actions[0].toObject().value(u"findings").toArray(), QJsonArray{finding});
    QCOMPARE(actions[1].toObject().value(u"overdue").toBool(), false);
    const QJsonArray overdue = json({u"assess"_s, u"actions"_s, u"--overdue"_s}).value(u"actions").toArray();
    QCOMPARE(overdue.size(), 2); // ACT-1 and the demo's ACT-HSM-BER
    QCOMPARE(own(overdue).size(), 1);
    // As of a later day, both are overdue; as of an earlier one, neither.
    const QString later = QDate::currentDate().addDays(60).toString(Qt::ISODate);
    QCOMPARE(
        own(json({u"assess"_s, u"actions"_s, u"--overdue"_s, u"--today"_s, later}).value(u"actions").toArray()).size(),
        2);
    QString text;
    QCOMPARE(run({u"assess"_s, u"actions"_s, u"--db"_s, m_db}, &text), 0);
    QVERIFY2(text.contains(u"OVERDUE"_s) && text.contains(u"2 overdue"_s), qPrintable(text));
    // Done: no longer overdue.
    QCOMPARE(run({u"assess"_s, u"action"_s, u"set"_s, u"ACT-1"_s, u"--db"_s, m_db, u"--status"_s, u"done"_s}), 0);
    QVERIFY(own(json({u"assess"_s, u"actions"_s, u"--overdue"_s}).value(u"actions").toArray()).isEmpty());
    QCOMPARE(
        run({u"assess"_s, u"action"_s, u"set"_s, u"ACT-2"_s, u"--db"_s, m_db, u"--due"_s, u"soon"_s}, nullptr, &err),
        2);
    QVERIFY2(err.contains(u"--due"_s), qPrintable(err));
    QCOMPARE(
        run({u"assess"_s, u"action"_s, u"set"_s, u"ACT-9"_s, u"--db"_s, m_db, u"--status"_s, u"done"_s}, nullptr, &err),
        2);
    QVERIFY2(err.contains(u"ACT-9"_s), qPrintable(err));
}

void tst_AssessReviewCli::judge()
{
    QString err;
    QJsonObject shown = json({u"assess"_s, u"show"_s, u"A-1"_s});
    const int notAssessed = shown.value(u"requirements").toObject().value(u"not_assessed").toInt();
    QVERIFY(notAssessed > 0);
    QCOMPARE(run({u"assess"_s,
                  u"judge"_s,
                  u"A-1"_s,
                  u"dora-5-2"_s,
                  u"compliant"_s,
                  u"--notes"_s,
                  u"board minutes"_s,
                  u"--db"_s,
                  m_db}),
             0);
    shown = json({u"assess"_s, u"show"_s, u"A-1"_s});
    QCOMPARE(shown.value(u"requirements").toObject().value(u"not_assessed").toInt(), notAssessed - 1);
    QCOMPARE(run({u"assess"_s, u"judge"_s, u"A-1"_s, u"dora-5-2"_s, u"clear"_s, u"--db"_s, m_db}), 0);
    shown = json({u"assess"_s, u"show"_s, u"A-1"_s});
    QCOMPARE(shown.value(u"requirements").toObject().value(u"not_assessed").toInt(), notAssessed);
    QCOMPARE(run({u"assess"_s, u"judge"_s, u"A-1"_s, u"dora-5-2"_s, u"good"_s, u"--db"_s, m_db}, nullptr, &err), 2);
    QVERIFY2(err.contains(u"good"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s, u"judge"_s, u"A-1"_s, u"nope"_s, u"compliant"_s, u"--db"_s, m_db}, nullptr, &err), 2);
    QVERIFY2(err.contains(u"nope"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s, u"judge"_s, u"A-9"_s, u"dora-5-2"_s, u"compliant"_s, u"--db"_s, m_db}, nullptr, &err),
             2);
    QVERIFY2(err.contains(u"A-9"_s), qPrintable(err));
}

void tst_AssessReviewCli::judgeFrozen()
{
    // A separate register: an assessment submitted by one account and approved by another (through the write path
    // with those actors, as two people would), then judged from the command line.
    const QString db = m_dir.filePath(u"frozen.bulwark"_s);
    QCOMPARE(run({u"demo"_s, u"--db"_s, db}), 0);
    QCOMPARE(run({u"assess"_s, u"run"_s, u"--db"_s, db, u"--save"_s, u"A-F"_s}), 1);
    {
        using namespace assessment;
        auto service = RegisterService::open(db, store::Database::OpenMode::OpenExisting);
        QVERIFY(service);
        Assessment a = TableType<Assessment>::value(*(*service)->records(assessmentType()).constFind(u"A-F"_s));
        a.status = AssessmentStatus::Submitted;
        a.submittedBy = u"alice"_s;
        a.submittedAt = QDate::currentDate();
        ChangeSet submit;
        submit.add(assessmentType().record(a), ChangeSet::Mode::Update);
        QVERIFY((*service)->apply(submit, Actor{u"alice"_s, {}, {}}));
        a.status = AssessmentStatus::Approved;
        a.approvedBy = u"bob"_s;
        a.approvedAt = QDate::currentDate();
        a.registerSeq = int((*service)->auditHead().seq);
        a.registerHash = QString::fromLatin1((*service)->auditHead().hash);
        a.resultsHash = resultsFingerprint(a.key, (*service)->records(requirementResultType()));
        ChangeSet approve;
        approve.add(assessmentType().record(a), ChangeSet::Mode::Update);
        QVERIFY((*service)->apply(approve, Actor{u"bob"_s, {}, {}}));
    }
    QString out, err;
    QCOMPARE(run({u"assess"_s, u"judge"_s, u"A-F"_s, u"dora-5-2"_s, u"compliant"_s, u"--db"_s, db}, &out, &err), 2);
    QVERIFY2(err.contains(u"A-F"_s) && err.contains(u"frozen"_s), qPrintable(err));
    QVERIFY(out.isEmpty());
}

void tst_AssessReviewCli::diff()
{
    // A-2, today: with a judgement A-1 does not have, and the manual finding of yesterday new since A-1.
    QCOMPARE(run({u"assess"_s, u"run"_s, u"--db"_s, m_db, u"--save"_s, u"A-2"_s}), 1);
    QCOMPARE(run({u"assess"_s, u"judge"_s, u"A-2"_s, u"dora-5-2"_s, u"compliant"_s, u"--db"_s, m_db}), 0);
    const QJsonObject d = json({u"assess"_s, u"diff"_s, u"A-1"_s, u"A-2"_s});
    QCOMPARE(d.value(u"before").toObject().value(u"key").toString(), u"A-1"_s);
    QCOMPARE(d.value(u"before").toObject().value(u"date").toString(),
             QDate::currentDate().addDays(-2).toString(Qt::ISODate));
    QCOMPARE(d.value(u"after").toObject().value(u"date").toString(), m_today);
    QCOMPARE(d.value(u"after").toObject().value(u"status").toString(), u"draft"_s);
    QCOMPARE(d.value(u"catalogue_differs").toBool(), false);
    const QJsonObject score = d.value(u"score").toObject();
    const double before = score.value(u"before").toObject().value(u"overall").toDouble();
    const double after = score.value(u"after").toObject().value(u"overall").toDouble();
    QVERIFY(after > before);
    QVERIFY(score.value(u"after").toObject().value(u"chapters").toObject().contains(u"II"));
    QCOMPARE(d.value(u"verdict").toString(), u"improved"_s);
    QVERIFY(!d.value(u"reason").toString().isEmpty());
    bool judged = false;
    for (const QJsonValue &v : d.value(u"requirements").toObject().value(u"changed").toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(u"id").toString() == u"dora-5-2")
            judged = r.value(u"before").toString() == u"not_assessed" && r.value(u"after").toString() == u"compliant"
                && r.value(u"trend").toString() == u"improved";
    }
    QVERIFY(judged);
    QCOMPARE(d.value(u"requirements").toObject().value(u"only_before").toArray(), QJsonArray());
    QCOMPARE(d.value(u"requirements").toObject().value(u"only_after").toArray(), QJsonArray());
    QStringList added;
    for (const QJsonValue &v : d.value(u"findings").toObject().value(u"new").toArray())
        added << v.toObject().value(u"key").toString();
    QVERIFY2(added.contains(u"MAN-1"_s), qPrintable(added.join(u',')));
    QVERIFY(d.value(u"findings").toObject().value(u"no_longer_seen").isArray());

    QString text, err;
    QCOMPARE(run({u"assess"_s, u"diff"_s, u"A-1"_s, u"A-2"_s, u"--db"_s, m_db}, &text), 0);
    QVERIFY2(text.startsWith(u"A-1 ("_s) && text.contains(u"IMPROVED"_s), qPrintable(text));
    QVERIFY(text.contains(u"dora-5-2: not_assessed -> compliant (improved)"_s));
    QVERIFY(text.contains(u"MAN-1"_s));
    // Reversed, the same changes read the other way.
    QCOMPARE(json({u"assess"_s, u"diff"_s, u"A-2"_s, u"A-1"_s}).value(u"verdict").toString(), u"worsened"_s);
    QCOMPARE(run({u"assess"_s, u"diff"_s, u"A-1"_s, u"A-9"_s, u"--db"_s, m_db}, nullptr, &err), 2);
    QVERIFY2(err.contains(u"A-9"_s), qPrintable(err));
    QCOMPARE(run({u"assess"_s, u"diff"_s, u"A-1"_s, u"--db"_s, m_db}, nullptr, &err), 2);
}

QTEST_GUILESS_MAIN(tst_AssessReviewCli)
#include "tst_assessreviewcli.moc"
