#include "colorized/core/modelfile.h"

#include "colorized/core/safetensors.h"
#include "colorized/core/sha256.h"

#include <torch/torch.h>

#include <fstream>

namespace colorized {

namespace {

constexpr const char* kFormatKey = "colorized.format";
constexpr const char* kFormatVersion = "1";
constexpr const char* kArchitectureKey = "colorized.architecture";

std::string configKey(const std::string& architecture)
{
    return "colorized." + architecture;
}

std::string metadataValue(const std::map<std::string, std::string>& metadata, const std::string& key,
                          const std::string& path)
{
    const auto found = metadata.find(key);
    if (found == metadata.end())
        throw std::runtime_error(path + " is not a COLORIZED model: its metadata lacks " + key + ".");
    return found->second;
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
        info.schedule = scheduleConfigFromJson(nlohmann::json::parse(metadataValue(metadata, "colorized.schedule", path)));
        info.resolution = std::stoll(metadataValue(metadata, "colorized.resolution", path));
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

void writeNetworkSpec(std::map<std::string, std::string>& metadata, const NetworkSpec& spec)
{
    metadata[kArchitectureKey] = spec.architecture;
    metadata[configKey(spec.architecture)] = spec.config.dump();
}

NetworkSpec readNetworkSpec(const std::map<std::string, std::string>& metadata, const std::string& path)
{
    const auto stored = metadata.find(kArchitectureKey);
    const std::string architecture = stored == metadata.end() ? kLegacyArchitecture : stored->second;
    if (!isKnownArchitecture(architecture))
        throw std::runtime_error(path + " needs the network architecture \"" + architecture
                                 + "\", which this version of COLORIZED does not have.");
    const std::string config = metadataValue(metadata, configKey(architecture), path);
    try {
        return canonicalSpec({architecture, nlohmann::json::parse(config)});
    } catch (const std::exception& error) {
        throw std::runtime_error(path + " has an invalid " + architecture + " configuration (" + error.what() + ").");
    }
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
    return infoFromMetadata(readSafetensorsMetadata(path), path);
}

LoadedModel loadModel(const std::string& path, torch::Device device)
{
    auto content = readSafetensors(path);
    LoadedModel model;
    model.info = infoFromMetadata(content.metadata, path);
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

std::string sha256OfFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("Cannot open " + path + " to hash it.");
    Sha256 hash;
    std::vector<char> buffer(1 << 20);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        hash.update(buffer.data(), static_cast<size_t>(in.gcount()));
    }
    return hash.hexDigest();
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
