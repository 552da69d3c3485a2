#include "colorized/core/processor.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <ostream>
#include <sstream>
#include <utility>

namespace colorized {

namespace {

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

// Whole-word match: "avx512f" must not be found inside "avx512fp16"-like names.
bool hasFlag(std::string_view flags, std::string_view name)
{
    size_t start = 0;
    while (start < flags.size()) {
        const auto end = std::min(flags.find(' ', start), flags.size());
        if (flags.substr(start, end - start) == name)
            return true;
        start = end + 1;
    }
    return false;
}

}  // namespace

std::string ProcessorInfo::capabilityFlags() const
{
    std::string present;
    const std::pair<bool, const char*> sets[] = {
        {avx2, "avx2"}, {avx512f, "avx512f"}, {avx512Bf16, "avx512_bf16"}, {amxBf16, "amx_bf16"}};
    for (const auto& [has, name] : sets)
        if (has)
            present += (present.empty() ? "" : " ") + std::string(name);
    return present.empty() ? "none of avx2, avx512f, avx512_bf16, amx_bf16" : present;
}

ProcessorInfo parseCpuinfo(std::string_view text)
{
    ProcessorInfo info;
    bool sawFlags = false;
    bool avx2 = true, avx512f = true, avx512Bf16 = true, amxBf16 = true;
    size_t start = 0;
    while (start < text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        const auto colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        // "flags" only: Intel kernels also print "vmx flags", whose names are not instruction sets.
        const std::string_view key = trimmed(line.substr(0, colon));
        const std::string_view value = trimmed(line.substr(colon + 1));
        if (key == "processor") {
            ++info.logicalProcessors;
        } else if (key == "model name" && info.modelName.empty()) {
            info.modelName = std::string(value);
        } else if (key == "flags") {
            sawFlags = true;
            avx2 = avx2 && hasFlag(value, "avx2");
            avx512f = avx512f && hasFlag(value, "avx512f");
            avx512Bf16 = avx512Bf16 && hasFlag(value, "avx512_bf16");
            amxBf16 = amxBf16 && hasFlag(value, "amx_bf16");
        }
    }
    if (sawFlags) {
        info.avx2 = avx2;
        info.avx512f = avx512f;
        info.avx512Bf16 = avx512Bf16;
        info.amxBf16 = amxBf16;
    }
    return info;
}

const ProcessorInfo& currentProcessor()
{
    static const ProcessorInfo processor = [] {
        const char* override = std::getenv("COLORIZED_CPUINFO");
        std::ifstream in(override && *override ? override : "/proc/cpuinfo");
        std::ostringstream text;
        text << in.rdbuf();
        return parseCpuinfo(text.str());
    }();
    return processor;
}

bool resolveBf16(bool requested, const ProcessorInfo& processor, std::ostream& warnings)
{
    if (!requested || processor.nativeBf16())
        return requested;
    warnings << "--bf16 is ignored and this runs in fp32, because this processor ("
             << (processor.modelName.empty() ? "unknown model" : processor.modelName)
             << ") has no native bfloat16 (avx512_bf16 or amx_bf16) and emulated bf16 is several times slower "
                "than fp32.\n";
    return false;
}

bool resolveBf16(bool requested, std::ostream& warnings)
{
    return resolveBf16(requested, currentProcessor(), warnings);
}

}  // namespace colorized
