// libFuzzer: a model file's header as loadModel() and readModelInfo() check it before anything
// is allocated: the safetensors header (length, JSON, every tensor's dtype, shape and byte
// range), the network configuration in its metadata within its limits, and the tensors that
// configuration implies against the file's. Every input must pass or end in a
// std::runtime_error that is one sentence naming the file; anything else (another exception, a
// sanitizer report, a leak, a crash, a slow or huge input) is a finding.

#include "colorized/core/networkspec.h"
#include "colorized/core/safetensorsheader.h"
#include "refusal.h"

#include <cstdint>
#include <sstream>
#include <string>

namespace {

constexpr const char* kPath = "fuzzed.safetensors";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    try {
        const auto header = colorized::readSafetensorsHeader(in, size, kPath);
        const auto spec = colorized::readNetworkSpec(header.metadata, kPath);
        colorized::checkNetworkTensors(spec, header, kPath);
    } catch (const std::runtime_error& error) {
        requireOneSentenceNaming(error.what(), kPath);
    }
    return 0;
}
