#pragma once
// Image-quality metrics of a colorization against its ground truth. OpenCV; no Qt.
//
// Images are BGR (CV_8UC3 or CV_16UC3; CV_8UC1 / CV_16UC1 are read as neutral gray) and a pair
// must have the same size and depth. CIE Lab (sRGB, D65) comes from lab.h's exact float
// conversion, so 8-bit and 16-bit images are measured on the same scale.
//
// Threading: free functions without shared state; call them from any thread (not the GUI
// thread: computeMetrics takes ~50 ms for a 512 px pair here, and tens of seconds and ~1 GB
// for a 6000x4000 16-bit pair). Invalid input (empty, unsupported type, size or depth
// mismatch) throws std::invalid_argument.

#include <opencv2/core/mat.hpp>

#include <cstddef>

namespace colorized::imaging {

// The global cast of an image: mean a* and mean b* over its pixels, CIE units. A photograph
// whose mean b* is below zero reads as bluish as a whole; above zero, as warm.
struct ColorCast {
    double meanA = 0.0;
    double meanB = 0.0;
    bool bluish() const { return meanB < 0.0; }
};
ColorCast colorCast(const cv::Mat& image);

struct ImageMetrics {
    double psnr = 0.0;                   // dB over B, G, R; peak 255 or 65535; +inf if identical
    double ssim = 0.0;                   // mean over B, G, R of Gaussian SSIM; 1 if identical
    double ciede2000 = 0.0;              // mean CIEDE2000 over pixels; 0 if identical
    double abAuc = 0.0;                  // ab-accuracy AuC (Zhang et al. 2016), 0..1
    double colorfulness = 0.0;           // Hasler-Suesstrunk M of the result, 8-bit scale
    double referenceColorfulness = 0.0;  // the same for the ground truth
    ColorCast cast;                      // of the result
    ColorCast referenceCast;             // of the ground truth
};

// All metrics of one result against its ground truth (Lab computed once for both).
ImageMetrics computeMetrics(const cv::Mat& result, const cv::Mat& groundTruth);

// Peak signal-to-noise ratio over all pixels and the three channels: 10 log10(peak^2 / MSE),
// peak 255 for 8-bit and 65535 for 16-bit input. +infinity for identical images.
double psnr(const cv::Mat& result, const cv::Mat& groundTruth);

// Structural similarity (Wang et al. 2004): 11x11 Gaussian window, sigma 1.5, K1 = 0.01,
// K2 = 0.03, dynamic range 255 or 65535; no downsampling; the mean of the SSIM map over the
// positions where the whole window lies inside the image ("valid"; the whole image, with
// reflected borders, when a side is under 11 px). Computed per channel and averaged over B, G, R:
// a colorizer keeps the input's L*, so SSIM on luminance alone would be ~1 for any colors.
double ssim(const cv::Mat& result, const cv::Mat& groundTruth);

// Mean CIEDE2000 difference (Sharma, Wu, Dalal 2005; kL = kC = kH = 1) over all pixels.
double meanCiede2000(const cv::Mat& result, const cv::Mat& groundTruth);

// Per-pixel CIEDE2000, CV_32FC1 of the images' size (for a difference view).
cv::Mat ciede2000Map(const cv::Mat& result, const cv::Mat& groundTruth);

// ab-accuracy AuC (Zhang, Isola, Efros 2016): the fraction of pixels whose Euclidean a*b*
// error is <= t, for t = 0, 1, ..., 150; the area under that curve (trapezoidal rule) divided
// by 150, so identical images give 1 and errors beyond 150 everywhere give 0.
double abAccuracyAuc(const cv::Mat& result, const cv::Mat& groundTruth);

// Hasler & Suesstrunk (2003) colorfulness on the 8-bit RGB scale (16-bit input is divided by
// 257): rg = R - G, yb = (R + G) / 2 - B, M = sqrt(sd(rg)^2 + sd(yb)^2)
// + 0.3 sqrt(mean(rg)^2 + mean(yb)^2), population standard deviations. 0 for a neutral image.
double colorfulness(const cv::Mat& image);

// --- Lab-level building blocks (CV_32FC3 Lab: L* 0..100, a*, b* unscaled, as bgrToLab() gives)

// CIEDE2000 of one pair of Lab colors.
double ciede2000(double l1, double a1, double b1, double l2, double a2, double b2);

// As above, on two CV_32FC3 Lab images of equal size.
cv::Mat ciede2000MapLab(const cv::Mat& labA, const cv::Mat& labB);
double abAccuracyAucLab(const cv::Mat& labA, const cv::Mat& labB);

// The "gray baseline" of the evaluation: the image's own L* with a* = b* = 0, in the input's
// depth, BGR. What a colorizer that adds no color at all would score.
cv::Mat grayBaseline(const cv::Mat& image);

// The casts of a set of images: the means of their mean a* and b*, and the share of them that
// read bluish. Not thread-safe: one thread adds.
struct CastSummary {
    double meanA = 0.0;
    double meanB = 0.0;
    double bluishShare = 0.0;  // 0..1
};

class CastAccumulator {
public:
    void add(const ColorCast& cast);
    std::size_t count() const { return count_; }
    CastSummary summary() const;  // all zero when empty

private:
    double sumA_ = 0.0;
    double sumB_ = 0.0;
    std::size_t bluish_ = 0;
    std::size_t count_ = 0;
};

// Means over a set of images (e.g. an evaluation folder). Not thread-safe: one thread adds.
class MetricsAccumulator {
public:
    void add(const ImageMetrics& metrics);
    std::size_t count() const { return count_; }
    // Arithmetic means of the per-image values; all zero when empty. The PSNR mean is +inf as
    // soon as one image was reproduced exactly (the mean of per-image PSNR, as usually reported).
    // The casts are the mean casts; cast() and referenceCast() add the bluish shares.
    ImageMetrics mean() const;
    // Mean colorfulness of the results over that of the ground truths (0 when the latter is 0).
    double colorfulnessRatio() const;
    CastSummary cast() const { return cast_.summary(); }                    // of the results
    CastSummary referenceCast() const { return referenceCast_.summary(); }  // of the ground truths

private:
    ImageMetrics sum_;
    std::size_t count_ = 0;
    CastAccumulator cast_;
    CastAccumulator referenceCast_;
};

}  // namespace colorized::imaging
