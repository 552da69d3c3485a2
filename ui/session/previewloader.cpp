#include "previewloader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using colorized::jobs::PhotoPreview;

PreviewLoader::PreviewLoader(QObject* parent) : QObject(parent)
{
    pool_.setMaxThreadCount(1);
}

PreviewLoader::~PreviewLoader()
{
    pool_.clear();
    pool_.waitForDone();
}

void PreviewLoader::loadThumbnail(const QString& path)
{
    load(path, kThumbnailSize, false, &PreviewLoader::thumbnailLoaded);
}

void PreviewLoader::loadFullImage(const QString& path)
{
    load(path, 0, true, &PreviewLoader::fullImageLoaded);
}

void PreviewLoader::load(const QString& path, int thumbnailSize, bool fullImage,
                         void (PreviewLoader::*loaded)(const PhotoPreview&))
{
    auto* watcher = new QFutureWatcher<PhotoPreview>(this);
    connect(watcher, &QFutureWatcher<PhotoPreview>::finished, this, [this, watcher, loaded] {
        watcher->deleteLater();
        Q_EMIT(this->*loaded)(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&pool_, [path, thumbnailSize, fullImage] {
        return colorized::jobs::loadPhotoPreview(path, thumbnailSize, fullImage);
    }));
}
