// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/fields.h"
#include "model/register/registercodec.h"
#include "model/register/validation.h"

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

QTEST_GUILESS_MAIN(tst_Fields)
#include "tst_fields.moc"
