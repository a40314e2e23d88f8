// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/csvformat.h"
#include "model/exchange/importer.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::test;
using exchange::CsvFormat;

class tst_CsvFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsing_data();
    void parsing();
    void folderErrors_data();
    void folderErrors();
    void importsFolder();
    void roundTrip();

private:
    QString writeFolder(const QString &name,
                        const QByteArray &elements,
                        const QByteArray &dependencies = {},
                        const QByteArray &groups = {});
    QTemporaryDir m_dir;
};

QString tst_CsvFormat::writeFolder(const QString &name,
                                   const QByteArray &elements,
                                   const QByteArray &dependencies,
                                   const QByteArray &groups)
{
    const QString folder = m_dir.filePath(name);
    QDir().mkpath(folder);
    for (const auto &[file, content] : {std::pair{QStringLiteral("elements.csv"), elements},
                                        std::pair{QStringLiteral("dependencies.csv"), dependencies},
                                        std::pair{QStringLiteral("groups.csv"), groups}}) {
        if (content.isNull())
            continue;
        QFile f(QDir(folder).filePath(file));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
    }
    return folder;
}

void tst_CsvFormat::parsing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("lastLine");
    QTest::addColumn<QString>("lastField");
    QTest::newRow("unixLineBreaks") << QByteArray("a,b\n1,2\n3,4\n") << 3 << 3 << "4";
    QTest::newRow("windowsLineBreaks") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << 3 << 3 << "4";
    QTest::newRow("oldMacLineBreaks") << QByteArray("a,b\r1,2\r3,4") << 3 << 3 << "4";
    QTest::newRow("utf8Bom") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\n1,x\n")
                             << 2 << 2 << "x";
    QTest::newRow("quotedComma") << QByteArray("a,b\n1,\"x, y\"\n") << 2 << 2 << "x, y";
    QTest::newRow("doubledQuotes") << QByteArray("a,b\n1,\"say \"\"hi\"\"\"\n") << 2 << 2 << "say \"hi\"";
    QTest::newRow("lineBreakInQuotes") << QByteArray("a,b\n1,\"two\nlines\"\n2,z\n") << 3 << 4 << "z";
    QTest::newRow("emptyValues") << QByteArray("a,b,c\n,,\n") << 2 << 2 << "";
    QTest::newRow("noFinalLineBreak") << QByteArray("a,b\n1,2") << 2 << 2 << "2";
    QTest::newRow("utf8Text") << QByteArray("a,b\n1,Z\xC3\xBCrich\n") << 2 << 2 << QString::fromUtf8("Z\xC3\xBCrich");
}

void tst_CsvFormat::parsing()
{
    QFETCH(QByteArray, content);
    QFETCH(int, records);
    QFETCH(int, lastLine);
    QFETCH(QString, lastField);
    auto result = CsvFormat::parse(content, QStringLiteral("t.csv"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->size(), records);
    QCOMPARE(result->last().line, lastLine);
    QCOMPARE(result->last().fields.last(), lastField);
    QCOMPARE(result->first().fields.first(), QStringLiteral("a"));
}

void tst_CsvFormat::folderErrors_data()
{
    QTest::addColumn<QByteArray>("elements");
    QTest::addColumn<QByteArray>("dependencies");
    QTest::addColumn<QByteArray>("groups");
    QTest::addColumn<QString>("expected");
    const QByteArray ok = "key,name,kind\nA,Alpha,application\nB,Beta,facility\n";
    QTest::newRow("emptyFile") << QByteArray("") << QByteArray() << QByteArray() << "elements.csv: the file is empty";
    QTest::newRow("missingColumn") << QByteArray("key,name\nA,Alpha\n") << QByteArray() << QByteArray()
                                   << "elements.csv:1: field 'kind': the header has no column 'kind'";
    QTest::newRow("wrongFieldCount") << QByteArray("key,name,kind\nA,Alpha,application\nB,Beta\n") << QByteArray()
                                     << QByteArray() << "elements.csv:3: this line has 2 fields but the header has 3";
    QTest::newRow("badMinutes")
        << QByteArray("key,name,kind,rto_min\nA,Alpha,application,60\n\nB,Beta,application,two hours\n") << QByteArray()
        << QByteArray() << "elements.csv:4: field 'rto_min': must be a whole number of minutes, got 'two hours'";
    QTest::newRow("unknownKind") << QByteArray("key,name,kind\nA,Alpha,mainframe\n") << QByteArray() << QByteArray()
                                 << "elements.csv:2: field 'kind': 'mainframe' is not one of";
    QTest::newRow("unterminatedQuote") << QByteArray("key,name,kind\nA,\"Alpha,application\nB,Beta,network\n")
                                       << QByteArray() << QByteArray()
                                       << "elements.csv:2: a quoted field is never closed";
    QTest::newRow("invalidUtf8") << QByteArray("key,name,kind\nA,Alpha,application\nB,Stra\xdf"
                                               "e,network\n")
                                 << QByteArray() << QByteArray()
                                 << "elements.csv:3: column 7: the file is not valid UTF-8";
    QTest::newRow("danglingReference") << ok << QByteArray("from,to,strength\nA,B,hard\nA,GHOST,soft\n") << QByteArray()
                                       << "dependencies.csv:3: field 'to': there is no element 'GHOST'";
    QTest::newRow("duplicateKey") << QByteArray("key,name,kind\nA,Alpha,application\nA,Again,application\n")
                                  << QByteArray() << QByteArray()
                                  << "elements.csv:3: field 'key': element 'A' appears twice (also at line 2)";
    QTest::newRow("badStrength") << ok << QByteArray("from,to,strength\nA,B,firm\n") << QByteArray()
                                 << "dependencies.csv:2: field 'strength': 'firm' is not one of: hard, soft";
    QTest::newRow("quorumTooHigh")
        << ok << QByteArray("from,to,strength,group\nA,B,hard,site\n")
        << QByteArray("element,name,min_up,failover_min\nA,site,2,15\n")
        << "groups.csv:2: field 'min_up': group 'site' of 'A' needs 2 members up but has only 1 member";
    QTest::newRow("missingValue") << QByteArray("key,name,kind\nA,,application\n") << QByteArray() << QByteArray()
                                  << "elements.csv:2: field 'name': a value is required";
}

void tst_CsvFormat::folderErrors()
{
    QFETCH(QByteArray, elements);
    QFETCH(QByteArray, dependencies);
    QFETCH(QByteArray, groups);
    QFETCH(QString, expected);
    const QString folder = writeFolder(QString::fromLatin1(QTest::currentDataTag()), elements, dependencies, groups);
    auto service
        = openService(m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".bulwark")));
    auto result = exchange::Importer::run(*service, folder, {});
    QVERIFY(!result);
    QVERIFY2(result.error().toString().startsWith(expected), qPrintable(result.error().toString()));
    QCOMPARE(service->elementCount(), 0); // all or nothing
}

void tst_CsvFormat::importsFolder()
{
    const QString folder
        = writeFolder(QStringLiteral("good"),
                      QByteArray("\xEF\xBB\xBFkey,name,kind,criticality,mtd_min,tags,cmdb_id\r\n"
                                 "F-PAY,\"Payments, retail\",function,critical,240,retail;sepa,CI-1\r\n"
                                 "APP,App,application,,,,\r\nDC1,DC 1,facility,,,,\r\nDC2,DC 2,facility,,,,\r\n"),
                      QByteArray("from,to,strength,group\nF-PAY,APP,hard,\nAPP,DC1,hard,dc\nAPP,DC2,hard,dc\n"),
                      QByteArray("element,name,min_up,failover_min\nAPP,dc,1,15\n"));
    auto service = openService(m_dir.filePath(QStringLiteral("good.bulwark")));
    auto result = exchange::Importer::run(*service, QDir(folder).filePath(QStringLiteral("elements.csv")), {});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->elements.added, 4);
    QCOMPARE(result->dependencies.added, 3);
    QCOMPARE(result->groups.added, 1);
    const Element *f = service->element(QStringLiteral("F-PAY"));
    QCOMPARE(f->name, QStringLiteral("Payments, retail"));
    QCOMPARE(f->tags, (QStringList{QStringLiteral("retail"), QStringLiteral("sepa")}));
    QCOMPARE(f->attributes.value(u"cmdb_id").toString(), QStringLiteral("CI-1"));
    QCOMPARE(service->group(QStringLiteral("APP"), QStringLiteral("dc"))->failoverMin, 15);
}

void tst_CsvFormat::roundTrip()
{
    auto service = openService(m_dir.filePath(QStringLiteral("roundtrip.bulwark")));
    ChangeSet c = smallRegister();
    Element odd = element(QStringLiteral("ODD"));
    odd.description = QStringLiteral("quote \" comma , and\nline break");
    odd.attributes.insert(QStringLiteral("cmdb_id"), QStringLiteral("X-9"));
    c.add(odd);
    QVERIFY(service->apply(c));
    const QString folder = m_dir.filePath(QStringLiteral("exported"));
    QVERIFY(CsvFormat::writeFolder(service->snapshot(), folder));
    auto second = openService(m_dir.filePath(QStringLiteral("roundtrip2.bulwark")));
    auto result = exchange::Importer::run(*second, folder, {});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(second->snapshot(), service->snapshot());
}

QTEST_GUILESS_MAIN(tst_CsvFormat)
#include "tst_csvformat.moc"
