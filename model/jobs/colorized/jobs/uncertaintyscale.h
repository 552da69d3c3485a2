#pragma once
// The scale of the uncertainty overlay: how far the other candidates' colors lie from the one
// shown, in CIEDE2000 (about 2 is the smallest difference most people see; 10 is plainly
// another color). The worker paints the overlay with it and the viewer draws its legend with
// it, so both always agree. Qt Gui only; any thread.

#include <QColor>

#include <algorithm>
#include <cmath>

namespace colorized::jobs {

// Differences under this share of the scale are left clear (the candidates agree).
constexpr double kUncertaintyClear = 0.08;

// The overlay's color at `fraction` (0..1) of its scale: clear, then yellow through orange to
// magenta, more opaque as the candidates disagree more. Premultiplied alpha is not applied.
inline QRgb uncertaintyColor(double fraction)
{
    const double f = std::clamp(fraction, 0.0, 1.0);
    if (f < kUncertaintyClear)
        return qRgba(0, 0, 0, 0);
    const double t = (f - kUncertaintyClear) / (1.0 - kUncertaintyClear);
    const int red = 255;
    const int green = int(std::lround(220 * (1.0 - t)));
    const int blue = int(std::lround(200 * std::max(0.0, t - 0.5) * 2));
    const int alpha = int(std::lround(70 + 150 * t));
    return qRgba(red, green, blue, alpha);
}

// The top of the scale for a photo whose differences reach `high` (their 99th percentile):
// rounded up to a multiple of 5, at least 10, so that a photo on which the candidates nearly
// agree is not painted as if they disagreed, and the legend reads in round numbers.
inline double uncertaintyScaleTop(double high)
{
    return std::max(10.0, std::ceil(std::max(0.0, high) / 5.0) * 5.0);
}

}  // namespace colorized::jobs
