#pragma once
// Does a scan already hold real color? A gray scan has no chroma; a toned print (sepia,
// selenium, cyanotype, a yellowed print) has chroma, but its color follows its lightness: one
// hue, stronger or weaker with L*. A color photograph (an autochrome, a color or hand-tinted
// print) has chroma that lightness does not explain: reds and greens at the same L*. The
// measures are measureChroma()'s (dataset.h); this is the verdict the application shows when
// a scan is loaded (the application sees it as jobs::ScanColor). OpenCV; no Qt. Reentrant,
// any thread.

#include <opencv2/core/mat.hpp>

namespace colorized::imaging {

enum class ColorContent { Gray, Toned, Color };

// Gray below kGrayChromaP99 (JPEG ringing of a gray photo stays under it). Color when more
// than kColorShare of the pixels lie farther than kColoredResidual from their lightness band's
// mean a*b*, in at least kColorHueSectors hue sectors (a stain or a colored fringe covers
// less; a strongly toned print, or a mount toned unlike its print, has one hue). Calibrated on
// the 142 scans of archive/: its two color photographs measure 0.14 and 0.26, its most
// strongly toned prints 0.05 and 0.06 in one sector. It errs toward "toned": of the 92 color
// photographs of eval/, 73 are recognised; most others are scenes of one hue (a red door,
// brown rocks).
constexpr double kGrayChromaP99 = 5.0;
constexpr double kColorShare = 0.08;
constexpr int kColorHueSectors = 2;

// `image`: 8/16-bit BGR or gray, any size (measured on a copy of long side 256).
ColorContent colorContentOf(const cv::Mat& image);

}  // namespace colorized::imaging
