#pragma once
// Reading a photo for display: the same loader as the pipeline (EXIF orientation, 16-bit,
// CMYK), turned into 8-bit QImages. Any thread except the GUI thread: run it with
// QtConcurrent::run on a small pool.

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace colorized::jobs {

// "*.jpg", "*.jpeg", ...: the image types the loader reads (imaging's one list), as name filters
// for QDir, QDirIterator and file dialogs. Any thread.
QStringList imageNameFilters();

// What a scan holds (imaging::colorContentOf): a Color scan is never colorized without the
// archivist's word, since colorizing replaces its colors by a guess from its luminance.
enum class ScanColor { Gray, Toned, Color };

struct PhotoPreview {
    QString path;
    QImage thumbnail;   // RGB32, long side at most the requested size
    QImage image;       // RGB32 at full resolution (only when asked for)
    QSize size;         // of the original, after orientation
    int bitDepth = 8;
    bool gray = false;
    ScanColor color = ScanColor::Gray;
    QString note;       // what loading changed (CMYK converted...), may be empty
    QString error;      // translated sentence; empty on success
    bool ok() const { return error.isEmpty(); }
};

PhotoPreview loadPhotoPreview(const QString& path, int thumbnailSize, bool fullImage);

}  // namespace colorized::jobs
