#pragma once
// The colorization engine as a long-lived worker on its own QThread (Qt's worker-object
// pattern). The model is loaded once, inside the worker thread, and reloaded only when a
// request names another model file. Requests are queued; a new request for a photo that is
// already queued or running replaces it (the newest request wins, checked at every sampler
// step, as in Qt's Mandelbrot example). The GUI thread never runs the network.

#include "colorized/jobs/colorizetypes.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace colorized::jobs {

class ColorizeWorker;
class RequestQueue;

class ColorizeJob : public QObject {
    Q_OBJECT
public:
    explicit ColorizeJob(QObject* parent = nullptr);
    // Cancels every request and waits for the current sampler step to end.
    ~ColorizeJob() override;

    // All methods: GUI thread (the thread that created the job).

    // Queues a request and returns its id (> 0). A queued or running request for the same
    // source path is cancelled: it ends with cancelled().
    int submit(const ColorizeRequest& request, QueuePlace place = QueuePlace::Last);
    // Runs the queued request for this photo, if any, before the other queued ones (the
    // running one is not interrupted).
    void prioritize(const QString& sourcePath);
    void cancel(int request);
    void cancelAll();
    // LibTorch intra-op threads for the worker; 0 = one per core. Applied before the next run.
    void setThreadCount(int threads);
    // Loads the model in the worker thread ahead of the first request; ends with modelLoaded()
    // or modelFailed().
    void preloadModel(const QString& path);

    int pendingCount() const;   // queued + running
    int runningRequest() const; // 0 when idle
    QVector<int> queuedRequests() const;  // in the order they will run

Q_SIGNALS:
    void started(int request, const QString& sourcePath);
    void frameReady(const colorized::jobs::TimelineFrame& frame);
    // step of stepCount done; secondsLeft < 0 while unknown.
    void progressChanged(int request, int step, int stepCount, double secondsLeft);
    void finished(const colorized::jobs::ColorizeResult& result);
    // message: translated, says what happened and what to do.
    void failed(int request, const QString& sourcePath, const QString& message);
    void cancelled(int request, const QString& sourcePath);
    void modelLoaded(const colorized::jobs::ModelSummary& model);
    void modelFailed(const QString& path, const QString& message);
    void idle();  // nothing queued or running any more

    // Internal: wakes the worker.
    void requestQueued();
    void preloadRequested(const QString& path);

private:
    QThread thread_;
    ColorizeWorker* worker_ = nullptr;   // lives in thread_, deleted when it finishes
    std::shared_ptr<RequestQueue> queue_;
};

}  // namespace colorized::jobs
