#include "timelinemodel.h"

#include <algorithm>

using colorized::jobs::TimelineFrame;

TimelineModel::TimelineModel(QObject* parent) : QAbstractListModel(parent) {}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : frames_.size();
}

QImage TimelineModel::image(int row) const
{
    if (row < 0 || row >= frames_.size())
        return {};
    const TimelineFrame& f = frames_.at(row);
    const QVector<QImage>& images = show_ == Show::Predicted ? f.predicted : f.noisy;
    if (images.isEmpty())
        return {};
    return images.at(std::clamp(candidate_, 0, int(images.size()) - 1));
}

QString TimelineModel::caption(int row) const
{
    if (row < 0 || row >= frames_.size())
        return {};
    const TimelineFrame& f = frames_.at(row);
    return show_ == Show::Predicted
               ? tr("Step %1 of %2, t = %3: predicted result").arg(f.step + 1).arg(f.stepCount).arg(f.timestep)
               : tr("Step %1 of %2, t = %3: noisy state").arg(f.step + 1).arg(f.stepCount).arg(f.timestep);
}

QPixmap TimelineModel::thumbnail(int row) const
{
    if (thumbnails_.size() != frames_.size())
        thumbnails_.resize(frames_.size());
    if (thumbnails_[row].isNull()) {
        const QImage source = image(row);
        if (!source.isNull())
            thumbnails_[row] = QPixmap::fromImage(
                source.scaledToHeight(kThumbnailHeight, Qt::SmoothTransformation));
    }
    return thumbnails_[row];
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= frames_.size())
        return {};
    const TimelineFrame& f = frames_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("t=%1").arg(f.timestep);
    case Qt::DecorationRole:
        return thumbnail(index.row());
    case Qt::ToolTipRole:
        return caption(index.row());
    case StepRole:
        return f.step;
    default:
        return {};
    }
}

void TimelineModel::setFrames(const QVector<TimelineFrame>& frames)
{
    beginResetModel();
    frames_ = frames;
    thumbnails_.clear();
    endResetModel();
}

void TimelineModel::append(const TimelineFrame& frame)
{
    beginInsertRows({}, frames_.size(), frames_.size());
    frames_.push_back(frame);
    endInsertRows();
}

void TimelineModel::clear()
{
    setFrames({});
}

int TimelineModel::rowOfStep(int step) const
{
    for (int row = 0; row < frames_.size(); ++row)
        if (frames_.at(row).step == step)
            return row;
    return -1;
}

void TimelineModel::setShow(Show show)
{
    if (show_ == show)
        return;
    show_ = show;
    thumbnails_.clear();
    if (!frames_.isEmpty())
        Q_EMIT dataChanged(index(0), index(frames_.size() - 1), {Qt::DecorationRole, Qt::ToolTipRole});
}

void TimelineModel::setCandidate(int candidate)
{
    if (candidate_ == candidate)
        return;
    candidate_ = candidate;
    thumbnails_.clear();
    if (!frames_.isEmpty())
        Q_EMIT dataChanged(index(0), index(frames_.size() - 1), {Qt::DecorationRole});
}
