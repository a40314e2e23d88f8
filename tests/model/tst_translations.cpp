// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues (issue 15): every text the sources show a user is in the German catalogue and translated there,
// its placeholders and plural forms intact; the language follows the choice, per process and per thread.
#include "../catalogue.h"
#include "model/i18n/language.h"
#include "model/register/vocabulary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>
#include <QtConcurrent/QtConcurrentRun>

using namespace bulwark;

namespace {

const QString sourceDir = QStringLiteral(BULWARK_SOURCE_DIR);

/// The placeholders of a text: %1..%99, %L1, %n, %Ln, as a sorted list (each once).
QStringList placeholders(const QString &text, bool withCount)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        QString p = it.next().captured(0);
        p.remove(u'L'); // "%L1" and "%1" are the same argument, in the locale's digits or not
        if (p == u"%n" && !withCount)
            continue;
        if (!found.contains(p))
            found << p;
    }
    found.sort();
    return found;
}

/// "&File" has an accelerator, "R&&D" and "&amp;" in a tooltip do not.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
    return pattern.match(QString(text).replace(QLatin1String("&&"), QString())).hasMatch();
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cataloguesAreCurrent();
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void languageFollowsTheChoice();
    void aThreadSpeaksItsOwnLanguage();
};

void tst_Translations::cataloguesAreCurrent()
{
    // A text added to the sources and not yet in the catalogues fails here, with the text named.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(sourceDir + QStringLiteral("/scripts/dev/update-translations"), {QStringLiteral("--check")});
    QVERIFY2(lupdate.waitForFinished(120000), "update-translations --check did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAll().constData());
}

void tst_Translations::everyTextIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(sourceDir + QStringLiteral("/resources/translations"));
    // German, and the English plural forms ("1 day", "2 days"): English has two forms too.
    const QStringList files
        = dir.entryList({QStringLiteral("bulwark_*_de.ts"), QStringLiteral("bulwark_en.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void tst_Translations::everyTextIsTranslated()
{
    QFETCH(QString, path);
    QString error;
    const QList<test::Message> messages = test::readCatalogue(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const test::Message &m : messages) {
        const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
        if (!m.finished || m.forms.isEmpty() || m.forms.contains(QString())) {
            problems << where + QStringLiteral(": not translated");
            continue;
        }
        if (m.numerus && m.forms.size() != 2) {
            problems << where + QStringLiteral(": two plural forms are needed, found %1").arg(m.forms.size());
            continue;
        }
        const QStringList wanted = placeholders(m.source, false);
        for (const QString &form : m.forms) {
            if (placeholders(form, false) != wanted)
                problems << where
                        + QStringLiteral(": placeholders %1 in the source, %2 in \"%3\"")
                              .arg(wanted.join(u','), placeholders(form, false).join(u','), form.left(80));
            if (hasAccelerator(m.source) != hasAccelerator(form))
                problems << where
                        + QStringLiteral(": the keyboard accelerator (&) is lost or added in \"%1\"")
                              .arg(form.left(80));
        }
        // The plural form for many must show the count: "%n Tage", not "Tage".
        if (m.numerus && placeholders(m.source, true).contains(QStringLiteral("%n"))
            && !placeholders(m.forms.last(), true).contains(QStringLiteral("%n")))
            problems << where + QStringLiteral(": the plural form lacks the count %n");
    }
    if (!problems.isEmpty()) {
        const int shown = std::min<int>(int(problems.size()), 40);
        QFAIL(qPrintable(QStringLiteral("%1 of %2 texts in %3 need work:\n  ")
                             .arg(problems.size())
                             .arg(messages.size())
                             .arg(QFileInfo(path).fileName())
                         + problems.mid(0, shown).join(QStringLiteral("\n  "))));
    }
}

void tst_Translations::languageFollowsTheChoice()
{
    QCOMPARE(i18n::languages(), QStringList({QStringLiteral("en"), QStringLiteral("de")}));
    QCOMPARE(i18n::resolve(QStringLiteral("de_AT")), std::optional<QString>(QStringLiteral("de")));
    QCOMPARE(i18n::resolve(QStringLiteral("en-GB")), std::optional<QString>(QStringLiteral("en")));
    QCOMPARE(i18n::resolve(QStringLiteral("fr")), std::nullopt);
    QVERIFY(!i18n::setLanguage(QStringLiteral("fr")));

    const QString before = i18n::language();
    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    QCOMPARE(Vocabulary::minutesText(0), QStringLiteral("no outage"));
    QCOMPARE(Vocabulary::minutesText(2 * 24 * 60), QStringLiteral("2 days"));
    QVERIFY(i18n::setLanguage(QStringLiteral("de")));
    QCOMPARE(i18n::language(), QStringLiteral("de"));
    QCOMPARE(Vocabulary::minutesText(0), QStringLiteral("kein Ausfall"));
    QCOMPARE(Vocabulary::minutesText(24 * 60), QStringLiteral("1 Tag"));
    QCOMPARE(Vocabulary::minutesText(2 * 24 * 60), QStringLiteral("2 Tage"));
    QVERIFY(i18n::setLanguage(before));
}

void tst_Translations::aThreadSpeaksItsOwnLanguage()
{
    // A report in German while the window speaks English: the worker's texts and numbers are German, the window's
    // thread stays English.
    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    const auto german = QtConcurrent::run([] {
        i18n::ScopedLanguage scope(QStringLiteral("de"));
        return Vocabulary::minutesText(0) + u'|' + Vocabulary::number(1234567);
    });
    QCOMPARE(german.result(), QStringLiteral("kein Ausfall|1.234.567"));
    QCOMPARE(Vocabulary::minutesText(0), QStringLiteral("no outage"));
    {
        i18n::ScopedLanguage scope(QStringLiteral("de"));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("de"));
        {
            i18n::ScopedLanguage inner(QStringLiteral("en"));
            QCOMPARE(Vocabulary::number(1234567), QStringLiteral("1,234,567"));
        }
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("de"));
    }
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
