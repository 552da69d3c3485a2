#pragma once
// Test data for the jobs and ui suites, all made by the tests themselves: small photos. The
// tiny model is the shared one (support/tinymodel.h).

#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace guitest {

// A gray gradient with a bright disc: 8-bit gray unless `type` says otherwise.
inline QString makePhoto(const QString& path, int width = 48, int height = 36, int type = CV_8UC1)
{
    cv::Mat gray(height, width, CV_8UC1);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            gray.at<uchar>(y, x) = cv::saturate_cast<uchar>(
                40 + 150 * x / width + ((x - width / 3) * (x - width / 3) + (y - height / 2) * (y - height / 2) < height * height / 16 ? 60 : 0));
    cv::Mat out = gray;
    if (type == CV_16UC1)
        gray.convertTo(out, CV_16U, 257.0);
    else if (type == CV_8UC3)
        cv::cvtColor(gray, out, cv::COLOR_GRAY2BGR);
    cv::imwrite(QFile::encodeName(path).toStdString(), out);
    return path;
}

// Bytes that look like a JPEG by name only.
inline QString makeCorruptFile(const QString& path)
{
    QFile file(path);
    static constexpr char kBytes[] = "\xff\xd8\xff\xe0 this is not really a JPEG";
    if (file.open(QIODevice::WriteOnly))
        file.write(kBytes, sizeof kBytes - 1);
    return path;
}

inline QString sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

}  // namespace guitest
