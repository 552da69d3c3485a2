#pragma once
// Training images for the trainer, from a pack file or a folder of photos.

#include "colorized/core/labpack.h"

#include <string>

namespace colorized::cli {

struct TrainingImages {
    torch::Tensor lab;     // uint8 [N, 3, S, S]
    std::string terms;     // what the data's metadata says about its terms, if anything
};

// Pairs a folder (imaging/dataset.h layouts), reports its problems on stderr and packs the
// chosen split ("all", "train" or "heldout") at size x size.
LabPack packFolder(const std::string& folder, int size, const std::string& split, const std::string& terms = {});

// A .safetensors pack is read as it is. A folder is paired and packed at `packSize`; with
// heldOut the folder's held-out split is returned instead of its training split.
TrainingImages loadTrainingImages(const std::string& path, int64_t packSize, bool heldOut = false);

}  // namespace colorized::cli
