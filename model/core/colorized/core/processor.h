#pragma once
// What the processor can do, read once from /proc/cpuinfo, and the one policy built on it:
// bfloat16 autocast only where the processor has native bf16 instructions. Elsewhere (a Zen 3
// EPYC, for one) LibTorch emulates bf16 and a colorization is about 8 times slower than fp32
// and 12 % off (docs/ARCHITECTURE.md, "Platform facts"), so the CLI, the GUI and the jobs all ask here first.
//
// Neither LibTorch nor Qt: the settings dock (which must not see torch) links this alone.
// Thread-safe: currentProcessor() is computed once, on first use, from any thread.

#include <iosfwd>
#include <string>
#include <string_view>

namespace colorized {

struct ProcessorInfo {
    std::string modelName;       // "model name" of the first processor; empty when unknown
    int logicalProcessors = 0;   // "processor" entries: the logical CPUs Linux lists
    // An instruction set counts only when every listed processor has it (hybrid parts).
    bool avx2 = false;
    bool avx512f = false;
    bool avx512Bf16 = false;     // avx512_bf16: Zen 4 and later, Cooper Lake, Sapphire Rapids
    bool amxBf16 = false;        // amx_bf16: Intel AMX tiles, Sapphire Rapids and later

    bool nativeBf16() const { return avx512Bf16 || amxBf16; }
    // The /proc/cpuinfo names of the instruction sets above that are present, space-separated
    // ("avx2 avx512f avx512_bf16"), or "none of avx2, avx512f, avx512_bf16, amx_bf16".
    std::string capabilityFlags() const;
};

// Parses the text of /proc/cpuinfo (x86-64 Linux layout: "key<TAB>: value" lines, a blank line
// between processors). Text without "flags" lines (another architecture, an empty string)
// gives no capabilities, so bf16 is refused there.
ProcessorInfo parseCpuinfo(std::string_view text);

// This machine, read once. $COLORIZED_CPUINFO names a file to read instead of /proc/cpuinfo:
// a saved cpuinfo of another machine makes this one behave (and be tested) as that one would.
const ProcessorInfo& currentProcessor();

// The bf16 policy for a command line's --bf16 (colorize, eval, train): true only when requested
// and native on `processor`. A refused request writes one sentence, ending in a newline, to
// `warnings` saying that fp32 is used and why; nothing is written otherwise.
bool resolveBf16(bool requested, const ProcessorInfo& processor, std::ostream& warnings);
bool resolveBf16(bool requested, std::ostream& warnings);   // for currentProcessor()

}  // namespace colorized
