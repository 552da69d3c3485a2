#pragma once
// Training images for the trainer, from a pack file or a folder of photos.

#include "colorized/core/labpack.h"

#include <string>

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
};

// `data`: a pack (read as it is) or a folder (paired once and packed at packSize). `validation`:
// likewise; empty means the folder's own held-out split (a pack then needs a validation set).
TrainingSet loadTrainingSet(const std::string& data, const std::string& validation, int packSize);

}  // namespace colorized::cli
