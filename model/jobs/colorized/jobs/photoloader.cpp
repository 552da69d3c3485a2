#include "colorized/jobs/photoloader.h"

#include "colorized/jobs/imageconvert.h"

#include "colorized/imaging/colorcontent.h"
#include "colorized/imaging/dataset.h"
#include "colorized/imaging/scan.h"

#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace colorized::jobs {

namespace {

ScanColor scanColorOf(const cv::Mat& pixels)
{
    switch (imaging::colorContentOf(pixels)) {
    case imaging::ColorContent::Gray:
        return ScanColor::Gray;
    case imaging::ColorContent::Toned:
        return ScanColor::Toned;
    case imaging::ColorContent::Color:
        return ScanColor::Color;
    }
    return ScanColor::Gray;
}

}  // namespace

QStringList imageNameFilters()
{
    QStringList filters;
    for (const std::string& extension : imaging::imageExtensions())
        filters << QLatin1Char('*') + QString::fromStdString(extension);
    return filters;
}

PhotoPreview loadPhotoPreview(const QString& path, int thumbnailSize, bool fullImage)
{
    PhotoPreview preview;
    preview.path = path;
    try {
        const auto scan = imaging::loadScan(QFile::encodeName(path).toStdString());
        const cv::Mat& pixels = scan.pixels;
        preview.size = QSize(pixels.cols, pixels.rows);
        preview.bitDepth = scan.bitDepth;
        preview.gray = scan.sourceIsGray;
        if (thumbnailSize > 0)
            preview.color = scanColorOf(pixels);
        preview.note = QString::fromStdString(scan.note);
        const int longSide = std::max(pixels.cols, pixels.rows);
        if (thumbnailSize > 0 && longSide > 0)
            preview.thumbnail = toDisplayThumbnail(pixels, thumbnailSize);
        if (fullImage)
            preview.image = toDisplayRgb(pixels);
    } catch (const std::exception& error) {
        preview.error = QCoreApplication::translate(
                            "PhotoLoader", "%1 cannot be opened as a photograph: %2")
                            .arg(QFileInfo(path).fileName(), QString::fromStdString(error.what()));
    }
    return preview;
}

}  // namespace colorized::jobs
