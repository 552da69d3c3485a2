#pragma once
// The U-Net's configuration, its documented limits and the tensors it implies: the C++ standard
// library and nlohmann_json only (no LibTorch), so that a model file's header can be checked
// before any module is built, and so that the fuzzers (tests/fuzz/) can link it.

#include "colorized/core/networkspec.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace colorized {

enum class UpsampleKind {
    Nearest,     // nearest x2 + conv3x3: no checkerboard, ~3x faster than ConvTranspose2d here
    Transposed,  // the seed's ConvTranspose2d 4x4 stride 2
};

struct UNetConfig {
    int64_t inChannels = 6;
    int64_t outChannels = 2;
    int64_t baseWidth = 32;
    std::vector<int64_t> levelMultipliers = {2, 4, 8};  // encoder widths 64, 128, 256
    int64_t blocksPerLevel = 2;
    int64_t bottleneckBlocks = 2;
    int64_t groups = 8;                 // GroupNorm groups; divides every width
    UpsampleKind upsample = UpsampleKind::Nearest;
    bool bottleneckAttention = false;   // one self-attention block between bottleneck blocks
    // Space-to-depth factor f: the input is pixel-unshuffled to [N, inChannels*f^2, H/f, W/f]
    // and the output pixel-shuffled back, so every level runs at 1/f of the resolution. Most of
    // the seed network's cost is at full resolution; chroma is smooth enough not to need it.
    int64_t stem = 1;

    int64_t sizeMultiple() const { return stem << (levelMultipliers.size() - 1); }
};

// What a U-Net read from a file (or asked for by `train`) may be: far above anything trained
// here (the shipped model: width 32, multipliers 2/4/8, 7.6 M parameters), and small enough that
// building one never takes more than a few hundred MB. checkUNetConfig() enforces them before
// anything is allocated; docs/ARCHITECTURE.md lists them.
struct UNetLimits {
    static constexpr int64_t kMaxChannels = 64;         // in_channels, out_channels: 1..64
    static constexpr int64_t kMaxBaseWidth = 512;       // base_width: 2..512, even
    static constexpr int64_t kMaxLevels = 6;            // level_multipliers: 1..6 entries
    static constexpr int64_t kMaxMultiplier = 16;       // each multiplier: 1..16
    static constexpr int64_t kMaxWidth = 2048;          // base_width * multiplier
    static constexpr int64_t kMaxBlocksPerLevel = 8;    // blocks_per_level: 1..8
    static constexpr int64_t kMaxBottleneckBlocks = 8;  // bottleneck_blocks: 0..8
    static constexpr int64_t kMaxStem = 8;              // stem: 1..8
    static constexpr int64_t kMaxParameters = 100'000'000;  // 400 MB in fp32
};

// The name networkfactory.h builds this class under, for every UNetConfig.
inline constexpr const char* kUNetArchitecture = "unet";

nlohmann::json toJson(const UNetConfig& config);
// Both throw std::runtime_error with a clause naming the field, its value and its limits.
UNetConfig unetConfigFromJson(const nlohmann::json& json);
void checkUNetConfig(const UNetConfig& config);
NetworkSpec unetSpec(const UNetConfig& config);

// Every parameter name and shape UNetImpl registers for `config` (checked against the built
// module in tst_unet), computed without building it. `config` must have passed checkUNetConfig.
TensorShapes unetTensorShapes(const UNetConfig& config);

}  // namespace colorized
