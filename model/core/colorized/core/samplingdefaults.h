#pragma once
// How a photo is sampled unless someone says otherwise: the choice of the default model's
// evaluation (resources/models/README.md: DDIM, 25 steps, eta 1, 4 candidates with the most
// typical shown). One definition for the engine, colorized-cli and the application's settings;
// no LibTorch, so that the application can include it.

namespace colorized {

inline constexpr int kDefaultSamplerSteps = 25;   // DDIM steps; DDPM always runs the model's T
inline constexpr double kDefaultEta = 1.0;        // DDIM: 0 deterministic, 1 as noisy as DDPM
inline constexpr int kDefaultCandidates = 4;      // drawn in one batch; the most typical is shown
// How firmly the sampler keeps the hints' a*b* while denoising (0: only the network's hint
// input; 1: replaced at every step inside a disc around each hint), and that disc's radius in
// pixels at working resolution. Chosen by `colorized-cli eval --hints` (model card).
inline constexpr double kDefaultHintStrength = 1.0;
inline constexpr double kDefaultHintRadius = 1.5;

}  // namespace colorized
