#pragma once
// The seam between the diffusion machinery and the network that predicts chroma: the trainer,
// the colorizer, the model file and `info` hold a ColorNetwork and never a concrete class, so a
// new architecture is one class + one line in networkfactory.cpp. LibTorch only.

#include "colorized/core/networkspec.h"

#include <torch/nn/module.h>

#include <cstdint>
#include <memory>
#include <string>

namespace colorized {

// Threading: like any torch::nn::Module, one forward pass at a time per instance.
class ColorNetworkImpl : public torch::nn::Module {
public:
    // x: [N, inputChannels(), H, W] as networkInput() builds it;
    // t: [N] timesteps, int64 or float. Returns [N, 2, H, W]: the noise or the velocity, as the
    // model's schedule parametrization says. H and W must be multiples of sizeMultiple().
    virtual torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& t) = 0;
    // The pipeline pads the working-resolution planes to a multiple of this.
    virtual int64_t sizeMultiple() const = 0;
    virtual int64_t inputChannels() const = 0;
    // Enough to build an identical network with createNetwork(); written into every model file.
    virtual NetworkSpec spec() const = 0;

    int64_t parameterCount() const;
};

// The network's input, and the one place that fixes its channel order (the trainer and the
// colorizer both build it here): noisy a*b* x_t [N, 2, H, W], L [N, 1, H, W], hint a*b*
// [N, 2, H, W] (zero where no hint) and hint mask [N, 1, H, W] (1 where a hint is), all in model
// space and one dtype. Returns [N, 6, H, W] in that order.
torch::Tensor networkInput(const torch::Tensor& noisyAb, const torch::Tensor& luminance,
                           const torch::Tensor& hintAb, const torch::Tensor& hintMask);

// Shared, like torch's module holders, so that the trainer, the EMA copy and the loaded model
// can hand the same network around; null until created.
using ColorNetwork = std::shared_ptr<ColorNetworkImpl>;

}  // namespace colorized
