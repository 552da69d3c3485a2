#pragma once
// CIE L*a*b* for scans: sRGB (IEC 61966-2-1 transfer curve, D65, OpenCV's matrices) <-> Lab in
// float, with L* in [0, 100] and a*, b* in CIE units (about -110..110 inside the sRGB gamut).
//
// Composition keeps the archive's luminance: where a*b* at some L* lies outside the sRGB gamut,
// the chroma is scaled toward the gray axis (hue angle kept) until the color fits, instead of
// clipping RGB, so the output's L* equals the input's to quantization. OpenCV only; every
// function is reentrant and parallelises internally with cv::parallel_for_.

#include <opencv2/core/mat.hpp>

namespace colorized::imaging {

// L* of an 8/16-bit BGR or gray image (any ROI), as CV_32FC1 in [0, 100].
// A gray value g is treated as R = G = B = g, so its L* is that of the neutral sRGB color.
cv::Mat lightness(const cv::Mat& image);

// Full Lab of an 8/16-bit BGR or gray image: CV_32FC3 (L*, a*, b*).
cv::Mat bgrToLab(const cv::Mat& image);

// Composes L* (CV_32FC1, 0..100) with a*b* (CV_32FC2, CIE units, same size) into BGR of the
// given depth (CV_8U or CV_16U), shrinking out-of-gamut chroma. L* outside [0, 100] is clamped.
cv::Mat composeBgr(const cv::Mat& lightness, const cv::Mat& ab, int depth);

// The same into a preallocated CV_8UC3 / CV_16UC3 `out` of the same size (may be an ROI of a
// larger image: used to compose a full-resolution scan strip by strip).
void composeBgrInto(const cv::Mat& lightness, const cv::Mat& ab, cv::Mat& out);

// The largest factor s in [0, 1] such that (L*, s a*, s b*) lies inside the sRGB gamut, to
// within 1/65536 of the chroma. 1 when the color is already inside.
float gamutChromaScale(float lightness, float a, float b);

}  // namespace colorized::imaging
