#pragma once
// Live training curves: the training loss (smoothed, as raw per-step losses of a diffusion
// model jump by an order of magnitude with the sampled timestep) and the validation loss on
// the held-out photographs. Qt Charts. GUI thread only.

#include "colorized/jobs/trainjob.h"

#include <QtCharts/QChartView>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace colorized::finetune {

class LossChart : public QChartView {
    Q_OBJECT
public:
    explicit LossChart(QWidget* parent = nullptr);

    void reset(int totalSteps);
    void addLoss(int step, double loss);
    void addValidationLoss(int step, double loss);
    // Replaces both curves (a resumed run).
    void setHistory(const QVector<colorized::jobs::TrainPoint>& loss,
                    const QVector<colorized::jobs::TrainPoint>& validationLoss);

    int lossPointCount() const;
    int validationPointCount() const;

private:
    void includeValue(double value);

    QLineSeries* loss_ = nullptr;
    QLineSeries* validation_ = nullptr;
    QValueAxis* stepAxis_ = nullptr;
    QValueAxis* lossAxis_ = nullptr;
    double smoothed_ = -1.0;         // exponential moving average of the training loss
    int every_ = 1;                  // plot every n-th step: a chart stays light at 20 000 steps
    double minimum_ = 0.0, maximum_ = 0.0;
    bool empty_ = true;
};

}  // namespace colorized::finetune
