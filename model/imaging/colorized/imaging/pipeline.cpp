#include "colorized/imaging/pipeline.h"

#include "colorized/core/colorspace.h"
#include "colorized/imaging/lab.h"
#include "colorized/imaging/tensorbridge.h"
#include "colorized/imaging/upsample.h"

#include <opencv2/core.hpp>

#include <c10/core/InferenceMode.h>
#include <torch/types.h>

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

// RMS distance of the candidates' a*b* from their mean, in CIE units: [h, w] -> CV_32FC1.
cv::Mat uncertainty(const torch::Tensor& ab, cv::Size content)
{
    const torch::Tensor cropped = ab.slice(2, 0, content.height).slice(3, 0, content.width)
                                      .to(torch::kCPU, torch::kFloat32)
                                      .mul(kAbScale);
    const torch::Tensor deviation = cropped - cropped.mean(0, true);
    return tensorToPlane(deviation.pow(2).sum(1).mean(0).sqrt());
}

ColorizeFrame makeFrame(const SamplerStep& step, const cv::Mat& workingLightness)
{
    ColorizeFrame frame;
    frame.index = step.index;
    frame.count = step.count;
    frame.timestep = step.timestep;
    frame.xt = step.xt.to(torch::kCPU).clone();  // the sampler may reuse its buffer
    frame.noisy = previews(frame.xt, workingLightness);
    frame.predicted = previews(step.predictedX0.to(torch::kCPU), workingLightness);
    return frame;
}

}  // namespace

std::optional<ColorizeOutcome> colorizeScan(LoadedModel& model, const ScanImage& scan,
                                            const PipelineRequest& request,
                                            const std::function<void(const ColorizeFrame&)>& onFrame,
                                            const std::atomic<bool>* cancel)
{
    if (scan.pixels.empty())
        throw std::invalid_argument("colorizeScan: the scan has no pixels");
    const c10::InferenceMode inference;  // thread-local: constructed on the worker thread
    const int longSide =
        request.resolution > 0 ? request.resolution : static_cast<int>(model.info.resolution);
    const int multiple = static_cast<int>(model.net->sizeMultiple());

    const WorkingLuminance working = toWorkingLuminance(lightness(scan.pixels), longSide, multiple);
    const HintPlanes hints = rasterizeHints(request.hints, working.content(),
                                            paddedSize(working.content(), multiple));
    ColorizeCondition condition{working.model, hints.ab, hints.mask, {}, {}};
    if (!request.hints.empty() && request.hintStrength > 0.0) {
        const HintPlanes kept = rasterizeHintDiscs(request.hints, working.content(),
                                                   paddedSize(working.content(), multiple),
                                                   request.hintRadius, request.hintStrength);
        condition.keptAb = kept.ab;
        condition.keptMask = kept.mask;
    }

    StepCallback onStep;
    if (onFrame)
        onStep = [&](const SamplerStep& step) { onFrame(makeFrame(step, working.lightness)); };
    const std::optional<torch::Tensor> ab =
        colorizeAb(model, condition, request.options, onStep, cancel);
    if (!ab || cancelled(cancel))
        return std::nullopt;

    ColorizeOutcome outcome;
    outcome.candidatesAb = ab->to(torch::kCPU);
    outcome.workingLightness = working.lightness;
    outcome.candidatePreviews = previews(outcome.candidatesAb, working.lightness);
    outcome.uncertainty = uncertainty(outcome.candidatesAb, working.content());
    outcome.typical = static_cast<int>(mostTypicalCandidate(outcome.candidatesAb));
    outcome.image = composeCandidate(scan, outcome, outcome.typical);
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
