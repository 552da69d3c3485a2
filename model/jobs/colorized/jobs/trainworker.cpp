#include "colorized/jobs/trainworker.h"

#include "colorized/jobs/imageconvert.h"
#include "colorized/jobs/trainingdata.h"

#include "colorized/core/colorizer.h"
#include "colorized/core/labpack.h"
#include "colorized/core/trainer.h"
#include "colorized/core/workingresolution.h"
#include "colorized/imaging/metrics.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/imaging/scan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace colorized::jobs {

namespace {

constexpr int kPreviewLongSide = 256;   // pixels; previews are for looking, not measuring
constexpr uint64_t kPreviewSeed = 7;    // same noise for base and fine-tuned: a fair comparison
constexpr int64_t kValidationSamples = 32;  // (image, timestep) pairs per validation

// Sentences of functions outside a class, in the context "colorized::jobs::TrainWorker": lupdate
// reads the context from the macro (a tr() of our own was filed under "colorized::jobs").
struct TrainWorkerText {
    Q_DECLARE_TR_FUNCTIONS(colorized::jobs::TrainWorker)
};

std::string local(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

struct HeldOutImage {
    imaging::ScanImage input;
    cv::Mat truth;                       // BGR or gray, same size as input
    QImage truthPreview;
};

struct Evaluation {
    HeldOutMetrics metrics;
    QVector<QImage> previews;
};

QImage previewOf(const cv::Mat& image)
{
    cv::Mat shown = image;
    const int longSide = std::max(image.cols, image.rows);
    if (longSide > kPreviewLongSide) {
        const double scale = double(kPreviewLongSide) / longSide;
        cv::resize(image, shown, cv::Size(), scale, scale, cv::INTER_AREA);
    }
    return toDisplayRgb(shown);
}

// Colorizes every held-out image with `model` and measures it against the true colors.
// Returns nothing when cancelled.
std::optional<Evaluation> evaluate(LoadedModel& model, const std::vector<HeldOutImage>& images, int samplerSteps,
                                   const std::atomic<bool>* cancel, const std::function<void(int, int)>& progress)
{
    Evaluation evaluation;
    imaging::MetricsAccumulator accumulator;
    for (size_t i = 0; i < images.size(); ++i) {
        imaging::PipelineRequest request;
        request.options.sampler.kind = SamplerKind::Ddim;
        request.options.sampler.steps = samplerSteps;
        request.options.sampler.seed = kPreviewSeed + i;
        request.options.candidates = 1;
        auto outcome = imaging::colorizeScan(model, images[i].input, request, {}, cancel);
        if (!outcome)
            return std::nullopt;
        accumulator.add(imaging::computeMetrics(outcome->image, images[i].truth));
        evaluation.previews.push_back(previewOf(outcome->image));
        if (progress)
            progress(int(i) + 1, int(images.size()));
    }
    const auto mean = accumulator.mean();
    evaluation.metrics.images = int(accumulator.count());
    evaluation.metrics.psnr = mean.psnr;
    evaluation.metrics.ssim = mean.ssim;
    evaluation.metrics.ciede2000 = mean.ciede2000;
    evaluation.metrics.colorfulness = mean.colorfulness;
    evaluation.metrics.referenceColorfulness = mean.referenceColorfulness;
    return evaluation;
}

nlohmann::json toJson(const HeldOutMetrics& metrics)
{
    return nlohmann::json::parse(QJsonDocument(metrics.toJson()).toJson(QJsonDocument::Compact).toStdString());
}

QVector<TrainPoint> upTo(const QVector<TrainPoint>& points, int step)
{
    QVector<TrainPoint> kept;
    for (const auto& point : points)
        if (point.step <= step)
            kept.push_back(point);
    return kept;
}

}  // namespace

void TrainControl::setPaused(bool value)
{
    {
        std::lock_guard lock(mutex);
        paused = value;
    }
    changed.notify_all();
}

void TrainControl::requestCancel()
{
    {
        std::lock_guard lock(mutex);
        cancel = true;
    }
    changed.notify_all();
}

void TrainControl::waitWhilePaused()
{
    std::unique_lock lock(mutex);
    changed.wait(lock, [this] { return !paused || cancel.load(); });
}

bool TrainControl::isPaused()
{
    std::lock_guard lock(mutex);
    return paused;
}

void writeTrainState(const QString& workFolder, const TrainState& state)
{
    QSaveFile file(QDir(workFolder).filePath(QString::fromLatin1(kStateFile)));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        throw std::runtime_error(TrainWorkerText::tr("Could not write the training state in %1 (%2).")
                                     .arg(QDir::toNativeSeparators(workFolder), file.errorString())
                                     .toStdString());
}

TrainWorker::TrainWorker(std::shared_ptr<TrainControl> control)
    : control_(std::move(control))
{
}

void TrainWorker::run(const TrainSettings& settings, bool resume)
{
    try {
        runOrThrow(settings, resume);
    } catch (const std::exception& error) {
        TrainState state;
        if (TrainJob::readState(settings.workFolder, &state)) {
            state.status = TrainStatus::Failed;
            state.error = QString::fromStdString(error.what());
            state.updated = QDateTime::currentDateTimeUtc();
            try {
                writeTrainState(settings.workFolder, state);
            } catch (const std::exception&) {
                // The failure below is what the archivist needs to read.
            }
        }
        Q_EMIT failed(tr("Fine-tuning stopped: %1").arg(QString::fromStdString(error.what())));
    }
}

void TrainWorker::runOrThrow(TrainSettings settings, bool resume)
{
    const QDir work(settings.workFolder);
    if (!QDir().mkpath(settings.workFolder))
        throw std::runtime_error(
            tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(settings.workFolder)).toStdString());
    const QString checkpointPath = work.filePath(QString::fromLatin1(kCheckpointFile));
    const QString trainPackPath = work.filePath(QString::fromLatin1(kTrainPackFile));
    const QString heldOutPackPath = work.filePath(QString::fromLatin1(kHeldOutPackFile));

    TrainState state;
    if (resume) {
        if (!TrainJob::readState(settings.workFolder, &state))
            throw std::runtime_error(tr("The folder %1 holds no fine-tuning run to resume.")
                                         .arg(QDir::toNativeSeparators(settings.workFolder))
                                         .toStdString());
        const QString workFolder = settings.workFolder;
        settings = state.settings;
        settings.workFolder = workFolder;  // the folder may have moved
    } else {
        for (const char* name : {kStateFile, kCheckpointFile, kTrainPackFile, kHeldOutPackFile, kResultModelFile})
            QFile::remove(work.filePath(QString::fromLatin1(name)));
        state.settings = settings;
        state.started = QDateTime::currentDateTimeUtc();
    }
    state.status = TrainStatus::Preparing;
    state.error.clear();
    state.updated = QDateTime::currentDateTimeUtc();
    writeTrainState(settings.workFolder, state);
    configureThreads(settings.threads);
    const std::atomic<bool>* cancel = &control_->cancel;
    const auto cancelledAt = [&](int step) {
        state.status = TrainStatus::Cancelled;
        state.updated = QDateTime::currentDateTimeUtc();
        writeTrainState(settings.workFolder, state);
        Q_EMIT cancelled(step);
    };

    // 1. The training images, packed once per run (a resumed run reads its packs).
    Q_EMIT stageChanged(tr("Reading the photographs…"));
    torch::Tensor trainLab, heldOutLab;
    if (resume && QFileInfo::exists(trainPackPath) && QFileInfo::exists(heldOutPackPath)
        && !state.heldOutInputs.isEmpty()) {
        trainLab = readLabPack(local(trainPackPath)).lab;
        heldOutLab = readLabPack(local(heldOutPackPath)).lab;
    } else {
        auto data = prepareTrainingData(
            local(settings.dataFolder), settings.heldOutFraction, settings.seed,
            packSideFor(settings.resolution), [this](int done, int total) { Q_EMIT stageProgressChanged(done, total); },
            cancel);
        if (!data) {
            cancelledAt(0);
            return;
        }
        writeLabPack(local(trainPackPath), LabPack{data->train, {{"source", local(settings.dataFolder)}}});
        writeLabPack(local(heldOutPackPath), LabPack{data->heldOut, {{"source", local(settings.dataFolder)}}});
        trainLab = data->train;
        heldOutLab = data->heldOut;
        state.heldOutInputs.clear();
        state.heldOutTruths.clear();
        for (const auto& path : data->heldOutInputs)
            state.heldOutInputs.push_back(QFile::decodeName(path.c_str()));
        for (const auto& path : data->heldOutTruths)
            state.heldOutTruths.push_back(QFile::decodeName(path.c_str()));
        state.pairs = data->pairs;
        state.colorOnly = data->colorOnly;
    }
    state.trainImages = int(trainLab.size(0));
    state.heldOutImages = int(heldOutLab.size(0));
    writeTrainState(settings.workFolder, state);
    Q_EMIT dataPrepared(state.trainImages, state.heldOutImages);

    // 2. The held-out images shown and measured, and the base model on them.
    std::vector<HeldOutImage> heldOut;
    QVector<QImage> truthPreviews;
    const int shown = std::min<int>(settings.previewImages, state.heldOutInputs.size());
    for (int i = 0; i < shown; ++i) {
        HeldOutImage image;
        image.input = imaging::loadScan(local(state.heldOutInputs[i]));
        image.truth = imaging::loadScan(local(state.heldOutTruths[i])).pixels;
        if (image.truth.size() != image.input.pixels.size())  // same aspect (dataset.h), other scale
            cv::resize(image.truth, image.truth, image.input.pixels.size(), 0, 0, cv::INTER_AREA);
        image.truthPreview = previewOf(image.truth);
        truthPreviews.push_back(image.truthPreview);
        heldOut.push_back(std::move(image));
    }

    LoadedModel base = loadModel(local(settings.baseModelPath));
    Q_EMIT stageChanged(tr("Colorizing the held-out photographs with the base model…"));
    const auto reportStage = [this](int done, int total) { Q_EMIT stageProgressChanged(done, total); };
    auto baseEvaluation = evaluate(base, heldOut, settings.previewSamplerSteps, cancel, reportStage);
    if (!baseEvaluation) {
        cancelledAt(0);
        return;
    }
    state.baseMetrics = baseEvaluation->metrics;
    Q_EMIT baseMetricsReady(state.baseMetrics);
    Q_EMIT previewsReady(0, baseEvaluation->previews, truthPreviews);

    // 3. Training.
    TrainConfig config;
    config.steps = settings.steps;
    config.batchSize = settings.batchSize;
    config.crop = settings.resolution;
    config.learningRate = settings.learningRate;
    config.warmupSteps = std::clamp<int64_t>(settings.steps / 10, 1, 100);
    config.validateEvery = settings.validateEvery;
    // The trainer validates each held-out image at one timestep, spread evenly over the
    // schedule: a handful of images would give a curve that rests on 3 or 4 timesteps, so a
    // small held-out set is repeated up to kValidationSamples (same images, more timesteps).
    const int64_t repeats = std::max<int64_t>(1, (kValidationSamples + heldOutLab.size(0) - 1) / heldOutLab.size(0));
    const torch::Tensor validationLab = repeats > 1 ? heldOutLab.repeat({repeats, 1, 1, 1}) : heldOutLab;
    config.validationImages = std::min<int64_t>(kValidationSamples, validationLab.size(0));
    config.checkpointEvery = settings.checkpointEvery;
    config.seed = settings.seed;
    ModelInfo info = base.info;
    info.resolution = fineTunedResolution(base.info.resolution, base.info.provenance, settings.resolution);
    info.provenance = nlohmann::json::object();
    Trainer trainer(config, info, trainLab, validationLab);
    trainer.initializeFrom(base);
    if (resume && QFileInfo::exists(checkpointPath)) {
        trainer.loadCheckpoint(local(checkpointPath));
        state.loss = upTo(state.loss, int(trainer.step()));
        state.validationLoss = upTo(state.validationLoss, int(trainer.step()));
        Q_EMIT historyRestored(state.loss, state.validationLoss);
    } else {
        state.loss.clear();
        state.validationLoss.clear();
    }
    state.step = int(trainer.step());
    state.status = TrainStatus::Running;
    state.updated = QDateTime::currentDateTimeUtc();
    writeTrainState(settings.workFolder, state);
    Q_EMIT stageChanged(tr("Training…"));

    LoadedModel tuned;
    tuned.info = info;
    tuned.net = trainer.ema();
    int checkpointStep = -1;
    TrainLoopOptions loop;
    loop.checkpointPath = local(checkpointPath);
    loop.onCheckpoint = [&](const std::string&) {
        checkpointStep = int(trainer.step());
        state.step = checkpointStep;
        state.updated = QDateTime::currentDateTimeUtc();
        writeTrainState(settings.workFolder, state);
        Q_EMIT checkpointSaved(checkpointStep);
    };
    loop.onProgress = [&](const TrainProgress& progress) {
        const int step = int(progress.step);
        state.loss.push_back({step, progress.loss});
        Q_EMIT lossReported(step, progress.loss);
        if (progress.validationLoss) {
            state.validationLoss.push_back({step, *progress.validationLoss});
            Q_EMIT validationReported(step, *progress.validationLoss);
        }
        Q_EMIT progressChanged(step, int(progress.totalSteps), progress.etaSeconds, progress.imagesPerSecond);
        if (step == checkpointStep)  // the checkpoint was written before this step's loss was known
            writeTrainState(settings.workFolder, state);
        if (settings.previewEvery > 0 && step % settings.previewEvery == 0 && step < progress.totalSteps) {
            if (auto evaluation = evaluate(tuned, heldOut, settings.previewSamplerSteps, cancel, {}))
                Q_EMIT previewsReady(step, evaluation->previews, truthPreviews);
        }
        if (control_->isPaused() && !cancel->load()) {
            trainer.saveCheckpoint(local(checkpointPath));  // a closed window loses nothing
            state.step = step;
            state.status = TrainStatus::Paused;
            state.updated = QDateTime::currentDateTimeUtc();
            writeTrainState(settings.workFolder, state);
            Q_EMIT checkpointSaved(step);
            Q_EMIT pausedChanged(true);
            control_->waitWhilePaused();
            state.status = TrainStatus::Running;
            writeTrainState(settings.workFolder, state);
            Q_EMIT pausedChanged(false);
        }
    };
    if (!runTraining(trainer, loop, cancel)) {
        state.step = int(trainer.step());
        cancelledAt(state.step);
        return;
    }

    // 4. The fine-tuned model on the same held-out images, then the model file.
    Q_EMIT stageChanged(tr("Colorizing the held-out photographs with the fine-tuned model…"));
    auto tunedEvaluation = evaluate(tuned, heldOut, settings.previewSamplerSteps, nullptr, reportStage);
    state.tunedMetrics = tunedEvaluation->metrics;
    Q_EMIT previewsReady(int(trainer.step()), tunedEvaluation->previews, truthPreviews);

    const QString resultPath = work.filePath(QString::fromLatin1(kResultModelFile));
    nlohmann::json provenance = {
        {"kind", "fine-tuned"},
        {"base_model",
         {{"name", base.info.name},
          {"sha256", base.sha256},
          {"file", QFileInfo(settings.baseModelPath).fileName().toStdString()}}},
        {"data",
         {{"folder", local(settings.dataFolder)},
          {"pairs", state.pairs},
          {"color_only", state.colorOnly},
          {"train_images", state.trainImages},
          {"held_out_images", state.heldOutImages}}},
        {"steps", trainer.step()},
        {"date", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()},
        {"hardware", "cpu, " + std::to_string(at::get_num_threads()) + " threads, "
                         + QSysInfo::currentCpuArchitecture().toStdString()},
        {"software", std::string("colorized ") + COLORIZED_VERSION},
        {"metrics", {{"base", toJson(state.baseMetrics)}, {"fine_tuned", toJson(state.tunedMetrics)}}},
    };
    trainer.exportModel(local(resultPath), WeightPrecision::Float32, provenance);

    state.step = int(trainer.step());
    state.status = TrainStatus::Finished;
    state.resultModelPath = resultPath;
    state.updated = QDateTime::currentDateTimeUtc();
    writeTrainState(settings.workFolder, state);

    TrainOutcome outcome;
    outcome.workFolder = settings.workFolder;
    outcome.modelPath = resultPath;
    outcome.steps = state.step;
    outcome.baseMetrics = state.baseMetrics;
    outcome.tunedMetrics = state.tunedMetrics;
    outcome.basePreviews = baseEvaluation->previews;
    outcome.tunedPreviews = tunedEvaluation->previews;
    outcome.truthPreviews = truthPreviews;
    Q_EMIT finished(outcome);
}

}  // namespace colorized::jobs
