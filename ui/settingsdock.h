#pragma once
// Colorization settings: model, sampler, steps, seed, candidates, working resolution.
// Remembered with QSettings ("model/path" is the active model, shared with the model
// manager). GUI thread only.

#include "colorized/jobs/colorizetypes.h"

#include "colorized/core/processor.h"

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class SettingsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SettingsDock(QWidget* parent = nullptr);

    colorized::jobs::ColorizeSettings settings() const;
    void setSettings(const colorized::jobs::ColorizeSettings& settings);
    QString modelPath() const;
    void setModelPath(const QString& path);   // also stored as "model/path"
    void setModelSummary(const colorized::jobs::ModelSummary& model);
    void setModelProblem(const QString& message);
    // bf16 is offered only where `processor` has it natively; elsewhere the option is disabled,
    // says why, and settings() never asks for it. The constructor applies currentProcessor().
    void setProcessor(const colorized::ProcessorInfo& processor);

    void load();  // from QSettings
    void save() const;

public Q_SLOTS:
    void newSeed();
    void chooseModel();

Q_SIGNALS:
    void modelPathChanged(const QString& path);
    void colorizeRequested();

private:
    void updateStepsEnabled();
    colorized::SamplerKind selectedSampler() const;

    QLineEdit* modelEdit_;
    QLabel* modelInfo_;
    QComboBox* samplerCombo_;
    QSpinBox* stepsSpin_;
    QSpinBox* seedSpin_;
    QSpinBox* candidatesSpin_;
    QComboBox* resolutionCombo_;
    QCheckBox* bf16Check_;
    QPushButton* colorizeButton_;
    int modelTimesteps_ = 0;
    bool bf16Native_ = false;   // isEnabled() would also follow a disabled dock
};
