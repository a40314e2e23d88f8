// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzzers' findings replayed by the normal test suite (docs/exchange.md, "Fuzzing"): every file under
// tests/fuzz/corpus/<format>/ and tests/fuzz/crashes/<format>/ is given to the same body as the fuzz target of its
// format (fuzz_reader.cpp, without libFuzzer and without sanitizers) and must come back, read or refused, in time.

#include "fuzz_reader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QThread>
#include <QtTest>

#include <cstdio>
#include <cstdlib>

using namespace bulwark::fuzz;

namespace {

constexpr int timeBoundMs = 5000;

struct Input {
    QString format; ///< the folder's name: a format id
    QString path;
};

/// Every input kept for replay: <fuzz>/corpus/<format>/* and <fuzz>/crashes/<format>/*, sorted.
QList<Input> inputs()
{
    QList<Input> list;
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("crashes")}) {
        const QDir root(QStringLiteral(BULWARK_FUZZ_DIR) + QLatin1Char('/') + kind);
        const QStringList formats = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &format : formats) {
            const QDir dir(root.filePath(format));
            const QStringList files = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
            for (const QString &file : files)
                list.append({format, dir.filePath(file)});
        }
    }
    return list;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay();
    void unknownFormatIsSaid();
    void noSampleInTheRepository();
};

void TestFuzzCorpus::replay()
{
    const QList<Input> list = inputs();
    QMap<QString, QList<int>> counts; // format -> {read, refused, unknown}
    qint64 slowestMs = 0;
    QString slowest;
    for (const Input &input : list) {
        QFile file(input.path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(input.path));
        const QByteArray bytes = file.readAll();
        Outcome outcome = Outcome::Refused;
        QElapsedTimer timer;
        timer.start();
        // On a worker, so that a hang is reported with the input's name instead of waiting for ctest's timeout.
        QThread *worker = QThread::create([&] { outcome = readInput(input.format, bytes); });
        worker->start();
        if (!worker->wait(QDeadlineTimer(timeBoundMs))) {
            // The reader cannot be stopped: say which input hung and leave at once.
            std::fprintf(stderr,
                         "FAIL!  : TestFuzzCorpus::replay() %s did not return within %d ms\n",
                         qPrintable(input.path),
                         timeBoundMs);
            std::fflush(stderr);
            std::_Exit(EXIT_FAILURE);
        }
        delete worker;
        const qint64 ms = timer.elapsed();
        if (ms > slowestMs) {
            slowestMs = ms;
            slowest = input.path;
        }
        QList<int> &count = counts[input.format];
        if (count.isEmpty())
            count = {0, 0, 0};
        ++count[outcome == Outcome::Read ? 0 : outcome == Outcome::Refused ? 1 : 2];
    }
    qInfo("replayed %lld inputs of the fuzzers (tests/fuzz/corpus, tests/fuzz/crashes)", qlonglong(list.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        qInfo("  %s: %d read, %d refused%s",
              qPrintable(it.key()),
              it.value()[0],
              it.value()[1],
              it.value()[2] > 0 ? qPrintable(
                  QStringLiteral(", %1 skipped: no reader of this id in the format registry").arg(it.value()[2]))
                                : "");
    }
    if (!slowest.isEmpty())
        qInfo("  slowest: %lld ms (%s)", slowestMs, qPrintable(slowest));
}

void TestFuzzCorpus::unknownFormatIsSaid()
{
    // The replay's only way to skip an input: its folder names no graph format. Bulwark's own JSON is no graph format.
    QVERIFY(!isGraphFormat(QStringLiteral("json")));
    QVERIFY(!isGraphFormat(QStringLiteral("no-such-format")));
    QVERIFY(readInput(QStringLiteral("no-such-format"), "{}") == Outcome::UnknownFormat);
}

void TestFuzzCorpus::noSampleInTheRepository()
{
    // The samples of ../shared/samples seed the fuzzers but must never be committed (scripts/dev/fuzz leaves them out).
    const QString samples = QStringLiteral(BULWARK_SAMPLES_DIR);
    if (!QFileInfo::exists(samples))
        QSKIP("no ../shared/samples beside the checkout");
    QSet<QByteArray> sampleHashes;
    QDirIterator it(samples, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        sampleHashes.insert(sha256(readAll(it.next())));
    QVERIFY(!sampleHashes.isEmpty());
    for (const Input &input : inputs())
        QVERIFY2(!sampleHashes.contains(sha256(readAll(input.path))),
                 qPrintable(input.path + QStringLiteral(" is a sample")));
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
