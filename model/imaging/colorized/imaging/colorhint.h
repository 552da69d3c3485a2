#pragma once
// A color the archivist knows for one point of the photo (a uniform, a painted door).

namespace colorized::imaging {

struct ColorHint {
    double x = 0.0;          // position as a fraction of the image width, 0..1
    double y = 0.0;          // fraction of the height, 0..1
    double a = 0.0;          // CIE a*
    double b = 0.0;          // CIE b*
};

}  // namespace colorized::imaging
