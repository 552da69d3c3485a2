#pragma once
// A color the archivist knows for one point of the photo (a uniform, a painted door).

#include "colorized/core/colorspace.h"

#include <cstddef>
#include <string>

namespace colorized::imaging {

// The a*b* a hint may have: the model's whole a*b* range (its tensors hold a*b* / kAbScale in
// about [-1, 1]); every sRGB color lies within it.
inline constexpr double kHintAbLimit = kAbScale;

// The longest evidence note a hint may carry, in UTF-8 bytes: a catalogue reference or a
// sentence on where the color is documented, not a document.
inline constexpr std::size_t kHintNoteMaxBytes = 500;

struct ColorHint {
    double x = 0.0;          // position as a fraction of the image width, 0..1
    double y = 0.0;          // fraction of the height, 0..1
    double a = 0.0;          // CIE a*, -kHintAbLimit..kHintAbLimit
    double b = 0.0;          // CIE b*, -kHintAbLimit..kHintAbLimit
    std::string note;        // the evidence for the color (UTF-8, at most kHintNoteMaxBytes); may be empty
};

}  // namespace colorized::imaging
