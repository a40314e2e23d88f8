// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/roi/codes.h"
#include "model/roi/package.h"
#include "model/roi/templates.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <functional>
#include <optional>

using namespace bulwark;
using namespace bulwark::roi;
using namespace Qt::StringLiterals;

namespace {

const QString sampleName = u"DUMMYLEI123456789012.CON_FR_DORA010100_DORA_2024-12-31_20241213174803429"_s;

/// The EBA's sample package from ../shared/samples/dora-register (never copied into the repository).
QByteArray sample()
{
    QFile file(QStringLiteral(BULWARK_SAMPLES_DIR "/dora-register/") + sampleName + u".zip"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

/// An LEI with valid ISO 7064 MOD 97-10 check digits after an 18-character prefix.
QString validLei(const QString &prefix)
{
    int remainder = 0;
    for (const QChar c : prefix + u"00"_s) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
    }
    return prefix + u"%1"_s.arg(98 - remainder, 2, 10, QLatin1Char('0'));
}

const QDateTime stamp(QDate(2025, 4, 10), QTime(9, 30, 15, 42));

/// Two rows in every template (one in B_99.01) with values that test the CSV: commas, quotes, line ends, text
/// that is not ASCII, empty values; B_03.03 empty and B_99.01 not reported.
Report richReport()
{
    Report report;
    report.lei = validLei(u"5299000J2N45DDNE4Y"_s);
    report.consolidation = Consolidation::Individual;
    report.referenceDate = QDate(2025, 3, 31);
    report.country = u"DE"_s;
    for (const Template &tmpl : templates()) {
        Table &table = report.table(tmpl.id);
        if (tmpl.id == TemplateId::B0303)
            continue;
        const int rows = tmpl.id == TemplateId::B9901 ? 1 : 2;
        for (int r = 0; r < rows; ++r) {
            Row row;
            for (const Column &column : tmpl.columns)
                row.values.append(
                    u"%1-%2-%3"_s.arg(QLatin1StringView(tmpl.code)).arg(r).arg(QLatin1StringView(column.code)));
            table.rows.push_back(row);
        }
    }
    QStringList &tricky = report.table(TemplateId::B0201).rows[0].values;
    tricky[0] = u"Müller, Söhne & Co."_s;
    tricky[1] = u"say \"hi\""_s;
    tricky[2] = u"two\r\nlines"_s;
    tricky[3] = QString();
    tricky[4] = u" lone\rCR "_s;
    report.table(TemplateId::B0201).rows[1].values[0] = u"lone\nLF"_s;
    report.table(TemplateId::B9901).reported = false;
    return report;
}

/// One entry of the central directory, as a ZIP reader sees it.
struct CentralEntry {
    QByteArray name;
    quint16 madeBy = 0;
    quint16 method = 0;
    quint16 time = 0;
    quint16 date = 0;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
    quint16 extraLength = 0;
    quint16 commentLength = 0;
    quint32 attributes = 0;
    quint32 localOffset = 0;
    quint16 localExtraLength = 0;
    QByteArray data; ///< as stored (compressed)
};

quint16 u16(const QByteArray &b, qsizetype at)
{
    return quint16(uchar(b[at]) | uchar(b[at + 1]) << 8);
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return quint32(u16(b, at)) | quint32(u16(b, at + 2)) << 16;
}

/// The central directory of `zip`, read by hand so the test does not trust the library it checks.
std::vector<CentralEntry> centralDirectory(const QByteArray &zip)
{
    std::vector<CentralEntry> entries;
    const qsizetype end = zip.lastIndexOf(QByteArrayView("PK\x05\x06"));
    if (end < 0)
        return entries;
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    for (int i = 0; i < count; ++i) {
        if (zip.mid(at, 4) != QByteArrayView("PK\x01\x02"))
            return {};
        CentralEntry e;
        e.madeBy = u16(zip, at + 4);
        e.method = u16(zip, at + 10);
        e.time = u16(zip, at + 12);
        e.date = u16(zip, at + 14);
        e.crc = u32(zip, at + 16);
        e.compressedSize = u32(zip, at + 20);
        e.size = u32(zip, at + 24);
        const quint16 nameLength = u16(zip, at + 28);
        e.extraLength = u16(zip, at + 30);
        e.commentLength = u16(zip, at + 32);
        e.attributes = u32(zip, at + 38);
        e.localOffset = u32(zip, at + 42);
        e.name = zip.mid(at + 46, nameLength);
        const quint16 localNameLength = u16(zip, e.localOffset + 26);
        e.localExtraLength = u16(zip, e.localOffset + 28);
        e.data = zip.mid(e.localOffset + 30 + localNameLength + e.localExtraLength, e.compressedSize);
        entries.push_back(e);
        at += 46 + nameLength + e.extraLength + e.commentLength;
    }
    return entries;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= uchar(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/// An entry for a hand-made ZIP: stored as is unless a method and sizes are given (for ZIP bombs).
struct RawEntry {
    QByteArray name;
    QByteArray data;
    quint16 method = 0;
    std::optional<quint32> size;
    std::optional<quint32> crc;
};

/// A ZIP written by hand (no library), for packages that Bulwark would never write.
QByteArray handZip(const std::vector<RawEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    QDataStream local(&out, QIODevice::WriteOnly);
    local.setByteOrder(QDataStream::LittleEndian);
    QDataStream dir(&central, QIODevice::WriteOnly);
    dir.setByteOrder(QDataStream::LittleEndian);
    for (const RawEntry &e : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = e.crc.value_or(crc32(e.data));
        const quint32 size = e.size.value_or(quint32(e.data.size()));
        local << quint32(0x04034b50) << quint16(20) << quint16(0) << e.method << quint16(0) << quint16(0x21) << crc
              << quint32(e.data.size()) << size << quint16(e.name.size()) << quint16(0);
        local.writeRawData(e.name.constData(), int(e.name.size()));
        local.writeRawData(e.data.constData(), int(e.data.size()));
        dir << quint32(0x02014b50) << quint16(20) << quint16(20) << quint16(0) << e.method << quint16(0)
            << quint16(0x21) << crc << quint32(e.data.size()) << size << quint16(e.name.size()) << quint16(0)
            << quint16(0) << quint16(0) << quint16(0) << quint32(0) << offset;
        dir.writeRawData(e.name.constData(), int(e.name.size()));
    }
    const quint32 centralOffset = quint32(out.size());
    local.writeRawData(central.constData(), int(central.size()));
    local << quint32(0x06054b50) << quint16(0) << quint16(0) << quint16(entries.size()) << quint16(entries.size())
          << quint32(central.size()) << centralOffset << quint16(0);
    return out;
}

/// The sample's files, changed by `change`, in a hand-made ZIP.
QByteArray sampleWith(const std::function<void(std::vector<PackageFile> &)> &change)
{
    auto files = unpackPackage(sample(), u"sample.zip"_s);
    if (!files)
        qFatal("the sample does not unpack: %s", qPrintable(files.error().toString()));
    change(*files);
    std::vector<RawEntry> entries;
    for (const PackageFile &file : *files)
        entries.push_back({file.path.toUtf8(), file.bytes, 0, {}, {}});
    return handZip(entries);
}

PackageFile &fileOf(std::vector<PackageFile> &files, const QString &name)
{
    for (PackageFile &file : files) {
        if (file.path.endsWith(u'/' + name))
            return file;
    }
    qFatal("no %s in the sample", qPrintable(name));
}

/// The bytes of the entry `name` (a path after the package's folder) of a package.
QByteArray entryBytes(const QByteArray &zip, const QString &name)
{
    const auto files = unpackPackage(zip, u"package.zip"_s);
    if (!files)
        return {};
    for (const PackageFile &file : *files) {
        if (file.path.section(u'/', 1) == name)
            return file.bytes;
    }
    return {};
}

void compareReports(const Report &actual, const Report &expected)
{
    QCOMPARE(actual.lei, expected.lei);
    QCOMPARE(actual.consolidation, expected.consolidation);
    QCOMPARE(actual.referenceDate, expected.referenceDate);
    QCOMPARE(actual.country, expected.country);
    QCOMPARE(actual.baseCurrency, expected.baseCurrency);
    for (const Template &tmpl : templates()) {
        const Table &a = actual.table(tmpl.id);
        const Table &e = expected.table(tmpl.id);
        QVERIFY2(a.reported == e.reported, tmpl.code);
        QVERIFY2(a.rows.size() == e.rows.size(), tmpl.code);
        for (std::size_t r = 0; r < a.rows.size(); ++r) {
            QCOMPARE(a.rows[r].values, e.rows[r].values);
            QVERIFY(a.rows[r].sources.empty());
        }
    }
}

} // namespace

class tst_RoiPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packageName_pattern();
    void sample_reads();
    void sample_roundTrip();
    void roundTrip();
    void deterministic();
    void entries_layout();
    void entries_noExtrasAndTime();
    void csv_headers();
    void csv_lineEndsAndQuoting();
    void metadata_asTheSample();
    void write_refuses_data();
    void write_refuses();
    void writeFile();
    void read_tolerant();
    void read_errors_data();
    void read_errors();
};

void tst_RoiPackage::packageName_pattern()
{
    Report report;
    report.lei = u"DUMMYLEI123456789012"_s;
    report.consolidation = Consolidation::Consolidated;
    report.country = u"FR"_s;
    report.referenceDate = QDate(2024, 12, 31);
    QCOMPARE(packageName(report, QDateTime(QDate(2024, 12, 13), QTime(17, 48, 3, 429))), sampleName);
    report.consolidation = Consolidation::Individual;
    report.country = u"DE"_s;
    QCOMPARE(packageName(report, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 6))),
             u"DUMMYLEI123456789012.IND_DE_DORA010100_DORA_2024-12-31_20250102030405006"_s);
}

void tst_RoiPackage::sample_reads()
{
    const auto report = readPackage(sample(), sampleName + u".zip"_s);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->lei, u"DUMMYLEI123456789012"_s);
    QCOMPARE(report->consolidation, Consolidation::Consolidated);
    QCOMPARE(report->referenceDate, QDate(2024, 12, 31));
    QCOMPARE(report->country, u"FR"_s);
    QCOMPARE(report->baseCurrency, u"EUR"_s);
    for (const Template &tmpl : templates()) {
        const Table &table = report->table(tmpl.id);
        QVERIFY2(table.reported, tmpl.code);
        QVERIFY2(table.rows.size() == (tmpl.id == TemplateId::B9901 ? 1u : 2u), tmpl.code);
        for (const Row &row : table.rows) {
            QCOMPARE(row.values.size(), qsizetype(tmpl.columns.size()));
            QVERIFY(row.sources.empty());
            for (const QString &value : row.values)
                QVERIFY2(!value.isEmpty(), tmpl.code); // every column of the sample is filled
        }
    }
    // Shuffled headers: B_06.01 starts with c0040, B_02.02 ends with c0040.
    const Template &b0601 = templateOf(TemplateId::B0601);
    const Row &function = report->table(TemplateId::B0601).rows[0];
    QCOMPARE(function.value(b0601.column(u"c0040")), u"ljexgeca"_s);
    QCOMPARE(function.value(b0601.column(u"c0010")), u"noxhckao"_s);
    QCOMPARE(function.value(b0601.column(u"c0050")), u"eba_BT:x21"_s);
    QCOMPARE(report->table(TemplateId::B0601).rows[1].value(b0601.column(u"c0040")), u"cugjculc"_s);
    const Template &b0202 = templateOf(TemplateId::B0202);
    const Row &service = report->table(TemplateId::B0202).rows[1];
    QCOMPARE(service.value(b0202.column(u"c0040")), u"eba_qCO:qx2000"_s);
    QCOMPARE(service.value(b0202.column(u"c0150")), u"eba_GA:AT"_s);
    QCOMPARE(service.value(b0202.column(u"c0100")), u"879"_s);
    QCOMPARE(service.value(b0202.column(u"c0110")), u"991"_s);
    const Template &b9901 = templateOf(TemplateId::B9901);
    QCOMPARE(report->table(TemplateId::B9901).rows[0].value(b9901.column(u"c0110")), u"qptdksxk"_s);
    QCOMPARE(report->table(TemplateId::B9901).rows[0].value(b9901.column(u"c0090")), u"bnvvuffn"_s);
}

void tst_RoiPackage::sample_roundTrip()
{
    // The sample's values, written by Bulwark (with a valid LEI) and read back, are the same.
    auto report = readPackage(sample(), sampleName + u".zip"_s);
    QVERIFY(report);
    report->lei = validLei(u"DUMMYLEI1234567890"_s);
    const auto written = writePackage(*report, stamp);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    qInfo("the sample as Bulwark writes it: %lld bytes (the EBA's: %lld)",
          qint64(written->size()),
          qint64(sample().size()));
    const auto read = readPackage(*written, packageName(*report, stamp) + u".zip"_s);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    compareReports(*read, *report);
}

void tst_RoiPackage::roundTrip()
{
    const Report report = richReport();
    const auto written = writePackage(report, stamp);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    const auto read = readPackage(*written, packageName(report, stamp) + u".zip"_s);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    compareReports(*read, report);
    QCOMPARE(read->table(TemplateId::B0201).rows[0].values[2], u"two\r\nlines"_s);

    // Consolidated, another currency; the country comes from the folder when the file was renamed.
    Report other = report;
    other.consolidation = Consolidation::Consolidated;
    other.baseCurrency = u"SEK"_s;
    other.country = u"SE"_s;
    const auto again = writePackage(other, stamp);
    QVERIFY(again);
    const auto renamed = readPackage(*again, u"/tmp/download (1).zip"_s);
    QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().toString()));
    compareReports(*renamed, other);
}

void tst_RoiPackage::deterministic()
{
    const Report report = richReport();
    const auto first = writePackage(report, stamp);
    const auto second = writePackage(report, stamp);
    QVERIFY(first && second);
    QCOMPARE(*first, *second);

    // The same in other time zones, for a local and a UTC timestamp: the entries' times are the timestamp's own
    // fields (as in the package's name), whatever the machine's zone.
    const QDateTime utc(stamp.date(), stamp.time(), Qt::UTC);
    const auto utcFirst = writePackage(report, utc);
    QVERIFY(utcFirst);
    struct ZoneGuard {
        QByteArray old = qgetenv("TZ");
        bool wasSet = qEnvironmentVariableIsSet("TZ");
        ~ZoneGuard()
        {
            if (wasSet)
                qputenv("TZ", old);
            else
                qunsetenv("TZ");
            tzset();
        }
    } guard;
    for (const char *zone : {"JST-9", "PST8PDT,M3.2.0,M11.1.0"}) {
        qputenv("TZ", zone);
        tzset();
        const auto local = writePackage(report, stamp);
        const auto universal = writePackage(report, utc);
        QVERIFY(local && universal);
        QVERIFY2(*local == *first, zone);
        QVERIFY2(*universal == *utcFirst, zone);
    }
    const auto entries = centralDirectory(*utcFirst);
    QVERIFY(!entries.empty());
    QCOMPARE(entries.front().time, quint16(9 << 11 | 30 << 5 | 15 / 2));

    // A different timestamp gives a different package (name and times).
    const auto later = writePackage(report, stamp.addSecs(2));
    QVERIFY(later);
    QVERIFY(*later != *first);
}

void tst_RoiPackage::entries_layout()
{
    const Report report = richReport();
    const auto zip = writePackage(report, stamp);
    QVERIFY(zip);
    const QString name = packageName(report, stamp);
    QStringList expected{
        name + u'/', name + u"/META-INF/"_s, name + u"/META-INF/reportPackage.json"_s, name + u"/reports/"_s};
    for (const Template &tmpl : templates())
        expected.append(name + u"/reports/"_s + QLatin1StringView(tmpl.file));
    expected << name + u"/reports/FilingIndicators.csv"_s << name + u"/reports/parameters.csv"_s
             << name + u"/reports/report.json"_s;
    QCOMPARE(expected.size(), 22);

    QStringList central;
    for (const CentralEntry &e : centralDirectory(*zip))
        central.append(QString::fromUtf8(e.name));
    QCOMPARE(central, expected);

    // The sample's own layout is the same, name for name.
    QStringList sampleEntries;
    for (const CentralEntry &e : centralDirectory(sample()))
        sampleEntries.append(QString::fromUtf8(e.name).replace(sampleName, name));
    QCOMPARE(sampleEntries, expected);
}

void tst_RoiPackage::entries_noExtrasAndTime()
{
    const auto zip = writePackage(richReport(), stamp);
    QVERIFY(zip);
    const auto entries = centralDirectory(*zip);
    QCOMPARE(entries.size(), std::size_t(22));
    // 2025-04-10 09:30:15 as DOS date and time (two-second steps).
    const quint16 date = quint16((2025 - 1980) << 9 | 4 << 5 | 10);
    const quint16 time = quint16(9 << 11 | 30 << 5 | 15 / 2);
    for (const CentralEntry &e : entries) {
        const bool folder = e.name.endsWith('/');
        QVERIFY2(e.extraLength == 0 && e.localExtraLength == 0 && e.commentLength == 0, e.name.constData());
        QVERIFY2(e.date == date && e.time == time, e.name.constData());
        QVERIFY2(e.method == (folder ? 0 : 8), e.name.constData());
        QVERIFY2(e.madeBy >> 8 == 3, e.name.constData()); // Unix
        QVERIFY2(e.attributes >> 16 == (folder ? 040755u : 0100644u), e.name.constData());
    }
}

void tst_RoiPackage::csv_headers()
{
    Report report = richReport();
    const auto zip = writePackage(report, stamp);
    QVERIFY(zip);
    for (const Template &tmpl : templates()) {
        QByteArray header;
        for (const Column &column : tmpl.columns)
            header += (header.isEmpty() ? "" : ",") + QByteArray(column.code);
        const QByteArray bytes = entryBytes(*zip, u"reports/"_s + QLatin1StringView(tmpl.file));
        QVERIFY2(bytes.startsWith(header + "\r\n"), tmpl.file);
        if (report.table(tmpl.id).rows.empty())
            QCOMPARE(bytes, header + "\r\n"); // header only
    }
    QCOMPARE(entryBytes(*zip, u"reports/b_03.03.csv"_s), QByteArray("c0010,c0020,c0031\r\n"));
    QCOMPARE(entryBytes(*zip, u"reports/b_01.03.csv"_s),
             QByteArray("c0010,c0020,c0030,c0040\r\n"
                        "B_01.03-0-c0010,B_01.03-0-c0020,B_01.03-0-c0030,B_01.03-0-c0040\r\n"
                        "B_01.03-1-c0010,B_01.03-1-c0020,B_01.03-1-c0030,B_01.03-1-c0040\r\n"));
}

void tst_RoiPackage::csv_lineEndsAndQuoting()
{
    const Report report = richReport();
    const auto zip = writePackage(report, stamp);
    QVERIFY(zip);
    const QByteArray b0201 = entryBytes(*zip, u"reports/b_02.01.csv"_s);
    QCOMPARE(b0201,
             QByteArray("c0010,c0020,c0030,c0040,c0050\r\n"
                        "\"M\xc3\xbcller, S\xc3\xb6hne & Co.\",\"say \"\"hi\"\"\",\"two\r\nlines\",,"
                        "\" lone\rCR \"\r\n"
                        "\"lone\nLF\",B_02.01-1-c0020,B_02.01-1-c0030,B_02.01-1-c0040,B_02.01-1-c0050\r\n"));
    QCOMPARE(entryBytes(*zip, u"reports/parameters.csv"_s),
             QByteArray("name,value\r\n"
                        "entityID,rs:")
                 + report.lei.toLatin1()
                 + QByteArray(".IND\r\n"
                              "refPeriod,2025-03-31\r\n"
                              "baseCurrency,iso4217:EUR\r\n"
                              "decimalsInteger,0\r\n"
                              "decimalsMonetary,-3\r\n"));
    QByteArray indicators("templateID,reported\r\n");
    for (const Template &tmpl : templates())
        indicators += QByteArray(tmpl.code) + (tmpl.id == TemplateId::B9901 ? ",false\r\n" : ",true\r\n");
    QCOMPARE(entryBytes(*zip, u"reports/FilingIndicators.csv"_s), indicators);

    // Every CSV: no byte order mark, every line ended by CR LF (a line end outside quotes is never a bare LF).
    for (const Template &tmpl : templates()) {
        const QByteArray bytes = entryBytes(*zip, u"reports/"_s + QLatin1StringView(tmpl.file));
        QVERIFY2(!bytes.startsWith("\xEF\xBB\xBF"), tmpl.file);
        QVERIFY2(bytes.endsWith("\r\n"), tmpl.file);
        if (tmpl.id != TemplateId::B0201)
            QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
    }
}

void tst_RoiPackage::metadata_asTheSample()
{
    const auto zip = writePackage(richReport(), stamp);
    QVERIFY(zip);
    const QByteArray eba = sample();
    QCOMPARE(entryBytes(*zip, u"META-INF/reportPackage.json"_s), entryBytes(eba, u"META-INF/reportPackage.json"_s));
    QCOMPARE(entryBytes(*zip, u"reports/report.json"_s), entryBytes(eba, u"reports/report.json"_s));
    const QByteArray parameters = entryBytes(*zip, u"reports/parameters.csv"_s);
    const QByteArray ebaParameters = entryBytes(eba, u"reports/parameters.csv"_s);
    QCOMPARE(parameters.mid(parameters.indexOf("baseCurrency")),
             ebaParameters.mid(ebaParameters.indexOf("baseCurrency")));
    QVERIFY(entryBytes(*zip, u"reports/report.json"_s).contains(facts::value("module").toUtf8()));
}

void tst_RoiPackage::write_refuses_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("noLei") << u"lei"_s << QString() << u"LEI"_s;
    QTest::newRow("badCheckDigits") << u"lei"_s << u"DUMMYLEI123456789012"_s
                                    << u"'DUMMYLEI123456789012' is not a valid LEI"_s;
    QTest::newRow("noReferenceDate") << u"date"_s << QString() << u"reference date"_s;
    QTest::newRow("noCountry") << u"country"_s << QString() << u"country of the competent authority"_s;
    QTest::newRow("badCountry") << u"country"_s << u"XX"_s << u"'XX' is not one"_s;
    QTest::newRow("badCurrency") << u"currency"_s << u"EURO"_s << u"'EURO' is not one"_s;
    QTest::newRow("shortRow") << u"row"_s << QString()
                              << u"B_02.02, row 2: the row has 17 values, the template 18 columns"_s;
}

void tst_RoiPackage::write_refuses()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    Report report = richReport();
    if (field == u"lei")
        report.lei = value;
    else if (field == u"date")
        report.referenceDate = QDate();
    else if (field == u"country")
        report.country = value;
    else if (field == u"currency")
        report.baseCurrency = value;
    else
        report.table(TemplateId::B0202).rows[1].values.removeLast();
    const auto zip = writePackage(report, stamp);
    QVERIFY(!zip);
    QVERIFY2(zip.error().message.contains(message), qPrintable(zip.error().message));
    QCOMPARE(zip.error().code, Error::Code::Invalid);
    QVERIFY(!writePackage(richReport(), QDateTime()));
}

void tst_RoiPackage::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Report report = richReport();
    const auto path = writePackageFile(dir.path(), report, stamp);
    QVERIFY2(path, qPrintable(path ? QString() : path.error().toString()));
    QCOMPARE(*path, dir.filePath(packageName(report, stamp) + u".zip"_s));
    QFile file(*path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), *writePackage(report, stamp));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left
    QVERIFY(!writePackageFile(dir.filePath(u"missing/folder"_s), report, stamp));
}

void tst_RoiPackage::read_tolerant()
{
    // The files at the root (no folder), upper-case file names, a template without a file (and without an
    // indicator), LF line ends, no line end at the end, a byte order mark, a blank line, fewer columns than the
    // template (the others empty).
    const QByteArray zip = sampleWith([](std::vector<PackageFile> &files) {
        std::vector<PackageFile> changed;
        for (PackageFile file : files) {
            file.path = file.path.section(u'/', 1);
            if (file.path.isEmpty() || file.path.endsWith(u"b_05.02.csv"))
                continue;
            if (file.path.endsWith(u"b_01.01.csv"))
                file.path = u"reports/B_01.01.CSV"_s;
            if (file.path.endsWith(u"FilingIndicators.csv"))
                file.bytes.replace("B_05.02,true\r\n", "");
            if (file.path.endsWith(u"b_01.03.csv"))
                file.bytes = "\xEF\xBB\xBF"
                             "c0040,c0010\nx,y\n\nz,w";
            changed.push_back(file);
        }
        files = changed;
    });
    const auto report = readPackage(zip, u"upload.zip"_s);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->lei, u"DUMMYLEI123456789012"_s);
    QCOMPARE(report->country, QString()); // the name does not follow the pattern
    QCOMPARE(report->table(TemplateId::B0101).rows.size(), std::size_t(2));
    QVERIFY(report->table(TemplateId::B0101).reported);
    QVERIFY(report->table(TemplateId::B0502).rows.empty());
    QVERIFY(!report->table(TemplateId::B0502).reported);
    const Table &branches = report->table(TemplateId::B0103);
    QCOMPARE(branches.rows.size(), std::size_t(2));
    QCOMPARE(branches.rows[0].values, (QStringList{u"y"_s, QString(), QString(), u"x"_s}));
    QCOMPARE(branches.rows[1].values, (QStringList{u"w"_s, QString(), QString(), u"z"_s}));
}

void tst_RoiPackage::read_errors_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<QString>("message");

    const auto replaceIn = [](const QString &name, const QByteArray &from, const QByteArray &to) {
        return sampleWith([=](std::vector<PackageFile> &files) {
            PackageFile &file = fileOf(files, name);
            if (!file.bytes.contains(from))
                qFatal("%s does not hold %s", qPrintable(name), from.constData());
            file.bytes.replace(from, to);
        });
    };
    QTest::newRow("notZip") << QByteArray("name,value\r\n") << u"This is not a ZIP file"_s;
    QTest::newRow("empty") << QByteArray() << u"This is not a ZIP file"_s;
    QTest::newRow("truncated") << sample().left(4000) << u"This is not a ZIP file"_s;
    QTest::newRow("unknownColumn") << replaceIn(u"b_02.02.csv"_s, "c0010,c0020,", "c0010,c0999,")
                                   << u"reports/b_02.02.csv, line 1: unknown column 'c0999'"_s;
    QTest::newRow("duplicateColumn") << replaceIn(u"b_06.01.csv"_s, "c0040,c0010,", "c0010,c0010,")
                                     << u"reports/b_06.01.csv, line 1: the column 'c0010' is in the header twice"_s;
    QTest::newRow("rowTooShort") << replaceIn(u"b_02.02.csv"_s, "eba_GA:AT,eba_GA:AT,", "eba_GA:AT,")
                                 << u"reports/b_02.02.csv, line 3: the row has 17 values but the header 18 columns"_s;
    QTest::newRow("rowTooLong") << replaceIn(u"b_03.01.csv"_s, "thyhwmrt,", "thyhwmrt,extra,")
                                << u"reports/b_03.01.csv, line 2: the row has 4 values but the header 3 columns"_s;
    QTest::newRow("notUtf8") << replaceIn(u"b_01.01.csv"_s, "fhjfguxw,", "fhj\xe9guxw,")
                             << u"reports/b_01.01.csv, line 2: column 4: the file is not valid UTF-8 (byte 0xe9)"_s;
    QTest::newRow("invalidDate") << replaceIn(u"parameters.csv"_s, "2024-12-31", "2024-02-30")
                                 << u"reports/parameters.csv, line 3: refPeriod '2024-02-30' is not a valid date"_s;
    QTest::newRow("badEntityId") << replaceIn(u"parameters.csv"_s, ".CON\r\n", ".GRP\r\n")
                                 << u"reports/parameters.csv, line 2: entityID must be rs:<LEI>.IND"_s;
    QTest::newRow("unknownTemplate") << replaceIn(u"FilingIndicators.csv"_s, "B_07.01,", "B_08.01,")
                                     << u"reports/FilingIndicators.csv, line 15: unknown template 'B_08.01'"_s;
    QTest::newRow("badIndicator") << replaceIn(u"FilingIndicators.csv"_s, "B_07.01,true", "B_07.01,yes")
                                  << u"reports/FilingIndicators.csv, line 15: reported must be true or false"_s;
    QTest::newRow("openQuote") << replaceIn(u"b_03.02.csv"_s, "xrimtrkc,", "\"xrimtrkc,")
                               << u"reports/b_03.02.csv, line 2: a quoted value is not closed"_s;
    QTest::newRow("missingReports") << sampleWith([](std::vector<PackageFile> &files) {
        for (PackageFile &file : files)
            file.path.replace(u"/reports/"_s, u"/data/"_s);
    }) << u"The package has no reports/ folder"_s;
    QTest::newRow("missingParameters") << sampleWith([](std::vector<PackageFile> &files) {
        std::erase_if(files, [](const PackageFile &f) { return f.path.endsWith(u"parameters.csv"); });
    }) << u"reports/parameters.csv is missing"_s;

    // ZIP bombs: refused on the sizes the ZIP declares, before inflating, and while inflating.
    std::vector<RawEntry> many;
    for (int i = 0; i < 201; ++i)
        many.push_back({"p/reports/f" + QByteArray::number(i) + ".csv", "x", 0, {}, {}});
    QTest::newRow("tooManyEntries") << handZip(many) << u"The package holds 201 files; more than 200"_s;
    const QByteArray deflated = QByteArray::fromHex("4b4c4a4e4901000000"); // not inflated: any bytes do
    QTest::newRow("declaredTooBig") << handZip({{"p/reports/b_01.01.csv", deflated, 8, 0x7FFFFFFFu, 0}})
                                    << u"unpacks to more than 1 GiB"_s;
    QTest::newRow("declaredTooBigInAll") << handZip({{"p/reports/b_01.01.csv", deflated, 8, 0x30000000u, 0},
                                                     {"p/reports/b_01.02.csv", deflated, 8, 0x30000000u, 0}})
                                         << u"unpacks to more than 1 GiB"_s;
    // A real deflated entry that declares fewer bytes than it holds.
    const auto written = writePackage(richReport(), stamp);
    for (const CentralEntry &e : centralDirectory(*written)) {
        if (e.name.endsWith("b_02.02.csv"))
            QTest::newRow("inflatesBeyondDeclared")
                << handZip({{"p/reports/b_02.02.csv", e.data, 8, 100u, e.crc}})
                << u"reports/b_02.02.csv: the file unpacks to more than the package declares"_s;
    }
}

void tst_RoiPackage::read_errors()
{
    QFETCH(QByteArray, zip);
    QFETCH(QString, message);
    const auto report = readPackage(zip, u"in.zip"_s);
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
    QCOMPARE(report.error().file, u"in.zip"_s);
}

QTEST_GUILESS_MAIN(tst_RoiPackage)
#include "tst_roipackage.moc"
