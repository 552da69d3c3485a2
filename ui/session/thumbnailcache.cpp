#include "thumbnailcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using colorized::jobs::PhotoPreview;
using colorized::jobs::ScanColor;

namespace {

// Raised when the file layout or the meaning of a text chunk changes: old files are ignored.
constexpr int kFormatVersion = 1;

const QString kWidth = QStringLiteral("colorized.width");
const QString kHeight = QStringLiteral("colorized.height");
const QString kBitDepth = QStringLiteral("colorized.bitDepth");
const QString kGray = QStringLiteral("colorized.gray");
const QString kColor = QStringLiteral("colorized.color");
const QString kNote = QStringLiteral("colorized.note");

}  // namespace

ThumbnailCache::ThumbnailCache(QString folder) : folder_(std::move(folder)) {}

QString ThumbnailCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/thumbnails");
}

QString ThumbnailCache::fileFor(const QString& path, int thumbnailSize) const
{
    const QFileInfo source(path);
    if (!source.isFile())
        return {};
    const QString identity = QStringLiteral("%1\n%2\n%3\n%4\n%5")
                                 .arg(kFormatVersion)
                                 .arg(source.absoluteFilePath())
                                 .arg(source.size())
                                 .arg(source.lastModified().toMSecsSinceEpoch())
                                 .arg(thumbnailSize);
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex());
    // Two levels, so that no folder holds more than a few hundred of a large collection.
    return QStringLiteral("%1/%2/%3.png").arg(folder_, key.left(2), key.mid(2));
}

std::optional<PhotoPreview> ThumbnailCache::find(const QString& path, int thumbnailSize) const
{
    const QString file = fileFor(path, thumbnailSize);
    if (file.isEmpty() || !QFileInfo::exists(file))
        return std::nullopt;
    QImageReader reader(file, "png");
    const QImage stored = reader.read();
    if (stored.isNull() || stored.text(kWidth).isEmpty())
        return std::nullopt;
    PhotoPreview preview;
    preview.path = path;
    preview.thumbnail = stored.convertToFormat(QImage::Format_RGB32);
    preview.size = QSize(stored.text(kWidth).toInt(), stored.text(kHeight).toInt());
    preview.bitDepth = stored.text(kBitDepth).toInt();
    preview.gray = stored.text(kGray) == QLatin1String("1");
    preview.color = ScanColor(std::clamp(stored.text(kColor).toInt(), int(ScanColor::Gray), int(ScanColor::Color)));
    preview.note = stored.text(kNote);
    if (!preview.size.isValid() || (preview.bitDepth != 8 && preview.bitDepth != 16))
        return std::nullopt;
    return preview;
}

bool ThumbnailCache::store(const PhotoPreview& preview, int thumbnailSize) const
{
    if (!preview.ok() || preview.thumbnail.isNull())
        return false;
    const QString file = fileFor(preview.path, thumbnailSize);
    if (file.isEmpty() || !QDir().mkpath(QFileInfo(file).absolutePath()))
        return false;
    QImage image = preview.thumbnail;
    image.setText(kWidth, QString::number(preview.size.width()));
    image.setText(kHeight, QString::number(preview.size.height()));
    image.setText(kBitDepth, QString::number(preview.bitDepth));
    image.setText(kGray, preview.gray ? QStringLiteral("1") : QStringLiteral("0"));
    image.setText(kColor, QString::number(int(preview.color)));
    image.setText(kNote, preview.note);
    QSaveFile out(file);
    return out.open(QIODevice::WriteOnly) && image.save(&out, "png") && out.commit();
}
