#include "colorized/core/samplers.h"

#include <torch/torch.h>

#include <cmath>
#include <stdexcept>

namespace colorized {

std::string toString(SamplerKind kind)
{
    return kind == SamplerKind::Ddpm ? "ddpm" : "ddim";
}

SamplerKind samplerKindFromString(const std::string& name)
{
    if (name == "ddpm")
        return SamplerKind::Ddpm;
    if (name == "ddim")
        return SamplerKind::Ddim;
    throw std::invalid_argument("Unknown sampler \"" + name + "\" (expected ddim or ddpm).");
}

std::vector<int64_t> samplerTimesteps(const NoiseSchedule& schedule, const SamplerOptions& options)
{
    const int64_t total = schedule.timesteps();
    std::vector<int64_t> timesteps;
    if (options.kind == SamplerKind::Ddpm) {
        for (int64_t t = total - 1; t >= 0; --t)
            timesteps.push_back(t);
        return timesteps;
    }
    if (options.steps < 1 || options.steps > total)
        throw std::invalid_argument("DDIM needs between 1 and " + std::to_string(total) + " steps.");
    // Trailing spacing: t_i = round(T - i * T / S) - 1, so the first step is at t = T - 1.
    const double stride = static_cast<double>(total) / options.steps;
    for (int i = 0; i < options.steps; ++i)
        timesteps.push_back(std::max<int64_t>(0, std::llround(total - i * stride) - 1));
    return timesteps;
}

namespace {

// One step's arithmetic, kept apart from the loop so both samplers share the bookkeeping.
struct StepContext {
    const NoiseSchedule& schedule;
    const SamplerOptions& options;
    torch::Tensor x0FromEps(const torch::Tensor& xt, const torch::Tensor& t, const torch::Tensor& eps) const
    {
        auto x0 = predictX0(schedule, xt, t, eps);
        return options.clipX0 ? x0.clamp(-options.clipValue, options.clipValue) : x0;
    }
};

double tableAt(const torch::Tensor& table, int64_t t)
{
    return t < 0 ? 1.0 : table[t].item<double>();
}

}  // namespace

std::optional<torch::Tensor> sample(const NoiseSchedule& schedule, const Denoiser& denoiser,
                                    at::IntArrayRef shape, torch::Device device,
                                    const SamplerOptions& options, const StepCallback& onStep,
                                    const std::atomic<bool>* cancel)
{
    const auto timesteps = samplerTimesteps(schedule, options);
    const int count = static_cast<int>(timesteps.size());
    if (options.startIndex < 0 || options.startIndex >= count)
        throw std::invalid_argument("The sampler's start step is outside its sequence.");

    // One generator per batch element, seeded seed + k: candidate k of seed s is candidate 0 of
    // seed s + k, whatever the number of candidates, so a picked candidate can be reproduced alone.
    std::vector<at::Generator> generators;
    for (int64_t k = 0; k < shape[0]; ++k)
        generators.push_back(at::detail::createCPUGenerator(options.seed + static_cast<uint64_t>(k)));
    const auto cpuFloat = torch::TensorOptions().dtype(torch::kFloat);
    const auto elementShape = shape.slice(1);
    const auto draw = [&] {
        std::vector<torch::Tensor> noise;
        for (auto& generator : generators)
            noise.push_back(torch::randn(elementShape, generator, cpuFloat));
        return torch::stack(noise).to(device);
    };

    torch::Tensor xt;
    if (options.startXt.defined()) {
        TORCH_CHECK(options.startXt.sizes() == shape, "sample: startXt has the wrong shape");
        xt = options.startXt.to(device, torch::kFloat);
    } else {
        xt = draw();
    }
    const StepContext context{schedule, options};
    const int64_t batch = shape[0];

    for (int i = options.startIndex; i < count; ++i) {
        if (cancel && cancel->load())
            return std::nullopt;
        const int64_t t = timesteps[i];
        const int64_t tPrev = i + 1 < count ? timesteps[i + 1] : -1;
        const auto tBatch = torch::full({batch}, t, torch::TensorOptions().dtype(torch::kLong).device(device));
        const auto eps = denoiser(xt, tBatch).to(torch::kFloat);
        const auto x0 = context.x0FromEps(xt, tBatch, eps);
        if (onStep)
            onStep(SamplerStep{i, count, t, xt, x0});

        torch::Tensor next;
        if (options.kind == SamplerKind::Ddpm) {
            // Posterior q(x_{t-1} | x_t, x0): mean = c0 x0 + ct x_t, variance beta tilde.
            next = schedule.gather(schedule.posteriorMeanCoefX0(), tBatch, xt) * x0
                + schedule.gather(schedule.posteriorMeanCoefXt(), tBatch, xt) * xt;
            if (t > 0)
                next = next + schedule.gather(schedule.posteriorStd(), tBatch, xt) * draw();
        } else {
            const double abT = tableAt(schedule.alphaBar(), t);
            const double abPrev = tableAt(schedule.alphaBar(), tPrev);
            // Noise consistent with the (possibly clipped) x0, as in Song et al. 2021.
            const auto epsUsed = (xt - std::sqrt(abT) * x0) / std::sqrt(1.0 - abT);
            const double sigma = options.eta * std::sqrt((1.0 - abPrev) / (1.0 - abT))
                * std::sqrt(std::max(0.0, 1.0 - abT / abPrev));
            next = std::sqrt(abPrev) * x0 + std::sqrt(std::max(0.0, 1.0 - abPrev - sigma * sigma)) * epsUsed;
            if (sigma > 0.0 && tPrev >= 0)
                next = next + sigma * draw();
        }
        xt = next;
    }
    if (cancel && cancel->load())
        return std::nullopt;
    return xt;
}

}  // namespace colorized
