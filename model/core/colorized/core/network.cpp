#include "colorized/core/network.h"

#include <torch/torch.h>

namespace colorized {

torch::Tensor networkInput(const torch::Tensor& noisyAb, const torch::Tensor& luminance,
                           const torch::Tensor& hintAb, const torch::Tensor& hintMask)
{
    return torch::cat({noisyAb, luminance, hintAb, hintMask}, 1);
}

int64_t ColorNetworkImpl::parameterCount() const
{
    int64_t count = 0;
    for (const auto& p : parameters())
        count += p.numel();
    return count;
}

}  // namespace colorized
