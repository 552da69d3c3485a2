#include "previewloader.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using colorized::jobs::PhotoPreview;

PreviewLoader::PreviewLoader(QObject* parent) : PreviewLoader(ThumbnailCache(), parent) {}

PreviewLoader::PreviewLoader(const ThumbnailCache& cache, QObject* parent) : QObject(parent), cache_(cache)
{
    pool_.setMaxThreadCount(1);
    pool_.setThreadPriority(QThread::LowPriority);
}

PreviewLoader::~PreviewLoader()
{
    thumbnails_.clear();
    fullImage_.reset();
    pool_.waitForDone();
}

void PreviewLoader::loadThumbnail(const QString& path)
{
    thumbnails_.push_back(path);
    startNext();
}

void PreviewLoader::loadFullImage(const QString& path)
{
    fullImage_ = path;
    startNext();
}

void PreviewLoader::prioritize(const QStringList& paths)
{
    const QSet<QString> wanted(paths.begin(), paths.end());
    std::stable_partition(thumbnails_.begin(), thumbnails_.end(),
                          [&wanted](const QString& path) { return wanted.contains(path); });
}

void PreviewLoader::startNext()
{
    if (reading_ || (!fullImage_ && thumbnails_.empty()))
        return;
    reading_ = true;
    const bool full = fullImage_.has_value();
    QString path;
    if (full) {
        path = *fullImage_;
        fullImage_.reset();
    } else {
        path = thumbnails_.front();
        thumbnails_.pop_front();
    }
    auto* watcher = new QFutureWatcher<PhotoPreview>(this);
    connect(watcher, &QFutureWatcher<PhotoPreview>::finished, this, [this, watcher, full] {
        watcher->deleteLater();
        reading_ = false;
        const PhotoPreview preview = watcher->result();
        if (full)
            Q_EMIT fullImageLoaded(preview);
        else
            Q_EMIT thumbnailLoaded(preview);
        startNext();
    });
    watcher->setFuture(QtConcurrent::run(&pool_, [path, full, cache = cache_] {
        if (full)
            return colorized::jobs::loadPhotoPreview(path, 0, true);
        if (std::optional<PhotoPreview> cached = cache.find(path, kThumbnailSize))
            return *cached;
        const PhotoPreview preview = colorized::jobs::loadPhotoPreview(path, kThumbnailSize, false);
        cache.store(preview, kThumbnailSize);
        return preview;
    }));
}
