#include "colorized/core/samplerkind.h"

#include "colorized/core/nametable.h"

namespace colorized {

const SamplerDescription& describe(SamplerKind kind)
{
    return entryFor(kSamplers, kind);
}

std::string toString(SamplerKind kind)
{
    return describe(kind).name;
}

SamplerKind samplerKindFromString(const std::string& name)
{
    return valueNamed(kSamplers, name, "sampler");
}

std::vector<std::string> samplerNames()
{
    return namesOf(kSamplers);
}

std::string samplerNamesInProse()
{
    return namesInProse(kSamplers);
}

int64_t samplerStepCount(SamplerKind kind, int64_t requested, int64_t timesteps)
{
    return describe(kind).runsEveryTimestep ? timesteps : requested;
}

}  // namespace colorized
