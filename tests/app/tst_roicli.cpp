// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bulwark roi (issue 18): check, export and import through the command line's entry point.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace bulwark;

class tst_RoiCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkTheDemo();
    void exportIsByteStableAndReadsBack();
    void exportRefusesABlockingProblem();
    void importTheEbaSample();
    void reviewForPeople();
    void usage();

private:
    static int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
    {
        return test::runCli(args, out, err);
    }
    QTemporaryDir m_dir;
    QString m_demo;
};

void tst_RoiCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), m_demo}), 0);
}

void tst_RoiCli::checkTheDemo()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("roi"),
                  QStringLiteral("check"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--ref-date"),
                  QStringLiteral("2026-12-31"),
                  QStringLiteral("--json")},
                 &out,
                 &err),
             0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json[u"lei"].toString(), QStringLiteral("529900DEMOBANKAG0131"));
    QCOMPARE(json[u"blocking"].toInt(), 0);
    QCOMPARE(json[u"problems"].toArray().size(), 0);
    QCOMPARE(json[u"rows"].toObject()[u"B_02.01"].toInt(), 19);
    QCOMPARE(json[u"rows"].toObject().size(), 15);
    QCOMPARE(run({QStringLiteral("roi"), QStringLiteral("check"), QStringLiteral("--db"), m_demo}, &out, &err), 0);
    QVERIFY2(out.contains(u"Ready to file"), qPrintable(out));
}

void tst_RoiCli::exportIsByteStableAndReadsBack()
{
    const QString first = m_dir.filePath(QStringLiteral("first")), second = m_dir.filePath(QStringLiteral("second"));
    QVERIFY(QDir().mkpath(first) && QDir().mkpath(second));
    const QStringList args{QStringLiteral("roi"),
                           QStringLiteral("export"),
                           QStringLiteral("--db"),
                           m_demo,
                           QStringLiteral("--ref-date"),
                           QStringLiteral("2026-12-31"),
                           QStringLiteral("--consolidation"),
                           QStringLiteral("CON"),
                           QStringLiteral("--timestamp"),
                           QStringLiteral("20270115093000125"),
                           QStringLiteral("-o")};
    QString out, err;
    QCOMPARE(run(args + QStringList{first}, &out, &err), 0);
    const QString name = QStringLiteral("529900DEMOBANKAG0131.CON_DE_DORA010100_DORA_2026-12-31_20270115093000125.zip");
    QVERIFY2(out.contains(name), qPrintable(out));
    QFile a(first + QLatin1Char('/') + name);
    QVERIFY(a.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    // Read into a new register and exported again: the same bytes.
    const QString copy = m_dir.filePath(QStringLiteral("copy.bulwark"));
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), copy}), 0);
    QCOMPARE(
        run({QStringLiteral("roi"), QStringLiteral("import"), QStringLiteral("--db"), copy, a.fileName()}, &out, &err),
        0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QStringList again = args + QStringList{second};
    again[3] = copy;
    QCOMPARE(run(again, &out, &err), 0);
    QFile b(second + QLatin1Char('/') + name);
    QVERIFY(b.open(QIODevice::ReadOnly));
    QVERIFY(b.readAll() == bytes);
}

void tst_RoiCli::exportRefusesABlockingProblem()
{
    // An empty register has no entity maintaining the register: blocking, so no package.
    const QString empty = m_dir.filePath(QStringLiteral("empty.bulwark"));
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), empty}), 0);
    QString out, err;
    QCOMPARE(run({QStringLiteral("roi"), QStringLiteral("check"), QStringLiteral("--db"), empty}, &out, &err), 1);
    QVERIFY2(out.contains(u"No entity in scope is marked"), qPrintable(out));
    const QString folder = m_dir.filePath(QStringLiteral("refused"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(run({QStringLiteral("roi"),
                  QStringLiteral("export"),
                  QStringLiteral("--db"),
                  empty,
                  QStringLiteral("--ref-date"),
                  QStringLiteral("2026-12-31"),
                  QStringLiteral("--consolidation"),
                  QStringLiteral("IND"),
                  QStringLiteral("-o"),
                  folder},
                 &out,
                 &err),
             1);
    QVERIFY2(err.contains(u"not exported: 1 blocking problem"), qPrintable(err));
    QVERIFY(QDir(folder).isEmpty());
    // --force cannot make a package without the LEI that names it.
    QCOMPARE(run({QStringLiteral("roi"),
                  QStringLiteral("export"),
                  QStringLiteral("--db"),
                  empty,
                  QStringLiteral("--ref-date"),
                  QStringLiteral("2026-12-31"),
                  QStringLiteral("--consolidation"),
                  QStringLiteral("IND"),
                  QStringLiteral("-o"),
                  folder,
                  QStringLiteral("--force")},
                 &out,
                 &err),
             2);
    QVERIFY(QDir(folder).isEmpty());
}

void tst_RoiCli::importTheEbaSample()
{
    // The EBA's own sample (random values, shuffled columns): read with notes for the references it cannot keep.
    const QString sample
        = QStringLiteral(BULWARK_SAMPLES_DIR "/dora-register/DUMMYLEI123456789012.CON_FR_DORA010100_DORA_2024-12-31_"
                                             "20241213174803429.zip");
    const QString db = m_dir.filePath(QStringLiteral("sample.bulwark"));
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}), 0);
    QString out, err;
    QCOMPARE(run({QStringLiteral("roi"), QStringLiteral("import"), QStringLiteral("--db"), db, sample}, &out, &err), 0);
    QCOMPARE(err.count(u"note: "), 6);
    QVERIFY(err.contains(u"note: B_02.02 row 1, c0010: the arrangement tyivioyi is not in B_02.01; row left out"));
    QCOMPARE(run({QStringLiteral("roi"), QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                 &out,
                 &err),
             1);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json[u"rows"].toObject()[u"B_01.02"].toInt(), 2);
    QCOMPARE(json[u"rows"].toObject()[u"B_06.01"].toInt(), 2);
    QVERIFY(json[u"blocking"].toInt() > 0);
    // A file that is not a package: refused, naming the file.
    QFile bogus(m_dir.filePath(QStringLiteral("bogus.zip")));
    QVERIFY(bogus.open(QIODevice::WriteOnly));
    bogus.write("not a zip");
    bogus.close();
    QCOMPARE(run({QStringLiteral("roi"), QStringLiteral("import"), QStringLiteral("--db"), db, bogus.fileName()},
                 &out,
                 &err),
             2);
    QVERIFY2(err.contains(u"bogus.zip"), qPrintable(err));
}

void tst_RoiCli::reviewForPeople()
{
    const QString folder = m_dir.filePath(QStringLiteral("review"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("roi"),
                  QStringLiteral("review"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--ref-date"),
                  QStringLiteral("2026-12-31"),
                  QStringLiteral("--language"),
                  QStringLiteral("de"),
                  QStringLiteral("-o"),
                  folder,
                  QStringLiteral("--json")},
                 &out,
                 &err),
             0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json[u"files"].toArray().size(), 32); // index.html, problems.csv, a page and a CSV per template
    QVERIFY(QFile::exists(folder + QStringLiteral("/index.html")));
    QFile index(folder + QStringLiteral("/index.html"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(index.readAll().contains("lang=\"de\""));
}

void tst_RoiCli::usage()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("roi"), QStringLiteral("frobnicate"), QStringLiteral("--db"), m_demo}, &out, &err), 2);
    QVERIFY(err.contains(u"use: roi check | roi export | roi review | roi import PACKAGE.zip"));
    QCOMPARE(run({QStringLiteral("roi"), QStringLiteral("export"), QStringLiteral("--db"), m_demo}, &out, &err), 2);
    QVERIFY(err.contains(u"--ref-date YYYY-MM-DD is required"));
    QCOMPARE(run({QStringLiteral("roi"),
                  QStringLiteral("check"),
                  QStringLiteral("--db"),
                  m_demo,
                  QStringLiteral("--consolidation"),
                  QStringLiteral("XX")},
                 &out,
                 &err),
             2);
    QVERIFY(err.contains(u"--consolidation must be IND (individual) or CON (consolidated), got 'XX'"));
}

QTEST_GUILESS_MAIN(tst_RoiCli)
#include "tst_roicli.moc"
