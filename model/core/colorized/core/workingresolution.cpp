#include "colorized/core/workingresolution.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace colorized {

int64_t trainingCropOf(const nlohmann::json& provenance, int64_t workingResolution)
{
    if (!provenance.is_object())
        return workingResolution;
    const auto training = provenance.find("training");
    if (training == provenance.end() || !training->is_object())
        return workingResolution;
    const auto crop = training->find("crop");
    if (crop == training->end() || !crop->is_number_integer() || crop->get<int64_t>() <= 0)
        return workingResolution;
    return crop->get<int64_t>();
}

int64_t fineTunedResolution(int64_t baseResolution, const nlohmann::json& baseProvenance, int64_t crop)
{
    const int64_t baseCrop = trainingCropOf(baseProvenance, baseResolution);
    if (baseResolution <= 0 || crop <= 0)
        throw std::invalid_argument("fineTunedResolution: every size must be positive");
    const double scaled = double(baseResolution) * double(crop) / double(baseCrop);
    return std::max<int64_t>(8, std::llround(scaled / 8.0) * 8);
}

}  // namespace colorized
