#pragma once
// The hints file `colorize --hints` reads: [{"x": 0.5, "y": 0.3, "a": 20, "b": -30}, ...], x
// and y as fractions of the width and height, a and b in CIE Lab, and optionally "note": the
// evidence for the color (a string of at most kHintNoteMaxBytes, no control characters but
// tab and line breaks). The C++ standard library,
// POSIX and nlohmann_json only (no OpenCV, no LibTorch), so that tests/fuzz/ can fuzz it.

#include "colorized/imaging/colorhint.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace colorized::imaging {

// A file that breaks a limit is refused before it is read or parsed.
struct HintsFileLimits {
    static constexpr uint64_t kMaxBytes = 1024 * 1024;  // ~20,000 hints' worth of JSON
    static constexpr size_t kMaxHints = 1000;           // a photo with more is a mistake
};

class HintsFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads and checks the file at `path`: a regular file (a FIFO or a device is refused, and the
// file is opened non-blocking, so neither can hang the caller) of at most kMaxBytes. Throws
// HintsFileError: one sentence naming `path` and what is wrong.
std::vector<ColorHint> readHintsFile(const std::string& path);

// The checks on the text alone: a JSON list of at most kMaxHints objects, each with finite
// numbers x, y in [0, 1] and a, b within +-kHintAbLimit, and an optional note as above. `path` names the file in messages.
std::vector<ColorHint> parseHints(const std::string& text, const std::string& path);

}  // namespace colorized::imaging
