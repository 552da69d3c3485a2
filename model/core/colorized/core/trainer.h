#pragma once
// Training and fine-tuning of the network that ModelInfo::network names: epsilon- or
// velocity-prediction MSE, AdamW with linear warm-up, gradient clipping, EMA weights, random
// crops/flips/hints, held-out validation loss, and checkpoints that resume exactly. LibTorch
// only; CPU or CUDA.
//
// Threading: a Trainer is used from one thread at a time (the TrainJob worker or the CLI).

#include "colorized/core/modelfile.h"
#include "colorized/core/trainconfig.h"

#include <torch/optim/adamw.h>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace colorized {

struct TrainProgress {
    int64_t step = 0;                  // steps completed
    int64_t totalSteps = 0;
    double loss = 0.0;                 // this step's training loss
    double imagesPerSecond = 0.0;      // global images per second (smoothed)
    double etaSeconds = 0.0;
    std::optional<double> validationLoss;  // set on steps that validated
};

// Averages gradients across processes in place (data-parallel training). Empty = one process.
using GradientSync = std::function<void(std::vector<torch::Tensor>& gradients)>;

class Trainer {
public:
    // trainLab / valLab: uint8 Lab packs [N, 3, S, S] with S >= config.crop.
    Trainer(const TrainConfig& config, const ModelInfo& modelInfo, torch::Tensor trainLab,
            torch::Tensor valLab, torch::Device device = torch::kCPU);
    ~Trainer();

    // Fine-tuning: start from these weights (architecture must match) instead of random ones.
    void initializeFrom(const LoadedModel& base);
    void setGradientSync(GradientSync sync) { gradientSync_ = std::move(sync); }
    // Relative probabilities of drawing each training image, float [N] >= 0 with a positive sum
    // (for example each source's share of a batch divided by its size). Default: uniform.
    void setSampleWeights(torch::Tensor weights);

    double trainStep();                // one optimisation step; returns its loss
    double validationLoss();           // EMA weights, fixed noise and timesteps: comparable over time

    void saveCheckpoint(const std::string& path) const;
    void loadCheckpoint(const std::string& path);   // exact resume; throws on mismatch
    // Writes the EMA weights as a model file, with provenance merged into the metadata.
    void exportModel(const std::string& path, WeightPrecision precision,
                     const nlohmann::json& provenance) const;

    int64_t step() const { return step_; }
    const TrainConfig& config() const { return config_; }
    const ModelInfo& modelInfo() const { return modelInfo_; }
    const ColorNetwork& ema() { return ema_; }
    const ColorNetwork& net() { return net_; }
    torch::Device device() const { return device_; }
    const std::vector<double>& validationHistory() const { return validationHistory_; }

private:
    struct Batch {
        torch::Tensor input;   // [B, 6, crop, crop]
        torch::Tensor t;       // [B]
        torch::Tensor target;  // [B, 2, crop, crop]: the noise or v, per the parametrization
    };
    // fixedT: timesteps to use instead of random ones (validation); may be undefined.
    Batch makeBatch(const torch::Tensor& lab, const torch::Tensor& indices, bool augment,
                    at::Generator& generator, const torch::Tensor& fixedT = {}) const;
    void updateEma();

    TrainConfig config_;
    ModelInfo modelInfo_;
    torch::Tensor trainLab_, valLab_;
    torch::Tensor sampleWeights_;      // float64 [N], or undefined for uniform draws
    torch::Device device_;
    NoiseSchedule schedule_;
    ColorNetwork net_, ema_;           // both built from modelInfo_.network
    std::unique_ptr<torch::optim::AdamW> optimizer_;
    at::Generator generator_;
    int64_t step_ = 0;
    std::vector<double> validationHistory_;
    GradientSync gradientSync_;
};

struct TrainLoopOptions {
    std::string checkpointPath;        // written every checkpointEvery steps and on cancel
    std::function<void(const TrainProgress&)> onProgress;
    std::function<void(const std::string& path)> onCheckpoint;
};

// Runs until config.steps or cancel. Returns true when all steps completed. Saves a
// checkpoint on cancel so the run can be resumed.
bool runTraining(Trainer& trainer, const TrainLoopOptions& options,
                 const std::atomic<bool>* cancel = nullptr);

}  // namespace colorized
