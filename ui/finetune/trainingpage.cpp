#include "trainingpage.h"

#include "finetunewizard.h"
#include "losschart.h"
#include "previewgrid.h"

#include "colorized/core/duration.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace colorized::finetune {

using colorized::jobs::TrainJob;
using colorized::jobs::TrainOutcome;
using colorized::jobs::TrainPoint;
using colorized::jobs::TrainState;

namespace {

enum PreviewRow { TruthRow, BaseRow, NowRow };

}  // namespace

TrainingPage::TrainingPage(FineTuneWizard* wizard)
    : wizard_(wizard)
{
    setTitle(tr("Training"));
    setSubTitle(tr("You can keep working in COLORIZED meanwhile. Stopping keeps what was learned so far: the run "
                   "can be resumed later, also after closing the application."));

    stage_ = new QLabel(this);
    stage_->setObjectName(QStringLiteral("stageLabel"));
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("trainProgress"));
    eta_ = new QLabel(this);
    eta_->setObjectName(QStringLiteral("etaLabel"));
    chart_ = new LossChart(this);
    chart_->setObjectName(QStringLiteral("lossChart"));
    previews_ = new PreviewGrid(88, this);
    previews_->setObjectName(QStringLiteral("previewGrid"));

    pause_ = new QPushButton(tr("&Pause"), this);
    pause_->setObjectName(QStringLiteral("pauseButton"));
    stop_ = new QPushButton(tr("&Stop"), this);
    stop_->setObjectName(QStringLiteral("stopButton"));
    stop_->setToolTip(tr("Stops after the current step and keeps a checkpoint, so the run can be resumed."));
    resume_ = new QPushButton(tr("&Resume"), this);
    resume_->setObjectName(QStringLiteral("resumeButton"));
    resume_->hide();
    connect(pause_, &QPushButton::clicked, this, [this] {
        if (auto* job = wizard_->job())
            job->setPaused(!job->isPaused());
    });
    connect(stop_, &QPushButton::clicked, this, [this] {
        stop_->setEnabled(false);
        pause_->setEnabled(false);
        stage_->setText(tr("Stopping after the current step…"));
        wizard_->job()->cancel();
    });
    connect(resume_, &QPushButton::clicked, this, [this] { startOrResume(true); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(eta_, 1);
    buttons->addWidget(resume_);
    buttons->addWidget(pause_);
    buttons->addWidget(stop_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(stage_);
    layout->addWidget(progress_);
    layout->addLayout(buttons);
    layout->addWidget(chart_, 1);
    layout->addWidget(previews_);

    TrainJob* job = wizard_->job();
    connect(job, &TrainJob::stageChanged, stage_, &QLabel::setText);
    connect(job, &TrainJob::stageProgressChanged, this, [this](int done, int total) {
        progress_->setRange(0, std::max(total, 1));
        progress_->setValue(done);
    });
    connect(job, &TrainJob::progressChanged, this, &TrainingPage::onProgress);
    connect(job, &TrainJob::lossReported, chart_, &LossChart::addLoss);
    connect(job, &TrainJob::validationReported, chart_, &LossChart::addValidationLoss);
    connect(job, &TrainJob::historyRestored, chart_, &LossChart::setHistory);
    connect(job, &TrainJob::previewsReady, this,
            [this](int step, const QVector<QImage>& images, const QVector<QImage>& truth) {
                previews_->setRow(TruthRow, tr("True colors"), truth);
                if (step == 0)
                    previews_->setRow(BaseRow, tr("Base model"), images);
                else
                    previews_->setRow(NowRow, tr("After step %1").arg(step), images);
            });
    connect(job, &TrainJob::pausedChanged, this, [this](bool paused) {
        pause_->setText(paused ? tr("&Continue") : tr("&Pause"));
        if (paused)
            stage_->setText(tr("Paused. A checkpoint was saved: closing the window now loses nothing."));
        else
            stage_->setText(tr("Training…"));
    });
    connect(job, &TrainJob::finished, this, &TrainingPage::onFinished);
    connect(job, &TrainJob::cancelled, this, &TrainingPage::onCancelled);
    connect(job, &TrainJob::failed, this, &TrainingPage::onFailed);
}

void TrainingPage::initializePage()
{
    finished_ = false;
    const QString resumeFolder = wizard_->resumeFolder();
    if (!resumeFolder.isEmpty()) {
        workFolder_ = resumeFolder;
        startOrResume(true);
    } else {
        workFolder_ = wizard_->trainingRoot() + QLatin1Char('/')
                      + QFileInfo(TrainJob::newWorkFolder()).fileName();
        startOrResume(false);
    }
}

void TrainingPage::startOrResume(bool resume)
{
    TrainJob* job = wizard_->job();
    if (job->isRunning())
        return;
    if (resume) {
        TrainState state;
        TrainJob::readState(workFolder_, &state);
        totalSteps_ = state.settings.steps;
        job->resume(workFolder_);
    } else {
        auto settings = wizard_->trainSettings();
        settings.workFolder = workFolder_;
        totalSteps_ = settings.steps;
        chart_->reset(totalSteps_);
        job->start(settings);
    }
    if (resume)
        chart_->reset(totalSteps_);  // historyRestored() refills it
    progress_->setRange(0, 0);
    eta_->clear();
    setRunning(true);
}

void TrainingPage::setRunning(bool running)
{
    pause_->setVisible(running);
    stop_->setVisible(running);
    pause_->setEnabled(running);
    stop_->setEnabled(running);
    pause_->setText(tr("&Pause"));
    resume_->setVisible(!running && !finished_);
}

void TrainingPage::onProgress(int step, int totalSteps, double secondsLeft, double imagesPerSecond)
{
    totalSteps_ = totalSteps;
    progress_->setRange(0, totalSteps);
    progress_->setValue(step);
    const QString left = secondsLeft >= 0.0 ? QString::fromStdString(formatDuration(secondsLeft)) : tr("unknown");
    eta_->setText(tr("Step %1 of %2, about %3 left (%4 photographs per second).")
                      .arg(step)
                      .arg(totalSteps)
                      .arg(left)
                      .arg(QLocale().toString(imagesPerSecond, 'f', 1)));
}

void TrainingPage::onFinished(const TrainOutcome& outcome)
{
    wizard_->setOutcome(outcome);
    finished_ = true;
    setRunning(false);
    progress_->setRange(0, 1);
    progress_->setValue(1);
    stage_->setText(tr("Training finished after %1 steps. Next: compare the models and save the new one.")
                        .arg(outcome.steps));
    eta_->clear();
    Q_EMIT completeChanged();
}

void TrainingPage::onCancelled(int step)
{
    setRunning(false);
    stage_->setText(tr("Stopped at step %1. The checkpoint is kept: resume now, or the next time you open "
                       "this wizard.")
                        .arg(step));
    eta_->clear();
}

void TrainingPage::onFailed(const QString& message)
{
    setRunning(false);
    stage_->setText(message);
    eta_->clear();
}

bool TrainingPage::isComplete() const
{
    return finished_;
}

}  // namespace colorized::finetune
