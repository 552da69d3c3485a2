#pragma once
// Shared between ColorizeJob (GUI thread) and ColorizeWorker (worker thread); every method
// is thread-safe. Internal to model/jobs.

#include "colorized/jobs/colorizetypes.h"

#include <QMutex>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>

namespace colorized::jobs {

struct QueuedRequest {
    int id = 0;
    ColorizeRequest request;
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
};

class RequestQueue {
public:
    // Cancels queued and running requests for the same source path (newest wins).
    // Returns the ids of the queued requests that were dropped (the running one, if any,
    // reports cancelled() itself).
    std::vector<QueuedRequest> push(QueuedRequest entry, QueuePlace place = QueuePlace::Last);
    // Moves the queued request for `sourcePath`, if any, ahead of the others. Returns whether
    // one was queued.
    bool moveToFront(const QString& sourcePath);
    std::optional<QueuedRequest> takeNext();  // becomes the running request
    void finishRunning();
    // Returns the dropped queued request, if the id was queued; a running one is flagged.
    std::optional<QueuedRequest> cancel(int id);
    std::vector<QueuedRequest> cancelAll();
    void stop();                  // cancelAll + no more requests handed out
    bool stopped() const;
    int pendingCount() const;
    int runningId() const;
    std::vector<int> queuedIds() const;   // in the order they will run
    int nextId();
    void setThreads(int threads);
    int threads() const;

private:
    mutable QMutex mutex_;
    std::deque<QueuedRequest> queued_;
    std::optional<QueuedRequest> running_;
    bool stopped_ = false;
    int lastId_ = 0;
    int threads_ = 0;
};

}  // namespace colorized::jobs
