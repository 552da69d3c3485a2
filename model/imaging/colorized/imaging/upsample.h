#pragma once
// Chroma from working resolution to full resolution, guided by the scan's own L*.
//
// Fast guided filter (He & Sun 2015, "Fast Guided Filter"; He et al. 2013): at working
// resolution, every (2r+1)^2 window fits a*b* ~= A * L + B by ridge regression (epsilon); the
// averaged coefficients A, B are upsampled bilinearly and applied to the full-resolution L*.
// Chroma edges therefore land on the original's luminance edges, at a full-resolution cost of
// two multiply-adds per pixel and channel, and nothing full-size is allocated beyond the
// output: the full-resolution work runs in horizontal strips. OpenCV only; reentrant.

#include <opencv2/core/mat.hpp>

namespace colorized::imaging {

struct GuidedUpsampleOptions {
    int radius = 2;           // window radius at working resolution, in working pixels
    double epsilon = 1e-3;    // ridge term in (L*/100)^2: larger = smoother chroma that follows
                              // only strong luminance edges (1e-3 ~ a L* contrast of 3)
};

// Fitted coefficients for one working-resolution a*b* field; applies them to any band of rows.
class GuidedChromaUpsampler {
public:
    // workingLightness: CV_32FC1 L* (0..100), the scan's L* resized to the working resolution;
    // workingAb: CV_32FC2 a*b* (CIE) of the same size; fullSize: the scan's size.
    GuidedChromaUpsampler(const cv::Mat& workingLightness, const cv::Mat& workingAb,
                          cv::Size fullSize, const GuidedUpsampleOptions& options = {});

    // a*b* for full-resolution rows [firstRow, firstRow + lightnessRows.rows), given their L*
    // (CV_32FC1, full width). abRows becomes CV_32FC2 of the same size. Const and thread-safe.
    void upsampleRows(int firstRow, const cv::Mat& lightnessRows, cv::Mat& abRows) const;

    cv::Size fullSize() const { return fullSize_; }

private:
    cv::Size fullSize_;
    int workingRows_ = 0;
    cv::Mat columns_;   // CV_32FC4 (A_a, B_a, A_b, B_b), working rows x full width: the
                        // coefficients already interpolated horizontally
};

// Whole-image convenience: CV_32FC2 a*b* at fullLightness's size.
cv::Mat upsampleAb(const cv::Mat& workingLightness, const cv::Mat& workingAb,
                   const cv::Mat& fullLightness, const GuidedUpsampleOptions& options = {});

// The last stage of the pipeline, strip by strip: L* of the scan (8/16-bit gray or BGR),
// guided a*b*, composition with gamut shrink (lab.h). Returns BGR of the given depth
// (CV_8U / CV_16U) at the scan's size; peak memory is the output plus a few strips.
cv::Mat composeFullResolution(const cv::Mat& scanPixels, const cv::Mat& workingLightness,
                              const cv::Mat& workingAb, int depth,
                              const GuidedUpsampleOptions& options = {});

}  // namespace colorized::imaging
