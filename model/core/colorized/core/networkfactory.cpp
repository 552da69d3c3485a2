#include "colorized/core/networkfactory.h"

#include "colorized/core/unet.h"

#include <algorithm>
#include <stdexcept>

namespace colorized {

namespace {

struct Constructor {
    const char* architecture;
    ColorNetwork (*create)(const nlohmann::json& canonicalConfig);
};

// One per name in networkspec.cpp (tst_network builds every architectureNames()).
const Constructor kConstructors[] = {
    {kUNetArchitecture,
     [](const nlohmann::json& config) -> ColorNetwork { return std::make_shared<UNetImpl>(unetConfigFromJson(config)); }},
};

}  // namespace

ColorNetwork createNetwork(const NetworkSpec& spec)
{
    const NetworkSpec canonical = canonicalSpec(spec);   // throws for unknown names and limits
    const auto found = std::find_if(std::begin(kConstructors), std::end(kConstructors),
                                    [&](const Constructor& c) { return canonical.architecture == c.architecture; });
    if (found == std::end(kConstructors))
        throw std::logic_error("networkfactory.cpp has no constructor for " + canonical.architecture + ".");
    return found->create(canonical.config);
}

}  // namespace colorized
