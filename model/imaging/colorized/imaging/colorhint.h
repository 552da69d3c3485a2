#pragma once
// A color the archivist knows for one point of the photo (a uniform, a painted door).

#include "colorized/core/colorspace.h"

namespace colorized::imaging {

// The a*b* a hint may have: the model's whole a*b* range (its tensors hold a*b* / kAbScale in
// about [-1, 1]); every sRGB color lies within it.
inline constexpr double kHintAbLimit = kAbScale;

struct ColorHint {
    double x = 0.0;          // position as a fraction of the image width, 0..1
    double y = 0.0;          // fraction of the height, 0..1
    double a = 0.0;          // CIE a*, -kHintAbLimit..kHintAbLimit
    double b = 0.0;          // CIE b*, -kHintAbLimit..kHintAbLimit
};

}  // namespace colorized::imaging
