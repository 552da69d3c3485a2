#include "settingspage.h"

#include "finetunewizard.h"

#include "colorized/core/duration.h"
#include "colorized/jobs/trainjob.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace colorized::finetune {

namespace {

constexpr int kDefaultSteps = 300;       // about 3 to 5 minutes on a 2-core laptop at 64 px
constexpr int kDefaultBatch = 8;
constexpr double kDefaultLearningRate = 5e-5;

}  // namespace

SettingsPage::SettingsPage(FineTuneWizard* wizard)
    : wizard_(wizard)
{
    setTitle(tr("Training settings"));
    setSubTitle(tr("The defaults suit a laptop. More steps learn more and take longer."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Start &training"));

    baseModel_ = new QComboBox(this);
    baseModel_->setObjectName(QStringLiteral("baseModelCombo"));
    steps_ = new QSpinBox(this);
    steps_->setObjectName(QStringLiteral("stepsSpin"));
    steps_->setRange(1, 200000);
    steps_->setSingleStep(50);
    steps_->setValue(kDefaultSteps);
    passes_ = new QLabel(this);
    learningRate_ = new QDoubleSpinBox(this);
    learningRate_->setObjectName(QStringLiteral("learningRateSpin"));
    learningRate_->setDecimals(6);
    learningRate_->setRange(1e-6, 1e-2);
    learningRate_->setSingleStep(1e-5);
    learningRate_->setValue(kDefaultLearningRate);
    learningRate_->setToolTip(tr("How far each step moves the model. Lower is gentler: the model keeps more "
                                 "of what it knew."));
    batchSize_ = new QSpinBox(this);
    batchSize_->setObjectName(QStringLiteral("batchSpin"));
    batchSize_->setRange(1, 64);
    batchSize_->setValue(kDefaultBatch);
    batchSize_->setToolTip(tr("Photographs per step. Larger batches give steadier steps and take longer each."));
    resolution_ = new QComboBox(this);
    resolution_->setObjectName(QStringLiteral("resolutionCombo"));
    resolution_->setToolTip(tr("Side of the square pieces the model learns from, in pixels. Keep the base "
                               "model's resolution unless you know better."));
    estimate_ = new QLabel(this);
    estimate_->setObjectName(QStringLiteral("estimateLabel"));
    estimate_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Start from model:"), baseModel_);
    form->addRow(tr("Training steps:"), steps_);
    form->addRow(QString(), passes_);
    form->addRow(tr("Learning rate:"), learningRate_);
    form->addRow(tr("Batch size:"), batchSize_);
    form->addRow(tr("Resolution:"), resolution_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(estimate_);
    layout->addStretch(1);

    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(300);
    connect(debounce_, &QTimer::timeout, this, &SettingsPage::measure);
    connect(&watcher_, &QFutureWatcher<colorized::jobs::TrainJob::Timing>::finished, this, &SettingsPage::measured);
    connect(baseModel_, &QComboBox::currentIndexChanged, this, &SettingsPage::baseModelChanged);
    connect(batchSize_, &QSpinBox::valueChanged, this, &SettingsPage::scheduleMeasurement);
    connect(resolution_, &QComboBox::currentIndexChanged, this, &SettingsPage::scheduleMeasurement);
    connect(steps_, &QSpinBox::valueChanged, this, &SettingsPage::updateEstimate);
}

void SettingsPage::initializePage()
{
    const QString previous = baseModelPath().isEmpty() ? wizard_->options().activeModelPath : baseModelPath();
    QSignalBlocker blocker(baseModel_);
    baseModel_->clear();
    models_.clear();
    for (const auto& model : colorized::jobs::listInstalledModels()) {
        if (!model.error.isEmpty())
            continue;
        models_.push_back(model);
        const QString label = model.shipped ? tr("%1 (installed with COLORIZED)").arg(model.name) : model.name;
        baseModel_->addItem(label, model.path);
    }
    // The active model may live elsewhere (chosen in the settings panel).
    if (!previous.isEmpty() && baseModel_->findData(previous) < 0 && QFileInfo(previous).isFile()) {
        const auto model = colorized::jobs::describeModel(previous);
        if (model.error.isEmpty()) {
            models_.push_back(model);
            baseModel_->addItem(model.name, model.path);
        }
    }
    const int index = baseModel_->findData(previous);
    baseModel_->setCurrentIndex(index >= 0 ? index : 0);
    blocker.unblock();
    baseModelChanged();
}

void SettingsPage::baseModelChanged()
{
    const int index = baseModel_->currentIndex();
    // The crop the base model was trained at, not its working resolution (workingresolution.h).
    const int own = index >= 0 && index < models_.size() ? models_[index].trainingCrop : 64;
    const int previous = resolution();
    QSignalBlocker blocker(resolution_);
    resolution_->clear();
    QList<int> sides{own};
    for (int side : {32, 48, 64, 96, 128})
        if (!sides.contains(side))
            sides.push_back(side);
    std::sort(sides.begin(), sides.end());
    for (int side : sides) {
        const QString label = side == own ? tr("%1 px (the model's own)").arg(side) : tr("%1 px").arg(side);
        resolution_->addItem(label, side);
    }
    const int keep = resolution_->findData(previous > 0 && previous != own ? previous : own);
    resolution_->setCurrentIndex(std::max(0, keep));
    blocker.unblock();
    scheduleMeasurement();
    Q_EMIT completeChanged();
}

bool SettingsPage::isComplete() const
{
    return !baseModelPath().isEmpty();
}

QString SettingsPage::baseModelPath() const
{
    return baseModel_->currentData().toString();
}

int SettingsPage::steps() const
{
    return steps_->value();
}

int SettingsPage::batchSize() const
{
    return batchSize_->value();
}

int SettingsPage::resolution() const
{
    return resolution_->currentData().toInt();
}

double SettingsPage::learningRate() const
{
    return learningRate_->value();
}

void SettingsPage::scheduleMeasurement()
{
    stepSeconds_ = -1.0;
    measurementFailed_ = false;
    updateEstimate();
    debounce_->start();
}

void SettingsPage::measure()
{
    if (baseModelPath().isEmpty())
        return;
    if (watcher_.isRunning()) {
        remeasure_ = true;  // the newest settings win once this one ends
        return;
    }
    remeasure_ = false;
    const QString path = baseModelPath();
    const int batch = batchSize();
    const int side = resolution();
    const int threads = wizard_->options().threads;
    watcher_.setFuture(QtConcurrent::run([path, batch, side, threads] {
        try {
            return colorized::jobs::TrainJob::measure(path, batch, side, threads);
        } catch (const std::exception&) {
            return colorized::jobs::TrainJob::Timing{-1.0, -1.0};
        }
    }));
}

void SettingsPage::measured()
{
    if (remeasure_) {
        measure();
        return;
    }
    timing_ = watcher_.result();
    stepSeconds_ = timing_.stepSeconds;
    measurementFailed_ = stepSeconds_ < 0.0;
    updateEstimate();
    Q_EMIT estimateUpdated(stepSeconds_);
}

void SettingsPage::updateEstimate()
{
    const int items = int(wizard_->report().items.size());
    const int heldOut = colorized::jobs::heldOutCountFor(items, wizard_->field(QStringLiteral("heldOutPercent")).toInt() / 100.0);
    const int trainImages = std::max(1, items - heldOut);
    const double passes = double(steps()) * batchSize() / trainImages;
    passes_->setText(tr("Each of your %1 training photographs is seen about %2 times.")
                         .arg(trainImages)
                         .arg(QLocale().toString(passes, 'f', passes < 10 ? 1 : 0)));
    if (measurementFailed_) {
        estimate_->setText(tr("The time could not be estimated: the model could not be loaded."));
        return;
    }
    if (stepSeconds_ < 0.0) {
        estimate_->setText(tr("Measuring a training step on this computer…"));
        return;
    }
    const double run = timing_.runSeconds(wizard_->trainSettings(), heldOut);
    estimate_->setText(tr("One step takes about %1 s on this computer, so %2 steps with the previews and the "
                          "comparison at the end take about %3. You can pause or stop at any time; a stopped run "
                          "can be resumed.")
                           .arg(QLocale().toString(stepSeconds_, 'f', 2))
                           .arg(steps())
                           .arg(QString::fromStdString(formatDuration(run))));
}

}  // namespace colorized::finetune
