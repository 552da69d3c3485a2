#pragma once
// Architecture name -> (validated configuration, network). The names are what model files and
// checkpoints store under "colorized.architecture"; adding an architecture is one entry in
// networkfactory.cpp. Every function throws std::runtime_error with a readable sentence.

#include "colorized/core/network.h"

#include <string>
#include <vector>

namespace colorized {

// The architecture files without a "colorized.architecture" key were written for: every model
// and checkpoint from before the key existed.
inline constexpr const char* kLegacyArchitecture = "unet";

std::vector<std::string> architectureNames();
bool isKnownArchitecture(const std::string& name);

// The spec with its configuration parsed and validated by its architecture and written back
// in full (defaults filled in), so that two specs of the same network compare equal.
NetworkSpec canonicalSpec(const NetworkSpec& spec);

// A freshly initialised network (weights from torch's global generator), in train() mode.
ColorNetwork createNetwork(const NetworkSpec& spec);

// What ModelInfo starts with: the seed's U-Net (UNetConfig's defaults).
NetworkSpec defaultNetworkSpec();

}  // namespace colorized
