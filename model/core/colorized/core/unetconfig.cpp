#include "colorized/core/unetconfig.h"

#include "colorized/core/nametable.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace colorized {

namespace {

std::string outsideRange(const std::string& field, const std::string& value, int64_t min, int64_t max)
{
    return field + " is " + value + ", outside " + std::to_string(min) + " to " + std::to_string(max);
}

// A JSON number that is a whole number within [min, max]. Checked before any conversion:
// nlohmann's get<int64_t>() of 1e39 is a float-to-integer overflow (undefined behaviour).
int64_t wholeNumber(const nlohmann::json& value, const std::string& field, int64_t min, int64_t max)
{
    if (value.is_number_unsigned()) {
        const uint64_t number = value.get<uint64_t>();
        if (number > uint64_t(max) || (min > 0 && number < uint64_t(min)))
            throw std::runtime_error(outsideRange(field, value.dump(), min, max));
        return static_cast<int64_t>(number);
    }
    if (value.is_number_integer()) {
        const int64_t number = value.get<int64_t>();
        if (number < min || number > max)
            throw std::runtime_error(outsideRange(field, value.dump(), min, max));
        return number;
    }
    if (value.is_number_float()) {
        const double number = value.get<double>();
        if (!std::isfinite(number) || number != std::floor(number))
            throw std::runtime_error(field + " is " + value.dump() + ", not a whole number");
        if (number < double(min) || number > double(max))
            throw std::runtime_error(outsideRange(field, value.dump(), min, max));
        return static_cast<int64_t>(number);
    }
    throw std::runtime_error(field + " is " + value.dump() + ", not a number");
}

const nlohmann::json& member(const nlohmann::json& json, const char* field)
{
    const auto found = json.find(field);
    if (found == json.end())
        throw std::runtime_error(std::string(field) + " is missing");
    return *found;
}

void checkRange(const std::string& field, int64_t value, int64_t min, int64_t max)
{
    if (value < min || value > max)
        throw std::runtime_error(outsideRange(field, std::to_string(value), min, max));
}

std::vector<int64_t> levelMultipliersFrom(const nlohmann::json& json)
{
    if (!json.is_array() || json.empty() || json.size() > size_t(UNetLimits::kMaxLevels))
        throw std::runtime_error("level_multipliers must be a list of 1 to " + std::to_string(UNetLimits::kMaxLevels)
                                 + " numbers");
    std::vector<int64_t> multipliers;
    for (const auto& value : json)
        multipliers.push_back(wholeNumber(value, "a level multiplier", 1, UNetLimits::kMaxMultiplier));
    return multipliers;
}

struct UpsampleKindName {
    UpsampleKind value;
    const char* name;  // stable: model files store it
};
constexpr UpsampleKindName kUpsampleKinds[] = {{UpsampleKind::Nearest, "nearest"},
                                               {UpsampleKind::Transposed, "transposed"}};

UpsampleKind upsampleFrom(const nlohmann::json& json)
{
    if (json.is_string())
        if (const auto* kind = findNamed(kUpsampleKinds, json.get<std::string>()))
            return kind->value;
    throw std::runtime_error("upsample is " + json.dump() + ", not " + namesInProse(kUpsampleKinds));
}

// Shapes of the modules UNetImpl registers (unet.cpp): keep the two in step (tst_unet checks).
class ShapeList {
public:
    void conv(const std::string& name, int64_t in, int64_t out, int64_t kernel)
    {
        shapes_[name + ".weight"] = {out, in, kernel, kernel};
        shapes_[name + ".bias"] = {out};
    }
    // ConvTranspose2d stores its weight as [in, out, k, k].
    void transposedConv(const std::string& name, int64_t in, int64_t out, int64_t kernel)
    {
        shapes_[name + ".weight"] = {in, out, kernel, kernel};
        shapes_[name + ".bias"] = {out};
    }
    void linear(const std::string& name, int64_t in, int64_t out)
    {
        shapes_[name + ".weight"] = {out, in};
        shapes_[name + ".bias"] = {out};
    }
    void groupNorm(const std::string& name, int64_t channels)
    {
        shapes_[name + ".weight"] = {channels};
        shapes_[name + ".bias"] = {channels};
    }
    void resBlock(const std::string& name, int64_t in, int64_t out, int64_t timeDim)
    {
        conv(name + ".first.conv", in, out, 3);
        groupNorm(name + ".first.norm", out);
        conv(name + ".second.conv", out, out, 3);
        groupNorm(name + ".second.norm", out);
        linear(name + ".time", timeDim, out);
        if (in != out)
            conv(name + ".skip", in, out, 1);
    }
    TensorShapes take() { return std::move(shapes_); }

private:
    TensorShapes shapes_;
};

}  // namespace

nlohmann::json toJson(const UNetConfig& config)
{
    return {
        {"in_channels", config.inChannels},
        {"out_channels", config.outChannels},
        {"base_width", config.baseWidth},
        {"level_multipliers", config.levelMultipliers},
        {"blocks_per_level", config.blocksPerLevel},
        {"bottleneck_blocks", config.bottleneckBlocks},
        {"groups", config.groups},
        {"upsample", entryFor(kUpsampleKinds, config.upsample).name},
        {"bottleneck_attention", config.bottleneckAttention},
        {"stem", config.stem},
    };
}

UNetConfig unetConfigFromJson(const nlohmann::json& json)
{
    using L = UNetLimits;
    if (!json.is_object())
        throw std::runtime_error("the configuration is not a JSON object");
    UNetConfig config;
    config.inChannels = wholeNumber(member(json, "in_channels"), "in_channels", 1, L::kMaxChannels);
    config.outChannels = wholeNumber(member(json, "out_channels"), "out_channels", 1, L::kMaxChannels);
    config.baseWidth = wholeNumber(member(json, "base_width"), "base_width", 2, L::kMaxBaseWidth);
    config.levelMultipliers = levelMultipliersFrom(member(json, "level_multipliers"));
    config.blocksPerLevel = wholeNumber(member(json, "blocks_per_level"), "blocks_per_level", 1, L::kMaxBlocksPerLevel);
    config.bottleneckBlocks =
        wholeNumber(member(json, "bottleneck_blocks"), "bottleneck_blocks", 0, L::kMaxBottleneckBlocks);
    config.groups = wholeNumber(member(json, "groups"), "groups", 1, L::kMaxBaseWidth);
    config.upsample = upsampleFrom(member(json, "upsample"));
    // Files from before these fields existed: no attention, full resolution.
    const auto attention = json.find("bottleneck_attention");
    if (attention != json.end() && !attention->is_boolean())
        throw std::runtime_error("bottleneck_attention is " + attention->dump() + ", neither true nor false");
    config.bottleneckAttention = attention != json.end() && attention->get<bool>();
    const auto stem = json.find("stem");
    config.stem = stem == json.end() ? 1 : wholeNumber(*stem, "stem", 1, L::kMaxStem);
    checkUNetConfig(config);
    return config;
}

void checkUNetConfig(const UNetConfig& config)
{
    using L = UNetLimits;
    checkRange("in_channels", config.inChannels, 1, L::kMaxChannels);
    checkRange("out_channels", config.outChannels, 1, L::kMaxChannels);
    checkRange("base_width", config.baseWidth, 2, L::kMaxBaseWidth);
    if (config.baseWidth % 2 != 0)
        throw std::runtime_error("base_width is " + std::to_string(config.baseWidth) + ", not an even number");
    if (config.levelMultipliers.empty() || config.levelMultipliers.size() > size_t(L::kMaxLevels))
        throw std::runtime_error("level_multipliers must be a list of 1 to " + std::to_string(L::kMaxLevels) + " numbers");
    checkRange("blocks_per_level", config.blocksPerLevel, 1, L::kMaxBlocksPerLevel);
    checkRange("bottleneck_blocks", config.bottleneckBlocks, 0, L::kMaxBottleneckBlocks);
    checkRange("stem", config.stem, 1, L::kMaxStem);
    checkRange("groups", config.groups, 1, config.baseWidth);
    if (config.baseWidth % config.groups != 0)
        throw std::runtime_error("groups is " + std::to_string(config.groups) + ", which does not divide base_width "
                                 + std::to_string(config.baseWidth));
    for (const int64_t multiplier : config.levelMultipliers) {
        checkRange("a level multiplier", multiplier, 1, L::kMaxMultiplier);
        checkRange("base_width times a level multiplier", config.baseWidth * multiplier, 1, L::kMaxWidth);
    }
    // Every level's width is base_width * multiplier, so groups divides it too; the count is
    // bounded by the limits above (at most ~1,000 tensors), so computing it is cheap.
    const int64_t parameters = elementCount(unetTensorShapes(config));
    if (parameters > L::kMaxParameters)
        throw std::runtime_error("it has " + std::to_string(parameters) + " parameters, more than the "
                                 + std::to_string(L::kMaxParameters) + " this version supports");
}

NetworkSpec unetSpec(const UNetConfig& config)
{
    return {kUNetArchitecture, toJson(config)};
}

TensorShapes unetTensorShapes(const UNetConfig& config)
{
    const int64_t w = config.baseWidth;
    const int64_t timeDim = 4 * w;
    const int64_t stemArea = config.stem * config.stem;
    const auto& mult = config.levelMultipliers;
    const size_t levels = mult.size();
    ShapeList shapes;
    shapes.linear("time_hidden", w, timeDim);
    shapes.linear("time_out", timeDim, timeDim);
    shapes.conv("input", config.inChannels * stemArea, w, 3);

    std::vector<int64_t> skipWidths;
    int64_t width = w;
    for (size_t level = 0; level < levels; ++level) {
        const int64_t out = w * mult[level];
        for (int64_t b = 0; b < config.blocksPerLevel; ++b) {
            shapes.resBlock("encoder" + std::to_string(level) + "." + std::to_string(b), width, out, timeDim);
            width = out;
        }
        skipWidths.push_back(width);
        if (level + 1 < levels)
            shapes.conv("down" + std::to_string(level), width, width, 4);
    }
    for (int64_t b = 0; b < config.bottleneckBlocks; ++b)
        shapes.resBlock("bottleneck." + std::to_string(b), width, width, timeDim);
    if (config.bottleneckAttention) {
        shapes.groupNorm("attention.norm", width);
        shapes.conv("attention.qkv", width, 3 * width, 1);
        shapes.conv("attention.projection", width, width, 1);
    }
    for (size_t i = 0; i < levels; ++i) {
        const size_t level = levels - 1 - i;
        const int64_t out = level == 0 ? w : w * mult[level - 1];
        int64_t in = width + skipWidths[level];
        const int64_t count = config.blocksPerLevel + (level == 0 ? 1 : 0);
        for (int64_t b = 0; b < count; ++b) {
            shapes.resBlock("decoder" + std::to_string(level) + "." + std::to_string(b), in, out, timeDim);
            in = out;
        }
        width = out;
        if (level > 0) {
            const std::string name = "up" + std::to_string(level);
            if (config.upsample == UpsampleKind::Transposed)
                shapes.transposedConv(name + ".transposed", width, width, 4);
            else
                shapes.conv(name + ".conv", width, width, 3);
        }
    }
    shapes.conv("output", width, config.outChannels * stemArea, 1);
    return shapes.take();
}

}  // namespace colorized
