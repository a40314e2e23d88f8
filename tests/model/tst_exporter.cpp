// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/csvformat.h"
#include "model/exchange/exporter.h"
#include "model/exchange/formatregistry.h"
#include "model/exchange/importer.h"
#include "model/exchange/jsonformat.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::test;
using exchange::Exporter;
using exchange::ExportSettings;
using exchange::Format;
using exchange::FormatRegistry;
using exchange::FormatUse;

/// exchange::Exporter and the one list of formats (issue 11): what the window's file dialogs and the command line's
/// --format offer comes from FormatRegistry, and every export goes through Exporter.
class tst_Exporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesEveryFormat_data();
    void writesEveryFormat();
    void unwritableTargetFails_data();
    void unwritableTargetFails();
    void folderFormatNeedsAFolder();
    void encodeGivesTheFileBytes();
    void runReadsTheService();
    void fileDialogFilters();
    void suffixLookup_data();
    void suffixLookup();
    void detectAndRecognise();
    void idChoices();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RegisterService> m_service;
    RegisterData m_data;
};

void tst_Exporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = openService(m_dir.filePath(QStringLiteral("export.bulwark")));
    QVERIFY(m_service);
    QVERIFY(m_service->apply(smallRegister()));
    m_data = m_service->snapshot();
}

void tst_Exporter::writesEveryFormat_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("target");
    QTest::newRow("json") << Format::Json << QStringLiteral("register.json");
    QTest::newRow("csvFolder") << Format::Csv << QStringLiteral("csv-folder");
    QTest::newRow("autoJson") << Format::Auto << QStringLiteral("auto.json");
}

void tst_Exporter::writesEveryFormat()
{
    QFETCH(Format, format);
    QFETCH(QString, target);
    const QString path = m_dir.filePath(target);
    const auto written = Exporter::write(m_data, path, ExportSettings{format});
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    // What was written reads back as the same register.
    const auto read = exchange::Importer::read(path, format);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->elements.size(), m_data.elements.size());
    QCOMPARE(read->dependencies.size(), m_data.dependencies.size());
    QCOMPARE(read->groups.size(), m_data.groups.size());
    if (format == Format::Csv) {
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(QFileInfo::exists(QDir(path).filePath(QStringLiteral("elements.csv"))));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), exchange::JsonFormat::write(m_data)); // the canonical bytes
    }
}

void tst_Exporter::unwritableTargetFails_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("json") << Format::Json;
    QTest::newRow("csv") << Format::Csv;
}

void tst_Exporter::unwritableTargetFails()
{
    QFETCH(Format, format);
    // Inside a plain file: no folder can be made there, whoever runs the test (root passes permission checks).
    QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = m_dir.filePath(QStringLiteral("a-file/export"));
    const auto written = Exporter::write(m_data, path, ExportSettings{format});
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::Io);
    QVERIFY2(written.error().toString().contains(QStringLiteral("export")), qPrintable(written.error().toString()));
    QVERIFY(!QFileInfo::exists(path));
}

void tst_Exporter::folderFormatNeedsAFolder()
{
    const auto checked = Exporter::check(QString(), ExportSettings{Format::Csv});
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, Error::Code::Invalid);
    QVERIFY2(checked.error().message.contains(QStringLiteral("folder")), qPrintable(checked.error().message));
    QVERIFY(Exporter::check(QString(), ExportSettings{Format::Json})); // standard output
    QVERIFY(!Exporter::write(m_data, QString(), ExportSettings{Format::Json}));
    QVERIFY(!Exporter::check(QStringLiteral("x"), ExportSettings{Format(42)}));
}

void tst_Exporter::encodeGivesTheFileBytes()
{
    const auto json = Exporter::encode(m_data, Format::Json);
    QVERIFY(json);
    QCOMPARE(*json, exchange::JsonFormat::write(m_data));
    const auto csv = Exporter::encode(m_data, Format::Csv);
    QVERIFY(!csv);
    QCOMPARE(csv.error().code, Error::Code::Invalid);
}

void tst_Exporter::runReadsTheService()
{
    const QString path = m_dir.filePath(QStringLiteral("run.json"));
    double last = -1;
    Feedback feedback([&last](double percent) { last = percent; });
    QVERIFY(Exporter::run(*m_service, path, ExportSettings{Format::Json}, &feedback));
    QCOMPARE(last, 100.0);
    QVERIFY(QFileInfo::exists(path));

    Feedback canceled;
    canceled.cancel();
    const QString never = m_dir.filePath(QStringLiteral("canceled.json"));
    const auto result = Exporter::run(*m_service, never, ExportSettings{Format::Json}, &canceled);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Canceled);
    QVERIFY(!QFileInfo::exists(never));
}

void tst_Exporter::fileDialogFilters()
{
    // Issue 17: the maps of other tools are offered between Bulwark's own formats and "All files".
    const QString read = FormatRegistry::fileDialogFilters(FormatUse::Read);
    QVERIFY2(read.startsWith(QStringLiteral("bulwark-register JSON (*.json);;CSV files in a folder (elements.csv);;")),
             qPrintable(read));
    QVERIFY(read.endsWith(QStringLiteral(";;All files (*)")));
    QCOMPARE(FormatRegistry::fileDialogFilters(FormatUse::Write),
             QStringLiteral("bulwark-register JSON (*.json);;CSV files in a folder (*)"));
    // Each filter leads back to its format; "All files" (only when opening) to none.
    for (const FormatUse use : {FormatUse::Read, FormatUse::Write}) {
        QStringList filters = FormatRegistry::fileDialogFilters(use).split(QStringLiteral(";;"));
        const QList<exchange::FormatInfo> formats = FormatRegistry::formats(use);
        if (use == FormatUse::Read)
            QCOMPARE(filters.takeLast(), QStringLiteral("All files (*)"));
        QCOMPARE(filters.size(), formats.size());
        for (qsizetype i = 0; i < formats.size(); ++i) {
            const auto found = FormatRegistry::fromFileDialogFilter(filters.at(i), use);
            QVERIFY(found);
            QCOMPARE(found->format, formats.at(i).format);
        }
        QVERIFY(!FormatRegistry::fromFileDialogFilter(QStringLiteral("All files (*)"), use));
    }
}

void tst_Exporter::suffixLookup_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("id");
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("json");
    QTest::newRow("upperCase") << QStringLiteral("JSON") << QStringLiteral("json");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("csv");
    QTest::newRow("unknown") << QStringLiteral("xlsx") << QString();
    QTest::newRow("none") << QString() << QString();
}

void tst_Exporter::suffixLookup()
{
    QFETCH(QString, suffix);
    QFETCH(QString, id);
    const auto found = FormatRegistry::fromSuffix(suffix);
    QCOMPARE(found ? found->id : QString(), id);
    if (found) {
        QCOMPARE(FormatRegistry::fromId(id)->format, found->format);
        QCOMPARE(FormatRegistry::find(found->format)->id, id);
    }
}

void tst_Exporter::detectAndRecognise()
{
    const QString folder = m_dir.filePath(QStringLiteral("recognise"));
    QVERIFY(Exporter::write(m_data, folder, ExportSettings{Format::Csv}));
    QCOMPARE(FormatRegistry::detect(folder), Format::Csv);
    QCOMPARE(FormatRegistry::detect(QStringLiteral("x.CSV")), Format::Csv);
    QCOMPARE(FormatRegistry::detect(QStringLiteral("x.json")), Format::Json);
    QCOMPARE(FormatRegistry::detect(QStringLiteral("x.txt")), Format::Json); // the first readable format
    QCOMPARE(exchange::Importer::detect(folder), FormatRegistry::detect(folder));

    QCOMPARE(FormatRegistry::recognise(folder)->format, Format::Csv);
    QCOMPARE(FormatRegistry::recognise(QDir(folder).filePath(QStringLiteral("elements.csv")))->format, Format::Csv);
    QVERIFY(!FormatRegistry::recognise(QDir(folder).filePath(QStringLiteral("groups.csv"))));
    QCOMPARE(FormatRegistry::recognise(QStringLiteral("/tmp/register.json"))->format, Format::Json);
    QVERIFY(!FormatRegistry::recognise(m_dir.path())); // a folder without elements.csv
    QVERIFY(!FormatRegistry::recognise(QStringLiteral("register.bulwark")));
}

void tst_Exporter::idChoices()
{
    QCOMPARE(FormatRegistry::ids(FormatUse::Write), (QStringList{QStringLiteral("json"), QStringLiteral("csv")}));
    // Issue 17: the maps of other tools are read after Bulwark's own two formats.
    QCOMPARE(FormatRegistry::ids(FormatUse::Read).mid(0, 2),
             (QStringList{QStringLiteral("json"), QStringLiteral("csv")}));
    QCOMPARE(FormatRegistry::idChoices(FormatUse::Write), QStringLiteral("json or csv"));
    for (const exchange::FormatInfo &info : FormatRegistry::formats())
        QVERIFY2(info.canRead() || info.canWrite(), qPrintable(info.id));
}

QTEST_GUILESS_MAIN(tst_Exporter)
#include "tst_exporter.moc"
