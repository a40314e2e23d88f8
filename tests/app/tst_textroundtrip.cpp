// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// Issue 10, "text that changes on its way in", through the real executable: every tricky value is either refused
/// with a field error, leaving the register as it was and its audit trail intact, or stored and read back byte for
/// byte through add, set, import (JSON and CSV), show --json, export (JSON and CSV), a re-import that changes
/// nothing, and verify.
class tst_TextRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trickyText_data();
    void trickyText();
    void invalidUtf8Arguments_data();
    void invalidUtf8Arguments();
    void bomStartingAnArgument();
    void attributeNumbers_data();
    void attributeNumbers();
    void malformedJson_data();
    void malformedJson();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run bulwark(const QStringList &arguments) const;
    Run shell(const QString &script, const QStringList &arguments) const;
    QString newRegister(const QString &name) const;
    QByteArray exportJson(const QString &db) const;
    QJsonObject shown(const QString &db, const QString &key) const;
    QJsonObject importCounts(const QString &db, const QString &path) const;
    QString writeFile(const QString &name, const QByteArray &content) const;
    QTemporaryDir m_dir;
};

namespace {

QString codePoints(std::initializer_list<char32_t> list)
{
    QString s;
    for (const char32_t c : list) {
        if (c > 0xffff)
            s += QString::fromUcs4(&c, 1);
        else
            s += QChar(char16_t(c));
    }
    return s;
}

bool hasLoneSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
            ++i;
        else if (s[i].isSurrogate())
            return true;
    }
    return false;
}

/// UTF-8 as a careless writer would produce it: a lone surrogate encoded on its own (which is not valid UTF-8).
QByteArray looseUtf8(const QString &s)
{
    QByteArray out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isSurrogate() && !(s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())) {
            const char16_t u = s[i].unicode();
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else {
            const qsizetype n = s[i].isHighSurrogate() ? 2 : 1;
            out += s.mid(i, n).toUtf8();
            i += n - 1;
        }
    }
    return out;
}

/// A JSON string literal: raw UTF-8 (or \u escapes for everything beyond ASCII), escapes for control characters,
/// quotes, backslashes and lone surrogates.
QByteArray jsonString(const QString &s, bool escapeAll)
{
    QByteArray out = "\"";
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        const bool pair = s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate();
        if (u == u'"' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20 || (s[i].isSurrogate() && !pair) || (escapeAll && u >= 0x7f)) {
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            if (pair) {
                out += "\\u" + QByteArray::number(s[i + 1].unicode(), 16).rightJustified(4, '0');
                ++i;
            }
        } else {
            const qsizetype n = pair ? 2 : 1;
            out += s.mid(i, n).toUtf8();
            i += n - 1;
        }
    }
    return out + '"';
}

QByteArray csvCell(const QString &s)
{
    QByteArray out = "\"";
    for (const char c : looseUtf8(s)) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

const QByteArray jsonHeader = "{\"format\": \"bulwark-register\", \"version\": 1,\n \"elements\": [\n";
const QByteArray baseElement = R"(  {"key": "BASE", "name": "Base", "kind": "application"})";

} // namespace

tst_TextRoundTrip::Run tst_TextRoundTrip::bulwark(const QStringList &arguments) const
{
    return shell(QString(), arguments);
}

tst_TextRoundTrip::Run tst_TextRoundTrip::shell(const QString &script, const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    if (script.isEmpty())
        process.start(QStringLiteral(BULWARK_EXECUTABLE), arguments);
    else // "$0" is the executable; the script can hand it bytes that are not UTF-8
        process.start(QStringLiteral("/bin/sh"),
                      QStringList{QStringLiteral("-c"), script, QStringLiteral(BULWARK_EXECUTABLE)} + arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        run.err = QStringLiteral("did not finish");
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString tst_TextRoundTrip::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QString tst_TextRoundTrip::newRegister(const QString &name) const
{
    const QString db = m_dir.filePath(name + QStringLiteral(".bulwark"));
    const QString file = writeFile(name + QStringLiteral("-base.json"), jsonHeader + baseElement + "]}\n");
    const Run run = bulwark({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    if (run.code != 0)
        qWarning("creating the register failed: %s", qPrintable(run.err));
    return db;
}

QByteArray tst_TextRoundTrip::exportJson(const QString &db) const
{
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QFile::remove(path);
    const Run run = bulwark({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--output"), path});
    if (run.code != 0)
        return "export failed: " + run.err.toUtf8();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject tst_TextRoundTrip::shown(const QString &db, const QString &key) const
{
    const Run run = bulwark({QStringLiteral("show"), QStringLiteral("--db"), db, key, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"element").toObject();
}

QJsonObject tst_TextRoundTrip::importCounts(const QString &db, const QString &path) const
{
    const Run run = bulwark({QStringLiteral("import"), QStringLiteral("--db"), db, path, QStringLiteral("--json")});
    if (run.code != 0)
        return {{QStringLiteral("error"), run.err}};
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"elements").toObject();
}

void tst_TextRoundTrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(BULWARK_EXECUTABLE)).isExecutable());
}

void tst_TextRoundTrip::trickyText_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refusal"); // part of the error message; empty when the value is kept
    const QString noncharacter = QStringLiteral("(a noncharacter)");
    const QString control = QStringLiteral("(a control character)");
    const QString bom = QStringLiteral("contains U+FEFF (a byte order mark)");
    const struct {
        const char *name;
        QString value;
        QString refusal;
    } rows[] = {
        {"noncharacterFFFF", codePoints({'a', 0xffff, 'b'}), QStringLiteral("contains U+FFFF ") + noncharacter},
        {"noncharacterFDD0", codePoints({0xfdd0}), QStringLiteral("contains U+FDD0 ") + noncharacter},
        {"noncharacterPlane1", codePoints({'x', 0x1fffe}), QStringLiteral("contains U+1FFFE ") + noncharacter},
        {"bomLeading", codePoints({0xfeff, 'x'}), bom + QStringLiteral(" at character 1")},
        {"bomInside", codePoints({'x', 0xfeff, 'y'}), bom + QStringLiteral(" at character 2")},
        {"loneSurrogate",
         codePoints({'x', 0xd800}),
         QStringLiteral("contains U+D800 (half of a UTF-16 surrogate pair")},
        {"nul", codePoints({'x', 0, 'y'}), QStringLiteral("contains U+0000 (a NUL character) at character 2")},
        {"controlU0001", codePoints({0x01}), QStringLiteral("contains U+0001 ") + control},
        {"c1NextLine", codePoints({'x', 0x85}), QStringLiteral("contains U+0085 ") + control},
        {"carriageReturn", QStringLiteral("one\r\ntwo"), QStringLiteral("contains U+000D (a carriage return)")},
        {"lineSeparator", codePoints({'x', 0x2028, 'y'}), QStringLiteral("contains U+2028")},
        {"tabAndNewline", QStringLiteral("\tone\ntwo\t\n"), QString()},
        {"combiningMarks", codePoints({'e', 0x301, ' ', 'a', 0x308, 0x323}), QString()},
        {"rightToLeft",
         codePoints({0x5e9, 0x5dc, 0x5d5, 0x5dd, ' ', 0x200f, 0x645, 0x631, 0x62d, 0x628, 0x627, '!'}),
         QString()},
        {"astralEmoji", codePoints({0x1f600, 0x1f1e9, 0x1f1ea, 0x1f44d, 0x1f3fd}), QString()},
        {"quotesAndCommas", QStringLiteral("\"quoted\", comma; semicolon \\ backslash"), QString()},
        {"surroundingSpaces", QStringLiteral("  padded  "), QString()},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s_description", row.name) << "description" << row.value << row.refusal;
        QTest::addRow("%s_attribute", row.name) << "note" << row.value << row.refusal;
    }
    // 100 KB: above the description's limit of 20,000 characters, kept whole in an unknown field.
    const QString big = QString(100 * 1024 - 64, u'w') + codePoints({0x1f600, 0x5d0, 'e', 0x301});
    QTest::newRow("hundredKilobytes_description") << "description" << big << "must be at most 20000 characters";
    QTest::newRow("hundredKilobytes_attribute") << "note" << big << "";
}

void tst_TextRoundTrip::trickyText()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, refusal);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString db = newRegister(tag);
    const QByteArray before = exportJson(db);
    QVERIFY2(before.startsWith("{"), before.constData());
    const bool kept = refusal.isEmpty();
    const QString assignment = field + u'=' + value;
    // argv cannot carry NUL, and a lone surrogate is not UTF-8 (invalidUtf8Arguments sends those bytes).
    const bool onCommandLine = !value.contains(QChar(0)) && !hasLoneSurrogate(value);
    QVERIFY(onCommandLine || !kept);

    auto refused = [&](const Run &run, const QString &where) {
        QVERIFY2(run.code == 2, qPrintable(QStringLiteral("%1: exit %2, %3").arg(where).arg(run.code).arg(run.err)));
        const QString expected = where + QStringLiteral("field '%1': ").arg(field);
        QVERIFY2(run.err.contains(expected), qPrintable(QStringLiteral("expected '%1' in: %2").arg(expected, run.err)));
        QVERIFY2(run.err.contains(refusal), qPrintable(QStringLiteral("expected '%1' in: %2").arg(refusal, run.err)));
        QCOMPARE(exportJson(db), before); // nothing was written
    };
    auto read = [&](const QString &key) {
        const QJsonObject element = shown(db, key);
        return element.value(field).toString();
    };

    // add and set
    if (onCommandLine) {
        const Run add = bulwark({QStringLiteral("add"),
                                 QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("T-ADD"),
                                 QStringLiteral("--kind"),
                                 QStringLiteral("application"),
                                 QStringLiteral("--name"),
                                 QStringLiteral("Added"),
                                 assignment});
        const Run set
            = bulwark({QStringLiteral("set"), QStringLiteral("--db"), db, QStringLiteral("BASE"), assignment});
        if (kept) {
            QVERIFY2(add.code == 0, qPrintable(add.err));
            QVERIFY2(set.code == 0, qPrintable(set.err));
            QCOMPARE(read(QStringLiteral("T-ADD")).toUtf8(), value.toUtf8());
            QCOMPARE(read(QStringLiteral("BASE")).toUtf8(), value.toUtf8());
        } else {
            refused(add, QString());
            if (!QTest::currentTestFailed())
                refused(set, QString());
        }
        if (QTest::currentTestFailed())
            return;
    }

    // import: JSON with the value as raw UTF-8 and with every non-ASCII character escaped, then CSV
    for (const bool escaped : {false, true}) {
        const QString key = escaped ? QStringLiteral("T-JSON-ESCAPED") : QStringLiteral("T-JSON");
        const QByteArray json = jsonHeader + "  {\"key\": \"" + key.toUtf8() + "\", \"name\": \"Imported\", \"kind\": "
            + "\"application\", \"" + field.toUtf8() + "\": " + jsonString(value, escaped) + "}]}\n";
        const QString file
            = writeFile(tag + (escaped ? QStringLiteral("-escaped.json") : QStringLiteral(".json")), json);
        const Run import = bulwark({QStringLiteral("import"), QStringLiteral("--db"), db, file});
        if (kept) {
            QVERIFY2(import.code == 0, qPrintable(import.err));
            QCOMPARE(read(key).toUtf8(), value.toUtf8());
        } else {
            refused(import, QFileInfo(file).fileName() + QStringLiteral(":3: "));
        }
        if (QTest::currentTestFailed())
            return; // a QVERIFY in the lambda only left the lambda
    }
    {
        const QByteArray csv
            = "key,name,kind," + field.toUtf8() + "\r\nT-CSV,Imported,application," + csvCell(value) + "\r\n";
        const QString file = writeFile(tag + QStringLiteral("-csv/elements.csv"), csv);
        const Run import = bulwark({QStringLiteral("import"), QStringLiteral("--db"), db, file});
        if (kept) {
            QVERIFY2(import.code == 0, qPrintable(import.err));
            QCOMPARE(read(QStringLiteral("T-CSV")).toUtf8(), value.toUtf8());
        } else if (hasLoneSurrogate(value)) {
            QCOMPARE(import.code, 2);
            QVERIFY2(import.err.contains(QStringLiteral("elements.csv:2: column 30: the file is not valid UTF-8")),
                     qPrintable(import.err));
            QCOMPARE(exportJson(db), before);
        } else {
            refused(import, QStringLiteral("elements.csv:2: "));
        }
        if (QTest::currentTestFailed())
            return;
    }

    const Run verify = bulwark({QStringLiteral("verify"), QStringLiteral("--db"), db});
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
    if (!kept)
        return;

    // export: the JSON export has the value byte for byte in every element that got it
    const QByteArray exported = exportJson(db);
    const QJsonArray elements = QJsonDocument::fromJson(exported).object().value(u"elements").toArray();
    QCOMPARE(elements.size(), 5); // BASE (set), T-ADD, T-JSON, T-JSON-ESCAPED, T-CSV
    for (const QJsonValue &element : elements)
        QCOMPARE(element.toObject().value(field).toString().toUtf8(), value.toUtf8());
    // re-import JSON and CSV exports: nothing changes, and the exports are the same bytes again
    const QString csvFolder = m_dir.filePath(tag + QStringLiteral("-export-csv"));
    const Run csvExport = bulwark({QStringLiteral("export"),
                                   QStringLiteral("--db"),
                                   db,
                                   QStringLiteral("--format"),
                                   QStringLiteral("csv"),
                                   QStringLiteral("--output"),
                                   csvFolder});
    QVERIFY2(csvExport.code == 0, qPrintable(csvExport.err));
    const QString jsonFile = writeFile(tag + QStringLiteral("-export.json"), exported);
    for (const QString &path : {jsonFile, csvFolder}) {
        const QJsonObject counts = importCounts(db, path);
        QVERIFY2(counts.value(u"changed").toInt(-1) == 0 && counts.value(u"added").toInt(-1) == 0,
                 qPrintable(path + u' ' + QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))));
        QCOMPARE(counts.value(u"unchanged").toInt(), elements.size());
    }
    QCOMPARE(exportJson(db), exported);
    const Run verifyAgain = bulwark({QStringLiteral("verify"), QStringLiteral("--db"), db});
    QVERIFY2(verifyAgain.code == 0, qPrintable(verifyAgain.out + verifyAgain.err));
}

void tst_TextRoundTrip::invalidUtf8Arguments_data()
{
    QTest::addColumn<QString>("bytes"); // printf(1) escapes for the last argument
    QTest::addColumn<QString>("expected");
    QTest::newRow("latin1") << "description=Stra\\337e"
                            << "argument 5 is not valid UTF-8 (byte 0xdf at byte 17)";
    QTest::newRow("loneSurrogate") << "description=x\\355\\240\\200"
                                   << "argument 5 is not valid UTF-8 (byte 0xed at byte 14)";
    QTest::newRow("overlong") << "description=\\300\\257"
                              << "argument 5 is not valid UTF-8 (byte 0xc0 at byte 13)";
    QTest::newRow("truncatedSequence") << "description=ab\\342\\202"
                                       << "argument 5 is not valid UTF-8 (byte 0xe2 at byte 15)";
}

void tst_TextRoundTrip::invalidUtf8Arguments()
{
    // QString::fromLocal8Bit() turned such bytes into U+FFFD, which was stored as if the user had typed it.
    QFETCH(QString, bytes);
    QFETCH(QString, expected);
    const QString db = newRegister(QStringLiteral("argv-") + QString::fromLatin1(QTest::currentDataTag()));
    const QByteArray before = exportJson(db);
    const Run run = shell(QStringLiteral("exec \"$0\" set --db \"$1\" BASE \"$(printf \"$2\")\""), {db, bytes});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("bulwark: ") + expected), qPrintable(run.err));
    QCOMPARE(exportJson(db), before);
}

void tst_TextRoundTrip::bomStartingAnArgument()
{
    // QString::fromLocal8Bit() dropped a byte order mark at the start of an argument without a word.
    const QString db = newRegister(QStringLiteral("argv-bom"));
    const QByteArray before = exportJson(db);
    const Run run = bulwark({QStringLiteral("add"),
                             QStringLiteral("--db"),
                             db,
                             QStringLiteral("T"),
                             QStringLiteral("--kind"),
                             QStringLiteral("application"),
                             QStringLiteral("--name"),
                             codePoints({0xfeff, 'N', 'a', 'm', 'e'})});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("field 'name': contains U+FEFF (a byte order mark) at character 1")),
             qPrintable(run.err));
    QCOMPARE(exportJson(db), before);
}

void tst_TextRoundTrip::attributeNumbers_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QByteArray>("exported"); // how the export writes it; empty when refused
    QTest::addColumn<QString>("refusal");
    QTest::newRow("largestSafeInteger") << QByteArray("9007199254740991") << QByteArray("9007199254740991") << "";
    QTest::newRow("negativeSafeInteger") << QByteArray("-9007199254740991") << QByteArray("-9007199254740991") << "";
    QTest::newRow("twoToThe53") << QByteArray("9007199254740992") << QByteArray()
                                << "x.json:5: field 'n': column 9: 9007199254740992 cannot be kept exactly";
    QTest::newRow("twoToThe53PlusOne") << QByteArray("9007199254740993") << QByteArray()
                                       << "x.json:5: field 'n': column 9: 9007199254740993 cannot be kept exactly";
    QTest::newRow("tooLarge") << QByteArray("1e400") << QByteArray()
                              << "x.json:5: field 'n': column 9: 1e400 is too large";
    QTest::newRow("onePointZero") << QByteArray("1.0") << QByteArray("1") << "";
    QTest::newRow("tenth") << QByteArray("0.1") << QByteArray("0.1") << "";
    QTest::newRow("rounded")
        << QByteArray("0.10000000000000001") << QByteArray()
        << "x.json:5: field 'n': column 9: 0.10000000000000001 cannot be kept exactly: it would be "
           "stored as 0.1";
    QTest::newRow("inList") << QByteArray("[1, 2.5, 9007199254740993]") << QByteArray()
                            << "x.json:5: field 'n': column 18: 9007199254740993 cannot be kept exactly";
}

void tst_TextRoundTrip::attributeNumbers()
{
    QFETCH(QByteArray, literal);
    QFETCH(QByteArray, exported);
    QFETCH(QString, refusal);
    const QString db = newRegister(QStringLiteral("number-") + QString::fromLatin1(QTest::currentDataTag()));
    const QByteArray before = exportJson(db);
    const QString file = writeFile(QStringLiteral("number-%1/x.json").arg(QString::fromLatin1(QTest::currentDataTag())),
                                   jsonHeader + baseElement
                                       + ",\n  {\"key\": \"N\", \"name\": \"Numbers\", \"kind\": \"application\",\n"
                                         "   \"n\": "
                                       + literal + "}]}\n");
    const Run import = bulwark({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    if (exported.isEmpty()) {
        QCOMPARE(import.code, 2);
        QVERIFY2(import.err.contains(refusal), qPrintable(import.err));
        QCOMPARE(exportJson(db), before);
    } else {
        QVERIFY2(import.code == 0, qPrintable(import.err));
        const QByteArray after = exportJson(db);
        QVERIFY2(after.contains("\"n\":" + exported + "}"), after.constData());
        QCOMPARE(shown(db, QStringLiteral("N")).value(u"n").toDouble(), QString::fromLatin1(exported).toDouble());
        // The file as given and the export both describe the register as it is.
        QCOMPARE(importCounts(db, file).value(u"unchanged").toInt(), 2);
        QCOMPARE(importCounts(db, writeFile(QStringLiteral("number-export.json"), after)).value(u"unchanged").toInt(),
                 2);
    }
    const Run verify = bulwark({QStringLiteral("verify"), QStringLiteral("--db"), db});
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
}

void tst_TextRoundTrip::malformedJson_data()
{
    QTest::addColumn<QByteArray>("item"); // the third line of the file
    QTest::addColumn<QString>("expected");
    QTest::newRow("duplicateMember")
        << QByteArray(R"(  {"key": "D", "name": "One", "kind": "application", "name": "Two"})")
        << "x.json:3: field 'name': column 54: appears twice in the same object (first at line "
           "3, column 16)";
    QTest::newRow("duplicateInAttribute")
        << QByteArray(R"(  {"key": "D", "name": "D", "kind": "application", "sla": {"h": 1, "h": 2}})")
        << "x.json:3: field 'h': column 68: appears twice";
    QTest::newRow("trailingDot")
        << QByteArray(R"(  {"key": "D", "name": "D", "kind": "application", "n": 1.})")
        << "x.json:3: field 'n': this is not valid JSON at column 57: '1.' is not a valid number";
    QTest::newRow("leadingDot") << QByteArray(
        R"(  {"key": "D", "name": "D", "kind": "application", "availability": .5})")
                                << "x.json:3: field 'availability': this is not valid JSON at column 68: '.5'";
    QTest::newRow("rawTab")
        << QByteArray("  {\"key\": \"D\", \"name\": \"a\tb\", \"kind\": \"application\"}")
        << "x.json:3: this is not valid JSON at column 26: a tab inside a string must be written as \\t";
    QTest::newRow("rawControl") << QByteArray("  {\"key\": \"D\", \"name\": \"a\x01\", \"kind\": \"application\"}")
                                << "x.json:3: this is not valid JSON at column 26: a control character (U+0001)";
    QTest::newRow("loneLowSurrogate") << QByteArray(R"(  {"key": "D", "name": "\udc00", "kind": "application"})")
                                      << "x.json:3: field 'name': column 25: contains U+DC00";
}

void tst_TextRoundTrip::malformedJson()
{
    QFETCH(QByteArray, item);
    QFETCH(QString, expected);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString db = newRegister(QStringLiteral("malformed-") + tag);
    const QByteArray before = exportJson(db);
    const QString file
        = writeFile(QStringLiteral("malformed-%1/x.json").arg(tag), jsonHeader + item + ",\n" + baseElement + "]}\n");
    const Run import = bulwark({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    QCOMPARE(import.code, 2);
    QVERIFY2(import.err.contains(expected), qPrintable(import.err));
    QCOMPARE(exportJson(db), before);
    const Run verify = bulwark({QStringLiteral("verify"), QStringLiteral("--db"), db});
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
}

QTEST_GUILESS_MAIN(tst_TextRoundTrip)
#include "tst_textroundtrip.moc"
