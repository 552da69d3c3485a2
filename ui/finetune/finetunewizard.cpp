#include "finetunewizard.h"

#include "folderpage.h"
#include "reportpage.h"
#include "resultpage.h"
#include "settingspage.h"
#include "trainingpage.h"

#include <QDir>
#include <QMessageBox>

#include <algorithm>

namespace colorized::finetune {

FineTuneWizard::FineTuneWizard(const FineTuneOptions& options, QWidget* parent)
    : QWizard(parent)
    , options_(options)
    , job_(new colorized::jobs::TrainJob(this))
{
    setObjectName(QStringLiteral("fineTuneWizard"));
    setWindowTitle(tr("Fine-tune the colorization model"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(FolderPage, new class FolderPage(this));
    setPage(ReportPage, new class ReportPage(this));
    setPage(SettingsPage, new class SettingsPage(this));
    setPage(TrainingPage, new class TrainingPage(this));
    setPage(ResultPage, new class ResultPage(this));
    setStartId(FolderPage);
    resize(760, 640);
}

FineTuneWizard::~FineTuneWizard() = default;  // job_ (a child) cancels and keeps its checkpoint

QString FineTuneWizard::trainingRoot() const
{
    return options_.trainingRoot.isEmpty() ? colorized::jobs::TrainJob::trainingRoot() : options_.trainingRoot;
}

colorized::jobs::TrainSettings FineTuneWizard::trainSettings() const
{
    const auto* settingsPage = static_cast<const class SettingsPage*>(page(SettingsPage));
    colorized::jobs::TrainSettings settings;
    settings.baseModelPath = settingsPage->baseModelPath();
    settings.dataFolder = QDir::fromNativeSeparators(field(QStringLiteral("dataFolder")).toString().trimmed());
    settings.steps = settingsPage->steps();
    settings.batchSize = settingsPage->batchSize();
    settings.resolution = settingsPage->resolution();
    settings.learningRate = settingsPage->learningRate();
    settings.heldOutFraction = field(QStringLiteral("heldOutPercent")).toInt() / 100.0;
    settings.threads = options_.threads;
    // Checkpoints about every 10 % (a crash loses little), validation about 40 times a run,
    // previews about 10 times.
    settings.checkpointEvery = std::clamp(settings.steps / 10, 10, 500);
    settings.validateEvery = std::clamp(settings.steps / 40, 1, 250);
    settings.previewEvery = std::clamp(settings.steps / 10, 1, 1000);
    return settings;
}

bool FineTuneWizard::confirmStop()
{
    if (!job_->isRunning())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Stop the training?"),
        tr("Training is still running. If you close this window it stops after the current step; the run is kept "
           "and this wizard offers to resume it next time."));
    if (answer != QMessageBox::Yes)
        return false;
    job_->cancel();
    return true;
}

void FineTuneWizard::reject()
{
    if (confirmStop())
        QWizard::reject();
}

}  // namespace colorized::finetune
