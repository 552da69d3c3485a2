#include "colorized/jobs/photoloader.h"

#include "colorized/jobs/imageconvert.h"

#include "colorized/imaging/scan.h"

#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace colorized::jobs {

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
        preview.note = QString::fromStdString(scan.note);
        const int longSide = std::max(pixels.cols, pixels.rows);
        if (thumbnailSize > 0 && longSide > 0) {
            const double scale = std::min(1.0, double(thumbnailSize) / longSide);
            cv::Mat small;
            cv::resize(pixels, small,
                       cv::Size(std::max(1, int(pixels.cols * scale + 0.5)),
                                std::max(1, int(pixels.rows * scale + 0.5))),
                       0, 0, cv::INTER_AREA);
            preview.thumbnail = toDisplayRgb(small);
        }
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
