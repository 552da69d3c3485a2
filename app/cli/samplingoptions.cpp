#include "samplingoptions.h"

#include "colorized/core/decimaltext.h"
#include "colorized/core/processor.h"
#include "colorized/jobs/modellocator.h"

#include <QFile>

#include <iostream>
#include <stdexcept>

namespace colorized::cli {

void SamplingArguments::addTo(CLI::App& command)
{
    command.add_option("--model", model, "Model file (default: the bundled model)");
    command.add_option("--sampler", sampler, samplerNamesInProse())->capture_default_str();
    command.add_option("--steps", steps, "DDIM steps (DDPM always runs all of them)")->capture_default_str();
    command.add_option("--eta", eta, "DDIM eta: 0 deterministic, 1 as noisy as DDPM")->check(CLI::Range(0.0, 1.0))->capture_default_str();
    command.add_option("--seed", seed, "Random seed; with the same file the same seed reproduces a result (each file draws its own noise from the seed and its SHA-256)")->capture_default_str();
    command.add_option("--candidates", candidates, "Candidates per photo (one batch)")->capture_default_str();
    command.add_option("--resolution", resolution, "Working resolution, long side in pixels (0: the model's)")
        ->capture_default_str();
    command.add_option("--threads", threads, "Intra-op threads (0 = all cores)")->capture_default_str();
    command.add_option("--hint-strength", hintStrength,
                       "How firmly the sampler keeps each hint's a*b* while denoising: 0 = only the model's "
                       "hint input, 1 = kept at every step in a disc around the hint")
        ->capture_default_str();
    command.add_option("--hint-radius", hintRadius, "Radius of that disc in pixels at working resolution")
        ->capture_default_str();
    command.add_option("--guidance", guidance,
                       "Classifier-free guidance: 1 = none; above 1 the colors follow the photo more decisively, "
                       "at twice the network's cost. Only for a model trained with train --unconditional "
                       "(default: the model's own, " + decimalText(kDefaultGuidance) + " for such a model, otherwise 1)")
        ->check(CLI::Range(0.0, kMaxGuidance));
    command.add_option("--guidance-cutoff", guidanceCutoff,
                       "Guide only the noisiest timesteps, t >= CUTOFF * T, where the candidates choose "
                       "their colors; below it the prediction with the photo alone, which keeps their "
                       "saturation natural and saves the second network pass; 0 = every step (default: "
                       "the model's own, " + decimalText(kDefaultGuidanceCutoff)
                       + " for a model trained for guidance, otherwise 0)")
        ->check(CLI::Range(0.0, 1.0));
    command.add_option("--damping", damping,
                       "How far the consensus of the candidates takes a color toward neutral where they "
                       "disagree: its chroma is scaled by s / (s + DAMPING), s = their mean squared over "
                       "their variance; 0 = their plain mean (default: the model's own, "
                       + decimalText(kDefaultDamping) + " for a model trained for guidance, otherwise 0)")
        ->check(CLI::Range(0.0, kMaxDamping));
    command.add_flag("--bf16", bf16,
                     "bf16 autocast on the CPU where the processor has native bfloat16 (avx512_bf16 or "
                     "amx_bf16); elsewhere a warning, and fp32");
}

ColorizeOptions SamplingArguments::toOptions() const
{
    if (candidates < 1 || candidates > 16)
        throw std::invalid_argument("--candidates must be between 1 and 16.");
    ColorizeOptions options;
    options.sampler.kind = samplerKind();
    options.sampler.steps = steps;
    options.sampler.eta = eta;
    options.sampler.seed = seed;
    options.candidates = candidates;
    options.guidance = guidance;
    options.guidanceCutoff = guidanceCutoff;
    options.damping = damping;
    options.bf16 = resolveBf16(bf16, std::cerr);
    return options;
}

void SamplingArguments::applyHintGuidance(imaging::PipelineRequest& request) const
{
    if (!(hintStrength >= 0.0 && hintStrength <= 1.0))
        throw std::invalid_argument("--hint-strength must be between 0 and 1.");
    if (!(hintRadius >= 0.0 && hintRadius <= 64.0))
        throw std::invalid_argument("--hint-radius must be between 0 and 64 pixels.");
    request.hintStrength = hintStrength;
    request.hintRadius = hintRadius;
}

SamplerKind SamplingArguments::samplerKind() const
{
    return samplerKindFromString(sampler);
}

int64_t SamplingArguments::stepCount(int64_t timesteps) const
{
    return samplerStepCount(samplerKind(), steps, timesteps);
}

std::string SamplingArguments::modelPath() const
{
    if (!model.empty())
        return model;
    const auto location = jobs::locateDefaultModel();
    if (!location.found())
        throw std::runtime_error(
            "No model was given and no default model is installed (looked in: "
            + location.tried.join(QStringLiteral(", ")).toStdString()
            + "). Pass --model FILE, set COLORIZED_MODEL, or train one with `colorized-cli train` (see README).");
    return QFile::encodeName(location.path).toStdString();
}

}  // namespace colorized::cli
