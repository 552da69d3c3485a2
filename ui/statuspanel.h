#pragma once
// The permanent part of the status bar: the active model, and while colorizations are queued
// the running one's progress, the time left and a cancel button. GUI thread only.

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace colorized::jobs {
class ColorizeJob;
}

class StatusPanel : public QWidget {
    Q_OBJECT
public:
    // Follows `job`'s progress and model; `cancel` is the action its button triggers.
    StatusPanel(colorized::jobs::ColorizeJob* job, QAction* cancel, QWidget* parent = nullptr);

    void showModelLoading();
    void showNoModel();
    // Shows or hides the progress for `pending` queued and running requests.
    void setPending(int pending);

private:
    void showProgress(int step, int count, double secondsLeft);

    QLabel* modelLabel_;
    QLabel* etaLabel_;
    QProgressBar* progress_;
    QToolButton* cancelButton_;
};
