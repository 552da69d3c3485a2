#pragma once
// Internal to model/jobs: a data folder (any layout of dataset.h) -> the trainer's Lab packs and
// the held-out images shown and measured during fine-tuning. Worker thread only.

#include <torch/types.h>

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace colorized::jobs {

struct PreparedData {
    torch::Tensor train;                 // uint8 Lab [N, 3, S, S]
    torch::Tensor heldOut;               // uint8 Lab [M, 3, S, S]
    std::vector<std::string> heldOutInputs;  // what the model sees (gray scan or color photo)
    std::vector<std::string> heldOutTruths;  // the true colors
    int pairs = 0;
    int colorOnly = 0;
};

// Pairs the folder, splits off the held-out images (dataset.h: the fraction, at least 3 when
// the folder has 4 or more; the same split for the same seed) and packs both at side packSide.
// Returns nothing when cancelled; throws std::runtime_error with a sentence when the folder
// holds no usable image. progress(done, total) is called on the calling thread.
std::optional<PreparedData> prepareTrainingData(const std::string& folder, double heldOutFraction,
                                                uint64_t seed, int64_t packSide,
                                                const std::function<void(int, int)>& progress,
                                                const std::atomic<bool>* cancel);

// The pack side for a training crop: a little larger, so random crops move (multiple of 8).
int64_t packSideFor(int64_t crop);

}  // namespace colorized::jobs
