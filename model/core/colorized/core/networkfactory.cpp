#include "colorized/core/networkfactory.h"

#include "colorized/core/unet.h"

#include <algorithm>
#include <stdexcept>

namespace colorized {

namespace {

struct Architecture {
    const char* name;
    // Throws std::runtime_error when the configuration is not one this architecture can build.
    nlohmann::json (*canonicalConfig)(const nlohmann::json& config);
    ColorNetwork (*create)(const nlohmann::json& config);
};

// Both the seed U-Net (stem 1, no attention) and the stem-2 U-Net with bottleneck attention
// are "unet": they differ only in configuration, and files of both exist. A name is also the
// suffix of its configuration's metadata key (modelfile.h), so it must not be one of the other
// keys' ("name", "schedule", "format", ...).
const Architecture kArchitectures[] = {
    {kUNetArchitecture,
     [](const nlohmann::json& config) { return toJson(unetConfigFromJson(config)); },
     [](const nlohmann::json& config) -> ColorNetwork { return std::make_shared<UNetImpl>(unetConfigFromJson(config)); }},
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
        throw std::runtime_error("The network architecture \"" + name + "\" is unknown to this version of COLORIZED (it knows "
                                 + joined(architectureNames()) + ").");
    return *found;
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
    return {spec.architecture, find(spec.architecture).canonicalConfig(spec.config)};
}

ColorNetwork createNetwork(const NetworkSpec& spec)
{
    return find(spec.architecture).create(spec.config);
}

NetworkSpec defaultNetworkSpec()
{
    return unetSpec(UNetConfig{});
}

}  // namespace colorized
