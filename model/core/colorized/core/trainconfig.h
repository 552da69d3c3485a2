#pragma once
// The trainer's hyperparameters, with their defaults. Plain C++ (no LibTorch), so that the
// command-line option table (trainoptions.h) and colorized-train's main need no LibTorch headers.

#include <algorithm>
#include <cstdint>

namespace colorized {

struct TrainConfig {
    int64_t steps = 20000;             // total optimisation steps
    int64_t batchSize = 16;            // global batch (all ranks together)
    int64_t crop = 64;                 // random crop side, pixels; multiple of 8
    double learningRate = 2e-4;
    double weightDecay = 1e-2;
    int64_t warmupSteps = 500;
    // The last cooldownSteps of `steps` lower the rate linearly to zero (a warmup-stable-decay
    // schedule): a campaign trains at the constant peak rate across sessions, resumable at any
    // step, and a short decay at the end recovers what a schedule fixed in advance would give.
    int64_t cooldownSteps = 0;
    double gradientClip = 1.0;         // max global L2 norm
    double emaDecay = 0.999;
    int64_t validateEvery = 250;
    int64_t validationImages = 128;    // held-out images used per validation
    int64_t checkpointEvery = 500;
    double noHintProbability = 0.5;    // samples trained without any hint
    // Samples trained with neither the photo's L* nor hints (both zero), so that the network also
    // predicts colors without its condition and the sampler can use classifier-free guidance
    // (ColorizeOptions::guidance). 0 trains the conditional network alone.
    double unconditionalProbability = 0.0;
    int64_t maxHintPatches = 10;
    int64_t maxHintPatchSize = 5;      // pixels at crop resolution
    uint64_t seed = 1;
    bool bf16 = false;                 // CPU bf16 autocast
    int worldSize = 1;                 // data-parallel processes
    int rank = 0;

    double learningRateAt(int64_t step) const
    {
        double factor = 1.0;
        if (warmupSteps > 0)
            factor = std::min(factor, double(step + 1) / double(warmupSteps));
        if (cooldownSteps > 0)
            factor = std::min(factor, std::max(0.0, double(steps - step) / double(cooldownSteps)));
        return learningRate * factor;
    }
};

}  // namespace colorized
