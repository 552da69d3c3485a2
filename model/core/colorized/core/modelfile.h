#pragma once
// A colorization model on disk: network weights + everything needed to use them, in one
// safetensors file. Metadata keys: "colorized.format" (= "1"), "colorized.architecture" (a
// networkfactory.h name), "colorized.<architecture>" (that architecture's configuration, JSON),
// "colorized.schedule" (JSON), "colorized.resolution", "colorized.name",
// "colorized.description", "colorized.provenance" (JSON: data, steps, date, hardware, terms,
// base model, metrics...). A file without "colorized.architecture" is a "unet" with its
// configuration in "colorized.unet": so every file from before the key still loads, and a
// U-Net file written now still loads in versions that predate the key.

#include "colorized/core/networkfactory.h"
#include "colorized/core/schedule.h"
#include "colorized/core/sha256.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace colorized {

nlohmann::json toJson(const ScheduleConfig& config);
ScheduleConfig scheduleConfigFromJson(const nlohmann::json& json);

struct ModelInfo {
    std::string name = "untitled";
    std::string description;
    NetworkSpec network = defaultNetworkSpec();
    ScheduleConfig schedule;
    int64_t resolution = 64;          // working resolution: long side in pixels
    nlohmann::json provenance = nlohmann::json::object();
};

struct LoadedModel {
    ModelInfo info;
    ColorNetwork net;                 // built from info.network, on the requested device, eval() mode
    std::string sha256;               // of the file's bytes, for provenance
};

enum class WeightPrecision { Float32, Float16 };

// Throws std::runtime_error (SafetensorsError for file problems) with a readable sentence
// naming the file; never LibTorch's own c10::Error. Loading and readModelInfo check the whole
// header first (the configuration within its limits, every tensor of the shape it implies,
// the tensors within the file: networkspec.h, safetensorsheader.h), so a crafted file is
// refused before anything is allocated for it. saveModel writes the network's own
// architecture and configuration (net.spec()); info.network is not consulted, so the two can
// never disagree in a file.
void saveModel(const std::string& path, const ColorNetworkImpl& net, const ModelInfo& info,
               WeightPrecision precision = WeightPrecision::Float32);
LoadedModel loadModel(const std::string& path, torch::Device device = torch::kCPU);
ModelInfo readModelInfo(const std::string& path);  // header only, checked as loadModel checks it


// Copies every parameter and buffer of `from` into `to` (same architecture).
void copyWeights(const torch::nn::Module& from, torch::nn::Module& to);

}  // namespace colorized
