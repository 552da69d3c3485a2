#include "timelinedock.h"

#include "timelinemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using colorized::jobs::TimelineFrame;

TimelineDock::TimelineDock(QWidget* parent)
    : QDockWidget(tr("Timeline"), parent), model_(new TimelineModel(this))
{
    setObjectName(QStringLiteral("timelineDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    filmstrip_ = new QListView(content);
    filmstrip_->setModel(model_);
    filmstrip_->setViewMode(QListView::IconMode);
    filmstrip_->setFlow(QListView::LeftToRight);
    filmstrip_->setWrapping(false);
    filmstrip_->setMovement(QListView::Static);
    filmstrip_->setUniformItemSizes(true);
    filmstrip_->setIconSize(QSize(TimelineModel::kThumbnailHeight * 4 / 3, TimelineModel::kThumbnailHeight));
    filmstrip_->setSpacing(2);
    filmstrip_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    filmstrip_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    filmstrip_->setFixedHeight(TimelineModel::kThumbnailHeight + 48);
    filmstrip_->setAccessibleName(tr("Timeline frames"));
    layout->addWidget(filmstrip_);

    auto* controls = new QHBoxLayout;
    playButton_ = new QToolButton(content);
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    playButton_->setToolTip(tr("Play the reverse process (Space)"));
    playButton_->setAccessibleName(tr("Play"));
    controls->addWidget(playButton_);

    slider_ = new QSlider(Qt::Horizontal, content);
    slider_->setRange(0, 0);
    slider_->setToolTip(tr("Scrub through the reverse process; the far right is the result."));
    slider_->setAccessibleName(tr("Timeline position"));
    controls->addWidget(slider_, 1);

    showCombo_ = new QComboBox(content);
    showCombo_->addItem(tr("Predicted result (x₀)"));
    showCombo_->addItem(tr("Noisy state (xₜ)"));
    showCombo_->setToolTip(tr("What each frame shows: the model's guess of the final colors, or the noisy state being denoised."));
    controls->addWidget(showCombo_);

    continueButton_ = new QPushButton(tr("Continue from here"), content);
    continueButton_->setToolTip(tr("Run the rest of the process again from the selected frame of the chosen "
                                   "candidate, re-noised with the current seed and with the current hints. "
                                   "The result is a new branch; the one you continued from stays."));
    continueButton_->setEnabled(false);
    controls->addWidget(continueButton_);

    branchCombo_ = new QComboBox(content);
    branchCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    branchCombo_->setMinimumContentsLength(14);
    branchCombo_->setToolTip(tr("Every colorization and every continuation of this photo is a branch: choose "
                                "the one to show and export."));
    branchCombo_->setAccessibleName(tr("Branch"));
    branchCombo_->setEnabled(false);
    controls->addWidget(branchCombo_);
    layout->addLayout(controls);

    caption_ = new QLabel(content);
    caption_->setText(tr("No frames yet."));
    layout->addWidget(caption_);
    setWidget(content);

    playTimer_.setInterval(120);
    connect(&playTimer_, &QTimer::timeout, this, &TimelineDock::stepForward);
    connect(playButton_, &QToolButton::clicked, this, &TimelineDock::togglePlay);
    connect(slider_, &QSlider::valueChanged, this, &TimelineDock::onSliderMoved);
    connect(showCombo_, &QComboBox::currentIndexChanged, this, [this](int index) { showNoisy(index == 1); });
    connect(filmstrip_, &QListView::clicked, this, [this](const QModelIndex& index) { setCurrentRow(index.row()); });
    connect(branchCombo_, &QComboBox::activated, this, &TimelineDock::branchChosen);
    connect(continueButton_, &QPushButton::clicked, this, [this] {
        const int step = currentStep();
        if (step >= 0)
            Q_EMIT continueRequested(step);
    });
}

int TimelineDock::frameCount() const
{
    return model_->rowCount();
}

void TimelineDock::updateRange()
{
    const int frames = frameCount();
    const QSignalBlocker blocker(slider_);
    slider_->setRange(0, std::max(0, finished_ ? frames : frames - 1));
}

void TimelineDock::setFrames(const QVector<TimelineFrame>& frames, bool finished)
{
    playTimer_.stop();
    model_->setFrames(frames);
    finished_ = finished;
    following_ = true;
    updateRange();
    const QSignalBlocker blocker(slider_);
    slider_->setValue(slider_->maximum());
    emitCurrent();
}

void TimelineDock::appendFrame(const TimelineFrame& frame)
{
    model_->append(frame);
    updateRange();
    if (following_) {
        const QSignalBlocker blocker(slider_);
        slider_->setValue(frameCount() - 1);
        emitCurrent();
    }
}

void TimelineDock::setFinished(bool finished)
{
    finished_ = finished;
    updateRange();
    if (finished && following_) {
        const QSignalBlocker blocker(slider_);
        slider_->setValue(slider_->maximum());
        emitCurrent();
    }
}

void TimelineDock::setCandidate(int candidate)
{
    model_->setCandidate(candidate);
    emitCurrent();
}

void TimelineDock::clear()
{
    setFrames({}, false);
}

int TimelineDock::currentRow() const
{
    const int value = slider_->value();
    return value < frameCount() ? value : -1;
}

int TimelineDock::currentStep() const
{
    const int row = currentRow();
    return row >= 0 ? model_->frame(row).step : -1;
}

void TimelineDock::setCurrentRow(int row)
{
    if (row < 0 || row > frameCount())
        row = slider_->maximum();
    slider_->setValue(std::min(row, slider_->maximum()));
}

void TimelineDock::setContinueEnabled(bool enabled)
{
    continueEnabled_ = enabled;
    continueButton_->setEnabled(enabled && currentRow() >= 0);
}

void TimelineDock::setBranches(const QVector<PhotoListModel::Branch>& branches, int shown)
{
    const QSignalBlocker blocker(branchCombo_);
    branchCombo_->clear();
    branchCount_ = branches.size();
    for (int i = 0; i < branches.size(); ++i) {
        const PhotoListModel::Branch& branch = branches.at(i);
        const quint64 seed = branch.result.settings.seed;
        if (branch.parent < 0)
            branchCombo_->addItem(tr("%1: seed %2").arg(i + 1).arg(seed));
        else
            branchCombo_->addItem(tr("%1: from %2, step %3, seed %4")
                                      .arg(i + 1)
                                      .arg(branch.parent + 1)
                                      .arg(branch.fromStep + 1)
                                      .arg(seed));
    }
    if (branches.isEmpty())
        branchCombo_->addItem(tr("No branches yet"));
    branchCombo_->setCurrentIndex(std::max(0, shown));
    branchCombo_->setEnabled(branches.size() > 1);
}

void TimelineDock::onSliderMoved(int value)
{
    following_ = value == slider_->maximum();
    emitCurrent();
}

void TimelineDock::emitCurrent()
{
    const int row = currentRow();
    continueButton_->setEnabled(continueEnabled_ && row >= 0);
    if (row < 0) {
        filmstrip_->clearSelection();
        caption_->setText(frameCount() == 0 ? tr("No frames yet.") : tr("Final result."));
        Q_EMIT frameShown(QImage(), QString());
        return;
    }
    const QModelIndex index = model_->index(row);
    filmstrip_->setCurrentIndex(index);
    filmstrip_->scrollTo(index);
    const QString caption = model_->caption(row);
    caption_->setText(caption);
    Q_EMIT frameShown(model_->image(row), caption);
}

void TimelineDock::togglePlay()
{
    if (playTimer_.isActive()) {
        playTimer_.stop();
    } else if (frameCount() > 0) {
        if (slider_->value() >= slider_->maximum())
            slider_->setValue(0);
        playTimer_.start();
    }
    playButton_->setIcon(style()->standardIcon(playTimer_.isActive() ? QStyle::SP_MediaPause
                                                                    : QStyle::SP_MediaPlay));
    playButton_->setAccessibleName(playTimer_.isActive() ? tr("Pause") : tr("Play"));
}

void TimelineDock::stepForward()
{
    if (slider_->value() >= slider_->maximum()) {
        if (playTimer_.isActive())
            togglePlay();
        return;
    }
    slider_->setValue(slider_->value() + 1);
}

void TimelineDock::stepBack()
{
    slider_->setValue(std::max(0, slider_->value() - 1));
}

void TimelineDock::showNoisy(bool noisy)
{
    model_->setShow(noisy ? TimelineModel::Show::Noisy : TimelineModel::Show::Predicted);
    {
        const QSignalBlocker blocker(showCombo_);
        showCombo_->setCurrentIndex(noisy ? 1 : 0);
    }
    emitCurrent();
}
