#pragma once
// The reverse-process frames of one photo for the filmstrip. GUI thread only.

#include "colorized/jobs/colorizetypes.h"

#include <QAbstractListModel>
#include <QPixmap>
#include <QVector>

class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Show { Predicted, Noisy };  // predicted x_0 or the noisy state x_t
    enum Role { StepRole = Qt::UserRole + 1 };

    explicit TimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    void setFrames(const QVector<colorized::jobs::TimelineFrame>& frames);
    void append(const colorized::jobs::TimelineFrame& frame);
    void clear();
    const colorized::jobs::TimelineFrame& frame(int row) const { return frames_.at(row); }
    int rowOfStep(int step) const;

    void setShow(Show show);
    Show show() const { return show_; }
    void setCandidate(int candidate);
    int candidate() const { return candidate_; }
    // The image of a row under the current show/candidate choice.
    QImage image(int row) const;
    QString caption(int row) const;

    static constexpr int kThumbnailHeight = 72;

private:
    QPixmap thumbnail(int row) const;

    QVector<colorized::jobs::TimelineFrame> frames_;
    mutable QVector<QPixmap> thumbnails_;   // cache for the current show/candidate
    Show show_ = Show::Predicted;
    int candidate_ = 0;
};
