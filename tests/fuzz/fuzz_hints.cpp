// libFuzzer: the hints file parser. Every input must end in hints within their documented
// ranges or in a HintsFileError that is one sentence naming the file; anything else (another
// exception, a sanitizer report, a hint out of range) is a finding.

#include "colorized/imaging/hintsfile.h"
#include "refusal.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

constexpr const char* kPath = "fuzzed-hints.json";

bool inRange(const colorized::imaging::ColorHint& hint)
{
    using colorized::imaging::kHintAbLimit;
    return hint.x >= 0 && hint.x <= 1 && hint.y >= 0 && hint.y <= 1 && std::fabs(hint.a) <= kHintAbLimit
           && std::fabs(hint.b) <= kHintAbLimit && hint.note.size() <= colorized::imaging::kHintNoteMaxBytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        for (const auto& hint : colorized::imaging::parseHints(text, kPath))
            if (!inRange(hint))
                std::abort();
    } catch (const colorized::imaging::HintsFileError& error) {
        requireOneSentenceNaming(error.what(), kPath);
    }
    return 0;
}
