#pragma once
// The color pipeline (docs/ARCHITECTURE.md): full-resolution scan -> L at working resolution -> sampler
// -> a*b* -> guided upsampling with the original L -> output at the input's bit depth with
// L* unchanged. Runs on a worker thread (never the GUI thread).

#include "colorized/core/colorizer.h"
#include "colorized/imaging/colorhint.h"
#include "colorized/imaging/scan.h"
#include "colorized/imaging/scanstream.h"
#include "colorized/imaging/stagetimes.h"

#include <opencv2/core/mat.hpp>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace colorized::imaging {

// What, besides the scan and the model, determines the pipeline's result: the one request of
// this layer. (model/jobs' ColorizeRequest is the UI's request to the job, with a file path and
// settings; the job turns it into this.)
struct PipelineRequest {
    std::vector<ColorHint> hints;
    ColorizeOptions options;
    int resolution = 0;      // long side at working resolution; 0 = the model's own
    // The sampler keeps the hints' a*b* in discs of hintRadius working pixels, mask weight
    // hintStrength in [0, 1] (0: only the network's hint input). samplingdefaults.h.
    double hintStrength = kDefaultHintStrength;
    double hintRadius = kDefaultHintRadius;
    // Which photo the noise is drawn for: the sampler draws candidate k from the generator
    // seeded options.sampler.seed + photoKey + k. With photoKey 0 every photo of one size
    // colorized with one seed starts from the same noise, and that noise gives a whole
    // collection one cast (resources/models/README.md, "One noise per photo").
    // photoNoiseKey() makes it from the source file's SHA-256.
    uint64_t photoKey = 0;
};

// The photo key of a source file (PipelineRequest::photoKey): the first 64 bits of the SHA-256
// of its bytes, given in hex as the provenance records it, so that the recorded seed and source
// hash reproduce the noise on any machine. 0 when the text does not start with 16 hex digits.
uint64_t photoNoiseKey(std::string_view sha256Hex);

// One reverse-process step, rendered for the timeline.
struct ColorizeFrame {
    int index = 0;
    int count = 0;
    int64_t timestep = 0;
    // Per result (the candidates, then their consensus: samplingdefaults.h, resultCount).
    std::vector<cv::Mat> noisy;      // x_t composed with L, CV_8UC3 BGR, working res
    std::vector<cv::Mat> predicted;  // predicted x_0 composed with L, same format
    torch::Tensor xt;                // [results, 2, h, w] raw state, for "continue from here"
};

struct ColorizeOutcome {
    cv::Mat image;                   // result `shown` at full resolution, scan depth, BGR
    int shown = 0;                   // the result shown first: the consensus of the K candidates
                                     // (index K), or the only candidate (samplingdefaults.h)
    torch::Tensor candidatesAb;      // [results, 2, h, w] a*b* / 110 at working resolution
                                     // (padded): the K candidates, then their consensus if K > 1
    std::vector<cv::Mat> candidatePreviews;  // per result, CV_8UC3 BGR, working res, unpadded
    cv::Mat uncertainty;             // CV_32FC1 working res, unpadded: the mean CIEDE2000 of the
                                     // candidates from their consensus, with the working L*
                                     // (0 when K == 1)
    cv::Mat workingLightness;        // CV_32FC1 L* at working res, unpadded: the guide that
                                     // composeCandidate() needs
    StageTimes times;                // wall time of each stage, for `colorized-cli bench --pipeline`
};

// Runs the whole pipeline for one scan. onFrame is called on the calling thread after every
// sampler step (previews are cheap: working resolution, 8-bit). request.resolution 0 means the
// model's own. Returns nothing when cancelled (checked every step and before the full-resolution
// composition). Throws std::runtime_error subclasses on failure.
std::optional<ColorizeOutcome> colorizeScan(LoadedModel& model, const ScanImage& scan,
                                            const PipelineRequest& request,
                                            const std::function<void(const ColorizeFrame&)>& onFrame = {},
                                            const std::atomic<bool>* cancel = nullptr);

// colorizeScanInStrips() reads the scan twice; a giant scan takes minutes for each reading.
enum class StripPass { WorkingLightness, Composition };

// Where colorizeScanInStrips() writes its result, and whom it tells how far it is.
struct StripOutput {
    std::string path;                          // .png or .tif; written to a temporary file next to
                                               // it and renamed into place when complete
    std::vector<std::string> protectedPaths;   // never written: the sources (imagewriter.h)
    int compression = 3;                       // zlib level 1-9 (PNG and TIFF)
    // Called once the candidates are sampled, before the first row is written: what the file
    // carries besides its pixels (the provenance, which names the candidate shown).
    std::function<RowWriterMetadata(const ColorizeOutcome&)> metadata;
    // Called after every band of either reading with the rows done so far and the scan's height.
    std::function<void(StripPass pass, int rowsDone, int rows)> onBand;
};

// The same pipeline for a scan too large to hold in memory (docs/ARCHITECTURE.md, "Large scans"):
// the file is read twice, a band of rows at a time (openScanRowReader(): PNG, TIFF in strips),
// first for L* at working resolution, then to compose result `shown` band by band straight
// into output.path, at the scan's bit depth, with its alpha. Nothing at full resolution is held
// but a few bands, whatever the scan's size. The outcome's `image` stays empty. Returns nothing
// when cancelled (checked every step and every band); throws ScanStreamError (naming the file)
// when the scan cannot be read in strips or the output cannot be written.
std::optional<ColorizeOutcome> colorizeScanInStrips(LoadedModel& model, const std::string& scanPath,
                                                    const PipelineRequest& request, const StripOutput& output,
                                                    const std::function<void(const ColorizeFrame&)>& onFrame = {},
                                                    const std::atomic<bool>* cancel = nullptr);

// Full-resolution image of candidate k (what the archivist picked), scan depth, BGR (the scan's
// alpha, if any, stays in scan.alpha). L* equals the scan's L* to quantization.
// outcome comes from colorizeScan() on this scan. Throws std::invalid_argument otherwise.
cv::Mat composeCandidate(const ScanImage& scan, const ColorizeOutcome& outcome, int candidate);

}  // namespace colorized::imaging
