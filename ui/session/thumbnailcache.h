#pragma once
// Thumbnails kept on disk between sessions, so that reopening a collection of thousands of
// scans reads small PNGs instead of decoding every scan again. One file per (absolute path,
// file size, modification time, thumbnail size): a scan that changed gets a new key, and its
// old thumbnail is simply never read again. Each file is a PNG holding the thumbnail and, as
// text chunks, what the list needs besides it (size, bit depth, gray, color content, note).
// Files appear atomically (QSaveFile), so a crash or a second process never leaves half a
// thumbnail. Reentrant: any thread, the loader's pool in practice.

#include "colorized/jobs/photoloader.h"

#include <QString>

#include <optional>

class ThumbnailCache {
public:
    // `folder` is created on the first store().
    explicit ThumbnailCache(QString folder = defaultFolder());

    // <QStandardPaths::CacheLocation>/thumbnails.
    static QString defaultFolder();
    QString folder() const { return folder_; }

    // The cached preview of `path` at `thumbnailSize`; nothing when there is none, the scan
    // changed since, or the file cannot be read.
    std::optional<colorized::jobs::PhotoPreview> find(const QString& path, int thumbnailSize) const;
    // Keeps `preview` (a successful one) for its path; false when it could not be written.
    bool store(const colorized::jobs::PhotoPreview& preview, int thumbnailSize) const;
    // Where the thumbnail of `path` at `thumbnailSize` lives; empty when `path` cannot be read.
    QString fileFor(const QString& path, int thumbnailSize) const;

private:
    QString folder_;
};
