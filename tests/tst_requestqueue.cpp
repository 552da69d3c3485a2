// The colorize request queue on its own (it is shared by the GUI thread and the worker): the
// newest request for a photo wins, requests are handed out in order, cancelling drops a queued
// request and flags a running one, and a stopped queue hands out nothing more.

#include "colorized/jobs/requestqueue.h"

#include <QTest>

using colorized::jobs::QueuedRequest;
using colorized::jobs::QueuePlace;
using colorized::jobs::RequestQueue;

namespace {

QueuedRequest entry(RequestQueue& queue, const QString& path)
{
    QueuedRequest request;
    request.id = queue.nextId();
    request.request.sourcePath = path;
    return request;
}

std::vector<int> ids(const std::vector<QueuedRequest>& requests)
{
    std::vector<int> result;
    for (const QueuedRequest& request : requests)
        result.push_back(request.id);
    return result;
}

}  // namespace

class TestRequestQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idsIncrease();
    void handsOutInOrder();
    void newestRequestForAPhotoWins();
    void cancelDropsQueuedAndFlagsRunning();
    void cancelAllAndStop();
    void firstPlaceJumpsTheQueue();
    void movingAPhotoToTheFront();
    void threadSetting();
};

// A continuation of the photo on screen runs next, before requests queued earlier, and still
// replaces a queued request for the same photo.
void TestRequestQueue::firstPlaceJumpsTheQueue()
{
    RequestQueue queue;
    const QueuedRequest a = entry(queue, QStringLiteral("/a.png"));
    const QueuedRequest b = entry(queue, QStringLiteral("/b.png"));
    const QueuedRequest c = entry(queue, QStringLiteral("/c.png"));
    queue.push(a);
    queue.push(b);
    queue.push(c);
    QCOMPARE(queue.takeNext()->id, a.id);   // running: not interrupted by what follows
    const QueuedRequest urgent = entry(queue, QStringLiteral("/c.png"));
    QCOMPARE(ids(queue.push(urgent, QueuePlace::First)), std::vector<int>{c.id});
    QCOMPARE(queue.queuedIds(), (std::vector<int>{urgent.id, b.id}));
    QCOMPARE(queue.takeNext()->id, urgent.id);
    QCOMPARE(queue.takeNext()->id, b.id);
    QVERIFY(!queue.takeNext());
}

void TestRequestQueue::movingAPhotoToTheFront()
{
    RequestQueue queue;
    const QueuedRequest a = entry(queue, QStringLiteral("/a.png"));
    const QueuedRequest b = entry(queue, QStringLiteral("/b.png"));
    const QueuedRequest c = entry(queue, QStringLiteral("/c.png"));
    queue.push(a);
    queue.push(b);
    queue.push(c);
    QVERIFY(queue.moveToFront(QStringLiteral("/c.png")));
    QCOMPARE(queue.queuedIds(), (std::vector<int>{c.id, a.id, b.id}));
    QVERIFY(!queue.moveToFront(QStringLiteral("/elsewhere.png")));
    QCOMPARE(queue.queuedIds(), (std::vector<int>{c.id, a.id, b.id}));
}

void TestRequestQueue::idsIncrease()
{
    RequestQueue queue;
    const int first = queue.nextId();
    QVERIFY(first > 0);
    QCOMPARE(queue.nextId(), first + 1);
}

void TestRequestQueue::handsOutInOrder()
{
    RequestQueue queue;
    QCOMPARE(queue.pendingCount(), 0);
    QCOMPARE(queue.runningId(), 0);
    const QueuedRequest a = entry(queue, QStringLiteral("/a.png"));
    const QueuedRequest b = entry(queue, QStringLiteral("/b.png"));
    QVERIFY(queue.push(a).empty());
    QVERIFY(queue.push(b).empty());
    QCOMPARE(queue.pendingCount(), 2);
    const auto first = queue.takeNext();
    QVERIFY(first);
    QCOMPARE(first->id, a.id);
    QCOMPARE(queue.runningId(), a.id);
    QCOMPARE(queue.pendingCount(), 2);   // one running, one queued
    const auto second = queue.takeNext();   // the running one is done
    QVERIFY(second);
    QCOMPARE(second->id, b.id);
    QCOMPARE(queue.pendingCount(), 1);
    queue.finishRunning();
    QCOMPARE(queue.pendingCount(), 0);
    QCOMPARE(queue.runningId(), 0);
    QVERIFY(!queue.takeNext());
}

void TestRequestQueue::newestRequestForAPhotoWins()
{
    RequestQueue queue;
    const QueuedRequest running = entry(queue, QStringLiteral("/a.png"));
    queue.push(running);
    queue.takeNext();
    const QueuedRequest queuedB = entry(queue, QStringLiteral("/b.png"));
    queue.push(queuedB);
    QVERIFY(!running.cancel->load());   // another photo leaves it alone

    // A second request for a.png flags the running one...
    const QueuedRequest queuedA = entry(queue, QStringLiteral("/a.png"));
    QVERIFY(queue.push(queuedA).empty());
    QVERIFY(running.cancel->load());
    // ...and a third drops the queued one.
    const QueuedRequest newest = entry(queue, QStringLiteral("/a.png"));
    QCOMPARE(ids(queue.push(newest)), std::vector<int>({queuedA.id}));
    QVERIFY(queuedA.cancel->load());
    QVERIFY(!queuedB.cancel->load());
    QVERIFY(!newest.cancel->load());
    QCOMPARE(queue.pendingCount(), 3);   // running a, queued b and the newest a
    QCOMPARE(queue.takeNext()->id, queuedB.id);
    QCOMPARE(queue.takeNext()->id, newest.id);
}

void TestRequestQueue::cancelDropsQueuedAndFlagsRunning()
{
    RequestQueue queue;
    const QueuedRequest a = entry(queue, QStringLiteral("/a.png"));
    const QueuedRequest b = entry(queue, QStringLiteral("/b.png"));
    queue.push(a);
    queue.push(b);
    queue.takeNext();
    // The running request is flagged; it reports its own end.
    QVERIFY(!queue.cancel(a.id));
    QVERIFY(a.cancel->load());
    QCOMPARE(queue.runningId(), a.id);
    // A queued request is handed back, flagged.
    const auto dropped = queue.cancel(b.id);
    QVERIFY(dropped);
    QCOMPARE(dropped->id, b.id);
    QVERIFY(b.cancel->load());
    QCOMPARE(queue.pendingCount(), 1);
    // Unknown ids change nothing.
    QVERIFY(!queue.cancel(999));
    QCOMPARE(queue.pendingCount(), 1);
}

void TestRequestQueue::cancelAllAndStop()
{
    RequestQueue queue;
    const QueuedRequest a = entry(queue, QStringLiteral("/a.png"));
    const QueuedRequest b = entry(queue, QStringLiteral("/b.png"));
    const QueuedRequest c = entry(queue, QStringLiteral("/c.png"));
    queue.push(a);
    queue.push(b);
    queue.push(c);
    queue.takeNext();
    QCOMPARE(ids(queue.cancelAll()), std::vector<int>({b.id, c.id}));
    QVERIFY(a.cancel->load() && b.cancel->load() && c.cancel->load());
    QCOMPARE(queue.pendingCount(), 1);   // the running one, until it ends
    QVERIFY(!queue.takeNext());

    QVERIFY(!queue.stopped());
    queue.stop();
    QVERIFY(queue.stopped());
    QVERIFY(queue.push(entry(queue, QStringLiteral("/d.png"))).empty());
    QVERIFY(!queue.takeNext());   // the worker asks for more: the running one ended, d was refused
    QCOMPARE(queue.pendingCount(), 0);
}

void TestRequestQueue::threadSetting()
{
    RequestQueue queue;
    QCOMPARE(queue.threads(), 0);
    queue.setThreads(3);
    QCOMPARE(queue.threads(), 3);
}

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
