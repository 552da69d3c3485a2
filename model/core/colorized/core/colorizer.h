#pragma once
// Colorizing at working resolution: the loaded model + a sampler. LibTorch only.
// Called on a worker thread (never the GUI thread); one call at a time per LoadedModel.

#include "colorized/core/modelfile.h"
#include "colorized/core/samplers.h"

#include <atomic>
#include <optional>

namespace colorized {

// All at working resolution, H and W multiples of the model's sizeMultiple().
struct ColorizeCondition {
    torch::Tensor luminance;  // [1, 1, H, W] float, model space
    torch::Tensor hintAb;     // [1, 2, H, W] float, a*b* / 110, zero where no hint (may be empty)
    torch::Tensor hintMask;   // [1, 1, H, W] float, 1 where the archivist gave a color (may be empty)
    // What the sampler keeps of the hints while denoising (SamplerOptions::known): a*b* / 110
    // [1, 2, H, W] and a soft mask [1, 1, H, W] in [0, 1]. Empty mask = the network's hint input only.
    torch::Tensor keptAb;
    torch::Tensor keptMask;
};

struct ColorizeOptions {
    SamplerOptions sampler;
    int candidates = 1;       // K candidates run as one batch
    bool bf16 = false;        // CPU bf16 autocast (GroupNorm stays fp32)
    // Classifier-free guidance: the prediction without the photo plus `guidance` times the step
    // from it to the prediction with the photo. 1 = the conditional prediction alone; above 1
    // the colors commit further to what the photo says, at twice the network's cost. Needs a
    // model trained with unconditional samples (trainedForGuidance). Empty: the model's default.
    std::optional<double> guidance;
    // Where the guidance applies: timesteps t >= cutoff * T (guidedAt). Empty: the model's default.
    std::optional<double> guidanceCutoff;
    // The consensus' damping of colors the candidates disagree on (withConsensus). Empty: the
    // model's default.
    std::optional<double> damping;
};

// Whether the model was trained with unconditional samples (TrainConfig::unconditionalProbability),
// as its provenance records, so that ColorizeOptions::guidance means something for it.
bool trainedForGuidance(const ModelInfo& info);
// The guidance settings a run of a model uses: what ColorizeOptions ask for, and for what they
// leave empty the model's default (kDefaultGuidance, kDefaultGuidanceCutoff and kDefaultDamping
// where it was trained for guidance; guidance 1, cutoff 0 and the plain mean where it was not).
// Resolved once per run: the sampler, the consensus and every record of the run read the same.
struct GuidanceSettings {
    double guidance = 1.0;  // 1 = the conditional prediction alone
    double cutoff = 0.0;    // guided at timesteps t >= cutoff * T (guidedAt)
    double damping = 0.0;   // the consensus' damping (withConsensus)
};
// Throws std::invalid_argument for a cutoff outside [0, 1], a negative damping, or guidance asked
// of a model not trained for it.
GuidanceSettings guidanceSettingsFor(const ColorizeOptions& options, const ModelInfo& info);
// Whether timestep t of a T-step schedule is guided at this cutoff: t >= cutoff * T.
bool guidedAt(int64_t timestep, int64_t timesteps, double cutoff);

// Returns the candidates' a*b* [K, 2, H, W] (a*b* / 110), or nothing when cancelled.
// onStep receives x_t and predicted x_0 of all K candidates.
std::optional<torch::Tensor> colorizeAb(LoadedModel& model, const ColorizeCondition& condition,
                                        const ColorizeOptions& options,
                                        const StepCallback& onStep = {},
                                        const std::atomic<bool>* cancel = nullptr);

// The K candidates [K, 2, H, W] followed by their consensus: [K + 1, 2, H, W]
// (samplingdefaults.h: resultCount). A single candidate comes back as it is. The result is
// always a new tensor, never the caller's buffer (a sampler may reuse its own).
// The consensus is, per pixel, the candidates' mean a*b* m with its chroma scaled by the Wiener
// gain s / (s + damping), where s = |m|^2 / v and v is the candidates' variance (a* and b*
// summed, unbiased): where they agree it keeps their color; where they point different ways
// it goes toward neutral instead of guessing. Damping 0 is the plain mean. Strong guidance
// makes the candidates commit, the damping takes back what they commit to without agreeing
// (model card, "Stage 8 shown differently"); no draw's global cast decides the photo's.
torch::Tensor withConsensus(const torch::Tensor& candidates, double damping);

// Sets LibTorch's intra-op threads; 0 = all cores. Debian's LibTorch starts with 1.
// The first call also keeps the network's activations on the malloc heap (see colorizer.cpp).
void configureThreads(int threads);

// RAII: CPU bf16 autocast on for this thread while alive (no-op when enabled is false).
class CpuAutocast {
public:
    explicit CpuAutocast(bool enabled);
    ~CpuAutocast();
    CpuAutocast(const CpuAutocast&) = delete;
    CpuAutocast& operator=(const CpuAutocast&) = delete;

private:
    bool enabled_;
    bool previous_;
};

}  // namespace colorized
