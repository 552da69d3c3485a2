#pragma once
// The archivist's project as plain values: the photos and, per photo, what is needed to redo
// its result exactly (the settings and seed it was colorized with, its hints), the candidate
// chosen and where it was exported. Written as a `.colorized` file (JSON, README "Project
// files"). The C++ standard library alone: the session (ui/session) and colorized-cli convert
// to and from their Qt types, and the fuzz build compiles the parser (projectfile.h) with clang.
//
// Adding a field: a member here and one line in its struct's fields() in projectfile.cpp,
// which both writes it and reads it back with its checks. A file without the field reads as
// the member's default, so older files stay valid and the schema version stays.

#include "colorized/core/samplingdefaults.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace colorized::project {

// The version this program writes. A file of a higher version is refused (it may hold what this
// version would silently drop); every lower version is read.
inline constexpr int kSchemaVersion = 1;
inline constexpr const char* kFormatName = "colorized-project";
inline constexpr const char* kFileSuffix = "colorized";   // PROJECT.colorized

// A file that breaks a limit is refused before it is parsed or used.
struct ProjectLimits {
    static constexpr uint64_t kMaxBytes = 64ull * 1024 * 1024;   // ~100,000 photos with a few hints each
    static constexpr int kMaxPhotos = 100000;
    static constexpr int kMaxHints = 1000;             // per photo; the hints file's limit
    static constexpr int kMaxTextBytes = 4096;         // paths, names
    static constexpr int kMaxNoteBytes = 500;          // a hint's evidence; the hints file's limit
    static constexpr int kMaxCandidates = 64;
    static constexpr int kMaxSteps = 100000;           // DDPM runs every timestep of the model
    static constexpr int kMaxResolution = 4096;        // the model file's limit
    static constexpr int kMaxBranches = 100;           // per photo: results and continuations
};

// A color hint: where, and the sRGB color picked ("#rrggbb", or "#rrrrggggbbbb" when the color
// has more than 8 bits per channel, so that it converts to exactly the same a*b* again).
struct Hint {
    double x = 0;   // fractions of the photo's width and height, 0..1
    double y = 0;
    std::string color = "#808080";
    std::string note;   // the evidence for the color; may be empty
};

// Everything that, with the photo and its hints, determines a result exactly.
struct RenderSettings {
    std::string modelPath;
    std::string modelSha256;   // of the model file it ran with; empty: not known
    std::string sampler = "ddim";
    int steps = 25;
    uint64_t seed = 0;
    int candidates = 1;
    int resolution = 0;        // 0: the model's own
    bool bf16 = false;
    double eta = 0;
    double guidance = 1.0;     // classifier-free guidance as run; files before it ran at 1
    double guidanceCutoff = 0.0;  // guided at t >= cutoff * T; files before it: every step (0)
    double damping = 0.0;      // the consensus' damping by disagreement; files before it: 0
    // Each photo drew its own noise (seed + the first 64 bits of its file's SHA-256); files
    // before it: every photo of one size drew the same noise from the seed alone.
    bool noisePerPhoto = false;
    double hintStrength = kDefaultHintStrength;   // how firmly the sampler kept the hints, 0..1
};

// The collection review's verdicts, as the file spells them; the first is the default.
inline constexpr const char* kReviewStates[] = {"to review", "accepted", "redo", "rejected"};

// How the photo's shown result was made; the photo's `hints` may have changed since.
struct Render {
    RenderSettings settings;
    std::vector<Hint> hints;
};

// One result of a photo and where it came from: a run from noise, or the continuation of an
// earlier branch from one of its sampler steps (that branch's state of one candidate, re-noised
// with this branch's seed), as the application's "Continue from here" makes it.
struct Branch {
    int parent = -1;           // index of an earlier branch of the photo; -1: a run from noise
    int fromStep = 0;          // the parent's sampler step (0-based) it continued from
    int fromCandidate = 0;     // the parent's candidate whose state it continued
    Render render;             // its settings (seed included) and hints as run
    int candidate = 0;         // chosen, of render.settings.candidates
};

struct Export {
    std::string path;          // the image written
    std::string time;          // UTC, ISO 8601: 2026-11-30T14:05:09Z
    bool upToDate = true;      // false once the photo was colorized again or another candidate chosen
};

struct Photo {
    std::string path;          // absolute
    std::string sha256;        // of the original when last read; empty: not known yet
    std::vector<Hint> hints;   // as they are now
    // The shown branch's render and chosen candidate: what a version before branches reads (and
    // remakes from noise). Kept equal to branches[shownBranch] by setBranches().
    std::optional<Render> render;
    int candidate = 0;         // chosen, of render->settings.candidates
    // Every result, oldest first, each continuation after its parent. A file without them reads
    // as one branch from noise made of `render` and `candidate`.
    std::vector<Branch> branches;
    int shownBranch = 0;       // the one shown and exported
    std::optional<Export> exported;
    std::string review = kReviewStates[0];   // the archivist's verdict in the collection review
};

// Gives the photo its branches and shows `shown` (an index into them): `render` and `candidate`
// become that branch's. No branches: no render.
inline void setBranches(Photo& photo, std::vector<Branch> branches, int shown)
{
    photo.branches = std::move(branches);
    photo.shownBranch = photo.branches.empty() ? 0 : shown;
    if (photo.branches.empty()) {
        photo.render.reset();
        photo.candidate = 0;
        return;
    }
    const Branch& branch = photo.branches.at(size_t(photo.shownBranch));
    photo.render = branch.render;
    photo.candidate = branch.candidate;
}

// The photo's branches; for a photo made before branches (or by a writer that gives only
// `render`), its one result as a branch from noise.
inline std::vector<Branch> branchesOf(const Photo& photo)
{
    if (photo.branches.empty() && photo.render)
        return {Branch{-1, 0, 0, *photo.render, photo.candidate}};
    return photo.branches;
}

struct Project {
    int version = kSchemaVersion;
    std::string software;      // "COLORIZED 0.1.0": what wrote it, for the archivist
    std::vector<Photo> photos;
    int current = -1;          // the photo being worked on, -1: none
};

}  // namespace colorized::project
