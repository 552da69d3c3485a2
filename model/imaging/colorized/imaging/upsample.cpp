#include "colorized/imaging/upsample.h"

#include "colorized/imaging/lab.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
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

cv::Mat boxMean(const cv::Mat& image, int radius)
{
    cv::Mat mean;
    cv::boxFilter(image, mean, CV_32F, cv::Size(2 * radius + 1, 2 * radius + 1),
                  cv::Point(-1, -1), true, cv::BORDER_REFLECT);
    return mean;
}

// Guided-filter coefficients at working resolution: CV_32FC4 (A_a, B_a, A_b, B_b), already
// averaged over the windows that cover each pixel, so that q = A * I + B (He et al. 2013, eq. 8).
cv::Mat fitCoefficients(const cv::Mat& lightness, const cv::Mat& ab,
                        const GuidedUpsampleOptions& options)
{
    const int r = options.radius;
    cv::Mat guide;
    lightness.convertTo(guide, CV_32F, kGuideScale);
    const cv::Mat meanI = boxMean(guide, r);
    const cv::Mat varI = boxMean(guide.mul(guide), r) - meanI.mul(meanI);

    std::vector<cv::Mat> chroma;
    cv::split(ab, chroma);
    std::vector<cv::Mat> coefficients;  // A_a, B_a, A_b, B_b
    for (const cv::Mat& p : chroma) {
        const cv::Mat meanP = boxMean(p, r);
        const cv::Mat covIP = boxMean(guide.mul(p), r) - meanI.mul(meanP);
        cv::Mat a;
        cv::divide(covIP, varI + options.epsilon, a);
        const cv::Mat b = meanP - a.mul(meanI);
        coefficients.push_back(boxMean(a, r));
        coefficients.push_back(boxMean(b, r));
    }
    cv::Mat merged;
    cv::merge(coefficients, merged);
    return merged;
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
    // Bilinear in x now (working rows x full width, small), in y per requested row later.
    // cv::resize's pixel-centre convention: source x = (x + 0.5) * w / W - 0.5.
    cv::resize(fitCoefficients(workingLightness, workingAb, options), columns_,
               cv::Size(fullSize.width, workingLightness.rows), 0, 0, cv::INTER_LINEAR);
}

void GuidedChromaUpsampler::upsampleRows(int firstRow, const cv::Mat& lightnessRows,
                                         cv::Mat& abRows) const
{
    if (lightnessRows.type() != CV_32FC1 || lightnessRows.cols != fullSize_.width || firstRow < 0
        || firstRow + lightnessRows.rows > fullSize_.height)
        throw std::invalid_argument("upsampleRows needs full-width CV_32FC1 L* rows inside the image");
    abRows.create(lightnessRows.size(), CV_32FC2);
    const double rowScale = static_cast<double>(workingRows_) / fullSize_.height;
    const int width = fullSize_.width;
    for (int i = 0; i < lightnessRows.rows; ++i) {
        // Same pixel-centre convention as in x, clamped at the borders.
        const double source = std::max(0.0, (firstRow + i + 0.5) * rowScale - 0.5);
        const int y0 = std::min(static_cast<int>(source), workingRows_ - 1);
        const int y1 = std::min(y0 + 1, workingRows_ - 1);
        const float t = static_cast<float>(source - y0);
        const auto* c0 = columns_.ptr<cv::Vec4f>(y0);
        const auto* c1 = columns_.ptr<cv::Vec4f>(y1);
        const float* l = lightnessRows.ptr<float>(i);
        auto* out = abRows.ptr<cv::Vec2f>(i);
        for (int x = 0; x < width; ++x) {
            const cv::Vec4f c = c0[x] + t * (c1[x] - c0[x]);
            const float guide = l[x] * kGuideScale;
            out[x] = cv::Vec2f(c[0] * guide + c[1], c[2] * guide + c[3]);
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
