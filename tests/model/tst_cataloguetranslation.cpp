// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The DORA catalogue in German (issue 15): the shipped overlay covers the catalogue exactly, dora() answers in the
// current thread's language, a faulty overlay keeps the English text and says why, and nothing an assessment computes
// or stores depends on the language.
#include "model/analysis/graphsnapshot.h"
#include "model/assessment/catalogue.h"
#include "model/assessment/run.h"
#include "model/assessment/workflow.h"
#include "model/exchange/demoregister.h"
#include "model/i18n/language.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace bulwark;
using namespace bulwark::assessment;
using namespace Qt::StringLiterals;

namespace {

const QString overlayPath = u":/bulwark/frameworks/dora.de.json"_s;

QByteArray shippedOverlay()
{
    QFile file(overlayPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject shippedOverlayObject()
{
    return QJsonDocument::fromJson(shippedOverlay()).object();
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

/// The English catalogue, whatever the process speaks.
const Catalogue &english()
{
    return CatalogueLoader::dora(u"en"_s);
}

/// What an assessment run computes, in words that do not depend on the language: ids, tokens and numbers.
QStringList outcomeOf(const AssessmentRun &run)
{
    QStringList lines;
    for (const CheckRun &c : run.checks) {
        lines << u"check %1 %2 %3"_s.arg(QString::fromLatin1(c.check->id), token(c.outcome.status))
                     .arg(c.outcome.findings.size());
        for (const Finding &f : c.outcome.findings)
            lines << u"  finding %1 %2 %3"_s.arg(f.check, token(f.severity), f.subjects.join(u','));
    }
    for (const RequirementOutcome &r : run.requirements)
        lines << u"requirement %1 %2 %3 %4"_s.arg(r.requirement->id, r.requirement->reference, token(r.result))
                     .arg(r.requirement->checks.join(u','));
    lines << u"overall %1"_s.arg(run.score.overall);
    for (auto it = run.score.byChapter.constBegin(); it != run.score.byChapter.constEnd(); ++it)
        lines << u"chapter %1 %2"_s.arg(it.key()).arg(it.value());
    for (auto it = run.score.byArticle.constBegin(); it != run.score.byArticle.constEnd(); ++it)
        lines << u"article %1 %2"_s.arg(it.key()).arg(it.value());
    return lines;
}

} // namespace

class TestCatalogueTranslation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedGermanCoversCatalogueExactly();
    void shippedGermanKeepsWhatProgramsMatch();
    void doraFollowsThreadLanguage();
    void overlayProblems_data();
    void overlayProblems();
    void overlayRefused_data();
    void overlayRefused();
    void demoRunSameInBothLanguages();
    void storedFindingsAreEnglishInEveryLanguage();
};

void TestCatalogueTranslation::shippedGermanCoversCatalogueExactly()
{
    const QByteArray bytes = shippedOverlay();
    QVERIFY2(!bytes.isEmpty(), qPrintable(overlayPath));
    const auto translated = CatalogueLoader::translate(english(), bytes, u"dora.de.json"_s);
    QVERIFY2(translated.hasValue(), qPrintable(translated ? QString() : translated.error().toString()));
    QVERIFY2(translated->problems.isEmpty(), qPrintable(translated->problems.join(u'\n')));

    // The same, read directly: no missing, no extra id, no empty text (so the rule holds even if translate() erred).
    const QJsonObject root = shippedOverlayObject();
    QCOMPARE(root.value(u"catalogue").toString(), english().id);
    QCOMPARE(root.value(u"catalogue_version").toString(), english().version);
    QVERIFY(!root.value(u"name").toString().trimmed().isEmpty());
    QVERIFY(!root.value(u"source").toString().trimmed().isEmpty());
    const QJsonObject chapters = root.value(u"chapters").toObject();
    const QStringList chapterIds = chapters.keys();
    QCOMPARE(QSet<QString>(chapterIds.begin(), chapterIds.end()),
             QSet<QString>(english().chapters.begin(), english().chapters.end()));
    for (auto it = chapters.begin(); it != chapters.end(); ++it)
        QVERIFY2(!it.value().toString().trimmed().isEmpty(), qPrintable(it.key()));
    const QJsonObject requirements = root.value(u"requirements").toObject();
    QSet<QString> ids;
    for (const Requirement &r : english().requirements)
        ids.insert(r.id);
    const QStringList keys = requirements.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()), ids);
    QCOMPARE(qsizetype(keys.size()), qsizetype(english().requirements.size()));
    for (auto it = requirements.begin(); it != requirements.end(); ++it) {
        const QJsonObject texts = it.value().toObject();
        QCOMPARE(texts.size(), 3);
        for (const QString &field : {u"title"_s, u"description"_s, u"guidance"_s}) {
            const QString text = texts.value(field).toString();
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(it.key() + u' ' + field));
            QVERIFY2(text == text.trimmed(), qPrintable(it.key() + u' ' + field));
        }
    }
}

void TestCatalogueTranslation::shippedGermanKeepsWhatProgramsMatch()
{
    // Only the texts change: ids, chapters, articles, references, checks and version are the English catalogue's.
    const Catalogue &en = english();
    const Catalogue &de = CatalogueLoader::dora(u"de"_s);
    QVERIFY(&de != &en);
    QCOMPARE(de.id, en.id);
    QCOMPARE(de.version, en.version);
    QCOMPARE(de.chapters, en.chapters);
    QCOMPARE(de.chapterTitles.keys(), en.chapterTitles.keys());
    QCOMPARE(de.requirements.size(), en.requirements.size());
    int translated = 0;
    for (std::size_t i = 0; i < en.requirements.size(); ++i) {
        const Requirement &a = en.requirements[i];
        const Requirement &b = de.requirements[i];
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.chapter, a.chapter);
        QCOMPARE(b.article, a.article);
        QCOMPARE(b.reference, a.reference);
        QCOMPARE(b.checks, a.checks);
        translated += b.title != a.title && b.description != a.description && b.guidance != a.guidance ? 1 : 0;
    }
    QCOMPARE(translated, int(en.requirements.size()));
    QVERIFY(de.name != en.name);
    QVERIFY(de.source.contains(u"2022/2554"));
    QVERIFY(de.source.contains(u"2024/1774"));
}

void TestCatalogueTranslation::doraFollowsThreadLanguage()
{
    const QString id = u"dora-8-7"_s;
    {
        const i18n::ScopedLanguage scope(u"de"_s);
        const Catalogue &de = CatalogueLoader::dora();
        QVERIFY(de.find(id));
        QCOMPARE(de.find(id)->title, u"Altsysteme erhalten eine jährliche Risikobewertung"_s);
        QCOMPARE(de.find(id)->reference, u"DORA Art 8(7)"_s);
        QCOMPARE(de.chapterTitles.value(u"II"_s), u"IKT-Risikomanagement"_s);
        QCOMPARE(&CatalogueLoader::dora(), &de); // loaded once per language
        QCOMPARE(&CatalogueLoader::dora(u"de"_s), &de);

        // Another thread without a ScopedLanguage speaks the process's language (English in tests).
        QString elsewhere;
        std::thread other([&elsewhere, &id] { elsewhere = CatalogueLoader::dora().find(id)->title; });
        other.join();
        QCOMPARE(elsewhere, u"Legacy systems get a yearly risk assessment"_s);
    }
    {
        const i18n::ScopedLanguage scope(u"en"_s);
        const Catalogue &en = CatalogueLoader::dora();
        QCOMPARE(en.find(id)->title, u"Legacy systems get a yearly risk assessment"_s);
        QCOMPARE(en.chapterTitles.value(u"II"_s), u"ICT risk management"_s);
        QCOMPARE(&en, &english());
    }
    QCOMPARE(CatalogueLoader::dora().find(id)->title, u"Legacy systems get a yearly risk assessment"_s);
}

void TestCatalogueTranslation::overlayProblems_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem");     // a part of the one expected problem line
    QTest::addColumn<QString>("englishKept"); // a requirement that keeps its English texts, or empty

    QTest::newRow("unknownRequirement") << u"extra"_s << u"requirement 'dora-99' is not in the catalogue"_s
                                        << QString();
    QTest::newRow("missingRequirement") << u"missing"_s << u"requirement 'dora-8-7': not translated"_s << u"dora-8-7"_s;
    QTest::newRow("emptyTitle") << u"emptyTitle"_s << u"requirement 'dora-8-7': \"title\" must be non-empty text"_s
                                << u"dora-8-7"_s;
    QTest::newRow("missingGuidance") << u"missingGuidance"_s << u"requirement 'dora-8-7': \"guidance\" is missing"_s
                                     << u"dora-8-7"_s;
    QTest::newRow("unknownRequirementField")
        << u"requirementField"_s << u"requirement 'dora-8-7': unknown field \"reference\""_s << u"dora-8-7"_s;
    QTest::newRow("unknownChapter") << u"extraChapter"_s << u"chapter 'VI' is not in the catalogue"_s << QString();
    QTest::newRow("missingChapter") << u"missingChapter"_s << u"chapter 'III': the title is missing"_s << QString();
    QTest::newRow("otherVersion") << u"version"_s << u"catalogue version \"2025.9\""_s << QString();
    QTest::newRow("unknownRootField") << u"rootField"_s << u"unknown field \"id\""_s << QString();
    QTest::newRow("emptyName") << u"emptyName"_s << u"the catalogue: \"name\" must be non-empty text"_s << QString();
}

void TestCatalogueTranslation::overlayProblems()
{
    QFETCH(QString, change);
    QFETCH(QString, problem);
    QFETCH(QString, englishKept);

    QJsonObject root = shippedOverlayObject();
    QJsonObject requirements = root.value(u"requirements").toObject();
    QJsonObject chapters = root.value(u"chapters").toObject();
    QJsonObject legacy = requirements.value(u"dora-8-7").toObject();
    if (change == u"extra")
        requirements.insert(u"dora-99"_s, legacy);
    else if (change == u"missing")
        requirements.remove(u"dora-8-7"_s);
    else if (change == u"emptyTitle")
        legacy.insert(u"title"_s, u"  "_s);
    else if (change == u"missingGuidance")
        legacy.remove(u"guidance"_s);
    else if (change == u"requirementField")
        legacy.insert(u"reference"_s, u"DORA Art. 8 Abs. 7"_s);
    else if (change == u"extraChapter")
        chapters.insert(u"VI"_s, u"Informationsaustausch"_s);
    else if (change == u"missingChapter")
        chapters.remove(u"III"_s);
    else if (change == u"version")
        root.insert(u"catalogue_version"_s, u"2025.9"_s);
    else if (change == u"rootField")
        root.insert(u"id"_s, u"dora"_s);
    else if (change == u"emptyName")
        root.insert(u"name"_s, QString());
    if (change != u"missing")
        requirements.insert(u"dora-8-7"_s, legacy);
    root.insert(u"requirements"_s, requirements);
    root.insert(u"chapters"_s, chapters);

    const auto translated = CatalogueLoader::translate(english(), bytesOf(root), u"test.de.json"_s);
    QVERIFY2(translated.hasValue(), qPrintable(translated ? QString() : translated.error().toString()));
    QVERIFY2(translated->problems.size() == 1 && translated->problems.front().contains(problem),
             qPrintable(translated->problems.join(u'\n')));

    // Whatever is wrong, the rest is German, and what is wrong stays English, whole.
    const Catalogue &c = translated->catalogue;
    QCOMPARE(c.requirements.size(), english().requirements.size());
    for (std::size_t i = 0; i < c.requirements.size(); ++i) {
        const Requirement &r = c.requirements[i];
        const Requirement &en = english().requirements[i];
        QCOMPARE(r.id, en.id);
        const bool kept = r.id == englishKept;
        QVERIFY2((r.title == en.title) == kept, qPrintable(r.id));
        QVERIFY2((r.description == en.description) == kept, qPrintable(r.id));
        QVERIFY2((r.guidance == en.guidance) == kept, qPrintable(r.id));
    }
    QCOMPARE(c.chapterTitles.value(u"III"_s) == english().chapterTitles.value(u"III"_s), change == u"missingChapter");
    QCOMPARE(c.name == english().name, change == u"emptyName");
    QVERIFY(!c.chapterTitles.contains(u"VI"_s));
}

void TestCatalogueTranslation::overlayRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QJsonObject other = shippedOverlayObject();
    other.insert(u"catalogue"_s, u"nis2"_s);
    QJsonObject format = shippedOverlayObject();
    format.insert(u"format"_s, u"bulwark-catalogue"_s);
    QJsonObject version = shippedOverlayObject();
    version.insert(u"format_version"_s, 2);
    QTest::newRow("otherCatalogue") << bytesOf(other) << u"for catalogue 'nis2', not 'dora'"_s;
    QTest::newRow("notATranslation") << bytesOf(format) << u"not a catalogue translation"_s;
    QTest::newRow("newerFormat") << bytesOf(version) << u"format version"_s;
    QTest::newRow("notJson") << QByteArray("{\"format\": ") << u"test.de.json"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    // QJsonDocument would keep the second text silently.
    QTest::newRow("requirementTwice") << QByteArray(
        "{\"format\": \"bulwark-catalogue-translation\", \"format_version\": 1, \"catalogue\": \"dora\", "
        "\"requirements\": {\"dora-8-7\": {}, \"dora-8-7\": {}}}")
                                      << u"dora-8-7"_s;
}

void TestCatalogueTranslation::overlayRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto translated = CatalogueLoader::translate(english(), bytes, u"test.de.json"_s);
    QVERIFY(!translated.hasValue());
    QVERIFY2(translated.error().toString().contains(message), qPrintable(translated.error().toString()));
}

void TestCatalogueTranslation::demoRunSameInBothLanguages()
{
    // The demo register, assessed with the catalogue in each language: the same checks, findings, requirement
    // results and scores, and the same stored requirement results (so the same results fingerprint and sign-off).
    const QDate today(2026, 11, 30);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.bulwark"_s);
    auto created = DemoRegister::create(path, today);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    auto service = test::openService(path);
    QVERIFY(service);
    const RegisterData data = service->snapshot();
    const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
    const auto existingResults = service->records(requirementResultType());
    const auto existingFindings = service->records(findingType());

    Assessment assessment;
    assessment.key = u"A-LANG"_s;
    assessment.title = u"Language check"_s;
    assessment.catalogue = english().id;
    assessment.catalogueVersion = english().version;
    assessment.preparer = u"tester"_s;

    QHash<QString, QStringList> outcomes;
    QHash<QString, QStringList> stored;
    QHash<QString, QString> fingerprints;
    for (const QString &language : {u"en"_s, u"de"_s}) {
        const i18n::ScopedLanguage scope(language);
        const Catalogue &catalogue = CatalogueLoader::dora();
        QCOMPARE(&catalogue, &CatalogueLoader::dora(language));
        const CheckContext context(data, snapshot, today);
        const auto run = runAssessment(catalogue, context);
        QVERIFY2(run.hasValue(), qPrintable(run ? QString() : run.error().toString()));
        QCOMPARE(run->requirements.size(), english().requirements.size());
        outcomes.insert(language, outcomeOf(*run));

        const ChangeSet change = recordRun(*run, assessment, existingResults, existingFindings, today);
        QHash<QString, Record> results;
        QStringList lines;
        for (const auto &item : change.records) {
            if (item.value.type == &requirementResultType()) {
                results.insert(item.value.key(), item.value);
                lines << QString::fromUtf8(item.value.toJson());
            } else if (item.value.type == &assessmentType()) {
                lines << QString::fromUtf8(item.value.toJson());
            }
        }
        QCOMPARE(qsizetype(results.size()), qsizetype(english().requirements.size()));
        lines.sort();
        stored.insert(language, lines);
        fingerprints.insert(language, resultsFingerprint(assessment.key, results));
    }
    QVERIFY(!outcomes.value(u"en"_s).isEmpty());
    QCOMPARE(outcomes.value(u"de"_s), outcomes.value(u"en"_s));
    QCOMPARE(stored.value(u"de"_s), stored.value(u"en"_s));
    QCOMPARE(fingerprints.value(u"de"_s), fingerprints.value(u"en"_s));
}

void TestCatalogueTranslation::storedFindingsAreEnglishInEveryLanguage()
{
    // A run printed in German records its findings in English, as one in English does (runAssessmentForRecord): a
    // German run after an English one rewrites nothing in the audit trail.
    const QDate today(2026, 11, 30);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.bulwark"_s);
    QVERIFY(DemoRegister::create(path, today));
    auto service = test::openService(path);
    QVERIFY(service);
    const RegisterData data = service->snapshot();
    const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
    Assessment assessment;
    assessment.key = u"A-LANG"_s;
    assessment.title = u"Language check"_s;
    assessment.catalogue = english().id;
    assessment.catalogueVersion = english().version;
    QHash<QString, QStringList> findings;
    QHash<QString, QString> printed;
    for (const QString &language : {u"en"_s, u"de"_s}) {
        const i18n::ScopedLanguage scope(language);
        const CheckContext context(data, snapshot, today);
        const auto shown = runAssessment(CatalogueLoader::dora(), context);
        const auto english = runAssessmentForRecord(CatalogueLoader::dora(), context);
        QCOMPARE(english.has_value(), language != u"en"_s); // in English the run shown is the one stored
        QVERIFY(shown && (!english || *english));
        const AssessmentRun &stored = english ? **english : *shown;
        QCOMPARE(i18n::currentLanguage(), language); // the record's English did not leak into this thread
        for (const auto &check : shown->checks) {
            if (!check.outcome.findings.empty()) {
                printed.insert(language, check.outcome.findings.front().message);
                break;
            }
        }
        // The demo register holds its findings already: a run recorded again changes none of them.
        auto findingChanges = [&](const AssessmentRun &run) {
            const ChangeSet change = recordRun(
                run, assessment, service->records(requirementResultType()), service->records(findingType()), today);
            QStringList lines;
            for (const auto &item : change.records) {
                if (item.value.type == &findingType())
                    lines << QString::fromUtf8(item.value.toJson());
            }
            return lines;
        };
        findings.insert(language, findingChanges(stored));
        if (language == u"de"_s) // the run as shown would have rewritten them in German
            QVERIFY(!findingChanges(*shown).isEmpty());
    }
    QCOMPARE(findings.value(u"en"_s), QStringList());
    QCOMPARE(findings.value(u"de"_s), QStringList());
    // ...while what the German run shows is German.
    QVERIFY(!printed.value(u"de"_s).isEmpty());
    QVERIFY2(printed.value(u"de"_s) != printed.value(u"en"_s), qPrintable(printed.value(u"de"_s)));
}

QTEST_GUILESS_MAIN(TestCatalogueTranslation)
#include "tst_cataloguetranslation.moc"
