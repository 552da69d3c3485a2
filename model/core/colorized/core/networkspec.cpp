#include "colorized/core/networkspec.h"

#include "colorized/core/unetconfig.h"

#include <algorithm>
#include <stdexcept>

namespace colorized {

namespace {

constexpr const char* kArchitectureKey = "colorized.architecture";

struct Architecture {
    const char* name;
    // Throw std::runtime_error with a clause ("base_width is 7, not an even number") when the
    // configuration is not one this architecture can build within its limits.
    nlohmann::json (*canonicalConfig)(const nlohmann::json& config);
    TensorShapes (*tensorShapes)(const nlohmann::json& canonicalConfig);
};

// Both the seed U-Net (stem 1, no attention) and the stem-2 U-Net with bottleneck attention
// are "unet": they differ only in configuration, and files of both exist. A name is also the
// suffix of its configuration's metadata key (modelfile.h), so it must not be one of the other
// keys' ("name", "schedule", "format", ...). networkfactory.cpp builds each of them.
const Architecture kArchitectures[] = {
    {kUNetArchitecture,
     [](const nlohmann::json& config) { return toJson(unetConfigFromJson(config)); },
     [](const nlohmann::json& config) { return unetTensorShapes(unetConfigFromJson(config)); }},
};

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

const Architecture* lookup(const std::string& name)
{
    const auto found = std::find_if(std::begin(kArchitectures), std::end(kArchitectures),
                                    [&](const Architecture& a) { return name == a.name; });
    return found == std::end(kArchitectures) ? nullptr : found;
}

const Architecture& find(const std::string& name)
{
    const Architecture* found = lookup(name);
    if (!found)
        throw std::runtime_error("The network architecture \"" + printableName(name) + "\" is unknown to this version of COLORIZED (it knows "
                                 + joined(architectureNames()) + ").");
    return *found;
}

std::string shapeText(const std::vector<int64_t>& shape)
{
    std::string text;
    for (const int64_t size : shape)
        text += (text.empty() ? "" : ", ") + std::to_string(size);
    return "[" + text + "]";
}

bool isFloatingPoint(const std::string& dtype)
{
    return dtype == "F32" || dtype == "F16" || dtype == "BF16" || dtype == "F64";
}

[[noreturn]] void damaged(const std::string& path, const std::string& what)
{
    throw std::runtime_error("This model file is damaged: " + path + " " + what + ".");
}

std::string configKey(const std::string& architecture)
{
    return "colorized." + architecture;
}

}  // namespace

std::vector<std::string> architectureNames()
{
    std::vector<std::string> names;
    for (const auto& architecture : kArchitectures)
        names.emplace_back(architecture.name);
    return names;
}

bool isKnownArchitecture(const std::string& name)
{
    return lookup(name) != nullptr;
}

NetworkSpec canonicalSpec(const NetworkSpec& spec)
{
    const Architecture& architecture = find(spec.architecture);
    try {
        return {spec.architecture, architecture.canonicalConfig(spec.config)};
    } catch (const std::runtime_error& error) {
        throw std::runtime_error("The " + spec.architecture + " configuration is invalid: " + error.what() + ".");
    }
}

TensorShapes networkTensorShapes(const NetworkSpec& spec)
{
    return find(spec.architecture).tensorShapes(spec.config);
}

int64_t elementCount(const TensorShapes& shapes)
{
    int64_t count = 0;
    for (const auto& [name, shape] : shapes) {
        int64_t elements = 1;
        for (const int64_t size : shape)
            elements *= size;
        count += elements;
    }
    return count;
}

NetworkSpec defaultNetworkSpec()
{
    return unetSpec(UNetConfig{});
}

void writeNetworkSpec(std::map<std::string, std::string>& metadata, const NetworkSpec& spec)
{
    metadata[kArchitectureKey] = spec.architecture;
    metadata[configKey(spec.architecture)] = spec.config.dump();
}

NetworkSpec readNetworkSpec(const std::map<std::string, std::string>& metadata, const std::string& path)
{
    const auto stored = metadata.find(kArchitectureKey);
    const std::string architecture = stored == metadata.end() ? kLegacyArchitecture : stored->second;
    const Architecture* known = lookup(architecture);
    if (!known)
        throw std::runtime_error(path + " needs the network architecture \"" + architecture
                                 + "\", which this version of COLORIZED does not have.");
    const auto config = metadata.find(configKey(architecture));
    if (config == metadata.end())
        throw std::runtime_error(path + " is not a COLORIZED model: its metadata lacks " + configKey(architecture) + ".");
    try {
        return {architecture, known->canonicalConfig(nlohmann::json::parse(config->second))};
    } catch (const nlohmann::json::exception&) {
        throw std::runtime_error("This model file is damaged: the " + architecture + " configuration in " + path
                                 + " is not valid JSON.");
    } catch (const std::runtime_error& error) {
        throw std::runtime_error("The model file " + path + " cannot be used: its " + architecture
                                 + " configuration is damaged or from a newer version of COLORIZED (" + error.what()
                                 + ").");
    }
}

void checkNetworkTensors(const NetworkSpec& spec, const SafetensorsHeader& header, const std::string& path)
{
    const TensorShapes expected = networkTensorShapes(spec);
    for (const auto& [name, shape] : expected) {
        const auto found = header.tensors.find(name);
        if (found == header.tensors.end())
            damaged(path, "lacks the tensor " + name + " that its " + spec.architecture + " configuration needs");
        if (found->second.shape != shape)
            damaged(path, "holds the tensor " + name + " of shape " + shapeText(found->second.shape)
                              + " where its configuration needs " + shapeText(shape));
        if (!isFloatingPoint(found->second.dtype))
            damaged(path, "holds the weights " + name + " as " + found->second.dtype + " numbers, not floating point");
    }
    for (const auto& [name, entry] : header.tensors)
        if (expected.count(name) == 0)
            damaged(path, "holds the tensor " + printableName(name) + ", which its " + spec.architecture + " configuration does not use");
}

}  // namespace colorized
