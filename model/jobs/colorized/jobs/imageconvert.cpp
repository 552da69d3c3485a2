#include "colorized/jobs/imageconvert.h"

#include "colorized/jobs/uncertaintyscale.h"
#include "colorized/imaging/lab.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace colorized::jobs {

namespace {

cv::Mat to8Bit(const cv::Mat& mat)
{
    if (mat.depth() == CV_8U)
        return mat;
    if (mat.depth() == CV_16U) {
        cv::Mat out;
        mat.convertTo(out, CV_8U, 1.0 / 257.0);
        return out;
    }
    throw std::invalid_argument("toQImage: only 8- and 16-bit images are supported");
}

}  // namespace

QImage toQImage(const cv::Mat& mat)
{
    if (mat.empty())
        return {};
    const cv::Mat bytes = to8Bit(mat);
    switch (bytes.channels()) {
    case 1: {
        QImage image(bytes.cols, bytes.rows, QImage::Format_Grayscale8);
        for (int y = 0; y < bytes.rows; ++y)
            std::copy_n(bytes.ptr<uchar>(y), bytes.cols, image.scanLine(y));
        return image;
    }
    case 3: {
        cv::Mat rgb;
        cv::cvtColor(bytes, rgb, cv::COLOR_BGR2RGB);
        QImage image(rgb.cols, rgb.rows, QImage::Format_RGB888);
        for (int y = 0; y < rgb.rows; ++y)
            std::copy_n(rgb.ptr<uchar>(y), rgb.cols * 3, image.scanLine(y));
        return image;
    }
    case 4: {
        // BGRA in memory is QImage::Format_ARGB32 on little-endian machines.
        QImage image(bytes.cols, bytes.rows, QImage::Format_ARGB32);
        for (int y = 0; y < bytes.rows; ++y)
            std::copy_n(bytes.ptr<uchar>(y), bytes.cols * 4, image.scanLine(y));
        return image;
    }
    default:
        throw std::invalid_argument("toQImage: unsupported channel count");
    }
}

QImage toDisplayRgb(const cv::Mat& mat)
{
    if (mat.empty())
        return {};
    // BGRX in memory is QImage::Format_RGB32 on little-endian machines.
    cv::Mat bgrx;
    const cv::Mat bytes = to8Bit(mat);
    switch (bytes.channels()) {
    case 1:
        cv::cvtColor(bytes, bgrx, cv::COLOR_GRAY2BGRA);
        break;
    case 3:
        cv::cvtColor(bytes, bgrx, cv::COLOR_BGR2BGRA);
        break;
    case 4:
        bgrx = bytes.clone();
        break;
    default:
        throw std::invalid_argument("toDisplayRgb: unsupported channel count");
    }
    QImage image(bgrx.cols, bgrx.rows, QImage::Format_RGB32);
    for (int y = 0; y < bgrx.rows; ++y) {
        auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
        std::copy_n(reinterpret_cast<const QRgb*>(bgrx.ptr<uchar>(y)), bgrx.cols, out);
        for (int x = 0; x < bgrx.cols; ++x)
            out[x] |= 0xff000000u;
    }
    return image;
}

QImage toDisplayThumbnail(const cv::Mat& mat, int maxSide)
{
    if (mat.empty())
        return {};
    const int longSide = std::max(mat.cols, mat.rows);
    if (longSide <= maxSide)
        return toDisplayRgb(mat);
    const double scale = double(maxSide) / longSide;
    cv::Mat small;
    cv::resize(mat, small,
               cv::Size(std::max(1, int(mat.cols * scale + 0.5)), std::max(1, int(mat.rows * scale + 0.5))),
               0, 0, cv::INTER_AREA);
    return toDisplayRgb(small);
}

QImage uncertaintyOverlay(const cv::Mat& spread, double scaleTop)
{
    if (spread.empty() || scaleTop <= 0)
        return {};
    cv::Mat values;
    spread.convertTo(values, CV_32F);
    QImage overlay(values.cols, values.rows, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < values.rows; ++y) {
        const float* row = values.ptr<float>(y);
        auto* out = reinterpret_cast<QRgb*>(overlay.scanLine(y));
        for (int x = 0; x < values.cols; ++x)
            out[x] = qPremultiply(uncertaintyColor(row[x] / scaleTop));
    }
    return overlay;
}

double percentile99(const cv::Mat& mat)
{
    if (mat.empty())
        return 0.0;
    cv::Mat values;
    mat.reshape(1, 1).convertTo(values, CV_32F);
    std::vector<float> all(values.begin<float>(), values.end<float>());
    const auto at = all.begin() + std::ptrdiff_t((all.size() - 1) * 99 / 100);
    std::nth_element(all.begin(), at, all.end());
    return *at;
}

void toAb(const QColor& color, double& a, double& b)
{
    const QColor rgb = color.toRgb();
    cv::Mat pixel(1, 1, CV_32FC3,
                  cv::Scalar(rgb.blueF(), rgb.greenF(), rgb.redF()));
    cv::Mat lab;
    cv::cvtColor(pixel, lab, cv::COLOR_BGR2Lab);
    const auto value = lab.at<cv::Vec3f>(0, 0);
    a = value[1];
    b = value[2];
}

QColor colorOfLab(double l, double a, double b)
{
    const cv::Mat lightness(1, 1, CV_32F, cv::Scalar(l));
    const cv::Mat ab(1, 1, CV_32FC2, cv::Scalar(a, b));
    const cv::Vec3b bgr = imaging::composeBgr(lightness, ab, CV_8U).at<cv::Vec3b>(0, 0);
    return QColor(bgr[2], bgr[1], bgr[0]);
}

}  // namespace colorized::jobs
