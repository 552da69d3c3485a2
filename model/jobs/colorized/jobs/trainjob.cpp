#include "colorized/jobs/trainjob.h"

#include "colorized/jobs/trainingdata.h"
#include "colorized/jobs/trainworker.h"

#include "colorized/core/colorizer.h"
#include "colorized/core/trainer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <chrono>
#include <limits>
#include <stdexcept>

namespace colorized::jobs {

namespace {

QJsonArray toJson(const QVector<TrainPoint>& points)
{
    QJsonArray array;
    for (const auto& point : points)
        array.push_back(QJsonArray{point.step, point.value});
    return array;
}

QVector<TrainPoint> pointsFromJson(const QJsonArray& array)
{
    QVector<TrainPoint> points;
    points.reserve(array.size());
    for (const auto& item : array) {
        const auto pair = item.toArray();
        if (pair.size() == 2)
            points.push_back({pair[0].toInt(), pair[1].toDouble()});
    }
    return points;
}

void registerTypes()
{
    qRegisterMetaType<TrainSettings>();
    qRegisterMetaType<HeldOutMetrics>();
    qRegisterMetaType<TrainOutcome>();
    qRegisterMetaType<TrainPoint>();
    qRegisterMetaType<QVector<TrainPoint>>();
    qRegisterMetaType<QVector<QImage>>();
}

}  // namespace

QJsonObject TrainSettings::toJson() const
{
    return {
        {QStringLiteral("base_model"), baseModelPath},
        {QStringLiteral("data_folder"), dataFolder},
        {QStringLiteral("work_folder"), workFolder},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("batch_size"), batchSize},
        {QStringLiteral("resolution"), resolution},
        {QStringLiteral("learning_rate"), learningRate},
        {QStringLiteral("held_out_fraction"), heldOutFraction},
        {QStringLiteral("seed"), QString::number(seed)},  // JSON numbers lose 64-bit integers
        {QStringLiteral("threads"), threads},
        {QStringLiteral("checkpoint_every"), checkpointEvery},
        {QStringLiteral("validate_every"), validateEvery},
        {QStringLiteral("preview_every"), previewEvery},
        {QStringLiteral("preview_images"), previewImages},
        {QStringLiteral("preview_sampler_steps"), previewSamplerSteps},
    };
}

TrainSettings TrainSettings::fromJson(const QJsonObject& json)
{
    TrainSettings s;
    s.baseModelPath = json.value(QStringLiteral("base_model")).toString();
    s.dataFolder = json.value(QStringLiteral("data_folder")).toString();
    s.workFolder = json.value(QStringLiteral("work_folder")).toString();
    s.steps = json.value(QStringLiteral("steps")).toInt(s.steps);
    s.batchSize = json.value(QStringLiteral("batch_size")).toInt(s.batchSize);
    s.resolution = json.value(QStringLiteral("resolution")).toInt(s.resolution);
    s.learningRate = json.value(QStringLiteral("learning_rate")).toDouble(s.learningRate);
    s.heldOutFraction = json.value(QStringLiteral("held_out_fraction")).toDouble(s.heldOutFraction);
    s.seed = json.value(QStringLiteral("seed")).toString().toULongLong();
    s.threads = json.value(QStringLiteral("threads")).toInt(s.threads);
    s.checkpointEvery = json.value(QStringLiteral("checkpoint_every")).toInt(s.checkpointEvery);
    s.validateEvery = json.value(QStringLiteral("validate_every")).toInt(s.validateEvery);
    s.previewEvery = json.value(QStringLiteral("preview_every")).toInt(s.previewEvery);
    s.previewImages = json.value(QStringLiteral("preview_images")).toInt(s.previewImages);
    s.previewSamplerSteps = json.value(QStringLiteral("preview_sampler_steps")).toInt(s.previewSamplerSteps);
    return s;
}

QJsonObject HeldOutMetrics::toJson() const
{
    return {
        {QStringLiteral("images"), images},
        {QStringLiteral("psnr"), psnr},
        {QStringLiteral("ssim"), ssim},
        {QStringLiteral("ciede2000"), ciede2000},
        {QStringLiteral("colorfulness"), colorfulness},
        {QStringLiteral("reference_colorfulness"), referenceColorfulness},
    };
}

HeldOutMetrics HeldOutMetrics::fromJson(const QJsonObject& json)
{
    HeldOutMetrics m;
    m.images = json.value(QStringLiteral("images")).toInt();
    m.psnr = json.value(QStringLiteral("psnr")).toDouble();
    m.ssim = json.value(QStringLiteral("ssim")).toDouble();
    m.ciede2000 = json.value(QStringLiteral("ciede2000")).toDouble();
    m.colorfulness = json.value(QStringLiteral("colorfulness")).toDouble();
    m.referenceColorfulness = json.value(QStringLiteral("reference_colorfulness")).toDouble();
    return m;
}

QString toString(TrainStatus status)
{
    switch (status) {
    case TrainStatus::Preparing: return QStringLiteral("preparing");
    case TrainStatus::Running: return QStringLiteral("running");
    case TrainStatus::Paused: return QStringLiteral("paused");
    case TrainStatus::Cancelled: return QStringLiteral("cancelled");
    case TrainStatus::Finished: return QStringLiteral("finished");
    case TrainStatus::Failed: return QStringLiteral("failed");
    case TrainStatus::Saved: return QStringLiteral("saved");
    }
    return QStringLiteral("failed");
}

TrainStatus trainStatusFromString(const QString& text)
{
    for (auto status : {TrainStatus::Preparing, TrainStatus::Running, TrainStatus::Paused, TrainStatus::Cancelled,
                        TrainStatus::Finished, TrainStatus::Saved})
        if (text == toString(status))
            return status;
    return TrainStatus::Failed;
}

QJsonObject TrainState::toJson() const
{
    return {
        {QStringLiteral("format"), 1},
        {QStringLiteral("settings"), settings.toJson()},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("step"), step},
        {QStringLiteral("train_images"), trainImages},
        {QStringLiteral("held_out_images"), heldOutImages},
        {QStringLiteral("held_out_inputs"), QJsonArray::fromStringList(heldOutInputs)},
        {QStringLiteral("held_out_truths"), QJsonArray::fromStringList(heldOutTruths)},
        {QStringLiteral("pairs"), pairs},
        {QStringLiteral("color_only"), colorOnly},
        {QStringLiteral("loss"), jobs::toJson(loss)},
        {QStringLiteral("validation_loss"), jobs::toJson(validationLoss)},
        {QStringLiteral("base_metrics"), baseMetrics.toJson()},
        {QStringLiteral("tuned_metrics"), tunedMetrics.toJson()},
        {QStringLiteral("result_model"), resultModelPath},
        {QStringLiteral("error"), error},
        {QStringLiteral("started"), started.toString(Qt::ISODate)},
        {QStringLiteral("updated"), updated.toString(Qt::ISODate)},
    };
}

TrainState TrainState::fromJson(const QJsonObject& json)
{
    TrainState s;
    s.settings = TrainSettings::fromJson(json.value(QStringLiteral("settings")).toObject());
    s.status = trainStatusFromString(json.value(QStringLiteral("status")).toString());
    s.step = json.value(QStringLiteral("step")).toInt();
    s.trainImages = json.value(QStringLiteral("train_images")).toInt();
    s.heldOutImages = json.value(QStringLiteral("held_out_images")).toInt();
    for (const auto& item : json.value(QStringLiteral("held_out_inputs")).toArray())
        s.heldOutInputs.push_back(item.toString());
    for (const auto& item : json.value(QStringLiteral("held_out_truths")).toArray())
        s.heldOutTruths.push_back(item.toString());
    s.pairs = json.value(QStringLiteral("pairs")).toInt();
    s.colorOnly = json.value(QStringLiteral("color_only")).toInt();
    s.loss = pointsFromJson(json.value(QStringLiteral("loss")).toArray());
    s.validationLoss = pointsFromJson(json.value(QStringLiteral("validation_loss")).toArray());
    s.baseMetrics = HeldOutMetrics::fromJson(json.value(QStringLiteral("base_metrics")).toObject());
    s.tunedMetrics = HeldOutMetrics::fromJson(json.value(QStringLiteral("tuned_metrics")).toObject());
    s.resultModelPath = json.value(QStringLiteral("result_model")).toString();
    s.error = json.value(QStringLiteral("error")).toString();
    s.started = QDateTime::fromString(json.value(QStringLiteral("started")).toString(), Qt::ISODate);
    s.updated = QDateTime::fromString(json.value(QStringLiteral("updated")).toString(), Qt::ISODate);
    return s;
}

TrainJob::TrainJob(QObject* parent)
    : QObject(parent)
{
    registerTypes();
}

TrainJob::~TrainJob()
{
    if (control_)
        control_->requestCancel();
    thread_.quit();
    thread_.wait();
}

void TrainJob::start(const TrainSettings& settings)
{
    launch(settings, false);
}

void TrainJob::resume(const QString& workFolder)
{
    TrainSettings settings;
    settings.workFolder = workFolder;
    launch(settings, true);
}

void TrainJob::launch(const TrainSettings& settings, bool resume)
{
    if (running_)
        return;
    control_ = std::make_shared<TrainControl>();
    worker_ = new TrainWorker(control_);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(this, &TrainJob::runRequested, worker_, &TrainWorker::run);

    connect(worker_, &TrainWorker::stageChanged, this, &TrainJob::stageChanged);
    connect(worker_, &TrainWorker::stageProgressChanged, this, &TrainJob::stageProgressChanged);
    connect(worker_, &TrainWorker::dataPrepared, this, &TrainJob::dataPrepared);
    connect(worker_, &TrainWorker::progressChanged, this, &TrainJob::progressChanged);
    connect(worker_, &TrainWorker::lossReported, this, &TrainJob::lossReported);
    connect(worker_, &TrainWorker::validationReported, this, &TrainJob::validationReported);
    connect(worker_, &TrainWorker::historyRestored, this, &TrainJob::historyRestored);
    connect(worker_, &TrainWorker::previewsReady, this, &TrainJob::previewsReady);
    connect(worker_, &TrainWorker::baseMetricsReady, this, &TrainJob::baseMetricsReady);
    connect(worker_, &TrainWorker::checkpointSaved, this, &TrainJob::checkpointSaved);
    connect(worker_, &TrainWorker::pausedChanged, this, [this](bool paused) {
        paused_ = paused;
        Q_EMIT pausedChanged(paused);
    });
    // The run is over when one of these arrives: the thread ends, the worker with it.
    const auto ended = [this] {
        running_ = false;
        paused_ = false;
        thread_.quit();
        thread_.wait();  // returns at once: the worker's run() has returned
    };
    connect(worker_, &TrainWorker::finished, this, [this, ended](const TrainOutcome& outcome) {
        ended();
        Q_EMIT finished(outcome);
    });
    connect(worker_, &TrainWorker::cancelled, this, [this, ended](int step) {
        ended();
        Q_EMIT cancelled(step);
    });
    connect(worker_, &TrainWorker::failed, this, [this, ended](const QString& message) {
        ended();
        Q_EMIT failed(message);
    });

    running_ = true;
    thread_.setObjectName(QStringLiteral("TrainJob"));
    thread_.start(QThread::LowPriority);
    Q_EMIT runRequested(settings, resume);
}

void TrainJob::setPaused(bool paused)
{
    if (control_)
        control_->setPaused(paused);
}

void TrainJob::cancel()
{
    if (control_)
        control_->requestCancel();
}

bool TrainJob::isRunning() const
{
    return running_;
}

bool TrainJob::isPaused() const
{
    return paused_;
}

QString TrainJob::trainingRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/training");
}

QString TrainJob::newWorkFolder()
{
    return trainingRoot() + QLatin1Char('/')
           + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QStringList TrainJob::interruptedRuns(const QString& root)
{
    QStringList runs;
    const QDir dir(root);
    const auto entries = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const auto& entry : entries) {
        TrainState state;
        if (!readState(entry.absoluteFilePath(), &state))
            continue;
        switch (state.status) {
        case TrainStatus::Preparing:
        case TrainStatus::Running:
        case TrainStatus::Paused:
        case TrainStatus::Cancelled:
            runs.push_back(entry.absoluteFilePath());
            break;
        default:
            break;
        }
    }
    return runs;
}

bool TrainJob::readState(const QString& workFolder, TrainState* state)
{
    QFile file(QDir(workFolder).filePath(QString::fromLatin1(kStateFile)));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *state = TrainState::fromJson(document.object());
    return true;
}

void TrainJob::markSaved(const QString& workFolder)
{
    TrainState state;
    if (!readState(workFolder, &state))
        return;
    state.status = TrainStatus::Saved;
    state.updated = QDateTime::currentDateTimeUtc();
    writeTrainState(workFolder, state);
    const QDir work(workFolder);
    for (const char* name : {kCheckpointFile, kTrainPackFile, kHeldOutPackFile})
        QFile::remove(work.filePath(QString::fromLatin1(name)));
}

TrainJob::Timing TrainJob::measure(const QString& baseModelPath, int batchSize, int resolution, int threads)
{
    using Clock = std::chrono::steady_clock;
    const auto seconds = [](Clock::time_point start) {
        return std::chrono::duration<double>(Clock::now() - start).count();
    };
    configureThreads(threads);
    LoadedModel base = loadModel(QFile::encodeName(baseModelPath).toStdString());
    TrainConfig config;
    config.steps = 4;
    config.batchSize = batchSize;
    config.crop = resolution;
    config.warmupSteps = 1;
    config.validateEvery = 0;
    config.checkpointEvery = 0;
    const int64_t side = packSideFor(resolution);
    auto generator = at::detail::createCPUGenerator(1);
    auto images = torch::randint(0, 256, {std::max<int64_t>(batchSize, 2), 3, side, side}, generator,
                                 torch::TensorOptions(torch::kUInt8));
    ModelInfo info = base.info;
    info.resolution = resolution;
    Trainer trainer(config, info, images, images.narrow(0, 0, 1));
    trainer.initializeFrom(base);
    trainer.trainStep();  // the first step allocates; it is not typical
    Timing timing;
    timing.stepSeconds = std::numeric_limits<double>::infinity();
    for (int i = 0; i < 3; ++i) {
        const auto start = Clock::now();
        trainer.trainStep();
        timing.stepSeconds = std::min(timing.stepSeconds, seconds(start));
    }
    c10::InferenceMode inference;
    const auto input = torch::zeros({1, base.net->inputChannels(), resolution, resolution});
    const auto t = torch::full({1}, 10, torch::kLong);
    timing.evaluationSeconds = std::numeric_limits<double>::infinity();
    for (int i = 0; i < 3; ++i) {
        const auto start = Clock::now();
        base.net->forward(input, t);
        timing.evaluationSeconds = std::min(timing.evaluationSeconds, seconds(start));
    }
    return timing;
}

double TrainJob::Timing::runSeconds(const TrainSettings& settings, int heldOutImages) const
{
    const int shown = std::min(settings.previewImages, heldOutImages);
    const double previewPass = evaluationSeconds * settings.previewSamplerSteps * shown;
    const int previews = settings.previewEvery > 0 ? settings.steps / settings.previewEvery : 0;
    // Validation: about 32 held-out samples, forward only (a third of a training step each).
    const int validations = settings.validateEvery > 0 ? settings.steps / settings.validateEvery : 0;
    const double validation = stepSeconds / 3.0 * 32.0 / std::max(settings.batchSize, 1);
    return stepSeconds * settings.steps + previewPass * (previews + 2) + validation * validations;
}

}  // namespace colorized::jobs
