#include "colorized/jobs/requestqueue.h"

#include <QMutexLocker>

#include <algorithm>

namespace colorized::jobs {

std::vector<QueuedRequest> RequestQueue::push(QueuedRequest entry, QueuePlace place)
{
    QMutexLocker lock(&mutex_);
    std::vector<QueuedRequest> dropped;
    if (stopped_)
        return dropped;
    const QString& path = entry.request.sourcePath;
    for (auto it = queued_.begin(); it != queued_.end();) {
        if (it->request.sourcePath == path) {
            it->cancel->store(true);
            dropped.push_back(std::move(*it));
            it = queued_.erase(it);
        } else {
            ++it;
        }
    }
    if (running_ && running_->request.sourcePath == path)
        running_->cancel->store(true);
    if (place == QueuePlace::First)
        queued_.push_front(std::move(entry));
    else
        queued_.push_back(std::move(entry));
    return dropped;
}

bool RequestQueue::moveToFront(const QString& sourcePath)
{
    QMutexLocker lock(&mutex_);
    const auto it = std::find_if(queued_.begin(), queued_.end(),
                                 [&](const QueuedRequest& entry) { return entry.request.sourcePath == sourcePath; });
    if (it == queued_.end())
        return false;
    QueuedRequest entry = std::move(*it);
    queued_.erase(it);
    queued_.push_front(std::move(entry));
    return true;
}

std::vector<int> RequestQueue::queuedIds() const
{
    QMutexLocker lock(&mutex_);
    std::vector<int> ids;
    for (const QueuedRequest& entry : queued_)
        ids.push_back(entry.id);
    return ids;
}

std::optional<QueuedRequest> RequestQueue::takeNext()
{
    QMutexLocker lock(&mutex_);
    running_.reset();
    if (stopped_ || queued_.empty())
        return std::nullopt;
    running_ = std::move(queued_.front());
    queued_.pop_front();
    return running_;
}

void RequestQueue::finishRunning()
{
    QMutexLocker lock(&mutex_);
    running_.reset();
}

std::optional<QueuedRequest> RequestQueue::cancel(int id)
{
    QMutexLocker lock(&mutex_);
    if (running_ && running_->id == id) {
        running_->cancel->store(true);
        return std::nullopt;
    }
    for (auto it = queued_.begin(); it != queued_.end(); ++it) {
        if (it->id == id) {
            QueuedRequest dropped = std::move(*it);
            queued_.erase(it);
            dropped.cancel->store(true);
            return dropped;
        }
    }
    return std::nullopt;
}

std::vector<QueuedRequest> RequestQueue::cancelAll()
{
    QMutexLocker lock(&mutex_);
    if (running_)
        running_->cancel->store(true);
    std::vector<QueuedRequest> dropped(std::make_move_iterator(queued_.begin()),
                                       std::make_move_iterator(queued_.end()));
    queued_.clear();
    for (auto& entry : dropped)
        entry.cancel->store(true);
    return dropped;
}

void RequestQueue::stop()
{
    cancelAll();
    QMutexLocker lock(&mutex_);
    stopped_ = true;
}

bool RequestQueue::stopped() const
{
    QMutexLocker lock(&mutex_);
    return stopped_;
}

int RequestQueue::pendingCount() const
{
    QMutexLocker lock(&mutex_);
    return static_cast<int>(queued_.size()) + (running_ ? 1 : 0);
}

int RequestQueue::runningId() const
{
    QMutexLocker lock(&mutex_);
    return running_ ? running_->id : 0;
}

int RequestQueue::nextId()
{
    QMutexLocker lock(&mutex_);
    return ++lastId_;
}

void RequestQueue::setThreads(int threads)
{
    QMutexLocker lock(&mutex_);
    threads_ = threads;
}

int RequestQueue::threads() const
{
    QMutexLocker lock(&mutex_);
    return threads_;
}

}  // namespace colorized::jobs
