#include "colorized/core/samplers.h"

#include <torch/torch.h>

#include <cctype>
#include <cmath>
#include <stdexcept>

namespace colorized {

namespace {

std::string toUpper(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

}  // namespace

std::vector<int64_t> samplerTimesteps(const NoiseSchedule& schedule, const SamplerOptions& options)
{
    const int64_t total = schedule.timesteps();
    std::vector<int64_t> timesteps;
    if (describe(options.kind).runsEveryTimestep) {
        for (int64_t t = total - 1; t >= 0; --t)
            timesteps.push_back(t);
        return timesteps;
    }
    if (options.steps < 1 || options.steps > total)
        throw std::invalid_argument(toUpper(toString(options.kind)) + " needs between 1 and " + std::to_string(total)
                                    + " steps.");
    // Trailing spacing: t_i = round(T - i * T / S) - 1, so the first step is at t = T - 1.
    const double stride = static_cast<double>(total) / options.steps;
    for (int i = 0; i < options.steps; ++i)
        timesteps.push_back(std::max<int64_t>(0, std::llround(total - i * stride) - 1));
    return timesteps;
}

namespace {

// What every sampler's step needs besides x_t and the predicted x_0.
struct StepContext {
    const NoiseSchedule& schedule;
    const SamplerOptions& options;
    const std::function<torch::Tensor()>& drawNoise;  // fresh noise shaped like x_t

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

// Ancestral DDPM (Ho et al. 2020): a draw from the posterior q(x_{t-1} | x_t, x_0), mean
// c0 x_0 + ct x_t, variance beta tilde. t: this step's timestep, tBatch the same as [N].
torch::Tensor ddpmStep(const StepContext& context, const torch::Tensor& xt, const torch::Tensor& x0,
                       const torch::Tensor& tBatch, int64_t t)
{
    const NoiseSchedule& schedule = context.schedule;
    auto next = schedule.gather(schedule.posteriorMeanCoefX0(), tBatch, xt) * x0
        + schedule.gather(schedule.posteriorMeanCoefXt(), tBatch, xt) * xt;
    if (t > 0)
        next = next + schedule.gather(schedule.posteriorStd(), tBatch, xt) * context.drawNoise();
    return next;
}

// DDIM (Song et al. 2021) from t to tPrev (-1 after the last step), with the noise made
// consistent with the (possibly clipped) x_0 and eta scaling the fresh noise.
torch::Tensor ddimStep(const StepContext& context, const torch::Tensor& xt, const torch::Tensor& x0, int64_t t,
                       int64_t tPrev)
{
    const double abT = tableAt(context.schedule.alphaBar(), t);
    const double abPrev = tableAt(context.schedule.alphaBar(), tPrev);
    const auto epsUsed = (xt - std::sqrt(abT) * x0) / std::sqrt(1.0 - abT);
    const double sigma = context.options.eta * std::sqrt((1.0 - abPrev) / (1.0 - abT))
        * std::sqrt(std::max(0.0, 1.0 - abT / abPrev));
    auto next = std::sqrt(abPrev) * x0 + std::sqrt(std::max(0.0, 1.0 - abPrev - sigma * sigma)) * epsUsed;
    if (sigma > 0.0 && tPrev >= 0)
        next = next + sigma * context.drawNoise();
    return next;
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
    const std::function<torch::Tensor()> draw = [&] {
        std::vector<torch::Tensor> noise;
        for (auto& generator : generators)
            noise.push_back(torch::randn(elementShape, generator, cpuFloat));
        return torch::stack(noise).to(device);
    };

    const StepContext context{schedule, options, draw};
    const int64_t batch = shape[0];
    const auto timestepBatch = [&](int64_t t) {
        return torch::full({batch}, t, torch::TensorOptions().dtype(torch::kLong).device(device));
    };

    torch::Tensor xt;
    if (options.startXt.defined()) {
        TORCH_CHECK(options.startXt.sizes() == shape, "sample: startXt has the wrong shape");
        xt = options.startXt.to(device, torch::kFloat);
        if (options.renoiseStart) {
            const auto tBatch = timestepBatch(timesteps[options.startIndex]);
            const auto x0 = context.x0FromEps(xt, tBatch, denoiser(xt, tBatch).to(torch::kFloat));
            xt = qSample(schedule, x0, tBatch, draw());
        }
    } else {
        xt = draw();
    }

    const bool keepsKnown = options.knownMask.defined();
    torch::Tensor known, knownMask;
    if (keepsKnown) {
        TORCH_CHECK(options.known.defined() && options.known.dim() == 4 && options.knownMask.dim() == 4
                        && options.known.size(1) == shape[1] && options.knownMask.size(1) == 1,
                    "sample: known must be [N, C, H, W] and knownMask [N, 1, H, W]");
        known = options.known.to(device, torch::kFloat).expand(shape);
        knownMask = options.knownMask.to(device, torch::kFloat).clamp(0.0, 1.0).expand(shape);
    }
    // x_{tPrev} with the known values put back, noised to tPrev (tPrev -1: clean).
    const auto keepKnown = [&](const torch::Tensor& next, int64_t tPrev) {
        const auto target = tPrev >= 0 ? qSample(schedule, known, timestepBatch(tPrev), draw()) : known;
        return torch::lerp(next, target, knownMask);
    };

    for (int i = options.startIndex; i < count; ++i) {
        if (cancel && cancel->load())
            return std::nullopt;
        const int64_t t = timesteps[i];
        const int64_t tPrev = i + 1 < count ? timesteps[i + 1] : -1;
        const auto tBatch = timestepBatch(t);
        const auto eps = denoiser(xt, tBatch).to(torch::kFloat);
        const auto x0 = context.x0FromEps(xt, tBatch, eps);
        if (onStep)
            onStep(SamplerStep{i, count, t, xt, x0});

        torch::Tensor next;
        switch (options.kind) {
        case SamplerKind::Ddpm:
            next = ddpmStep(context, xt, x0, tBatch, t);
            break;
        case SamplerKind::Ddim:
            next = ddimStep(context, xt, x0, t, tPrev);
            break;
        }
        xt = keepsKnown ? keepKnown(next, tPrev) : next;
    }
    if (cancel && cancel->load())
        return std::nullopt;
    return xt;
}

}  // namespace colorized
