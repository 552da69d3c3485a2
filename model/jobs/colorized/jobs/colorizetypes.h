#pragma once
// Plain values that cross the boundary between the colorization worker and the UI.
// Qt Core/Gui only: the UI includes this header and never sees LibTorch or OpenCV.

#include "colorized/core/samplerkind.h"
#include "colorized/core/samplingdefaults.h"

#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace colorized::jobs {

// A color the archivist knows, pinned to a point of the photo.
struct HintSpec {
    QPointF position;  // fractions of the photo's width and height, 0..1
    QColor color;      // sRGB as picked; the job converts it to CIE a*b* (its L* is ignored)
    QString note;      // the evidence for the color (a record, a catalogue reference); may be empty

    bool operator==(const HintSpec& other) const
    {
        return position == other.position && color == other.color && note == other.note;
    }
};

// Everything that, with the photo and the hints, determines a result exactly.
struct ColorizeSettings {
    QString modelPath;
    SamplerKind sampler = kDefaultSampler;
    int steps = kDefaultSamplerSteps;  // ignored by a sampler that runs every timestep (DDPM): it runs T
    quint64 seed = 0;
    int candidates = kDefaultCandidates;  // K drawn in one batch; K > 1: their consensus is shown, with the uncertainty map
    int resolution = 0;      // long side at working resolution in pixels; 0 = the model's own
    bool bf16 = false;       // CPU bfloat16 autocast
    double eta = kDefaultEta;  // DDIM: 0 deterministic, 1 as noisy as DDPM
    // Classifier-free guidance; empty: the model's default (guidanceSettingsFor). A finished
    // result holds the value it ran at.
    std::optional<double> guidance;
    // Where the guidance applies (colorizer.h, guidedAt); empty: the model's default
    // (guidanceSettingsFor). A finished result holds the value it ran at.
    std::optional<double> guidanceCutoff;
    // The consensus' damping of colors the candidates disagree on; empty: the model's default
    // (guidanceSettingsFor). A finished result holds the value it ran at.
    std::optional<double> damping;
    double hintStrength = kDefaultHintStrength;  // 0..1: how firmly the sampler keeps hints' a*b*
    // Each photo draws its own noise from the seed and its file's SHA-256 (imaging::photoNoiseKey);
    // false only to render again a project made before that, whose photos drew the seed's noise.
    bool noisePerPhoto = true;
};

// State kept by the worker for a finished run: the sampler states of the timeline frames (for
// "Continue from here") and the candidates' a*b* (to compose any candidate at full resolution
// on export). Opaque to the UI; immutable once published.
class RunState;
// The sampler states x_t of the timeline frames, kept separately so that the UI can drop them
// for old photos (they are the bulk of a run's memory).
class StepStates;

// A branch: the rest of an earlier run's process from one of its frames, from the state of
// one candidate, re-noised with the new seed (SDEdit) so that another seed takes another path.
struct ContinueFrom {
    std::shared_ptr<const RunState> run;      // empty: start from pure noise
    std::shared_ptr<const StepStates> steps;  // the run's frame states
    int step = 0;                             // sampler step index of the frame to branch from
    int candidate = 0;                        // whose state every new candidate starts from
};

// Where a request joins the queue: behind the others, or ahead of them (a continuation of the
// photo on screen: the archivist is waiting for it).
enum class QueuePlace { Last, First };

struct ColorizeRequest {
    QString sourcePath;
    ColorizeSettings settings;
    QVector<HintSpec> hints;
    ContinueFrom continueFrom;
};

// One reverse-diffusion step, already rendered for the timeline (colors composed with the
// photo's L*). Emitted for every step when there are at most kMaxTimelineFrames steps,
// otherwise for evenly spaced steps and always the last one.
struct TimelineFrame {
    int request = 0;
    int step = 0;               // 0-based position in the sampler's sequence
    int stepCount = 0;
    qint64 timestep = 0;        // diffusion time t of x_t
    QVector<QImage> noisy;      // per candidate: x_t, RGB32, working resolution, unpadded
    QVector<QImage> predicted;  // per candidate: predicted x_0, same format
};
constexpr int kMaxTimelineFrames = 120;
constexpr int kResultThumbnailSize = 128;

struct ColorizeResult {
    int request = 0;
    QString sourcePath;
    QString sourceSha256;       // hex, of the file's bytes when it was colorized
    QSize sourceSize;
    int sourceBitDepth = 8;
    ColorizeSettings settings;  // as run: steps resolved for DDPM, seed as used
    QVector<HintSpec> hints;
    QString modelName;
    QString modelSha256;
    int startStep = 0;          // > 0 when continued from a frame of an earlier run
    // When continued: the earlier run's seed and the candidate whose state was continued.
    quint64 parentSeed = 0;
    int parentCandidate = 0;
    int shown = 0;              // shown and exported first: the consensus, or the only candidate
    QImage image;               // result `shown` at full resolution, 8-bit RGB32, for display
    QImage thumbnail;           // result `shown`, long side at most kResultThumbnailSize, RGB32
    // Per result, RGB32 at working resolution, unpadded: the K candidates, then their consensus
    // when K > 1 (samplingdefaults.h, resultCount).
    QVector<QImage> candidates;
    QImage uncertainty;         // ARGB32 overlay at working resolution; empty when K == 1: the
                                // mean CIEDE2000 of the candidates from their consensus
    double uncertaintyScale = 0;  // CIEDE2000 at which the overlay is opaque (uncertaintyscale.h)
    double seconds = 0;         // wall time of the run
    QDateTime finishedAt;       // UTC
    std::shared_ptr<const RunState> run;
    std::shared_ptr<const StepStates> steps;  // may be dropped to save memory

    bool isValid() const { return !image.isNull() && run != nullptr; }
};

// What the UI shows about the active model.
struct ModelSummary {
    QString path;
    QString name;
    QString description;
    QString sha256;
    int resolution = 0;
    int timesteps = 0;
    double guidance = 1.0;        // classifier-free guidance it runs at (1: none)
    double guidanceCutoff = 0.0;  // guided at timesteps t >= cutoff * T (0: every step)
};

}  // namespace colorized::jobs

Q_DECLARE_METATYPE(colorized::jobs::TimelineFrame)
Q_DECLARE_METATYPE(colorized::jobs::ColorizeResult)
Q_DECLARE_METATYPE(colorized::jobs::ModelSummary)
