#include "photolistmodel.h"

#include <QFileInfo>
#include <QIcon>
#include <QPixmap>

#include <algorithm>

using colorized::jobs::ColorizeResult;
using colorized::jobs::HintSpec;
using colorized::jobs::TimelineFrame;

PhotoListModel::PhotoListModel(QObject* parent) : QAbstractListModel(parent) {}

int PhotoListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : photos_.size();
}

QString PhotoListModel::stateText(State state)
{
    switch (state) {
    case State::Loading:
        return tr("Loading");
    case State::Ready:
        return tr("Not colorized");
    case State::Queued:
        return tr("Queued");
    case State::Running:
        return tr("Colorizing");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant PhotoListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= photos_.size())
        return {};
    const Photo& photo = photos_.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString status = stateText(photo.state);
        if (photo.state == State::Running)
            status = tr("Colorizing %1%").arg(qRound(photo.progress * 100));
        return QStringLiteral("%1\n%2").arg(QFileInfo(photo.path).fileName(), status);
    }
    case Qt::DecorationRole: {
        if (!photo.icon.isNull())
            return photo.icon;
        return QIcon::fromTheme(QStringLiteral("image-x-generic"));
    }
    case Qt::ToolTipRole: {
        QString tip = photo.path;
        if (photo.size.isValid())
            tip += QLatin1Char('\n') + tr("%1 × %2 pixels, %3-bit").arg(photo.size.width()).arg(photo.size.height()).arg(photo.bitDepth);
        if (!photo.message.isEmpty())
            tip += QLatin1Char('\n') + photo.message;
        return tip;
    }
    case PathRole:
        return photo.path;
    case StateRole:
        return QVariant::fromValue(photo.state);
    case MessageRole:
        return photo.message;
    case ProgressRole:
        return photo.progress;
    default:
        return {};
    }
}

QList<int> PhotoListModel::addPaths(const QStringList& paths)
{
    QStringList fresh;
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (rowOfPath(absolute) < 0 && !fresh.contains(absolute))
            fresh << absolute;
    }
    QList<int> rows;
    if (fresh.isEmpty())
        return rows;
    const int first = photos_.size();
    beginInsertRows({}, first, first + fresh.size() - 1);
    for (const QString& path : fresh) {
        Photo photo;
        photo.path = path;
        rows << photos_.size();
        photos_.push_back(photo);
    }
    endInsertRows();
    return rows;
}

void PhotoListModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        if (row < 0 || row >= photos_.size())
            continue;
        beginRemoveRows({}, row, row);
        const QString path = photos_.at(row).path;
        framesKept_.erase(std::remove(framesKept_.begin(), framesKept_.end(), path), framesKept_.end());
        photos_.removeAt(row);
        endRemoveRows();
    }
}

int PhotoListModel::rowOfPath(const QString& path) const
{
    for (int row = 0; row < photos_.size(); ++row)
        if (photos_.at(row).path == path)
            return row;
    return -1;
}

int PhotoListModel::rowOfRequest(int request) const
{
    if (request <= 0)
        return -1;
    for (int row = 0; row < photos_.size(); ++row)
        if (photos_.at(row).request == request)
            return row;
    return -1;
}

QList<int> PhotoListModel::rowsInState(State state) const
{
    QList<int> rows;
    for (int row = 0; row < photos_.size(); ++row)
        if (photos_.at(row).state == state)
            rows << row;
    return rows;
}

void PhotoListModel::touch(int row)
{
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at);
    Q_EMIT photoChanged(row);
}

void PhotoListModel::setPreview(int row, const QImage& thumbnail, QSize size, int bitDepth,
                                const QString& note)
{
    Photo& photo = photos_[row];
    photo.thumbnail = thumbnail;
    if (!photo.result.isValid())
        photo.icon = QPixmap::fromImage(thumbnail);
    photo.size = size;
    photo.bitDepth = bitDepth;
    if (!note.isEmpty())
        photo.message = note;
    touch(row);
}

void PhotoListModel::setState(int row, State state, const QString& message)
{
    Photo& photo = photos_[row];
    photo.state = state;
    if (state != State::Running)
        photo.progress = 0;
    if (!message.isEmpty() || state == State::Failed || state == State::Done)
        photo.message = message;
    touch(row);
}

void PhotoListModel::setRequest(int row, int request)
{
    photos_[row].request = request;
}

void PhotoListModel::setProgress(int row, double progress)
{
    photos_[row].progress = progress;
    touch(row);
}

int PhotoListModel::addBranch(int row, const Branch& branch)
{
    Photo& photo = photos_[row];
    photo.branches.push_back(branch);
    photo.state = State::Done;
    photo.message.clear();
    showBranch(row, photo.branches.size() - 1);
    return photo.branch;
}

void PhotoListModel::showBranch(int row, int branch)
{
    Photo& photo = photos_[row];
    if (branch < 0 || branch >= photo.branches.size())
        return;
    photo.branch = branch;
    const Branch& shown = photo.branches.at(branch);
    photo.result = shown.result;
    photo.candidate = shown.candidate;
    photo.frames = shown.frames;
    updateIcon(photo);
    if (!photo.frames.isEmpty())
        keepFramesFor(row);
    touch(row);
}

void PhotoListModel::setCandidate(int row, int candidate)
{
    Photo& photo = photos_[row];
    photo.candidate = candidate;
    if (photo.branch >= 0)
        photo.branches[photo.branch].candidate = candidate;
    updateIcon(photo);
    touch(row);
}

void PhotoListModel::updateIcon(Photo& photo)
{
    const int candidate = photo.candidate;
    if (candidate != photo.result.typical && candidate >= 0 && candidate < photo.result.candidates.size())
        photo.icon = QPixmap::fromImage(photo.result.candidates.at(candidate).scaled(
            colorized::jobs::kResultThumbnailSize, colorized::jobs::kResultThumbnailSize,
            Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else if (photo.result.isValid())
        photo.icon = QPixmap::fromImage(photo.result.thumbnail);
}

void PhotoListModel::setHints(int row, const QVector<HintSpec>& hints)
{
    photos_[row].hints = hints;
    Q_EMIT photoChanged(row);
}

void PhotoListModel::setFrames(int row, const QVector<TimelineFrame>& frames)
{
    photos_[row].frames = frames;
    keepFramesFor(row);
}

void PhotoListModel::appendFrame(int row, const TimelineFrame& frame)
{
    photos_[row].frames.push_back(frame);
    keepFramesFor(row);
}

void PhotoListModel::keepFramesFor(int row)
{
    const QString path = photos_.at(row).path;
    if (!framesKept_.empty() && framesKept_.back() == path)
        return;
    framesKept_.erase(std::remove(framesKept_.begin(), framesKept_.end(), path), framesKept_.end());
    framesKept_.push_back(path);
    while (static_cast<int>(framesKept_.size()) > kPhotosWithFrames) {
        const int old = rowOfPath(framesKept_.front());
        framesKept_.pop_front();
        if (old >= 0) {
            Photo& photo = photos_[old];
            photo.frames.clear();
            photo.result.steps.reset();  // no timeline left to continue from
            for (Branch& branch : photo.branches) {
                branch.frames.clear();
                branch.result.steps.reset();
            }
        }
    }
}
