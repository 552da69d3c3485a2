#include "colorized/core/modelfile.h"

#include "colorized/core/safetensors.h"

#include <torch/torch.h>

#include <fstream>
#include <memory>

namespace colorized {

namespace {

constexpr const char* kFormatKey = "colorized.format";
constexpr const char* kFormatVersion = "1";
// The working resolution a file may ask for (long side in pixels): the shipped model's is 64;
// a bigger one makes the sampler's memory grow with its square.
constexpr int64_t kMinResolution = 8;
constexpr int64_t kMaxResolution = 4096;

std::string metadataValue(const std::map<std::string, std::string>& metadata, const std::string& key,
                          const std::string& path)
{
    const auto found = metadata.find(key);
    if (found == metadata.end())
        throw std::runtime_error(path + " is not a COLORIZED model: its metadata lacks " + key + ".");
    return found->second;
}

ScheduleConfig scheduleFrom(const std::string& text, const std::string& path)
{
    try {
        return scheduleConfigFromJson(nlohmann::json::parse(text));
    } catch (const std::exception& error) {
        throw std::runtime_error("This model file is damaged: the noise schedule in " + path + " is invalid ("
                                 + error.what() + ").");
    }
}

ModelInfo infoFromMetadata(const std::map<std::string, std::string>& metadata, const std::string& path)
{
    if (metadataValue(metadata, kFormatKey, path) != kFormatVersion)
        throw std::runtime_error(path + " was written by a newer COLORIZED (model format "
                                 + metadata.at(kFormatKey) + ").");
    try {
        ModelInfo info;
        info.name = metadataValue(metadata, "colorized.name", path);
        const auto description = metadata.find("colorized.description");
        if (description != metadata.end())
            info.description = description->second;
        info.network = readNetworkSpec(metadata, path);
        info.schedule = scheduleFrom(metadataValue(metadata, "colorized.schedule", path), path);
        info.resolution = std::stoll(metadataValue(metadata, "colorized.resolution", path));
        if (info.resolution < kMinResolution || info.resolution > kMaxResolution)
            throw std::runtime_error("This model file is damaged: " + path + " asks for a working resolution of "
                                     + std::to_string(info.resolution) + " pixels, outside "
                                     + std::to_string(kMinResolution) + " to " + std::to_string(kMaxResolution) + ".");
        const auto provenance = metadata.find("colorized.provenance");
        if (provenance != metadata.end())
            info.provenance = nlohmann::json::parse(provenance->second);
        return info;
    } catch (const nlohmann::json::exception& error) {
        throw std::runtime_error(path + " has corrupt model metadata: " + error.what());
    } catch (const std::logic_error&) {
        throw std::runtime_error(path + " has corrupt model metadata (working resolution).");
    }
}

// Everything a model file's header says, checked: metadata, configuration within its limits,
// and the tensors it needs, of the shapes it needs. No tensor is read, no module built.
ModelInfo checkedInfo(const SafetensorsHeader& header, const std::string& path)
{
    ModelInfo info = infoFromMetadata(header.metadata, path);
    checkNetworkTensors(info.network, header, path);
    return info;
}

// c10::Error's what() carries LibTorch's source location and a backtrace: keep its first line.
std::string withoutBacktrace(const c10::Error& error)
{
    const std::string message = error.what_without_backtrace();
    return message.substr(0, message.find('\n'));
}

LoadedModel loadCheckedModel(const std::string& path, torch::Device device)
{
    LoadedModel model;
    model.info = checkedInfo(readSafetensorsHeader(path), path);
    auto content = readSafetensors(path);
    model.net = createNetwork(model.info.network);
    torch::NoGradGuard noGrad;
    auto assign = [&](const std::string& name, torch::Tensor& target) {
        const auto found = content.tensors.find(name);
        if (found == content.tensors.end())
            throw std::runtime_error(path + " does not match its own architecture: tensor " + name + " is missing.");
        if (found->second.sizes() != target.sizes())
            throw std::runtime_error(path + " does not match its own architecture: tensor " + name
                                     + " has the wrong shape.");
        target.copy_(found->second.to(target.scalar_type()));
        content.tensors.erase(found);
    };
    for (auto& item : model.net->named_parameters())
        assign(item.key(), item.value());
    for (auto& item : model.net->named_buffers())
        assign(item.key(), item.value());
    if (!content.tensors.empty())
        throw std::runtime_error(path + " holds tensors its architecture does not use (first: "
                                 + content.tensors.begin()->first + ").");
    model.net->to(device);
    model.net->eval();
    model.sha256 = sha256OfFile(path);
    return model;
}

}  // namespace

nlohmann::json toJson(const ScheduleConfig& config)
{
    return {{"kind", toString(config.kind)},
            {"timesteps", config.timesteps},
            {"linear_beta_start", config.linearBetaStart},
            {"linear_beta_end", config.linearBetaEnd},
            {"cosine_offset", config.cosineOffset},
            {"max_beta", config.maxBeta},
            {"parametrization", toString(config.parametrization)}};
}

ScheduleConfig scheduleConfigFromJson(const nlohmann::json& json)
{
    ScheduleConfig config;
    config.kind = scheduleKindFromString(json.at("kind").get<std::string>());
    // is_number_integer first: get<int64_t>() of a float such as 1e39 is undefined behaviour.
    if (!json.at("timesteps").is_number_integer())
        throw std::runtime_error("timesteps is not a whole number");
    config.timesteps = json.at("timesteps").get<int64_t>();
    config.linearBetaStart = json.value("linear_beta_start", config.linearBetaStart);
    config.linearBetaEnd = json.value("linear_beta_end", config.linearBetaEnd);
    config.cosineOffset = json.value("cosine_offset", config.cosineOffset);
    config.maxBeta = json.value("max_beta", config.maxBeta);
    // Files from before the parametrization was stored predict the noise.
    config.parametrization = parametrizationFromString(json.value("parametrization", toString(Parametrization::Epsilon)));
    if (config.timesteps < 1 || config.timesteps > 100000)
        throw std::runtime_error("timesteps out of range");
    return config;
}

void saveModel(const std::string& path, const ColorNetworkImpl& net, const ModelInfo& info, WeightPrecision precision)
{
    SafetensorsContent content;
    const auto storedType = precision == WeightPrecision::Float16 ? torch::kHalf : torch::kFloat;
    for (const auto& item : net.named_parameters())
        content.tensors[item.key()] = item.value().detach().to(torch::kCPU, storedType);
    for (const auto& item : net.named_buffers())
        content.tensors[item.key()] = item.value().detach().to(torch::kCPU);
    content.metadata = {
        {kFormatKey, kFormatVersion},
        {"colorized.name", info.name},
        {"colorized.description", info.description},
        {"colorized.schedule", toJson(info.schedule).dump()},
        {"colorized.resolution", std::to_string(info.resolution)},
        {"colorized.provenance", info.provenance.dump()},
    };
    writeNetworkSpec(content.metadata, net.spec());
    writeSafetensors(path, content);
}

ModelInfo readModelInfo(const std::string& path)
{
    return checkedInfo(readSafetensorsHeader(path), path);
}

LoadedModel loadModel(const std::string& path, torch::Device device)
{
    try {
        return loadCheckedModel(path, device);
    } catch (const c10::Error& error) {
        throw std::runtime_error("This model file is damaged: LibTorch could not load " + path + " ("
                                 + withoutBacktrace(error) + ").");
    } catch (const std::bad_alloc&) {
        throw std::runtime_error("There is not enough memory to load the model file " + path + ".");
    }
}


void copyWeights(const torch::nn::Module& from, torch::nn::Module& to)
{
    torch::NoGradGuard noGrad;
    const auto source = from.named_parameters();
    for (auto& item : to.named_parameters())
        item.value().copy_(source[item.key()]);
    const auto sourceBuffers = from.named_buffers();
    for (auto& item : to.named_buffers())
        item.value().copy_(sourceBuffers[item.key()]);
}

}  // namespace colorized
