#include "statuspanel.h"

#include "colorized/jobs/colorizejob.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

using colorized::jobs::ColorizeJob;
using colorized::jobs::ModelSummary;

StatusPanel::StatusPanel(ColorizeJob* job, QAction* cancel, QWidget* parent)
    : QWidget(parent),
      modelLabel_(new QLabel(this)),
      etaLabel_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      cancelButton_(new QToolButton(this))
{
    progress_->setMaximumWidth(220);
    progress_->setVisible(false);
    cancelButton_->setDefaultAction(cancel);
    cancelButton_->setVisible(false);
    auto* layout = new QHBoxLayout(this);
    // A gap and a rule keep the status bar's messages, drawn to the left, off "Model:".
    layout->setContentsMargins(12, 0, 0, 0);
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    for (QWidget* widget : {static_cast<QWidget*>(modelLabel_), static_cast<QWidget*>(etaLabel_),
                            static_cast<QWidget*>(progress_), static_cast<QWidget*>(cancelButton_)})
        layout->addWidget(widget);

    connect(job, &ColorizeJob::started, this, [this] {
        progress_->setRange(0, 100);
        progress_->setValue(0);
        etaLabel_->setText(tr("Starting…"));
    });
    connect(job, &ColorizeJob::progressChanged, this,
            [this](int, int step, int count, double secondsLeft) { showProgress(step, count, secondsLeft); });
    connect(job, &ColorizeJob::modelLoaded, this, [this](const ModelSummary& model) {
        modelLabel_->setText(tr("Model: %1").arg(model.name));
        modelLabel_->setToolTip(model.path);
    });
    connect(job, &ColorizeJob::modelFailed, this, &StatusPanel::showNoModel);
}

void StatusPanel::showModelLoading()
{
    modelLabel_->setText(tr("Model: loading…"));
}

void StatusPanel::showNoModel()
{
    modelLabel_->setText(tr("Model: none"));
}

void StatusPanel::setPending(int pending)
{
    progress_->setVisible(pending > 0);
    cancelButton_->setVisible(pending > 0);
    if (pending == 0) {
        etaLabel_->clear();
        progress_->setValue(0);
    }
}

void StatusPanel::showProgress(int step, int count, double secondsLeft)
{
    progress_->setRange(0, count);
    progress_->setValue(step);
    progress_->setFormat(tr("Step %1 of %2").arg(step).arg(count));
    if (secondsLeft < 0)
        etaLabel_->setText(tr("Estimating time left…"));
    else if (secondsLeft < 60)
        etaLabel_->setText(tr("About %n second(s) left", nullptr, qMax(1, qRound(secondsLeft))));
    else
        etaLabel_->setText(tr("About %n minute(s) left", nullptr, qRound(secondsLeft / 60.0)));
}
