// libFuzzer: the scan loader for scans read in strips (PNG through libpng, TIFF through
// libtiff: colorized/imaging/scanstream.h). Every input must either give a reader whose header
// is within StreamLimits and whose rows decode, or be refused with a ScanStreamError that is one
// sentence naming the file; any other exception, a sanitizer report or a crash is a finding.
// libpng and libtiff themselves are not instrumented; our code around them is.

#include "colorized/imaging/scanstream.h"
#include "refusal.h"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

// Decoding stops after this many bytes of pixels: a tiny compressed input may claim a
// million-row image (that is allowed: strips keep its memory bounded), and the fuzzer should
// spend its time on headers and damaged data rather than on inflating it.
constexpr std::size_t kDecodeBudget = std::size_t(16) << 20;

const std::string& inputPath()
{
    static const std::string path = "/tmp/colorized-fuzz-scan-" + std::to_string(::getpid());
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace colorized::imaging;
    std::FILE* file = std::fopen(inputPath().c_str(), "wb");
    if (!file || std::fwrite(data, 1, size, file) != size)
        std::abort();
    std::fclose(file);
    try {
        const auto reader = openScanRowReader(inputPath());
        if (!reader)
            return 0;
        const RowFormat& format = reader->format();
        if (format.width <= 0 || format.height <= 0 || format.width > StreamLimits::kMaxSide
            || format.height > StreamLimits::kMaxSide || (format.bitDepth != 8 && format.bitDepth != 16)
            || format.channels < 1 || format.channels > 4)
            std::abort();
        std::vector<std::uint8_t> row(format.rowBytes());
        for (std::size_t decoded = 0; reader->nextRow() < format.height && decoded < kDecodeBudget;
             decoded += row.size())
            reader->readRows(row.data(), row.size(), 1);
    } catch (const ScanStreamError& error) {
        // Messages name the file, not its folder.
        requireOneSentenceNaming(error.what(), inputPath().substr(inputPath().rfind('/') + 1));
    }
    return 0;
}
