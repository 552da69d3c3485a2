#pragma once
// Noise schedules of the diffusion process and the forward process q(x_t | x_0).
// LibTorch only.

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace colorized {

enum class ScheduleKind { Linear, Cosine };

std::string toString(ScheduleKind kind);
ScheduleKind scheduleKindFromString(const std::string& name);  // throws std::invalid_argument

// What the network predicts. Epsilon (Ho et al. 2020) amplifies any error of the network by
// 1/sqrt(alphaBar) when x_0 is recovered, which at the noisy end of the cosine schedule is
// ~10^4: an undertrained model then yields clipped, oversaturated colors (measured here:
// colorfulness 2.6x the ground truth after 1,250 steps). Velocity v = sqrt(abar) eps -
// sqrt(1 - abar) x0 (Salimans & Ho 2022) keeps x_0 = sqrt(abar) x_t - sqrt(1 - abar) v bounded.
enum class Parametrization { Epsilon, Velocity };

std::string toString(Parametrization parametrization);
Parametrization parametrizationFromString(const std::string& name);  // throws std::invalid_argument
std::vector<std::string> parametrizationNames();

struct ScheduleConfig {
    ScheduleKind kind = ScheduleKind::Cosine;
    int64_t timesteps = 1000;           // T
    double linearBetaStart = 1e-4;      // linear schedule, as in Ho et al. 2020
    double linearBetaEnd = 0.02;
    double cosineOffset = 0.008;        // s in Nichol & Dhariwal 2021
    double maxBeta = 0.999;             // cosine betas are clipped here
    Parametrization parametrization = Parametrization::Velocity;
};

// Every closed form of the process, computed once in float64 and kept as [T] tensors.
// Index t runs 0..T-1 (t = 0 is the first noising step).
class NoiseSchedule {
public:
    explicit NoiseSchedule(const ScheduleConfig& config = {});

    const ScheduleConfig& config() const { return config_; }
    int64_t timesteps() const { return config_.timesteps; }

    const torch::Tensor& betas() const { return betas_; }
    const torch::Tensor& alphas() const { return alphas_; }
    const torch::Tensor& alphaBar() const { return alphaBar_; }
    const torch::Tensor& alphaBarPrev() const { return alphaBarPrev_; }   // alphaBar[t-1], 1 at t = 0
    const torch::Tensor& sqrtRecipAlpha() const { return sqrtRecipAlpha_; }
    const torch::Tensor& sqrtAlphaBar() const { return sqrtAlphaBar_; }
    const torch::Tensor& sqrtOneMinusAlphaBar() const { return sqrtOneMinusAlphaBar_; }
    const torch::Tensor& posteriorVariance() const { return posteriorVariance_; }  // beta tilde
    const torch::Tensor& posteriorStd() const { return posteriorStd_; }
    // log of the posterior variance with t = 0 replaced by t = 1 (it is 0 there).
    const torch::Tensor& posteriorLogVariance() const { return posteriorLogVariance_; }
    const torch::Tensor& posteriorMeanCoefX0() const { return posteriorMeanCoefX0_; }
    const torch::Tensor& posteriorMeanCoefXt() const { return posteriorMeanCoefXt_; }

    // table[t] for each batch element, shaped [N, 1, ..., 1] to broadcast against `like`
    // ([N, C, H, W]), in like's dtype and device. t: int64 [N].
    torch::Tensor gather(const torch::Tensor& table, const torch::Tensor& t,
                         const torch::Tensor& like) const;

private:
    ScheduleConfig config_;
    torch::Tensor betas_, alphas_, alphaBar_, alphaBarPrev_, sqrtRecipAlpha_, sqrtAlphaBar_,
        sqrtOneMinusAlphaBar_, posteriorVariance_, posteriorStd_, posteriorLogVariance_,
        posteriorMeanCoefX0_, posteriorMeanCoefXt_;
};

// Forward process: x_t = sqrt(alphaBar_t) x0 + sqrt(1 - alphaBar_t) noise.
// The noise is passed in, so the training target is exactly the noise that was added.
// x0, noise: [N, C, H, W]; t: int64 [N].
torch::Tensor qSample(const NoiseSchedule& schedule, const torch::Tensor& x0,
                      const torch::Tensor& t, const torch::Tensor& noise);

// x0 implied by x_t and a noise prediction (the inverse of qSample).
torch::Tensor predictX0(const NoiseSchedule& schedule, const torch::Tensor& xt,
                        const torch::Tensor& t, const torch::Tensor& eps);

// The training target for the schedule's parametrization: the noise itself, or
// v = sqrt(abar_t) noise - sqrt(1 - abar_t) x0.
torch::Tensor trainingTarget(const NoiseSchedule& schedule, const torch::Tensor& x0,
                             const torch::Tensor& t, const torch::Tensor& noise);

// The noise implied by a network output in the schedule's parametrization (identity for
// Epsilon; eps = sqrt(1 - abar) x_t + sqrt(abar) v for Velocity).
torch::Tensor epsilonFromOutput(const NoiseSchedule& schedule, const torch::Tensor& xt,
                                const torch::Tensor& t, const torch::Tensor& output);

}  // namespace colorized
