#pragma once
// A colorization model on disk: U-Net weights + everything needed to use them, in one
// safetensors file. Metadata keys: "colorized.format" (= "1"), "colorized.unet" (JSON),
// "colorized.schedule" (JSON), "colorized.resolution", "colorized.name",
// "colorized.description", "colorized.provenance" (JSON: data, steps, date, hardware, terms,
// base model, metrics...).

#include "colorized/core/schedule.h"
#include "colorized/core/unet.h"

#include <nlohmann/json.hpp>

#include <string>

namespace colorized {

nlohmann::json toJson(const ScheduleConfig& config);
ScheduleConfig scheduleConfigFromJson(const nlohmann::json& json);

struct ModelInfo {
    std::string name = "untitled";
    std::string description;
    UNetConfig unet;
    ScheduleConfig schedule;
    int64_t resolution = 64;          // working resolution: long side in pixels
    nlohmann::json provenance = nlohmann::json::object();
};

struct LoadedModel {
    ModelInfo info;
    UNet net{nullptr};                // on the requested device, eval() mode
    std::string sha256;               // of the file's bytes, for provenance
};

enum class WeightPrecision { Float32, Float16 };

// Throws std::runtime_error (SafetensorsError for file problems) with a readable sentence.
void saveModel(const std::string& path, UNet& net, const ModelInfo& info,
               WeightPrecision precision = WeightPrecision::Float32);
LoadedModel loadModel(const std::string& path, torch::Device device = torch::kCPU);
ModelInfo readModelInfo(const std::string& path);  // header only

std::string sha256OfFile(const std::string& path);

// Copies every parameter and buffer of `from` into `to` (same architecture).
void copyWeights(const torch::nn::Module& from, torch::nn::Module& to);

}  // namespace colorized
