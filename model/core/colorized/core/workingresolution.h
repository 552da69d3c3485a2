#pragma once
// The working resolution of a fine-tuned model. A model trained on random crops of photos packed
// at a fixed side sees objects larger than a whole photo scaled to that side shows them, so it
// colorizes best at a working resolution above its crop (the train-test resolution discrepancy,
// Touvron et al. 2019; measured for the default model in resources/models/README.md, "Seeing the
// photo at its training scale"). A fine-tune keeps the ratio its base model was measured at.
// The C++ standard library and nlohmann_json only: the application's wizard includes it.

#include <nlohmann/json.hpp>

#include <cstdint>

namespace colorized {

// The crop side the model was trained at, as its provenance records it ("training"/"crop"), or
// `workingResolution` for a file that does not record one (its working resolution was its crop).
int64_t trainingCropOf(const nlohmann::json& provenance, int64_t workingResolution);

// The working resolution of a model fine-tuned at `crop` from a base that works at
// `baseResolution` and was trained at the crop its provenance records (trainingCropOf): the
// base's ratio applied to the new crop, rounded to a multiple of 8. Throws std::invalid_argument
// for sizes that are not positive.
int64_t fineTunedResolution(int64_t baseResolution, const nlohmann::json& baseProvenance, int64_t crop);

}  // namespace colorized
