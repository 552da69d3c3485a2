#include "colorized/core/network.h"

namespace colorized {

int64_t ColorNetworkImpl::parameterCount() const
{
    int64_t count = 0;
    for (const auto& p : parameters())
        count += p.numel();
    return count;
}

}  // namespace colorized
