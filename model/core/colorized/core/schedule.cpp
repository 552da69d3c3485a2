#include "colorized/core/schedule.h"

#include "colorized/core/nametable.h"

#include <torch/torch.h>

#include <cmath>
#include <stdexcept>

namespace colorized {

namespace {

struct ScheduleKindName {
    ScheduleKind value;
    const char* name;  // stable: model files store it
};
constexpr ScheduleKindName kScheduleKinds[] = {{ScheduleKind::Linear, "linear"}, {ScheduleKind::Cosine, "cosine"}};

struct ParametrizationName {
    Parametrization value;
    const char* name;  // stable: model files store it, `train --parametrization` takes it
};
constexpr ParametrizationName kParametrizations[] = {{Parametrization::Epsilon, "epsilon"},
                                                     {Parametrization::Velocity, "velocity"}};

}  // namespace

std::string toString(ScheduleKind kind)
{
    return entryFor(kScheduleKinds, kind).name;
}

ScheduleKind scheduleKindFromString(const std::string& name)
{
    return valueNamed(kScheduleKinds, name, "noise schedule");
}

std::string toString(Parametrization parametrization)
{
    return entryFor(kParametrizations, parametrization).name;
}

Parametrization parametrizationFromString(const std::string& name)
{
    return valueNamed(kParametrizations, name, "parametrization");
}

std::vector<std::string> parametrizationNames()
{
    return namesOf(kParametrizations);
}

namespace {

torch::Tensor betasFor(const ScheduleConfig& config)
{
    const auto options = torch::TensorOptions().dtype(torch::kFloat64);
    if (config.kind == ScheduleKind::Linear)
        return torch::linspace(config.linearBetaStart, config.linearBetaEnd, config.timesteps, options);

    // Cosine: alphaBar(t) = f(t) / f(0), f(t) = cos^2(((t/T) + s) / (1 + s) * pi/2);
    // beta_t = 1 - alphaBar(t+1) / alphaBar(t), clipped at maxBeta.
    const double s = config.cosineOffset;
    const auto steps = torch::arange(config.timesteps + 1, options) / static_cast<double>(config.timesteps);
    const auto f = torch::cos((steps + s) / (1.0 + s) * (M_PI / 2.0)).pow(2);
    const auto alphaBar = f / f[0];
    const auto betas = 1.0 - alphaBar.slice(0, 1) / alphaBar.slice(0, 0, config.timesteps);
    return betas.clamp(0.0, config.maxBeta);
}

}  // namespace

NoiseSchedule::NoiseSchedule(const ScheduleConfig& config) : config_(config)
{
    if (config.timesteps < 1)
        throw std::invalid_argument("A noise schedule needs at least one timestep.");
    torch::NoGradGuard noGrad;
    betas_ = betasFor(config);
    alphas_ = 1.0 - betas_;
    alphaBar_ = torch::cumprod(alphas_, 0);
    alphaBarPrev_ = torch::cat({torch::ones({1}, alphaBar_.options()), alphaBar_.slice(0, 0, -1)});
    sqrtRecipAlpha_ = torch::rsqrt(alphas_);
    sqrtAlphaBar_ = torch::sqrt(alphaBar_);
    sqrtOneMinusAlphaBar_ = torch::sqrt(1.0 - alphaBar_);
    posteriorVariance_ = betas_ * (1.0 - alphaBarPrev_) / (1.0 - alphaBar_);
    posteriorStd_ = torch::sqrt(posteriorVariance_);
    const auto clipped = posteriorVariance_.clone();
    if (config.timesteps > 1)
        clipped[0] = posteriorVariance_[1];
    posteriorLogVariance_ = torch::log(clipped);
    posteriorMeanCoefX0_ = betas_ * torch::sqrt(alphaBarPrev_) / (1.0 - alphaBar_);
    posteriorMeanCoefXt_ = (1.0 - alphaBarPrev_) * torch::sqrt(alphas_) / (1.0 - alphaBar_);
}

torch::Tensor NoiseSchedule::gather(const torch::Tensor& table, const torch::Tensor& t,
                                    const torch::Tensor& like) const
{
    auto values = table.index_select(0, t.to(torch::kCPU, torch::kLong));
    std::vector<int64_t> shape(like.dim(), 1);
    shape[0] = values.size(0);
    return values.to(like.device(), like.scalar_type()).view(shape);
}

torch::Tensor qSample(const NoiseSchedule& schedule, const torch::Tensor& x0,
                      const torch::Tensor& t, const torch::Tensor& noise)
{
    TORCH_CHECK(x0.sizes() == noise.sizes(), "qSample: x0 and noise differ in shape");
    return schedule.gather(schedule.sqrtAlphaBar(), t, x0) * x0
        + schedule.gather(schedule.sqrtOneMinusAlphaBar(), t, x0) * noise;
}

torch::Tensor predictX0(const NoiseSchedule& schedule, const torch::Tensor& xt,
                        const torch::Tensor& t, const torch::Tensor& eps)
{
    return (xt - schedule.gather(schedule.sqrtOneMinusAlphaBar(), t, xt) * eps)
        / schedule.gather(schedule.sqrtAlphaBar(), t, xt);
}

torch::Tensor trainingTarget(const NoiseSchedule& schedule, const torch::Tensor& x0,
                             const torch::Tensor& t, const torch::Tensor& noise)
{
    if (schedule.config().parametrization == Parametrization::Epsilon)
        return noise;
    return schedule.gather(schedule.sqrtAlphaBar(), t, x0) * noise
        - schedule.gather(schedule.sqrtOneMinusAlphaBar(), t, x0) * x0;
}

torch::Tensor epsilonFromOutput(const NoiseSchedule& schedule, const torch::Tensor& xt,
                                const torch::Tensor& t, const torch::Tensor& output)
{
    if (schedule.config().parametrization == Parametrization::Epsilon)
        return output;
    return schedule.gather(schedule.sqrtOneMinusAlphaBar(), t, xt) * xt
        + schedule.gather(schedule.sqrtAlphaBar(), t, xt) * output;
}

}  // namespace colorized
