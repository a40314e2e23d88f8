// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The desktop integration the package installs (installer/, issue 15): the man page and the bash completion list
// every command the program registers, with its options; the desktop entry, the AppStream metainfo and the MIME
// type parse and carry the keys the desktop needs; and the MIME type's magic matches a real register's bytes.
#include "cli/command.h"
#include "installer/commandhelp.h"
#include "model/store/database.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace bulwark;

namespace {

const QString appId = QStringLiteral("org.bulwark.Bulwark");
const QString mimeType = QStringLiteral("application/x-bulwark-register");

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString generated(const QString &name)
{
    return QStringLiteral(BULWARK_INSTALLER_GENERATED "/") + name;
}

QString source(const QString &name)
{
    return QStringLiteral(BULWARK_INSTALLER_SOURCE "/") + name;
}

/// A desktop entry's [Desktop Entry] group as key -> value; `error` says what is malformed.
QMap<QString, QString> parseDesktopEntry(const QString &text, QString &error)
{
    QMap<QString, QString> keys;
    QString group;
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z0-9-]+(?:\\[[A-Za-z_@.]+\\])?) *= *(.*)$"));
    int lineNumber = 0;
    for (const QString &line : text.split(u'\n')) {
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            group = line.mid(1, line.size() - 2);
            continue;
        }
        const auto m = keyLine.match(line);
        if (!m.hasMatch() || group.isEmpty()) {
            error = QStringLiteral("line %1 is not a key=value line in a group: %2").arg(lineNumber).arg(line);
            return {};
        }
        if (group == u"Desktop Entry") {
            if (keys.contains(m.captured(1))) {
                error = QStringLiteral("key %1 twice").arg(m.captured(1));
                return {};
            }
            keys.insert(m.captured(1), m.captured(2));
        }
    }
    return keys;
}

/// The text of every element at `path` (element names joined by '/') in an XML document; `error` as above.
QStringList xmlTexts(const QString &xml, const QString &path, QString &error, const QString &attribute = {})
{
    QXmlStreamReader reader(xml);
    QStringList stack, found;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            stack << reader.name().toString();
            if (stack.join(u'/') == path) {
                if (!attribute.isEmpty()) {
                    found << reader.attributes().value(attribute).toString();
                } else {
                    // reads up to and including the end element
                    found << reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                    stack.removeLast();
                }
            }
        } else if (reader.isEndElement()) {
            stack.removeLast();
        }
    }
    if (reader.hasError())
        error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return found;
}

} // namespace

class TestInstaller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manPageListsEveryCommandAndOption();
    void bashCompletionListsEveryCommandAndOption();
    void desktopEntry();
    void metainfo();
    void mimeTypeMatchesARegister();
    void helpParser();
};

void TestInstaller::manPageListsEveryCommandAndOption()
{
    const QString man = readText(generated(QStringLiteral("bulwark.1")));
    QVERIFY2(!man.isEmpty(), "the man page was not generated");
    QVERIFY(man.contains(QStringLiteral(".TH BULWARK 1 ")));
    QVERIFY(man.contains(QStringLiteral("\"Bulwark " BULWARK_VERSION "\"")));
    for (const char *section : {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS"})
        QVERIFY2(man.contains(QStringLiteral(".SH ") + QLatin1String(section)), section);
    const auto commands = cli::allCommands();
    QVERIFY(commands.size() > 20);
    const QList<installer::CommandHelp> helps = installer::CommandHelp::all();
    QCOMPARE(helps.size(), qsizetype(commands.size()));
    for (const installer::CommandHelp &help : helps) {
        // the section of this command: from its .SS line to the next
        const qsizetype at = man.indexOf(QStringLiteral(".SS \"%1").arg(help.name));
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("no section for the command '%1'").arg(help.name)));
        const qsizetype next = man.indexOf(QStringLiteral("\n.S"), at + 1);
        const QString section = man.mid(at, next < 0 ? -1 : next - at);
        QVERIFY2(section.contains(QString(help.summary).replace(u'-', QStringLiteral("\\-"))), qPrintable(help.name));
        QVERIFY2(!help.options.isEmpty(), qPrintable(help.name)); // --help at least
        for (const installer::OptionHelp &option : help.options) {
            for (const QString &name : option.names) {
                const QString roffName
                    = QStringLiteral("\\fB%1\\fR").arg(QString(name).replace(u'-', QStringLiteral("\\-")));
                QVERIFY2(section.contains(roffName),
                         qPrintable(QStringLiteral("'%1' lacks the option %2").arg(help.name, name)));
            }
        }
    }
    // every command's options were read, not just --help: the usual ones are there
    const auto impact = std::find_if(helps.begin(), helps.end(), [](const auto &h) { return h.name == u"impact"; });
    QVERIFY(impact != helps.end());
    QStringList names;
    for (const auto &o : impact->options)
        names << o.names;
    QCOMPARE(names,
             (QStringList{QStringLiteral("-h"),
                          QStringLiteral("--help"),
                          QStringLiteral("--db"),
                          QStringLiteral("--json"),
                          QStringLiteral("--fail"),
                          QStringLiteral("--region"),
                          QStringLiteral("--country"),
                          QStringLiteral("--tag")}));
    // no line may start with a roff control character by accident (a description starting with "." or "'")
    static const QRegularExpression known(
        QStringLiteral("^(\\.(TH|SH|SS|TP|PP|RS|RE|nf|fi|B|I|RI|br|\\\\\")( |$)|'\\\\\" t$)"));
    for (const QString &line : man.split(u'\n')) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            QVERIFY2(known.match(line).hasMatch(), qPrintable(line));
    }
}

void TestInstaller::bashCompletionListsEveryCommandAndOption()
{
    const QString script = readText(generated(QStringLiteral("bulwark.bash-completion")));
    QVERIFY2(!script.isEmpty(), "the bash completion was not generated");
    QVERIFY(script.contains(QStringLiteral("complete -F _bulwark bulwark")));
    static const QRegularExpression commandsLine(QStringLiteral("local commands='([^']*)'"));
    const QStringList listed = commandsLine.match(script).captured(1).split(u' ', Qt::SkipEmptyParts);
    QStringList registered;
    for (const auto &c : cli::allCommands())
        registered << c->name();
    QCOMPARE(listed, registered);
    for (const installer::CommandHelp &help : installer::CommandHelp::all()) {
        const qsizetype at = script.indexOf(QStringLiteral("\n    %1)\n").arg(help.name));
        QVERIFY2(at >= 0, qPrintable(help.name));
        const QString options = script.mid(at).section(u'\'', 1, 1);
        for (const auto &o : help.options)
            for (const QString &name : o.names)
                QVERIFY2(options.split(u' ').contains(name), qPrintable(help.name + u' ' + name));
    }
    // a register for --db and for 'bulwark FILE'
    QVERIFY(script.contains(QStringLiteral("_filedir bulwark")));
    // 'report' and 'scenario' complete their first word
    QVERIFY(script.contains(QStringLiteral("subcommands='audit scenario register'")));
    QVERIFY(script.contains(QStringLiteral("subcommands='list save run remove'")));
}

void TestInstaller::desktopEntry()
{
    QString error;
    const auto keys = parseDesktopEntry(readText(source(appId + QStringLiteral(".desktop"))), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(keys.value(QStringLiteral("Name")), QStringLiteral("Bulwark"));
    QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("bulwark %f")); // one file: a window shows one register
    QCOMPARE(keys.value(QStringLiteral("Icon")), appId);
    QCOMPARE(keys.value(QStringLiteral("Terminal")), QStringLiteral("false"));
    QVERIFY(keys.value(QStringLiteral("MimeType")).split(u';').contains(mimeType));
    QVERIFY(keys.value(QStringLiteral("MimeType")).endsWith(u';'));
    QVERIFY(keys.value(QStringLiteral("Categories")).split(u';').contains(QStringLiteral("Office")));
    QVERIFY(keys.value(QStringLiteral("Categories")).endsWith(u';'));
    QVERIFY(!keys.value(QStringLiteral("Comment")).isEmpty());
}

void TestInstaller::metainfo()
{
    const QString xml = readText(generated(appId + QStringLiteral(".metainfo.xml")));
    QVERIFY2(!xml.isEmpty(), "the metainfo was not configured");
    QVERIFY2(!xml.contains(u'@'), "an unconfigured @VARIABLE@");
    QString error;
    QCOMPARE(xmlTexts(xml, QStringLiteral("component/id"), error), QStringList{appId});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(xmlTexts(xml, QStringLiteral("component"), error, QStringLiteral("type")),
             QStringList{QStringLiteral("desktop-application")});
    QCOMPARE(xmlTexts(xml, QStringLiteral("component/launchable"), error),
             QStringList{appId + QStringLiteral(".desktop")});
    QCOMPARE(xmlTexts(xml, QStringLiteral("component/provides/binary"), error), QStringList{QStringLiteral("bulwark")});
    QCOMPARE(xmlTexts(xml, QStringLiteral("component/provides/mediatype"), error), QStringList{mimeType});
    QCOMPARE(xmlTexts(xml, QStringLiteral("component/project_license"), error),
             QStringList{QStringLiteral("GPL-3.0-or-later")});
    QCOMPARE(xmlTexts(xml, QStringLiteral("component/content_rating"), error, QStringLiteral("type")),
             QStringList{QStringLiteral("oars-1.1")});
    QVERIFY(!xmlTexts(xml, QStringLiteral("component/description/p"), error).isEmpty());
    const QStringList versions
        = xmlTexts(xml, QStringLiteral("component/releases/release"), error, QStringLiteral("version"));
    QCOMPARE(versions.value(0), QStringLiteral(BULWARK_VERSION)); // the newest release is this version
    for (const QString &date :
         xmlTexts(xml, QStringLiteral("component/releases/release"), error, QStringLiteral("date")))
        QVERIFY2(QDate::fromString(date, Qt::ISODate).isValid(), qPrintable(date));
    const QStringList images = xmlTexts(xml, QStringLiteral("component/screenshots/screenshot/image"), error);
    QVERIFY(images.size() >= 3);
    for (const QString &image : images) {
        QVERIFY2(image.startsWith(QStringLiteral("https://")), qPrintable(image));
        // each one is a README screenshot, served from the homepage under the same name
        const QString name = image.section(u'/', -1);
        QVERIFY2(QFile::exists(QStringLiteral(BULWARK_SOURCE_DIR "/docs/screenshots/") + name), qPrintable(name));
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestInstaller::mimeTypeMatchesARegister()
{
    const QString xml = readText(source(appId + QStringLiteral(".mime.xml")));
    QString error;
    QCOMPARE(xmlTexts(xml, QStringLiteral("mime-info/mime-type"), error, QStringLiteral("type")),
             QStringList{mimeType});
    QCOMPARE(xmlTexts(xml, QStringLiteral("mime-info/mime-type/sub-class-of"), error, QStringLiteral("type")),
             QStringList{QStringLiteral("application/vnd.sqlite3")});
    QCOMPARE(xmlTexts(xml, QStringLiteral("mime-info/mime-type/glob"), error, QStringLiteral("pattern")),
             QStringList{QStringLiteral("*.bulwark")});
    // the magic: the SQLite header at 0 AND, nested (both must match), the application id at 68
    const QString outer = QStringLiteral("mime-info/mime-type/magic/match");
    const QString inner = outer + QStringLiteral("/match");
    QCOMPARE(xmlTexts(xml, outer, error, QStringLiteral("offset")), QStringList{QStringLiteral("0")});
    QCOMPARE(xmlTexts(xml, outer, error, QStringLiteral("value")), QStringList{QStringLiteral("SQLite format 3\\000")});
    QCOMPARE(xmlTexts(xml, inner, error, QStringLiteral("type")), QStringList{QStringLiteral("big32")});
    QCOMPARE(xmlTexts(xml, inner, error, QStringLiteral("offset")), QStringList{QStringLiteral("68")});
    const QStringList value = xmlTexts(xml, inner, error, QStringLiteral("value"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    bool ok = false;
    const quint32 magic = value.value(0).toUInt(&ok, 16);
    QVERIFY(ok);
    QCOMPARE(magic, quint32(store::Database::applicationId));
    // above shared-mime-info's own SQLite type (priority 50), so that content decides for a register
    QVERIFY(
        xmlTexts(xml, QStringLiteral("mime-info/mime-type/magic"), error, QStringLiteral("priority")).value(0).toInt()
        > 50);

    // and a register Bulwark creates has exactly those bytes
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bank.bulwark"));
    {
        auto db = store::Database::open(path, store::Database::OpenMode::CreateIfMissing);
        QVERIFY2(db.hasValue(), db ? "" : qPrintable(db.error().toString()));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(72);
    QCOMPARE(head.left(16), QByteArray("SQLite format 3\0", 16));
    const auto byte = [&](int i) { return quint32(quint8(head.at(i))); };
    QCOMPARE((byte(68) << 24) | (byte(69) << 16) | (byte(70) << 8) | byte(71), magic);
}

void TestInstaller::helpParser()
{
    // the layout QCommandLineParser prints, with a wrapped description and a value
    QList<installer::OptionHelp> options, positional;
    installer::CommandHelp::parseHelp(QStringLiteral("Usage: bulwark x [options] KEY\nSummary.\n\nOptions:\n"
                                                     "  -h, --help           Show this help.\n"
                                                     "  -o, --output <PATH>  The file to\n"
                                                     "                       write.\n\n"
                                                     "Arguments:\n  KEY                  The key.\n"),
                                      options,
                                      positional);
    QCOMPARE(options.size(), 2);
    QCOMPARE(options.at(1).names, (QStringList{QStringLiteral("-o"), QStringLiteral("--output")}));
    QCOMPARE(options.at(1).value, QStringLiteral("PATH"));
    QCOMPARE(options.at(1).description, QStringLiteral("The file to write."));
    QCOMPARE(positional.size(), 1);
    QCOMPARE(positional.at(0).names, QStringList{QStringLiteral("KEY")});
}

QTEST_GUILESS_MAIN(TestInstaller)
#include "tst_installer.moc"
