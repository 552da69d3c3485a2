#include "colorized/jobs/colorizejob.h"

#include "colorized/jobs/colorizeworker.h"
#include "colorized/jobs/requestqueue.h"

namespace colorized::jobs {

ColorizeJob::ColorizeJob(QObject* parent)
    : QObject(parent), queue_(std::make_shared<RequestQueue>())
{
    qRegisterMetaType<TimelineFrame>();
    qRegisterMetaType<ColorizeResult>();
    qRegisterMetaType<ModelSummary>();

    worker_ = new ColorizeWorker(queue_);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(this, &ColorizeJob::requestQueued, worker_, &ColorizeWorker::processQueue);
    connect(this, &ColorizeJob::preloadRequested, worker_, &ColorizeWorker::preload);
    connect(worker_, &ColorizeWorker::started, this, &ColorizeJob::started);
    connect(worker_, &ColorizeWorker::frameReady, this, &ColorizeJob::frameReady);
    connect(worker_, &ColorizeWorker::progressChanged, this, &ColorizeJob::progressChanged);
    connect(worker_, &ColorizeWorker::finished, this, &ColorizeJob::finished);
    connect(worker_, &ColorizeWorker::failed, this, &ColorizeJob::failed);
    connect(worker_, &ColorizeWorker::cancelled, this, &ColorizeJob::cancelled);
    connect(worker_, &ColorizeWorker::modelLoaded, this, &ColorizeJob::modelLoaded);
    connect(worker_, &ColorizeWorker::modelFailed, this, &ColorizeJob::modelFailed);
    connect(worker_, &ColorizeWorker::idle, this, &ColorizeJob::idle);
    thread_.setObjectName(QStringLiteral("colorize"));
    thread_.start();
}

ColorizeJob::~ColorizeJob()
{
    queue_->stop();
    thread_.quit();
    thread_.wait();
}

int ColorizeJob::submit(const ColorizeRequest& request, QueuePlace place)
{
    QueuedRequest entry;
    entry.id = queue_->nextId();
    entry.request = request;
    const int id = entry.id;
    const auto dropped = queue_->push(std::move(entry), place);
    for (const auto& old : dropped)
        Q_EMIT cancelled(old.id, old.request.sourcePath);
    Q_EMIT requestQueued();
    return id;
}

void ColorizeJob::prioritize(const QString& sourcePath)
{
    queue_->moveToFront(sourcePath);
}

void ColorizeJob::cancel(int request)
{
    if (const auto dropped = queue_->cancel(request))
        Q_EMIT cancelled(dropped->id, dropped->request.sourcePath);
}

void ColorizeJob::cancelAll()
{
    for (const auto& old : queue_->cancelAll())
        Q_EMIT cancelled(old.id, old.request.sourcePath);
}

void ColorizeJob::setThreadCount(int threads)
{
    queue_->setThreads(threads);
}

void ColorizeJob::preloadModel(const QString& path)
{
    Q_EMIT preloadRequested(path);
}

int ColorizeJob::pendingCount() const
{
    return queue_->pendingCount();
}

int ColorizeJob::runningRequest() const
{
    return queue_->runningId();
}

QVector<int> ColorizeJob::queuedRequests() const
{
    const std::vector<int> ids = queue_->queuedIds();
    return QVector<int>(ids.begin(), ids.end());
}

}  // namespace colorized::jobs
