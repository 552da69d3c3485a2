#pragma once
// The one place where cv::Mat becomes QImage in this project (docs/ARCHITECTURE.md,
// "Conversions"). Internal to model/jobs: callers on the UI side only ever see QImage.

#include <QColor>
#include <QImage>

#include <opencv2/core/mat.hpp>

namespace colorized::jobs {

// Deep copy. Accepts CV_8U or CV_16U (scaled to 8 bits) with 1 (gray), 3 (BGR) or 4 (BGRA)
// channels; returns Grayscale8, RGB888 or ARGB32 respectively.
QImage toQImage(const cv::Mat& mat);

// Gray or BGR pixels of either depth -> RGB32 (the raster engine's own format, so turning it
// into a QPixmap on the GUI thread is a plain copy), for display.
QImage toDisplayRgb(const cv::Mat& mat);
// The same, scaled down (area averaging) so that the long side is at most maxSide.
QImage toDisplayThumbnail(const cv::Mat& mat, int maxSide);

// CV_32FC1 CIEDE2000 spread of the candidates -> ARGB32 overlay in the colors of
// uncertaintyColor(), fully opaque from `scaleTop` up (uncertaintyscale.h).
QImage uncertaintyOverlay(const cv::Mat& spread, double scaleTop);

// The 99th percentile of a single-channel float image (0 for an empty one).
double percentile99(const cv::Mat& mat);

// sRGB color -> CIE a*, b* (D65), for hints.
void toAb(const QColor& color, double& a, double& b);
// The sRGB color of CIE L*a*b* (D65), out-of-gamut chroma shrunk as in the composition.
QColor colorOfLab(double l, double a, double b);


}  // namespace colorized::jobs
