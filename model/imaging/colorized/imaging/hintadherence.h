#pragma once
// How well a colorization follows color hints: hints drawn from a color photograph's own
// a*b* (what an archivist who knew the colors would give), and what the result made of them.
// OpenCV only, no shared state; not for the GUI thread (a few ms per hint at 512 px).
//
// Images are 8/16-bit BGR of equal size, as in metrics.h. Distances are CIEDE2000 between the
// pixel and the hint's a*b* at that pixel's own L* (a hint gives chroma only: L* is the scan's).

#include "colorized/imaging/colorhint.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <vector>

namespace colorized::imaging {

// Distances that decide what belongs to a hint's object and what is clearly something else.
inline constexpr double kSameColorDe = 10.0;     // within this of the hint: the hint's color
inline constexpr double kOtherColorDe = 20.0;    // beyond this in the truth: another color

// Up to `count` hints at random positions (drawn from `seed`) inside flat colored regions of
// `truth`: where the a*b* standard deviation over a window of radius `flatRadius` pixels is
// below 3 and the chroma at least 10, at least a tenth of the long side from each other and
// `flatRadius` from the border. Each hint's a*b* is the window's mean. Fewer when the photo
// has fewer flat colored places.
std::vector<ColorHint> sampleFlatHints(const cv::Mat& truth, int count, uint64_t seed, int flatRadius);

// Per hint, then averaged over hints.
struct HintAdherence {
    double discDe = 0.0;    // mean CIEDE2000 of the result to the hint within `discRadius`
    double coverage = 0.0;  // share of the hint's object (the truth's connected region within
                            // kSameColorDe of the hint, inside the neighbourhood) that the
                            // result colors within kSameColorDe of the hint, 0..1
    double leak = 0.0;      // share of the neighbourhood's other colors (truth beyond
                            // kOtherColorDe from the hint) that the result colors within
                            // kSameColorDe of the hint, 0..1
    int hints = 0;
};

// The neighbourhood of a hint is the square of half-side `reach` pixels around it.
HintAdherence measureHintAdherence(const cv::Mat& result, const cv::Mat& truth,
                                   const std::vector<ColorHint>& hints, int discRadius, int reach);

// Means over a set of images, each image's mean weighted by its number of hints.
class HintAdherenceAccumulator {
public:
    void add(const HintAdherence& adherence);
    HintAdherence mean() const;

private:
    HintAdherence sum_;
};

}  // namespace colorized::imaging
