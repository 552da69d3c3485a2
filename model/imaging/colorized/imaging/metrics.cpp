#include "colorized/imaging/metrics.h"

#include "colorized/imaging/lab.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace colorized::imaging {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kPow25To7 = 6103515625.0;  // 25^7, CIEDE2000's chroma compensation constant
constexpr int kSsimWindow = 11;             // Wang et al. 2004
constexpr double kSsimSigma = 1.5;
constexpr double kSsimK1 = 0.01;
constexpr double kSsimK2 = 0.03;
constexpr int kSsimStripRows = 128;         // rows per strip: bounds memory on large scans
constexpr int kAucMaxThreshold = 150;       // Zhang et al. 2016

double pow7(double x)
{
    const double x2 = x * x;
    return x2 * x2 * x2 * x;
}

double degrees(double radians) { return radians * (180.0 / kPi); }
double radians(double degrees) { return degrees * (kPi / 180.0); }

void checkImage(const cv::Mat& image, const char* role)
{
    if (image.empty())
        throw std::invalid_argument(std::string("The ") + role + " image is empty.");
    const int depth = image.depth();
    const int channels = image.channels();
    if ((depth != CV_8U && depth != CV_16U) || (channels != 1 && channels != 3))
        throw std::invalid_argument(std::string("The ") + role
                                    + " image must be 8- or 16-bit, gray or BGR.");
}

void checkPair(const cv::Mat& result, const cv::Mat& groundTruth)
{
    checkImage(result, "result");
    checkImage(groundTruth, "ground-truth");
    if (result.size() != groundTruth.size())
        throw std::invalid_argument("The result and the ground truth differ in size.");
    if (result.depth() != groundTruth.depth())
        throw std::invalid_argument("The result and the ground truth differ in bit depth.");
}

double peakOf(const cv::Mat& image) { return image.depth() == CV_16U ? 65535.0 : 255.0; }

// Gray is read as neutral BGR, so a gray image can be compared with a color one.
cv::Mat asBgr(const cv::Mat& image)
{
    if (image.channels() == 3)
        return image;
    cv::Mat bgr;
    cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
    return bgr;
}

ColorCast castOfLab(const cv::Mat& lab)
{
    const cv::Scalar mean = cv::mean(lab);
    return {mean[1], mean[2]};
}

cv::Mat toLab(const cv::Mat& image)
{
    checkImage(image, "input");
    return bgrToLab(image);
}

void checkLabPair(const cv::Mat& labA, const cv::Mat& labB)
{
    if (labA.empty() || labA.type() != CV_32FC3 || labB.type() != CV_32FC3)
        throw std::invalid_argument("Lab images must be non-empty CV_32FC3.");
    if (labA.size() != labB.size())
        throw std::invalid_argument("The two Lab images differ in size.");
}

// Hue angle in degrees, [0, 360); 0 for a neutral color (Sharma et al., eq. 4).
double hueAngle(double b, double aPrime)
{
    if (b == 0.0 && aPrime == 0.0)
        return 0.0;
    const double h = degrees(std::atan2(b, aPrime));
    return h < 0.0 ? h + 360.0 : h;
}

// SSIM map of one channel (CV_64FC1 in and out), borders reflected.
cv::Mat ssimMap(const cv::Mat& x, const cv::Mat& y, double peak)
{
    const double c1 = (kSsimK1 * peak) * (kSsimK1 * peak);
    const double c2 = (kSsimK2 * peak) * (kSsimK2 * peak);
    auto blur = [](const cv::Mat& in) {
        cv::Mat out;
        cv::GaussianBlur(in, out, cv::Size(kSsimWindow, kSsimWindow), kSsimSigma, kSsimSigma,
                         cv::BORDER_REFLECT);
        return out;
    };
    const cv::Mat muX = blur(x);
    const cv::Mat muY = blur(y);
    const cv::Mat muXX = muX.mul(muX);
    const cv::Mat muYY = muY.mul(muY);
    const cv::Mat muXY = muX.mul(muY);
    const cv::Mat sigmaXX = blur(x.mul(x)) - muXX;
    const cv::Mat sigmaYY = blur(y.mul(y)) - muYY;
    const cv::Mat sigmaXY = blur(x.mul(y)) - muXY;

    cv::Mat map;
    cv::divide((2.0 * muXY + c1).mul(2.0 * sigmaXY + c2),
               (muXX + muYY + c1).mul(sigmaXX + sigmaYY + c2), map);
    return map;
}

// Channel c of an 8/16-bit image as CV_64FC1: double, since 16-bit squares cancel badly in float.
cv::Mat channelAsDouble(const cv::Mat& image, int c)
{
    cv::Mat channel;
    cv::extractChannel(image, channel, c);
    cv::Mat out;
    channel.convertTo(out, CV_64F);
    return out;
}

}  // namespace

double ciede2000(double l1, double a1, double b1, double l2, double a2, double b2)
{
    // Sharma, Wu, Dalal (2005), equations (2)-(22), kL = kC = kH = 1.
    const double c1Star = std::hypot(a1, b1);
    const double c2Star = std::hypot(a2, b2);
    const double cStarMean = 0.5 * (c1Star + c2Star);
    const double cStarMean7 = pow7(cStarMean);
    const double g = 0.5 * (1.0 - std::sqrt(cStarMean7 / (cStarMean7 + kPow25To7)));

    const double a1Prime = (1.0 + g) * a1;
    const double a2Prime = (1.0 + g) * a2;
    const double c1Prime = std::hypot(a1Prime, b1);
    const double c2Prime = std::hypot(a2Prime, b2);
    const double h1Prime = hueAngle(b1, a1Prime);
    const double h2Prime = hueAngle(b2, a2Prime);

    const double deltaLPrime = l2 - l1;
    const double deltaCPrime = c2Prime - c1Prime;
    const bool neutral = c1Prime * c2Prime == 0.0;
    double deltahPrime = 0.0;
    if (!neutral) {
        deltahPrime = h2Prime - h1Prime;
        if (deltahPrime > 180.0)
            deltahPrime -= 360.0;
        else if (deltahPrime < -180.0)
            deltahPrime += 360.0;
    }
    const double deltaHPrime =
        2.0 * std::sqrt(c1Prime * c2Prime) * std::sin(radians(deltahPrime / 2.0));

    const double lPrimeMean = 0.5 * (l1 + l2);
    const double cPrimeMean = 0.5 * (c1Prime + c2Prime);
    double hPrimeMean = h1Prime + h2Prime;
    if (!neutral) {
        if (std::abs(h1Prime - h2Prime) <= 180.0)
            hPrimeMean *= 0.5;
        else if (hPrimeMean < 360.0)
            hPrimeMean = 0.5 * (hPrimeMean + 360.0);
        else
            hPrimeMean = 0.5 * (hPrimeMean - 360.0);
    }

    const double t = 1.0 - 0.17 * std::cos(radians(hPrimeMean - 30.0))
                     + 0.24 * std::cos(radians(2.0 * hPrimeMean))
                     + 0.32 * std::cos(radians(3.0 * hPrimeMean + 6.0))
                     - 0.20 * std::cos(radians(4.0 * hPrimeMean - 63.0));
    const double hueOffset = (hPrimeMean - 275.0) / 25.0;
    const double deltaTheta = 30.0 * std::exp(-hueOffset * hueOffset);
    const double cPrimeMean7 = pow7(cPrimeMean);
    const double rC = 2.0 * std::sqrt(cPrimeMean7 / (cPrimeMean7 + kPow25To7));
    const double lOffset2 = (lPrimeMean - 50.0) * (lPrimeMean - 50.0);
    const double sL = 1.0 + 0.015 * lOffset2 / std::sqrt(20.0 + lOffset2);
    const double sC = 1.0 + 0.045 * cPrimeMean;
    const double sH = 1.0 + 0.015 * cPrimeMean * t;
    const double rT = -std::sin(radians(2.0 * deltaTheta)) * rC;

    const double lTerm = deltaLPrime / sL;
    const double cTerm = deltaCPrime / sC;
    const double hTerm = deltaHPrime / sH;
    // The sum is >= 0 mathematically; guard against a -1e-17 from rounding.
    return std::sqrt(std::max(0.0, lTerm * lTerm + cTerm * cTerm + hTerm * hTerm
                                       + rT * cTerm * hTerm));
}

cv::Mat ciede2000MapLab(const cv::Mat& labA, const cv::Mat& labB)
{
    checkLabPair(labA, labB);
    cv::Mat map(labA.size(), CV_32FC1);
    cv::parallel_for_(cv::Range(0, labA.rows), [&](const cv::Range& rows) {
        for (int y = rows.start; y < rows.end; ++y) {
            const auto* pa = labA.ptr<cv::Vec3f>(y);
            const auto* pb = labB.ptr<cv::Vec3f>(y);
            auto* out = map.ptr<float>(y);
            for (int x = 0; x < labA.cols; ++x)
                out[x] = static_cast<float>(
                    ciede2000(pa[x][0], pa[x][1], pa[x][2], pb[x][0], pb[x][1], pb[x][2]));
        }
    });
    return map;
}

double abAccuracyAucLab(const cv::Mat& labA, const cv::Mat& labB)
{
    checkLabPair(labA, labB);
    // counts[k]: pixels whose a*b* error d has ceil(d) == k, i.e. that first pass at threshold k;
    // the last bin collects errors beyond the largest threshold.
    std::array<double, kAucMaxThreshold + 2> counts{};
    for (int y = 0; y < labA.rows; ++y) {
        const auto* pa = labA.ptr<cv::Vec3f>(y);
        const auto* pb = labB.ptr<cv::Vec3f>(y);
        for (int x = 0; x < labA.cols; ++x) {
            const double d = std::hypot(double(pa[x][1]) - pb[x][1], double(pa[x][2]) - pb[x][2]);
            const double firstPassing = std::ceil(d);
            const std::size_t bin = firstPassing > kAucMaxThreshold
                                        ? kAucMaxThreshold + 1
                                        : static_cast<std::size_t>(firstPassing);
            counts[bin] += 1.0;
        }
    }
    const double total = static_cast<double>(labA.total());
    double passed = 0.0;
    double previous = 0.0;
    double area = 0.0;
    for (int t = 0; t <= kAucMaxThreshold; ++t) {
        passed += counts[static_cast<size_t>(t)];
        const double fraction = passed / total;
        if (t > 0)
            area += 0.5 * (previous + fraction);  // trapezoid over [t - 1, t]
        previous = fraction;
    }
    return area / kAucMaxThreshold;
}

double psnr(const cv::Mat& result, const cv::Mat& groundTruth)
{
    checkPair(result, groundTruth);
    const cv::Mat a = asBgr(result);
    const cv::Mat b = asBgr(groundTruth);
    const double squaredError = cv::norm(a, b, cv::NORM_L2SQR);
    if (squaredError == 0.0)
        return std::numeric_limits<double>::infinity();
    const double mse = squaredError / static_cast<double>(a.total() * a.channels());
    const double peak = peakOf(result);
    return 10.0 * std::log10(peak * peak / mse);
}

double ssim(const cv::Mat& result, const cv::Mat& groundTruth)
{
    checkPair(result, groundTruth);
    const cv::Mat a = asBgr(result);
    const cv::Mat b = asBgr(groundTruth);
    const double peak = peakOf(result);

    // Only window positions that lie wholly inside the image count (the reference
    // implementation's 'valid' filtering); images under 11 px are taken whole, borders reflected.
    const bool whole = a.cols < kSsimWindow || a.rows < kSsimWindow;
    const int margin = whole ? 0 : kSsimWindow / 2;
    const int validRows = a.rows - 2 * margin;
    const int validCols = a.cols - 2 * margin;
    // Strips of output rows, each computed from its input rows plus the window's margin: the
    // same numbers as one pass over the image, with memory bounded for a full-size scan.
    const int stripRows = whole ? validRows : kSsimStripRows;
    double sum = 0.0;
    for (int first = 0; first < validRows; first += stripRows) {
        const int rows = std::min(stripRows, validRows - first);
        const cv::Rect input(0, first, a.cols, rows + 2 * margin);
        const cv::Rect output(margin, margin, validCols, rows);
        for (int c = 0; c < 3; ++c) {
            const cv::Mat map =
                ssimMap(channelAsDouble(a(input), c), channelAsDouble(b(input), c), peak);
            sum += cv::sum(map(output))[0];
        }
    }
    return sum / (3.0 * double(validRows) * double(validCols));
}

cv::Mat ciede2000Map(const cv::Mat& result, const cv::Mat& groundTruth)
{
    checkPair(result, groundTruth);
    return ciede2000MapLab(toLab(result), toLab(groundTruth));
}

double meanCiede2000(const cv::Mat& result, const cv::Mat& groundTruth)
{
    return cv::mean(ciede2000Map(result, groundTruth))[0];
}

double abAccuracyAuc(const cv::Mat& result, const cv::Mat& groundTruth)
{
    checkPair(result, groundTruth);
    return abAccuracyAucLab(toLab(result), toLab(groundTruth));
}

ColorCast colorCast(const cv::Mat& image)
{
    return castOfLab(bgrToLab(image));
}

double colorfulness(const cv::Mat& image)
{
    checkImage(image, "input");
    if (image.channels() == 1)
        return 0.0;  // rg = yb = 0 everywhere
    // One pass of running sums (no full-size temporaries); double holds them exactly enough.
    double sumRg = 0.0;
    double sumRg2 = 0.0;
    double sumYb = 0.0;
    double sumYb2 = 0.0;
    auto accumulate = [&](auto pixelType, double scale) {
        using T = decltype(pixelType);
        for (int y = 0; y < image.rows; ++y) {
            const T* p = image.ptr<T>(y);
            for (int x = 0; x < image.cols; ++x, p += 3) {
                const double blue = p[0] * scale;
                const double green = p[1] * scale;
                const double red = p[2] * scale;
                const double rg = red - green;
                const double yb = 0.5 * (red + green) - blue;
                sumRg += rg;
                sumRg2 += rg * rg;
                sumYb += yb;
                sumYb2 += yb * yb;
            }
        }
    };
    if (image.depth() == CV_8U)
        accumulate(uchar{}, 1.0);
    else
        accumulate(ushort{}, 1.0 / 257.0);  // the 8-bit scale
    const double n = static_cast<double>(image.total());
    const double meanRg = sumRg / n;
    const double meanYb = sumYb / n;
    // Population variances, clamped at 0 against rounding.
    const double varRg = std::max(0.0, sumRg2 / n - meanRg * meanRg);
    const double varYb = std::max(0.0, sumYb2 / n - meanYb * meanYb);
    return std::sqrt(varRg + varYb) + 0.3 * std::hypot(meanRg, meanYb);
}

ImageMetrics computeMetrics(const cv::Mat& result, const cv::Mat& groundTruth)
{
    checkPair(result, groundTruth);
    const cv::Mat labResult = toLab(result);
    const cv::Mat labTruth = toLab(groundTruth);
    ImageMetrics metrics;
    metrics.psnr = psnr(result, groundTruth);
    metrics.ssim = ssim(result, groundTruth);
    metrics.ciede2000 = cv::mean(ciede2000MapLab(labResult, labTruth))[0];
    metrics.abAuc = abAccuracyAucLab(labResult, labTruth);
    metrics.colorfulness = colorfulness(result);
    metrics.referenceColorfulness = colorfulness(groundTruth);
    metrics.cast = castOfLab(labResult);
    metrics.referenceCast = castOfLab(labTruth);
    return metrics;
}

cv::Mat grayBaseline(const cv::Mat& image)
{
    checkImage(image, "input");
    return composeBgr(lightness(image), cv::Mat::zeros(image.size(), CV_32FC2), image.depth());
}

void MetricsAccumulator::add(const ImageMetrics& metrics)
{
    sum_.psnr += metrics.psnr;
    sum_.ssim += metrics.ssim;
    sum_.ciede2000 += metrics.ciede2000;
    sum_.abAuc += metrics.abAuc;
    sum_.colorfulness += metrics.colorfulness;
    sum_.referenceColorfulness += metrics.referenceColorfulness;
    cast_.add(metrics.cast);
    referenceCast_.add(metrics.referenceCast);
    ++count_;
}

ImageMetrics MetricsAccumulator::mean() const
{
    if (count_ == 0)
        return {};
    const double n = static_cast<double>(count_);
    ImageMetrics m;
    m.psnr = sum_.psnr / n;
    m.ssim = sum_.ssim / n;
    m.ciede2000 = sum_.ciede2000 / n;
    m.abAuc = sum_.abAuc / n;
    m.colorfulness = sum_.colorfulness / n;
    m.referenceColorfulness = sum_.referenceColorfulness / n;
    const CastSummary results = cast_.summary();
    const CastSummary references = referenceCast_.summary();
    m.cast = {results.meanA, results.meanB};
    m.referenceCast = {references.meanA, references.meanB};
    return m;
}

void CastAccumulator::add(const ColorCast& cast)
{
    sumA_ += cast.meanA;
    sumB_ += cast.meanB;
    bluish_ += cast.bluish() ? 1 : 0;
    ++count_;
}

CastSummary CastAccumulator::summary() const
{
    if (count_ == 0)
        return {};
    const double n = static_cast<double>(count_);
    return {sumA_ / n, sumB_ / n, static_cast<double>(bluish_) / n};
}

double MetricsAccumulator::colorfulnessRatio() const
{
    return sum_.referenceColorfulness > 0.0 ? sum_.colorfulness / sum_.referenceColorfulness : 0.0;
}

}  // namespace colorized::imaging
