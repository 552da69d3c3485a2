#pragma once
// Wizard page 3: base model, steps (with an estimate of the time on this machine, from a
// training step measured on a worker thread), learning rate, batch size, working resolution.
// Defaults suit a laptop. Its Next button starts the training. GUI thread only.

#include "colorized/jobs/modelstore.h"
#include "colorized/jobs/trainjob.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTimer;

namespace colorized::finetune {

class FineTuneWizard;

class SettingsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SettingsPage(FineTuneWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    QString baseModelPath() const;
    int steps() const;
    int batchSize() const;
    int resolution() const;
    double learningRate() const;
    // Seconds per step last measured; < 0 while unknown.
    double measuredStepSeconds() const { return stepSeconds_; }

Q_SIGNALS:
    void estimateUpdated(double secondsPerStep);

private:
    void baseModelChanged();
    void scheduleMeasurement();
    void measure();
    void measured();
    void updateEstimate();

    FineTuneWizard* wizard_;
    QVector<colorized::jobs::InstalledModel> models_;
    QComboBox* baseModel_ = nullptr;
    QSpinBox* steps_ = nullptr;
    QLabel* passes_ = nullptr;
    QDoubleSpinBox* learningRate_ = nullptr;
    QSpinBox* batchSize_ = nullptr;
    QComboBox* resolution_ = nullptr;
    QLabel* estimate_ = nullptr;
    QTimer* debounce_ = nullptr;
    QFutureWatcher<colorized::jobs::TrainJob::Timing> watcher_;
    colorized::jobs::TrainJob::Timing timing_;
    bool remeasure_ = false;   // settings changed while a measurement ran
    double stepSeconds_ = -1.0;
    bool measurementFailed_ = false;
};

}  // namespace colorized::finetune
