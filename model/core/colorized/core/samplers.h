#pragma once
// Reverse-process samplers as free functions over a denoiser callback, so that tests can pass
// a denoiser with a known answer. LibTorch only. Nothing here touches train()/eval() modes.
// The samplers' names are in samplerkind.h.

#include "colorized/core/samplerkind.h"
#include "colorized/core/samplingdefaults.h"
#include "colorized/core/schedule.h"

#include <torch/types.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace colorized {

// Predicts the noise in x_t. xt: [N, C, H, W]; t: int64 [N]. Returns [N, C, H, W].
using Denoiser = std::function<torch::Tensor(const torch::Tensor& xt, const torch::Tensor& t)>;

struct SamplerStep {
    int index = 0;             // 0-based position in the sampler's timestep sequence
    int count = 0;             // number of steps in the sequence
    int64_t timestep = 0;      // t of the input x_t
    torch::Tensor xt;          // [N, C, H, W] state entering this step
    torch::Tensor predictedX0; // [N, C, H, W] the denoiser's estimate of x_0 at this step
};
// Called on the sampling thread after each step.
using StepCallback = std::function<void(const SamplerStep&)>;

struct SamplerOptions {
    SamplerKind kind = kDefaultSampler;
    int steps = kDefaultSamplerSteps;  // ignored by a sampler that runs every timestep (DDPM)
    double eta = kDefaultEta;   // DDIM: 0 deterministic (the default: its candidates' consensus
                                // measured closest to the truth, model card), 1 = DDPM variance
    uint64_t seed = 0;
    bool clipX0 = true;         // clamp predicted x_0 to [-clipValue, clipValue]
    double clipValue = 1.0;
    // "Continue from here": start at position startIndex of the sequence from this x_t
    // instead of from pure noise. Empty = start from noise at position 0.
    torch::Tensor startXt;
    int startIndex = 0;
    // With startXt: denoise it once to its predicted x_0 and diffuse that forward to the start
    // timestep with fresh noise drawn from `seed` (SDEdit, Meng et al. 2022). A continuation
    // then takes a new path for a new seed even where the rest is deterministic (DDIM, eta 0),
    // and the same path for the same seed.
    bool renoiseStart = false;
    // Known values of x_0 kept during denoising, as inpainting diffusion keeps the known region
    // (replacement, Lugmayr et al. 2022): after every step, x_{t'} = m * q(known | t') +
    // (1 - m) * x_{t'}, the forward-noised known values drawn with fresh noise, and after the
    // last step m * known + (1 - m) * x_0. known: [1 or N, C, H, W]; knownMask m: [1 or N, 1,
    // H, W] in [0, 1] (soft edges blend). Empty = nothing known.
    torch::Tensor known;
    torch::Tensor knownMask;
};

// Timesteps visited, from noisiest to cleanest. DDIM uses "trailing" spacing, so the first
// step is always t = T-1 (Lin et al. 2023).
std::vector<int64_t> samplerTimesteps(const NoiseSchedule& schedule, const SamplerOptions& options);

// Runs the reverse process for a batch of the given shape ([N, C, H, W]) on `device`.
// Noise is drawn on the CPU, element k of the batch from a generator seeded options.seed + k,
// so a run is bit-reproducible on the same machine whatever the device, and candidate k does
// not depend on how many candidates ran beside it. Returns nothing when `cancel`
// became true (checked once per step).
std::optional<torch::Tensor> sample(const NoiseSchedule& schedule, const Denoiser& denoiser,
                                    at::IntArrayRef shape, torch::Device device,
                                    const SamplerOptions& options,
                                    const StepCallback& onStep = {},
                                    const std::atomic<bool>* cancel = nullptr);

}  // namespace colorized
