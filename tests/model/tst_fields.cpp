// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/fields.h"
#include "model/register/registercodec.h"
#include "model/register/validation.h"
#include "model/register/vocabulary.h"

#include <QLocale>
#include <QTest>

using namespace bulwark;

/// The field tables: the one place a field of an element, a dependency or a group is declared.
class tst_Fields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalOrderIsTheFileFormats();
    void textRoundTrips_data();
    void textRoundTrips();
    void otherKindsAreRefused();
    void everyElementFieldIsInTheForm();
    void issue12_formTakesWhatTheTableShows_data();
    void issue12_formTakesWhatTheTableShows();
    void issue12_badInputIsNamed_data();
    void issue12_badInputIsNamed();
    void issue12_durationsAndCountsAsPeopleWriteThem_data();
    void issue12_durationsAndCountsAsPeopleWriteThem();
    void issue12_whatTheTableShowsReadsBack();
};

/// The order of JSON objects and CSV columns (bulwark-register v1): a change here changes every export.
void tst_Fields::canonicalOrderIsTheFileFormats()
{
    QCOMPARE(Fields::element().tokens().join(u','),
             QStringLiteral("key,name,kind,criticality,mtd_min,mtdl_min,rto_min,rpo_min,availability,owner,"
                            "description,tags,lei,country,region,substitutability,exit_plan"));
    QCOMPARE(Fields::dependency().tokens().join(u','), QStringLiteral("from,to,strength,group"));
    QCOMPARE(Fields::group().tokens().join(u','), QStringLiteral("element,name,min_up,failover_min"));
    QCOMPARE(RegisterCodec::elementFields(), Fields::element().tokens());
}

void tst_Fields::textRoundTrips_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("minutes") << "rto_min"
                             << "240"
                             << "240";
    QTest::newRow("minutesCleared") << "rto_min"
                                    << ""
                                    << "";
    QTest::newRow("fraction") << "availability"
                              << "0.9995"
                              << "0.9995";
    QTest::newRow("choice") << "criticality"
                            << "critical"
                            << "critical";
    QTest::newRow("kind") << "kind"
                          << "provider"
                          << "provider";
    QTest::newRow("yesNoWords") << "exit_plan"
                                << "yes"
                                << "true";
    QTest::newRow("listTrimmed") << "tags"
                                 << " a ; b;;c "
                                 << "a;b;c";
    QTest::newRow("textTrimmed") << "owner"
                                 << "  Ops  "
                                 << "Ops";
    QTest::newRow("longTextAsWritten") << "description"
                                       << "  two\nlines "
                                       << "  two\nlines ";
}

void tst_Fields::textRoundTrips()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Element e;
    const Field<Element> *f = Fields::element().find(field);
    QVERIFY(f);
    QVERIFY(RegisterCodec::setField(e, field, text));
    QCOMPARE(f->text(e), expected);
    QCOMPARE(RegisterCodec::fieldText(e, field), expected);
    QCOMPARE(f->isSet(e), !expected.isEmpty());
}

/// Validation takes the kinds a field belongs to from the table: set on another kind, the field is named.
void tst_Fields::otherKindsAreRefused()
{
    int restricted = 0;
    for (const Field<Element> &field : Fields::element()) {
        if (field.info.kinds == allKinds)
            continue;
        ++restricted;
        Element e;
        e.key = QStringLiteral("APP");
        e.name = QStringLiteral("App");
        e.kind = ElementKind::Application;
        const QString sample = field.token == u"lei" ? QStringLiteral("529900T8BM49AURSDO55")
            : field.choices                          ? field.choices().first().first
                                                     : QStringLiteral("60");
        QVERIFY2(field.setText(e, sample), qPrintable(field.token));
        const auto r = Validation::validateElement(e);
        QVERIFY2(!r, qPrintable(field.token));
        QCOMPARE(r.error().field, field.token);
        QVERIFY(
            field.appliesTo(field.token == u"lei" || field.token == u"substitutability" || field.token == u"exit_plan"
                                ? ElementKind::Provider
                                : ElementKind::Function));
    }
    QCOMPARE(restricted, 6);
}

void tst_Fields::everyElementFieldIsInTheForm()
{
    QSet<int> ranks;
    for (const Field<Element> &field : Fields::element()) {
        QVERIFY2(field.info.label, qPrintable(field.token));
        QVERIFY2(!ranks.contains(field.info.formRank), qPrintable(field.token));
        ranks.insert(field.info.formRank);
    }
}

void tst_Fields::issue12_formTakesWhatTheTableShows_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("rawMinutes") << "rto_min"
                                << "90"
                                << "90";
    QTest::newRow("emptyMinutes") << "rto_min"
                                  << ""
                                  << "";
    QTest::newRow("minutes") << "rto_min"
                             << "30 min"
                             << "30";
    QTest::newRow("hour") << "rto_min"
                          << "1 h"
                          << "60";
    QTest::newRow("hoursNoSpace") << "rto_min"
                                  << "8h"
                                  << "480";
    QTest::newRow("hourAndMinutes") << "rto_min"
                                    << "1 h 30 min"
                                    << "90";
    QTest::newRow("fractionOfAnHour") << "rto_min"
                                      << "1.5 h"
                                      << "90";
    QTest::newRow("days") << "mtd_min"
                          << "2 d"
                          << "2880";
    QTest::newRow("dayWord") << "mtd_min"
                             << "1 day"
                             << "1440";
    QTest::newRow("daysWord") << "mtd_min"
                              << "2 days"
                              << "2880";
    QTest::newRow("groupSeparator") << "rpo_min"
                                    << "1,500 min"
                                    << "1500";
    QTest::newRow("rawFraction") << "availability"
                                 << "0.9995"
                                 << "0.9995";
    QTest::newRow("percent") << "availability"
                             << "99.99 %"
                             << "0.9999";
    QTest::newRow("percentNoSpace") << "availability"
                                    << "99.99%"
                                    << "0.9999";
    QTest::newRow("percentWhole") << "availability"
                                  << "100 %"
                                  << "1";
    QTest::newRow("percentSmall") << "availability"
                                  << "0.5 %"
                                  << "0.005";
    // The digits are moved, not multiplied: 99.999 % is 0.99999 exactly, not 0.9999899999999999.
    QTest::newRow("percentExact") << "availability"
                                  << "99.999 %"
                                  << "0.99999";
    QTest::newRow("otherFieldsUnchanged") << "owner"
                                          << "1 h"
                                          << "1 h";
}

/// Issue 12: the element form takes what the table shows ("99.99 %", "1 h", "2 d") as well as raw values.
void tst_Fields::issue12_formTakesWhatTheTableShows()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    const Field<Element> *f = Fields::element().find(field);
    QVERIFY(f);
    const auto raw = Fields::rawText(f->type, typed, field);
    QVERIFY2(raw, qPrintable(raw ? QString() : raw.error().message));
    Element e;
    QVERIFY(RegisterCodec::setField(e, field, *raw));
    QCOMPARE(RegisterCodec::fieldText(e, field), stored);
}

void tst_Fields::issue12_badInputIsNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("words") << "rto_min"
                           << "two hours"
                           << "must be a duration such as 90 (minutes), 30 min, 1 h or 2 d";
    QTest::newRow("unknownUnit") << "rto_min"
                                 << "3 fortnights"
                                 << "must be a duration";
    QTest::newRow("notWholeMinutes") << "rto_min"
                                     << "1.01 h"
                                     << "must be a whole number of minutes";
    QTest::newRow("trailingText") << "rto_min"
                                  << "1 h soon"
                                  << "must be a duration";
    QTest::newRow("percentWords") << "availability"
                                  << "most %"
                                  << "must be a percentage such as 99.9 %";
    QTest::newRow("percentNegative") << "availability"
                                     << "-5 %"
                                     << "must be a percentage";
}

void tst_Fields::issue12_badInputIsNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    const Field<Element> *f = Fields::element().find(field);
    QVERIFY(f);
    const auto raw = Fields::rawText(f->type, typed, field);
    QVERIFY2(!raw, qPrintable(typed));
    QVERIFY2(raw.error().message.contains(message), qPrintable(raw.error().message));
    QVERIFY2(raw.error().message.contains(typed), qPrintable(raw.error().message)); // what was typed is quoted
    QCOMPARE(raw.error().field, field);
}

void tst_Fields::issue12_durationsAndCountsAsPeopleWriteThem_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("text");
    QTest::newRow("noOutage") << 0 << "no outage";
    QTest::newRow("minutes") << 45 << "45 min";
    QTest::newRow("oneHour") << 60 << "1 h";
    QTest::newRow("hours") << 480 << "8 h";
    QTest::newRow("oneDay") << 1440 << "1 day";
    QTest::newRow("days") << 2880 << "2 days";
    QTest::newRow("manyMinutes") << 1501 << "1,501 min";
    QTest::newRow("unknown") << -1 << "unknown";
}

/// Issue 12: "1 day", "2 days" (plural forms in English too), thousands separators from the locale.
void tst_Fields::issue12_durationsAndCountsAsPeopleWriteThem()
{
    QFETCH(int, minutes);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Vocabulary::minutesText(minutes), text);
    QCOMPARE(Vocabulary::number(481259), QStringLiteral("481,259"));
    QCOMPARE(Vocabulary::tr("%Ln day(s)", nullptr, 481259), QStringLiteral("481,259 days"));
}

/// Every duration the tables show reads back into the form as the same number of minutes.
void tst_Fields::issue12_whatTheTableShowsReadsBack()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (int minutes : {1, 45, 59, 60, 90, 120, 1439, 1440, 1500, 2880, 10080, 100000}) {
        const QString shown = Vocabulary::minutesText(minutes, false);
        const auto raw = Fields::rawText(FieldType::Minutes, shown, QStringLiteral("rto_min"));
        QVERIFY2(raw, qPrintable(shown));
        QCOMPARE(raw->toInt(), minutes);
        // Fields::displayText (the import preview) writes the same text from the raw value.
        QCOMPARE(Fields::displayText(FieldType::Minutes, QString::number(minutes)), shown);
    }
    for (const char *fraction : {"0.9995", "0.999", "0.99999", "1", "0"}) {
        const QString shown = Fields::displayText(FieldType::Fraction, QString::fromLatin1(fraction));
        QVERIFY2(shown.endsWith(QStringLiteral(" %")), qPrintable(shown));
        const auto raw = Fields::rawText(FieldType::Fraction, shown, QStringLiteral("availability"));
        QVERIFY2(raw, qPrintable(shown));
        QCOMPARE(raw->toDouble(), QString::fromLatin1(fraction).toDouble());
    }
    QCOMPARE(Fields::displayText(FieldType::Fraction, QStringLiteral("0.9995")), QStringLiteral("99.95 %"));
    QCOMPARE(Fields::displayText(FieldType::Minutes, QStringLiteral("soon")), QStringLiteral("soon"));
    QCOMPARE(Fields::displayText(FieldType::Text, QStringLiteral("60")), QStringLiteral("60"));
}

QTEST_GUILESS_MAIN(tst_Fields)
#include "tst_fields.moc"
