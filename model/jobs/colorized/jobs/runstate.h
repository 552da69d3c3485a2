#pragma once
// The worker-side state of a finished run. Internal to model/jobs: it speaks in LibTorch and
// OpenCV types and is never included by ui/.

#include "colorized/jobs/colorizetypes.h"

#include "colorized/imaging/pipeline.h"

#include <map>
#include <string>

namespace colorized::jobs {

class RunState {
public:
    colorized::imaging::ColorizeOutcome outcome;  // image released after conversion
    colorized::imaging::PipelineRequest pipelineRequest;  // hints in a*b*, sampler as run
    QString modelPath;                             // for "Continue from here"
    std::string modelName;
    std::string modelSha256;
    std::string sourceSha256;
};

class StepStates {
public:
    std::map<int, torch::Tensor> states;  // step index -> x_t [K, 2, h, w] entering that step
};

}  // namespace colorized::jobs
