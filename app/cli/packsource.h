#pragma once
// Training images for the trainer, from a pack file or a folder of photos.

#include "colorized/core/labpack.h"

#include <string>
#include <vector>

namespace colorized::cli {

struct TrainingImages {
    torch::Tensor lab;     // uint8 [N, 3, S, S]
    std::string terms;     // what the data's metadata says about its terms, if anything
    std::string source;    // where the images came from (the pack's "source"), if known
};

// Pairs a folder (imaging/dataset.h layouts), reports its problems on stderr and packs the
// chosen split ("all", "train" or "heldout") at size x size.
LabPack packFolder(const std::string& folder, int size, const std::string& split, const std::string& terms = {});

struct TrainingSet {
    TrainingImages training, validation;
    torch::Tensor sampleWeights;   // float64 [N] for training, or undefined for uniform draws
};

// `data`: packs (read as they are) or folders (paired once and packed at packSize), joined in
// order; they must share one pack size. `shares`: empty (draw every image equally often), or one
// share of each batch per source (normalised), turned into per-image weights share / size.
// `validation`: likewise joined; empty means the one data folder's own held-out split.
TrainingSet loadTrainingSet(const std::vector<std::string>& data, const std::vector<double>& shares,
                            const std::vector<std::string>& validation, int packSize);

}  // namespace colorized::cli
