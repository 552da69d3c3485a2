#pragma once
// Training items -> one uint8 Lab pack (colorized/core/labpack.h) that the trainer reads with
// LibTorch alone. Each image: short side scaled to S (INTER_AREA), center crop S x S, CIE Lab
// (lab.h's exact sRGB conversion) in OpenCV's 8-bit encoding: L* * 255/100, a* + 128, b* + 128,
// rounded. For a gray/color pair, L* comes from the gray scan and a*b* from the color image,
// resized onto the scan's pixel grid.
//
// Threading: call from a worker thread (it decodes every image). The progress callback runs on
// the calling thread; decoding is spread over cores with cv::parallel_for_.

#include "colorized/core/labpack.h"
#include "colorized/imaging/dataset.h"

#include <opencv2/core/mat.hpp>

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace colorized::imaging {

struct PackOptions {
    int size = 72;         // S, pixels (the trainer crops from it: S >= its crop)
    std::string source;    // recorded as metadata "source" (e.g. the folder)
    std::string terms;     // recorded as metadata "terms": the data's license terms, if known
};

struct PackSkip {
    std::string path;      // the item's color file
    std::string reason;    // an English sentence naming the file that failed (scan or color)
};

struct PackResult {
    LabPack pack;                   // lab: uint8 [N, 3, S, S] in items' order, failures left out
    std::vector<PackSkip> skipped;  // items that could not be read: N + skipped = items
};

// Progress: items processed so far out of all items.
using PackProgress = std::function<void(std::size_t done, std::size_t total)>;

// Returns nothing when *cancel became true. Throws std::invalid_argument for size < 8 and
// std::runtime_error when no item at all could be read.
// Metadata written: source, terms (when given), images, size, pairs, color_only, skipped,
// created (UTC, ISO 8601), encoding.
std::optional<PackResult> buildLabPack(const std::vector<TrainingItem>& items,
                                       const PackOptions& options = {},
                                       const PackProgress& progress = {},
                                       const std::atomic<bool>* cancel = nullptr);

// Which items of a paired folder go into a pack.
enum class FolderPart {
    All,       // every usable item
    Training,  // the split's training items (dataset.h: the same split for the same seed)
    HeldOut,   // the split's held-out items
};

struct FolderPackProgress {
    DatasetProgress reading;  // files inspected so far, of all image files
    PackProgress packing;     // items packed so far, of the items of every asked part together
    // After reading, before packing: to report the folder's problems, or to refuse it (throw).
    std::function<void(const PairingReport& report)> paired;
};

struct PackedFolder {
    PairingReport report;
    std::vector<PackResult> packs;  // one per asked part, in the order asked
};

// The one way from a data folder to packs, for colorized-cli and the fine-tuning job: pairs the
// folder once (buildPairingReport with `pairing`) and packs each of `parts` (buildLabPack with
// `packing`, whose source defaults to the folder). Returns nothing when *cancel became true;
// throws as those two do.
std::optional<PackedFolder> packFolder(const std::string& folder, const std::vector<FolderPart>& parts,
                                       const PairingOptions& pairing = {}, PackOptions packing = {},
                                       const FolderPackProgress& progress = {},
                                       const std::atomic<bool>* cancel = nullptr);

// One item's pack entry as CV_8UC3 (L, a, b bytes), size x size. `color`: 8/16-bit BGR (or
// gray, then a* = b* = 0); `gray`: empty, or the 8/16-bit scan whose L* replaces the color's
// (any size of about the same shape: color is resized onto it).
cv::Mat packImage(const cv::Mat& color, const cv::Mat& gray, int size);

}  // namespace colorized::imaging
