#pragma once
// Architecture name -> network. The names are what model files and checkpoints store under
// "colorized.architecture"; adding an architecture is one entry in networkspec.cpp (its
// configuration and tensors, no LibTorch) and one in networkfactory.cpp (its module).

#include "colorized/core/network.h"
#include "colorized/core/networkspec.h"

namespace colorized {

// A freshly initialised network (weights from torch's global generator), in train() mode.
// Throws std::runtime_error for an unknown architecture or a configuration outside its limits.
ColorNetwork createNetwork(const NetworkSpec& spec);

}  // namespace colorized
