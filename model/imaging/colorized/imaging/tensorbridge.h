#pragma once
// The one place where cv::Mat meets torch::Tensor (docs/ARCHITECTURE.md, "Conversions"), and
// the geometry of the model's working resolution. Tensors made here own their memory (never views of a Mat);
// channel order is always explicit: L* is one plane, a*b* are planes (a*, b*) in that order.
// Reentrant; called on worker threads.

#include "colorized/imaging/colorhint.h"

#include <opencv2/core/mat.hpp>
#include <torch/types.h>

#include <vector>

namespace colorized::imaging {

// `full` scaled so that its long side is `longSide`, aspect kept, each side at least 1 pixel.
// Small scans are enlarged: the model sees the scale it was trained at.
cv::Size workingSize(cv::Size full, int longSide);

// `content` grown right and bottom to the next multiples of `multiple`.
cv::Size paddedSize(cv::Size content, int multiple);

struct WorkingLuminance {
    cv::Mat lightness;      // CV_32FC1, L* 0..100 at working resolution, unpadded (content size)
    torch::Tensor model;    // [1, 1, Hp, Wp] float32 CPU, L*/50 - 1, padded right/bottom by
                            // edge replication to multiples of the model's size multiple
    cv::Size content() const { return lightness.size(); }
};

// Full-resolution L* (CV_32FC1) -> working resolution (INTER_AREA when shrinking, bilinear when
// enlarging) and the model's padded input plane.
WorkingLuminance toWorkingLuminance(const cv::Mat& fullLightness, int longSide, int sizeMultiple);

// The same from L* already at working resolution (CV_32FC1): only the padded model plane is made.
WorkingLuminance workingLuminance(cv::Mat workingLightness, int sizeMultiple);

struct HintPlanes {
    torch::Tensor ab;       // [1, 2, Hp, Wp] float32, a*b* / 110 where a hint is, 0 elsewhere
    torch::Tensor mask;     // [1, 1, Hp, Wp] float32, 1 where a hint is, 0 elsewhere
};

// Each hint becomes a square of (2 * radius + 1) pixels around its position in the content area;
// a later hint overwrites an earlier one where they overlap. Hints outside 0..1 are clamped to
// the border, a*b* to +-kHintAbLimit, and a hint with a non-finite number is left out (the GUI
// and the hints file never make one; this is the last line of defence). No hints: both planes
// all zero.
HintPlanes rasterizeHints(const std::vector<ColorHint>& hints, cv::Size content, cv::Size padded,
                          int radius = 1);

// Each hint as a disc of `radius` pixels around its position in the content area, with an
// anti-aliased edge one pixel wide: the mask is weight * clamp(radius + 0.5 - distance, 0, 1),
// and where discs overlap the heavier wins (a*b* with it). What the sampler keeps during
// denoising (SamplerOptions::known); the network's own hint input is rasterizeHints()'s,
// squares as in training. Same clamping and leaving out as rasterizeHints(); weight in [0, 1].
HintPlanes rasterizeHintDiscs(const std::vector<ColorHint>& hints, cv::Size content, cv::Size padded,
                              double radius, double weight);

// a*b* of candidate k of `ab` ([K, 2, Hp, Wp], a*b* / 110, any device and float dtype),
// cropped to `content`: CV_32FC2 (a*, b*) in CIE units.
cv::Mat abPlanesToMat(const torch::Tensor& ab, int k, cv::Size content);

// [H, W] float tensor (any device) -> CV_32FC1 copy, values unchanged.
cv::Mat tensorToPlane(const torch::Tensor& plane);

// CV_32FC1 (any size, continuous or not) -> [1, 1, H, W] float32 CPU tensor, values unchanged.
torch::Tensor planeToTensor(const cv::Mat& plane);

}  // namespace colorized::imaging
