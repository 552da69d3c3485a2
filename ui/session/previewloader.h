#pragma once
// Reads photos for display off the GUI thread, one at a time on a pool of its own (a second
// reader would only compete for the disk and the cores the engine uses): list thumbnails, and
// the photo shown at full resolution. Thumbnails come from the disk cache (ThumbnailCache)
// when the scan has not changed, and go into it when read. The full image asked for last
// goes first; then the thumbnails in the order asked, except those a view prioritize()s (the
// tiles on screen). GUI thread only; the reading runs on the loader's pool.

#include "thumbnailcache.h"

#include "colorized/jobs/photoloader.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <deque>
#include <optional>

class PreviewLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kThumbnailSize = 128;   // long side, pixels

    explicit PreviewLoader(QObject* parent = nullptr);
    PreviewLoader(const ThumbnailCache& cache, QObject* parent);
    // Drops the reads that have not started and waits for the one that has.
    ~PreviewLoader() override;

    void loadThumbnail(const QString& path);
    // Replaces a full image asked for earlier that has not started.
    void loadFullImage(const QString& path);
    // Moves the thumbnails of `paths` still waiting to the front (in the order they were asked).
    void prioritize(const QStringList& paths);
    int waiting() const { return int(thumbnails_.size()); }

Q_SIGNALS:
    // `preview.error` says what went wrong, if anything.
    void thumbnailLoaded(const colorized::jobs::PhotoPreview& preview);
    void fullImageLoaded(const colorized::jobs::PhotoPreview& preview);

private:
    void startNext();

    ThumbnailCache cache_;
    QThreadPool pool_;
    std::deque<QString> thumbnails_;
    std::optional<QString> fullImage_;
    bool reading_ = false;
};
