#pragma once
// The images a training run reads: packs (labpack.h) joined in order, each source's share of a
// batch, and the held-out set. Folders of photos need an image library, so they come through a
// FolderPacker that colorized-cli provides; colorized-train has none and reads packs only.
// LibTorch only.

#include "colorized/core/labpack.h"

#include <string>
#include <utility>
#include <vector>

namespace colorized {

struct TrainingImages {
    torch::Tensor lab;     // uint8 [N, 3, S, S]
    std::string terms;     // what the data's metadata says about its terms, if anything
    std::string source;    // where the images came from (the pack's "source"), if known
};

struct TrainingSet {
    TrainingImages training, validation;
    torch::Tensor sampleWeights;   // float64 [N] for training, or undefined for uniform draws
};

// Turns a folder of photos into training images at size x size.
class FolderPacker {
public:
    virtual ~FolderPacker() = default;
    virtual TrainingImages packAll(const std::string& folder, int size) = 0;
    // The folder's own split: {training, held out}.
    virtual std::pair<TrainingImages, TrainingImages> packSplit(const std::string& folder, int size) = 0;
};

// A pack file as training images; throws SafetensorsError / std::runtime_error.
TrainingImages readTrainingPack(const std::string& path);

// `data`: packs (read as they are) or folders (packed at packSize by `folders`), joined in
// order; they must share one pack size. `shares`: empty (draw every image equally often), or
// one share of each batch per source (normalised), turned into per-image weights share / size.
// `validation`: likewise joined; empty means the one data folder's own held-out split.
// `folders` may be null: then a folder is refused with a sentence saying how to pack it.
TrainingSet loadTrainingSet(const std::vector<std::string>& data, const std::vector<double>& shares,
                            const std::vector<std::string>& validation, int packSize, FolderPacker* folders);

}  // namespace colorized
