// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

/// Issue 10: output that says it succeeded when it did not. Runs the real executable with standard output on
/// /dev/full, a closed descriptor or a broken pipe, and exports onto a small tmpfs that fills up, and kills a CSV
/// export at random moments: every failure must exit non-zero with the system's reason, and an earlier export must
/// survive whole.
class tst_OutputFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void standardOutputOnFullDevice_data();
    void standardOutputOnFullDevice();
    void closedStandardOutput();
    void outputToStandardOutputByName();
    void writeCommandSaysTheChangeWasSaved();
    void brokenPipeIsQuiet_data();
    void brokenPipeIsQuiet();
    void jsonExportOnFullDiskKeepsOldFile();
    void jsonExportToStandardOutputOnFullDisk();
    void csvExportOnFullDiskKeepsOldExport();
    void csvExportOnFullDiskLeavesNothing();
    void csvExportKilledLeavesOldOrNew();
    void csvExportRefusesForeignFolder();
    void exportsArePrivate();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QString err;
    };
    Run bulwark(const QStringList &args, const QString &stdoutFile = {}) const;
    /// Runs `program` with English system messages and a private runtime folder; `withoutLoaderLog` drops the
    /// LD_DEBUG logging that scripts/test sets.
    Run
    runProcess(const QString &program, const QStringList &args, const QString &stdoutFile, bool withoutLoaderLog) const;
    Run shell(const QString &script, const QStringList &args) const;
    /// Mounts a tmpfs of `kilobytes` at a fresh folder; empty (and m_noMount says why) when that is not possible.
    QString mountSmallDisk(int kilobytes);
    QString makeRegister(const QString &name, int elements, const QByteArray &label) const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_small; // a handful of elements: its exports fit on the small disk
    QString m_big;   // thousands of elements: its exports do not
    QString m_mounted;
    QString m_noMount;
};

namespace {

QString executable()
{
    return qEnvironmentVariable("BULWARK_EXECUTABLE", QStringLiteral(BULWARK_EXECUTABLE));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

/// Every entry of a folder (hidden ones too) with its bytes; a subfolder or link shows as "<not a file>".
QMap<QString, QByteArray> folderFiles(const QString &path)
{
    QMap<QString, QByteArray> files;
    const QFileInfoList entries
        = QDir(path).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries)
        files.insert(entry.fileName(),
                     entry.isFile() && !entry.isSymLink() ? fileBytes(entry.filePath()) : "<not a file>");
    return files;
}

QStringList entries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

int permissions(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

ino_t inode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

QStringList csvExport(const QString &db, const QString &folder)
{
    return {QStringLiteral("export"),
            QStringLiteral("--db"),
            db,
            QStringLiteral("--format"),
            QStringLiteral("csv"),
            QStringLiteral("-o"),
            folder};
}

/// "elements.csv (new), groups.csv (old)": which export each file of `found` comes from.
QString describe(const QMap<QString, QByteArray> &found,
                 const QMap<QString, QByteArray> &old,
                 const QMap<QString, QByteArray> &fresh)
{
    QStringList described;
    for (auto it = found.begin(); it != found.end(); ++it) {
        const char *origin = it.value() == old.value(it.key()) ? "old"
            : it.value() == fresh.value(it.key())              ? "new"
                                                               : "other";
        described << it.key() + QStringLiteral(" (%1)").arg(QLatin1String(origin));
    }
    return described.join(QStringLiteral(", "));
}

const QString diskFull = QStringLiteral("No space left on device (disk full)");

} // namespace

tst_OutputFailures::Run tst_OutputFailures::runProcess(const QString &program,
                                                       const QStringList &args,
                                                       const QString &stdoutFile,
                                                       bool withoutLoaderLog) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // the system's reason in English
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    if (withoutLoaderLog) {
        env.remove(QStringLiteral("LD_DEBUG"));
        env.remove(QStringLiteral("LD_DEBUG_OUTPUT"));
    }
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(program, args);
    process.waitForFinished(60000);
    Run run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

tst_OutputFailures::Run tst_OutputFailures::bulwark(const QStringList &args, const QString &stdoutFile) const
{
    return runProcess(executable(), args, stdoutFile, false);
}

tst_OutputFailures::Run tst_OutputFailures::shell(const QString &script, const QStringList &args) const
{
    // scripts/test logs what each program loads (LD_DEBUG=files): the loader would open its log on the closed
    // descriptor 1 before main() and hide the case under test.
    return runProcess(QStringLiteral("bash"), QStringList{QStringLiteral("-c"), script, executable()} + args, {}, true);
}

QString tst_OutputFailures::mountSmallDisk(int kilobytes)
{
    const QString point = m_dir.filePath(QStringLiteral("disk-%1").arg(QRandomGenerator::global()->generate()));
    if (!QDir().mkpath(point)) {
        m_noMount = QStringLiteral("cannot create %1").arg(point);
        return {};
    }
    const QByteArray options = "size=" + QByteArray::number(kilobytes) + "k,mode=0755";
    if (::mount("tmpfs", QFile::encodeName(point).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData())
        != 0) {
        m_noMount = QStringLiteral("mounting a tmpfs failed (%1): run as root, or where unshare --user "
                                   "--map-root-user --mount is allowed")
                        .arg(QString::fromLocal8Bit(::strerror(errno)));
        return {};
    }
    m_mounted = point;
    return point;
}

#define MOUNT_SMALL_DISK(variable, kilobytes)                                                                          \
    const QString variable = mountSmallDisk(kilobytes);                                                                \
    if (variable.isEmpty())                                                                                            \
        QSKIP(qPrintable(m_noMount));

QString tst_OutputFailures::makeRegister(const QString &name, int count, const QByteArray &label) const
{
    // Elements in a chain, every tenth with a redundancy group over its two predecessors.
    const QString json = m_dir.filePath(name + QStringLiteral(".json"));
    QFile file(json);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    auto key = [](int i) { return "K" + QByteArray::number(i).rightJustified(6, '0'); };
    QByteArray elements, dependencies, groups;
    auto append = [](QByteArray &list, const QByteArray &item) { list += (list.isEmpty() ? "\n" : ",\n") + item; };
    for (int i = 0; i < count; ++i) {
        append(elements,
               QByteArray(R"({"key": ")") + key(i) + R"(", "name": ")" + label + " element " + QByteArray::number(i)
                   + R"(", "kind": "application", "rto_min": )" + QByteArray::number(30 + i % 90) + "}");
        if (i == 0)
            continue;
        const bool grouped = i % 10 == 0;
        const QByteArray group = grouped ? QByteArray(R"(, "group": "pair")") : QByteArray();
        append(dependencies, QByteArray(R"({"from": ")") + key(i) + R"(", "to": ")" + key(i - 1) + "\"" + group + "}");
        if (grouped) {
            append(dependencies,
                   QByteArray(R"({"from": ")") + key(i) + R"(", "to": ")" + key(i - 2) + "\"" + group + "}");
            append(groups, QByteArray(R"({"element": ")") + key(i) + R"(", "name": "pair", "min_up": 1})");
        }
    }
    file.write(R"({"format": "bulwark-register", "version": 1, "elements": [)" + elements + "], \"dependencies\": ["
               + dependencies + "], \"groups\": [" + groups + "]}\n");
    file.close();
    const QString db = m_dir.filePath(name + QStringLiteral(".bulwark"));
    const Run run = bulwark({QStringLiteral("import"), QStringLiteral("--db"), db, json});
    return run.code == 0 ? db : QString();
}

void tst_OutputFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ::umask(022); // the usual umask, inherited by every bulwark run: a new export must still be private
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    const Run demo = bulwark({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    m_small = makeRegister(QStringLiteral("small"), 12, "Old");
    QVERIFY(!m_small.isEmpty());
    m_big = makeRegister(QStringLiteral("big"), 6000, "New");
    QVERIFY(!m_big.isEmpty());
}

void tst_OutputFailures::cleanup()
{
    // After every test, passed or failed: the small disk goes away.
    if (!m_mounted.isEmpty()) {
        if (::umount2(QFile::encodeName(m_mounted).constData(), MNT_DETACH) != 0)
            qWarning("cannot unmount %s: %s", qPrintable(m_mounted), ::strerror(errno));
        m_mounted.clear();
    }
}

void tst_OutputFailures::standardOutputOnFullDevice_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("prefix");
    const QString db = QStringLiteral("$DEMO");
    QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), db} << "bulwark list: ";
    QTest::newRow("listJson") << QStringList{QStringLiteral("list"),
                                             QStringLiteral("--db"),
                                             db,
                                             QStringLiteral("--json")}
                              << "bulwark list: ";
    QTest::newRow("log") << QStringList{QStringLiteral("log"), QStringLiteral("--db"), db} << "bulwark log: ";
    QTest::newRow("impact") << QStringList{QStringLiteral("impact"),
                                           QStringLiteral("--db"),
                                           db,
                                           QStringLiteral("--fail"),
                                           QStringLiteral("FAC-DC-FRA")}
                            << "bulwark impact: ";
    QTest::newRow("impactJson") << QStringList{QStringLiteral("impact"),
                                               QStringLiteral("--db"),
                                               db,
                                               QStringLiteral("--fail"),
                                               QStringLiteral("FAC-DC-FRA"),
                                               QStringLiteral("--json")}
                                << "bulwark impact: ";
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--db"), db} << "bulwark export: ";
    QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("APP-CORE")}
                          << "bulwark show: ";
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << "bulwark: ";
    QTest::newRow("map") << QStringList{QStringLiteral("map"),
                                        QStringLiteral("--db"),
                                        db,
                                        QStringLiteral("--around"),
                                        QStringLiteral("APP-CORE"),
                                        QStringLiteral("--hops"),
                                        QStringLiteral("1"),
                                        QStringLiteral("--out"),
                                        QStringLiteral("$DIR/core.svg")}
                         << "bulwark map: ";
}

void tst_OutputFailures::standardOutputOnFullDevice()
{
    QFETCH(QStringList, args);
    QFETCH(QString, prefix);
    for (QString &arg : args)
        arg.replace(QStringLiteral("$DEMO"), m_demo).replace(QStringLiteral("$DIR"), m_dir.path());
    const Run run = bulwark(args, QStringLiteral("/dev/full"));
    QVERIFY2(run.code == 3, qPrintable(QStringLiteral("exit %1: %2").arg(run.code).arg(run.err)));
    QVERIFY2(run.err.contains(prefix + QStringLiteral("standard output could not be written: ") + diskFull),
             qPrintable(run.err));
}

// A review found that "-o /dev/stdout >> log" replaced the log with the export: the path was followed to the file
// behind descriptor 1 and a new file renamed over it. It is written through the open descriptor instead.
void tst_OutputFailures::outputToStandardOutputByName()
{
    const QString log = m_dir.filePath(QStringLiteral("combined.log"));
    const Run appended
        = shell(QStringLiteral(R"(echo header > "$2"; "$0" export --db "$1" -o /dev/stdout >> "$2")"), {m_demo, log});
    QCOMPARE(appended.code, 0);
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("header\n{"));
    QVERIFY(bytes.contains("\"format\": \"bulwark-register\""));
    file.close();
    const QString framed = m_dir.filePath(QStringLiteral("framed.txt"));
    const Run braces
        = shell(QStringLiteral(R"({ echo first; "$0" export --db "$1" -o /proc/self/fd/1; echo last; } > "$2")"),
                {m_demo, framed});
    QCOMPARE(braces.code, 0);
    QFile framedFile(framed);
    QVERIFY(framedFile.open(QIODevice::ReadOnly));
    const QByteArray all = framedFile.readAll();
    QVERIFY(all.startsWith("first\n"));
    QVERIFY(all.endsWith("last\n"));
}

// A write command whose change was committed, but whose report could not be printed, exits 2 and says that the change
// itself was saved, so that a script does not retry it (a review's finding).
void tst_OutputFailures::writeCommandSaysTheChangeWasSaved()
{
    const Run run = bulwark({QStringLiteral("set"),
                             QStringLiteral("--db"),
                             m_demo,
                             QStringLiteral("APP-CORE"),
                             QStringLiteral("owner=Printed nowhere")},
                            QStringLiteral("/dev/full"));
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(u"the change to the register itself was saved"), qPrintable(run.err));
    const Run read = bulwark({QStringLiteral("list"), QStringLiteral("--db"), m_demo}, QStringLiteral("/dev/full"));
    QVERIFY2(!read.err.contains(u"saved"), qPrintable(read.err));
}

void tst_OutputFailures::closedStandardOutput()
{
    // bulwark list >&- : nothing can be printed, so it must not claim success (and no file it opens takes fd 1).
    const Run run = shell(QStringLiteral(R"("$0" list --db "$1" >&-)"), {m_demo});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QStringLiteral("bulwark list: standard output could not be written: "))
                 && run.err.contains(QStringLiteral("standard output is closed")),
             qPrintable(run.err));
    // A command that prints nothing is fine with a closed standard output.
    const QString json = m_dir.filePath(QStringLiteral("closed.json"));
    const Run quiet = shell(QStringLiteral(R"("$0" export --db "$1" --output "$2" >&-)"), {m_demo, json});
    QVERIFY2(quiet.code == 0, qPrintable(quiet.err));
    QVERIFY(fileBytes(json).startsWith("{"));
}

void tst_OutputFailures::brokenPipeIsQuiet_data()
{
    QTest::addColumn<QString>("sigpipe");
    QTest::addColumn<QString>("command");
    // Whether the parent left SIGPIPE alone or ignored it (which children inherit), the result is the same.
    QTest::newRow("listDefault") << QString() << QStringLiteral("list");
    QTest::newRow("listIgnored") << QStringLiteral("trap '' PIPE;") << QStringLiteral("list");
    QTest::newRow("exportDefault") << QString() << QStringLiteral("export");
    QTest::newRow("exportIgnored") << QStringLiteral("trap '' PIPE;") << QStringLiteral("export");
}

void tst_OutputFailures::brokenPipeIsQuiet()
{
    QFETCH(QString, sigpipe);
    QFETCH(QString, command);
    // bulwark list | head -c 1: the reader leaves after one byte of far more than a pipe holds (64 KiB).
    const QString errors = m_dir.filePath(QStringLiteral("pipe-errors.txt"));
    const Run run = shell(
        sigpipe + QStringLiteral(R"( "$0" $1 --db "$2" 2>"$3" | head -c 1 >/dev/null; exit "${PIPESTATUS[0]}")"),
        {command, m_big, errors});
    QCOMPARE(run.code, 141); // 128 + SIGPIPE, as for any program ended by a closed pipe
    QCOMPARE(QString::fromUtf8(fileBytes(errors)), QString());
}

void tst_OutputFailures::jsonExportOnFullDiskKeepsOldFile()
{
    MOUNT_SMALL_DISK(disk, 64)
    const QString backup = QDir(disk).filePath(QStringLiteral("backup.json"));
    const Run first
        = bulwark({QStringLiteral("export"), QStringLiteral("--db"), m_small, QStringLiteral("-o"), backup});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const QByteArray old = fileBytes(backup);
    QVERIFY(old.contains("Old element 4"));

    const Run full = bulwark({QStringLiteral("export"), QStringLiteral("--db"), m_big, QStringLiteral("-o"), backup});
    QCOMPARE(full.code, 3);
    QVERIFY2(full.err.contains(QStringLiteral("bulwark export: ")) && full.err.contains(diskFull),
             qPrintable(full.err));
    QCOMPARE(fileBytes(backup), old);
    QCOMPARE(entries(disk), QStringList{QStringLiteral("backup.json")}); // no temporary file left behind
}

void tst_OutputFailures::jsonExportToStandardOutputOnFullDisk()
{
    MOUNT_SMALL_DISK(disk, 32)
    // bulwark export > file: the demo's ~60 KB do not fit.
    const QString file = QDir(disk).filePath(QStringLiteral("register.json"));
    const Run run = bulwark({QStringLiteral("export"), QStringLiteral("--db"), m_demo}, file);
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QStringLiteral("bulwark export: standard output could not be written: ") + diskFull),
             qPrintable(run.err));
}

void tst_OutputFailures::csvExportOnFullDiskKeepsOldExport()
{
    MOUNT_SMALL_DISK(disk, 64)
    const QString folder = QDir(disk).filePath(QStringLiteral("csv"));
    const Run first = bulwark(csvExport(m_small, folder));
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const QMap<QString, QByteArray> old = folderFiles(folder);
    QCOMPARE(old.keys(),
             (QStringList{
                 QStringLiteral("dependencies.csv"), QStringLiteral("elements.csv"), QStringLiteral("groups.csv")}));
    QVERIFY(old.value(QStringLiteral("groups.csv")).contains("pair"));

    const Run full = bulwark(csvExport(m_big, folder));
    QCOMPARE(full.code, 3);
    QVERIFY2(full.err.contains(diskFull), qPrintable(full.err));
    QVERIFY(folderFiles(folder) == old);
    QCOMPARE(entries(disk), QStringList{QStringLiteral("csv")}); // no temporary folder left behind
}

void tst_OutputFailures::csvExportOnFullDiskLeavesNothing()
{
    MOUNT_SMALL_DISK(disk, 64)
    const QString folder = QDir(disk).filePath(QStringLiteral("csv"));
    const Run full = bulwark(csvExport(m_big, folder));
    QCOMPARE(full.code, 3);
    QVERIFY2(full.err.contains(diskFull), qPrintable(full.err));
    QCOMPARE(entries(disk), QStringList()); // no partial folder, no temporary one
}

void tst_OutputFailures::csvExportKilledLeavesOldOrNew()
{
    // Reference exports of the old (small) and the new (big) register; every file differs between them.
    const QString base = m_dir.filePath(QStringLiteral("kill"));
    QVERIFY(QDir().mkpath(base));
    const QString oldRef = m_dir.filePath(QStringLiteral("ref-old"));
    const QString newRef = m_dir.filePath(QStringLiteral("ref-new"));
    QCOMPARE(bulwark(csvExport(m_small, oldRef)).code, 0);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(bulwark(csvExport(m_big, newRef)).code, 0);
    const qint64 fullRun = std::max<qint64>(timer.elapsed(), 20);
    const QMap<QString, QByteArray> oldFiles = folderFiles(oldRef);
    const QMap<QString, QByteArray> newFiles = folderFiles(newRef);
    QCOMPARE(oldFiles.size(), 3);
    QCOMPARE(newFiles.keys(), oldFiles.keys());
    for (auto it = oldFiles.begin(); it != oldFiles.end(); ++it)
        QVERIFY2(newFiles.value(it.key()) != it.value(), qPrintable(it.key()));

    const QString target = QDir(base).filePath(QStringLiteral("csv"));
    int oldSeen = 0;
    int newSeen = 0;
    QElapsedTimer budget;
    budget.start();
    for (int round = 0; round < 40 && (round < 12 || budget.elapsed() < 12000); ++round) {
        // Start from the complete old export, and nothing else.
        QDir(base).removeRecursively();
        QVERIFY(QDir().mkpath(target));
        for (auto it = oldFiles.begin(); it != oldFiles.end(); ++it) {
            QFile file(QDir(target).filePath(it.key()));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(it.value()), it.value().size());
        }
        const ino_t before = inode(QDir(target).filePath(QStringLiteral("elements.csv")));

        QProcess process;
        process.start(executable(), csvExport(m_big, target));
        QVERIFY(process.waitForStarted());
        if (round % 2 == 0) {
            // A random moment of the whole run.
            QThread::msleep(QRandomGenerator::global()->bounded(quint32(fullRun * 13 / 10 + 1)));
        } else {
            // The moment the first new file shows under the target name: where a file-by-file export is half done.
            const QDeadlineTimer deadline(10000);
            while (inode(QDir(target).filePath(QStringLiteral("elements.csv"))) == before && !deadline.hasExpired()
                   && !process.waitForFinished(0))
                QThread::usleep(200);
        }
        process.kill();
        process.waitForFinished(10000);

        const QMap<QString, QByteArray> found = folderFiles(target);
        if (found == oldFiles) {
            ++oldSeen;
        } else if (found == newFiles) {
            ++newSeen;
        } else {
            QFAIL(qPrintable(QStringLiteral("round %1: the folder holds neither export whole: %2")
                                 .arg(round)
                                 .arg(describe(found, oldFiles, newFiles))));
        }
        // Beside it, at most a temporary folder of the killed run, named as such.
        for (const QString &entry : entries(base)) {
            QVERIFY2(entry == u"csv" || entry.startsWith(QStringLiteral(".csv.bulwark-tmp-")), qPrintable(entry));
        }
    }
    qDebug("killed CSV exports: %d left the old export, %d the new one", oldSeen, newSeen);
}

void tst_OutputFailures::csvExportRefusesForeignFolder()
{
    // A folder with other files is not an earlier export: replacing it would destroy them.
    const QString folder = m_dir.filePath(QStringLiteral("documents"));
    QVERIFY(QDir().mkpath(folder));
    QFile notes(QDir(folder).filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("board minutes\n");
    notes.close();
    const Run run = bulwark(csvExport(m_demo, folder));
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("not part of a Bulwark export (notes.txt)")), qPrintable(run.err));
    QCOMPARE(entries(folder), QStringList{QStringLiteral("notes.txt")});
    QCOMPARE(fileBytes(notes.fileName()), QByteArray("board minutes\n"));
    QCOMPARE(entries(m_dir.path()).filter(QStringLiteral("bulwark-tmp")), QStringList());
}

void tst_OutputFailures::exportsArePrivate()
{
    // New exports are for their owner only, whatever the umask (022 here); a replaced file keeps its mode.
    const QString json = m_dir.filePath(QStringLiteral("private.json"));
    QCOMPARE(bulwark({QStringLiteral("export"), QStringLiteral("--db"), m_demo, QStringLiteral("-o"), json}).code, 0);
    QCOMPARE(permissions(json), 0600);
    const QString shared = m_dir.filePath(QStringLiteral("shared.json"));
    QFile file(shared);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0640) == 0);
    QCOMPARE(bulwark({QStringLiteral("export"), QStringLiteral("--db"), m_demo, QStringLiteral("-o"), shared}).code, 0);
    QCOMPARE(permissions(shared), 0640);
    QVERIFY(fileBytes(shared).startsWith("{"));

    const QString folder = m_dir.filePath(QStringLiteral("private-csv"));
    QCOMPARE(bulwark(csvExport(m_demo, folder)).code, 0);
    QCOMPARE(permissions(folder), 0700);
    for (const QString &name : entries(folder))
        QCOMPARE(permissions(QDir(folder).filePath(name)), 0600);
    QCOMPARE(entries(folder).size(), 3);
}

/// Mounting a tmpfs needs root: without it, run the whole test in a user and mount namespace of its own where it
/// is root (unshare), when the system allows that; otherwise the small-disk tests skip and say why.
int main(int argc, char *argv[])
{
    if (::geteuid() != 0 && qEnvironmentVariableIsEmpty("BULWARK_TEST_UNSHARED")
        && std::system("unshare --user --map-root-user --mount true >/dev/null 2>&1") == 0) {
        qputenv("BULWARK_TEST_UNSHARED", "1");
        std::vector<char *> args{const_cast<char *>("unshare"),
                                 const_cast<char *>("--user"),
                                 const_cast<char *>("--map-root-user"),
                                 const_cast<char *>("--mount"),
                                 const_cast<char *>("--")};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::execvp("unshare", args.data()); // returns only when it failed: go on without
    }
    QCoreApplication app(argc, argv);
    tst_OutputFailures test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outputfailures.moc"
