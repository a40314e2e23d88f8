// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/csvformat.h"
#include "model/exchange/jsonformat.h"
#include "model/exchange/strictjson.h"
#include "model/exchange/textchecks.h"
#include "model/register/exactnumber.h"
#include "model/register/registercodec.h"
#include "model/register/textrule.h"
#include "model/register/validation.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::test;
using exchange::JsonFormat;
using exchange::StrictJson;
using Refusal = TextRule::Refusal;

Q_DECLARE_METATYPE(TextRule::Refusal)

namespace {

/// A string from code points, so that lone surrogates and NUL can be written down.
QString text(std::initializer_list<char32_t> codePoints)
{
    QString s;
    for (const char32_t c : codePoints) {
        if (c > 0xffff)
            s += QString::fromUcs4(&c, 1);
        else
            s += QChar(char16_t(c));
    }
    return s;
}

const QByteArray header = R"({"format": "bulwark-register", "version": 1,)";

} // namespace

/// Issue 10, "text that changes on its way in": the text rule for every character class, the number rule, the
/// strict JSON reading with line and column, and that what is validated is what is stored and hashed.
class tst_TextIntegrity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textRule_data();
    void textRule();
    void messageNamesCodePointAndPosition();
    void exactNumbers_data();
    void exactNumbers();
    void strictJson_data();
    void strictJson();
    void strictJsonItemLines();
    void strictJsonIsFast();
    void jsonKeepsAllowedTextExactly();
    void textFieldNumbers_data();
    void textFieldNumbers();
    void setFieldChecksBeforeTrimming();
    void validationCoversEveryField_data();
    void validationCoversEveryField();
    void attributeNumbersInMemory_data();
    void attributeNumbersInMemory();
    void csvCells_data();
    void csvCells();
    void commandLineArguments();
    void storedExactlyAsValidated_data();
    void storedExactlyAsValidated();

private:
    QTemporaryDir m_dir;
};

void tst_TextIntegrity::textRule_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<Refusal>("refusal");
    QTest::addColumn<int>("character");
    QTest::addColumn<uint>("codePoint");
    QTest::newRow("plainAscii") << QStringLiteral("Payments") << Refusal::None << 0 << 0u;
    QTest::newRow("tabAndLineFeed") << QStringLiteral("a\tb\nc") << Refusal::None << 0 << 0u;
    QTest::newRow("nul") << text({'a', 0, 'b'}) << Refusal::Nul << 2 << 0u;
    QTest::newRow("startOfHeading") << text({0x01}) << Refusal::Control << 1 << 0x01u;
    QTest::newRow("escape") << text({'x', 0x1b, '[', '2', 'J'}) << Refusal::Control << 2 << 0x1bu;
    QTest::newRow("delete") << text({'x', 0x7f}) << Refusal::Control << 2 << 0x7fu;
    QTest::newRow("carriageReturn") << QStringLiteral("a\rb") << Refusal::CarriageReturn << 2 << 0x0du;
    QTest::newRow("crLf") << QStringLiteral("a\r\nb") << Refusal::CarriageReturn << 2 << 0x0du;
    QTest::newRow("nextLineC1") << text({'a', 0x85}) << Refusal::C1Control << 2 << 0x85u;
    QTest::newRow("lastC1") << text({0x9f}) << Refusal::C1Control << 1 << 0x9fu;
    QTest::newRow("noBreakSpace") << text({'a', 0xa0, 'b'}) << Refusal::None << 0 << 0u;
    QTest::newRow("bomLeading") << text({0xfeff, 'x'}) << Refusal::ByteOrderMark << 1 << 0xfeffu;
    QTest::newRow("bomInside") << text({'x', 0xfeff, 'y'}) << Refusal::ByteOrderMark << 2 << 0xfeffu;
    QTest::newRow("nonCharacterFFFF") << text({'a', 0xffff, 'b'}) << Refusal::Noncharacter << 2 << 0xffffu;
    QTest::newRow("nonCharacterFFFE") << text({0xfffe}) << Refusal::Noncharacter << 1 << 0xfffeu;
    QTest::newRow("nonCharacterFDD0") << text({0xfdd0}) << Refusal::Noncharacter << 1 << 0xfdd0u;
    QTest::newRow("nonCharacterFDEF") << text({0xfdef}) << Refusal::Noncharacter << 1 << 0xfdefu;
    QTest::newRow("belowFDD0") << text({0xfdcf}) << Refusal::None << 0 << 0u;
    QTest::newRow("aboveFDEF") << text({0xfdf0}) << Refusal::None << 0 << 0u;
    QTest::newRow("nonCharacterPlane1") << text({'a', 0x1fffe}) << Refusal::Noncharacter << 2 << 0x1fffeu;
    QTest::newRow("nonCharacterPlane16") << text({0x10ffff}) << Refusal::Noncharacter << 1 << 0x10ffffu;
    QTest::newRow("loneHighSurrogate") << text({'a', 0xd800}) << Refusal::UnpairedSurrogate << 2 << 0xd800u;
    QTest::newRow("loneLowSurrogate") << text({0xdc00, 'a'}) << Refusal::UnpairedSurrogate << 1 << 0xdc00u;
    QTest::newRow("reversedPair") << text({0xde00, 0xd83d}) << Refusal::UnpairedSurrogate << 1 << 0xde00u;
    QTest::newRow("lineSeparator") << text({'a', 0x2028}) << Refusal::LineSeparator << 2 << 0x2028u;
    QTest::newRow("paragraphSeparator") << text({0x2029}) << Refusal::LineSeparator << 1 << 0x2029u;
    QTest::newRow("combiningMark") << text({'e', 0x301}) << Refusal::None << 0 << 0u;
    QTest::newRow("rightToLeft") << text({0x5e9, 0x5dc, 0x5d5, 0x5dd, 0x200f, ' ', 0x645, 0x631, 0x62d, 0x628, 0x627})
                                 << Refusal::None << 0 << 0u;
    QTest::newRow("astralEmoji") << text({0x1f600}) << Refusal::None << 0 << 0u;
    QTest::newRow("privateUse") << text({0xe000, 0xf8ff}) << Refusal::None << 0 << 0u;
    QTest::newRow("replacementCharacter") << text({0xfffd}) << Refusal::None << 0 << 0u;
    // Positions count characters, not UTF-16 code units: the emoji is one character.
    QTest::newRow("positionAfterEmoji") << text({0x1f600, 0xffff}) << Refusal::Noncharacter << 2 << 0xffffu;
}

void tst_TextIntegrity::textRule()
{
    QFETCH(QString, value);
    QFETCH(Refusal, refusal);
    QFETCH(int, character);
    QFETCH(uint, codePoint);
    const auto finding = TextRule::find(value);
    if (refusal == Refusal::None) {
        QVERIFY2(!finding, qPrintable(finding ? TextRule::describe(*finding) : QString()));
        QVERIFY(TextRule::check(value, QStringLiteral("f")));
        return;
    }
    QVERIFY(finding);
    QCOMPARE(finding->refusal, refusal);
    QCOMPARE(finding->character, character);
    QCOMPARE(uint(finding->codePoint), codePoint);
    const auto result = TextRule::check(value, QStringLiteral("description"));
    QVERIFY(!result);
    QCOMPARE(result.error().field, QStringLiteral("description"));
    QCOMPARE(result.error().code, Error::Code::Invalid);
}

void tst_TextIntegrity::messageNamesCodePointAndPosition()
{
    const auto result = TextRule::check(text({'a', 0xffff, 'b'}), QStringLiteral("description"));
    QVERIFY(!result);
    QCOMPARE(result.error().toString(),
             QStringLiteral("field 'description': contains U+FFFF (a noncharacter) at character 2"));
    const auto nul = TextRule::check(text({0}), QStringLiteral("name"));
    QVERIFY(nul.error().message.startsWith(QStringLiteral("contains U+0000 (a NUL character) at character 1")));
    const auto bom = TextRule::check(text({0xfeff}), QStringLiteral("name"));
    QVERIFY(bom.error().message.startsWith(QStringLiteral("contains U+FEFF (a byte order mark) at character 1")));
    QCOMPARE(TextRule::codePointName(0x1f600), QStringLiteral("U+1F600"));
    QCOMPARE(TextRule::codePointName(0x9), QStringLiteral("U+0009"));
}

void tst_TextIntegrity::exactNumbers_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("kept"); // the canonical form, or empty when refused
    QTest::addColumn<QString>("message");
    QTest::newRow("zero") << QByteArray("0") << "0"
                          << "";
    QTest::newRow("negativeZero") << QByteArray("-0") << "0"
                                  << "";
    QTest::newRow("integer") << QByteArray("4711") << "4711"
                             << "";
    QTest::newRow("onePointZero") << QByteArray("1.0") << "1"
                                  << "";
    QTest::newRow("trailingZeros") << QByteArray("1.50") << "1.5"
                                   << "";
    QTest::newRow("tenth") << QByteArray("0.1") << "0.1"
                           << "";
    QTest::newRow("exponent") << QByteArray("1E+2") << "100"
                              << "";
    QTest::newRow("smallExponent") << QByteArray("1.5e-7") << "1.5e-07"
                                   << "";
    QTest::newRow("largestSafe") << QByteArray("9007199254740991") << "9007199254740991"
                                 << "";
    QTest::newRow("smallestSafe") << QByteArray("-9007199254740991") << "-9007199254740991"
                                  << "";
    QTest::newRow("twoToThe53") << QByteArray("9007199254740992") << ""
                                << "cannot be kept exactly: whole numbers must lie";
    QTest::newRow("twoToThe53PlusOne") << QByteArray("9007199254740993") << ""
                                       << "9007199254740993 cannot be kept exactly";
    QTest::newRow("twoToThe53AsFraction") << QByteArray("9007199254740992.0") << ""
                                          << "cannot be kept exactly";
    QTest::newRow("hugeExponent") << QByteArray("1e300") << ""
                                  << "cannot be kept exactly";
    QTest::newRow("overflow") << QByteArray("1e400") << ""
                              << "1e400 is too large to be kept as a number";
    QTest::newRow("underflow") << QByteArray("1e-400") << ""
                               << "1e-400 is too close to zero";
    QTest::newRow("rounded") << QByteArray("0.10000000000000001") << ""
                             << "0.10000000000000001 cannot be kept exactly: it would be stored as 0.1";
    QTest::newRow("tooManyDigits") << QByteArray("3.14159265358979323846") << ""
                                   << "would be stored as 3.141592653589793";
    QTest::newRow("trailingDot") << QByteArray("1.") << ""
                                 << "a decimal point must be followed by digits";
    QTest::newRow("leadingDot") << QByteArray(".5") << ""
                                << "must start with a digit";
    QTest::newRow("leadingZero") << QByteArray("01") << ""
                                 << "must not start with 0";
    QTest::newRow("plusSign") << QByteArray("+1") << ""
                              << "must not start with '+'";
    QTest::newRow("bareExponent") << QByteArray("1e") << ""
                                  << "an exponent must have digits";
    QTest::newRow("bareMinus") << QByteArray("-") << ""
                               << "a '-' must be followed by digits";
    QTest::newRow("twoPoints") << QByteArray("1.2.3") << ""
                               << "this is not a number";
    QTest::newRow("groupSeparator") << QByteArray("1,000") << ""
                                    << "this is not a number";
}

void tst_TextIntegrity::exactNumbers()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, kept);
    QFETCH(QString, message);
    const auto value = ExactNumber::parse(literal);
    if (!kept.isEmpty()) {
        QVERIFY2(value, qPrintable(value ? QString() : value.error().message));
        QCOMPARE(ExactNumber::canonical(*value), kept);
        // Written back and read again, the canonical form is the same number (the round trip that export makes).
        const auto again = ExactNumber::parse(kept.toLatin1());
        QVERIFY(again);
        QCOMPARE(*again, *value);
        return;
    }
    QVERIFY(!value);
    QVERIFY2(value.error().message.contains(message), qPrintable(value.error().message));
}

void tst_TextIntegrity::strictJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a part of the error, empty when the file is fine
    const QByteArray element = R"({"key": "A", "name": "A", "kind": "application")";
    QTest::newRow("valid") << header + "\n \"elements\": [" + element + R"(, "x": [1, -2.5e3, true, null, {}]}]})"
                           << "";
    QTest::newRow("duplicateMember")
        << header
            + "\n \"elements\": [\n  {\"key\": \"A\", \"name\": \"A\",\n   \"name\": \"B\", \"kind\": "
              "\"application\"}]}"
        << "x.json:4: field 'name': column 4: appears twice in the same object (first at line 3, "
           "column 16)";
    QTest::newRow("duplicateThroughEscape") << header + "\n \"elements\": [" + element + R"(, "ab": 1, "\u0061b": 2}]})"
                                            << "x.json:2: field 'ab': column ";
    QTest::newRow("duplicateInAttributeObject")
        << header + "\n \"elements\": [" + element + R"(, "sla": {"a": 1, "a": 1}}]})"
        << "field 'a': column 80: appears twice";
    QTest::newRow("duplicateAtRoot") << header + "\n \"version\": 1}"
                                     << "x.json:2: field 'version': column 2: appears twice";
    QTest::newRow("sameNameInSiblings") << header + "\n \"elements\": [" + element + "}, " + element + "}]}"
                                        << "";
    QByteArray many = header + "\n \"elements\": [" + element;
    for (int i = 0; i < 40; ++i)
        many += ", \"f" + QByteArray::number(i) + "\": " + QByteArray::number(i);
    QTest::newRow("duplicateInLargeObject") << many + ", \"f33\": 0}]}"
                                            << "field 'f33': column ";
    // A name given before the object grew past the linear search (16 members) and repeated after it (a review found
    // that the index then held only the 16th name).
    QTest::newRow("duplicateOfAnEarlyMemberInLargeObject") << many + ", \"name\": \"again\"}]}"
                                                           << "field 'name': column ";
    QTest::newRow("duplicateOfTheFirstMemberInLargeObject") << many + ", \"key\": \"B\"}]}"
                                                            << "field 'key': column ";
    QTest::newRow("largeObjectWithoutDuplicates") << many + "}]}"
                                                  << "";
    QTest::newRow("trailingDot")
        << header + "\n \"elements\": [" + element + ", \"n\": 1.}]}"
        << "x.json:2: field 'n': this is not valid JSON at column 69: '1.' is not a valid number: a "
           "decimal point must be followed by digits";
    QTest::newRow("leadingDot") << header + "\n \"elements\": [" + element + ", \"n\": .5}]}"
                                << "'.5' is not a valid number";
    QTest::newRow("leadingZero") << header + "\n \"elements\": [" + element + ", \"n\": 01}]}"
                                 << "'01' is not a valid number";
    QTest::newRow("plusSign") << header + "\n \"elements\": [" + element + ", \"n\": +1}]}"
                              << "'+1' is not a valid number";
    QTest::newRow("bareExponent") << header + "\n \"elements\": [" + element + ", \"n\": 1e}]}"
                                  << "'1e' is not a valid number";
    QTest::newRow("twoToThe53") << header + "\n \"elements\": [" + element + ", \"n\": 9007199254740992}]}"
                                << "x.json:2: field 'n': column 69: 9007199254740992 cannot be kept exactly";
    QTest::newRow("overflow") << header + "\n \"elements\": [" + element + ", \"n\": 1e400}]}"
                              << "field 'n': column 69: 1e400 is too large";
    QTest::newRow("roundedFraction") << header + "\n \"elements\": [" + element + ", \"n\": 0.30000000000000001}]}"
                                     << "would be stored as 0.3";
    QTest::newRow("rawTab")
        << header + "\n \"elements\": [" + element + ", \"n\": \"a\tb\"}]}"
        << "x.json:2: this is not valid JSON at column 71: a tab inside a string must be written as \\t";
    QTest::newRow("rawNul") << header + "\n \"elements\": [" + element + ", \"n\": \"a" + QByteArray(1, '\0') + "b\"}]}"
                            << "column 71: a control character (U+0000) inside a string";
    QTest::newRow("rawLineBreak") << header + "\n \"elements\": [" + element + ", \"n\": \"a\nb\"}]}"
                                  << "x.json:2: this is not valid JSON at column 71: a line break inside a string";
    QTest::newRow("escapedNul")
        << header + "\n \"elements\": [" + element + R"(, "description": "a\u0000b"}]})"
        << "x.json:2: field 'description': column 81: contains U+0000 (a NUL character) at character 2";
    QTest::newRow("escapedCarriageReturn")
        << header + "\n \"elements\": [" + element + R"(, "description": "a\r\nb"}]})"
        << "field 'description': column 81: contains U+000D (a carriage return)";
    QTest::newRow("escapedTabIsFine") << header + "\n \"elements\": [" + element + R"(, "description": "a\tb\nc"}]})"
                                      << "";
    QTest::newRow("loneHighSurrogate")
        << header + "\n \"elements\": [" + element + R"(, "description": "x\ud800"}]})"
        << "field 'description': column 81: contains U+D800 (half of a UTF-16 surrogate pair";
    QTest::newRow("loneLowSurrogate")
        << header + "\n \"elements\": [" + element + R"(, "description": "\udc00"}]})"
        << "contains U+DC00 (half of a UTF-16 surrogate pair, not a character) at character 1";
    QTest::newRow("highThenLetter") << header + "\n \"elements\": [" + element + R"(, "description": "\ud800\u0041"}]})"
                                    << "contains U+D800";
    QTest::newRow("escapedPairIsFine") << header + "\n \"elements\": [" + element
            + R"(, "description": "\ud83d\ude00"}]})"
                                       << "";
    QTest::newRow("badEscape") << header + "\n \"elements\": [" + element + R"(, "description": "\x41"}]})"
                               << "'\\x' is not an escape JSON knows";
    QTest::newRow("shortUnicodeEscape") << header + "\n \"elements\": [" + element + R"(, "description": "\u12"}]})"
                                        << "\\u must be followed by four hexadecimal digits";
    QTest::newRow("rawBomInString")
        << header + "\n \"elements\": [" + element + ", \"description\": \"\xEF\xBB\xBFx\"}]}"
        << "field 'description': column 80: contains U+FEFF (a byte order mark) at character 1";
    QTest::newRow("escapedBomInString") << header + "\n \"elements\": [" + element + R"(, "description": "x\uFEFF"}]})"
                                        << "contains U+FEFF (a byte order mark) at character 2";
    QTest::newRow("rawNoncharacter")
        << header + "\n \"elements\": [" + element + ", \"description\": \"a\xEF\xBF\xBF\"}]}"
        << "field 'description': column 81: contains U+FFFF (a noncharacter) at character 2";
    QTest::newRow("rawC1") << header + "\n \"elements\": [" + element + ", \"description\": \"\xC2\x85\"}]}"
                           << "contains U+0085 (a control character)";
    QTest::newRow("refusedInFieldName") << header + "\n \"elements\": [" + element + R"(, "a\u0001": 1}]})"
                                        << "x.json:2: column 66: the field name contains U+0001";
    QTest::newRow("refusedInTag") << header + "\n \"elements\": [" + element + R"(, "tags": ["ok", "\uFDD0"]}]})"
                                  << "field 'tags': column 80: contains U+FDD0 (a noncharacter)";
    // Columns count characters: the two-byte ü and the four-byte emoji are one column each.
    QTest::newRow("columnCountsCharacters")
        << header + "\n \"elements\": [{\"key\": \"\xC3\xBC\xF0\x9F\x98\x80\", \"n\": 1.}]}"
        << "x.json:2: field 'n': this is not valid JSON at column 34";
    QTest::newRow("trailingComma") << header + "\n \"elements\": [" + element + "},]}"
                                   << "x.json:2: this is not valid JSON at column 64: expected a value";
    QTest::newRow("missingComma") << header + "\n \"elements\": [" + element + " \"x\": 1}]}"
                                  << "x.json:2: this is not valid JSON at column 63: expected ',' or '}' after a field";
    QTest::newRow("capitalTrue") << header + "\n \"elements\": [" + element + ", \"x\": True}]}"
                                 << "'True' is not a JSON value";
    QTest::newRow("textAfterEnd") << header + " \"elements\": []} x"
                                  << "x.json:1: this is not valid JSON at column 62: there is more";
    QTest::newRow("nestedTooDeeply")
        << header + " \"x\": " + QByteArray(2000, '[') + QByteArray(2000, ']') + "}"
        << "x.json:1: this is not valid JSON at column 1074: lists and objects are nested more "
           "than 1024 levels deep";
    QTest::newRow("truncatedInString") << header + "\n \"elements\": [{\"key\": \"A"
                                       << "x.json:2: the JSON ends too early";
    QTest::newRow("loneCarriageReturnsCountLines") << header + "\r \"elements\": [\r\n" + element + ", \"n\": 1.}]}"
                                                   << "x.json:3: field 'n': this is not valid JSON at column 55";
}

void tst_TextIntegrity::strictJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto checked = StrictJson::check(json, QStringLiteral("x.json"));
    const auto parsed = JsonFormat::parse(json, QStringLiteral("x.json"));
    if (expected.isEmpty()) {
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().toString()));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        return;
    }
    QVERIFY(!checked);
    QVERIFY2(checked.error().toString().contains(expected), qPrintable(checked.error().toString()));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().toString(), checked.error().toString());
}

void tst_TextIntegrity::strictJsonItemLines()
{
    // Every item of a list in the root object has its line, objects or not, so messages name the right line.
    const QByteArray json = header + "\n \"elements\": [\n  1,\n  {\"key\": \"A\"},\n\n  [\"x\"]],\n \"groups\": []}";
    const auto outline = StrictJson::check(json, QStringLiteral("x.json"));
    QVERIFY(outline);
    QCOMPARE(outline->itemLines.value(QStringLiteral("elements")), (QList<int>{3, 4, 6}));
    QCOMPARE(outline->itemLines.value(QStringLiteral("groups")), QList<int>());
    const auto parsed = JsonFormat::parse(json, QStringLiteral("x.json"));
    QVERIFY(!parsed);
    // Issue 12: every problem is named, each on its own line; the first as before.
    QCOMPARE(parsed.error().toString(),
             QStringLiteral("x.json:3: item 1 of \"elements\" must be an object\n"
                            "x.json:4: field 'name': a name is required\n"
                            "x.json:4: field 'kind': a kind is required (one of: function, application, data_store, "
                            "infrastructure, network, facility, ict_service, provider, location)\n"
                            "x.json:6: item 3 of \"elements\" must be an object"));
}

void tst_TextIntegrity::strictJsonIsFast()
{
    // The size of the import the brief names: 100,000 elements, about 41 MB, once with line breaks and once on one
    // line (columns are counted only for a message, so a minified file is no slower).
    QByteArray json = header + "\n \"elements\": [\n";
    const QByteArray description(300, 'd');
    for (int i = 0; i < 100000; ++i) {
        json += "  {\"key\": \"E" + QByteArray::number(i) + "\", \"name\": \"Element " + QByteArray::number(i)
            + "\", \"kind\": \"application\", \"rto_min\": 60, \"availability\": 0.999, \"description\": \""
            + description
            + "\\n\\u00e9\xC3\xBC\", \"tags\": [\"a\", \"b\"], \"cmdb\": {\"id\": " + QByteArray::number(i) + "}},\n";
    }
    json.chop(2);
    json += "\n ]}\n";
    QVERIFY(json.size() > 41'000'000);
    QElapsedTimer timer;
    timer.start();
    const auto outline = StrictJson::check(json, QStringLiteral("big.json"));
    const qint64 lines = timer.elapsed();
    QVERIFY(outline);
    QCOMPARE(outline->itemLines.value(QStringLiteral("elements")).size(), 100000);
    json.replace('\n', ' ');
    timer.restart();
    QVERIFY(StrictJson::check(json, QStringLiteral("big.json")));
    const qint64 oneLine = timer.elapsed();
    qInfo("strict check of %lld MB: %lld ms with line breaks, %lld ms on one line",
          json.size() / 1'000'000,
          lines,
          oneLine);
    // Generous bounds for a shared machine; the point is "linear", not a benchmark.
    QVERIFY2(lines < 5000 && oneLine < 5000, "the strict check is far slower than a linear pass");
}

void tst_TextIntegrity::jsonKeepsAllowedTextExactly()
{
    const QString tricky = text({'e', 0x301, '\t', 0x5e9, 0x200f, '\n', 0x1f600, 0xa0, 0xe000});
    const QString big = QString(100 * 1024, u'x');
    QByteArray json
        = header + "\n \"elements\": [{\"key\": \"A\", \"name\": \"A\", \"kind\": \"application\", \"description\": ";
    RegisterCodec::appendJsonString(json, tricky);
    json += ", \"note\": ";
    RegisterCodec::appendJsonString(json, big);
    json += ", \"n\": 1.0, \"m\": 9007199254740991}]}";
    const auto changes = JsonFormat::parse(json, QStringLiteral("x.json"));
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
    const Element &e = changes->elements.front().value;
    QCOMPARE(e.description, tricky);
    QCOMPARE(e.attributes.value(u"note").toString(), big);
    QVERIFY(Validation::validateElement(e));
    const QByteArray canonical = RegisterCodec::toJson(e);
    QVERIFY2(canonical.contains("\"m\":9007199254740991,\"n\":1"), canonical.right(60).constData());
}

void tst_TextIntegrity::textFieldNumbers_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // empty when accepted
    QTest::newRow("minutes") << "rto_min"
                             << " 60 "
                             << "";
    QTest::newRow("negativeMinutes") << "rto_min"
                                     << "-5"
                                     << "";
    QTest::newRow("groupSeparator") << "rto_min"
                                    << "1,000"
                                    << "must be a whole number of minutes, got '1,000'";
    QTest::newRow("fractionZero") << "rto_min"
                                  << "60.0"
                                  << "must be a whole number of minutes, got '60.0'";
    QTest::newRow("exponent") << "rpo_min"
                              << "1e2"
                              << "must be a whole number of minutes";
    QTest::newRow("plusSign") << "rpo_min"
                              << "+5"
                              << "must be a whole number of minutes";
    QTest::newRow("arabicIndicDigit") << "rpo_min" << QString(QChar(0x663)) << "must be a whole number of minutes";
    QTest::newRow("tooLarge") << "mtd_min"
                              << "99999999999"
                              << "which is too large";
    QTest::newRow("availability") << "availability"
                                  << "0.999"
                                  << "";
    QTest::newRow("availabilityComma") << "availability"
                                       << "0,999"
                                       << "must be a fraction between 0 and 1";
    QTest::newRow("availabilityLeadingDot") << "availability"
                                            << ".999"
                                            << "must be a fraction between 0 and 1";
    QTest::newRow("availabilityRounded") << "availability"
                                         << "0.99999999999999999"
                                         << "would be stored as 1";
    QTest::newRow("availabilityInfinite") << "availability"
                                          << "inf"
                                          << "must be a fraction between 0 and 1";
}

void tst_TextIntegrity::textFieldNumbers()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    Element e = element(QStringLiteral("A"), ElementKind::Function);
    const auto result = RegisterCodec::setField(e, field, value);
    if (message.isEmpty()) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(RegisterCodec::fieldText(e, field), value.trimmed());
        return;
    }
    QVERIFY(!result);
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void tst_TextIntegrity::setFieldChecksBeforeTrimming()
{
    // QString::trimmed() takes U+0085 and U+2028 for white space: they must be refused, not silently dropped.
    Element e = element(QStringLiteral("A"));
    auto result = RegisterCodec::setField(e, QStringLiteral("name"), text({0x85, 'X'}));
    QVERIFY(!result);
    QCOMPARE(result.error().toString(),
             QStringLiteral("field 'name': contains U+0085 (a control character) at character 1; "
                            "of the control characters only tab and line feed are allowed"));
    QVERIFY(!RegisterCodec::setField(e, QStringLiteral("owner"), text({'X', 0x2028})));
    QCOMPARE(e.name, QStringLiteral("A"));
    // A field name is checked too, and not quoted back.
    result = RegisterCodec::setField(e, text({'a', 0x1b}), QStringLiteral("x"));
    QVERIFY(!result);
    QVERIFY(result.error().field.isEmpty());
    QVERIFY2(result.error().message.startsWith(QStringLiteral("the field name contains U+001B")),
             qPrintable(result.error().message));
    // Allowed text is kept as given, also in unknown fields.
    QVERIFY(RegisterCodec::setField(e, QStringLiteral("note"), text({' ', 0x1f600, '\t'})));
    QCOMPARE(e.attributes.value(u"note").toString(), text({' ', 0x1f600, '\t'}));
}

void tst_TextIntegrity::validationCoversEveryField_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("errorField");
    for (const char *field : {"name", "owner", "description", "tags", "lei", "country", "region"})
        QTest::addRow("element_%s", field) << "element" << field << field;
    for (const char *field : {"attribute", "nestedAttribute", "attributeInList"})
        QTest::addRow("element_%s", field) << "element" << field << "extra";
    QTest::newRow("element_attributeName") << "element"
                                           << "attributeName"
                                           << "";
    QTest::newRow("dependency_group") << "dependency"
                                      << "group"
                                      << "group";
    QTest::newRow("dependency_attribute") << "dependency"
                                          << "attribute"
                                          << "extra";
    QTest::newRow("group_name") << "group"
                                << "name"
                                << "name";
    QTest::newRow("group_attribute") << "group"
                                     << "attribute"
                                     << "extra";
    QTest::newRow("scenario_description") << "scenario"
                                          << "description"
                                          << "description";
    QTest::newRow("scenario_region") << "scenario"
                                     << "region"
                                     << "region";
    QTest::newRow("scenario_tag") << "scenario"
                                  << "tag"
                                  << "tag";
}

void tst_TextIntegrity::validationCoversEveryField()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QString, errorField);
    const QString bad = text({'a', 0xffff});
    auto attributes = [&](QJsonObject &a) {
        if (field == u"attribute")
            a.insert(QStringLiteral("extra"), bad);
        else if (field == u"nestedAttribute")
            a.insert(QStringLiteral("extra"), QJsonObject{{QStringLiteral("inner"), bad}});
        else if (field == u"attributeInList")
            a.insert(QStringLiteral("extra"), QJsonArray{1, bad});
        else if (field == u"attributeName")
            a.insert(bad, 1);
    };
    Result<void> result;
    if (entity == u"element") {
        Element e = element(QStringLiteral("A"), ElementKind::Provider);
        QVERIFY(Validation::validateElement(e));
        if (field == u"tags")
            e.tags = {QStringLiteral("ok"), bad};
        else if (field == u"name")
            e.name = bad;
        else if (field == u"owner")
            e.owner = bad;
        else if (field == u"description")
            e.description = bad;
        else if (field == u"lei")
            e.lei = bad;
        else if (field == u"country")
            e.country = bad;
        else if (field == u"region")
            e.region = bad;
        attributes(e.attributes);
        result = Validation::validateElement(e);
    } else if (entity == u"dependency") {
        Dependency d = dependency(QStringLiteral("A"), QStringLiteral("B"));
        if (field == u"group")
            d.group = bad;
        attributes(d.attributes);
        result = Validation::validateDependency(d);
    } else if (entity == u"group") {
        RedundancyGroup g = group(QStringLiteral("A"), QStringLiteral("dc"), 1);
        if (field == u"name")
            g.name = bad;
        attributes(g.attributes);
        result = Validation::validateGroup(g);
    } else {
        Scenario s;
        s.name = QStringLiteral("S");
        s.fail = {QStringLiteral("A")};
        (field == u"description" ? s.description : field == u"region" ? s.region : s.tag) = bad;
        result = Validation::validateScenario(s);
    }
    QVERIFY(!result);
    QCOMPARE(result.error().field, errorField);
    QVERIFY2(result.error().message.contains(QStringLiteral("U+FFFF (a noncharacter) at character 2")),
             qPrintable(result.error().message));
}

void tst_TextIntegrity::attributeNumbersInMemory_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("largestSafeInteger") << QJsonValue(qint64(9007199254740991)) << true;
    QTest::newRow("twoToThe53") << QJsonValue(qint64(9007199254740992)) << false;
    QTest::newRow("twoToThe53PlusOne") << QJsonValue(qint64(9007199254740993)) << false;
    QTest::newRow("negativeBeyond") << QJsonValue(qint64(-9007199254740993)) << false;
    QTest::newRow("fraction") << QJsonValue(0.25) << true;
    QTest::newRow("hugeDouble") << QJsonValue(1e300) << false;
    QTest::newRow("inList") << QJsonValue(QJsonArray{1, qint64(1) << 60}) << false;
}

void tst_TextIntegrity::attributeNumbersInMemory()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);
    Element e = element(QStringLiteral("A"));
    e.attributes.insert(QStringLiteral("n"), value);
    const auto result = Validation::validateElement(e);
    QCOMPARE(bool(result), valid);
    if (!valid) {
        QCOMPARE(result.error().field, QStringLiteral("n"));
        QVERIFY2(result.error().message.contains(QStringLiteral("cannot be kept exactly")),
                 qPrintable(result.error().message));
    }
}

void tst_TextIntegrity::csvCells_data()
{
    QTest::addColumn<QByteArray>("elements");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nulInCell") << QByteArray(
        "key,name,kind,description\nA,Alpha,application,a" + QByteArray(1, '\0')
        + "b\n") << "elements.csv:2: field 'description': contains U+0000 (a NUL character) at character 2";
    QTest::newRow("noncharacterInQuotedCell")
        << QByteArray("key,name,kind,note\nA,Alpha,application,\"x\xEF\xBF\xBF\"\n")
        << "elements.csv:2: field 'note': contains U+FFFF (a noncharacter) at character 2";
    QTest::newRow("nextLineAtEndOfName") << QByteArray("key,name,kind\nA,Alpha\xC2\x85,application\n")
                                         << "elements.csv:2: field 'name': contains U+0085";
    QTest::newRow("carriageReturnInQuotes")
        << QByteArray("key,name,kind,description\r\nA,Alpha,application,\"a\r\nb\"\r\n")
        << "elements.csv:2: field 'description': contains U+000D (a carriage return)";
    QTest::newRow("secondBom") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFkey,name,kind\nA,Alpha,application\n")
                               << "elements.csv:1: the name of column 1 contains U+FEFF (a byte order mark)";
    QTest::newRow("bomInCell")
        << QByteArray("key,name,kind,description\nA,Alpha,application,\xEF\xBB\xBFx\n")
        << "elements.csv:2: field 'description': contains U+FEFF (a byte order mark) at character 1";
    QTest::newRow("nextLineAfterQuote") << QByteArray("key,name,kind\nA,\"Alpha\"\xC2\x85,application\n")
                                        << "elements.csv:2: text after the closing quote";
    QTest::newRow("lineOfNextLine") << QByteArray("key,name,kind\n\xC2\x85\nA,Alpha,application\n")
                                    << "elements.csv:2: this line has 1 fields but the header has 3";
    QTest::newRow("fractionalMinutes")
        << QByteArray("key,name,kind,rto_min\nA,Alpha,application,60.0\n")
        << "elements.csv:2: field 'rto_min': must be a whole number of minutes, got '60.0'";
}

void tst_TextIntegrity::csvCells()
{
    QFETCH(QByteArray, elements);
    QFETCH(QString, expected);
    const QString folder = m_dir.filePath(QStringLiteral("csv_") + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(QStringLiteral("elements.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(elements);
    file.close();
    const auto result = exchange::CsvFormat::readFolder(folder);
    QVERIFY(!result);
    QVERIFY2(result.error().toString().startsWith(expected), qPrintable(result.error().toString()));
}

void tst_TextIntegrity::commandLineArguments()
{
    // A byte order mark that starts an argument is kept (and then refused by the text rule), not dropped.
    auto withBom = exchange::TextChecks::decodeArgument("\xEF\xBB\xBFName", 3);
    QVERIFY(withBom);
    QCOMPARE(*withBom, text({0xfeff, 'N', 'a', 'm', 'e'}));
    auto noncharacter = exchange::TextChecks::decodeArgument("description=a\xEF\xBF\xBF"
                                                             "b",
                                                             4);
    QVERIFY(noncharacter);
    QCOMPARE(*noncharacter, QStringLiteral("description=a") + text({0xffff, 'b'}));
    // Invalid UTF-8 is refused instead of turning into U+FFFD.
    auto latin1 = exchange::TextChecks::decodeArgument("name=Stra\xDF"
                                                       "e",
                                                       2);
    QVERIFY(!latin1);
    QCOMPARE(latin1.error().message.left(63),
             QStringLiteral("argument 2 is not valid UTF-8 (byte 0xdf at byte 10); the comma"));
    QVERIFY(!exchange::TextChecks::decodeArgument("\xED\xA0\x80", 1)); // a surrogate encoded in UTF-8
    QVERIFY(!exchange::TextChecks::decodeArgument("\xC0\xAF", 1));     // an overlong form
    QCOMPARE(exchange::TextChecks::fromUtf8("\xEF\xBB\xBFx"), text({0xfeff, 'x'}));
}

void tst_TextIntegrity::storedExactlyAsValidated_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("kept");
    QTest::newRow("issue10_noncharacterFFFF") << text({'a', 0xffff, 'b'}) << false;
    QTest::newRow("issue10_leadingBom") << text({0xfeff, 'x'}) << false;
    QTest::newRow("issue10_bomInside") << text({'x', 0xfeff, 'y'}) << false;
    QTest::newRow("issue10_loneSurrogate") << text({'x', 0xd800}) << false;
    QTest::newRow("issue10_nul") << text({'x', 0}) << false;
    QTest::newRow("combiningMark") << text({'e', 0x301}) << true;
    QTest::newRow("rightToLeft") << text({0x5e9, 0x5dc, 0x5d5, 0x5dd, 0x200f, '!'}) << true;
    QTest::newRow("astralEmoji") << text({0x1f600, ' ', 0x1f1e9, 0x1f1ea}) << true;
    QTest::newRow("tabAndLineFeed") << QStringLiteral("\tone\ntwo\t") << true;
    QTest::newRow("hundredKilobytes") << QString(100 * 1024, u'\u00e9') << true;
}

void tst_TextIntegrity::storedExactlyAsValidated()
{
    // What is validated is what is stored, read back and hashed: the canonical JSON of the value read back from
    // the file equals the canonical JSON of the value that went in (the bytes the audit trail hashes).
    QFETCH(QString, value);
    QFETCH(bool, kept);
    const QString path = m_dir.filePath(QStringLiteral("stored_") + QString::fromLatin1(QTest::currentDataTag())
                                        + QStringLiteral(".bulwark"));
    Element e = element(QStringLiteral("A"));
    e.owner = value.size() <= Validation::maxNameLength && value.trimmed() == value ? value : QString();
    e.description = value.size() <= Validation::maxDescriptionLength ? value : QString();
    e.tags
        = value.size() <= 64 && !value.contains(u';') && value.trimmed() == value ? QStringList{value} : QStringList();
    e.attributes.insert(QStringLiteral("note"), value);
    e.attributes.insert(QStringLiteral("list"), QJsonArray{value, 9007199254740991LL, 0.1});
    {
        auto service = openService(path);
        QVERIFY(service);
        ChangeSet changes;
        changes.add(e);
        const auto summary = service->apply(changes);
        QCOMPARE(bool(summary), kept);
        if (!kept) {
            QCOMPARE(summary.error().field, e.owner == value ? QStringLiteral("owner") : QStringLiteral("description"));
            QCOMPARE(service->elementCount(), 0);
            return;
        }
    }
    auto reopened = openService(path);
    QVERIFY(reopened);
    const Element *stored = reopened->element(QStringLiteral("A"));
    QVERIFY(stored);
    QCOMPARE(stored->description, e.description);
    QCOMPARE(stored->attributes.value(u"note").toString(), value);
    QCOMPARE(RegisterCodec::toJson(*stored), RegisterCodec::toJson(e));
    QCOMPARE(*stored, e);
}

QTEST_GUILESS_MAIN(tst_TextIntegrity)
#include "tst_textintegrity.moc"
