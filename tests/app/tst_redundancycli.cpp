// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `bulwark spof --pairs` and `bulwark redundancy` (issue 16): their JSON contracts (docs/cli.md), limits, refusals
// and exit codes, on the demo register.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::test;

class tst_RedundancyCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pairsOfOneFunction();
    void pairsLimitAndRefusals();
    void spofWithoutPairsIsUnchanged();
    void redundancyContract();

private:
    QJsonObject json(const QStringList &args, int expectedCode);
    QTemporaryDir m_dir;
    QString m_demo;
};

void tst_RedundancyCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo}), 0);
}

QJsonObject tst_RedundancyCli::json(const QStringList &args, int expectedCode)
{
    QString out, err;
    const int code = runCli(
        QStringList{args.first(), QStringLiteral("--db"), m_demo, QStringLiteral("--json")} + args.mid(1), &out, &err);
    if (code != expectedCode)
        qWarning("exit %d: %s", code, qPrintable(err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(out.left(400)));
    return code == expectedCode ? document.object() : QJsonObject{{QStringLiteral("wrong_exit_code"), code}};
}

void tst_RedundancyCli::pairsOfOneFunction()
{
    const QJsonObject all = json(
        {QStringLiteral("spof"), QStringLiteral("--pairs"), QStringLiteral("--function"), QStringLiteral("F-PAY")}, 1);
    const QJsonArray functions = all.value(u"functions").toArray();
    QCOMPARE(functions.size(), 1);
    const QJsonObject pay = functions.first().toObject();
    QCOMPARE(pay.value(u"key").toString(), QStringLiteral("F-PAY"));
    const QJsonArray spofs = pay.value(u"spofs").toArray();
    const QJsonArray pairs = pay.value(u"pairs").toArray();
    QVERIFY(pairs.size() > 2);
    QCOMPARE(pay.value(u"pair_count").toInteger(), qint64(pairs.size()));
    QStringList previous;
    for (const QJsonValue &value : pairs) {
        const QJsonArray pair = value.toArray();
        QCOMPARE(pair.size(), 2);
        const QStringList keys{pair[0].toString(), pair[1].toString()};
        QVERIFY2(keys[0] < keys[1], qPrintable(keys.join(u',')));
        for (const QString &key : keys) {
            QVERIFY(key != u"F-PAY");
            QVERIFY2(!spofs.contains(key), qPrintable(key)); // a SPOF is never in a pair
        }
        QVERIFY2(previous.isEmpty() || previous < keys, qPrintable(keys.join(u','))); // sorted
        previous = keys;
    }
    // The same function in the answer for every function.
    const QJsonObject every = json({QStringLiteral("spof"), QStringLiteral("--pairs")}, 1);
    bool found = false;
    for (const QJsonValue &f : every.value(u"functions").toArray()) {
        if (f.toObject().value(u"key").toString() == u"F-PAY") {
            QCOMPARE(f.toObject(), pay);
            found = true;
        }
    }
    QVERIFY(found);
}

void tst_RedundancyCli::pairsLimitAndRefusals()
{
    const QStringList base{
        QStringLiteral("spof"), QStringLiteral("--pairs"), QStringLiteral("--function"), QStringLiteral("F-PAY")};
    const QJsonObject full = json(base, 1).value(u"functions").toArray().first().toObject();
    const QJsonObject two = json(base + QStringList{QStringLiteral("--limit"), QStringLiteral("2")}, 1)
                                .value(u"functions")
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(two.value(u"pair_count"), full.value(u"pair_count"));
    QCOMPARE(two.value(u"pairs").toArray(),
             (QJsonArray{full.value(u"pairs").toArray()[0], full.value(u"pairs").toArray()[1]}));
    const QJsonObject none = json(base + QStringList{QStringLiteral("--limit"), QStringLiteral("0")}, 1)
                                 .value(u"functions")
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(none.value(u"pair_count"), full.value(u"pair_count"));
    QVERIFY(none.value(u"pairs").toArray().isEmpty());

    QString out, err;
    QCOMPARE(runCli({QStringLiteral("spof"),
                     QStringLiteral("--db"),
                     m_demo,
                     QStringLiteral("--pairs"),
                     QStringLiteral("--function"),
                     QStringLiteral("F-PAX")},
                    &out,
                    &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("did you mean 'F-PAY'")), qPrintable(err));
    QCOMPARE(
        runCli({QStringLiteral("spof"), QStringLiteral("--db"), m_demo, QStringLiteral("--limit"), QStringLiteral("2")},
               &out,
               &err),
        2); // --limit without --pairs
    QCOMPARE(runCli({QStringLiteral("spof"),
                     QStringLiteral("--db"),
                     m_demo,
                     QStringLiteral("--pairs"),
                     QStringLiteral("--limit"),
                     QStringLiteral("-1")},
                    &out,
                    &err),
             2);
    // Text: the count and the pairs, limited.
    QCOMPARE(runCli({QStringLiteral("spof"),
                     QStringLiteral("--db"),
                     m_demo,
                     QStringLiteral("--pairs"),
                     QStringLiteral("--function"),
                     QStringLiteral("F-PAY"),
                     QStringLiteral("--limit"),
                     QStringLiteral("1")},
                    &out),
             1);
    QVERIFY2(out.contains(QStringLiteral("double failures: %1").arg(full.value(u"pair_count").toInteger())),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("--limit N lists more")));
}

void tst_RedundancyCli::spofWithoutPairsIsUnchanged()
{
    const QJsonObject plain = json({QStringLiteral("spof")}, 1);
    for (const QJsonValue &f : plain.value(u"functions").toArray())
        QCOMPARE(f.toObject().keys(), (QStringList{QStringLiteral("key"), QStringLiteral("spofs")}));
}

void tst_RedundancyCli::redundancyContract()
{
    const QJsonObject all = json({QStringLiteral("redundancy")}, 1); // a critical function's group has a cause
    const QJsonArray groups = all.value(u"groups").toArray();
    QVERIFY(groups.size() > 10);
    QStringList previous;
    QJsonObject api;
    for (const QJsonValue &value : groups) {
        const QJsonObject g = value.toObject();
        for (const char *key : {"element",
                                "group",
                                "members",
                                "min_up",
                                "no_spare",
                                "common_causes",
                                "common_cause_count",
                                "member_causes",
                                "shared_regions",
                                "shared_countries"})
            QVERIFY2(g.contains(QLatin1String(key)), key);
        const QStringList order{g.value(u"element").toString(), g.value(u"group").toString()};
        QVERIFY(previous.isEmpty() || previous < order);
        previous = order;
        if (order.first() == u"APP-API")
            api = g;
    }
    // The demo's API runs on two clusters of one cloud provider: the provider is the (nearest) common cause.
    const QJsonArray causes = api.value(u"common_causes").toArray();
    QCOMPARE(causes.size(), 1);
    const QJsonObject nwc = causes.first().toObject();
    QCOMPARE(nwc.value(u"key").toString(), QStringLiteral("PRV-NWC"));
    QCOMPARE(nwc.value(u"kind").toString(), QStringLiteral("provider"));
    QCOMPARE(nwc.value(u"nearest").toBool(), true);
    QCOMPARE(nwc.value(u"members_lost").toArray(), api.value(u"members").toArray());

    const QJsonObject one = json({QStringLiteral("redundancy"),
                                  QStringLiteral("--element"),
                                  QStringLiteral("APP-API"),
                                  QStringLiteral("--limit"),
                                  QStringLiteral("0")},
                                 1);
    QCOMPARE(one.value(u"groups").toArray().size(), 1);
    const QJsonObject limited = one.value(u"groups").toArray().first().toObject();
    QCOMPARE(limited.value(u"common_cause_count").toInt(), 1);
    QVERIFY(limited.value(u"common_causes").toArray().isEmpty());

    QString out, err;
    QCOMPARE(runCli({QStringLiteral("redundancy"),
                     QStringLiteral("--db"),
                     m_demo,
                     QStringLiteral("--element"),
                     QStringLiteral("APP-APX")},
                    &out,
                    &err),
             2);
    QVERIFY2(err.contains(QStringLiteral("did you mean 'APP-API'")), qPrintable(err));
    QCOMPARE(runCli({QStringLiteral("redundancy"), QStringLiteral("--db"), m_demo}, &out), 1);
    QVERIFY(out.contains(QStringLiteral("PRV-NWC *")));
    QVERIFY(out.contains(QStringLiteral("false redundanc")));
}

QTEST_GUILESS_MAIN(tst_RedundancyCli)
#include "tst_redundancycli.moc"
