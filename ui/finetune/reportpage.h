#pragma once
// Wizard page 2: what the folder holds. Reads it on a worker thread (QtConcurrent), with
// progress; lists the pairs, the color-only photographs and every problem with its file; sets
// the share of photographs held out to measure the result. GUI thread only.

#include "colorized/jobs/trainingfolder.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace colorized::finetune {

class FineTuneWizard;

class ReportPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReportPage(FineTuneWizard* wizard);
    ~ReportPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isReading() const { return watcher_.isRunning(); }
    // A translated sentence for a dataset.h problem kind.
    static QString problemText(const QString& kind);

Q_SIGNALS:
    void reportReady();

private:
    struct Progress {
        std::atomic<bool> cancel{false};
        std::atomic<int> done{0};
        std::atomic<int> total{0};
    };
    void showReport();
    void updateHeldOut();
    void cancelReading();

    FineTuneWizard* wizard_;
    QFutureWatcher<colorized::jobs::TrainingFolderReport> watcher_;
    std::shared_ptr<Progress> progress_;
    QTimer* progressTimer_ = nullptr;
    QProgressBar* progressBar_ = nullptr;
    QLabel* summary_ = nullptr;
    QSpinBox* heldOutPercent_ = nullptr;
    QLabel* heldOutText_ = nullptr;
    QTreeWidget* problems_ = nullptr;
    bool ready_ = false;
};

}  // namespace colorized::finetune
