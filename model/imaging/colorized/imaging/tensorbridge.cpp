#include "colorized/imaging/tensorbridge.h"

#include "colorized/core/colorspace.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <torch/types.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace colorized::imaging {
namespace {

int roundUp(int value, int multiple) { return (value + multiple - 1) / multiple * multiple; }

// Clamped before the conversion: a fraction far outside 0..1 (or NaN) converted to int is
// undefined behaviour.
int pixelIndex(double fraction, int size)
{
    const double clamped = fraction > 0.0 ? std::min(fraction, 1.0) : 0.0;
    return std::min(static_cast<int>(std::floor(clamped * size)), size - 1);
}

bool isFinite(const ColorHint& hint)
{
    return std::isfinite(hint.x) && std::isfinite(hint.y) && std::isfinite(hint.a) && std::isfinite(hint.b);
}

// The model's a*b* range: a hint beyond it (1e39 from a hand-written file) would drive the
// network's activations to inf and its output to NaN.
float modelChroma(double value)
{
    return static_cast<float>(std::clamp(value, -kHintAbLimit, kHintAbLimit) / kAbScale);
}

}  // namespace

cv::Size workingSize(cv::Size full, int longSide)
{
    if (full.width <= 0 || full.height <= 0 || longSide <= 0)
        throw std::invalid_argument("workingSize needs a non-empty image and a positive long side");
    const double scale = static_cast<double>(longSide) / std::max(full.width, full.height);
    return {std::max(1, static_cast<int>(std::lround(full.width * scale))),
            std::max(1, static_cast<int>(std::lround(full.height * scale)))};
}

cv::Size paddedSize(cv::Size content, int multiple)
{
    if (multiple <= 0)
        throw std::invalid_argument("paddedSize needs a positive multiple");
    return {roundUp(content.width, multiple), roundUp(content.height, multiple)};
}

torch::Tensor planeToTensor(const cv::Mat& plane)
{
    if (plane.type() != CV_32FC1)
        throw std::invalid_argument("planeToTensor needs a CV_32FC1 plane");
    const cv::Mat continuous = plane.isContinuous() ? plane : plane.clone();
    // from_blob views the Mat's memory: clone() so the tensor owns its data.
    return torch::from_blob(continuous.data, {1, 1, plane.rows, plane.cols}, torch::kFloat32)
        .clone();
}

WorkingLuminance toWorkingLuminance(const cv::Mat& fullLightness, int longSide, int sizeMultiple)
{
    if (fullLightness.type() != CV_32FC1 || fullLightness.empty())
        throw std::invalid_argument("toWorkingLuminance needs a non-empty CV_32FC1 L* plane");
    const cv::Size size = workingSize(fullLightness.size(), longSide);
    const bool shrinking = size.width < fullLightness.cols;
    cv::Mat lightness;
    cv::resize(fullLightness, lightness, size, 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
    return workingLuminance(std::move(lightness), sizeMultiple);
}

WorkingLuminance workingLuminance(cv::Mat workingLightness, int sizeMultiple)
{
    if (workingLightness.type() != CV_32FC1 || workingLightness.empty())
        throw std::invalid_argument("workingLuminance needs a non-empty CV_32FC1 L* plane");
    WorkingLuminance working;
    working.lightness = std::move(workingLightness);
    const cv::Size size = working.lightness.size();
    const cv::Size padded = paddedSize(size, sizeMultiple);
    cv::Mat model;
    cv::copyMakeBorder(working.lightness, model, 0, padded.height - size.height, 0,
                       padded.width - size.width, cv::BORDER_REPLICATE);
    // luminanceToModel (colorspace.h) is affine: L*/50 - 1.
    model.convertTo(model, CV_32F, luminanceToModel(1.0) - luminanceToModel(0.0),
                    luminanceToModel(0.0));
    working.model = planeToTensor(model);
    return working;
}

HintPlanes rasterizeHints(const std::vector<ColorHint>& hints, cv::Size content, cv::Size padded,
                          int radius)
{
    if (content.width > padded.width || content.height > padded.height || content.empty())
        throw std::invalid_argument("rasterizeHints: content must be non-empty and fit the padding");
    HintPlanes planes;
    planes.ab = torch::zeros({1, 2, padded.height, padded.width}, torch::kFloat32);
    planes.mask = torch::zeros({1, 1, padded.height, padded.width}, torch::kFloat32);
    auto ab = planes.ab.accessor<float, 4>();
    auto mask = planes.mask.accessor<float, 4>();
    for (const ColorHint& hint : hints) {
        if (!isFinite(hint))
            continue;
        const int cx = pixelIndex(hint.x, content.width);
        const int cy = pixelIndex(hint.y, content.height);
        for (int y = std::max(0, cy - radius); y <= std::min(content.height - 1, cy + radius); ++y) {
            for (int x = std::max(0, cx - radius); x <= std::min(content.width - 1, cx + radius);
                 ++x) {
                ab[0][0][y][x] = modelChroma(hint.a);
                ab[0][1][y][x] = modelChroma(hint.b);
                mask[0][0][y][x] = 1.0f;
            }
        }
    }
    return planes;
}

HintPlanes rasterizeHintDiscs(const std::vector<ColorHint>& hints, cv::Size content, cv::Size padded,
                              double radius, double weight)
{
    if (content.width > padded.width || content.height > padded.height || content.empty())
        throw std::invalid_argument("rasterizeHintDiscs: content must be non-empty and fit the padding");
    weight = std::isfinite(weight) ? std::clamp(weight, 0.0, 1.0) : 0.0;
    radius = std::isfinite(radius) ? std::clamp(radius, 0.0, 1000.0) : 0.0;
    HintPlanes planes;
    planes.ab = torch::zeros({1, 2, padded.height, padded.width}, torch::kFloat32);
    planes.mask = torch::zeros({1, 1, padded.height, padded.width}, torch::kFloat32);
    auto ab = planes.ab.accessor<float, 4>();
    auto mask = planes.mask.accessor<float, 4>();
    const int reach = static_cast<int>(std::ceil(radius + 0.5));
    for (const ColorHint& hint : hints) {
        if (!isFinite(hint))
            continue;
        const int cx = pixelIndex(hint.x, content.width);
        const int cy = pixelIndex(hint.y, content.height);
        for (int y = std::max(0, cy - reach); y <= std::min(content.height - 1, cy + reach); ++y) {
            for (int x = std::max(0, cx - reach); x <= std::min(content.width - 1, cx + reach); ++x) {
                const double distance = std::hypot(x - cx, y - cy);
                const auto value = static_cast<float>(weight * std::clamp(radius + 0.5 - distance, 0.0, 1.0));
                if (value <= mask[0][0][y][x])
                    continue;
                mask[0][0][y][x] = value;
                ab[0][0][y][x] = modelChroma(hint.a);
                ab[0][1][y][x] = modelChroma(hint.b);
            }
        }
    }
    return planes;
}

cv::Mat abPlanesToMat(const torch::Tensor& ab, int k, cv::Size content)
{
    if (ab.dim() != 4 || ab.size(1) != 2 || k < 0 || k >= ab.size(0)
        || content.height > ab.size(2) || content.width > ab.size(3))
        throw std::invalid_argument("abPlanesToMat needs [K, 2, H, W] covering the content");
    // [2, h, w] -> [h, w, 2]: interleaved (a*, b*) as in CV_32FC2.
    const torch::Tensor interleaved = ab[k]
                                          .slice(1, 0, content.height)
                                          .slice(2, 0, content.width)
                                          .permute({1, 2, 0})
                                          .to(torch::kCPU, torch::kFloat32)
                                          .mul(kAbScale)
                                          .contiguous();
    return cv::Mat(content, CV_32FC2, interleaved.data_ptr<float>()).clone();
}

cv::Mat tensorToPlane(const torch::Tensor& plane)
{
    if (plane.dim() != 2)
        throw std::invalid_argument("tensorToPlane needs an [H, W] tensor");
    const torch::Tensor cpu = plane.to(torch::kCPU, torch::kFloat32).contiguous();
    return cv::Mat(static_cast<int>(cpu.size(0)), static_cast<int>(cpu.size(1)), CV_32FC1,
                   cpu.data_ptr<float>())
        .clone();
}

}  // namespace colorized::imaging
