#include "photolistmodel.h"

#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <QSet>

#include <algorithm>

using colorized::jobs::ColorizeResult;
using colorized::jobs::PhotoPreview;
using colorized::jobs::ScanColor;
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

QString PhotoListModel::reviewText(Review review)
{
    switch (review) {
    case Review::ToReview:
        return tr("To review");
    case Review::Accepted:
        return tr("Accepted");
    case Review::Redo:
        return tr("Redo");
    case Review::Rejected:
        return tr("Rejected");
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
        else if (keepsItsColor(index.row()))
            status = tr("Holds color: kept as it is");
        else if (photo.state == State::Ready && photo.saved)
            status = tr("Saved result, remade when shown");
        return QStringLiteral("%1\n%2").arg(QFileInfo(photo.path).fileName(), status);
    }
    case Qt::DecorationRole: {
        if (!photo.icon.isNull())
            return QIcon(photo.icon);   // scaled to the view's icon size
        return QIcon::fromTheme(QStringLiteral("image-x-generic"));
    }
    case Qt::ToolTipRole: {
        QString tip = photo.path;
        if (photo.size.isValid())
            tip += QLatin1Char('\n') + tr("%1 × %2 pixels, %3-bit").arg(photo.size.width()).arg(photo.size.height()).arg(photo.bitDepth);
        if (photo.color == ScanColor::Color)
            tip += QLatin1Char('\n') + tr("This scan already holds color.");
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
    case ReviewRole:
        return QVariant::fromValue(photo.review);
    case ScanColorRole:
        return int(photo.color);
    default:
        return {};
    }
}

QList<int> PhotoListModel::addPaths(const QStringList& paths)
{
    // Sets, so that adding a folder of thousands to thousands stays linear.
    QSet<QString> listed;
    for (const Photo& photo : photos_)
        listed.insert(photo.path);
    QStringList fresh;
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!listed.contains(absolute)) {
            listed.insert(absolute);
            fresh << absolute;
        }
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

void PhotoListModel::insertPhotos(const QList<int>& rows, const QVector<Photo>& photos)
{
    for (int i = 0; i < rows.size() && i < photos.size(); ++i) {
        const int row = std::clamp(rows.at(i), 0, int(photos_.size()));
        beginInsertRows({}, row, row);
        photos_.insert(row, photos.at(i));
        endInsertRows();
        if (!photos.at(i).frames.isEmpty())
            keepFramesFor(row);
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

void PhotoListModel::setPreview(int row, const PhotoPreview& preview)
{
    Photo& photo = photos_[row];
    photo.thumbnail = preview.thumbnail;
    if (!photo.result.isValid())
        photo.icon = QPixmap::fromImage(preview.thumbnail);
    photo.size = preview.size;
    photo.bitDepth = preview.bitDepth;
    photo.color = preview.color;
    if (!preview.note.isEmpty())
        photo.message = preview.note;
    touch(row);
}

void PhotoListModel::setReview(int row, Review review)
{
    photos_[row].review = review;
    touch(row);
}

void PhotoListModel::setColorChoice(int row, ColorChoice choice)
{
    photos_[row].colorChoice = choice;
    touch(row);
}

std::array<int, PhotoListModel::kReviewStates> PhotoListModel::reviewCounts() const
{
    std::array<int, kReviewStates> counts{};
    for (const Photo& photo : photos_)
        ++counts[size_t(photo.review)];
    return counts;
}

bool PhotoListModel::keepsItsColor(int row) const
{
    const Photo& photo = photos_.at(row);
    return photo.color == ScanColor::Color && photo.colorChoice != ColorChoice::ColorizeLuminance;
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
    if (candidate != photo.result.shown && candidate >= 0 && candidate < photo.result.candidates.size())
        photo.icon = QPixmap::fromImage(photo.result.candidates.at(candidate).scaled(
            colorized::jobs::kResultThumbnailSize, colorized::jobs::kResultThumbnailSize,
            Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else if (!photo.result.thumbnail.isNull())
        photo.icon = QPixmap::fromImage(photo.result.thumbnail);
}

void PhotoListModel::setHints(int row, const QVector<HintSpec>& hints)
{
    photos_[row].hints = hints;
    Q_EMIT photoChanged(row);
}

void PhotoListModel::setSaved(int row, const std::optional<SavedRender>& saved)
{
    photos_[row].saved = saved;
    touch(row);
}

void PhotoListModel::setExported(int row, const ExportRecord& exported)
{
    photos_[row].exported = exported;
    touch(row);
}

void PhotoListModel::setSha256(int row, const QString& sha256)
{
    photos_[row].sha256 = sha256;
}

void PhotoListModel::setMessage(int row, const QString& message)
{
    photos_[row].message = message;
    touch(row);
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
