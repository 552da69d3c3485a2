#include "colorized/jobs/colorizeworker.h"

#include "colorized/jobs/filehash.h"
#include "colorized/jobs/imageconvert.h"
#include "colorized/jobs/uncertaintyscale.h"
#include "colorized/jobs/runstate.h"

#include "colorized/core/colorizer.h"
#include "colorized/core/modelfile.h"
#include "colorized/core/processor.h"
#include "colorized/imaging/errortext.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/imaging/scan.h"

#include <ATen/core/grad_mode.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <exception>

namespace colorized::jobs {

namespace {

std::string localPath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

// Steps whose frames go to the timeline: all of them up to kMaxTimelineFrames, otherwise
// evenly spaced ones and always the last.
bool keepsFrame(int step, int count)
{
    if (count <= kMaxTimelineFrames || step == count - 1)
        return true;
    const int stride = (count + kMaxTimelineFrames - 1) / kMaxTimelineFrames;
    return step % stride == 0;
}

// Worker-side failure with a message already fit for the archivist.
class JobError : public std::runtime_error {
public:
    explicit JobError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

}  // namespace

ColorizeWorker::ColorizeWorker(std::shared_ptr<RequestQueue> queue) : queue_(std::move(queue)) {}

ColorizeWorker::~ColorizeWorker() = default;

void ColorizeWorker::processQueue()
{
    bool ranAny = false;
    while (auto entry = queue_->takeNext()) {
        ranAny = true;
        run(*entry);
    }
    queue_->finishRunning();
    if (ranAny)
        Q_EMIT idle();
}

void ColorizeWorker::preload(const QString& modelPath)
{
    try {
        ensureModel(modelPath);
    } catch (const std::exception& error) {
        Q_EMIT modelFailed(modelPath, QString::fromStdString(imaging::readableMessage(error)));
    }
}

LoadedModel& ColorizeWorker::ensureModel(const QString& path)
{
    if (model_ && path == modelPath_)
        return *model_;
    if (path.isEmpty())
        throw JobError(tr("No colorization model is set. Choose a model file in the Settings "
                          "panel (Model), or install the default model; the README explains "
                          "how to train one with colorized-cli train."));
    if (!QFileInfo::exists(path))
        throw JobError(tr("The model file %1 does not exist. Choose another model in the "
                          "Settings panel.").arg(path));
    try {
        auto loaded = std::make_unique<LoadedModel>(loadModel(localPath(path)));
        model_ = std::move(loaded);
        modelPath_ = path;
    } catch (const std::exception& error) {
        model_.reset();
        modelPath_.clear();
        throw JobError(tr("The model file %1 could not be loaded: %2 Choose another model in "
                          "the Settings panel.")
                           .arg(QFileInfo(path).fileName(), QString::fromStdString(imaging::readableMessage(error))));
    }
    Q_EMIT modelLoaded(summary());
    return *model_;
}

ModelSummary ColorizeWorker::summary() const
{
    ModelSummary s;
    if (!model_)
        return s;
    s.path = modelPath_;
    s.name = QString::fromStdString(model_->info.name);
    s.description = QString::fromStdString(model_->info.description);
    s.sha256 = QString::fromStdString(model_->sha256);
    s.resolution = static_cast<int>(model_->info.resolution);
    s.timesteps = static_cast<int>(model_->info.schedule.timesteps);
    const GuidanceSettings defaults = guidanceSettingsFor({}, model_->info);
    s.guidance = defaults.guidance;
    s.guidanceCutoff = defaults.cutoff;
    return s;
}

void ColorizeWorker::run(const QueuedRequest& entry)
{
    const ColorizeRequest& request = entry.request;
    const std::atomic<bool>& cancel = *entry.cancel;
    const QString fileName = QFileInfo(request.sourcePath).fileName();
    Q_EMIT started(entry.id, request.sourcePath);
    QElapsedTimer wall;
    wall.start();

    try {
        // Guards are thread-local: this is the worker thread (docs/ARCHITECTURE.md, "Threads").
        at::NoGradGuard noGrad;
        const int threads = queue_->threads();
        if (threads != appliedThreads_) {
            configureThreads(threads);
            appliedThreads_ = threads;
        }

        const auto& prior = request.continueFrom.run;
        LoadedModel& model =
            ensureModel(prior ? prior->modelPath : request.settings.modelPath);

        imaging::ScanImage scan;
        try {
            scan = imaging::loadScan(localPath(request.sourcePath));
        } catch (const std::exception& error) {
            throw JobError(tr("%1 could not be opened: %2 Check that it is a JPEG, PNG or TIFF "
                              "image and that the file is complete.")
                               .arg(fileName, QString::fromStdString(imaging::readableMessage(error))));
        }
        const QString sourceSha = fileSha256(request.sourcePath);

        imaging::PipelineRequest pipeline;
        for (const HintSpec& hint : request.hints) {
            imaging::ColorHint h;
            h.x = std::clamp(hint.position.x(), 0.0, 1.0);
            h.y = std::clamp(hint.position.y(), 0.0, 1.0);
            toAb(hint.color, h.a, h.b);
            h.note = hint.note.toStdString();
            pipeline.hints.push_back(h);
        }
        const ColorizeSettings& settings = request.settings;
        pipeline.options.candidates = std::max(1, settings.candidates);
        // The dock offers bf16 only where native; a stored or scripted setting may still ask for
        // it on a processor that would run it several times slower than fp32.
        pipeline.options.bf16 = settings.bf16 && currentProcessor().nativeBf16();
        pipeline.options.sampler.kind = settings.sampler;
        pipeline.options.sampler.steps = std::max(1, settings.steps);
        pipeline.options.sampler.seed = settings.seed;
        pipeline.photoKey = settings.noisePerPhoto ? imaging::photoNoiseKey(sourceSha.toStdString()) : 0;
        pipeline.options.sampler.eta = settings.eta;
        pipeline.options.guidance = settings.guidance;
        pipeline.options.guidanceCutoff = settings.guidanceCutoff;
        pipeline.options.damping = settings.damping;
        pipeline.resolution = std::max(0, settings.resolution);
        pipeline.hintStrength = std::clamp(settings.hintStrength, 0.0, 1.0);

        int startStep = 0;
        quint64 parentSeed = 0;
        int parentCandidate = 0;
        if (prior) {
            const auto& priorSteps = request.continueFrom.steps;
            const auto state = priorSteps ? priorSteps->states.find(request.continueFrom.step)
                                          : std::map<int, torch::Tensor>::const_iterator();
            if (!priorSteps || state == priorSteps->states.end())
                throw JobError(tr("The selected timeline frame can no longer be continued. "
                                  "Colorize the photo again."));
            // The step sequence, resolution and model must be those of the run we branch from.
            pipeline.options.sampler.kind = prior->pipelineRequest.options.sampler.kind;
            pipeline.options.sampler.steps = prior->pipelineRequest.options.sampler.steps;
            pipeline.options.sampler.eta = prior->pipelineRequest.options.sampler.eta;
            pipeline.resolution = prior->pipelineRequest.resolution;
            const torch::Tensor& xt = state->second;
            const int64_t from = std::clamp<int64_t>(request.continueFrom.candidate, 0, xt.size(0) - 1);
            pipeline.options.sampler.startXt = xt.narrow(0, from, 1).repeat({pipeline.options.candidates, 1, 1, 1});
            pipeline.options.sampler.startIndex = request.continueFrom.step;
            pipeline.options.sampler.renoiseStart = true;
            startStep = request.continueFrom.step;
            parentSeed = prior->pipelineRequest.options.sampler.seed;
            parentCandidate = static_cast<int>(from);
        }

        auto state = std::make_shared<RunState>();
        auto steps = std::make_shared<StepStates>();
        QElapsedTimer stepClock;
        int firstStep = -1;
        int stepCount = 0;
        const auto onFrame = [&](const imaging::ColorizeFrame& frame) {
            if (cancel.load())
                return;
            stepCount = frame.count;
            if (firstStep < 0) {
                firstStep = frame.index;
                stepClock.start();
            }
            const int done = frame.index + 1;
            const int measured = frame.index - firstStep;  // steps timed since the first ended
            double secondsLeft = -1.0;
            if (measured > 0)
                secondsLeft = stepClock.elapsed() / 1000.0 / measured * (frame.count - done);
            if (keepsFrame(frame.index, frame.count)) {
                if (frame.xt.defined())
                    steps->states[frame.index] = frame.xt.detach().clone();
                TimelineFrame out;
                out.request = entry.id;
                out.step = frame.index;
                out.stepCount = frame.count;
                out.timestep = frame.timestep;
                for (const cv::Mat& mat : frame.noisy)
                    out.noisy.push_back(toDisplayRgb(mat));
                for (const cv::Mat& mat : frame.predicted)
                    out.predicted.push_back(toDisplayRgb(mat));
                Q_EMIT frameReady(out);
            }
            Q_EMIT progressChanged(entry.id, done, frame.count, secondsLeft);
        };

        auto outcome = imaging::colorizeScan(model, scan, pipeline, onFrame, &cancel);
        if (!outcome || cancel.load()) {
            Q_EMIT cancelled(entry.id, request.sourcePath);
            return;
        }

        ColorizeResult result;
        result.request = entry.id;
        result.sourcePath = request.sourcePath;
        result.sourceSha256 = sourceSha;
        result.sourceSize = QSize(scan.pixels.cols, scan.pixels.rows);
        result.sourceBitDepth = scan.bitDepth;
        result.settings = settings;
        result.settings.bf16 = pipeline.options.bf16;   // provenance records what ran
        result.settings.modelPath = modelPath_;
        result.settings.candidates = pipeline.options.candidates;
        result.settings.sampler = pipeline.options.sampler.kind;
        result.settings.steps = stepCount > 0 ? stepCount : pipeline.options.sampler.steps;
        result.settings.eta = pipeline.options.sampler.eta;
        const GuidanceSettings guidance = guidanceSettingsFor(pipeline.options, model.info);
        result.settings.guidance = guidance.guidance;
        result.settings.guidanceCutoff = guidance.cutoff;
        result.settings.damping = guidance.damping;
        result.settings.resolution =
            pipeline.resolution > 0 ? pipeline.resolution : static_cast<int>(model.info.resolution);
        result.hints = request.hints;
        result.modelName = QString::fromStdString(model.info.name);
        result.modelSha256 = QString::fromStdString(model.sha256);
        result.startStep = startStep;
        result.parentSeed = parentSeed;
        result.parentCandidate = parentCandidate;
        result.settings.hintStrength = pipeline.hintStrength;
        result.shown = outcome->shown;
        result.image = toDisplayRgb(outcome->image);
        result.thumbnail = toDisplayThumbnail(outcome->image, kResultThumbnailSize);
        for (const cv::Mat& preview : outcome->candidatePreviews)
            result.candidates.push_back(toDisplayRgb(preview));
        if (pipeline.options.candidates > 1 && !outcome->uncertainty.empty()) {
            result.uncertaintyScale = uncertaintyScaleTop(percentile99(outcome->uncertainty));
            result.uncertainty = uncertaintyOverlay(outcome->uncertainty, result.uncertaintyScale);
        }

        state->outcome = std::move(*outcome);
        state->outcome.image.release();  // recomposed from a*b* on export, at scan depth
        state->pipelineRequest = pipeline;
        state->pipelineRequest.options.sampler.startXt = torch::Tensor();
        state->modelPath = modelPath_;
        state->modelName = model.info.name;
        state->modelSha256 = model.sha256;
        state->sourceSha256 = sourceSha.toStdString();
        result.run = state;
        result.steps = steps;
        result.seconds = wall.elapsed() / 1000.0;
        result.finishedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT finished(result);
    } catch (const JobError& error) {
        Q_EMIT failed(entry.id, request.sourcePath, QString::fromStdString(error.what()));
    } catch (const std::exception& error) {
        Q_EMIT failed(entry.id, request.sourcePath,
                      tr("Colorizing %1 failed: %2 Try another working resolution or model; if "
                         "it keeps failing, please report it.")
                          .arg(fileName, QString::fromStdString(imaging::readableMessage(error))));
    }
}

}  // namespace colorized::jobs
