#pragma once
// The samplers by name: the one table that the command line (--sampler), the settings dock and
// its QSettings key, the colorize job, provenance records and the samplers themselves read.
// No LibTorch and no Qt, so that ui/ can list the samplers (library colorized_names).
// Adding a sampler: docs/ARCHITECTURE.md, "Adding a sampler".

#include <cstdint>
#include <string>
#include <vector>

// Marks a display label for Qt Linguist without Qt: ui/CMakeLists.txt has lupdate read this
// header with the macro as an alias of QT_TRANSLATE_NOOP.
#define COLORIZED_TRANSLATE_NOOP(context, text) text

namespace colorized {

enum class SamplerKind { Ddpm, Ddim };

struct SamplerDescription {
    SamplerKind value;
    const char* name;        // stable: --sampler, settings, provenance; never rename a released one
    const char* label;       // English, for lists; translate in context kSamplerLabelContext
    bool runsEveryTimestep;  // runs all T steps of the model, whatever step count was asked for
};

inline constexpr const char* kSamplerLabelContext = "Sampler";

// In the order the settings dock lists them.
inline constexpr SamplerDescription kSamplers[] = {
    {SamplerKind::Ddim, "ddim", COLORIZED_TRANSLATE_NOOP("Sampler", "DDIM (fast, few steps)"), false},
    {SamplerKind::Ddpm, "ddpm", COLORIZED_TRANSLATE_NOOP("Sampler", "DDPM (every step, slow)"), true},
};

inline constexpr SamplerKind kDefaultSampler = SamplerKind::Ddim;

const SamplerDescription& describe(SamplerKind kind);
std::string toString(SamplerKind kind);
// Throws std::invalid_argument with a sentence that names the valid samplers.
SamplerKind samplerKindFromString(const std::string& name);
std::vector<std::string> samplerNames();
std::string samplerNamesInProse();  // "ddim or ddpm"

// Steps that `kind` runs when `requested` are asked for on a model with `timesteps` (T).
int64_t samplerStepCount(SamplerKind kind, int64_t requested, int64_t timesteps);

}  // namespace colorized
