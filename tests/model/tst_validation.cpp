// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/registercodec.h"
#include "model/register/validation.h"
#include "testutil.h"

#include <QTest>

using namespace bulwark;

/// Every single-value rule of the register, with the field and the message the user sees.
class tst_Validation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keySyntax_data();
    void keySyntax();
    void lei_data();
    void lei();
    void country();
    void elementRules_data();
    void elementRules();
    void groupRules_data();
    void groupRules();
    void textFields_data();
    void textFields();
};

void tst_Validation::keySyntax_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "APP-CORE" << true;
    QTest::newRow("allPunctuation") << "a-b_c.d:e/f" << true;
    QTest::newRow("sixtyFourChars") << QString(64, u'x') << true;
    QTest::newRow("sixtyFiveChars") << QString(65, u'x') << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "APP CORE" << false;
    QTest::newRow("umlaut") << QString::fromUtf8("K\xC3\xBC"
                                                 "che")
                            << false;
    QTest::newRow("greaterThan") << "A>B" << false;
    QTest::newRow("hash") << "A#B" << false;
}

void tst_Validation::keySyntax()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isValidKey(key), valid);
}

void tst_Validation::lei_data()
{
    QTest::addColumn<QString>("lei");
    QTest::addColumn<bool>("valid");
    // Real published LEIs (GLEIF examples) and mutations of them.
    QTest::newRow("gleif") << "506700GE1G29325QX363" << true;
    QTest::newRow("bundesbank") << "529900T8BM49AURSDO55" << true;
    QTest::newRow("wrongCheckDigits") << "529900T8BM49AURSDO56" << false;
    QTest::newRow("swappedChars") << "529900T8BM49AURSOD55" << false;
    QTest::newRow("tooShort") << "529900T8BM49AURSDO5" << false;
    QTest::newRow("lowerCase") << "529900t8bm49aursdo55" << false;
    QTest::newRow("letterInCheckDigits") << "529900T8BM49AURSDO5X" << false;
}

void tst_Validation::lei()
{
    QFETCH(QString, lei);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isValidLei(lei), valid);
}

void tst_Validation::country()
{
    QVERIFY(Validation::isCountryCode(u"DE"));
    QVERIFY(Validation::isCountryCode(u"IE"));
    QVERIFY(Validation::isCountryCode(u"ZW"));
    QVERIFY(!Validation::isCountryCode(u"de"));
    QVERIFY(!Validation::isCountryCode(u"EU"));
    QVERIFY(!Validation::isCountryCode(u"UK")); // the code is GB
    QVERIFY(!Validation::isCountryCode(u"DEU"));
}

void tst_Validation::elementRules_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << "application"
                           << "rto_min"
                           << "60"
                           << ""
                           << "";
    QTest::newRow("badKey") << "application"
                            << "key"
                            << "A B"
                            << "key"
                            << "is not a valid key";
    QTest::newRow("emptyName") << "application"
                               << "name"
                               << ""
                               << "name"
                               << "a name is required";
    QTest::newRow("longName") << "application"
                              << "name" << QString(201, u'n') << "name"
                              << "at most 200";
    QTest::newRow("negativeRto") << "application"
                                 << "rto_min"
                                 << "-5"
                                 << "rto_min"
                                 << "between 0 and";
    QTest::newRow("hugeRpo") << "application"
                             << "rpo_min"
                             << "99999999"
                             << "rpo_min"
                             << "between 0 and";
    QTest::newRow("availabilityAboveOne") << "application"
                                          << "availability"
                                          << "1.5"
                                          << "availability"
                                          << "fraction between 0 and 1";
    QTest::newRow("criticalityOnApplication") << "application"
                                              << "criticality"
                                              << "critical"
                                              << "criticality"
                                              << "only business functions";
    QTest::newRow("toleranceOnApplication") << "application"
                                            << "mtd_min"
                                            << "60"
                                            << "mtd_min"
                                            << "only business functions";
    QTest::newRow("dataLossToleranceOnStore") << "data_store"
                                              << "mtdl_min"
                                              << "60"
                                              << "mtdl_min"
                                              << "only business functions";
    QTest::newRow("criticalityOnFunction") << "function"
                                           << "criticality"
                                           << "critical"
                                           << ""
                                           << "";
    QTest::newRow("leiOnApplication") << "application"
                                      << "lei"
                                      << "529900T8BM49AURSDO55"
                                      << "lei"
                                      << "only providers";
    QTest::newRow("exitPlanOnLocation") << "location"
                                        << "exit_plan"
                                        << "true"
                                        << "exit_plan"
                                        << "only providers";
    QTest::newRow("substitutabilityOnService") << "ict_service"
                                               << "substitutability"
                                               << "low"
                                               << "substitutability"
                                               << "only providers";
    QTest::newRow("badLei") << "provider"
                            << "lei"
                            << "529900T8BM49AURSDO56"
                            << "lei"
                            << "not a valid LEI";
    QTest::newRow("goodLei") << "provider"
                             << "lei"
                             << "529900T8BM49AURSDO55"
                             << ""
                             << "";
    QTest::newRow("badCountry") << "provider"
                                << "country"
                                << "XX"
                                << "country"
                                << "not an ISO 3166-1";
    QTest::newRow("lowerCountry") << "location"
                                  << "country"
                                  << "de"
                                  << "country"
                                  << "not an ISO 3166-1";
    QTest::newRow("goodCountry") << "location"
                                 << "country"
                                 << "FR"
                                 << ""
                                 << "";
    QTest::newRow("tagWithSemicolonFromJson") << "application"
                                              << "tags_raw"
                                              << "a;b"
                                              << "tags"
                                              << "not a valid tag";
}

void tst_Validation::elementRules()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    QFETCH(QString, message);
    Element e = test::element(QStringLiteral("X-1"));
    QVERIFY(RegisterCodec::setField(e, QStringLiteral("kind"), kind));
    if (field == u"tags_raw")
        e.tags = QStringList{value};
    else if (field == u"name")
        e.name = value;
    else if (field == u"key")
        e.key = value;
    else
        QVERIFY(RegisterCodec::setField(e, field, value));
    const auto result = Validation::validateElement(e);
    if (errorField.isEmpty()) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        return;
    }
    QVERIFY(!result);
    QCOMPARE(result.error().field, errorField);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void tst_Validation::groupRules_data()
{
    QTest::addColumn<int>("minUp");
    QTest::addColumn<int>("failover");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("valid") << 1 << 15 << "dc"
                           << "";
    QTest::newRow("zeroMinUp") << 0 << 15 << "dc"
                               << "min_up";
    QTest::newRow("negativeFailover") << 1 << -1 << "dc"
                                      << "failover_min";
    QTest::newRow("badName") << 1 << 0 << "two words"
                             << "name";
}

void tst_Validation::groupRules()
{
    QFETCH(int, minUp);
    QFETCH(int, failover);
    QFETCH(QString, name);
    QFETCH(QString, errorField);
    const auto result = Validation::validateGroup(test::group(QStringLiteral("APP"), name, minUp, failover));
    QCOMPARE(bool(result), errorField.isEmpty());
    if (!result)
        QCOMPARE(result.error().field, errorField);
}

void tst_Validation::textFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("minutesInWords") << "rto_min"
                                    << "two hours"
                                    << "must be a whole number of minutes, got 'two hours'";
    QTest::newRow("fractionalMinutes") << "rpo_min"
                                       << "1.5"
                                       << "whole number of minutes";
    QTest::newRow("unknownKind") << "kind"
                                 << "server"
                                 << "'server' is not one of: function, application";
    QTest::newRow("unknownCriticality") << "criticality"
                                        << "high"
                                        << "is not one of: critical, standard";
    QTest::newRow("badBoolean") << "exit_plan"
                                << "maybe"
                                << "must be true or false";
    QTest::newRow("badAvailability") << "availability"
                                     << "99.9%"
                                     << "fraction between 0 and 1";
}

void tst_Validation::textFields()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    Element e = test::element(QStringLiteral("X"));
    const auto result = RegisterCodec::setField(e, field, text);
    QVERIFY(!result);
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
