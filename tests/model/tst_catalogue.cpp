// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue loader: the shipped DORA catalogue, and every way a catalogue file can be wrong (issue 13).
#include "model/assessment/catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::assessment;
using namespace Qt::StringLiterals;

namespace {

QJsonObject requirement(const QString &id, const QString &chapter = QStringLiteral("I"))
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("chapter"), chapter},
                       {QStringLiteral("article"), QStringLiteral("Rule 1")},
                       {QStringLiteral("reference"), QStringLiteral("Policy Rule 1(1)")},
                       {QStringLiteral("title"), QStringLiteral("A title")},
                       {QStringLiteral("description"), QStringLiteral("What it asks.")},
                       {QStringLiteral("guidance"), QStringLiteral("What shows it.")},
                       {QStringLiteral("checks"), QJsonArray{QStringLiteral("cif-mapped")}}};
}

/// A small valid catalogue of another framework: an internal policy with one chapter and two requirements.
QJsonObject policy()
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("bulwark-catalogue")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("id"), QStringLiteral("policy")},
        {QStringLiteral("name"), QStringLiteral("Internal resilience policy")},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("source"), QStringLiteral("Board resolution of 1 March 2026")},
        {QStringLiteral("chapters"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("I")},
                                {QStringLiteral("title"), QStringLiteral("General")}}}},
        {QStringLiteral("requirements"),
         QJsonArray{requirement(QStringLiteral("r-1")), requirement(QStringLiteral("r-2"))}},
    };
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

/// The policy with requirement `index` changed by `change`.
template<typename Change>
QByteArray withRequirement(int index, Change change)
{
    QJsonObject root = policy();
    QJsonArray list = root.value(u"requirements").toArray();
    QJsonObject r = list[index].toObject();
    change(r);
    list[index] = r;
    root.insert(u"requirements", list);
    return bytesOf(root);
}

template<typename Change>
QByteArray withRoot(Change change)
{
    QJsonObject root = policy();
    change(root);
    return bytesOf(root);
}

CheckOutcome passing(const CheckContext &)
{
    return {};
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedDoraLoads();
    void shippedDoraBindsEveryCheck();
    void shippedDoraIdsUniqueAndComplete();
    void otherCatalogueLoads();
    void malformed_data();
    void malformed();
    void everyProblemNamed();
    void injectedChecks();
    void missingFile();
};

void TestCatalogue::shippedDoraLoads()
{
    // Loaded through the file path too, so that a broken resource fails here with its message, not in an assert.
    const auto loaded = CatalogueLoader::load(QStringLiteral(":/bulwark/frameworks/dora.json"));
    QVERIFY2(loaded.hasValue(), qPrintable(loaded ? QString() : loaded.error().toString()));
    const Catalogue &dora = CatalogueLoader::dora();
    QCOMPARE(dora.id, QStringLiteral("dora"));
    QCOMPARE(dora.requirements.size(), loaded->requirements.size());
    QCOMPARE(dora.chapters,
             QStringList({QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"), QStringLiteral("V")}));
    QVERIFY(!dora.version.isEmpty());
    QVERIFY(dora.source.contains(u"2022/2554"));
    QVERIFY(dora.source.contains(u"2024/1774"));
    QVERIFY2(dora.requirements.size() >= 40, qPrintable(QString::number(dora.requirements.size())));
    for (const QString &chapter : dora.chapters) {
        const auto n = std::count_if(dora.requirements.begin(), dora.requirements.end(), [&](const Requirement &r) {
            return r.chapter == chapter;
        });
        QVERIFY2(n > 0, qPrintable(chapter));
    }
    // The same object each time (loaded once).
    QCOMPARE(&CatalogueLoader::dora(), &dora);
    QVERIFY(dora.find(QStringLiteral("dora-8-1")));
    QCOMPARE(dora.find(QStringLiteral("dora-8-1"))->reference, QStringLiteral("DORA Art 8(1)"));
    QVERIFY(!dora.find(QStringLiteral("nothing")));
}

void TestCatalogue::shippedDoraBindsEveryCheck()
{
    const Catalogue &dora = CatalogueLoader::dora();
    QSet<QString> bound;
    for (const Requirement &r : dora.requirements)
        bound.unite(QSet<QString>(r.checks.begin(), r.checks.end()));
    for (const CheckInfo &check : checkList())
        QVERIFY2(bound.contains(QLatin1StringView(check.id)), check.id);
    for (const QString &id : std::as_const(bound))
        QVERIFY2(findCheck(id), qPrintable(id));
    // 18 checks on the map, 10 on providers, tests and reviews, 2 on the register of information (docs/assessment.md).
    QCOMPARE(checkList().size(), std::size_t(30));
    QVERIFY(dora.find(QStringLiteral("dora-28-3"))->checks.contains(QStringLiteral("roi-ready-to-file")));
    for (const char *requirement : {"dora-29-1", "dora-29-2"})
        QVERIFY2(
            dora.find(QString::fromLatin1(requirement))->checks.contains(QStringLiteral("subcontractor-concentration")),
            requirement);
}

void TestCatalogue::shippedDoraIdsUniqueAndComplete()
{
    const Catalogue &dora = CatalogueLoader::dora();
    QSet<QString> ids;
    QSet<QString> articles;
    for (const Requirement &r : dora.requirements) {
        QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
        ids.insert(r.id);
        articles.insert(r.article);
        QVERIFY2(r.reference.startsWith(u"DORA Art ") || r.reference.startsWith(u"RTS 2024/1774 Art "),
                 qPrintable(r.id));
        QVERIFY2(r.article.startsWith(u"Art ") || r.article.startsWith(u"RTS Art "), qPrintable(r.id));
        QVERIFY2(!r.title.isEmpty() && !r.description.isEmpty() && !r.guidance.isEmpty(), qPrintable(r.id));
    }
    // The articles the catalogue must cover (Art 5-14, 17-19, 24-30 and the RTS's measurable ones).
    for (const char *article : {"Art 5",
                                "Art 6",
                                "Art 8",
                                "Art 11",
                                "Art 12",
                                "Art 17",
                                "Art 19",
                                "Art 24",
                                "Art 26",
                                "Art 28",
                                "Art 29",
                                "Art 30",
                                "RTS Art 3",
                                "RTS Art 4",
                                "RTS Art 25"})
        QVERIFY2(articles.contains(QLatin1StringView(article)), article);
}

void TestCatalogue::otherCatalogueLoads()
{
    const auto loaded = CatalogueLoader::parse(bytesOf(policy()), QStringLiteral("policy.json"));
    QVERIFY2(loaded.hasValue(), qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->id, QStringLiteral("policy"));
    QCOMPARE(loaded->chapterTitles.value(QStringLiteral("I")), QStringLiteral("General"));
    QCOMPARE(loaded->requirements.size(), std::size_t(2));
    QCOMPARE(loaded->requirements[1].id, QStringLiteral("r-2"));
    QCOMPARE(loaded->requirements[1].checks, QStringList{QStringLiteral("cif-mapped")});
    // A requirement the assessor judges alone has an empty list of checks.
    const auto judged = CatalogueLoader::parse(
        withRequirement(0, [](QJsonObject &r) { r.insert(u"checks", QJsonArray()); }), QStringLiteral("policy.json"));
    QVERIFY2(judged.hasValue(), qPrintable(judged ? QString() : judged.error().toString()));
    QVERIFY(judged->requirements[0].checks.isEmpty());
}

void TestCatalogue::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected"); ///< in the message
    QTest::addColumn<bool>("located");     ///< the error names a line

    QTest::newRow("truncatedJson") << bytesOf(policy()).left(200) << QString() << QStringLiteral("ends too early")
                                   << true;
    QTest::newRow("syntaxError") << QByteArray("{\n \"format\": \"bulwark-catalogue\"\n \"id\": 1\n}") << QString()
                                 << QStringLiteral("not valid JSON at column 2") << true;
    QByteArray twice = bytesOf(policy());
    twice.replace("\"title\": \"A title\"", "\"title\": \"A title\", \"title\": \"Another\"");
    QTest::newRow("memberTwice") << twice << QStringLiteral("title") << QStringLiteral("appears twice") << true;
    QTest::newRow("notAnObject") << QByteArray("[1, 2]") << QString() << QStringLiteral("expected a JSON object")
                                 << true;
    QTest::newRow("wrongFormat") << withRoot([](QJsonObject &o) { o.insert(u"format", u"bulwark-register"_s); })
                                 << QStringLiteral("format") << QStringLiteral("not a catalogue") << false;
    QTest::newRow("newerFormatVersion") << withRoot([](QJsonObject &o) { o.insert(u"format_version", 2); })
                                        << QStringLiteral("format_version") << QStringLiteral("newer Bulwark") << false;
    QTest::newRow("formatVersionText") << withRoot([](QJsonObject &o) { o.insert(u"format_version", u"1"_s); })
                                       << QStringLiteral("format_version") << QStringLiteral("whole-number") << false;
    QTest::newRow("rootFieldMissing") << withRoot([](QJsonObject &o) { o.remove(u"source"); })
                                      << QStringLiteral("source") << QStringLiteral("required") << false;
    QTest::newRow("rootFieldUnknown") << withRoot([](QJsonObject &o) { o.insert(u"owner", u"me"_s); })
                                      << QStringLiteral("owner") << QStringLiteral("unknown field 'owner'") << false;
    QTest::newRow("requirementsNotList") << withRoot([](QJsonObject &o) { o.insert(u"requirements", 3); })
                                         << QStringLiteral("requirements") << QStringLiteral("must be a list") << false;
    QTest::newRow("chapterDuplicate") << withRoot([](QJsonObject &o) {
        QJsonArray chapters = o.value(u"chapters").toArray();
        chapters.append(chapters[0]);
        o.insert(u"chapters", chapters);
    }) << QStringLiteral("id") << QStringLiteral("chapter 'I': the id is used by an earlier chapter")
                                      << true;
    QTest::newRow("fieldMissing") << withRequirement(1, [](QJsonObject &r) { r.remove(u"guidance"); })
                                  << QStringLiteral("guidance")
                                  << QStringLiteral("requirement 'r-2': the field is "
                                                    "required")
                                  << true;
    QTest::newRow("fieldWrongType") << withRequirement(0, [](QJsonObject &r) { r.insert(u"title", 7); })
                                    << QStringLiteral("title") << QStringLiteral("requirement 'r-1': must be text")
                                    << true;
    QTest::newRow("fieldEmpty") << withRequirement(0, [](QJsonObject &r) { r.insert(u"description", u" "_s); })
                                << QStringLiteral("description")
                                << QStringLiteral("requirement 'r-1': must not be empty") << true;
    QTest::newRow("idDuplicate") << withRequirement(1, [](QJsonObject &r) { r.insert(u"id", u"r-1"_s); })
                                 << QStringLiteral("id")
                                 << QStringLiteral("requirement 'r-1': requirement 2 has the same id as requirement 1")
                                 << true;
    QTest::newRow("idBadSyntax") << withRequirement(1, [](QJsonObject &r) { r.insert(u"id", u"r 2"_s); })
                                 << QStringLiteral("id")
                                 << QStringLiteral("requirement 2 of \"requirements\": 'r 2' is not a valid id")
                                 << true;
    QTest::newRow("idMissing") << withRequirement(0, [](QJsonObject &r) { r.remove(u"id"); }) << QStringLiteral("id")
                               << QStringLiteral("requirement 1 of \"requirements\": the field is required") << true;
    QTest::newRow("chapterNotDeclared") << withRequirement(1, [](QJsonObject &r) { r.insert(u"chapter", u"IX"_s); })
                                        << QStringLiteral("chapter")
                                        << QStringLiteral("requirement 'r-2': chapter 'IX' is not declared") << true;
    QTest::newRow("checkUnknown") << withRequirement(
        1,
        [](QJsonObject &r) {
            r.insert(u"checks", QJsonArray{u"cif-mapped"_s, u"no-such-check"_s});
        }) << QStringLiteral("checks")
                                  << QStringLiteral("requirement 'r-2': unknown check 'no-such-check'") << true;
    QTest::newRow("checkNotText") << withRequirement(0, [](QJsonObject &r) { r.insert(u"checks", QJsonArray{1}); })
                                  << QStringLiteral("checks") << QStringLiteral("requirement 'r-1': item 1 must be")
                                  << true;
    QTest::newRow("checkTwice") << withRequirement(
        0,
        [](QJsonObject &r) {
            r.insert(u"checks", QJsonArray{u"cif-mapped"_s, u"cif-mapped"_s});
        }) << QStringLiteral("checks")
                                << QStringLiteral("check 'cif-mapped' is named twice") << true;
    QTest::newRow("checksNotList") << withRequirement(0, [](QJsonObject &r) { r.insert(u"checks", u"cif-mapped"_s); })
                                   << QStringLiteral("checks") << QStringLiteral("requirement 'r-1': must be a list")
                                   << true;
    QTest::newRow("requirementFieldUnknown")
        << withRequirement(1, [](QJsonObject &r) { r.insert(u"weight", 3); }) << QStringLiteral("weight")
        << QStringLiteral("requirement 'r-2': unknown field 'weight'") << true;
    QTest::newRow("requirementNotObject") << withRoot([](QJsonObject &o) {
        QJsonArray list = o.value(u"requirements").toArray();
        list.append(u"r-3"_s);
        o.insert(u"requirements", list);
    }) << QString() << QStringLiteral("requirement 3 of \"requirements\" must be an object")
                                          << true;
}

void TestCatalogue::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QFETCH(bool, located);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const auto loaded = CatalogueLoader::load(path);
    QVERIFY2(!loaded.hasValue(), "a malformed catalogue was accepted");
    const Error &error = loaded.error();
    const QString shown = error.toString();
    QCOMPARE(error.code, Error::Code::Format);
    QCOMPARE(error.file, QStringLiteral("policy.json"));
    QCOMPARE(error.field, field);
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QVERIFY2(shown.startsWith(u"policy.json:"), qPrintable(shown));
    if (located)
        QVERIFY2(error.line > 0, qPrintable(shown));
    // One problem, one line: nothing else in the file is wrong.
    QVERIFY2(!error.message.contains(u'\n'), qPrintable(shown));
}

void TestCatalogue::everyProblemNamed()
{
    // Two bad requirements: both are named at once, each on its own line, with the line of its entry.
    QJsonObject root = policy();
    QJsonArray list = root.value(u"requirements").toArray();
    QJsonObject first = list[0].toObject();
    first.insert(u"chapter", u"X"_s);
    QJsonObject second = list[1].toObject();
    second.insert(u"checks", QJsonArray{u"nope"_s});
    list[0] = first;
    list[1] = second;
    root.insert(u"requirements", list);
    const QByteArray bytes = bytesOf(root);
    const auto loaded = CatalogueLoader::parse(bytes, QStringLiteral("policy.json"));
    QVERIFY(!loaded.hasValue());
    const QStringList lines = loaded.error().toString().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(u"requirement 'r-1'") && lines[0].contains(u"field 'chapter'"), qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(u"requirement 'r-2'") && lines[1].contains(u"unknown check 'nope'"),
             qPrintable(lines[1]));
    // The line of an entry is the line its object starts on.
    const QList<QByteArray> text = bytes.split('\n');
    const int startOfSecond = loaded.error().line; // the first error: requirement 1
    QVERIFY(startOfSecond > 1 && startOfSecond <= text.size());
    QCOMPARE(text[startOfSecond - 1].trimmed(), QByteArray("{"));
}

void TestCatalogue::injectedChecks()
{
    const std::vector<CheckInfo> checks{{"test-pass", "Passes", "Rule 1", Severity::Low, &passing}};
    QJsonObject root = policy();
    QJsonArray list = root.value(u"requirements").toArray();
    QJsonObject first = list[0].toObject();
    first.insert(u"checks", QJsonArray{u"test-pass"_s});
    list[0] = first;
    list.removeAt(1);
    root.insert(u"requirements", list);
    const QByteArray bytes = bytesOf(root);
    const auto withOwn = CatalogueLoader::parse(bytes, QStringLiteral("policy.json"), checks);
    QVERIFY2(withOwn.hasValue(), qPrintable(withOwn ? QString() : withOwn.error().toString()));
    const auto withShipped = CatalogueLoader::parse(bytes, QStringLiteral("policy.json"));
    QVERIFY(!withShipped.hasValue());
    QVERIFY(withShipped.error().message.contains(u"unknown check 'test-pass'"));
}

void TestCatalogue::missingFile()
{
    QTemporaryDir dir;
    const auto loaded = CatalogueLoader::load(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(!loaded.hasValue());
    QCOMPARE(loaded.error().code, Error::Code::NotFound);
    QVERIFY(loaded.error().toString().contains(u"none.json"));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
