#include "colorized/imaging/hintadherence.h"

#include "colorized/imaging/lab.h"
#include "colorized/imaging/metrics.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace colorized::imaging {
namespace {

constexpr double kFlatStd = 3.0;     // a*b* standard deviation of a flat region, CIE units
constexpr double kMinChroma = 10.0;  // a hint worth giving: not near-gray

cv::Point pixelOf(const ColorHint& hint, cv::Size size)
{
    return {std::clamp(static_cast<int>(hint.x * size.width), 0, size.width - 1),
            std::clamp(static_cast<int>(hint.y * size.height), 0, size.height - 1)};
}

// CIEDE2000 of each pixel of `lab` (CV_32FC3) to the hint's a*b* at the pixel's own L*.
cv::Mat distanceToHint(const cv::Mat& lab, const ColorHint& hint)
{
    cv::Mat reference(lab.size(), CV_32FC3);
    std::vector<cv::Mat> planes;
    cv::split(lab, planes);
    cv::merge(std::vector<cv::Mat>{planes[0], cv::Mat(lab.size(), CV_32F, cv::Scalar(hint.a)),
                                   cv::Mat(lab.size(), CV_32F, cv::Scalar(hint.b))},
              reference);
    return ciede2000MapLab(lab, reference);
}

}  // namespace

std::vector<ColorHint> sampleFlatHints(const cv::Mat& truth, int count, uint64_t seed, int flatRadius)
{
    if (truth.empty() || flatRadius < 1)
        throw std::invalid_argument("sampleFlatHints needs an image and a window radius of at least 1");
    const cv::Mat lab = bgrToLab(truth);
    std::vector<cv::Mat> planes;
    cv::split(lab, planes);
    const cv::Size window(2 * flatRadius + 1, 2 * flatRadius + 1);
    cv::Mat meanA, meanB, meanA2, meanB2;
    cv::blur(planes[1], meanA, window);
    cv::blur(planes[2], meanB, window);
    cv::blur(planes[1].mul(planes[1]), meanA2, window);
    cv::blur(planes[2].mul(planes[2]), meanB2, window);

    std::vector<cv::Point> flat;
    for (int y = flatRadius; y < truth.rows - flatRadius; ++y) {
        for (int x = flatRadius; x < truth.cols - flatRadius; ++x) {
            const double a = meanA.at<float>(y, x), b = meanB.at<float>(y, x);
            const double variance = meanA2.at<float>(y, x) - a * a + meanB2.at<float>(y, x) - b * b;
            if (variance < kFlatStd * kFlatStd && std::hypot(a, b) >= kMinChroma)
                flat.emplace_back(x, y);
        }
    }
    std::mt19937_64 generator(seed);
    std::shuffle(flat.begin(), flat.end(), generator);
    const double spacing = std::max(truth.cols, truth.rows) / 10.0;
    std::vector<ColorHint> hints;
    std::vector<cv::Point> taken;
    for (const cv::Point& point : flat) {
        if (static_cast<int>(hints.size()) >= count)
            break;
        const bool crowded = std::any_of(taken.begin(), taken.end(), [&](const cv::Point& other) {
            return std::hypot(point.x - other.x, point.y - other.y) < spacing;
        });
        if (crowded)
            continue;
        taken.push_back(point);
        ColorHint hint;
        hint.x = (point.x + 0.5) / truth.cols;
        hint.y = (point.y + 0.5) / truth.rows;
        hint.a = meanA.at<float>(point);
        hint.b = meanB.at<float>(point);
        hints.push_back(hint);
    }
    return hints;
}

HintAdherence measureHintAdherence(const cv::Mat& result, const cv::Mat& truth,
                                   const std::vector<ColorHint>& hints, int discRadius, int reach)
{
    if (result.size() != truth.size() || result.empty())
        throw std::invalid_argument("measureHintAdherence needs a result and a truth of the same size");
    HintAdherence sum;
    if (hints.empty())
        return sum;
    const cv::Mat resultLab = bgrToLab(result);
    const cv::Mat truthLab = bgrToLab(truth);
    for (const ColorHint& hint : hints) {
        const cv::Point at = pixelOf(hint, truth.size());
        const cv::Rect area = cv::Rect(at.x - reach, at.y - reach, 2 * reach + 1, 2 * reach + 1)
                              & cv::Rect(0, 0, truth.cols, truth.rows);
        const cv::Point local = at - area.tl();
        const cv::Mat resultDe = distanceToHint(resultLab(area), hint);
        const cv::Mat truthDe = distanceToHint(truthLab(area), hint);

        cv::Mat disc = cv::Mat::zeros(area.size(), CV_8U);
        cv::circle(disc, local, discRadius, cv::Scalar(255), cv::FILLED);
        sum.discDe += cv::mean(resultDe, disc)[0];

        // The object: the truth's connected region of the hint's color that holds the hint.
        cv::Mat sameInTruth = truthDe < kSameColorDe;
        cv::Mat object = cv::Mat::zeros(area.height + 2, area.width + 2, CV_8U);
        if (sameInTruth.at<uchar>(local))
            cv::floodFill(sameInTruth, object, local, cv::Scalar(255), nullptr, cv::Scalar(), cv::Scalar(),
                          4 | cv::FLOODFILL_MASK_ONLY | (255 << 8));
        object = object(cv::Rect(1, 1, area.width, area.height));
        const cv::Mat painted = resultDe < kSameColorDe;
        const int objectPixels = cv::countNonZero(object);
        if (objectPixels > 0)
            sum.coverage += double(cv::countNonZero(painted & object)) / objectPixels;
        const cv::Mat other = truthDe > kOtherColorDe;
        const int otherPixels = cv::countNonZero(other);
        if (otherPixels > 0)
            sum.leak += double(cv::countNonZero(painted & other)) / otherPixels;
    }
    const double n = static_cast<double>(hints.size());
    return {sum.discDe / n, sum.coverage / n, sum.leak / n, static_cast<int>(hints.size())};
}

void HintAdherenceAccumulator::add(const HintAdherence& adherence)
{
    sum_.discDe += adherence.discDe * adherence.hints;
    sum_.coverage += adherence.coverage * adherence.hints;
    sum_.leak += adherence.leak * adherence.hints;
    sum_.hints += adherence.hints;
}

HintAdherence HintAdherenceAccumulator::mean() const
{
    if (sum_.hints == 0)
        return {};
    const double n = sum_.hints;
    return {sum_.discDe / n, sum_.coverage / n, sum_.leak / n, sum_.hints};
}

}  // namespace colorized::imaging
