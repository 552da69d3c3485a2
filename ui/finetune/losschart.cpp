#include "losschart.h"

#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace colorized::finetune {

namespace {

constexpr int kMaxPoints = 800;          // per curve
constexpr double kSmoothing = 0.9;       // weight of the previous average

}  // namespace

LossChart::LossChart(QWidget* parent)
    : QChartView(new QChart, parent)   // given here: setChart() would orphan the default chart (a leak)
{
    QChart* chart = this->chart();
    chart->setTitle(tr("Loss (lower is better)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    loss_ = new QLineSeries(chart);
    loss_->setName(tr("Training (smoothed)"));
    validation_ = new QLineSeries(chart);
    validation_->setName(tr("Held-out photographs"));
    QPen validationPen(QColor(0xd9, 0x5f, 0x02));
    validationPen.setWidthF(2.0);
    validation_->setPen(validationPen);
    validation_->setPointsVisible(true);
    chart->addSeries(loss_);
    chart->addSeries(validation_);

    stepAxis_ = new QValueAxis(chart);
    stepAxis_->setTitleText(tr("Step"));
    stepAxis_->setLabelFormat(QStringLiteral("%d"));
    lossAxis_ = new QValueAxis(chart);
    lossAxis_->setLabelFormat(QStringLiteral("%.3f"));
    chart->addAxis(stepAxis_, Qt::AlignBottom);
    chart->addAxis(lossAxis_, Qt::AlignLeft);
    for (auto* series : {loss_, validation_}) {
        series->attachAxis(stepAxis_);
        series->attachAxis(lossAxis_);
    }
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    reset(100);
}

void LossChart::reset(int totalSteps)
{
    loss_->clear();
    validation_->clear();
    smoothed_ = -1.0;
    empty_ = true;
    every_ = std::max(1, (totalSteps + kMaxPoints - 1) / kMaxPoints);
    stepAxis_->setRange(0, std::max(1, totalSteps));
    lossAxis_->setRange(0.0, 1.0);
}

void LossChart::includeValue(double value)
{
    if (!std::isfinite(value))
        return;
    if (empty_) {
        minimum_ = maximum_ = value;
        empty_ = false;
    }
    minimum_ = std::min(minimum_, value);
    maximum_ = std::max(maximum_, value);
    const double margin = std::max(1e-4, 0.08 * (maximum_ - minimum_));
    lossAxis_->setRange(std::max(0.0, minimum_ - margin), maximum_ + margin);
}

void LossChart::addLoss(int step, double loss)
{
    if (!std::isfinite(loss))
        return;
    smoothed_ = smoothed_ < 0.0 ? loss : kSmoothing * smoothed_ + (1.0 - kSmoothing) * loss;
    if (step % every_ != 0 && loss_->count() > 0)
        return;
    loss_->append(step, smoothed_);
    includeValue(smoothed_);
}

void LossChart::addValidationLoss(int step, double loss)
{
    validation_->append(step, loss);
    includeValue(loss);
}

void LossChart::setHistory(const QVector<colorized::jobs::TrainPoint>& loss,
                           const QVector<colorized::jobs::TrainPoint>& validationLoss)
{
    const int total = int(stepAxis_->max());
    reset(total);
    for (const auto& point : loss)
        addLoss(point.step, point.value);
    for (const auto& point : validationLoss)
        addValidationLoss(point.step, point.value);
}

int LossChart::lossPointCount() const
{
    return loss_->count();
}

int LossChart::validationPointCount() const
{
    return validation_->count();
}

}  // namespace colorized::finetune
