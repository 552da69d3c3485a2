#pragma once
// Timeline of the reverse diffusion: filmstrip of frames, scrubbing slider (its last position
// is the final result), play/pause, x_t / predicted x_0, "Continue from here", and the photo's
// branches (each continuation is one). GUI thread only.

#include "photolistmodel.h"

#include "colorized/jobs/colorizetypes.h"

#include <QDockWidget>
#include <QTimer>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QSlider;
class QToolButton;
class TimelineModel;

class TimelineDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TimelineDock(QWidget* parent = nullptr);

    TimelineModel* model() const { return model_; }
    // Frames of the photo now shown; `finished`: the run ended, so the slider's last position
    // is the result.
    void setFrames(const QVector<colorized::jobs::TimelineFrame>& frames, bool finished);
    void appendFrame(const colorized::jobs::TimelineFrame& frame);
    void setFinished(bool finished);
    void setCandidate(int candidate);
    void clear();

    int frameCount() const;
    int currentRow() const;           // -1 when the result is shown
    int currentStep() const;          // sampler step of the shown frame, -1 for the result
    void setCurrentRow(int row);      // scrub to a frame; -1 or frameCount(): the result
    bool isPlaying() const { return playTimer_.isActive(); }
    void setContinueEnabled(bool enabled);
    // The branches of the photo now shown, and the one shown; empty: none yet.
    void setBranches(const QVector<PhotoListModel::Branch>& branches, int shown);
    int branchCount() const { return branchCount_; }
    QSlider* slider() const { return slider_; }
    QComboBox* branchBox() const { return branchCombo_; }

public Q_SLOTS:
    void togglePlay();
    void stepForward();
    void stepBack();
    void showNoisy(bool noisy);

Q_SIGNALS:
    void frameShown(const QImage& image, const QString& caption);  // null image: the result
    void continueRequested(int step);
    void branchChosen(int branch);

private:
    void updateRange();
    void onSliderMoved(int value);
    void emitCurrent();

    TimelineModel* model_;
    QListView* filmstrip_;
    QSlider* slider_;
    QToolButton* playButton_;
    QComboBox* showCombo_;
    QLabel* caption_;
    QPushButton* continueButton_;
    QComboBox* branchCombo_;
    int branchCount_ = 0;
    QTimer playTimer_;
    bool finished_ = false;
    bool following_ = true;  // keep showing the newest frame while a run fills the timeline
    bool continueEnabled_ = false;
};
