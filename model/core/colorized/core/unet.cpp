#include "colorized/core/unet.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/upsampling.h>
#include <torch/nn/modules/activation.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>

namespace colorized {

namespace F = torch::nn::functional;

namespace {

torch::nn::Conv2d conv(int64_t in, int64_t out, int64_t kernel, int64_t stride = 1, int64_t padding = 0)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel).stride(stride).padding(padding));
}

// Under CPU autocast, normalisation runs in fp32 and hands fp32 on.
torch::Tensor normalizeInFloat(torch::nn::GroupNorm& norm, const torch::Tensor& x)
{
    return x.scalar_type() == torch::kFloat ? norm(x) : norm(x.to(torch::kFloat));
}

}  // namespace

CoreBlockImpl::CoreBlockImpl(int64_t in, int64_t out, int64_t groups)
    : conv_(register_module("conv", conv(in, out, 3, 1, 1)))
    , norm_(register_module("norm", torch::nn::GroupNorm(groups, out)))
{
}

torch::Tensor CoreBlockImpl::forward(const torch::Tensor& x)
{
    return F::silu(normalizeInFloat(norm_, conv_(x)));
}

ResBlockImpl::ResBlockImpl(int64_t in, int64_t out, int64_t timeDim, int64_t groups)
    : first_(register_module("first", CoreBlock(in, out, groups)))
    , second_(register_module("second", CoreBlock(out, out, groups)))
    , timeProjection_(register_module("time", torch::nn::Linear(timeDim, out)))
{
    if (in != out)
        skip_ = register_module("skip", conv(in, out, 1));
}

torch::Tensor ResBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& timeEmbedding)
{
    // timeEmbedding: [N, timeDim] -> [N, out, 1, 1], broadcast over H, W.
    auto h = first_(x) + timeProjection_(F::silu(timeEmbedding)).unsqueeze(-1).unsqueeze(-1);
    h = second_(h);
    return h + (skip_ ? skip_(x) : x);
}

UpsampleBlockImpl::UpsampleBlockImpl(int64_t channels, UpsampleKind kind)
{
    if (kind == UpsampleKind::Transposed)
        transposed_ = register_module("transposed", torch::nn::ConvTranspose2d(
            torch::nn::ConvTranspose2dOptions(channels, channels, 4).stride(2).padding(1)));
    else
        conv_ = register_module("conv", conv(channels, channels, 3, 1, 1));
}

torch::Tensor UpsampleBlockImpl::forward(const torch::Tensor& x)
{
    if (transposed_)
        return transposed_(x);
    return conv_(F::interpolate(x, F::InterpolateFuncOptions().scale_factor(std::vector<double>{2.0, 2.0})
                                       .mode(torch::kNearest)));
}

AttentionBlockImpl::AttentionBlockImpl(int64_t channels, int64_t groups)
    : norm_(register_module("norm", torch::nn::GroupNorm(groups, channels)))
    , qkv_(register_module("qkv", conv(channels, 3 * channels, 1)))
    , projection_(register_module("projection", conv(channels, channels, 1)))
{
}

torch::Tensor AttentionBlockImpl::forward(const torch::Tensor& x)
{
    const auto n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
    auto qkv = qkv_(normalizeInFloat(norm_, x)).reshape({n, 3, c, h * w});
    auto q = qkv.select(1, 0), k = qkv.select(1, 1), v = qkv.select(1, 2);   // [N, C, HW]
    auto weights = torch::softmax(torch::bmm(q.transpose(1, 2), k) / std::sqrt(double(c)), -1);
    auto attended = torch::bmm(v, weights.transpose(1, 2)).reshape({n, c, h, w});
    return x + projection_(attended);
}

UNetImpl::UNetImpl(const UNetConfig& config) : config_(config)
{
    try {
        checkUNetConfig(config);
    } catch (const std::runtime_error& error) {
        throw std::runtime_error(std::string("The U-Net configuration is invalid: ") + error.what() + ".");
    }
    const int64_t w = config.baseWidth;
    const int64_t timeDim = 4 * w;
    const auto& mult = config.levelMultipliers;
    const size_t levels = mult.size();

    timeHidden_ = register_module("time_hidden", torch::nn::Linear(w, timeDim));
    timeOut_ = register_module("time_out", torch::nn::Linear(timeDim, timeDim));
    const int64_t stemArea = config.stem * config.stem;
    input_ = register_module("input", conv(config.inChannels * stemArea, w, 3, 1, 1));

    // Encoder: level i goes to width w*mult[i]; downsample between levels.
    std::vector<int64_t> skipWidths;
    int64_t width = w;
    for (size_t level = 0; level < levels; ++level) {
        torch::nn::ModuleList blocks;
        const int64_t out = w * mult[level];
        for (int64_t b = 0; b < config.blocksPerLevel; ++b) {
            blocks->push_back(ResBlock(width, out, timeDim, config.groups));
            width = out;
        }
        encoder_.push_back(register_module("encoder" + std::to_string(level), blocks));
        skipWidths.push_back(width);
        if (level + 1 < levels)
            downsample_.push_back(register_module("down" + std::to_string(level), conv(width, width, 4, 2, 1)));
    }

    bottleneck_ = register_module("bottleneck", torch::nn::ModuleList());
    for (int64_t b = 0; b < config.bottleneckBlocks; ++b)
        bottleneck_->push_back(ResBlock(width, width, timeDim, config.groups));
    if (config.bottleneckAttention)
        attention_ = register_module("attention", AttentionBlock(width, config.groups));

    // Decoder, deepest level first: concatenate the level's skip, then blocks down to the width
    // of the level above; the top level gets one extra block (the seed's 64->32, 32, 32).
    for (size_t i = 0; i < levels; ++i) {
        const size_t level = levels - 1 - i;
        const int64_t out = level == 0 ? w : w * mult[level - 1];
        torch::nn::ModuleList blocks;
        int64_t in = width + skipWidths[level];
        const int64_t count = config.blocksPerLevel + (level == 0 ? 1 : 0);
        for (int64_t b = 0; b < count; ++b) {
            blocks->push_back(ResBlock(in, out, timeDim, config.groups));
            in = out;
        }
        width = out;
        decoder_.push_back(register_module("decoder" + std::to_string(level), blocks));
        if (level > 0) {
            upsample_.push_back(register_module("up" + std::to_string(level), UpsampleBlock(width, config.upsample)));
        }
    }
    output_ = register_module("output", conv(width, config.outChannels * stemArea, 1));
}

torch::Tensor UNetImpl::timeEmbedding(const torch::Tensor& t)
{
    // Sinusoidal embedding of dimension baseWidth, then MLP (Linear, GELU, Linear).
    const int64_t half = config_.baseWidth / 2;
    const auto frequencies = torch::exp(
        -std::log(10000.0) * torch::arange(half, torch::TensorOptions().dtype(torch::kFloat).device(t.device()))
        / static_cast<double>(std::max<int64_t>(half - 1, 1)));
    const auto angles = t.to(torch::kFloat).unsqueeze(1) * frequencies.unsqueeze(0);
    const auto embedding = torch::cat({angles.sin(), angles.cos()}, 1);
    return timeOut_(F::gelu(timeHidden_(embedding)));
}

torch::Tensor UNetImpl::forward(const torch::Tensor& x, const torch::Tensor& t)
{
    const int64_t multiple = config_.sizeMultiple();
    TORCH_CHECK(x.dim() == 4 && x.size(1) == config_.inChannels, "U-Net input must be [N, ",
                config_.inChannels, ", H, W]");
    TORCH_CHECK(x.size(2) % multiple == 0 && x.size(3) % multiple == 0, "U-Net input height and width must be multiples of ",
                multiple);
    const auto time = timeEmbedding(t);
    auto h = input_(config_.stem > 1 ? torch::pixel_unshuffle(x, config_.stem) : x);
    std::vector<torch::Tensor> skips;
    for (size_t level = 0; level < encoder_.size(); ++level) {
        for (auto& block : *encoder_[level])
            h = block->as<ResBlock>()->forward(h, time);
        skips.push_back(h);
        if (level < downsample_.size())
            h = downsample_[level](h);
    }
    for (size_t b = 0; b < bottleneck_->size(); ++b) {
        h = bottleneck_[b]->as<ResBlock>()->forward(h, time);
        if (attention_ && b == 0)
            h = attention_(h);
    }
    for (size_t i = 0; i < decoder_.size(); ++i) {
        h = torch::cat({h, skips[skips.size() - 1 - i].to(h.scalar_type())}, 1);
        for (auto& block : *decoder_[i])
            h = block->as<ResBlock>()->forward(h, time);
        if (i < upsample_.size())
            h = upsample_[i](h);
    }
    const auto output = output_(h);
    return config_.stem > 1 ? torch::pixel_shuffle(output, config_.stem) : output;
}

}  // namespace colorized
