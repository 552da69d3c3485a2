#pragma once
// Wizard page 4: the run itself. Starts (or resumes) the TrainJob and shows its loss curves,
// held-out previews, progress with ETA; pause, stop (the checkpoint is kept) and resume. The
// job runs on its own thread: the application stays usable. GUI thread only.

#include "colorized/jobs/trainjob.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace colorized::finetune {

class FineTuneWizard;
class LossChart;
class PreviewGrid;

class TrainingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TrainingPage(FineTuneWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    QString workFolder() const { return workFolder_; }
    LossChart* chart() const { return chart_; }
    PreviewGrid* previews() const { return previews_; }

private:
    void startOrResume(bool resume);
    void setRunning(bool running);
    void onProgress(int step, int totalSteps, double secondsLeft, double imagesPerSecond);
    void onFinished(const colorized::jobs::TrainOutcome& outcome);
    void onCancelled(int step);
    void onFailed(const QString& message);

    FineTuneWizard* wizard_;
    QString workFolder_;
    QLabel* stage_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* eta_ = nullptr;
    LossChart* chart_ = nullptr;
    PreviewGrid* previews_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* stop_ = nullptr;
    QPushButton* resume_ = nullptr;
    int totalSteps_ = 0;
    bool finished_ = false;
};

}  // namespace colorized::finetune
