#pragma once
// Training images for the trainer, from a pack file or a folder of photos.

#include "colorized/core/labpack.h"

#include <string>

namespace colorized::cli {

struct TrainingImages {
    torch::Tensor lab;     // uint8 [N, 3, S, S]
    std::string terms;     // what the data's metadata says about its terms, if anything
};

// A .safetensors pack is read as it is. A folder is paired and packed at `packSize`; with
// heldOut the folder's held-out split is returned instead of its training split.
TrainingImages loadTrainingImages(const std::string& path, int64_t packSize, bool heldOut = false);

}  // namespace colorized::cli
