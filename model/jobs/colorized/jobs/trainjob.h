#pragma once
// Fine-tuning as a long-lived worker on its own QThread (Qt's worker-object pattern): the
// engine's Trainer runs there, the GUI thread only sends settings and receives progress.
//
// A run lives in a work folder: the training images as Lab packs, the trainer's checkpoint
// (exact resume: weights, EMA, optimiser, step, RNG) and a small JSON state file. A run that was
// cancelled, whose window was closed, or whose process crashed can be resumed from that folder
// (TrainJob::resume); interruptedRuns() lists such folders so the wizard can offer it.
// Qt Core/Gui only in this header: the UI never sees LibTorch or OpenCV.

#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVector>

#include <memory>

namespace colorized::jobs {

// What the archivist chose in the wizard. Everything the run needs; stored in the state file.
struct TrainSettings {
    QString baseModelPath;       // never written to
    QString dataFolder;          // one of the layouts of dataset.h
    QString workFolder;          // created if missing; holds packs, checkpoint, state
    int steps = 400;             // optimisation steps
    int batchSize = 8;
    int resolution = 64;         // training crop side in pixels (multiple of 8)
    double learningRate = 5e-5;  // fine-tuning: below the from-scratch 2e-4
    double heldOutFraction = 0.1;  // at least 3 images are held out when there are 4 or more
    quint64 seed = 1;
    int threads = 0;             // LibTorch intra-op threads; 0 = one per core
    int checkpointEvery = 50;    // steps
    int validateEvery = 25;      // steps
    int previewEvery = 50;       // steps between held-out previews
    int previewImages = 4;       // held-out images shown and measured
    int previewSamplerSteps = 12;  // DDIM steps for previews and metrics

    QJsonObject toJson() const;
    static TrainSettings fromJson(const QJsonObject& json);
};

// Held-out means over the preview images (see metrics.h for the definitions).
struct HeldOutMetrics {
    int images = 0;
    double psnr = 0.0;           // dB, higher is better
    double ssim = 0.0;           // 0..1, higher is better
    double ciede2000 = 0.0;      // mean CIEDE2000, lower is better
    double colorfulness = 0.0;   // Hasler-Suesstrunk M of the results
    double referenceColorfulness = 0.0;  // the same for the true colors

    bool valid() const { return images > 0; }
    QJsonObject toJson() const;
    static HeldOutMetrics fromJson(const QJsonObject& json);
};

struct TrainPoint {
    int step = 0;
    double value = 0.0;
};

enum class TrainStatus { Preparing, Running, Paused, Cancelled, Finished, Failed, Saved };
QString toString(TrainStatus status);           // "preparing", "running", ...
TrainStatus trainStatusFromString(const QString& text);

// The state file (state.json) of a work folder.
struct TrainState {
    TrainSettings settings;
    TrainStatus status = TrainStatus::Preparing;
    int step = 0;                  // steps in the last checkpoint (or done, when finished)
    int trainImages = 0;
    int heldOutImages = 0;
    QVector<TrainPoint> loss;      // per step up to the last checkpoint
    QVector<TrainPoint> validationLoss;
    QStringList heldOutInputs;     // held-out images shown and measured: what the model sees
    QStringList heldOutTruths;     // ... and their true colors (the same file for color-only)
    int pairs = 0;                 // of the data folder, for provenance
    int colorOnly = 0;
    HeldOutMetrics baseMetrics;    // measured before training
    HeldOutMetrics tunedMetrics;   // when finished
    QString resultModelPath;       // exported model in the work folder, when finished
    QString error;                 // when failed
    QDateTime started;
    QDateTime updated;

    QJsonObject toJson() const;
    static TrainState fromJson(const QJsonObject& json);
};

// What a finished run hands to the wizard's result page.
struct TrainOutcome {
    QString workFolder;
    QString modelPath;             // exported EMA weights, in the work folder (not installed yet)
    int steps = 0;
    HeldOutMetrics baseMetrics;
    HeldOutMetrics tunedMetrics;
    QVector<QImage> basePreviews;  // held-out images colorized by the base model
    QVector<QImage> tunedPreviews; // the same by the fine-tuned model
    QVector<QImage> truthPreviews; // their true colors
};

class TrainWorker;
struct TrainControl;

class TrainJob : public QObject {
    Q_OBJECT
public:
    explicit TrainJob(QObject* parent = nullptr);
    // Cancels a running training (which keeps its checkpoint) and waits for the worker's
    // current step to end.
    ~TrainJob() override;

    // All methods: GUI thread (the thread that created the job).

    // Starts a new run in settings.workFolder (its old contents are replaced).
    void start(const TrainSettings& settings);
    // Continues the run in workFolder from its last checkpoint (or from the start when it had
    // none). Fails with failed() when the folder holds no run.
    void resume(const QString& workFolder);
    void setPaused(bool paused);
    // Stops at the end of the current step and saves a checkpoint; ends with cancelled().
    void cancel();
    bool isRunning() const;
    bool isPaused() const;

    // The work folder for a new run: <AppDataLocation>/training/<date-time>.
    static QString newWorkFolder();
    // <AppDataLocation>/training
    static QString trainingRoot();
    // Work folders under root whose run can be resumed (status preparing, running, paused or
    // cancelled), newest first. Any thread.
    static QStringList interruptedRuns(const QString& root = trainingRoot());
    // Reads state.json of a work folder; nothing when absent or unreadable. Any thread.
    static bool readState(const QString& workFolder, TrainState* state);
    // Marks a finished run as saved (it is no longer offered for resume) and removes its
    // checkpoint and packs. Any thread.
    static void markSaved(const QString& workFolder);
    // Measures this machine with these settings (base model architecture, batch, resolution,
    // threads): the seconds of one optimisation step (the fastest of three, after a warm-up
    // step, so a passing load spike does not inflate it) and of one network evaluation on one
    // image at that resolution (previews and the final comparison cost samplerSteps of those
    // per held-out image). Blocking, seconds at most: call it through QtConcurrent, never on the
    // GUI thread. Throws std::runtime_error when the model cannot be loaded.
    struct Timing {
        double stepSeconds = 0.0;
        double evaluationSeconds = 0.0;
        // Seconds a whole run takes: steps, previews every previewEvery steps, validation, and
        // the base and fine-tuned comparisons on the held-out images.
        double runSeconds(const TrainSettings& settings, int heldOutImages) const;
    };
    static Timing measure(const QString& baseModelPath, int batchSize, int resolution, int threads);

Q_SIGNALS:
    // A sentence for the status line ("Reading the photographs…", "Training…").
    void stageChanged(const QString& text);
    // done of total, for the photograph reading and evaluation stages (no step yet).
    void stageProgressChanged(int done, int total);
    void dataPrepared(int trainImages, int heldOutImages);
    // step of totalSteps done; secondsLeft < 0 while unknown.
    void progressChanged(int step, int totalSteps, double secondsLeft, double imagesPerSecond);
    void lossReported(int step, double loss);
    void validationReported(int step, double validationLoss);
    // On resume: the curves so far, to redraw the charts.
    void historyRestored(const QVector<colorized::jobs::TrainPoint>& loss,
                         const QVector<colorized::jobs::TrainPoint>& validationLoss);
    // Held-out images colorized by the current EMA weights (step 0: the base model), with
    // their true colors. RGB888, at most about 256 px on the long side.
    void previewsReady(int step, const QVector<QImage>& previews, const QVector<QImage>& truth);
    void baseMetricsReady(const colorized::jobs::HeldOutMetrics& metrics);
    void checkpointSaved(int step);
    void pausedChanged(bool paused);
    void finished(const colorized::jobs::TrainOutcome& outcome);
    // Cancelled (or closed) at this step; the checkpoint of that step is kept for resume.
    void cancelled(int step);
    // message: translated, says what happened and what to do.
    void failed(const QString& message);

    // Internal: starts the worker.
    void runRequested(const colorized::jobs::TrainSettings& settings, bool resume);

private:
    void launch(const TrainSettings& settings, bool resume);

    QThread thread_;
    TrainWorker* worker_ = nullptr;      // lives in thread_, deleted when it finishes
    std::shared_ptr<TrainControl> control_;   // pause/cancel flags shared with the worker
    bool running_ = false;
    bool paused_ = false;
};

}  // namespace colorized::jobs

Q_DECLARE_METATYPE(colorized::jobs::TrainSettings)
Q_DECLARE_METATYPE(colorized::jobs::HeldOutMetrics)
Q_DECLARE_METATYPE(colorized::jobs::TrainOutcome)
Q_DECLARE_METATYPE(colorized::jobs::TrainPoint)
