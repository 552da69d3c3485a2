#pragma once
// Internal to model/jobs: the thread side of TrainJob. Lives in TrainJob's QThread; every slot
// and every function here runs on that thread. Its signals mirror TrainJob's.

#include "colorized/jobs/trainjob.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace colorized::jobs {

// Flags the GUI thread sets and the worker reads between steps.
struct TrainControl {
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    std::condition_variable changed;  // notified when paused or cancel changes
    bool paused = false;              // guarded by mutex

    void setPaused(bool value);
    void requestCancel();
    // Blocks while paused and not cancelled.
    void waitWhilePaused();
    bool isPaused();
};

class TrainWorker : public QObject {
    Q_OBJECT
public:
    explicit TrainWorker(std::shared_ptr<TrainControl> control);

public Q_SLOTS:
    // A whole run: data, base metrics, training, final metrics, export. Returns when finished,
    // cancelled or failed (one of those signals is the last one emitted).
    void run(const colorized::jobs::TrainSettings& settings, bool resume);

Q_SIGNALS:
    void stageChanged(const QString& text);
    void stageProgressChanged(int done, int total);
    void dataPrepared(int trainImages, int heldOutImages);
    void progressChanged(int step, int totalSteps, double secondsLeft, double imagesPerSecond);
    void lossReported(int step, double loss);
    void validationReported(int step, double validationLoss);
    void historyRestored(const QVector<colorized::jobs::TrainPoint>& loss,
                         const QVector<colorized::jobs::TrainPoint>& validationLoss);
    void previewsReady(int step, const QVector<QImage>& previews, const QVector<QImage>& truth);
    void baseMetricsReady(const colorized::jobs::HeldOutMetrics& metrics);
    void checkpointSaved(int step);
    void pausedChanged(bool paused);
    void finished(const colorized::jobs::TrainOutcome& outcome);
    void cancelled(int step);
    void failed(const QString& message);

private:
    void runOrThrow(TrainSettings settings, bool resume);

    std::shared_ptr<TrainControl> control_;
};

// File names inside a work folder.
inline constexpr char kStateFile[] = "state.json";
inline constexpr char kCheckpointFile[] = "checkpoint.ckpt";
inline constexpr char kTrainPackFile[] = "train.labpack";
inline constexpr char kHeldOutPackFile[] = "heldout.labpack";
inline constexpr char kResultModelFile[] = "fine-tuned.safetensors";

// Writes state.json atomically. Throws std::runtime_error when it cannot be written.
void writeTrainState(const QString& workFolder, const TrainState& state);

}  // namespace colorized::jobs
