#pragma once
// What a model file says about its network, and everything that can be checked about it
// without LibTorch: the architecture names, each architecture's validated configuration and the
// tensors (names and shapes) that configuration implies. networkfactory.h builds the network
// itself. Every function throws std::runtime_error with a readable sentence (or, where it says
// so, a clause for the caller's sentence).

#include "colorized/core/safetensorsheader.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace colorized {

// What a model file records about its network: the architecture's registered name and that
// architecture's own configuration, both needed to build the network before its weights load.
struct NetworkSpec {
    std::string architecture;  // a name known to networkfactory.h, e.g. "unet"
    nlohmann::json config;     // canonical: every field present (see canonicalSpec())

    bool operator==(const NetworkSpec& other) const
    {
        return architecture == other.architecture && config == other.config;
    }
    bool operator!=(const NetworkSpec& other) const { return !(*this == other); }
};

// Parameter and buffer name (as torch::nn::Module::named_parameters() says it) -> shape.
using TensorShapes = std::map<std::string, std::vector<int64_t>>;

// The architecture files without a "colorized.architecture" key were written for: every model
// and checkpoint from before the key existed.
inline constexpr const char* kLegacyArchitecture = "unet";

std::vector<std::string> architectureNames();
bool isKnownArchitecture(const std::string& name);

// The spec with its configuration parsed and checked against the architecture's limits and
// written back in full (defaults filled in), so that two specs of the same network compare
// equal.
NetworkSpec canonicalSpec(const NetworkSpec& spec);

// Every tensor the network of `spec` (canonical) holds, computed without building it.
TensorShapes networkTensorShapes(const NetworkSpec& spec);
int64_t elementCount(const TensorShapes& shapes);

// What ModelInfo starts with: the seed's U-Net (UNetConfig's defaults).
NetworkSpec defaultNetworkSpec();

// The network keys of a model file's or checkpoint's metadata. readNetworkSpec returns the
// spec in canonical form; `path` names the file in its error messages.
void writeNetworkSpec(std::map<std::string, std::string>& metadata, const NetworkSpec& spec);
NetworkSpec readNetworkSpec(const std::map<std::string, std::string>& metadata, const std::string& path);

// The file holds exactly the tensors the network of `spec` (canonical) has, each of its shape
// and of a floating-point type, checked before any module is built. Throws std::runtime_error:
// "This model file is damaged: ..." naming `path` and the first tensor that differs.
void checkNetworkTensors(const NetworkSpec& spec, const SafetensorsHeader& header, const std::string& path);

}  // namespace colorized
