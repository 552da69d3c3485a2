#pragma once
// How a photo is sampled unless someone says otherwise: the choice of the default model's
// evaluation (resources/models/README.md: DDIM, 25 steps, eta 0, guidance 4 over the noisier
// half of the timesteps, 4 candidates with their consensus shown, damped by 1.5 where they
// disagree). One definition for the engine, colorized-cli and the application's settings; no
// LibTorch, so that the application can include it.

namespace colorized {

inline constexpr int kDefaultSamplerSteps = 25;   // DDIM steps; DDPM always runs the model's T
inline constexpr double kDefaultEta = 0.0;        // DDIM: 0 deterministic, 1 as noisy as DDPM
inline constexpr int kDefaultCandidates = 4;      // drawn in one batch; their consensus is shown
// Classifier-free guidance for a model trained for it (colorizer.h, guidanceSettingsFor); a model
// trained without unconditional samples always runs at 1, its conditional prediction alone.
inline constexpr double kDefaultGuidance = 4.0;
inline constexpr double kMaxGuidance = 8.0;       // beyond this every color saturates
// The guidance applies only at timesteps t >= cutoff * T, the noisiest steps, where the
// candidates choose their colors; below it the prediction with the photo alone refines them,
// which keeps their saturation nearer the truth's and skips the second network pass there
// (colorizer.h, guidedAt). 0 = guided at every step, as models ran before the cutoff existed.
inline constexpr double kDefaultGuidanceCutoff = 0.5;
// How far the consensus pulls a pixel's color toward neutral where the candidates disagree
// (colorizer.h, withConsensus), for a model trained for guidance (guidanceSettingsFor); 0 = their
// plain mean, which a model without guidance keeps.
inline constexpr double kDefaultDamping = 1.5;
inline constexpr double kMaxDamping = 16.0;

// A run of `drawn` candidates has this many results: the candidates and, when there is more than
// one, their consensus after them (index `drawn`: colorizer.h, withConsensus), which is the
// result shown first and exported unless the archivist picks a candidate.
inline constexpr int resultCount(int drawn) { return drawn > 1 ? drawn + 1 : 1; }
inline constexpr int shownResult(int drawn) { return drawn > 1 ? drawn : 0; }
inline constexpr bool isConsensus(int result, int drawn) { return drawn > 1 && result == drawn; }
inline constexpr int drawnOf(int results) { return results > 1 ? results - 1 : 1; }
// How firmly the sampler keeps the hints' a*b* while denoising (0: only the network's hint
// input; 1: replaced at every step inside a disc around each hint), and that disc's radius in
// pixels at working resolution. Chosen by `colorized-cli eval --hints` (model card).
inline constexpr double kDefaultHintStrength = 1.0;
inline constexpr double kDefaultHintRadius = 1.5;

}  // namespace colorized
