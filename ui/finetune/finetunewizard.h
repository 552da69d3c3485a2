#pragma once
// Tools > Fine-tune model…: a QWizard that collects the settings of a fine-tuning run, shows
// it training (TrainJob does the work on its own thread), compares the result with the base
// model on held-out photographs and installs it. Non-modal: the application stays usable
// while it trains. GUI thread only.
//
// Pages: folder (layouts explained; an interrupted run can be resumed from here) -> pairing
// report -> settings -> training -> result. The base model is never written to; the new model
// goes to <AppDataLocation>/models.

#include "colorized/jobs/trainingfolder.h"
#include "colorized/jobs/trainjob.h"

#include <QWizard>

#include <functional>

namespace colorized::finetune {

struct FineTuneOptions {
    QString activeModelPath;                  // preselected base model
    QString trainingRoot;                     // work folders; empty = TrainJob::trainingRoot()
    int threads = 0;                          // LibTorch threads for training; 0 = one per core
    // Makes a model the active one (the main window's setActiveModel). When empty the wizard
    // writes QSettings "model/path" itself.
    std::function<void(const QString& path)> activateModel;
};

class FineTuneWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FolderPage, ReportPage, SettingsPage, TrainingPage, ResultPage };

    explicit FineTuneWizard(const FineTuneOptions& options, QWidget* parent = nullptr);
    ~FineTuneWizard() override;

    const FineTuneOptions& options() const { return options_; }
    QString trainingRoot() const;
    colorized::jobs::TrainJob* job() const { return job_; }

    // Set by the report page once the folder was read.
    const colorized::jobs::TrainingFolderReport& report() const { return report_; }
    void setReport(const colorized::jobs::TrainingFolderReport& report) { report_ = report; }
    // A work folder chosen on the folder page to resume; empty for a new run.
    QString resumeFolder() const { return resumeFolder_; }
    void setResumeFolder(const QString& folder) { resumeFolder_ = folder; }
    // The settings of a new run, from the pages' fields.
    colorized::jobs::TrainSettings trainSettings() const;
    // Set by the training page when the run finished.
    const colorized::jobs::TrainOutcome& outcome() const { return outcome_; }
    void setOutcome(const colorized::jobs::TrainOutcome& outcome) { outcome_ = outcome; }
    // The installed model, after Finish.
    QString savedModelPath() const { return savedModelPath_; }
    void setSavedModelPath(const QString& path) { savedModelPath_ = path; }

Q_SIGNALS:
    // A model was installed (and made active when the archivist asked for it).
    void modelSaved(const QString& path, bool activated);

public:
    // Cancel button, Escape and closing the window (QDialog::closeEvent calls reject()): asks
    // before stopping a running training (it is kept for resume).
    void reject() override;

private:
    // True when nothing runs or the archivist agreed to stop it (then it is stopping).
    bool confirmStop();

    FineTuneOptions options_;
    colorized::jobs::TrainJob* job_ = nullptr;
    colorized::jobs::TrainingFolderReport report_;
    colorized::jobs::TrainOutcome outcome_;
    QString resumeFolder_;
    QString savedModelPath_;
};

}  // namespace colorized::finetune
