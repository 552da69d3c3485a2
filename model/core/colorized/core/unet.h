#pragma once
// The conditional U-Net that predicts the noise on a*b* given L and the archivist's hints.
// LibTorch only. Shapes: input [N, 6, H, W] = noisy a*b* (2), L (1), hint a*b* (2), hint
// mask (1); output [N, 2, H, W]; H and W multiples of sizeMultiple() = stem * 2^(levels-1)
// (4 for the seed's three levels without stem, 8 with a x2 stem; the pipeline pads to it).

#include "colorized/core/network.h"
#include "colorized/core/unetconfig.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <cstdint>
#include <string>
#include <vector>

namespace colorized {

// GroupNorm + SiLU after a 3x3 conv. GroupNorm always runs in fp32: under bf16 autocast it
// is measurably wrong in LibTorch 1.13 (docs/ARCHITECTURE.md, "Platform facts").
class CoreBlockImpl : public torch::nn::Module {
public:
    CoreBlockImpl(int64_t in, int64_t out, int64_t groups);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::Conv2d conv_{nullptr};
    torch::nn::GroupNorm norm_{nullptr};
};
TORCH_MODULE(CoreBlock);

class ResBlockImpl : public torch::nn::Module {
public:
    ResBlockImpl(int64_t in, int64_t out, int64_t timeDim, int64_t groups);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& timeEmbedding);

private:
    CoreBlock first_{nullptr}, second_{nullptr};
    torch::nn::Linear timeProjection_{nullptr};
    torch::nn::Conv2d skip_{nullptr};  // null when in == out
};
TORCH_MODULE(ResBlock);

// x2 spatial upsampling: the seed's ConvTranspose2d 4x4/2, or nearest x2 + conv3x3.
class UpsampleBlockImpl : public torch::nn::Module {
public:
    UpsampleBlockImpl(int64_t channels, UpsampleKind kind);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::ConvTranspose2d transposed_{nullptr};
    torch::nn::Conv2d conv_{nullptr};
};
TORCH_MODULE(UpsampleBlock);

// Single-head self-attention over H*W positions, written with plain matmuls (LibTorch 1.13
// has no scaled_dot_product_attention).
class AttentionBlockImpl : public torch::nn::Module {
public:
    AttentionBlockImpl(int64_t channels, int64_t groups);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::GroupNorm norm_{nullptr};
    torch::nn::Conv2d qkv_{nullptr}, projection_{nullptr};
};
TORCH_MODULE(AttentionBlock);

class UNetImpl : public ColorNetworkImpl {
public:
    // Throws std::runtime_error for a configuration outside UNetLimits, before allocating.
    explicit UNetImpl(const UNetConfig& config = {});
    // x: [N, inChannels, H, W]; t: int64 or float [N] timesteps. Returns [N, outChannels, H, W].
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& t) override;
    int64_t sizeMultiple() const override { return config_.sizeMultiple(); }
    int64_t inputChannels() const override { return config_.inChannels; }
    NetworkSpec spec() const override { return unetSpec(config_); }
    const UNetConfig& config() const { return config_; }

private:
    torch::Tensor timeEmbedding(const torch::Tensor& t);

    UNetConfig config_;
    torch::nn::Linear timeHidden_{nullptr}, timeOut_{nullptr};
    torch::nn::Conv2d input_{nullptr}, output_{nullptr};
    std::vector<torch::nn::ModuleList> encoder_, decoder_;
    std::vector<torch::nn::Conv2d> downsample_;
    std::vector<UpsampleBlock> upsample_;
    torch::nn::ModuleList bottleneck_{nullptr};
    AttentionBlock attention_{nullptr};
};
TORCH_MODULE(UNet);

}  // namespace colorized
