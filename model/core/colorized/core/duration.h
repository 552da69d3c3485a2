#pragma once
// Durations as people read them, for the trainer's ETA on the command line and the estimates
// and ETAs of the fine-tune wizard: "1 h 05 min", "3 min 20 s", "45 s". The unit symbols are
// the same in every language the application ships (fr, es, de), so the text needs no
// translation. Rounded to whole seconds; a negative duration reads as "0 s". No LibTorch.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace colorized {

inline std::string formatDuration(double seconds)
{
    const long total = std::lround(std::max(0.0, seconds));
    char text[48];
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%ld h %02ld min", total / 3600, (total / 60) % 60);
    else if (total >= 60)
        std::snprintf(text, sizeof text, "%ld min %02ld s", total / 60, total % 60);
    else
        std::snprintf(text, sizeof text, "%ld s", total);
    return text;
}

}  // namespace colorized
