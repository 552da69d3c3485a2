#pragma once
// Lives in ColorizeJob's thread; every slot runs there. Internal to model/jobs.

#include "colorized/jobs/colorizetypes.h"
#include "colorized/jobs/requestqueue.h"

#include <QObject>

#include <memory>

namespace colorized {
struct LoadedModel;
}

namespace colorized::jobs {

class ColorizeWorker : public QObject {
    Q_OBJECT
public:
    explicit ColorizeWorker(std::shared_ptr<RequestQueue> queue);
    ~ColorizeWorker() override;

public Q_SLOTS:
    void processQueue();                     // runs queued requests until the queue is empty
    void preload(const QString& modelPath);

Q_SIGNALS:
    void started(int request, const QString& sourcePath);
    void frameReady(const colorized::jobs::TimelineFrame& frame);
    void progressChanged(int request, int step, int stepCount, double secondsLeft);
    void finished(const colorized::jobs::ColorizeResult& result);
    void failed(int request, const QString& sourcePath, const QString& message);
    void cancelled(int request, const QString& sourcePath);
    void modelLoaded(const colorized::jobs::ModelSummary& model);
    void modelFailed(const QString& path, const QString& message);
    void idle();

private:
    void run(const QueuedRequest& entry);
    // Loads `path` unless it is loaded already; throws with a translated message.
    LoadedModel& ensureModel(const QString& path);
    ModelSummary summary() const;

    std::shared_ptr<RequestQueue> queue_;
    std::unique_ptr<LoadedModel> model_;
    QString modelPath_;
    int appliedThreads_ = -1;
};

}  // namespace colorized::jobs
