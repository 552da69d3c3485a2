#pragma once
// The trainer's hyperparameters, with their defaults. Plain C++ (no LibTorch), so that the
// command-line option table (trainoptions.h) and colorized-train's main need no LibTorch headers.

#include <cstdint>

namespace colorized {

struct TrainConfig {
    int64_t steps = 20000;             // total optimisation steps
    int64_t batchSize = 16;            // global batch (all ranks together)
    int64_t crop = 64;                 // random crop side, pixels; multiple of 8
    double learningRate = 2e-4;
    double weightDecay = 1e-2;
    int64_t warmupSteps = 500;
    double gradientClip = 1.0;         // max global L2 norm
    double emaDecay = 0.999;
    int64_t validateEvery = 250;
    int64_t validationImages = 128;    // held-out images used per validation
    int64_t checkpointEvery = 500;
    double noHintProbability = 0.5;    // samples trained without any hint
    int64_t maxHintPatches = 10;
    int64_t maxHintPatchSize = 5;      // pixels at crop resolution
    uint64_t seed = 1;
    bool bf16 = false;                 // CPU bf16 autocast
    int worldSize = 1;                 // data-parallel processes
    int rank = 0;
};

}  // namespace colorized
