// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one background-job shape of the GUI (issue 11): latest request wins, older results are never delivered, errors
// and cancels arrive as Result values, the destructor cancels, progress is wired once.
#include "gui/backgroundjob.h"

#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <atomic>
#include <memory>

using namespace bulwark;
using namespace bulwark::gui;

namespace {

/// Work that waits until released (or canceled), then returns `value`; counts how often it saw the cancel.
struct Gate {
    QSemaphore release;
    std::atomic_int started = 0;
    std::atomic_int sawCancel = 0;
};

auto gatedWork(std::shared_ptr<Gate> gate, int value)
{
    return [gate, value](Feedback &feedback) -> Result<int> {
        ++gate->started;
        while (!gate->release.tryAcquire(1, 5)) {
            if (feedback.isCanceled()) {
                ++gate->sawCancel;
                return makeError(Error::Code::Canceled, QStringLiteral("stopped"));
            }
        }
        return value;
    };
}

} // namespace

class tst_BackgroundJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversTheResult();
    void latestRequestWins();
    void olderResultNeverDelivered();
    void errorsArriveAsResult();
    void cancelDeliversCanceled();
    void discardDeliversNothing();
    void destructorCancels();
    void progressIsWiredOnce();
};

void tst_BackgroundJob::deliversTheResult()
{
    BackgroundJob<QString> job(nullptr);
    QSignalSpy running(&job, &BackgroundJobBase::runningChanged);
    std::optional<Result<QString>> got;
    job.run([](Feedback &) -> Result<QString> { return QStringLiteral("done"); },
            [&](Result<QString> r) { got = std::move(r); });
    QVERIFY(job.isRunning());
    QTRY_VERIFY(got.has_value());
    QVERIFY(*got);
    QCOMPARE(got->value(), QStringLiteral("done"));
    QVERIFY(!job.isRunning());
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.at(0).first().toBool(), true);
    QCOMPARE(running.at(1).first().toBool(), false);
}

void tst_BackgroundJob::latestRequestWins()
{
    BackgroundJob<int> job(nullptr);
    QSignalSpy running(&job, &BackgroundJobBase::runningChanged);
    auto first = std::make_shared<Gate>();
    QList<int> delivered;
    job.run(gatedWork(first, 1), [&](Result<int> r) { delivered << (r ? *r : -1); });
    QTRY_COMPARE(first->started.load(), 1);
    // The newer request cancels the older one through its feedback.
    job.run([](Feedback &) -> Result<int> { return 2; }, [&](Result<int> r) { delivered << (r ? *r : -1); });
    QTRY_COMPARE(first->sawCancel.load(), 1);
    QTRY_COMPARE(delivered, QList<int>{2});
    QVERIFY(!job.isRunning());
    QCOMPARE(running.size(), 2); // one start, one end: the replacement is not a new start
}

void tst_BackgroundJob::olderResultNeverDelivered()
{
    // The older work ignores the cancel and finishes after the newer one: its result still must not arrive.
    BackgroundJob<int> job(nullptr);
    auto slow = std::make_shared<Gate>();
    auto fast = std::make_shared<Gate>();
    QList<int> delivered;
    job.run(
        [slow](Feedback &) -> Result<int> {
            ++slow->started;
            slow->release.acquire(); // deaf to cancel
            return 1;
        },
        [&](Result<int> r) { delivered << (r ? *r : -1); });
    QTRY_COMPARE(slow->started.load(), 1);
    job.run(gatedWork(fast, 2), [&](Result<int> r) { delivered << (r ? *r : -1); });
    slow->release.release(); // the old one ends first
    QTest::qWait(50);
    QVERIFY(delivered.isEmpty());
    QVERIFY(job.isRunning());
    fast->release.release();
    QTRY_COMPARE(delivered, QList<int>{2});
    QTest::qWait(50);
    QCOMPARE(delivered, QList<int>{2});
}

void tst_BackgroundJob::errorsArriveAsResult()
{
    BackgroundJob<int> job(nullptr);
    std::optional<Result<int>> got;
    job.run([](Feedback &) -> Result<int> { return makeError(Error::Code::Io, QStringLiteral("disk full")); },
            [&](Result<int> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!*got);
    QCOMPARE(got->error().code, Error::Code::Io);
    QCOMPARE(got->error().message, QStringLiteral("disk full"));

    BackgroundJob<void> voidJob(nullptr);
    std::optional<Result<void>> done;
    voidJob.run([](Feedback &) -> Result<void> { return {}; }, [&](Result<void> r) { done = r; });
    QTRY_VERIFY(done.has_value());
    QVERIFY(*done);
}

void tst_BackgroundJob::cancelDeliversCanceled()
{
    BackgroundJob<int> job(nullptr);
    auto gate = std::make_shared<Gate>();
    std::optional<Result<int>> got;
    job.run(gatedWork(gate, 1), [&](Result<int> r) { got = std::move(r); });
    QTRY_COMPARE(gate->started.load(), 1);
    job.cancel();
    QTRY_VERIFY(got.has_value());
    QVERIFY(!*got);
    QCOMPARE(got->error().code, Error::Code::Canceled);
    QCOMPARE(gate->sawCancel.load(), 1);
    QVERIFY(!job.isRunning());
}

void tst_BackgroundJob::discardDeliversNothing()
{
    BackgroundJob<int> job(nullptr);
    QSignalSpy running(&job, &BackgroundJobBase::runningChanged);
    int calls = 0;
    job.run([](Feedback &) -> Result<int> { return 1; }, [&](Result<int>) { ++calls; });
    job.discard();
    QVERIFY(!job.isRunning());
    QTest::qWait(50);
    QCOMPARE(calls, 0);
    QCOMPARE(running.size(), 2);
}

void tst_BackgroundJob::destructorCancels()
{
    auto gate = std::make_shared<Gate>();
    int calls = 0;
    {
        auto job = std::make_unique<BackgroundJob<int>>(nullptr);
        job->run(gatedWork(gate, 1), [&](Result<int>) { ++calls; });
        QTRY_COMPARE(gate->started.load(), 1);
    } // waits for the worker, which sees the cancel
    QCOMPARE(gate->sawCancel.load(), 1);
    QTest::qWait(20);
    QCOMPARE(calls, 0);
}

void tst_BackgroundJob::progressIsWiredOnce()
{
    BackgroundJob<int> job(nullptr);
    QProgressBar bar;
    QToolButton stop;
    bar.show();
    stop.show();
    job.bindProgress(&bar, &stop);
    QVERIFY(bar.isHidden());
    QVERIFY(stop.isHidden());
    QSignalSpy progress(&job, &BackgroundJobBase::progressChanged);
    auto gate = std::make_shared<Gate>();
    std::optional<Result<int>> got;
    job.run(
        [gate](Feedback &feedback) -> Result<int> {
            feedback.setProgress(40);
            ++gate->started;
            gate->release.acquire();
            feedback.setProgress(100);
            return 7;
        },
        [&](Result<int> r) { got = std::move(r); },
        QStringLiteral("Counting"));
    QVERIFY(!bar.isHidden());
    QVERIFY(!stop.isHidden());
    QTRY_COMPARE(bar.value(), 40);
    QCOMPARE(progress.last().at(1).toString(), QStringLiteral("Counting"));
    gate->release.release();
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->value(), 7);
    QVERIFY(bar.isHidden());
    QVERIFY(stop.isHidden());

    // The stop button cancels.
    auto second = std::make_shared<Gate>();
    got.reset();
    job.run(gatedWork(second, 8), [&](Result<int> r) { got = std::move(r); });
    QTRY_COMPARE(second->started.load(), 1);
    stop.click();
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->error().code, Error::Code::Canceled);
}

QTEST_MAIN(tst_BackgroundJob)
#include "tst_backgroundjob.moc"
