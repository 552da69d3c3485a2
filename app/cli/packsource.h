#pragma once
// Folders of photos as training images: colorized-cli's FolderPacker (OpenCV, through
// model/imaging), and the split packs `colorized-cli pack` writes.

#include "colorized/core/trainingset.h"

#include <string>
#include <utility>

namespace colorized::cli {

// Pairs a folder (imaging/dataset.h layouts), reports its problems on stderr and packs the
// chosen split ("all", "train" or "heldout") at size x size.
LabPack packFolder(const std::string& folder, int size, const std::string& split, const std::string& terms = {});

// What `train` hands the training-set loader for its folder sources.
class ImagingFolderPacker : public FolderPacker {
public:
    TrainingImages packAll(const std::string& folder, int size) override;
    std::pair<TrainingImages, TrainingImages> packSplit(const std::string& folder, int size) override;
};

}  // namespace colorized::cli
