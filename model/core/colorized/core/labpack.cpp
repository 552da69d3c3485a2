#include "colorized/core/labpack.h"

#include "colorized/core/colorspace.h"
#include "colorized/core/safetensors.h"

#include <torch/torch.h>

namespace colorized {

void writeLabPack(const std::string& path, const LabPack& pack)
{
    TORCH_CHECK(pack.lab.dim() == 4 && pack.lab.size(1) == 3 && pack.lab.scalar_type() == torch::kByte,
                "writeLabPack: lab must be uint8 [N, 3, S, S]");
    SafetensorsContent content;
    content.tensors["lab"] = pack.lab;
    content.metadata = pack.metadata;
    content.metadata["colorized.pack"] = "lab-u8-opencv";
    writeSafetensors(path, content);
}

LabPack readLabPack(const std::string& path)
{
    auto content = readSafetensors(path);
    const auto found = content.tensors.find("lab");
    if (content.metadata["colorized.pack"] != "lab-u8-opencv" || found == content.tensors.end())
        throw std::runtime_error(path + " is not a COLORIZED training pack (make one with colorized-cli pack).");
    const auto& lab = found->second;
    if (lab.dim() != 4 || lab.size(1) != 3 || lab.scalar_type() != torch::kByte || lab.size(0) == 0)
        throw std::runtime_error(path + " holds a training pack of the wrong shape or type.");
    return LabPack{lab, content.metadata};
}

torch::Tensor labBytesToModelSpace(const torch::Tensor& lab)
{
    // OpenCV 8-bit Lab: L = L* * 255/100, a = a* + 128, b = b* + 128.
    const auto values = lab.to(torch::kFloat);
    const auto lightness = values.narrow(1, 0, 1) * (100.0 / 255.0) / 50.0 - 1.0;
    const auto chroma = (values.narrow(1, 1, 2) - 128.0) / kAbScale;
    return torch::cat({lightness, chroma}, 1);
}

}  // namespace colorized
