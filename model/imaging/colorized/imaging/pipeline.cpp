#include "colorized/imaging/pipeline.h"

#include "colorized/core/colorspace.h"
#include "colorized/imaging/areadownscale.h"
#include "colorized/imaging/imagewriter.h"
#include "colorized/imaging/lab.h"
#include "colorized/imaging/metrics.h"
#include "colorized/imaging/tensorbridge.h"
#include "colorized/imaging/upsample.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>

#include <c10/core/InferenceMode.h>
#include <torch/types.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <stdexcept>

namespace colorized::imaging {
namespace {

bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(); }

int outputDepth(const ScanImage& scan) { return scan.bitDepth == 16 ? CV_16U : CV_8U; }

// 8-bit BGR previews of every candidate in `ab` ([K, 2, Hp, Wp], a*b* / 110), each clamped to
// the model's range first (x_t early in the reverse process is mostly noise).
std::vector<cv::Mat> previews(const torch::Tensor& ab, const cv::Mat& workingLightness)
{
    const torch::Tensor clamped = ab.clamp(-1.0, 1.0);
    std::vector<cv::Mat> images;
    for (int k = 0; k < clamped.size(0); ++k)
        images.push_back(
            composeBgr(workingLightness, abPlanesToMat(clamped, k, workingLightness.size()), CV_8U));
    return images;
}

// Per pixel, the mean CIEDE2000 of the `drawn` candidates from their consensus (`results`: what
// withConsensus made of them), with the working L*: how much the shown color is a guess.
// CV_32FC1, working size; zero for a single candidate.
cv::Mat candidateSpread(const torch::Tensor& results, int drawn, const cv::Mat& workingLightness)
{
    cv::Mat spread = cv::Mat::zeros(workingLightness.size(), CV_32FC1);
    if (drawn < 2)
        return spread;
    const torch::Tensor clamped = results.clamp(-1.0, 1.0);
    const auto labOf = [&](int k) {
        const cv::Mat planes[] = {workingLightness, abPlanesToMat(clamped, k, workingLightness.size())};
        cv::Mat lab;
        cv::merge(planes, 2, lab);
        return lab;
    };
    const cv::Mat consensus = labOf(drawn);
    for (int k = 0; k < drawn; ++k)
        spread += ciede2000MapLab(labOf(k), consensus);
    return spread / double(drawn);
}

ColorizeFrame makeFrame(const SamplerStep& step, const cv::Mat& workingLightness, double damping)
{
    ColorizeFrame frame;
    frame.index = step.index;
    frame.count = step.count;
    frame.timestep = step.timestep;
    // The consensus has a frame too: its predicted x_0 is the consensus of the candidates' (the
    // result taking shape), and its x_t their plain mean, the state a continuation from it starts
    // from (damping by agreement means nothing for states that are mostly noise).
    frame.xt = withConsensus(step.xt.to(torch::kCPU), 0.0);
    frame.noisy = previews(frame.xt, workingLightness);
    frame.predicted = previews(withConsensus(step.predictedX0.to(torch::kCPU), damping), workingLightness);
    return frame;
}

// Rows of full-resolution work per strip: a strip of a 6000-pixel-wide scan is a few megabytes.
constexpr int kStripRows = 64;
// Full-resolution memory of a streamed scan: each band read from the file, with its L*, a*b* and
// composed output, stays under this (about 28 bytes per pixel in all, so 8 to 64 Mi pixels).
constexpr std::size_t kBandBytes = std::size_t(64) << 20;
constexpr std::size_t kBandBytesPerPixel = 28;

// Calls work(rows) for strips of kStripRows rows of [0, rows), split over OpenCV's threads.
template <typename Work>
void parallelStrips(int rows, Work work)
{
    const int strips = (rows + kStripRows - 1) / kStripRows;
    cv::parallel_for_(cv::Range(0, strips), [&](const cv::Range& range) {
        for (int s = range.start; s < range.end; ++s)
            work(cv::Range(s * kStripRows, std::min(rows, (s + 1) * kStripRows)));
    });
}

cv::Size workingSizeFor(const LoadedModel& model, const PipelineRequest& request, cv::Size full)
{
    return workingSize(full, request.resolution > 0 ? request.resolution : static_cast<int>(model.info.resolution));
}

// L* of `pixels` (8/16-bit gray or BGR) at `working` size, computed strip by strip: no
// full-resolution float plane exists at any time (area averaging when shrinking; a scan smaller
// than the working size is enlarged bilinearly from its whole L*, which is small).
cv::Mat workingLightnessOf(const cv::Mat& pixels, cv::Size working)
{
    if (working.width > pixels.cols || working.height > pixels.rows)
        return toWorkingLuminance(lightness(pixels), std::max(working.width, working.height), 1).lightness;
    AreaDownscaler downscaler(pixels.size(), working);
    const int bandRows = kStripRows * 8;
    for (int first = 0; first < pixels.rows; first += bandRows)
        downscaler.addRows(lightness(pixels.rowRange(first, std::min(pixels.rows, first + bandRows))));
    return downscaler.result();
}

// Sampling and everything at working resolution, shared by the in-memory and the streamed
// pipeline. The outcome has no full-resolution image yet.
std::optional<ColorizeOutcome> sampleCandidates(LoadedModel& model, const cv::Mat& workingLightness,
                                                const PipelineRequest& request,
                                                const std::function<void(const ColorizeFrame&)>& onFrame,
                                                const std::atomic<bool>* cancel, StageTimes& times)
{
    const c10::InferenceMode inference;  // thread-local: constructed on the worker thread
    const WorkingLuminance working = workingLuminance(workingLightness, static_cast<int>(model.net->sizeMultiple()));
    const HintPlanes hints = rasterizeHints(request.hints, working.content(),
                                            paddedSize(working.content(), static_cast<int>(model.net->sizeMultiple())));
    ColorizeCondition condition{working.model, hints.ab, hints.mask, {}, {}};
    if (!request.hints.empty() && request.hintStrength > 0.0) {
        const HintPlanes kept = rasterizeHintDiscs(request.hints, working.content(),
                                                   paddedSize(working.content(), static_cast<int>(model.net->sizeMultiple())),
                                                   request.hintRadius, request.hintStrength);
        condition.keptAb = kept.ab;
        condition.keptMask = kept.mask;
    }

    const double damping = guidanceSettingsFor(request.options, model.info).damping;
    StepCallback onStep;
    if (onFrame)
        onStep = [&](const SamplerStep& step) { onFrame(makeFrame(step, working.lightness, damping)); };
    ColorizeOptions options = request.options;
    options.sampler.seed += request.photoKey;   // wraps around: any sum is a valid seed
    const std::optional<torch::Tensor> ab = times.time(
        "sampling", [&] { return colorizeAb(model, condition, options, onStep, cancel); });
    if (!ab || cancelled(cancel))
        return std::nullopt;

    ColorizeOutcome outcome;
    times.time("previews and uncertainty", [&] {
        const int drawn = static_cast<int>(ab->size(0));
        outcome.candidatesAb = withConsensus(ab->to(torch::kCPU), damping);
        outcome.workingLightness = working.lightness;
        outcome.candidatePreviews = previews(outcome.candidatesAb, working.lightness);
        outcome.shown = shownResult(drawn);
        outcome.uncertainty = candidateSpread(outcome.candidatesAb, drawn, working.lightness);
    });
    outcome.times = times;
    return outcome;
}

std::unique_ptr<ScanRowReader> openStreamable(const std::string& path)
{
    std::unique_ptr<ScanRowReader> reader = openScanRowReader(path);
    if (!reader)
        throw ScanStreamError("The image " + path + " cannot be read in strips: only PNG and TIFF files can.");
    return reader;
}

// Reads the whole scan in bands of rows, top to bottom, and calls perBand(firstRow, pixels,
// alpha): pixels CV_8U/CV_16U gray or BGR, alpha the same depth, one channel, or empty. The
// Mats are reused from band to band. Returns false when cancelled.
template <typename PerBand>
bool forEachBand(ScanRowReader& reader, const std::atomic<bool>* cancel, PerBand perBand)
{
    const RowFormat& format = reader.format();
    const int depth = format.bitDepth == 16 ? CV_16U : CV_8U;
    const std::size_t perRow = static_cast<std::size_t>(format.width) * kBandBytesPerPixel;
    const int bandRows = static_cast<int>(std::clamp<std::size_t>(kBandBytes / perRow, 1, kStripRows * 16));
    cv::Mat raw(bandRows, format.width, CV_MAKETYPE(depth, format.channels));
    cv::Mat pixels, alpha;
    for (int first = 0; first < format.height; first += bandRows) {
        if (cancelled(cancel))
            return false;
        const int rows = std::min(bandRows, format.height - first);
        cv::Mat band = raw.rowRange(0, rows);
        reader.readRows(band.data, band.step, rows);
        if (format.hasAlpha()) {
            const int colors = format.channels - 1;
            pixels.create(rows, format.width, CV_MAKETYPE(depth, colors));
            alpha.create(rows, format.width, CV_MAKETYPE(depth, 1));
            cv::Mat outputs[] = {pixels, alpha};
            const int gray[] = {0, 0, 1, 1}, color[] = {0, 0, 1, 1, 2, 2, 3, 3};
            cv::mixChannels(&band, 1, outputs, 2, colors == 1 ? gray : color, format.channels);
            perBand(first, pixels, alpha);
        } else {
            perBand(first, band, cv::Mat());
        }
    }
    return true;
}

}  // namespace

uint64_t photoNoiseKey(std::string_view sha256Hex)
{
    constexpr size_t kDigits = 16;   // 64 bits
    if (sha256Hex.size() < kDigits)
        return 0;
    const char* end = sha256Hex.data() + kDigits;
    uint64_t key = 0;
    const auto [stop, error] = std::from_chars(sha256Hex.data(), end, key, 16);
    return error == std::errc() && stop == end ? key : 0;
}

std::optional<ColorizeOutcome> colorizeScan(LoadedModel& model, const ScanImage& scan,
                                            const PipelineRequest& request,
                                            const std::function<void(const ColorizeFrame&)>& onFrame,
                                            const std::atomic<bool>* cancel)
{
    if (scan.pixels.empty())
        throw std::invalid_argument("colorizeScan: the scan has no pixels");
    StageTimes times;
    const cv::Mat working = times.time("L* at working resolution", [&] {
        return workingLightnessOf(scan.pixels, workingSizeFor(model, request, scan.pixels.size()));
    });
    std::optional<ColorizeOutcome> outcome = sampleCandidates(model, working, request, onFrame, cancel, times);
    if (!outcome)
        return std::nullopt;
    outcome->image = outcome->times.time("full-resolution chroma and composition",
                                         [&] { return composeCandidate(scan, *outcome, outcome->shown); });
    return outcome;
}

std::optional<ColorizeOutcome> colorizeScanInStrips(LoadedModel& model, const std::string& scanPath,
                                                    const PipelineRequest& request, const StripOutput& output,
                                                    const std::function<void(const ColorizeFrame&)>& onFrame,
                                                    const std::atomic<bool>* cancel)
{
    StageTimes times;
    const cv::Mat working = times.time("L* at working resolution (first reading)", [&] {
        const std::unique_ptr<ScanRowReader> reader = openStreamable(scanPath);
        const RowFormat& format = reader->format();
        AreaDownscaler downscaler({format.width, format.height},
                                  workingSizeFor(model, request, {format.width, format.height}));
        forEachBand(*reader, cancel, [&](int firstRow, const cv::Mat& pixels, const cv::Mat&) {
            downscaler.addRows(lightness(pixels));
            if (output.onBand)
                output.onBand(StripPass::WorkingLightness, firstRow + pixels.rows, format.height);
        });
        return downscaler.result();
    });
    if (cancelled(cancel))
        return std::nullopt;
    std::optional<ColorizeOutcome> outcome = sampleCandidates(model, working, request, onFrame, cancel, times);
    if (!outcome)
        return std::nullopt;

    const bool complete = outcome->times.time("full-resolution chroma, composition and writing (second reading)", [&] {
        const std::unique_ptr<ScanRowReader> reader = openStreamable(scanPath);
        const RowFormat& in = reader->format();
        const GuidedChromaUpsampler upsampler(
            outcome->workingLightness, abPlanesToMat(outcome->candidatesAb, outcome->shown, working.size()),
            {in.width, in.height});
        RowFormat out = in;
        out.channels = in.hasAlpha() ? 4 : 3;
        AtomicFileWrite file(output.path, output.protectedPaths);
        const auto writer = createScanRowWriter(file.temporaryPath(), out,
                                                output.metadata ? output.metadata(*outcome) : RowWriterMetadata{},
                                                output.compression);
        const int depth = in.bitDepth == 16 ? CV_16U : CV_8U;
        cv::Mat composed;
        const bool read = forEachBand(*reader, cancel, [&](int firstRow, const cv::Mat& pixels, const cv::Mat& alpha) {
            composed.create(pixels.size(), CV_MAKETYPE(depth, out.channels));
            cv::Mat bgr = alpha.empty() ? composed : cv::Mat(pixels.size(), CV_MAKETYPE(depth, 3));
            parallelStrips(pixels.rows, [&](const cv::Range& rows) {
                const cv::Mat l = lightness(pixels.rowRange(rows));
                cv::Mat ab;
                upsampler.upsampleRows(firstRow + rows.start, l, ab);
                cv::Mat band = bgr.rowRange(rows);
                composeBgrInto(l, ab, band);
            });
            if (!alpha.empty()) {
                const cv::Mat planes[] = {bgr, alpha};
                const int fromTo[] = {0, 0, 1, 1, 2, 2, 3, 3};
                cv::mixChannels(planes, 2, &composed, 1, fromTo, 4);
            }
            writer->writeRows(composed.data, composed.step, composed.rows);
            if (output.onBand)
                output.onBand(StripPass::Composition, firstRow + pixels.rows, in.height);
        });
        if (!read)
            return false;
        writer->finish();
        file.commit();
        return true;
    });
    if (!complete)
        return std::nullopt;
    return outcome;
}

cv::Mat composeCandidate(const ScanImage& scan, const ColorizeOutcome& outcome, int candidate)
{
    if (outcome.workingLightness.empty() || !outcome.candidatesAb.defined())
        throw std::invalid_argument("composeCandidate needs an outcome of colorizeScan");
    const cv::Mat ab = abPlanesToMat(outcome.candidatesAb, candidate, outcome.workingLightness.size());
    return composeFullResolution(scan.pixels, outcome.workingLightness, ab, outputDepth(scan));
}

}  // namespace colorized::imaging
