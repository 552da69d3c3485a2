#pragma once
// Reads photos for display off the GUI thread, one at a time (a second reader would only
// compete for the disk and the cores the engine uses): list thumbnails, and the photo shown at
// full resolution. GUI thread only; the reading runs on the loader's own pool.

#include "colorized/jobs/photoloader.h"

#include <QObject>
#include <QThreadPool>

class PreviewLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kThumbnailSize = 96;   // long side, pixels

    explicit PreviewLoader(QObject* parent = nullptr);
    // Drops the reads that have not started and waits for the one that has.
    ~PreviewLoader() override;

    void loadThumbnail(const QString& path);
    void loadFullImage(const QString& path);

Q_SIGNALS:
    // `preview.error` says what went wrong, if anything.
    void thumbnailLoaded(const colorized::jobs::PhotoPreview& preview);
    void fullImageLoaded(const colorized::jobs::PhotoPreview& preview);

private:
    void load(const QString& path, int thumbnailSize, bool fullImage,
              void (PreviewLoader::*loaded)(const colorized::jobs::PhotoPreview&));

    QThreadPool pool_;
};
