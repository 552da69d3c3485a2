#pragma once
// Training images as one tensor, so the trainer needs no image library (it also runs on a
// GPU box with LibTorch alone). A pack is a safetensors file with tensor "lab": uint8
// [N, 3, S, S] in OpenCV's 8-bit Lab encoding (L* * 255/100, a* + 128, b* + 128).
// `colorized-cli pack` writes it from a folder of photos.

#include <torch/types.h>

#include <map>
#include <string>

namespace colorized {

struct LabPack {
    torch::Tensor lab;  // uint8 [N, 3, S, S]
    std::map<std::string, std::string> metadata;
};

void writeLabPack(const std::string& path, const LabPack& pack);
LabPack readLabPack(const std::string& path);  // throws SafetensorsError / std::runtime_error

// uint8 [N, 3, H, W] Lab -> float [N, 3, H, W] in model space (L, a, b).
torch::Tensor labBytesToModelSpace(const torch::Tensor& lab);

}  // namespace colorized
