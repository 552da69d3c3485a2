#pragma once
// The sampling flags colorize and eval share.

#include "colorized/core/colorizer.h"
#include "colorized/core/samplingdefaults.h"
#include "colorized/imaging/pipeline.h"

#include <CLI/App.hpp>

#include <optional>
#include <string>

namespace colorized::cli {

struct SamplingArguments {
    std::string model;
    std::string sampler = toString(kDefaultSampler);
    int steps = kDefaultSamplerSteps;
    double eta = kDefaultEta;
    uint64_t seed = 0;
    int candidates = kDefaultCandidates;   // K > 1: their damped consensus is the shown result (withConsensus)
    int resolution = 0;
    int threads = 0;
    bool bf16 = false;
    double hintStrength = kDefaultHintStrength;
    double hintRadius = kDefaultHintRadius;
    std::optional<double> guidance;   // classifier-free guidance; empty: the model's default
    std::optional<double> guidanceCutoff;  // guided at t >= cutoff * T; empty: the model's default
    std::optional<double> damping;    // the consensus' damping by disagreement; empty: the model's default

    void addTo(CLI::App& command);
    // Throws std::invalid_argument for a bad sampler name. bf16 only where the processor has it
    // natively (resolveBf16): otherwise a warning on stderr and fp32. Call once per command.
    ColorizeOptions toOptions() const;
    // How firmly the sampler keeps the hints (--hint-strength, --hint-radius). Throws
    // std::invalid_argument outside their ranges.
    void applyHintGuidance(imaging::PipelineRequest& request) const;
    SamplerKind samplerKind() const;     // throws std::invalid_argument naming the valid samplers
    // The steps the sampler runs on a model of `timesteps` (T): all of them for DDPM.
    int64_t stepCount(int64_t timesteps) const;
    std::string modelPath() const;       // --model or the default; throws when there is none
};

}  // namespace colorized::cli
