#include "colorized/imaging/upsample.h"

#include "colorized/imaging/lab.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace colorized::imaging {
namespace {

// Rows per strip of full-resolution work: large enough to amortise per-strip overhead,
// small enough that a strip of a 6000-pixel-wide scan is a few megabytes.
constexpr int kStripRows = 64;
// The guide is L*/100, so epsilon is in (L*/100)^2.
constexpr float kGuideScale = 1.0f / 100.0f;
// Keys' cubic convolution parameter, as in cv::resize(INTER_CUBIC).
constexpr float kCubicA = -0.75f;

cv::Mat boxMean(const cv::Mat& image, int radius)
{
    cv::Mat mean;
    cv::boxFilter(image, mean, CV_32F, cv::Size(2 * radius + 1, 2 * radius + 1),
                  cv::Point(-1, -1), true, cv::BORDER_REFLECT);
    return mean;
}

// Per working pixel, the slope A of the ridge regression a*b* ~= A * I + B over each window,
// averaged over the windows that cover the pixel (He et al. 2013, eq. 5 and 8): CV_32FC2.
cv::Mat fitSlopes(const cv::Mat& guide, const cv::Mat& ab, const GuidedUpsampleOptions& options)
{
    const int r = options.radius;
    const cv::Mat meanI = boxMean(guide, r);
    const cv::Mat varI = boxMean(guide.mul(guide), r) - meanI.mul(meanI);
    std::vector<cv::Mat> chroma;
    cv::split(ab, chroma);
    std::vector<cv::Mat> slopes;
    for (const cv::Mat& p : chroma) {
        const cv::Mat covIP = boxMean(guide.mul(p), r) - meanI.mul(boxMean(p, r));
        cv::Mat a;
        cv::divide(covIP, varI + options.epsilon, a);
        slopes.push_back(boxMean(a, r));
    }
    cv::Mat merged;
    cv::merge(slopes, merged);
    return merged;
}

// Weights of rows floor(t)-1 .. floor(t)+2 for cubic interpolation at fraction t (cv::resize's).
std::array<float, 4> cubicWeights(float t)
{
    std::array<float, 4> w;
    w[0] = ((kCubicA * (t + 1) - 5 * kCubicA) * (t + 1) + 8 * kCubicA) * (t + 1) - 4 * kCubicA;
    w[1] = ((kCubicA + 2) * t - (kCubicA + 3)) * t * t + 1;
    w[2] = ((kCubicA + 2) * (1 - t) - (kCubicA + 3)) * (1 - t) * (1 - t) + 1;
    w[3] = 1.0f - w[0] - w[1] - w[2];
    return w;
}

}  // namespace

GuidedChromaUpsampler::GuidedChromaUpsampler(const cv::Mat& workingLightness,
                                             const cv::Mat& workingAb, cv::Size fullSize,
                                             const GuidedUpsampleOptions& options)
    : fullSize_(fullSize), workingRows_(workingLightness.rows)
{
    if (workingLightness.type() != CV_32FC1 || workingAb.type() != CV_32FC2
        || workingLightness.size() != workingAb.size() || workingLightness.empty())
        throw std::invalid_argument("guided upsampling needs CV_32FC1 L* and CV_32FC2 a*b* of one size");
    if (fullSize.width <= 0 || fullSize.height <= 0 || options.radius < 0 || options.epsilon <= 0)
        throw std::invalid_argument("guided upsampling needs a full size, radius >= 0, epsilon > 0");
    cv::Mat guide;
    workingLightness.convertTo(guide, CV_32F, kGuideScale);
    cv::Mat base;
    cv::merge(std::vector<cv::Mat>{workingAb, guide}, base);  // (a*, b*, I)

    // Horizontal interpolation now (working rows x full width: small), vertical per row later;
    // both with cv::resize's pixel-centre convention, source x = (x + 0.5) * w / W - 0.5.
    const cv::Size rowsAtFullWidth(fullSize.width, workingLightness.rows);
    cv::resize(base, base_, rowsAtFullWidth, 0, 0, cv::INTER_CUBIC);
    cv::resize(fitSlopes(guide, workingAb, options), slopes_, rowsAtFullWidth, 0, 0,
               cv::INTER_LINEAR);
}

void GuidedChromaUpsampler::upsampleRows(int firstRow, const cv::Mat& lightnessRows,
                                         cv::Mat& abRows) const
{
    if (lightnessRows.type() != CV_32FC1 || lightnessRows.cols != fullSize_.width || firstRow < 0
        || firstRow + lightnessRows.rows > fullSize_.height)
        throw std::invalid_argument("upsampleRows needs full-width CV_32FC1 L* rows inside the image");
    abRows.create(lightnessRows.size(), CV_32FC2);
    const double rowScale = static_cast<double>(workingRows_) / fullSize_.height;
    const int last = workingRows_ - 1;
    const int width = fullSize_.width;
    for (int i = 0; i < lightnessRows.rows; ++i) {
        const double source = (firstRow + i + 0.5) * rowScale - 0.5;
        const int y = static_cast<int>(std::floor(source));
        const float t = static_cast<float>(source - y);
        // Cubic for the base (a*, b*, I), rows clamped at the border as cv::resize does.
        const std::array<float, 4> w = cubicWeights(t);
        const cv::Vec3f* rows[4];
        for (int k = 0; k < 4; ++k)
            rows[k] = base_.ptr<cv::Vec3f>(std::clamp(y - 1 + k, 0, last));
        // Bilinear for the slopes.
        const int y0 = std::clamp(y, 0, last), y1 = std::clamp(y + 1, 0, last);
        const float tl = source < 0.0 ? 0.0f : t;
        const auto* s0 = slopes_.ptr<cv::Vec2f>(y0);
        const auto* s1 = slopes_.ptr<cv::Vec2f>(y1);

        const float* l = lightnessRows.ptr<float>(i);
        auto* out = abRows.ptr<cv::Vec2f>(i);
        for (int x = 0; x < width; ++x) {
            const cv::Vec3f b = w[0] * rows[0][x] + w[1] * rows[1][x] + w[2] * rows[2][x]
                                + w[3] * rows[3][x];
            const cv::Vec2f slope = s0[x] + tl * (s1[x] - s0[x]);
            const float detail = l[x] * kGuideScale - b[2];  // luminance the working res lacks
            out[x] = cv::Vec2f(b[0] + slope[0] * detail, b[1] + slope[1] * detail);
        }
    }
}

cv::Mat upsampleAb(const cv::Mat& workingLightness, const cv::Mat& workingAb,
                   const cv::Mat& fullLightness, const GuidedUpsampleOptions& options)
{
    const GuidedChromaUpsampler upsampler(workingLightness, workingAb, fullLightness.size(),
                                          options);
    cv::Mat ab(fullLightness.size(), CV_32FC2);
    const int strips = (fullLightness.rows + kStripRows - 1) / kStripRows;
    cv::parallel_for_(cv::Range(0, strips), [&](const cv::Range& range) {
        for (int s = range.start; s < range.end; ++s) {
            const cv::Range rows(s * kStripRows, std::min(fullLightness.rows, (s + 1) * kStripRows));
            cv::Mat band = ab.rowRange(rows);  // writes into `ab` (ROI, no reallocation)
            upsampler.upsampleRows(rows.start, fullLightness.rowRange(rows), band);
        }
    });
    return ab;
}

cv::Mat composeFullResolution(const cv::Mat& scanPixels, const cv::Mat& workingLightness,
                              const cv::Mat& workingAb, int depth,
                              const GuidedUpsampleOptions& options)
{
    if (depth != CV_8U && depth != CV_16U)
        throw std::invalid_argument("composeFullResolution writes 8- or 16-bit images only");
    const GuidedChromaUpsampler upsampler(workingLightness, workingAb, scanPixels.size(), options);
    cv::Mat out(scanPixels.size(), CV_MAKETYPE(depth, 3));
    const int strips = (scanPixels.rows + kStripRows - 1) / kStripRows;
    cv::parallel_for_(cv::Range(0, strips), [&](const cv::Range& range) {
        cv::Mat ab;  // per worker, reused across its strips
        for (int s = range.start; s < range.end; ++s) {
            const cv::Range rows(s * kStripRows, std::min(scanPixels.rows, (s + 1) * kStripRows));
            const cv::Mat l = lightness(scanPixels.rowRange(rows));
            upsampler.upsampleRows(rows.start, l, ab);
            cv::Mat band = out.rowRange(rows);
            composeBgrInto(l, ab, band);
        }
    });
    return out;
}

}  // namespace colorized::imaging
