#include "colorized/core/colorizer.h"

#include <ATen/autocast_mode.h>
#include <torch/torch.h>

#include <mutex>
#include <stdexcept>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace colorized {

CpuAutocast::CpuAutocast(bool enabled) : enabled_(enabled), previous_(at::autocast::is_cpu_enabled())
{
    if (enabled_) {
        at::autocast::set_cpu_enabled(true);
        at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
    }
}

CpuAutocast::~CpuAutocast()
{
    if (enabled_) {
        at::autocast::set_cpu_enabled(previous_);
        at::autocast::clear_cache();
    }
}

namespace {

// glibc serves every allocation above its mmap threshold (128 KiB at first) with a fresh
// mmap and returns it with munmap on free, so each U-Net step page-faults its activations in
// again: 4-16 MiB per layer at 128 px. Keeping blocks up to 64 MiB on the heap, and not trimming
// it below 256 MiB, made one 128 px step about 15 % faster here (colorized-cli bench). Scan
// buffers (a 6000x4000 16-bit RGB image is 144 MiB) still get their own mmap and go back to the
// system when freed, so peak memory stays bounded.
void keepActivationsOnHeap()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

}  // namespace

void configureThreads(int threads)
{
    static std::once_flag allocatorTuned;
    std::call_once(allocatorTuned, keepActivationsOnHeap);
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads > 0 ? threads : cores);
}

bool trainedForGuidance(const ModelInfo& info)
{
    const auto training = info.provenance.find("training");
    if (training == info.provenance.end() || !training->is_object())
        return false;
    const auto probability = training->find("unconditional_probability");
    return probability != training->end() && probability->is_number() && probability->get<double>() > 0.0;
}

GuidanceSettings guidanceSettingsFor(const ColorizeOptions& options, const ModelInfo& info)
{
    const bool trained = trainedForGuidance(info);
    GuidanceSettings settings;
    settings.guidance = options.guidance.value_or(trained ? kDefaultGuidance : 1.0);
    settings.cutoff = options.guidanceCutoff.value_or(trained ? kDefaultGuidanceCutoff : 0.0);
    settings.damping = options.damping.value_or(trained ? kDefaultDamping : 0.0);
    if (!(settings.cutoff >= 0.0 && settings.cutoff <= 1.0))
        throw std::invalid_argument("The guidance cutoff must be between 0 and 1.");
    if (!(settings.damping >= 0.0))
        throw std::invalid_argument("The damping cannot be negative.");
    if (settings.guidance != 1.0 && !trained)
        throw std::invalid_argument("The model \"" + info.name
                                    + "\" was not trained for guidance (train --unconditional); use guidance 1.");
    return settings;
}

bool guidedAt(int64_t timestep, int64_t timesteps, double cutoff)
{
    return double(timestep) >= cutoff * double(timesteps);
}

torch::Tensor withConsensus(const torch::Tensor& candidates, double damping)
{
    TORCH_CHECK(candidates.dim() == 4 && candidates.size(1) == 2, "withConsensus: candidates must be [K, 2, H, W]");
    TORCH_CHECK(damping >= 0.0, "withConsensus: the damping cannot be negative");
    if (candidates.size(0) < 2)
        return candidates.clone();
    const auto mean = candidates.mean(0, true);
    if (damping == 0.0)
        return torch::cat({candidates, mean});
    const auto strength = mean.square().sum(1, true);
    const auto variance = candidates.var(0, /*unbiased=*/true, /*keepdim=*/true).sum(1, true);
    // A pixel where every candidate is neutral has neither strength nor variance: it stays 0.
    const auto gain = strength / (strength + damping * variance).clamp_min(1e-12);
    return torch::cat({candidates, mean * gain});
}

std::optional<torch::Tensor> colorizeAb(LoadedModel& model, const ColorizeCondition& condition,
                                        const ColorizeOptions& options, const StepCallback& onStep,
                                        const std::atomic<bool>* cancel)
{
    c10::InferenceMode inference;
    const auto& luminance = condition.luminance;
    TORCH_CHECK(luminance.dim() == 4 && luminance.size(0) == 1 && luminance.size(1) == 1,
                "colorizeAb: luminance must be [1, 1, H, W]");
    const int64_t k = std::max(1, options.candidates);
    const int64_t h = luminance.size(2), w = luminance.size(3);
    const auto device = model.net->parameters().front().device();
    const auto floatOptions = torch::TensorOptions().dtype(torch::kFloat).device(device);

    // The condition is the same for every candidate: [1, c, H, W] viewed as [K, c, H, W].
    const auto forCandidates = [&](const torch::Tensor& plane, int64_t channels) {
        const auto defined = plane.defined() ? plane : torch::zeros({1, channels, h, w});
        return defined.to(floatOptions).expand({k, channels, h, w});
    };
    const auto luminanceK = forCandidates(luminance, 1);
    const auto hintAbK = forCandidates(condition.hintAb, 2);
    const auto hintMaskK = forCandidates(condition.hintMask, 1);
    const GuidanceSettings settings = guidanceSettingsFor(options, model.info);
    const bool guided = settings.guidance != 1.0;
    const auto absent = [&](int64_t channels) { return torch::zeros({k, channels, h, w}, floatOptions); };

    const NoiseSchedule schedule(model.info.schedule);
    ColorNetworkImpl& net = *model.net;
    const Denoiser denoiser = [&](const torch::Tensor& xt, const torch::Tensor& t) {
        const CpuAutocast autocast(options.bf16 && device.is_cpu());
        const auto conditional = networkInput(xt, luminanceK, hintAbK, hintMaskK);
        // Every candidate is at the same timestep.
        if (!guided || !guidedAt(t[0].item<int64_t>(), schedule.timesteps(), settings.cutoff))
            return epsilonFromOutput(schedule, xt, t, net.forward(conditional, t).to(torch::kFloat));
        // One batch of 2K: the candidates with the photo, then the same x_t without it (no L*,
        // no hints: what the network learnt from its unconditional training samples).
        const auto unconditional = networkInput(xt, absent(1), absent(2), absent(1));
        const auto both = net.forward(torch::cat({conditional, unconditional}), torch::cat({t, t})).to(torch::kFloat);
        const auto withPhoto = both.narrow(0, 0, k), withoutPhoto = both.narrow(0, k, k);
        return epsilonFromOutput(schedule, xt, t, torch::lerp(withoutPhoto, withPhoto, settings.guidance));
    };
    SamplerOptions sampler = options.sampler;
    if (condition.keptMask.defined() && condition.keptAb.defined()) {
        sampler.known = condition.keptAb;
        sampler.knownMask = condition.keptMask;
    }
    return sample(schedule, denoiser, {k, 2, h, w}, device, sampler, onStep, cancel);
}

}  // namespace colorized
