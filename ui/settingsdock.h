#pragma once
// Colorization settings: model, sampler, steps, seed, candidates, working resolution.
// Remembered with QSettings ("model/path" is the active model, shared with the model
// manager). GUI thread only.

#include "colorized/jobs/colorizetypes.h"

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
};
